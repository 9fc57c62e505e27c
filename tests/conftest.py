"""Shared test settings: Qt runs offscreen, shipped data paths."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "scenarios"
