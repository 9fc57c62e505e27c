"""The trainer's scorecard, script list and language: evidence → turn, replay, misread marks,
filters, broken scripts, the remembered trainee, zh/en."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gui.app import create_app, set_language
from gui.trainer.window import TrainerWindow
from simulator.roleplay.session import load_transcript
from simulator.roleplay.store import ProgressStore
from tests.gui.helpers import wait_for_reader

ROOT = Path(__file__).resolve().parents[2]
TRANSCRIPTS = ROOT / "tests" / "roleplay" / "transcripts"
SCRIPTS = ROOT / "scenarios" / "roleplay"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def store(tmp_path):
    with ProgressStore.open(tmp_path / "progress.sqlite3") as db:
        yield db


@pytest.fixture
def trainer(qtbot, settings, store):
    set_language(create_app(), "en")
    settings.store.setValue("trainer/typing_ms_per_char", 0)
    window = TrainerWindow(store, settings, trainee="Xiao Li")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_for_reader(qtbot, window)
    yield window
    set_language(create_app(), "en")


def played(window, script_id: str = "late_delivery_angry", kind: str = "bad", mode="practice"):
    """Play a transcript through the chat page's own send path and open the scorecard."""
    window.choose_page.select(script_id)
    window.choose_page.choose()
    window.brief_page.set_mode(mode)
    window.brief_page.start_button.click()
    for text, _seconds in load_transcript(TRANSCRIPTS / f"{script_id}_{kind}.yaml"):
        if window.attempt.finished:
            break
        window.chat_page.reply_box.setPlainText(text)
        window.chat_page.send()
    window.chat_page.scorecard_button.click()
    assert window.current_page() == "scorecard"
    return window.scorecard_page


def test_clicking_the_evidence_highlights_its_turn(trainer, qtbot):
    page = played(trainer)
    line = page.dimensions.lines["no_blame"]  # the blame is in the second reply
    assert line.evidence.turn == 2 and "turn 2" in line.evidence.text()
    assert page.transcript.highlighted_turn() is None
    qtbot.mouseClick(line.evidence, LEFT)
    assert page.transcript.highlighted_turn() == 2
    assert page.transcript.rows[2].highlighted and not page.transcript.rows[1].highlighted


def test_a_compliance_block_is_shown_as_a_block_not_points(trainer):
    page = played(trainer)
    card = trainer.attempt.scorecard
    assert card.blocked and not page.block.isHidden()
    assert "100元" in page.block.text()
    assert page.dimensions.lines["compliance"].points.text() == "Blocks a pass"
    assert "compliance violation" in page.verdict.text()
    assert "¥617" in page.ending.text()  # what the forced refund cost the shop


def test_replay_shows_the_session_turn_by_turn(trainer, qtbot):
    page = played(trainer)
    qtbot.mouseClick(page.replay_button, LEFT)
    assert page.step_label.text() == "Turn 0 of 2"
    assert not page.transcript.rows and not page.prev_button.isEnabled()
    qtbot.mouseClick(page.next_button, LEFT)
    assert list(page.transcript.rows) == [1] and page.transcript.highlighted_turn() == 1
    qtbot.mouseClick(page.next_button, LEFT)
    assert list(page.transcript.rows) == [1, 2] and not page.next_button.isEnabled()
    qtbot.mouseClick(page.prev_button, LEFT)
    assert list(page.transcript.rows) == [1]
    qtbot.mouseClick(page.all_button, LEFT)
    assert list(page.transcript.rows) == [1, 2]


def test_a_misread_mark_is_stored(trainer, qtbot, store):
    page = played(trainer)
    misread = page.transcript.action_buttons[1][0]
    qtbot.mouseClick(misread, LEFT)
    dialog = page.misread_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.moves() == ("mechanical_phrase",)  # ticked as the engine read it
    dialog.set_moves(["greeting", "promise_followup"])
    with qtbot.waitSignal(page.misreadMarked):
        dialog.accept()
    examples = store.misread_examples()
    assert len(examples) == 1
    example = examples[0]
    assert example.session_id == trainer.attempt.session_id and example.turn_index == 1
    assert set(example.moves_marked) == {"greeting", "promise_followup"}
    assert example.marked_by == "Xiao Li"
    assert "turn 1" in page.message.text()


def test_filters_by_language_and_difficulty(trainer):
    page = trainer.choose_page
    by_id = {s.id: s for s in page.scripts}
    page.language.setCurrentIndex(page.language.findData("en"))
    visible = page.visible_scripts()
    assert sorted(visible) == sorted(s.id for s in page.scripts if s.lang == "en")
    page.difficulty.setCurrentIndex(page.difficulty.findData(1))
    visible = page.visible_scripts()
    assert "en_wrong_size_exchange" in visible
    assert all(by_id[s].lang == "en" and by_id[s].difficulty == 1 for s in visible)
    page.language.setCurrentIndex(0)
    page.difficulty.setCurrentIndex(0)
    assert len(page.visible_scripts()) == len(page.scripts)


