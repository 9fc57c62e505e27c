"""Command lines built from the real parser: every subcommand's options with hostile values.

The options come from ``build_parser()`` itself (so new options are fuzzed without editing this
file); values are hostile numbers and strings, and output paths that are directories, missing
folders, devices, too long or read-only. Exit 0 or 2, on 2 one line (no usage block), never a
traceback or a hang. Work is kept small: replication and day counts stay tiny, and every path
written is inside a temporary folder.
"""

from __future__ import annotations

import argparse
import functools
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.cases import fresh_dir
from tests.fuzz.harness import (
    LONG,
    QUICK,
    SCENARIOS,
    TRANSCRIPTS,
    call_cli,
    cli_violations,
    run_isolated,
    warm_up,
)

#: Subcommands fuzzed (``report`` and ``staff`` search over many runs; ``gui`` needs a display).
COMMANDS = (
    "run", "compare", "sweep", "erlang", "calibrate", "history", "validate", "train",
    "progress", "roleplay", "training",
)  # fmt: skip
#: Options whose values set the amount of work: kept small so a case stays a case.
WORK = {"--replications", "--days", "--workers", "--max-iterations", "--staffing-replications"}
NUMBERS = [
    "0", "-1", "1", "2", "0.5", "1e12", "1e308", "inf", "nan", "-0", "99999999999999999999",
    "x", "", " 3", "３", "1_0", "0x10", "2147483648", "9223372036854775808",
]  # fmt: skip
TEXT = ["", " ", "\x1b[31mred\x1b[0m", "名字", "x" * 300, "../x", "a\nb", "=1+1", "-x", "zh", "en"]


def setup_module() -> None:
    warm_up()


@functools.cache
def commands() -> dict[str, argparse.ArgumentParser]:
    from simulator.cli.main import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    out: dict[str, argparse.ArgumentParser] = {}
    for name in COMMANDS:
        p = sub.choices[name]
        inner = [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]
        if inner:
            for action, q in inner[0].choices.items():
                out[f"{name} {action}"] = q
        else:
            out[name] = p
    return out


def _paths(base: Path) -> list[str]:
    (base / "dir").mkdir(exist_ok=True)
    existing = base / "existing.txt"
    existing.write_text("keep me\n")
    return [
        str(base / "out.file"), str(base / "dir"), "/dev/null", str(base / "no" / "such" / "f"),
        str(base / ("x" * 300)), "-", "/proc/version", str(existing), str(base / "out.csv"),
    ]  # fmt: skip


def _inputs() -> list[str]:
    return [
        str(SCENARIOS / "traffic" / "mmc_reference.yaml"), "mmc_reference", "/nonexistent.yaml",
        str(SCENARIOS / "traffic"), "/dev/null", str(SCENARIOS / "roleplay" / "presale_hesitant.yaml"),
        str(SCENARIOS / "history" / "example_shop_hourly.csv"), str(TRANSCRIPTS / "presale_hesitant_good.yaml"),
        "late_delivery_angry", "en_defect_refund", "",
    ]  # fmt: skip


@st.composite
def command_line(draw: st.DrawFn) -> tuple[list[str], Path]:
    base = fresh_dir()
    name = draw(st.sampled_from(sorted(commands())))
    parser = commands()[name]
    argv = name.split()
    paths, inputs = _paths(base), _inputs()
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        required = action.required or not action.option_strings and action.nargs not in ("?", "*")
        if not required and not draw(st.booleans()):
            continue
        flag = draw(st.sampled_from(action.option_strings)) if action.option_strings else None
        long_name = max(action.option_strings, key=len) if action.option_strings else action.dest
        if action.nargs == 0:
            argv.append(flag)
            continue
        if long_name in WORK:
            value = draw(st.sampled_from(["1", "0", "-1", "x", "2"]))
        elif action.choices:
            value = draw(
                st.one_of(st.sampled_from(sorted(map(str, action.choices))), st.sampled_from(TEXT))
            )
        elif action.type in (Path,) or long_name in (
            "--json",
            "--csv",
            "--out",
            "--db",
            "--html",
            "--pdf",
            "--heatmap",
            "--summary-csv",
        ):
            pool = inputs if long_name in ("--replay", "--base", "--mapping") else paths
            value = draw(st.sampled_from(pool + inputs[:2]))
        elif action.type is None and long_name in (
            "scenario",
            "scenarios",
            "history",
            "files",
            "script_id",
            "--base",
        ):
            value = draw(st.sampled_from(inputs))
        elif action.type is not None and action.type is not str:
            value = draw(st.sampled_from(NUMBERS))
        else:
            value = draw(st.sampled_from(TEXT + inputs[:2]))
        argv += [flag, value] if flag else [value]
    if name in ("run", "compare", "sweep") and "-n" not in argv and "--replications" not in argv:
        argv += ["-n", "1"]
    if name == "sweep" and "--grid" not in argv:
        argv += ["--grid", "agents.concurrency=1,2"]
    return argv, base


def _setup(base: Path):
    def setup() -> None:
        os.environ["KEFULAB_DB"] = str(base / "progress.db")
        os.chdir(base)

    return setup


def _check(case: tuple[list[str], Path]) -> None:
    argv, base = case
    res = run_isolated(call_cli, argv, _setup(base))
    found = cli_violations(res, [""])
    if res.rc == 2 and "usage:" in res.stderr:
        found.append(f"usage block printed: {res.stderr[:300]!r}")
    assert not found, "\n".join(found) + f"\nkefulab {' '.join(repr(a)[:80] for a in argv)}"


@QUICK
@given(case=command_line())
def test_command_lines_quick(case) -> None:
    _check(case)


@pytest.mark.slow
@LONG
@given(case=command_line())
def test_command_lines_long(case) -> None:
    _check(case)
