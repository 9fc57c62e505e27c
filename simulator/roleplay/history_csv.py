"""A trainee's (or everyone's) session history as a CSV file Excel opens with Chinese intact.

One row per session, oldest first: who, which script, mode and handoff, local start and end
time (``YYYY-MM-DD HH:MM:SS``), turns, ending, total, pass, compliance block, copied replies and
the points of every rubric dimension. The file is UTF-8 with a byte-order mark (Excel reads
BOM-less UTF-8 as the local code page and garbles Chinese). Headers (and yes/no) are in English
(stable column names for scripts) or Chinese (``lang="zh"``); ids (script, mode, ending) stay
ids.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from simulator.common import csvsafe
from simulator.common.atomicfile import atomic_open
from simulator.roleplay.names import dimension_name
from simulator.roleplay.nodes import DIMENSIONS

__all__ = ["CSV_COLUMNS", "HistoryCsvMixin", "local_clock"]

#: Fixed columns (key, English header, Chinese header); dimension columns follow.
CSV_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("session", "session", "会话"),
    ("trainee", "trainee", "学员"),
    ("script", "script", "剧本"),
    ("mode", "mode", "模式"),
    ("handoff", "handoff", "转接"),
    ("started", "started", "开始时间"),
    ("ended", "ended", "结束时间"),
    ("turns", "turns", "轮数"),
    ("ending", "ending", "结局"),
    ("total", "total", "总分"),
    ("passed", "passed", "通过"),
    ("blocked", "blocked", "合规否决"),
    ("copied", "copied replies", "照抄回复"),
)


def local_clock(iso: str | None) -> str:
    """A stored UTC timestamp as local ``YYYY-MM-DD HH:MM:SS`` (empty for None)."""
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return iso


def _yes_no(value: bool | None, lang: str) -> str:
    if value is None:
        return ""
    if lang == "zh":
        return "是" if value else "否"
    return "yes" if value else "no"


class HistoryCsvMixin:
    """``export_history_csv`` for the progress store."""

    _db: sqlite3.Connection
    sessions: Callable[..., list[Any]]
    dimension_history: Callable[..., list[tuple[Any, dict]]]

    def export_history_csv(
        self, path: str | Path, trainee: str | None = None, lang: str = "en"
    ) -> int:
        """Write the history to ``path``; return the number of session rows written.

        Raises:
            InputError: the file cannot be written.
        """
        scores = {s.id: dims for s, dims in self.dimension_history(trainee)}
        heads = [zh if lang == "zh" else en for _, en, zh in CSV_COLUMNS]
        heads += [dimension_name(d, lang) if lang == "zh" else d for d in DIMENSIONS]
        rows = []
        for s in self.sessions(trainee):
            dims = scores.get(s.id, {})
            rows.append(
                [
                    s.id,
                    s.trainee,
                    s.script_id,
                    s.mode,
                    s.handoff,
                    local_clock(s.started_at),
                    local_clock(s.ended_at),
                    s.n_turns,
                    s.ending or "",
                    "" if s.total is None else f"{s.total:g}",
                    _yes_no(s.passed, lang),
                    _yes_no(s.blocked, lang),
                    s.copied,
                    *("" if d not in dims else f"{dims[d][0]:g}" for d in DIMENSIONS),
                ]
            )
        with atomic_open(path, encoding="utf-8-sig", newline="", option="--csv") as fh:
            writer = csvsafe.writer(fh)
            writer.writerow(heads)
            writer.writerows(rows)
        return len(rows)
