"""Progress store: round trip, schema versions, refusing foreign/corrupt files, crash safety."""

from __future__ import annotations

import hashlib
import json
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from simulator.common.errors import InputError
from simulator.roleplay.store import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    ProgressStore,
    default_db_path,
)

ROOT = Path(__file__).resolve().parents[2]


def _turn(index: int, text: str, anger: float) -> dict:
    return {
        "index": index,
        "trainee_text": text,
        "elapsed_s": 12.5 + index,
        "moves": [{"name": "apology"}],
        "customer_lines": [f"line {index}"],
        "state": {"anger": anger, "patience": 3 - index},
        "feedback": ["ok"],
        "finished": False,
        "ending": None,
    }


def _report(total: float, empathy: float, no_blame: float) -> dict:
    return {
        "script": "late_delivery_angry",
        "ending": "resolved_happy",
        "total": total,
        "passed": total >= 80,
        "blocked": False,
        "dimensions": {
            "empathy": {"score": empathy, "max": 20, "evidence": "我理解您", "suggestion": "E"},
            "no_blame": {"score": no_blame, "max": 10, "evidence": "", "suggestion": "N"},
        },
        "turns": [],
    }


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_round_trip(tmp_path):
    db = tmp_path / "sub" / "p.sqlite3"
    with ProgressStore.open(db) as store:
        sid = store.start_session("小王", "late_delivery_angry", seed=7)
        store.record_turn(sid, _turn(0, "您好,非常抱歉让您久等了", 60))
        store.record_turn(sid, _turn(1, "我马上帮您查物流", 40))
        store.finish_session(sid, _report(85, 18, 5))
        other = store.start_session("小李", "presale_hesitant", seed=1)
    with ProgressStore.open(db) as store:
        assert store.schema_version == SCHEMA_VERSION
        rows = store.sessions("小王")
        assert [
            (r.id, r.script_id, r.seed, r.ending, r.total, r.passed, r.n_turns) for r in rows
        ] == [(sid, "late_delivery_angry", 7, "resolved_happy", 85, True, 2)]
        assert [t["trainee_text"] for t in store.turns(sid)] == [
            "您好,非常抱歉让您久等了",
            "我马上帮您查物流",
        ]
        assert store.report(sid)["dimensions"]["empathy"]["evidence"] == "我理解您"
        assert store.report(other) is None
        assert {r.trainee for r in store.sessions()} == {"小王", "小李"}
        [(session, dims)] = store.dimension_history("小王")
        assert session.id == sid and dims == {"empathy": (18, 20), "no_blame": (5, 10)}
        assert store.dimension_history("小李") == []  # unfinished sessions have no scores
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()


def test_weakest_skills_ranks_by_share_of_maximum(tmp_path):
    with ProgressStore.open(tmp_path / "p.db") as store:
        for total, empathy, no_blame in [(70, 16, 4), (90, 18, 6)]:
            sid = store.start_session("a", "s", 0)
            store.finish_session(sid, _report(total, empathy, no_blame))
        sid = store.start_session("b", "s", 0)
        store.finish_session(sid, _report(99, 2, 10))
        weak = store.weakest_skills("a", n=1)
        assert [(w.dimension, w.n_sessions) for w in weak] == [("no_blame", 2)]
        assert weak[0].mean_share == pytest.approx(0.5)  # (4/10 + 6/10) / 2
        # full marks on no_blame every time: not a weakness
        assert [w.dimension for w in store.weakest_skills("b")] == ["empathy"]


def test_turn_of_unknown_session_is_rejected(tmp_path):
    with ProgressStore.open(tmp_path / "p.db") as store, pytest.raises(sqlite3.IntegrityError):
        store.record_turn(999, _turn(0, "hi", 10))


