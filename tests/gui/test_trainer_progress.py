"""The trainer's progress and assignments pages: data shown, chart, assigning, export, zh/en."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QDate, Qt

from gui.app import create_app, set_language
from gui.i18n.build import HERE
from gui.trainer.assignments_page import AssignmentsPage
from gui.trainer.progress_page import ProgressPage
from simulator.roleplay.certification import CertificationPlan
from simulator.roleplay.names import dimension_name
from simulator.roleplay.practice import Practice
from simulator.roleplay.script import list_scripts
from simulator.roleplay.store import ProgressStore

ROOT = Path(__file__).resolve().parents[2]
TRANSCRIPTS = ROOT / "tests" / "roleplay" / "transcripts"
OWN_WORDS = "王女士您好,让您等了这么多天真是对不起,换我也一样着急。我现在就去查这单物流卡在哪一站。"
CONTEXTS = ("ProgressPage", "AssignmentsPage", "HistoryExport")
PLAN = CertificationPlan.model_validate(
    {
        "certifications": [
            {
                "id": "late",
                "name": {"zh": "催单认证", "en": "Late parcels"},
                "required_scripts": ["late_delivery_angry"],
            }
        ]
    }
)


@pytest.fixture(scope="module")
def scripts():
    return list_scripts()


def _replies(name: str, own_words: bool = False) -> list[dict]:
    replies = yaml.safe_load((TRANSCRIPTS / f"{name}.yaml").read_text(encoding="utf-8"))
    if own_words:
        replies[0]["text"] = OWN_WORDS
    return replies


def _play(store, scripts, trainee, script_id, replies, mode="practice") -> None:
    script = next(s for s in scripts if s.id == script_id)
    practice = Practice(store, trainee, script, seed=0, mode=mode)
    for reply in replies:
        if practice.finished:
            break
        practice.reply(reply["text"], reply["elapsed_s"])
    practice.finish()


@pytest.fixture
def store(tmp_path, scripts):
    with ProgressStore.open(tmp_path / "p.sqlite3") as store:
        bad = _replies("late_delivery_angry_bad")
        for replies in (bad, _replies("late_delivery_angry_good", own_words=True), bad):
            _play(store, scripts, "小王", "late_delivery_angry", replies)
        _play(store, scripts, "小李", "presale_hesitant", _replies("presale_hesitant_bad"))
        yield store


@pytest.fixture
def english(qapp):
    """The app in English (tests that switch to Chinese switch back themselves: switching at
    teardown would re-label pages whose store is already closed)."""
    app = create_app()
    set_language(app, "en")
    return app


def test_progress_page_shows_the_chart_weakest_skills_and_recommendations(
    qtbot, english, store, scripts
):
    page = ProgressPage(store, scripts, "小王", plan=PLAN)
    qtbot.addWidget(page)
    page.show()
    assert page.trainee == "小王"
    # one panel per dimension plus the total, each with the three sessions
    axes = page.figure.axes
    assert len(axes) == 8 and axes[-1].get_title() == "total"
    totals = [s.total for s in store.sessions("小王")]
    assert list(axes[-1].lines[0].get_ydata()) == totals
    assert "3 session(s)" in page.summary.text()
    weakest = store.weakest_skills("小王", n=3)
    assert [dimension_name(w.dimension, "en") in page.weak_label.text() for w in weakest] == [
        True
    ] * len(weakest)
    role = Qt.ItemDataRole.UserRole
    recommended = [page.next_list.item(i).data(role) for i in range(page.next_list.count())]
    assert recommended and "late_delivery_angry" not in recommended  # passed already
    assert all(next(s for s in scripts if s.id == r).lang == "zh" for r in recommended)
    with qtbot.waitSignal(page.scriptChosen) as chosen:
        page.next_list.itemActivated.emit(page.next_list.item(0))
    assert chosen.args[0].id == recommended[0]
    assert "0 of 1 scripts passed in exam mode" in page.cert_label.text()
    page.trainee_box.setCurrentText("小李")
    assert "1 session(s)" in page.summary.text()


def test_exam_pass_shows_the_certificate_with_its_date(qtbot, english, store, scripts):
    _play(
        store,
        scripts,
        "小王",
        "late_delivery_angry",
        _replies("late_delivery_angry_good", own_words=True),
        mode="exam",
    )
    assert store.certify_if_earned("小王", date(2026, 11, 30), PLAN) is not None
    page = ProgressPage(store, scripts, "小王", plan=PLAN)
    qtbot.addWidget(page)
    assert "certified on 2026-11-30" in page.cert_label.text()
    assert "1 exam(s)" in page.summary.text()


def test_progress_page_without_sessions_says_so(qtbot, english, tmp_path, scripts):
    with ProgressStore.open(tmp_path / "empty.db") as empty:
        page = ProgressPage(empty, scripts, None, plan=PLAN)
        qtbot.addWidget(page)
        assert page.summary.text() == "No finished session yet"
        assert page.next_list.count() == 0


def test_assignment_made_in_the_page_moves_to_passed(qtbot, english, store, scripts):
    page = AssignmentsPage(store, scripts, "小王")
    qtbot.addWidget(page)
    page.show()
    page.script_box.setCurrentIndex(page.script_box.findData("late_delivery_angry"))
    page.trainee_box.setCurrentText("小王")
    page.due_edit.setDate(QDate.currentDate().addDays(3))
    page.mark_spin.setValue(85)
    page.by_edit.setText("李主管")
    with qtbot.waitSignal(page.assignmentAdded):
        page.assign_button.click()
    yesterday = date.today() - timedelta(days=1)
    store.assign("presale_hesitant", "小李", yesterday, 80, "李主管")
    page.refresh()
    assert page.status_counts() == {"not_started": 1, "in_progress": 0, "overdue": 1, "passed": 0}
    assert page.mine_table.rowCount() == 1 and page.mine_table.isVisibleTo(page)
    assert page.team_table.item(0, 0).text() == "小王"  # the trainee's own first
    assert "Overdue: 1" in page.counts.text()
    status_col = 3  # script, due, pass mark, status
    assert page.mine_table.item(0, status_col).text() == "Not started"
    _play(store, scripts, "小王", "late_delivery_angry", _replies("late_delivery_angry_bad"))
    page.refresh()
    assert page.mine_table.item(0, status_col).text() == "In progress"
    good = _replies("late_delivery_angry_good", own_words=True)
    _play(store, scripts, "小王", "late_delivery_angry", good)
    page.refresh()
    assert page.mine_table.item(0, status_col).text() == "Passed"
    assert page.status_counts()["passed"] == 1
    page.filter_box.setCurrentIndex(page.filter_box.findData("overdue"))
    assert page.team_table.rowCount() == 1 and page.team_table.item(0, 0).text() == "小李"


def test_bad_assignment_shows_one_line(qtbot, english, store, scripts):
    page = AssignmentsPage(store, scripts, None)
    qtbot.addWidget(page)
    page.trainee_box.setCurrentText("小王")
    page.by_edit.setText("")
    assert page.assign() is None
    assert "assigned_by" in page.form_error.text() and store.assignments() == []


def test_export_button_writes_a_bom_csv(qtbot, english, store, scripts, tmp_path):
    page = ProgressPage(store, scripts, "小王", plan=PLAN)
    qtbot.addWidget(page)
    target = tmp_path / "out.csv"
    page.export.ask_path = lambda suggested: str(target)
    page.export.button.click()
    assert target.read_bytes()[:3] == b"\xef\xbb\xbf"
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["trainee"] for r in rows] == ["小王"] * 3
    assert "3 session(s) written" in page.export.result.text()


def test_pages_switch_language(qtbot, english, store, scripts):
    progress = ProgressPage(store, scripts, "小王", plan=PLAN)
    assignments = AssignmentsPage(store, scripts, "小王")
    qtbot.addWidget(progress)
    qtbot.addWidget(assignments)
    progress.show()
    assignments.show()
    assert progress.weak_box.title() == "Weakest skills"
    assert assignments.team_box.title() == "Team"
    set_language(english, "zh")
    assert progress.weak_box.title() == "最弱的技能"
    assert progress.figure.axes[0].get_title() == "共情"
    assert assignments.team_box.title() == "团队"
    assert assignments.assign_button.text() == "布置"
    assert progress.export.button.text() == "导出 CSV…"
    set_language(english, "en")
    assert progress.figure.axes[0].get_title() == "empathy"
    assert assignments.assign_button.text() == "Assign"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_string_is_translated(lang):
    import xml.etree.ElementTree as ET

    tree = ET.parse(HERE / f"kefulab_{lang}.ts")
    found = [
        m
        for context in tree.iter("context")
        if context.findtext("name") in CONTEXTS
        for m in context.iter("message")
    ]
    assert len(found) > 40
    missing = [
        m.findtext("source")
        for m in found
        if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")
    ]
    assert not missing, missing
