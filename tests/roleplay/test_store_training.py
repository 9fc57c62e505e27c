"""Store version 3: mode and handoff, misread marks, assignments, certificates, CSV history."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from simulator.common.errors import InputError
from simulator.roleplay import certification
from simulator.roleplay.certification import CertificationPlan, load_certification_plan
from simulator.roleplay.examples import read_examples, write_examples
from simulator.roleplay.practice import Practice
from simulator.roleplay.script import list_scripts
from simulator.roleplay.store import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, ProgressStore

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 30)
PLAN = CertificationPlan.model_validate(
    {
        "certifications": [
            {"id": "basics", "name": {"zh": "基础", "en": "Basics"}, "required_scripts": ["a", "b"]}
        ]
    }
)


def _report(total: float, passed: bool | None = None, copied: tuple[int, ...] = ()) -> dict:
    return {
        "script": "s",
        "lang": "zh",
        "ending": "resolved_happy",
        "total": total,
        "passed": total >= 80 if passed is None else passed,
        "blocked": False,
        "dimensions": {
            "empathy": {"score": total / 5, "max": 20, "evidence": "", "suggestion": ""},
            "compliance": {"score": 10, "max": 10, "evidence": "", "suggestion": ""},
        },
        "copied_turns": list(copied),
    }


def _turn(index: int, text: str) -> dict:
    return {
        "index": index,
        "trainee_text": text,
        "elapsed_s": 10.0,
        "node": "start",
        "moves": [{"name": "apology", "evidence": "抱歉"}],
        "customer_lines": ["嗯"],
        "state": {"anger": 50},
    }


def _session(store, trainee, script, total, mode="practice", copied=()) -> int:
    sid = store.start_session(trainee, script, 0, mode=mode)
    store.record_turn(sid, _turn(1, "抱歉"))
    store.finish_session(sid, _report(total, copied=copied))
    return sid


@pytest.fixture
def store(tmp_path):
    with ProgressStore.open(tmp_path / "p.sqlite3") as s:
        yield s


def test_migration_from_version_2_keeps_every_session_and_score(tmp_path):
    db = tmp_path / "v2.sqlite3"
    con = sqlite3.connect(db)
    for step in MIGRATIONS[:2]:
        step(con)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("PRAGMA user_version = 2")
    con.execute("INSERT INTO trainees VALUES (1, '老张', '2025-01-01T00:00:00+00:00')")
    con.execute(
        "INSERT INTO sessions VALUES (1, 1, 'late_delivery_angry', 3, '2025-01-02T08:00:00+00:00',"
        " '2025-01-02T08:05:00+00:00', 'resolved_happy', 86, 1, 0)"
    )
    con.execute(
        "INSERT INTO turns VALUES (1, 1, '您好', 9.5, '[]', '[]', 40, 3, ?, '2025-01-02')",
        (json.dumps(_turn(1, "您好")),),
    )
    con.execute("INSERT INTO reports VALUES (1, ?)", (json.dumps(_report(86)),))
    con.execute("INSERT INTO dimension_scores VALUES (1, 'empathy', 17, 20, '您好', 'x')")
    con.commit()
    con.close()
    with ProgressStore.open(db) as store:
        assert store.schema_version == SCHEMA_VERSION == 3
        [row] = store.sessions("老张")
        assert (row.script_id, row.total, row.passed, row.n_turns) == (
            "late_delivery_angry",
            86,
            True,
            1,
        )
        assert (row.mode, row.handoff, row.copied) == ("practice", "none", 0)
        assert store.dimension_history("老张")[0][1] == {"empathy": (17, 20)}
        assert store.turns(1)[0]["trainee_text"] == "您好"
        # the new tables work on the migrated file
        store.assign("late_delivery_angry", "老张", TODAY, 80, "主管")
        assert [a.status for a in store.assignments(today=TODAY)] == ["not_started"]


def test_mode_and_handoff_are_stored_and_checked(store):
    sid = store.start_session("a", "s", 1, mode="exam", handoff="warm")
    [row] = store.sessions("a")
    assert (row.id, row.mode, row.handoff) == (sid, "exam", "warm")
    with pytest.raises(InputError, match='"mode" must be one of practice, exam'):
        store.start_session("a", "s", 1, mode="quiz")
    with pytest.raises(InputError, match='"handoff" must be one of none, warm, cold'):
        store.start_session("a", "s", 1, handoff="hot")


def test_misread_mark_is_stored_replaced_and_exported(store, tmp_path):
    sid = store.start_session("小王", "late_delivery_angry", 0)
    store.record_turn(sid, _turn(1, "这是我们的问题,我马上处理"))
    store.mark_misread(sid, 1, ["take_responsibility"], marked_by="小王")
    store.mark_misread(
        sid, 1, ["take_responsibility", "offer_solution"], marked_by="小王", note="x"
    )
    store.mark_misread(sid, 1, [], marked_by="李主管")
    examples = store.misread_examples()
    assert [(e.marked_by, e.moves_marked) for e in examples] == [
        ("小王", ("take_responsibility", "offer_solution")),
        ("李主管", ()),
    ]
    first = examples[0]
    assert (first.reply, first.lang, first.script_id, first.moves_read, first.note) == (
        "这是我们的问题,我马上处理",
        "zh",
        "late_delivery_angry",
        ("apology",),
        "x",
    )
    out = tmp_path / "ex.yaml"
    write_examples(out, examples)
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["replies"][0]["text"] == "这是我们的问题,我马上处理"
    assert data["replies"][0]["moves"] == ["take_responsibility", "offer_solution"]
    assert read_examples(out) == examples


def test_misread_mark_rejects_unknown_moves_and_turns(store):
    sid = store.start_session("a", "s", 0)
    store.record_turn(sid, _turn(1, "hi"))
    with pytest.raises(InputError, match="unknown move 'hug'"):
        store.mark_misread(sid, 1, ["hug"], marked_by="a")
    with pytest.raises(InputError, match="session 999 has no stored turn 1"):
        store.mark_misread(999, 1, ["apology"], marked_by="a")
    with pytest.raises(InputError, match="marked_by"):
        store.mark_misread(sid, 1, ["apology"], marked_by=" ")


def test_hand_labelled_replies_file_reads_as_examples():
    examples = read_examples(ROOT / "scenarios/corpus/labelled_replies.yaml")
    assert len(examples) > 100 and all(e.moves_marked is not None for e in examples)


def test_assignment_moves_from_not_started_to_passed(store):
    _session(store, "小王", "a", 95)  # before the assignment: does not count
    ident = store.assign("a", "小王", TODAY + timedelta(days=3), 85, "李主管")
    [a] = store.assignments("小王", today=TODAY)
    assert (a.id, a.status, a.best_score, a.attempts) == (ident, "not_started", None, 0)
    store.start_session("小王", "a", 1)  # started, unfinished
    assert store.assignments("小王", today=TODAY)[0].status == "in_progress"
    _session(store, "小王", "a", 82)  # passes the scorecard but not the pass mark 85
    [a] = store.assignments("小王", today=TODAY)
    assert (a.status, a.best_score, a.attempts) == ("in_progress", 82, 2)
    _session(store, "小王", "a", 99, copied=(2,))  # a copied reply never passes
    assert store.assignments("小王", today=TODAY)[0].status == "in_progress"
    _session(store, "小王", "a", 88)
    [a] = store.assignments("小王", today=TODAY)
    assert (a.status, a.best_score, a.attempts) == ("passed", 99, 4)
    assert a.passed_at is not None
    # passed stays passed after the due date; others' sessions do not count for 小王
    assert store.assignments("小王", today=TODAY + timedelta(days=30))[0].status == "passed"


def test_assignment_overdue_after_its_due_date(store):
    store.assign("a", "小李", TODAY - timedelta(days=1), 80, "李主管")
    store.assign("b", "小李", TODAY, 80, "李主管")
    _session(store, "小王", "a", 95)  # someone else's pass
    statuses = {a.script_id: a.status for a in store.assignments(today=TODAY)}
    assert statuses == {"a": "overdue", "b": "not_started"}  # due today is not yet overdue


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("a", "x", "2026-12-01", 80, "boss"), '"due" must be a date'),
        (("a", "x", TODAY, 101, "boss"), "between 0 and 100"),
        (("a", "x", TODAY, 80.5, "boss"), "whole number"),
        (("", "x", TODAY, 80, "boss"), "script_id"),
        (("a", "", TODAY, 80, "boss"), "trainee name must not be empty"),
        (("a", "x", TODAY, 80, ""), "assigned_by"),
    ],
)
def test_bad_assignments_are_refused(store, args, message):
    with pytest.raises(InputError, match=message):
        store.assign(*args)
    assert store.assignments() == []


def test_certification_needs_an_exam_pass_of_every_required_script(store):
    _session(store, "小王", "a", 95)  # practice mode: does not count
    _session(store, "小王", "b", 90, mode="exam")
    assert store.certify_if_earned("小王", TODAY, PLAN) is None
    _session(store, "小王", "a", 92, mode="exam", copied=(1,))  # copied: does not count
    _session(store, "小王", "a", 70, mode="exam")  # below the pass mark
    assert store.certify_if_earned("小王", TODAY, PLAN) is None
    assert store.exam_passes("小王", PLAN.certifications[0])["a"] is None
    sid = _session(store, "小王", "a", 81, mode="exam")
    cert = store.certify_if_earned("小王", TODAY, PLAN)
    assert cert is not None
    assert (cert.trainee, cert.certificate, cert.certified_on, cert.scripts) == (
        "小王",
        "basics",
        TODAY,
        ("a", "b"),
    )
    assert cert.sessions[0] == sid
    assert store.certify_if_earned("小王", TODAY + timedelta(days=1), PLAN) is None  # once
    assert store.certifications("小王") == [cert]
    assert store.certifications("小李") == []


def test_exam_practice_finish_records_the_certificate(tmp_path, monkeypatch):
    plan = tmp_path / "certification.yaml"
    plan.write_text(
        "certifications:\n  - id: late\n    name: {zh: 催单}\n"
        "    required_scripts: [late_delivery_angry]\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(certification, "default_plan_path", lambda: plan)
    script = next(s for s in list_scripts() if s.id == "late_delivery_angry")
    replies = yaml.safe_load(
        (ROOT / "tests/roleplay/transcripts/late_delivery_angry_good.yaml").read_text("utf-8")
    )
    replies[0]["text"] = (
        "王女士您好,让您等了这么多天真是对不起,换我也一样着急。我现在就去查这单物流卡在哪一站。"
    )
    with ProgressStore.open(tmp_path / "p.db") as store:
        practice = Practice(store, "小王", script, seed=0, mode="exam")
        for reply in replies:
            if practice.finished:
                break
            practice.reply(reply["text"], reply["elapsed_s"])
        card = practice.finish()
        assert card.passed and card.copied_turns == ()
        assert practice.certification is not None
        assert practice.certification.certified_on == date.today()
        assert store.sessions("小王")[0].mode == "exam"
        assert [c.certificate for c in store.certifications("小王")] == ["late"]


def test_shipped_certification_plan_names_shipped_scripts():
    plan = load_certification_plan()
    ids = {s.id for s in list_scripts()}
    for cert in plan.certifications:
        assert set(cert.required_scripts) <= ids and cert.label("zh") and cert.label("en")


def test_broken_certification_file_is_one_line(tmp_path):
    bad = tmp_path / "c.yaml"
    bad.write_text("certifications:\n  - id: x\n    name: {zh: y}\n    required_scripts: [a, a]\n")
    with pytest.raises(InputError) as info:
        load_certification_plan(bad)
    assert "\n" not in str(info.value)
    assert re.search(
        r"c\.yaml:4: certifications\[0\]\.required_scripts: .*more than once", str(info.value)
    )


def test_history_csv_has_a_bom_and_opens_with_chinese_intact(store, tmp_path):
    _session(store, "小王", "late_delivery_angry", 86)
    store.start_session("小王", "presale_hesitant", 2, mode="exam", handoff="cold")
    _session(store, "Amy", "en_defect_refund", 60)
    out = tmp_path / "history.csv"
    assert store.export_history_csv(out, "小王", lang="zh") == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["学员"] for r in rows] == ["小王", "小王"]
    assert rows[0]["剧本"] == "late_delivery_angry" and rows[0]["总分"] == "86"
    assert rows[0]["共情"] == "17.2" and rows[0]["合规"] == "10" and rows[0]["通过"] == "是"
    assert (rows[1]["模式"], rows[1]["转接"], rows[1]["总分"]) == ("exam", "cold", "")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", rows[0]["开始时间"])
    assert store.export_history_csv(out) == 3  # everyone, English headers
    with out.open(encoding="utf-8-sig", newline="") as fh:
        head = next(csv.reader(fh))
    assert head[:3] == ["session", "trainee", "script"] and "empathy" in head