def test_migrates_a_version_1_file_and_backfills_dimension_scores(tmp_path):
    db = tmp_path / "old.sqlite3"
    con = sqlite3.connect(db)
    MIGRATIONS[0](con)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("PRAGMA user_version = 1")
    con.execute("INSERT INTO trainees VALUES (1, 'old', '2024-01-01T00:00:00+00:00')")
    con.execute(
        "INSERT INTO sessions VALUES (1, 1, 'late_delivery_angry', 3, '2024-01-01', "
        "'2024-01-01', 'resolved_happy', 85, 1, 0)"
    )
    con.execute("INSERT INTO reports VALUES (1, ?)", (json.dumps(_report(85, 12, 9)),))
    con.commit()
    con.close()
    with ProgressStore.open(db) as store:
        assert store.schema_version == SCHEMA_VERSION >= 2
        [(session, dims)] = store.dimension_history("old")
        assert dims == {"empathy": (12, 20), "no_blame": (9, 10)}


def test_newer_schema_is_refused_untouched(tmp_path):
    db = tmp_path / "new.sqlite3"
    with ProgressStore.open(db):
        pass
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    before = _sha(db)
    newer = rf"new\.sqlite3: schema version {SCHEMA_VERSION + 1} is newer"
    with pytest.raises(InputError, match=newer):
        ProgressStore.open(db)
    assert _sha(db) == before


def _foreign_app(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 1234")
    con.execute("CREATE TABLE photos (id INTEGER)")
    con.commit()
    con.close()


def _foreign_plain(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER, name TEXT)")
    con.execute("INSERT INTO customers VALUES (1, 'x')")
    con.commit()
    con.close()


def _not_sqlite(path: Path) -> None:
    path.write_text("name,score\n小王,85\n", encoding="utf-8")


def _corrupt(path: Path) -> None:
    with ProgressStore.open(path) as store:
        sid = store.start_session("a", "s", 0)
        for i in range(40):
            store.record_turn(sid, _turn(i, "x" * 500, 10))
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xa5" * 4096  # smash page 2 of the b-tree, keep the header
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_foreign_app, "belongs to another application"),
        (_foreign_plain, "not a KefuLab progress database"),
        (_not_sqlite, "not a SQLite database"),
        (_corrupt, "corrupt database"),
    ],
)
def test_bad_files_get_one_line_error_and_stay_byte_identical(tmp_path, make, message):
    db = tmp_path / "target.db"
    make(db)
    before = _sha(db)
    with pytest.raises(InputError) as info:
        ProgressStore.open(db)
    text = str(info.value)
    assert "\n" not in text and str(db) in text and message in text
    assert _sha(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["target.db"]


def test_default_path_follows_platform_conventions(tmp_path):
    home = tmp_path / "home"
    assert default_db_path({}, "linux", home) == home / ".local/share/kefulab/progress.sqlite3"
    assert default_db_path({"XDG_DATA_HOME": "/x"}, "linux", home) == Path(
        "/x/kefulab/progress.sqlite3"
    )
    assert default_db_path({"APPDATA": "C:/u"}, "win32", home) == Path(
        "C:/u/kefulab/progress.sqlite3"
    )
    assert default_db_path({"KEFULAB_DB": "/d.db", "XDG_DATA_HOME": "/x"}, "linux", home) == Path(
        "/d.db"
    )


def test_process_killed_between_turns_keeps_its_turns(tmp_path):
    db = tmp_path / "crash.sqlite3"
    code = textwrap.dedent(
        f"""
        import sys
        from simulator.roleplay.store import ProgressStore
        store = ProgressStore.open({str(db)!r})
        sid = store.start_session("crash", "late_delivery_angry", 1)
        for i, text in enumerate(["第一句", "第二句"]):
            store.record_turn(sid, {{"index": i, "trainee_text": text, "elapsed_s": 3.0,
                                    "moves": [], "customer_lines": [], "state": {{"anger": 50}}}})
        print("recorded", flush=True)
        sys.stdin.readline()  # wait for the third reply that never comes
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        text=True,
    )
    try:
        assert proc.stdout.readline().strip() == "recorded"
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=10) == -signal.SIGKILL
    finally:
        proc.kill()
        proc.stdin.close()
        proc.stdout.close()
    with ProgressStore.open(db) as store:
        [session] = store.sessions("crash")
        assert session.ending is None and session.n_turns == 2
        assert [t["trainee_text"] for t in store.turns(session.id)] == ["第一句", "第二句"]
