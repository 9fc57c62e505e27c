"""Checks a progress database before anything reads or writes it: structure and cells.

:func:`check_structure` compares a file's tables and columns with what the migrations build
for its schema version (a dropped table or column, a foreign table or trigger, a negative
``user_version``); :func:`check_cells` looks at every stored value once (a BLOB where text
belongs, JSON that is not JSON, an unknown session mode, a due date that is not a date). Both
raise a one-line :class:`~simulator.common.errors.InputError` naming the file and what is
wrong; they only read. :func:`describe` turns an ``sqlite3`` error into the same kind of line
(locked, disk full, read-only...), and :func:`tolerant_text` reads undecodable text without an
exception.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from simulator.common.errors import InputError

#: Columns holding JSON, and the JSON type they must hold.
JSON_COLUMNS: dict[tuple[str, str], str] = {
    ("turns", "moves"): "array",
    ("turns", "customer_lines"): "array",
    ("turns", "turn_json"): "object",
    ("reports", "report_json"): "object",
    ("misreads", "moves"): "array",
    ("certifications", "scripts"): "array",
    ("certifications", "sessions"): "array",
}
#: Columns holding an ISO date (read with ``date.fromisoformat``).
DATE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("assignments", "due"),
    ("certifications", "certified_on"),
)
#: SQLite value types each declared column type accepts.
_TYPES = {"TEXT": ("text",), "INTEGER": ("integer",), "REAL": ("real", "integer")}


@dataclass(frozen=True)
class Column:
    """One column as ``PRAGMA table_info`` describes it."""

    name: str
    type: str
    notnull: bool
    pk: int


Schema = Mapping[str, tuple[Column, ...]]


def tolerant_text(raw: bytes) -> str:
    """A TEXT value as str; bytes that are not UTF-8 become U+FFFD instead of an error."""
    return raw.decode("utf-8", "replace")


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def read_schema(con: sqlite3.Connection) -> dict[str, tuple[Column, ...]]:
    """Every user table of ``con`` with its columns."""
    tables = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        t: tuple(
            Column(str(r[1]), str(r[2]).upper(), bool(r[3]), int(r[5]))
            for r in con.execute("SELECT * FROM pragma_table_info(?)", (t,))
        )
        for t in tables
    }


def check_structure(
    con: sqlite3.Connection, path: Path, expected: Mapping[int, Schema], app_id_ours: int
) -> tuple[int, int]:
    """Check ids, version and tables; return ``(application_id, user_version)``.

    Args:
        con: An open connection (read-only is enough).
        path: The file, for messages.
        expected: The schema each known version has (version 0: no tables).
        app_id_ours: KefuLab's ``application_id``.
    """
    app_id = con.execute("PRAGMA application_id").fetchone()[0]
    version = con.execute("PRAGMA user_version").fetchone()[0]
    tables = read_schema(con)
    if app_id not in (0, app_id_ours):
        raise InputError(
            f"{path}: belongs to another application (application_id {app_id:#x}, KefuLab's is "
            f"{app_id_ours:#x}); left untouched"
        )
    if app_id == 0 and tables:
        names = ", ".join(sorted(tables)[:5])
        raise InputError(f"{path}: not a KefuLab progress database (has tables: {names})")
    newest = max(expected)
    if version > newest:
        raise InputError(
            f"{path}: schema version {version} is newer than this KefuLab knows "
            f"({newest}); upgrade kefulab"
        )
    if version < 0:
        raise InputError(
            f"{path}: schema version {version} is not valid (KefuLab's are 0-{newest}); "
            "the file is damaged, left untouched"
        )
    want = expected[version]
    unknown = sorted(set(tables) - set(want))
    known = set().union(*(s.keys() for s in expected.values()))
    if set(unknown) - known:
        names = ", ".join(t for t in unknown if t not in known)
        raise InputError(f"{path}: unknown tables {names}; left untouched")
    damaged = f"(schema version {version}); the file is damaged, left untouched"
    if unknown:
        raise InputError(f"{path}: table {unknown[0]} should not exist yet {damaged}")
    for table, columns in want.items():
        if table not in tables:
            raise InputError(f"{path}: table {table} is missing {damaged}")
        have = {c.name: c for c in tables[table]}
        for col in columns:
            if col.name not in have:
                raise InputError(f"{path}: table {table}: column {col.name} is missing {damaged}")
            if have[col.name] != col:
                raise InputError(
                    f"{path}: table {table}: column {col.name} is declared differently "
                    f"({have[col.name].type or 'no type'}, expected {col.type}) {damaged}"
                )
        extra = sorted(set(have) - {c.name for c in columns})
        if extra:
            raise InputError(f"{path}: table {table}: unknown column {extra[0]} {damaged}")
    other = con.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('view', 'trigger') LIMIT 1"
    ).fetchone()
    if other is not None:
        raise InputError(
            f"{path}: has a {other[0]} {other[1]!s}, which KefuLab never makes; left untouched"
        )
    return app_id, version


def _first(con: sqlite3.Connection, table: str, where: str, column: str) -> tuple | None:
    sql = f'SELECT rowid, "{column}" FROM "{table}" WHERE {where} LIMIT 1'  # names: our schema
    return con.execute(sql).fetchone()


def check_cells(
    con: sqlite3.Connection, path: Path, schema: Schema, enums: Mapping[tuple[str, str], tuple]
) -> None:
    """Check every stored value against its column: type, JSON, allowed values, dates."""
    for table, columns in schema.items():
        for col in columns:
            if col.pk == 1 and col.type == "INTEGER" and sum(c.pk for c in columns) == 1:
                continue  # the rowid itself: always an integer
            allowed = list(_TYPES.get(col.type, ()))
            if not allowed:
                continue
            if not col.notnull:
                allowed.append("null")
            kinds = ", ".join(f"'{k}'" for k in allowed)
            bad = _first(con, table, f'typeof("{col.name}") NOT IN ({kinds})', col.name)
            if bad is not None:
                kind = con.execute("SELECT typeof(?)", (bad[1],)).fetchone()[0]
                raise InputError(
                    f"{path}: table {table}, row {bad[0]}: column {col.name} holds {kind}, "
                    f"expected {col.type.lower()}; left untouched"
                )
            json_type = JSON_COLUMNS.get((table, col.name))
            if json_type:
                where = (
                    f'"{col.name}" IS NOT NULL AND (NOT json_valid("{col.name}") OR '
                    f"json_type(\"{col.name}\") != '{json_type}')"
                )
                bad = _first(con, table, where, col.name)
                if bad is not None:
                    raise InputError(
                        f"{path}: table {table}, row {bad[0]}: column {col.name} holds "
                        f"{_short(bad[1])}, expected a JSON {json_type}; left untouched"
                    )
            values = enums.get((table, col.name))
            if values:
                marks = ", ".join("?" * len(values))
                sql = (
                    f'SELECT rowid, "{col.name}" FROM "{table}" WHERE "{col.name}" NOT IN ({marks})'
                )
                bad = con.execute(sql + " LIMIT 1", tuple(values)).fetchone()
                if bad is not None:
                    raise InputError(
                        f"{path}: table {table}, row {bad[0]}: column {col.name} holds "
                        f"{_short(bad[1])}, expected one of {', '.join(values)}; left untouched"
                    )
    for table, column in DATE_COLUMNS:
        if table not in schema:
            continue
        for rowid, text in con.execute(f'SELECT rowid, "{column}" FROM "{table}"'):
            try:
                date.fromisoformat(text)
            except (TypeError, ValueError):
                raise InputError(
                    f"{path}: table {table}, row {rowid}: column {column} holds {_short(text)}, "
                    "expected a date YYYY-MM-DD; left untouched"
                ) from None


#: What an SQLite error code means for the user, in words.
_REASONS = {
    "SQLITE_BUSY": "is locked by another program (a trainer still open?); try again when it "
    "has finished",
    "SQLITE_LOCKED": "is locked by another program (a trainer still open?); try again when it "
    "has finished",
    "SQLITE_FULL": "the disk is full (or the file reached its size limit); free some space and "
    "try again",
    "SQLITE_READONLY": "is read-only; cannot record progress",
    "SQLITE_CANTOPEN": "cannot be opened (check the folder and its permissions)",
    "SQLITE_CORRUPT": "corrupt database",
    "SQLITE_NOTADB": "not a SQLite database",
    "SQLITE_IOERR": "input/output error while reading or writing",
    "SQLITE_PERM": "permission denied",
}


def describe(exc: sqlite3.Error) -> str:
    """One line saying what an ``sqlite3`` error means (no file name in it)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    detail = " ".join(str(exc).split()) or type(exc).__name__
    for code, reason in _REASONS.items():
        if name == code or name.startswith(code + "_"):
            return f"{reason} ({detail})"
    if "locked" in detail:
        return f"{_REASONS['SQLITE_BUSY']} ({detail})"
    return f"database error ({detail})"


__all__ = [
    "DATE_COLUMNS",
    "JSON_COLUMNS",
    "Column",
    "check_cells",
    "check_structure",
    "describe",
    "read_schema",
    "tolerant_text",
]
