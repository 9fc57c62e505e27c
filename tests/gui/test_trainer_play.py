"""The trainer window, played by typing: endings, timer, typing pause, KB, exam, try again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from gui.app import create_app, set_language
from gui.trainer.reader_warmup import ReaderWarmup
from gui.trainer.window import TrainerWindow
from simulator.roleplay.script import load_script
from simulator.roleplay.session import load_transcript, replay
from simulator.roleplay.store import ProgressStore
from tests.gui.helpers import wait_for_reader

ROOT = Path(__file__).resolve().parents[2]
TRANSCRIPTS = ROOT / "tests" / "roleplay" / "transcripts"
SCRIPTS = ROOT / "scenarios" / "roleplay"


class FakeClock:
    """A monotonic clock the test moves by hand (the seconds a reply "took")."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(tmp_path):
    with ProgressStore.open(tmp_path / "progress.sqlite3") as db:
        yield db


@pytest.fixture
def trainer(qtbot, settings, store):
    set_language(create_app(), "en")
    settings.store.setValue("trainer/typing_ms_per_char", 0)  # the customer types instantly
    window = TrainerWindow(store, settings, trainee="Xiao Li")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_for_reader(qtbot, window)
    return window


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` as a trainee would: Latin letters as key presses, Chinese as what an
    input method commits (QTest can only press keys with ASCII text)."""
    run = ""
    for ch in text + "\0":
        if ch.isascii() and ch != "\0" and ch != "\n":
            if run and not run[-1].isascii():
                _commit(widget, run)
                run = ""
            run += ch
            continue
        if run and run[-1].isascii():
            qtbot.keyClicks(widget, run)
            run = ""
        if ch == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        elif ch != "\0":
            run += ch
    if run:
        _commit(widget, run)


def _commit(widget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def open_chat(window, qtbot, script_id: str, mode: str = "practice", handoff=None) -> None:
    window.choose_page.select(script_id)
    qtbot.mouseClick(window.choose_page.next_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "brief"
    window.brief_page.set_mode(mode)
    if handoff is not None:
        assert window.brief_page.warm.isVisibleTo(window.brief_page)
        window.brief_page.set_handoff(handoff)
    qtbot.mouseClick(window.brief_page.start_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "chat"
    qtbot.waitUntil(lambda: window.chat_page.ready or window.attempt.finished)


def type_reply(window, qtbot, text: str, seconds: float = 0.0, clock: FakeClock | None = None):
    box = window.chat_page.reply_box
    type_text(qtbot, box, text)
    if clock is not None:
        clock.now += seconds
    qtbot.keyClick(box, Qt.Key.Key_Return)


def play(window, qtbot, replies, clock: FakeClock | None = None) -> None:
    """Type each reply (text, seconds) until the session ends, then open the scorecard
    (through "End and score" when the replies run out first)."""
    for text, seconds in replies:
        if window.attempt.finished:
            break
        qtbot.waitUntil(lambda: window.chat_page.ready)
        type_reply(window, qtbot, text, seconds, clock)
    if window.attempt.finished:
        qtbot.waitUntil(lambda: window.chat_page.scorecard_button.isVisible())
        qtbot.mouseClick(window.chat_page.scorecard_button, Qt.MouseButton.LeftButton)
    else:  # the replies ran out before an ending: stop and score
        qtbot.waitUntil(lambda: window.chat_page.ready)
        qtbot.mouseClick(window.chat_page.give_up_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "scorecard"


@pytest.mark.parametrize(
    ("script_id", "kind", "ending"),
    [
        ("late_delivery_angry", "good", "resolved_happy"),
        ("late_delivery_angry", "bad", "refund_forced"),
        ("en_wrong_size_exchange", "good", "resolved_happy"),
        # (whether "要看您怎么用,具体以实际为准" reads as putting it on her moves with the corpus:
        # she leaves, or leaves angry enough to write a bad review; either fails the trainee)
        ("battery_life_repeat", "bad", ("bad_review", "customer_left")),
        ("bad_review_threat", "bad", "bad_review"),
        ("compensation_above_authority", "escalated", "escalated_to_supervisor"),
    ],
)
def test_typing_a_transcript_reaches_its_ending(trainer, qtbot, store, script_id, kind, ending):
    clock = FakeClock()
    trainer.chat_page.clock.clock = clock
    name = f"{script_id}_{kind}.yaml"
    folder = TRANSCRIPTS if (TRANSCRIPTS / name).exists() else Path(__file__).parent / "data"
    replies = load_transcript(folder / name)
    open_chat(trainer, qtbot, script_id)
    play(trainer, qtbot, replies, clock)
    card = trainer.attempt.scorecard
    assert card.ending in (ending if isinstance(ending, tuple) else (ending,))
    expected = replay(
        load_script(SCRIPTS / f"{script_id}.yaml"), replies, seed=trainer.attempt.seed
    )
    assert card.ending == expected.ending  # the window reached the replay's own ending
    assert card.total == expected.total  # the window passed the same words and seconds
    assert [t.elapsed_s for t in card.turns] == [s for _, s in replies][: len(card.turns)]
    if kind in ("good", "bad"):  # whether an escalation may pass is the scorer's rule
        assert card.passed == (kind == "good")
    session = store.sessions("Xiao Li")[-1]
    assert session.ending == card.ending and session.n_turns == len(card.turns)
    page = trainer.scorecard_page
    assert page.total.text().startswith(f"{card.total} ")
    assert page.block.isVisible() == card.blocked
    trainer.back_to_scripts()
    row = next(
        r
        for r in range(trainer.choose_page.table.rowCount())
        if trainer.choose_page._script_at(r).id == script_id
    )
    assert trainer.choose_page.table.item(row, 4).text() == str(card.total)
    assert trainer.choose_page.table.item(row, 5).text() == "1"


def test_enter_sends_and_shift_enter_starts_a_new_line(trainer, qtbot):
    open_chat(trainer, qtbot, "late_delivery_angry")
    box = trainer.chat_page.reply_box
    type_text(qtbot, box, "王女士您好")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, box, "真的非常抱歉")
    assert box.toPlainText() == "王女士您好\n真的非常抱歉"
    assert trainer.attempt.replies == []
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert [r.text for r in trainer.attempt.replies] == ["王女士您好\n真的非常抱歉"]
    assert box.toPlainText() == ""


def test_the_response_timer_ticks_while_typing_and_its_seconds_are_played(trainer, qtbot):
    open_chat(trainer, qtbot, "late_delivery_angry")
    chat = trainer.chat_page
    assert chat.clock.running and chat.clock.timer.interval() == 100  # 10 Hz
    first = chat.timer_label.text()
    type_text(qtbot, chat.reply_box, "Wang, I am so sorry")
    qtbot.waitUntil(lambda: chat.timer_label.text() != first, timeout=5000)
    assert chat.reply_box.toPlainText()  # the label moved while the text was being typed
    qtbot.waitUntil(lambda: chat.clock.elapsed() > 0.15, timeout=5000)
    qtbot.keyClick(chat.reply_box, Qt.Key.Key_Return)
    assert trainer.attempt.replies[0].elapsed_s > 0.15
    assert not chat.clock.running or chat.clock.elapsed() < 0.15  # restarted for the next line


def test_the_customer_types_before_each_line(trainer, qtbot):
    chat = trainer.chat_page
    chat.ms_per_char, chat.cap_ms = 0.5, 420  # short but real pauses
    open_chat(trainer, qtbot, "late_delivery_angry")
    assert chat.ready and chat.chat.typing is None
    type_reply(trainer, qtbot, "王女士您好,真的非常抱歉让您等了这么久,换成我也会着急的。")
    assert not chat.ready and chat.chat.typing is not None
    assert "typing" in chat.chat.typing.text()
    assert trainer.chat_page.send_button.isEnabled()  # the box stays usable; Enter waits
    qtbot.keyClicks(chat.reply_box, "x")
    qtbot.keyClick(chat.reply_box, Qt.Key.Key_Return)
    assert len(trainer.attempt.replies) == 1
    qtbot.waitUntil(lambda: chat.ready, timeout=5000)
    assert chat.chat.typing is None
    assert chat.chat.bubbles[-1].role == "customer"


def test_a_knowledge_base_answer_goes_into_the_reply(trainer, qtbot):
    open_chat(trainer, qtbot, "late_delivery_angry")
    chat = trainer.chat_page
    type_text(qtbot, chat.reply_box, "您好,")
    type_text(qtbot, chat.kb_panel.search, "退货运费")
    assert chat.kb_panel.hits.count() > 0
    entry = chat.kb_panel.current_entry()
    assert entry.lang == "zh"
    qtbot.mouseClick(chat.kb_panel.insert_button, Qt.MouseButton.LeftButton)
    assert chat.reply_box.toPlainText() == "您好," + entry.answer


@pytest.mark.parametrize("mode", ["practice", "exam"])
def test_exam_mode_hides_hints_and_model_answers(trainer, qtbot, mode):
    clock = FakeClock()
    trainer.chat_page.clock.clock = clock
    open_chat(trainer, qtbot, "late_delivery_angry", mode=mode)
    label = trainer.chat_page.timer_label.text()
    assert ("Time left 30.0 s" in label) == (mode == "exam")  # the script's first-reply limit
    clock.now += 40
    trainer.chat_page._show_time(trainer.chat_page.clock.elapsed())
    assert ("Over time by 10.0 s" in trainer.chat_page.timer_label.text()) == (mode == "exam")
    clock.now -= 40
    play(trainer, qtbot, load_transcript(TRANSCRIPTS / "late_delivery_angry_bad.yaml"), clock)
    hints = [b for b in trainer.chat_page.chat.bubbles if b.role == "hint"]
    assert bool(hints) == (mode == "practice")
    assert trainer.attempt.mode == mode
    page = trainer.scorecard_page
    shown = [line for line in page.dimensions.lines.values() if not line.suggestion.isHidden()]
    assert bool(shown) == (mode == "practice")
    assert bool([b for b in page.transcript.bubbles if b.role == "hint"]) == (mode == "practice")


def test_try_again_from_turn_n_replays_then_continues_live(trainer, qtbot, store):
    bad = load_transcript(TRANSCRIPTS / "late_delivery_angry_bad.yaml")
    good = load_transcript(TRANSCRIPTS / "late_delivery_angry_good.yaml")
    open_chat(trainer, qtbot, "late_delivery_angry")
    play(trainer, qtbot, bad)
    first = trainer.attempt
    retry = trainer.scorecard_page.transcript.action_buttons[2][1]
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    assert trainer.current_page() == "chat"
    again = trainer.attempt
    assert again is not first and again.seed == first.seed
    assert [r.text for r in again.replies] == [bad[0][0]]
    assert again.results[0].customer_lines == first.results[0].customer_lines
    assert any(bad[1][0] in b.text() for b in trainer.chat_page.chat.bubbles if b.role == "note")
    qtbot.waitUntil(lambda: trainer.chat_page.ready)
    type_reply(trainer, qtbot, good[0][0])
    assert [r.text for r in again.replies] == [bad[0][0], good[0][0]]
    assert len(store.sessions("Xiao Li")) == 2
    assert store.turns(again.session_id)[1]["trainee_text"] == good[0][0]


def test_a_chat_from_the_bot_shows_its_transcript_warm_and_hides_it_cold(trainer, qtbot):
    script_id = "handoff_parcel_stuck"
    good = load_transcript(TRANSCRIPTS / f"{script_id}_good.yaml")
    totals = {}
    for handoff in ("warm", "cold"):
        open_chat(trainer, qtbot, script_id, handoff=handoff)
        chat = trainer.chat_page
        assert trainer.attempt.handoff == handoff
        bot = [b for b in chat.chat.bubbles if b.role == "bot"]
        assert bool(bot) == (handoff == "warm")
        assert chat.handoff_card.isVisibleTo(chat) == (handoff == "warm")
        play(trainer, qtbot, good)
        totals[handoff] = trainer.attempt.scorecard.total
        trainer.back_to_scripts()
    assert totals["warm"] > totals["cold"]  # the context helps only when it is shown


def test_asking_again_after_a_warm_handoff_angers_the_customer(trainer, qtbot):
    script_id = "handoff_parcel_stuck"
    bad = load_transcript(TRANSCRIPTS / f"{script_id}_bad.yaml")
    open_chat(trainer, qtbot, script_id, handoff="warm")
    before = trainer.attempt.practice.anger
    type_reply(trainer, qtbot, bad[0][0])
    qtbot.waitUntil(lambda: trainer.chat_page.ready or trainer.attempt.finished)
    assert trainer.attempt.practice.anger > before
    assert trainer.chat_page.anger.anger == trainer.attempt.practice.anger


def test_a_cold_handoff_played_well_ends_resolved_neutral(trainer, qtbot):
    """The sixth kind of ending, typed into the window: a cold handoff resolved in more rounds."""
    script_id = "en_handoff_wrong_colour"
    replies = load_transcript(TRANSCRIPTS / f"{script_id}_cold.yaml")
    open_chat(trainer, qtbot, script_id, handoff="cold")
    play(trainer, qtbot, replies)
    assert trainer.attempt.scorecard.ending == "resolved_neutral"


class StalledWarmup(ReaderWarmup):
    """A warm-up that readies nothing until the test marks a language ready."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.asked: list[str] = []

    def need(self, lang: str) -> None:
        self.asked.append(lang)


def held_chat(trainer, qtbot, text: str) -> StalledWarmup:
    """Open a chat whose reader is not ready and send ``text``: it is held."""
    stalled = StalledWarmup(trainer)
    trainer.chat_page.set_warmup(stalled)
    open_chat(trainer, qtbot, "late_delivery_angry")
    type_reply(trainer, qtbot, text)
    return stalled


def test_a_reply_sent_before_the_reader_is_ready_is_held_then_played(trainer, qtbot):
    text = "王女士您好,真的非常抱歉让您等了这么久"
    stalled = held_chat(trainer, qtbot, text)
    chat = trainer.chat_page
    assert "zh" in stalled.asked  # the chat asked for its script's language
    assert trainer.attempt.replies == []  # held, not read on the UI thread
    assert chat.reply_box.toPlainText() and not chat.reply_box.isEnabled()
    assert not chat.send_button.isEnabled()
    assert "first use" in chat.chat.typing.text()
    set_language(create_app(), "zh")  # relabelling keeps saying why the reply waits
    assert "首次" in chat.chat.typing.text()
    set_language(create_app(), "en")
    stalled.ready.emit("en")  # another language: still held
    assert trainer.attempt.replies == []
    with qtbot.waitSignal(stalled.ready):
        stalled._mark("zh")
    assert [r.text for r in trainer.attempt.replies] == [text]
    assert chat.reply_box.isEnabled() and chat.reply_box.toPlainText() == ""
    qtbot.waitUntil(lambda: chat.ready or trainer.attempt.finished)


def test_ending_the_chat_while_a_reply_is_held_drops_it(trainer, qtbot):
    stalled = held_chat(trainer, qtbot, "王女士您好")
    qtbot.mouseClick(trainer.chat_page.give_up_button, Qt.MouseButton.LeftButton)
    assert trainer.current_page() == "scorecard"
    stalled._mark("zh")  # no reply to an ended session, no error in the event loop
    assert trainer.attempt.replies == [] and trainer.attempt.finished


def test_the_reader_warms_up_off_the_ui_thread(qtbot, monkeypatch):
    import threading

    from gui.trainer import reader_warmup

    threads = []
    monkeypatch.setattr(
        reader_warmup, "ready_to_read", lambda lang: threads.append(threading.get_ident())
    )
    warmup = ReaderWarmup()
    warmup.need("zh")
    warmup.need("en")
    warmup.need("zh")  # asked twice: readied once
    qtbot.waitUntil(lambda: warmup.is_ready("zh") and warmup.is_ready("en"), timeout=10_000)
    assert warmup.is_ready("zh") and warmup.is_ready("en")
    assert len(threads) == 2 and threading.get_ident() not in threads


def test_a_reader_that_cannot_be_trained_says_so_and_lets_replies_through(qtbot, monkeypatch):
    from gui.trainer import reader_warmup

    def broken(lang):
        raise ValueError("scenarios/corpus/x.yaml, line 3: moves: unknown move 'hug'")

    monkeypatch.setattr(reader_warmup, "ready_to_read", broken)
    warmup = ReaderWarmup()
    with qtbot.waitSignal(warmup.failed, timeout=10_000) as failed:
        warmup.need("en")
    assert "line 3" in failed.args[0]
    qtbot.waitUntil(lambda: warmup.is_ready("en"))
