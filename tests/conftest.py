"""Shared test settings: Qt runs offscreen, shipped data paths."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the CLI's default language follows the locale; the suite expects English unless a test asks
# for --lang zh (tests of the default set these variables themselves)
for _name in ("LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "scenarios"
