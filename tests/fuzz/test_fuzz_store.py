"""Damaged progress databases under every command that reads or writes one.

A real database (one replayed session, an assignment) is copied and damaged: user_version set
to odd values, tables dropped or renamed, cells replaced by NULL, BLOBs, invalid UTF-8, huge
text, broken JSON or odd numbers, bytes flipped, the file truncated, replaced by text or by
another program's SQLite file. ``progress``, ``roleplay ...``, ``training apply`` and ``train``
then exit 0 or 2 with one line naming the database, never a traceback or a hang, and a database
they refuse is left byte-identical.
"""

from __future__ import annotations

import functools
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.cases import fresh_dir
from tests.fuzz.harness import (
    LONG,
    QUICK,
    SCENARIOS,
    TRANSCRIPTS,
    call_cli,
    cli_violations,
    digest,
    run_isolated,
    warm_up,
)

SCRIPT = "late_delivery_angry"
GOOD = TRANSCRIPTS / f"{SCRIPT}_good.yaml"
VALUES = [
    "NULL", "X'ff00'", "CAST(X'fffe' AS TEXT)", "-1", "1e308", "9223372036854775807", "'nan'",
    "'{\"a\":'", "'[1,'", "''", "'\x1b[31m'", "replace(hex(zeroblob(300000)), '00', 'ab')",
    "'2026-02-30'", "'[]'", "'{}'", "0.5", "'x'",
]  # fmt: skip


def setup_module() -> None:
    warm_up()
    from simulator.roleplay.moves import classify

    classify("您好", "zh")


def _env(db: Path):
    def setup() -> None:
        os.environ["KEFULAB_DB"] = str(db)
        os.chdir(db.parent)

    return setup


@functools.cache
def base_db() -> Path:
    """A database with one finished session and an assignment (built once per run)."""
    db = fresh_dir() / "base.db"
    for argv in (
        ["train", SCRIPT, "--replay", str(GOOD), "--db", str(db), "--trainee", "fz"],
        ["roleplay", "assign", SCRIPT, "--trainee", "fz", "--due", "2026-12-31", "--db", str(db)],
    ):
        res = run_isolated(call_cli, argv, _env(db), timeout=120)
        assert res.rc == 0, res.stderr[-1500:]
    return db


@functools.cache
def columns() -> list[tuple[str, str]]:
    with sqlite3.connect(base_db()) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [(t, r[1]) for t in tables for r in con.execute(f"PRAGMA table_info({t})")]


def _sql(draw: st.DrawFn, op: str, db: Path, tables: list[str], notes: list[str]) -> None:
    con = sqlite3.connect(db)
    try:
        with con:
            if op == "cell":
                table, col = draw(st.sampled_from(columns()))
                value = draw(st.sampled_from(VALUES))
                notes.append(f"{table}.{col} = {value[:40]}")
                con.execute(f"UPDATE {table} SET {col} = {value}")
            elif op == "user_version":
                v = draw(st.sampled_from([-1, 0, 1, 2, 4, 999, 2**31 - 1]))
                notes.append(f"user_version = {v}")
                con.execute(f"PRAGMA user_version = {v}")
            elif op == "drop":
                t = draw(st.sampled_from(tables))
                notes.append(f"drop table {t}")
                con.execute("PRAGMA foreign_keys = OFF")
                con.execute(f"DROP TABLE IF EXISTS {t}")
            else:
                t = draw(st.sampled_from(tables))
                notes.append(f"rename table {t}")
                con.execute(f"ALTER TABLE {t} RENAME TO {t}_old")
    finally:
        con.close()


@st.composite
def damaged_db(draw: st.DrawFn) -> tuple[Path, list[str]]:
    db = fresh_dir() / "progress.db"
    shutil.copyfile(base_db(), db)
    notes: list[str] = []
    tables = sorted({t for t, _ in columns()})
    for _ in range(draw(st.integers(1, 2))):
        op = draw(
            st.sampled_from(
                ["cell"] * 4 + ["user_version", "drop", "rename", "flip", "truncate", "text",
                               "foreign", "empty"]
            )
        )  # fmt: skip
        if op in ("cell", "user_version", "drop", "rename"):
            try:
                _sql(draw, op, db, tables, notes)
            except (sqlite3.Error, UnicodeDecodeError) as exc:  # an earlier mutation broke it
                notes.append(f"(sqlite refused {op}: {exc})")
            continue
        data = db.read_bytes()
        if op == "flip" and data:
            at = draw(st.integers(0, len(data) - 1))
            notes.append(f"byte {at} flipped")
            data = data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]
        elif op == "truncate":
            at = draw(st.integers(0, len(data)))
            notes.append(f"truncated to {at} bytes")
            data = data[:at]
        elif op == "text":
            notes.append("a text file")
            data = (SCENARIOS / "traffic" / "mmc_reference.yaml").read_bytes()
        elif op == "empty":
            notes.append("empty file")
            data = b""
        else:
            notes.append("another program's database")
            other = db.with_suffix(".other")
            other.unlink(missing_ok=True)
            with sqlite3.connect(other) as con:
                con.execute("CREATE TABLE sessions (x BLOB)")
                con.execute("INSERT INTO sessions VALUES (X'00')")
            con.close()
            data = other.read_bytes()
        db.write_bytes(data)
    return db, notes


def _commands(db: Path) -> list[list[str]]:
    out = db.parent / "out"
    return [
        ["progress", "--db", str(db)],
        ["progress", "--db", str(db), "--trainee", "fz", "--csv", str(out.with_suffix(".csv"))],
        ["progress", "--db", str(db), "--json", str(out.with_suffix(".json"))],
        ["roleplay", "assignments", "--db", str(db)],
        ["roleplay", "certifications", "--db", str(db)],
        ["roleplay", "examples", "--db", str(db), "--out", str(out.with_suffix(".yaml"))],
        ["roleplay", "assign", SCRIPT, "--trainee", "fz", "--due", "2027-01-01", "--db", str(db)],
        [
            "training",
            "apply",
            "mmc_reference",
            "--trainee",
            "fz",
            "--db",
            str(db),
            "--out",
            str(out.with_suffix(".scenario.yaml")),
        ],  # fmt: skip
        ["train", SCRIPT, "--replay", str(GOOD), "--db", str(db), "--trainee", "fz"],
    ]


def _check(case: tuple[Path, list[str]], which: int) -> None:
    db, notes = case
    argv = _commands(db)[which % len(_commands(db))]
    before = digest(db)
    res = run_isolated(call_cli, argv, _env(db))
    found = cli_violations(res, [db.name, str(db)])
    if res.rc == 2 and digest(db) != before:
        found.append("a refused database was modified")
    assert not found, "\n".join(found) + f"\ndatabase: {'; '.join(notes)}\nkefulab {argv}"


@QUICK
@given(case=damaged_db(), which=st.integers(0, 8))
def test_damaged_database_quick(case, which) -> None:
    _check(case, which)


@pytest.mark.slow
@LONG
@given(case=damaged_db(), which=st.integers(0, 8))
def test_damaged_database_long(case, which) -> None:
    _check(case, which)
