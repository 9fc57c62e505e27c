"""Golden figures: ``kefulab run --json`` for three shipped scenarios at a fixed seed.

The files under ``tests/golden/`` were written before the house was reorganised; a refactor must
leave them byte-identical. A deliberate model change regenerates them once, with the reason in
the commit (``python -m tests.test_golden`` rewrites them).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from simulator.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
CASES = ("tmall_daily", "bot70_warm", "mmc_reference")


def _run(name: str, out: Path) -> None:
    args = ["run", f"scenarios/traffic/{name}.yaml", "-n", "2", "--seed", "7", "--json", str(out)]
    assert main(args) == 0


@pytest.mark.parametrize("name", CASES)
def test_run_json_is_byte_identical_to_golden(name, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    out = tmp_path / f"{name}.json"
    _run(name, out)
    assert out.read_bytes() == (GOLDEN / f"run_{name}_seed7.json").read_bytes()


if __name__ == "__main__":  # regenerate on purpose
    import os

    os.chdir(ROOT)
    for case in CASES:
        _run(case, GOLDEN / f"run_{case}_seed7.json")
    sys.exit(0)
