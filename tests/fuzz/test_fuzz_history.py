"""Mutated hourly-history CSV files through ``read_history`` and ``kefulab calibrate``.

Starting from the shipped example export: cells replaced by hostile text (inf, NaN, huge,
negative, fractional, dates that do not exist, formulas, control characters, other digits),
columns duplicated, emptied, dropped or renamed, rows duplicated, dropped, cut short or made
longer, quoting broken, bytes corrupted, encodings changed. Success, or one line naming the file;
never a traceback or a hang. Duplicate or empty column names and non-finite numbers must be
refused.
"""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.cases import check_loader, fresh_dir
from tests.fuzz.harness import (
    LONG,
    QUICK,
    SCENARIOS,
    call_cli,
    cli_violations,
    describe,
    run_isolated,
    warm_up,
)

SOURCE = SCENARIOS / "history" / "example_shop_hourly.csv"
CELLS = [
    "inf", "-inf", "nan", "NaN", "Infinity", "1e400", "-1", "0", "1.5", "1e9", "99999999999999999999",
    "", " ", "x", "=1+1", "+1", "@SUM(A1)", "-2+3", "\x00", "\x1b[31m", "\u202e5", "٣", "１２",
    "0x10", "1_000", "2026-02-30 20:00", "2026-02-29 20:00", "2026-10-01 20:30", "2026-10-01T20:00+08:00",
    "2026-10-01 24:00", "9999-12-31 23:00", "0001-01-01 00:00", "20261001", "2026-W40-4 20:00",
    '"', 'a"b', "a\nb", "12\r", "٢٠٢٦-١٠-٠١ 20:00",
]  # fmt: skip
COLUMNS = [
    "timestamp",
    "date",
    "hour",
    "sessions",
    "handoffs",
    "first_response_s",
    "agents",
    "",
    "x",
]


def setup_module() -> None:
    warm_up()


@st.composite
def history_case(draw: st.DrawFn, max_ops: int = 3) -> tuple[bytes, list[str], str]:
    rows = list(csv.reader(io.StringIO(SOURCE.read_text(encoding="utf-8"))))
    notes: list[str] = []
    must = ""
    for _ in range(draw(st.integers(1, max_ops))):
        op = draw(
            st.sampled_from(
                ["cell"] * 5
                + ["dup_col", "empty_col", "drop_col", "rename_col", "dup_row", "drop_rows",
                   "short_row", "long_row", "header_only", "many_rows", "date_hour"]
            )
        )  # fmt: skip
        width = len(rows[0])
        if op == "cell" and len(rows) > 1:
            r = draw(st.integers(1, len(rows) - 1))
            c = draw(st.integers(0, len(rows[r]) - 1))
            value = draw(st.one_of(st.sampled_from(CELLS), st.text(max_size=12)))
            notes.append(f"row {r} col {rows[0][c] if c < width else c} = {value!r}")
            rows[r][c] = value
            if value.strip().lower() in ("inf", "-inf", "nan", "infinity", "1e400"):
                must = must or f"non-finite {value!r} in column {rows[0][c] if c < width else c}"
        elif op == "dup_col":
            c = draw(st.integers(0, width - 1))
            notes.append(f"column {rows[0][c]} duplicated")
            for row in rows:
                row.insert(c + 1, row[c] if c < len(row) else "")
            must = must or f"duplicate column {rows[0][c]!r}"
        elif op == "empty_col":
            notes.append("empty column name added")
            rows[0].append("")
            for row in rows[1:]:
                row.append("1")
            must = must or "empty column name"
        elif op == "drop_col":
            c = draw(st.integers(0, width - 1))
            notes.append(f"column {rows[0][c]} dropped")
            for row in rows:
                if c < len(row):
                    del row[c]
        elif op == "rename_col":
            c = draw(st.integers(0, width - 1))
            name = draw(st.sampled_from(COLUMNS + [" sessions ", "Sessions", "\ufeffsessions"]))
            notes.append(f"column {rows[0][c]} renamed {name!r}")
            rows[0][c] = name
            if name == "":
                must = must or "empty column name"
            elif name.strip() in rows[0][:c] + rows[0][c + 1 :]:
                must = must or f"duplicate column {name!r}"
        elif op == "dup_row" and len(rows) > 1:
            r = draw(st.integers(1, len(rows) - 1))
            notes.append(f"row {r} duplicated")
            rows.insert(r, list(rows[r]))
        elif op == "drop_rows":
            keep = draw(st.integers(0, len(rows) - 1))
            notes.append(f"kept {keep} data rows")
            rows = rows[: keep + 1]
        elif op == "short_row" and len(rows) > 1:
            r = draw(st.integers(1, len(rows) - 1))
            notes.append(f"row {r} cut short")
            rows[r] = rows[r][:-1]
        elif op == "long_row" and len(rows) > 1:
            r = draw(st.integers(1, len(rows) - 1))
            notes.append(f"row {r} one cell longer")
            rows[r] = [*rows[r], "1"]
        elif op == "header_only":
            notes.append("header only")
            rows = rows[:1]
        elif op == "many_rows":
            notes.append("rows repeated 20x")
            rows = rows[:1] + rows[1:] * 20
        elif op == "date_hour" and rows[0] and rows[0][0] == "timestamp":
            notes.append("timestamp split into date + hour")
            rows = [["date", "hour", *rows[0][1:]]] + [
                [*r[0].split(" ", 1)[:1], r[0][11:13] if len(r[0]) > 12 else "", *r[1:]]
                for r in rows[1:]
            ]
    out = io.StringIO()
    csv.writer(out, lineterminator=draw(st.sampled_from(["\n", "\r\n"]))).writerows(rows)
    data = out.getvalue().encode("utf-8")
    how = draw(st.sampled_from(["as is"] * 6 + ["bom", "truncate", "flip", "gbk", "quote", "nul"]))
    if how != "as is":
        notes.append(how)
        must = ""
    if how == "bom":
        data = b"\xef\xbb\xbf" + data
    elif how == "truncate":
        data = data[: draw(st.integers(0, len(data)))]
    elif how == "flip" and data:
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1 :]
    elif how == "gbk":
        data = data.decode().encode("utf-16")
    elif how == "quote":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + b'"' + data[at:]
    elif how == "nul":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + b"\x00" + data[at:]
    return data, notes, must


def _check(case: tuple[bytes, list[str], str], cli: bool) -> None:
    data, notes, must = case
    base = fresh_dir()
    path = base / "history.csv"
    path.write_bytes(data)
    found = check_loader("history", path, must)
    if cli:
        out = base / "calibrated.yaml"
        argv = ["calibrate", str(path), "--out", str(out), "--base", "mmc_reference"]
        found += cli_violations(run_isolated(call_cli, argv), [path.name, out.name], must)
    assert not found, "\n".join(found) + "\n" + describe(path, notes, limit=600)


@QUICK
@given(case=history_case())
def test_history_csv_quick(case) -> None:
    _check(case, cli=False)  # calibrate simulates a pilot run: seconds a case, slow profile only


@pytest.mark.slow
@LONG
@given(case=history_case(max_ops=5))
def test_history_csv_long(case) -> None:
    _check(case, cli=True)
