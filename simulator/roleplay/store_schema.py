"""Schema of the progress database: versioned migrations and a read-only safety check.

The schema version is ``PRAGMA user_version``; ``PRAGMA application_id`` marks a file as
KefuLab's. :data:`MIGRATIONS` lists the steps in order (applying the first ``n`` gives version
``n``). :func:`inspect_file` looks at a file without ever writing to it, so a foreign, corrupt or
too-new file is refused byte for byte untouched.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Mapping
from pathlib import Path

from simulator.common.errors import InputError
from simulator.common.inputfile import path_exists
from simulator.roleplay.store_check import (
    Column,
    check_cells,
    check_structure,
    describe,
    read_schema,
    tolerant_text,
)

#: ``PRAGMA application_id`` of a KefuLab progress file: the bytes "KFLB".
APPLICATION_ID = 0x4B464C42
SQLITE_MAGIC = b"SQLite format 3\x00"

#: How a session was played: ``practice`` (coaching hints) or ``exam`` (none; counts for
#: certification).
MODES = ("practice", "exam")
#: How the chat reached the trainee: ``none`` (straight from the customer), ``warm`` (from the bot
#: with its transcript shown) or ``cold`` (from the bot, transcript hidden).
HANDOFFS = ("none", "warm", "cold")
#: Columns with a closed set of values, checked when a file is opened.
ENUMS = {("sessions", "mode"): MODES, ("sessions", "handoff"): HANDOFFS}


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
        insert_dimensions(db, session_id, report)


def _v3_training(db: sqlite3.Connection) -> None:
    """Version 3: a session's mode, handoff and copied replies; misread marks, assignments and
    certifications. Existing sessions become practice sessions without handoff or copies."""
    _run_script(
        db,
        """
        ALTER TABLE sessions ADD COLUMN mode TEXT NOT NULL DEFAULT 'practice';
        ALTER TABLE sessions ADD COLUMN handoff TEXT NOT NULL DEFAULT 'none';
        ALTER TABLE sessions ADD COLUMN copied INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE misreads (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            moves TEXT NOT NULL,
            marked_by TEXT NOT NULL,
            note TEXT NOT NULL,
            marked_at TEXT NOT NULL,
            PRIMARY KEY (session_id, idx, marked_by)
        );
        CREATE TABLE assignments (
            id INTEGER PRIMARY KEY,
            trainee_id INTEGER NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
            script_id TEXT NOT NULL,
            due TEXT NOT NULL,
            pass_mark INTEGER NOT NULL,
            assigned_by TEXT NOT NULL,
            assigned_at TEXT NOT NULL,
            after_session INTEGER NOT NULL
        );
        CREATE INDEX assignments_by_trainee ON assignments(trainee_id, due);
        CREATE TABLE certifications (
            id INTEGER PRIMARY KEY,
            trainee_id INTEGER NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            certified_on TEXT NOT NULL,
            scripts TEXT NOT NULL,
            sessions TEXT NOT NULL,
            UNIQUE (trainee_id, name)
        );
        """,
    )
    # sessions stored before version 3 may already carry copies in their report
    for session_id, report_json in db.execute("SELECT session_id, report_json FROM reports"):
        try:
            copied = json.loads(report_json).get("copied_turns") or []
        except (ValueError, AttributeError):
            continue
        if copied:
            db.execute("UPDATE sessions SET copied = ? WHERE id = ?", (len(copied), session_id))


#: Schema migrations; applying the first ``n`` gives schema version ``n``.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1_core,
    _v2_dimension_scores,
    _v3_training,
)
SCHEMA_VERSION = len(MIGRATIONS)
KNOWN_TABLES = frozenset(
    {
        "trainees",
        "sessions",
        "turns",
        "reports",
        "dimension_scores",
        "misreads",
        "assignments",
        "certifications",
    }
)


def insert_dimensions(db: sqlite3.Connection, session_id: int, report: Mapping) -> None:
    """Store a report's per-dimension scores (``dimensions: {name: {score, max, ...}}``)."""
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


def expected_schema(version: int) -> dict[str, tuple[Column, ...]]:
    """The tables and columns the first ``version`` migrations build (built once, in memory)."""
    if version not in _EXPECTED:
        con = sqlite3.connect(":memory:", isolation_level=None)
        try:
            for step in MIGRATIONS[:version]:
                step(con)
            _EXPECTED[version] = read_schema(con)
        finally:
            con.close()
    return _EXPECTED[version]


