"""Role-play trainer engine: scripted difficult customers, reply understanding, scoring, KB.

The trainer's public API (documented in ``docs/api.md``)::

    from simulator.roleplay import ProgressStore, Practice, load_script, scan_scripts

    script = load_script(roleplay_dir() / "late_delivery_angry.yaml")
    with ProgressStore.open(path) as store:
        practice = Practice(store, "小王", script, seed=1)
        print(practice.opening())
        turn = practice.reply("非常抱歉让您久等了……", elapsed_s=25)
        scorecard = practice.finish()

Names load on first use (as in :mod:`simulator`). Independent of the traffic model.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS: dict[str, str] = {
    "Script": "simulator.roleplay.script",
    "load_script": "simulator.roleplay.script",
    "scan_scripts": "simulator.roleplay.script",
    "ScriptScan": "simulator.roleplay.script",
    "Practice": "simulator.roleplay.practice",
    "TurnResult": "simulator.roleplay.practice",
    "MODES": "simulator.roleplay.practice",
    "Session": "simulator.roleplay.session",
    "replay": "simulator.roleplay.session",
    "load_transcript": "simulator.roleplay.session",
    "Scorecard": "simulator.roleplay.records",
    "Turn": "simulator.roleplay.records",
    "DimensionScore": "simulator.roleplay.records",
    "Penalty": "simulator.roleplay.records",
    "Violation": "simulator.roleplay.records",
    "ProgressStore": "simulator.roleplay.store",
    "default_db_path": "simulator.roleplay.store",
    "KnowledgeBase": "simulator.roleplay.kb",
    "load_kb": "simulator.roleplay.kb",
    "Move": "simulator.roleplay.moves",
    "classify": "simulator.roleplay.moves",
    "ending_name": "simulator.roleplay.names",
    "dimension_name": "simulator.roleplay.names",
    "move_name": "simulator.roleplay.names",
}

__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'simulator.roleplay' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
