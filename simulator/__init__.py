"""KefuLab (客服沙盘): simulation and training for e-commerce customer service.

Qt-free: this package never imports ``gui``, PySide6 or ``matplotlib.pyplot``.
"""

from __future__ import annotations

__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    if name == "SCENARIOS_DIR":  # removed: it assumed a source checkout next to the package
        raise AttributeError(
            "simulator.SCENARIOS_DIR is gone: shipped data are read through simulator.common.data "
            "(traffic_dir(), roleplay_dir(), kb_dir(), lexicons_dir(), resolve_scenario())"
        )
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