_EXPECTED: dict[int, dict[str, tuple[Column, ...]]] = {}


class _AllVersions(Mapping):
    """``{version: schema}`` for every known version, built on first use."""

    def __getitem__(self, version: int) -> dict[str, tuple[Column, ...]]:
        if not 0 <= version <= SCHEMA_VERSION:
            raise KeyError(version)
        return expected_schema(version)

    def __iter__(self):
        return iter(range(SCHEMA_VERSION + 1))

    def __len__(self) -> int:
        return SCHEMA_VERSION + 1


EXPECTED = _AllVersions()


def inspect_file(path: Path) -> tuple[int, int]:
    """Check a file read-only; return ``(application_id, user_version)`` or raise InputError.

    A missing or empty file returns ``(0, 0)``. Refused, each with one line naming the file:
    a folder, a device or FIFO (``/dev/null``), a file that is not SQLite, damaged, foreign,
    too new, with a table or column missing or added, with a value of the wrong type, or a
    file (or folder) that cannot be written. Nothing is ever written here, not even a journal.
    """
    try:
        if not path_exists(path, "database path"):
            return 0, 0
        if path.is_dir():
            raise InputError(f"{path}: is a directory, expected a KefuLab progress database")
        if not path.is_file():
            raise InputError(
                f"{path}: is not a regular file (a device, FIFO or socket); give a file path"
            )
        if path.stat().st_size == 0:
            _check_writable(path)
            return 0, 0
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if header != SQLITE_MAGIC:
        raise InputError(f"{path}: not a SQLite database; refusing to touch it (choose --db PATH)")
    # Without a -wal file beside it the main file is complete: open it "immutable" so SQLite
    # creates no -wal/-shm files next to a file that may not be ours.
    has_wal = path.with_name(path.name + "-wal").exists()
    mode = "mode=ro" if has_wal else "mode=ro&immutable=1"
    try:
        ro = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
    except sqlite3.Error as exc:
        raise InputError(f"{path}: cannot open database ({describe(exc)})") from None
    ro.text_factory = tolerant_text
    try:
        check = ro.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            check = " ".join(str(check).split())
            raise InputError(f"{path}: corrupt database (integrity check: {check}); left untouched")
        app_id, version = check_structure(ro, path, EXPECTED, APPLICATION_ID)
        check_cells(ro, path, expected_schema(version), ENUMS)
    except sqlite3.DatabaseError as exc:
        raise InputError(f"{path}: {describe(exc)}; left untouched") from None
    except UnicodeDecodeError:  # the integrity report itself holds undecodable bytes
        raise InputError(f"{path}: corrupt database (unreadable text); left untouched") from None
    finally:
        ro.close()
    _check_writable(path)
    return app_id, version


def _check_writable(path: Path) -> None:
    """Refuse a file (or folder) that SQLite could open but never write: one line, untouched."""
    # (the mode bits too: root may write anywhere, but a file marked read-only stays so)
    if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
        raise InputError(f"{path}: the file is read-only; cannot record progress (left untouched)")
    folder = path.resolve().parent
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(
            f"{path}: cannot write in folder {folder} (SQLite keeps its journal beside the "
            "file); left untouched"
        )


def migrate(db: sqlite3.Connection, version: int, path: Path | str = "progress database") -> None:
    """Apply the migrations after ``version`` in one transaction and stamp the file as ours.

    The file is checked again under the write lock (another process may have migrated it
    meanwhile, or it may not be ours at all): a foreign or damaged file raises InputError and
    is rolled back untouched, as does any SQLite error (locked, disk full).
    """
    path = Path(path)
    try:
        _, version = check_structure(db, path, EXPECTED, APPLICATION_ID)
        if version == SCHEMA_VERSION:
            return  # nothing to do: no write lock taken, a reader never waits for a trainer
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise InputError(f"{path}: {describe(exc)}") from None
    try:
        # re-read under the write lock: another process may have migrated meanwhile
        _, version = check_structure(db, path, EXPECTED, APPLICATION_ID)
        if version != SCHEMA_VERSION:
            for number in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[number - 1](db)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("COMMIT")
    except BaseException as exc:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise InputError(
                f"{path}: cannot upgrade schema from version {version} ({describe(exc)})"
            ) from None
        raise
