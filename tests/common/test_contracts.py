"""The import contracts in ``[tool.importlinter]`` (pyproject.toml) hold.

Layers cli > report > charts > experiments > metrics > model > scenario > common; roleplay
independent of the traffic model; no cycles between sibling modules; simulator Qt-free.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_are_kept():
    exe = shutil.which("lint-imports")
    if exe is None:
        pytest.fail("lint-imports is missing: install the test extra (pip install -e '.[test]')")
    done = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:]
