"""Cross-check through the real ``kefulab`` script in a fresh process (not the forked harness):
one hostile input of each class issue 13 lists, exit 2 with one line naming it, no traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fuzz.harness import SCENARIOS, TRANSCRIPTS, WALL_LIMIT_S

TRAFFIC = SCENARIOS / "traffic" / "mmc_reference.yaml"


def kefulab() -> list[str]:
    exe = Path(sys.executable).parent / "kefulab"
    found = str(exe) if exe.exists() else shutil.which("kefulab")
    return [found] if found else [sys.executable, "-m", "simulator.cli.main"]


def _write(tmp: Path, name: str, text: str) -> Path:
    path = tmp / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _cases(tmp: Path) -> dict[str, tuple[list[str], str]]:
    base = TRAFFIC.read_text(encoding="utf-8")
    dup = _write(tmp, "traffic/dup.yaml", base + "\nagents:\n  count: 1\n")
    transcript = _write(tmp, "transcripts/inf.yaml", "- text: 非常抱歉\n  elapsed_s: .inf\n")
    history = _write(
        tmp,
        "history.csv",
        SCENARIOS.joinpath("history/example_shop_hourly.csv").read_text(encoding="utf-8")
        + "2026-12-01 00:00,inf,1,1,1\n",
    )
    script_id = "late_delivery_angry"
    assert (TRANSCRIPTS / f"{script_id}_good.yaml").exists()
    return {
        "duplicate key": (["validate", str(dup)], dup.name),
        "duplicate key, run": (["run", str(dup), "-n", "1"], dup.name),
        "deep --set": (["run", str(TRAFFIC), "-n", "1", "--set", "name=" + "[" * 900 + "]" * 900], "--set"),
        "date in --set": (["run", str(TRAFFIC), "-n", "1", "--set", "agents.count=2026-02-30"], "--set"),
        "inf elapsed": (
            ["train", script_id, "--replay", str(transcript), "--db", str(tmp / "p.db")],
            transcript.name,
        ),
        "inf in history": (
            ["calibrate", str(history), "--out", str(tmp / "out.yaml"), "--base", "mmc_reference"],
            history.name,
        ),
    }  # fmt: skip


NAMES = [
    "duplicate key",
    "date in --set",
    pytest.param("duplicate key, run", marks=pytest.mark.slow),
    pytest.param("deep --set", marks=pytest.mark.slow),
    pytest.param("inf elapsed", marks=pytest.mark.slow),
    pytest.param("inf in history", marks=pytest.mark.slow),
]


@pytest.mark.parametrize("name", NAMES)
def test_real_process_refuses_with_one_line(name: str, tmp_path: Path) -> None:
    argv, names_it = _cases(tmp_path)[name]
    env = {**os.environ, "KEFULAB_DB": str(tmp_path / "progress.db"), "PYTHONIOENCODING": ""}
    proc = subprocess.run(
        [*kefulab(), *argv],
        capture_output=True,
        text=True,
        timeout=WALL_LIMIT_S,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-800:])
    if argv[0] == "validate":
        lines = proc.stdout.splitlines()
        assert lines and all(ln.startswith(argv[1]) for ln in lines), proc.stdout[-800:]
        return
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and names_it in lines[0], proc.stderr[-800:]
