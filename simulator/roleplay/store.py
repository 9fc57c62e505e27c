"""Progress store: trainees, role-play sessions, every turn as it happens, and reports.

One SQLite file (stdlib :mod:`sqlite3`, WAL journal, foreign keys on). Each turn is committed
the moment it is recorded, so a trainer process killed mid-session keeps the turns played so
far. The schema is versioned with ``PRAGMA user_version`` and marked as KefuLab's with
``PRAGMA application_id``; :data:`MIGRATIONS` upgrades an older file in order.

Before anything is written the file is inspected read-only. A file that is not SQLite, is
corrupt, belongs to another application or has a newer schema than this code knows raises a
one-line :class:`~simulator.common.errors.InputError` and is left byte for byte as it was.

The training records (misread marks, assignments, certifications, the CSV export) live in their
own modules as mixins of :class:`ProgressStore`, one idea each.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from simulator.common.errors import InputError
from simulator.common.inputfile import path_exists
from simulator.roleplay.assignments import STATUSES, Assignment, AssignmentsMixin
from simulator.roleplay.certification import Certification, CertificationsMixin
from simulator.roleplay.examples import LabelledExample, MisreadMixin
from simulator.roleplay.history_csv import HistoryCsvMixin
from simulator.roleplay.store_check import describe, tolerant_text
from simulator.roleplay.store_schema import (
    APPLICATION_ID,
    HANDOFFS,
    MIGRATIONS,
    MODES,
    SCHEMA_VERSION,
    insert_dimensions,
    inspect_file,
    migrate,
)

__all__ = [
    "APPLICATION_ID",
    "HANDOFFS",
    "MIGRATIONS",
    "MODES",
    "SCHEMA_VERSION",
    "STATUSES",
    "Assignment",
    "Certification",
    "LabelledExample",
    "ProgressStore",
    "SessionRow",
    "SkillScore",
    "default_db_path",
    "inspect_file",
]


#: Seconds to wait for another process's write lock before giving up with one line.
LOCK_TIMEOUT_S = 5.0


def default_db_path(
    env: Mapping[str, str] | None = None, platform: str | None = None, home: Path | None = None
) -> Path:
    """Return where progress lives when ``--db`` is not given.

    ``KEFULAB_DB`` wins; then ``%APPDATA%\\kefulab`` on Windows, ``$XDG_DATA_HOME/kefulab``, or
    ``~/.local/share/kefulab`` elsewhere.
    """
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    home = Path.home() if home is None else home
    if env.get("KEFULAB_DB"):
        return Path(env["KEFULAB_DB"])
    if platform.startswith("win") and env.get("APPDATA"):
        base = Path(env["APPDATA"])
    elif env.get("XDG_DATA_HOME"):
        base = Path(env["XDG_DATA_HOME"])
    else:
        base = home / ".local" / "share"
    return base / "kefulab" / "progress.sqlite3"


#: Files SQLite keeps beside a database.
_SIDE_FILES = ("-wal", "-shm", "-journal")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _as_dict(obj: Any) -> dict[str, Any]:
    """A turn or report as a plain dict (engine objects expose ``to_dict()``)."""
    if isinstance(obj, Mapping):
        return dict(obj)
    to_dict = getattr(obj, "to_dict", None)
    if callable(to_dict):
        return dict(to_dict())
    raise TypeError(f"expected a mapping or an object with to_dict(), got {type(obj).__name__}")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def _json_default(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if hasattr(value, "_asdict"):
        return value._asdict()
    if hasattr(value, "__dataclass_fields__"):
        return {k: getattr(value, k) for k in value.__dataclass_fields__}
    return str(value)


@dataclass(frozen=True)
class SessionRow:
    """One stored session, finished or not (an unfinished one has ``ending`` None)."""

    id: int
    trainee: str
    script_id: str
    seed: int
    started_at: str
    ended_at: str | None
    ending: str | None
    total: float | None
    passed: bool | None
    blocked: bool | None
    n_turns: int
    mode: str = "practice"
    handoff: str = "none"
    copied: int = 0  # replies flagged as copies of a model answer


@dataclass(frozen=True)
class SkillScore:
    """Mean share of the points earned on one rubric dimension across finished sessions.

    ``last_suggestion`` is the model reply of the latest session that lost points there.
    """

    dimension: str
    mean_share: float
    n_sessions: int
    last_suggestion: str | None


class ProgressStore(MisreadMixin, AssignmentsMixin, CertificationsMixin, HistoryCsvMixin):
    """A trainee progress database. Use :meth:`open`; close it or use it as a context manager."""

    def __init__(self, path: Path, db: sqlite3.Connection) -> None:
        self.path = path
        self._db = db

    @classmethod
    def open(cls, path: str | Path | None = None) -> ProgressStore:
        """Open (creating or upgrading as needed) the progress database at ``path``."""
        path = default_db_path() if path is None else Path(path)
        _, version = inspect_file(path)
        new = not path_exists(path, "database path")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=LOCK_TIMEOUT_S, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            why = exc.strerror if isinstance(exc, OSError) else describe(exc)
            raise InputError(f"{path}: cannot create database ({why})") from None
        db.text_factory = tolerant_text  # text that is not UTF-8 reads as U+FFFD, no error
        try:
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            migrate(db, version, path)
        except (sqlite3.Error, InputError) as exc:
            db.close()
            if new:  # a file this call created (a full disk, say): leave nothing behind
                for leftover in (path, *(path.with_name(path.name + s) for s in _SIDE_FILES)):
                    with contextlib.suppress(OSError):
                        leftover.unlink()
            if isinstance(exc, InputError):
                raise
            raise InputError(f"{path}: {describe(exc)}") from None
        return cls(path, db)

    def close(self) -> None:
        """Close the connection (idempotent)."""
        if self._db is not None:
            self._db.close()
            self._db = None  # type: ignore[assignment]

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One explicit transaction (the connection is in autocommit mode otherwise).

        A locked file, a full disk or an I/O error rolls back and raises one InputError line
        naming the file; what was committed before stays. (An IntegrityError is a caller's
        mistake, such as an unknown session, and is raised as it is.)
        """
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise InputError(f"{self.path}: {describe(exc)}") from None
        try:
            yield
            self._db.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error) and not isinstance(exc, sqlite3.IntegrityError):
                raise InputError(f"{self.path}: {describe(exc)}") from None
            raise

    @property
    def schema_version(self) -> int:
        """The file's ``PRAGMA user_version``."""
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    # -- writing ---------------------------------------------------------------------------

    def _trainee_id(self, name: str) -> int:
        if not name.strip():
            raise InputError("trainee name must not be empty")
        self._db.execute(
            "INSERT OR IGNORE INTO trainees (name, created_at) VALUES (?, ?)", (name, _now())
        )
        return self._db.execute("SELECT id FROM trainees WHERE name = ?", (name,)).fetchone()[0]

    def start_session(
        self, trainee: str, script_id: str, seed: int, mode: str = "practice", handoff: str = "none"
    ) -> int:
        """Record that ``trainee`` started ``script_id`` in ``mode`` (:data:`MODES`) with
        ``handoff`` (:data:`HANDOFFS`); return the new session's id."""
        if mode not in MODES:
            raise InputError(f'"mode" must be one of {", ".join(MODES)}, got {mode!r}')
        if handoff not in HANDOFFS:
            raise InputError(f'"handoff" must be one of {", ".join(HANDOFFS)}, got {handoff!r}')
        with self._transaction():
            trainee_id = self._trainee_id(trainee)
            cur = self._db.execute(
                "INSERT INTO sessions (trainee_id, script_id, seed, started_at, mode, handoff)"
                " VALUES (?,?,?,?,?,?)",
                (trainee_id, script_id, int(seed), _now(), mode, handoff),
            )
        return int(cur.lastrowid)

    def record_turn(self, session_id: int, turn: Any) -> None:
        """Store one played turn and commit at once (a killed process keeps it)."""
        data = _as_dict(turn)
        state = data.get("state") or {}
        with self._transaction():
            self._db.execute(
                "INSERT INTO turns VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    int(data["index"]),
                    str(data.get("trainee_text", "")),
                    float(data.get("elapsed_s", 0.0)),
                    _json(data.get("moves", [])),
                    _json(data.get("customer_lines", [])),
                    state.get("anger"),
                    state.get("patience"),
                    _json(data),
                    _now(),
                ),
            )

    def finish_session(self, session_id: int, scorecard: Any) -> None:
        """Store a finished session's scorecard, its ending, total and per-dimension scores."""
        data = json.loads(_json(_as_dict(scorecard)))
        with self._transaction():
            cur = self._db.execute(
                "UPDATE sessions SET ended_at = ?, ending = ?, total = ?, passed = ?, blocked = ?,"
                " copied = ? WHERE id = ?",
                (
                    _now(),
                    data.get("ending"),
                    data.get("total"),
                    None if data.get("passed") is None else int(bool(data["passed"])),
                    None if data.get("blocked") is None else int(bool(data["blocked"])),
                    len(data.get("copied_turns") or ()),
                    session_id,
                ),
            )
            if cur.rowcount != 1:
                raise KeyError(f"no session {session_id} in {self.path}")
            self._db.execute(
                "INSERT OR REPLACE INTO reports VALUES (?, ?)", (session_id, _json(data))
            )
            insert_dimensions(self._db, session_id, data)

    # -- reading ---------------------------------------------------------------------------

    def trainees(self) -> list[str]:
        """Every trainee name, alphabetically."""
        return [r[0] for r in self._db.execute("SELECT name FROM trainees ORDER BY name")]

    def sessions(self, trainee: str | None = None) -> list[SessionRow]:
        """Sessions oldest first, optionally of one trainee."""
        sql = (
            "SELECT s.id, t.name, s.script_id, s.seed, s.started_at, s.ended_at, s.ending,"
            " s.total, s.passed, s.blocked,"
            " (SELECT COUNT(*) FROM turns WHERE session_id = s.id), s.mode, s.handoff, s.copied"
            " FROM sessions s JOIN trainees t ON t.id = s.trainee_id"
        )
        args: tuple = ()
        if trainee is not None:
            sql += " WHERE t.name = ?"
            args = (trainee,)
        rows = self._db.execute(sql + " ORDER BY s.started_at, s.id", args).fetchall()
        return [
            SessionRow(
                *r[:7],
                r[7],
                None if r[8] is None else bool(r[8]),
                None if r[9] is None else bool(r[9]),
                *r[10:],
            )
            for r in rows
        ]

    def turns(self, session_id: int) -> list[dict[str, Any]]:
        """The stored turns of one session in order, as the dicts the engine gave."""
        rows = self._db.execute(
            "SELECT turn_json FROM turns WHERE session_id = ? ORDER BY idx", (session_id,)
        )
        return [json.loads(r[0]) for r in rows]

    def report(self, session_id: int) -> dict[str, Any] | None:
        """The stored report of a finished session (None when it never finished)."""
        row = self._db.execute(
            "SELECT report_json FROM reports WHERE session_id = ?", (session_id,)
        ).fetchone()
        return None if row is None else json.loads(row[0])

    def dimension_history(self, trainee: str | None = None) -> list[tuple[SessionRow, dict]]:
        """Finished sessions oldest first, each with ``{dimension: (score, max)}``."""
        out = []
        for session in self.sessions(trainee):
            if session.ending is None:
                continue
            scores = {
                name: (score, mx)
                for name, score, mx in self._db.execute(
                    "SELECT dimension, score, max FROM dimension_scores WHERE session_id = ?"
                    " ORDER BY rowid",
                    (session.id,),
                )
            }
            out.append((session, scores))
        return out

    def weakest_skills(self, trainee: str | None = None, n: int = 3) -> list[SkillScore]:
        """The ``n`` dimensions with the lowest mean share of their maximum, weakest first.

        Dimensions always scored in full are not weaknesses and are left out.
        """
        sql = (
            "SELECT d.dimension, AVG(CASE WHEN d.max > 0 THEN d.score / d.max ELSE d.score END),"
            " COUNT(*), (SELECT d2.suggestion FROM dimension_scores d2"
            "   JOIN sessions s2 ON s2.id = d2.session_id JOIN trainees t2 ON t2.id = s2.trainee_id"
            "   WHERE d2.dimension = d.dimension AND (? IS NULL OR t2.name = ?)"
            "   ORDER BY (d2.score < d2.max) DESC, s2.started_at DESC, s2.id DESC LIMIT 1)"
            " FROM dimension_scores d JOIN sessions s ON s.id = d.session_id"
            " JOIN trainees t ON t.id = s.trainee_id"
            " WHERE (? IS NULL OR t.name = ?)"
            " GROUP BY d.dimension HAVING AVG(CASE WHEN d.max > 0 THEN d.score / d.max"
            " ELSE 1 END) < 0.9995 ORDER BY 2 ASC, d.dimension LIMIT ?"
        )
        rows = self._db.execute(sql, (trainee, trainee, trainee, trainee, n))
        return [SkillScore(name, float(share), count, sugg) for name, share, count, sugg in rows]
