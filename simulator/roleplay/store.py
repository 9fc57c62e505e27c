"""Progress store: trainees, role-play sessions, every turn as it happens, and reports.

One SQLite file (stdlib :mod:`sqlite3`, WAL journal, foreign keys on). Each turn is committed
the moment it is recorded, so a trainer process killed mid-session keeps the turns played so
far. The schema is versioned with ``PRAGMA user_version`` and marked as KefuLab's with
``PRAGMA application_id``; :data:`MIGRATIONS` upgrades an older file in order.

Before anything is written the file is inspected read-only. A file that is not SQLite, is
corrupt, belongs to another application or has a newer schema than this code knows raises a
one-line :class:`~simulator.errors.InputError` and is left byte for byte as it was.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from simulator.errors import InputError

#: ``PRAGMA application_id`` of a KefuLab progress file: the bytes "KFLB".
APPLICATION_ID = 0x4B464C42
SQLITE_MAGIC = b"SQLite format 3\x00"


def _run_script(db: sqlite3.Connection, sql: str) -> None:
    """Run ``;``-separated DDL inside the caller's transaction.

    (``executescript`` would commit first, breaking an all-or-nothing migration.)
    """
    for statement in sql.split(";"):
        if statement.strip():
            db.execute(statement)


def _v1_core(db: sqlite3.Connection) -> None:
    """Version 1: trainees, sessions, turns and the report JSON of finished sessions."""
    _run_script(
        db,
        """
        CREATE TABLE trainees (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        );
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            trainee_id INTEGER NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
            script_id TEXT NOT NULL,
            seed INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            ending TEXT,
            total REAL,
            passed INTEGER,
            blocked INTEGER
        );
        CREATE INDEX sessions_by_trainee ON sessions(trainee_id, started_at);
        CREATE TABLE turns (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            trainee_text TEXT NOT NULL,
            elapsed_s REAL NOT NULL,
            moves TEXT NOT NULL,
            customer_lines TEXT NOT NULL,
            anger REAL,
            patience REAL,
            turn_json TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (session_id, idx)
        );
        CREATE TABLE reports (
            session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            report_json TEXT NOT NULL
        );
        """,
    )


def _v2_dimension_scores(db: sqlite3.Connection) -> None:
    """Version 2: one row per (session, rubric dimension), backfilled from stored reports."""
    _run_script(
        db,
        """
        CREATE TABLE dimension_scores (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            dimension TEXT NOT NULL,
            score REAL NOT NULL,
            max REAL,
            evidence TEXT,
            suggestion TEXT,
            PRIMARY KEY (session_id, dimension)
        );
        """,
    )
    for session_id, report_json in db.execute("SELECT session_id, report_json FROM reports"):
        try:
            report = json.loads(report_json)
        except ValueError:
            continue
        _insert_dimensions(db, session_id, report)


#: Schema migrations; applying the first ``n`` gives schema version ``n``.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1_core, _v2_dimension_scores)
SCHEMA_VERSION = len(MIGRATIONS)
KNOWN_TABLES = frozenset({"trainees", "sessions", "turns", "reports", "dimension_scores"})


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


def _insert_dimensions(db: sqlite3.Connection, session_id: int, report: Mapping) -> None:
    dims = report.get("dimensions") or {}
    for name, dim in dims.items():
        if not isinstance(dim, Mapping) or dim.get("score") is None:
            continue
        db.execute(
            "INSERT OR REPLACE INTO dimension_scores VALUES (?, ?, ?, ?, ?, ?)",
            (
                session_id,
                name,
                float(dim["score"]),
                None if dim.get("max") is None else float(dim["max"]),
                dim.get("evidence"),
                dim.get("suggestion"),
            ),
        )


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


@dataclass(frozen=True)
class SkillScore:
    """Mean share of the points earned on one rubric dimension across finished sessions.

    ``last_suggestion`` is the model reply of the latest session that lost points there.
    """

    dimension: str
    mean_share: float
    n_sessions: int
    last_suggestion: str | None


def inspect_file(path: Path) -> tuple[int, int]:
    """Check a file read-only; return ``(application_id, user_version)`` or raise InputError.

    A missing or empty file returns ``(0, 0)``. Nothing is ever written here.
    """
    if not path.exists() or path.stat().st_size == 0:
        return 0, 0
    if path.is_dir():
        raise InputError(f"{path}: is a directory, expected a KefuLab progress database")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if header != SQLITE_MAGIC:
        raise InputError(f"{path}: not a SQLite database; refusing to touch it (choose --db PATH)")
    # Without a -wal file beside it the main file is complete: open it "immutable" so SQLite
    # creates no -wal/-shm files next to a file that may not be ours.
    has_wal = path.with_name(path.name + "-wal").exists()
    mode = "mode=ro" if has_wal else "mode=ro&immutable=1"
    try:
        ro = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
    except sqlite3.Error as exc:
        raise InputError(f"{path}: cannot open database ({exc})") from None
    try:
        app_id = ro.execute("PRAGMA application_id").fetchone()[0]
        version = ro.execute("PRAGMA user_version").fetchone()[0]
        tables = {
            r[0]
            for r in ro.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        check = ro.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise InputError(f"{path}: corrupt database ({exc}); left untouched") from None
    finally:
        ro.close()
    if check != "ok":
        raise InputError(f"{path}: corrupt database (integrity check: {check}); left untouched")
    if app_id not in (0, APPLICATION_ID):
        raise InputError(
            f"{path}: belongs to another application (application_id {app_id:#x}, KefuLab's is "
            f"{APPLICATION_ID:#x}); left untouched"
        )
    if app_id == 0 and tables:
        names = ", ".join(sorted(tables)[:5])
        raise InputError(f"{path}: not a KefuLab progress database (has tables: {names})")
    if version > SCHEMA_VERSION:
        raise InputError(
            f"{path}: schema version {version} is newer than this KefuLab knows "
            f"({SCHEMA_VERSION}); upgrade kefulab"
        )
    unknown = tables - KNOWN_TABLES
    if unknown:
        raise InputError(f"{path}: unknown tables {', '.join(sorted(unknown))}; left untouched")
    return app_id, version


class ProgressStore:
    """A trainee progress database. Use :meth:`open`; close it or use it as a context manager."""

    def __init__(self, path: Path, db: sqlite3.Connection) -> None:
        self.path = path
        self._db = db

    @classmethod
    def open(cls, path: str | Path | None = None) -> ProgressStore:
        """Open (creating or upgrading as needed) the progress database at ``path``."""
        path = default_db_path() if path is None else Path(path)
        _, version = inspect_file(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=5.0, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise InputError(f"{path}: cannot create database ({exc})") from None
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        try:
            cls._migrate(db, version)
        except sqlite3.Error as exc:
            db.close()
            raise InputError(
                f"{path}: cannot upgrade schema from version {version} ({exc})"
            ) from None
        return cls(path, db)

    @staticmethod
    def _migrate(db: sqlite3.Connection, version: int) -> None:
        if version == SCHEMA_VERSION:
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            # re-read under the write lock: another process may have migrated meanwhile
            version = db.execute("PRAGMA user_version").fetchone()[0]
            for number in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[number - 1](db)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

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
        """One explicit transaction (the connection is in autocommit mode otherwise)."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

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

    def start_session(self, trainee: str, script_id: str, seed: int) -> int:
        """Record that ``trainee`` started ``script_id``; return the new session's id."""
        with self._transaction():
            trainee_id = self._trainee_id(trainee)
            cur = self._db.execute(
                "INSERT INTO sessions (trainee_id, script_id, seed, started_at) VALUES (?,?,?,?)",
                (trainee_id, script_id, int(seed), _now()),
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

    def finish_session(self, session_id: int, report: Any) -> None:
        """Store a finished session's report, its ending, total and per-dimension scores."""
        data = json.loads(_json(_as_dict(report)))
        with self._transaction():
            cur = self._db.execute(
                "UPDATE sessions SET ended_at = ?, ending = ?, total = ?, passed = ?, blocked = ?"
                " WHERE id = ?",
                (
                    _now(),
                    data.get("ending"),
                    data.get("total"),
                    None if data.get("passed") is None else int(bool(data["passed"])),
                    None if data.get("blocked") is None else int(bool(data["blocked"])),
                    session_id,
                ),
            )
            if cur.rowcount != 1:
                raise KeyError(f"no session {session_id} in {self.path}")
            self._db.execute(
                "INSERT OR REPLACE INTO reports VALUES (?, ?)", (session_id, _json(data))
            )
            _insert_dimensions(self._db, session_id, data)

    # -- reading ---------------------------------------------------------------------------

    def trainees(self) -> list[str]:
        """Every trainee name, alphabetically."""
        return [r[0] for r in self._db.execute("SELECT name FROM trainees ORDER BY name")]

    def sessions(self, trainee: str | None = None) -> list[SessionRow]:
        """Sessions oldest first, optionally of one trainee."""
        sql = (
            "SELECT s.id, t.name, s.script_id, s.seed, s.started_at, s.ended_at, s.ending,"
            " s.total, s.passed, s.blocked,"
            " (SELECT COUNT(*) FROM turns WHERE session_id = s.id)"
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
                r[10],
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
