"""``kefulab gui``: no-display message, entry-point registration, snapshots."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from gui.cli import has_display
from simulator.cli.main import build_parser


def test_gui_is_a_kefulab_subcommand():
    args = build_parser().parse_args(["gui", "tmall_double11", "--lang", "zh"])
    assert args.scenario == "tmall_double11" and args.lang == "zh"


def test_has_display_rules():
    assert not has_display({}) or not sys.platform.startswith("linux")
    assert has_display({"QT_QPA_PLATFORM": "offscreen"})
    assert has_display({"DISPLAY": ":0"})
    assert has_display({"WAYLAND_DISPLAY": "wayland-0"})


def test_without_a_display_it_exits_2_with_one_line():
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "simulator.cli.main", "gui"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if not sys.platform.startswith("linux"):
        return
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "no display" in lines[0] and "--snapshot" in lines[0] and "offscreen" in lines[0]
    assert done.stdout == ""


def test_snapshot_writes_a_png_per_page_view(qapp, tmp_path, capsys):
    from gui.cli import add_arguments, run

    parser = argparse.ArgumentParser()
    add_arguments(parser)
    args = parser.parse_args(["mmc_reference", "--snapshot", str(tmp_path), "--lang", "en"])
    assert run(args) == 0
    written = [tmp_path / name for name in capsys.readouterr().out.split()]
    assert written and all(p.parent == tmp_path for p in written)
    assert sorted(written) == sorted(tmp_path.glob("*.png"))
    names = [p.name for p in written]
    assert "01_scenario_en.png" in names and "01_scenario-yaml_en.png" in names
    for path in written:
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert path.stat().st_size > 5000


def test_an_unknown_scenario_is_one_error_line_and_status_2(capsys):
    from simulator.cli.main import main

    assert main(["gui", "no_such_scenario_x"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no_such_scenario_x" in err[0] and "tmall_daily" in err[0]


def test_a_display_qt_cannot_use_is_one_line_and_status_2_not_an_abort():
    """A display that does not answer (or a missing xcb library) would make Qt abort the
    process; a child process probes first and kefulab prints the reason in one line."""
    if not sys.platform.startswith("linux"):
        return
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["DISPLAY"] = ":987"  # no X server listens here
    done = subprocess.run(
        [sys.executable, "-m", "simulator.cli.main", "gui"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot open a window" in lines[0] and "--snapshot" in lines[0]