def test_a_broken_script_is_a_side_note_not_a_crash(qtbot, settings, store, tmp_path):
    folder = tmp_path / "scripts"
    folder.mkdir()
    shutil.copy(SCRIPTS / "late_delivery_angry.yaml", folder)
    (folder / "broken.yaml").write_text("id: broken\ntitle: [unclosed\n", encoding="utf-8")
    window = TrainerWindow(store, settings, trainee="A", scripts_folder=folder)
    qtbot.addWidget(window)
    assert [s.id for s in window.choose_page.scripts] == ["late_delivery_angry"]
    note = window.choose_page.broken_note
    assert not note.isHidden() and "broken.yaml" in note.text()


def test_the_trainee_is_remembered_and_known_trainees_are_offered(qtbot, settings, store):
    first = TrainerWindow(store, settings)
    qtbot.addWidget(first)
    first.choose_page.trainee.setEditText("小王")
    store.start_session("Lin", "late_delivery_angry", 0)
    again = TrainerWindow(store, settings)
    qtbot.addWidget(again)
    combo = again.choose_page.trainee
    assert again.choose_page.current_trainee() == "小王"
    assert {"小王", "Lin"} <= {combo.itemText(i) for i in range(combo.count())}


def test_switching_language_relabels_every_page(trainer, qtbot):
    page = played(trainer)
    trainer.set_language("zh")
    assert trainer.settings.language() == "zh"
    assert trainer.chat_page.send_button.text() == "发送"
    assert trainer.brief_page.start_button.text() == "开始对话"
    assert trainer.choose_page.table.horizontalHeaderItem(4).text() == "最好成绩"
    assert page.replay_button.text() == "逐轮回放"
    assert page.dimensions.lines["empathy"].name.text() == "共情"
    assert page.transcript.action_buttons[1][0].text() == "判断有误…"
    trainer.set_language("en")
    assert trainer.chat_page.send_button.text() == "Send"
    assert page.dimensions.lines["empathy"].name.text() == "Empathy"
    assert page.transcript.action_buttons[1][0].text() == "I was misread…"


def test_an_exam_reply_copied_from_a_model_answer_is_flagged(trainer):
    trainer.choose_page.select("late_delivery_angry")
    trainer.choose_page.choose()
    trainer.brief_page.set_mode("exam")
    trainer.brief_page.start_button.click()
    script = trainer.script
    trainer.chat_page.reply_box.setPlainText(script.node_map[script.start].model_answers[0].text)
    trainer.chat_page.send()
    trainer.chat_page.give_up()
    page = trainer.scorecard_page
    assert trainer.attempt.scorecard.copied_turns == (1,)
    assert not page.notice.isHidden() and "turn 1" in page.notice.text()
    assert all(line.suggestion.isHidden() for line in page.dimensions.lines.values())


def test_open_trainer_opens_the_window_over_a_progress_file(qtbot, settings, tmp_path):
    from gui.trainer.window import open_trainer

    window = open_trainer(settings, db=tmp_path / "p.sqlite3", trainee="Ann")
    qtbot.addWidget(window)
    assert window.store.path == tmp_path / "p.sqlite3"
    assert window.choose_page.current_trainee() == "Ann"
    assert window.current_page() == "choose"
    window.store.close()


def test_a_trainee_with_open_assignments_sees_them_first(qtbot, settings, store):
    from datetime import date, timedelta

    store.assign("late_delivery_angry", "Mei", date.today() + timedelta(days=3), 80, "Boss")
    window = TrainerWindow(store, settings, trainee="Mei")
    qtbot.addWidget(window)
    assert window.current_section() == "assignments"
    script = next(s for s in window.choose_page.scripts if s.id == "late_delivery_angry")
    window.assignments_page.scriptChosen.emit(script)  # as a double-click on the assignment
    assert window.current_section() == "practice" and window.current_page() == "brief"
    assert window.brief_page.script is script
    other = TrainerWindow(store, settings, trainee="Nobody")
    qtbot.addWidget(other)
    assert other.current_section() == "practice" and other.current_page() == "choose"


def test_a_session_that_did_not_serve_the_customer_says_why_it_did_not_pass(trainer):
    """Giving up after one soothing reply: the scorecard names the not-served flag."""
    trainer.choose_page.select("late_delivery_angry")
    trainer.choose_page.choose()
    trainer.brief_page.start_button.click()
    trainer.chat_page.reply_box.setPlainText("王女士您好,真的非常抱歉让您久等了,我理解您的着急")
    trainer.chat_page.send()
    trainer.chat_page.give_up()
    page = trainer.scorecard_page
    assert "not_served" in trainer.attempt.scorecard.flags
    assert not page.notice.isHidden() and "problem was not solved" in page.notice.text()


def test_a_reply_over_the_length_limit_is_kept_and_explained(trainer):
    from simulator.roleplay.limits import MAX_REPLY_CHARS

    trainer.choose_page.select("late_delivery_angry")
    trainer.choose_page.choose()
    trainer.brief_page.start_button.click()
    text = "您好" * (MAX_REPLY_CHARS // 2 + 1)
    trainer.chat_page.reply_box.setPlainText(text)
    trainer.chat_page.send()
    assert trainer.chat_page.reply_box.toPlainText() == text  # nothing lost
    assert trainer.attempt.practice.turn_count == 0
