"""Misread marks on stored turns, exported as labelled replies for the reply classifier.

A trainee or supervisor marks a played turn with the moves that *should* have been read
(:meth:`MisreadMixin.mark_misread`, table ``misreads`` of schema version 3). The marks come back
as :class:`LabelledExample` records and are written by ``kefulab roleplay examples --out F.yaml``
in the format of ``scenarios/corpus/labelled_replies.yaml``: a top-level ``replies`` list
whose items have ``text`` and ``moves`` (the marked moves: the label), so the same loader reads
both; the other keys (``moves_read``, ``lang``, ``script``, ``marked_by``...) say where the
label came from. The format is documented in ``docs/roleplay-scripts.md``.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import yaml
from pydantic import Field

from simulator.common.errors import InputError
from simulator.common.yamlio import read_yaml, validate_document
from simulator.roleplay.moves import MOVES
from simulator.roleplay.nodes import FrozenModel

__all__ = [
    "LabelledExample",
    "MisreadMixin",
    "examples_yaml",
    "read_examples",
    "write_examples",
]

_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class LabelledExample:
    """A stored reply with the moves the classifier read and the moves a person marked."""

    reply: str
    lang: str  # "zh" or "en"
    script_id: str
    moves_read: tuple[str, ...]
    moves_marked: tuple[str, ...]
    marked_by: str
    note: str = ""
    session_id: int = 0
    turn_index: int = 0  # 1 for the first reply
    node: str = ""
    marked_at: str = ""  # UTC ISO timestamp


class MisreadMixin:
    """``mark_misread`` and ``misread_examples`` for the progress store."""

    _db: sqlite3.Connection
    _transaction: Callable[[], AbstractContextManager[None]]

    def mark_misread(
        self,
        session_id: int,
        turn_index: int,
        moves: Sequence[str],
        marked_by: str,
        note: str = "",
    ) -> None:
        """Mark turn ``turn_index`` (1 for the first reply) of a session as misread: ``moves``
        are the moves that should have been read (may be empty: "nothing should have counted").
        Marking the same turn again by the same person replaces the mark.

        Raises:
            InputError: no such stored turn, an unknown move or an empty ``marked_by``.
        """
        if not isinstance(marked_by, str) or not marked_by.strip():
            raise InputError(f'"marked_by" must name who marks the turn, got {marked_by!r}')
        moves = list(dict.fromkeys(moves))
        unknown = [m for m in moves if m not in MOVES]
        if unknown:
            raise InputError(f"unknown move {unknown[0]!r}; moves are: {', '.join(MOVES)}")
        found = self._db.execute(
            "SELECT 1 FROM turns WHERE session_id = ? AND idx = ?", (session_id, turn_index)
        ).fetchone()
        if found is None:
            raise InputError(f"session {session_id} has no stored turn {turn_index}")
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO misreads VALUES (?, ?, ?, ?, ?, ?)",
                (session_id, turn_index, json.dumps(moves), marked_by, note, now),
            )

    def misread_examples(self) -> list[LabelledExample]:
        """Every misread mark, oldest first, with the reply and the moves read at the time."""
        rows = self._db.execute(
            "SELECT m.session_id, m.idx, m.moves, m.marked_by, m.note, m.marked_at,"
            " s.script_id, u.trainee_text, u.moves, u.turn_json, r.report_json"
            " FROM misreads m JOIN sessions s ON s.id = m.session_id"
            " JOIN turns u ON u.session_id = m.session_id AND u.idx = m.idx"
            " LEFT JOIN reports r ON r.session_id = m.session_id"
            " ORDER BY m.marked_at, m.session_id, m.idx, m.marked_by"
        )
        out = []
        for sid, idx, marked, by, note, at, script_id, text, read, turn_json, report in rows:
            names = [m["name"] if isinstance(m, dict) else str(m) for m in json.loads(read)]
            lang = json.loads(report).get("lang") if report else None
            if lang not in ("zh", "en"):
                lang = "zh" if _CJK.search(text) else "en"
            node = json.loads(turn_json).get("node") or ""
            out.append(
                LabelledExample(
                    reply=text,
                    lang=lang,
                    script_id=script_id,
                    moves_read=tuple(dict.fromkeys(names)),
                    moves_marked=tuple(json.loads(marked)),
                    marked_by=by,
                    note=note,
                    session_id=sid,
                    turn_index=idx,
                    node=node,
                    marked_at=at,
                )
            )
        return out


def examples_yaml(examples: Sequence[LabelledExample]) -> str:
    """The examples as a labelled-replies YAML document (see the module docstring)."""
    replies = [
        {
            "text": e.reply,
            "moves": list(e.moves_marked),
            "moves_read": list(e.moves_read),
            "lang": e.lang,
            "script": e.script_id,
            "node": e.node,
            "marked_by": e.marked_by,
            "note": e.note,
            "session": e.session_id,
            "turn": e.turn_index,
            "marked_at": e.marked_at,
        }
        for e in examples
    ]
    head = (
        '# Labelled trainee replies from "I was misread" marks (kefulab roleplay examples).\n'
        "# moves: the moves a person marked (the label); moves_read: what the classifier read.\n"
    )
    body = yaml.safe_dump({"replies": replies}, allow_unicode=True, sort_keys=False, width=100)
    return head + body


def write_examples(path: str | Path, examples: Sequence[LabelledExample]) -> None:
    """Write :func:`examples_yaml` to ``path`` (UTF-8).

    Raises:
        InputError: the file cannot be written.
    """
    path = Path(path)
    try:
        path.write_text(examples_yaml(examples), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None


class _Reply(FrozenModel):
    text: str = Field(min_length=1)
    moves: list[str]
    moves_read: list[str] = []
    lang: str = ""
    script: str = ""
    node: str = ""
    marked_by: str = ""
    note: str = ""
    session: int = 0
    turn: int = 0
    marked_at: str = ""
    offers: list[dict] = []  # kept by the hand-labelled file; not part of a misread mark
    hours: float | None = None


class _Replies(FrozenModel):
    replies: list[_Reply]


def read_examples(path: str | Path) -> list[LabelledExample]:
    """Read a labelled-replies file back (what the classifier will learn from).

    Raises:
        InputError: one line with the file, line and field of the first problem.
    """
    doc = read_yaml(path)
    data = validate_document(_Replies, doc)
    out = []
    for i, r in enumerate(data.replies):
        unknown = [m for m in [*r.moves, *r.moves_read] if m not in MOVES]
        if unknown:
            raise InputError(doc.error(f"unknown move {unknown[0]!r}", ("replies", i, "moves")))
        lang = r.lang or ("zh" if _CJK.search(r.text) else "en")
        out.append(
            LabelledExample(
                r.text,
                lang,
                r.script,
                tuple(r.moves_read),
                tuple(r.moves),
                r.marked_by,
                r.note,
                r.session,
                r.turn,
                r.node,
                r.marked_at,
            )
        )
    return out
