"""The progress store refuses what it cannot use: one line naming the file, file untouched.

One test per kind of bad database (issue 13): foreign, damaged (random bytes, truncated),
negative ``user_version``, a dropped table or column, BLOB cells, JSON that is not JSON,
invalid UTF-8 in the schema, a read-only file, a file locked by another writer, a missing
folder, a full disk, a device given as ``--db``, and ``migrate`` called on a foreign file.
Each compares the file's hash before and after and checks the CLI's exit status 2.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

import simulator.roleplay.store as store_module
from simulator.cli.main import main
from simulator.common.errors import InputError
from simulator.roleplay.store import ProgressStore
from simulator.roleplay.store_schema import migrate

ROOT = Path(__file__).resolve().parents[2]
GOOD = ROOT / "tests/roleplay/transcripts/late_delivery_angry_good.yaml"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _turn(index: int, text: str = "好的") -> dict:
    return {
        "index": index,
        "trainee_text": text,
        "elapsed_s": 3.0,
        "moves": [],
        "customer_lines": ["嗯"],
        "state": {"anger": 40, "patience": 3},
    }


def _filled(path: Path) -> Path:
    """A valid progress file with one finished session, checkpointed (no -wal beside it)."""
    with ProgressStore.open(path) as store:
        sid = store.start_session("小王", "late_delivery_angry", 1)
        store.record_turn(sid, _turn(0))
        store.finish_session(
            sid,
            {"ending": "resolved_happy", "total": 80, "passed": True, "dimensions": {}},
        )
    return path


def _edit(path: Path, *sql: str) -> None:
    con = sqlite3.connect(path)
    for statement in sql:
        con.execute(statement)
    con.commit()
    con.close()


def _refused(path: Path, capsys, *words: str) -> None:
    """Open through the API and the CLI: one line naming the file, exit 2, bytes unchanged."""
    before = _sha(path)
    names = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(InputError) as info:
        ProgressStore.open(path)
    text = str(info.value)
    assert "\n" not in text and str(path) in text
    for word in words:
        assert word in text
    assert main(["progress", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err and "Traceback" not in err
    assert _sha(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == names  # no -wal/-journal left


def test_foreign_sqlite_file(tmp_path, capsys):
    db = tmp_path / "shop.db"
    _edit(db, "CREATE TABLE orders (id INTEGER, sku TEXT)", "INSERT INTO orders VALUES (1, 'a')")
    _refused(db, capsys, "not a KefuLab progress database")


def test_random_bytes_after_the_sqlite_header(tmp_path, capsys):
    db = tmp_path / "noise.db"
    db.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
    _refused(db, capsys)


def test_truncated_file(tmp_path, capsys):
    db = _filled(tmp_path / "cut.db")
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    _refused(db, capsys)


def test_negative_user_version(tmp_path, capsys):
    db = _filled(tmp_path / "neg.db")
    _edit(db, "PRAGMA user_version = -3")
    _refused(db, capsys, "schema version -3 is not valid")


def test_dropped_table_is_found_when_the_store_opens(tmp_path, capsys):
    db = _filled(tmp_path / "drop.db")
    _edit(db, "DROP TABLE turns")
    _refused(db, capsys, "table turns is missing")
    # the trainer refuses before the first turn, not after the last one
    before = _sha(db)
    assert main(["train", "late_delivery_angry", "--replay", str(GOOD), "--db", str(db)]) == 2
    out = capsys.readouterr()
    assert "table turns is missing" in out.err and out.out == ""
    assert _sha(db) == before


def test_dropped_column(tmp_path, capsys):
    db = _filled(tmp_path / "col.db")
    _edit(db, "ALTER TABLE dimension_scores DROP COLUMN suggestion")
    _refused(db, capsys, "column suggestion is missing")


def test_blob_where_text_belongs(tmp_path, capsys):
    db = _filled(tmp_path / "blob.db")
    _edit(db, "UPDATE sessions SET script_id = x'00ff10'")
    _refused(db, capsys, "column script_id holds blob, expected text")


def test_text_that_is_not_json(tmp_path, capsys):
    db = _filled(tmp_path / "json.db")
    _edit(db, "UPDATE reports SET report_json = '{not json'")
    _refused(db, capsys, "report_json", "expected a JSON object")


def test_unknown_session_mode(tmp_path, capsys):
    db = _filled(tmp_path / "mode.db")
    _edit(db, "UPDATE sessions SET mode = 'party'")
    _refused(db, capsys, "expected one of practice, exam")


def test_invalid_utf8_in_the_schema(tmp_path, capsys):
    db = _filled(tmp_path / "schema.db")
    con = sqlite3.connect(db)
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'certifications'").fetchone()[0]
    broken = sql.encode().replace(b"certified_on", b"certified_\xff")
    con.execute("PRAGMA writable_schema = ON")
    con.execute(
        "UPDATE sqlite_master SET sql = CAST(? AS TEXT) WHERE name = 'certifications'", (broken,)
    )
    con.commit()
    con.close()
    _refused(db, capsys, "certifications")


def test_invalid_utf8_in_a_cell_reads_without_error(tmp_path, capsys):
    db = _filled(tmp_path / "cell.db")
    _edit(db, "UPDATE trainees SET name = CAST(x'e5b08fff' AS TEXT)")
    with ProgressStore.open(db) as store:
        assert store.trainees() == ["\ufffd\ufffd"] or "\ufffd" in store.trainees()[0]
    assert main(["progress", "--db", str(db), "--lang", "en"]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_read_only_file(tmp_path, capsys):
    db = _filled(tmp_path / "ro.db")
    db.chmod(0o444)
    try:
        _refused(db, capsys, "read-only")
    finally:
        db.chmod(0o644)


def test_locked_by_another_writer(tmp_path, capsys, monkeypatch):
    db = _filled(tmp_path / "busy.db")
    with ProgressStore.open(db):  # leave the file in WAL mode, as the trainer does
        pass
    before = _sha(db)
    monkeypatch.setattr(store_module, "LOCK_TIMEOUT_S", 0.1)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(InputError) as info, ProgressStore.open(db) as store:
            store.start_session("小李", "late_delivery_angry", 2)
        text = str(info.value)
        assert "\n" not in text and str(db) in text and "locked" in text
        code = main(["train", "late_delivery_angry", "--replay", str(GOOD), "--db", str(db)])
        assert code == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "locked" in err
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _sha(db) == before


def test_missing_folder_is_created_and_an_impossible_one_is_one_line(tmp_path, capsys):
    made = tmp_path / "new" / "deeper" / "p.db"
    with ProgressStore.open(made) as store:
        assert store.trainees() == []
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    inside = blocker / "p.db"
    with pytest.raises(InputError) as info:
        ProgressStore.open(inside)
    assert "\n" not in str(info.value) and str(inside) in str(info.value)
    assert main(["roleplay", "assign", "late_delivery_angry", "--trainee", "a", "--due",
                 "2030-01-01", "--db", str(inside)]) == 2  # fmt: skip
    assert capsys.readouterr().err.count("\n") == 1
    assert blocker.read_text() == "x"


def test_full_disk_while_recording_a_turn(tmp_path):
    db = _filled(tmp_path / "full.db")
    with ProgressStore.open(db) as store:
        sid = store.start_session("小王", "late_delivery_angry", 3)
        store.record_turn(sid, _turn(0))
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk full"
        with pytest.raises(InputError) as info:
            store.record_turn(sid, _turn(1, "很长的回复" * 5000))
        text = str(info.value)
        assert "\n" not in text and str(db) in text and "disk is full" in text
        assert len(store.turns(sid)) == 1  # the turn played before is kept
    with ProgressStore.open(db) as store:
        assert len(store.turns(sid)) == 1


def test_full_disk_when_creating_leaves_nothing_behind(tmp_path, monkeypatch):
    db = tmp_path / "never.db"
    real_connect = sqlite3.connect

    def tiny_disk(*args, **kwargs):
        con = real_connect(*args, **kwargs)
        con.execute("PRAGMA max_page_count = 1")
        return con

    monkeypatch.setattr(store_module.sqlite3, "connect", tiny_disk)
    with pytest.raises(InputError) as info:
        ProgressStore.open(db)
    assert "\n" not in str(info.value) and "disk is full" in str(info.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("device", ["/dev/null", "fifo"])
def test_device_as_database_is_refused(tmp_path, capsys, device):
    if device == "fifo":
        device = str(tmp_path / "pipe")
        os.mkfifo(device)
    beside = [Path(device + side) for side in ("-journal", "-wal", "-shm")]
    before = [p.exists() for p in beside]
    assert main(["progress", "--db", device]) == 2
    assert main(["roleplay", "assign", "late_delivery_angry", "--trainee", "a", "--due",
                 "2030-01-01", "--db", device]) == 2  # fmt: skip
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and err.count("not a regular file") == 2
    assert [p.exists() for p in beside] == before  # no /dev/null-journal left behind


def test_migrate_on_a_foreign_file_does_not_crash(tmp_path):
    db = tmp_path / "other.db"
    _edit(db, "CREATE TABLE trainees (x INTEGER)", "CREATE TABLE photos (id INTEGER)")
    before = _sha(db)
    con = sqlite3.connect(db, isolation_level=None)
    try:
        with pytest.raises(InputError) as info:
            migrate(con, 0, db)
    finally:
        con.close()
    assert "\n" not in str(info.value) and "not a KefuLab progress database" in str(info.value)
    assert _sha(db) == before
