"""KefuLab (客服沙盘): simulation and training for e-commerce customer service.

Qt-free: this package never imports ``gui``, PySide6 or ``matplotlib.pyplot``.
"""

from __future__ import annotations

from pathlib import Path

__version__ = "0.1.0"

#: The repository's shipped data (traffic scenarios, role-play scripts, knowledge base).
SCENARIOS_DIR = Path(__file__).resolve().parent.parent / "scenarios"
