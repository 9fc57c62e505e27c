"""The chat: bubbles, the customer "typing…", the reply box, the response timer, the anger
band, the order card, the knowledge-base panel and (practice mode only) coaching hints.

Classification and scoring take milliseconds, so :meth:`ChatPage.send` calls the engine on the
UI thread once the reader is ready (:mod:`gui.trainer.reader_warmup` readies it off that
thread; a reply sent before that is held and played when it is). The customer's lines arrive
one by one after a "typing…" pause proportional to their length (``ms_per_char``, capped at
``cap_ms``; 0 shows them at once, as tests do).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.app import current_language
from gui.trainer.anger import AngerBand
from gui.trainer.attempt import Attempt
from gui.trainer.bubbles import ChatView
from gui.trainer.cards import HandoffCard, OrderCard
from gui.trainer.kb_panel import KbPanel
from gui.trainer.reader_warmup import ReaderWarmup
from gui.trainer.reply_box import ReplyBox, ResponseClock, typing_delay_ms
from simulator.roleplay.limits import MAX_REPLY_CHARS
from simulator.roleplay.names import ending_name
from simulator.roleplay.practice import TurnResult

__all__ = ["ChatPage"]

MS_PER_CHAR = 60.0
CAP_MS = 2500


class ChatPage(QWidget):
    """Plays one :class:`Attempt` with the trainee; emits :attr:`scorecardRequested` at the end."""

    scorecardRequested = Signal()  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attempt: Attempt | None = None
        self.ms_per_char = MS_PER_CHAR
        self.cap_ms = CAP_MS
        self.ready = False  # the customer has finished typing; a reply may be sent
        self._pending: list[str] = []
        self._retry_note: str | None = None
        self.warmup: ReaderWarmup | None = None  # None: the reader is read at first use
        self._held: tuple[str, float] | None = None  # a reply waiting for the reader
        self.clock = ResponseClock(parent=self)
        self.clock.ticked.connect(self._show_time)
        self.typing_timer = QTimer(self)
        self.typing_timer.setSingleShot(True)
        self.typing_timer.timeout.connect(self._deliver_line)

        self.customer = QLabel(self)
        self.customer.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.mode_badge = QLabel(self)
        self.mode_badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.mood_label = QLabel(self)
        self.anger = AngerBand(self)
        self.anger.setFixedHeight(10)
        self.anger.setMinimumWidth(140)
        self.timer_label = QLabel(self)
        self.timer_label.setMinimumWidth(150)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(self.customer)
        header.addWidget(self.mode_badge)
        header.addStretch(1)
        header.addWidget(self.mood_label)
        header.addWidget(self.anger)
        header.addSpacing(16)
        header.addWidget(self.timer_label)

        self.chat = ChatView(parent=self)
        self.reply_box = ReplyBox(self)
        self.reply_box.setFixedHeight(84)
        self.reply_box.sendRequested.connect(self.send)
        self.send_button = QPushButton(self)
        self.send_button.clicked.connect(self.send)
        self.give_up_button = QPushButton(self)
        self.give_up_button.clicked.connect(self.give_up)
        self.scorecard_button = QPushButton(self)
        self.scorecard_button.setDefault(True)
        self.scorecard_button.hide()
        self.scorecard_button.clicked.connect(self.scorecardRequested.emit)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.give_up_button)
        buttons.addStretch(1)
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_box, 1)
        reply_row.addLayout(buttons)

        centre = QWidget(self)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.chat, 1)
        column.addWidget(self.scorecard_button)
        column.addLayout(reply_row)

        self.handoff_card = HandoffCard(self)
        self.order_card = OrderCard(self)
        self.kb_panel = KbPanel(parent=self)
        self.kb_panel.insertRequested.connect(self.reply_box.insert_answer)
        side = QWidget(self)
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.addWidget(self.handoff_card)
        side_column.addWidget(self.order_card)
        side_column.addWidget(self.kb_panel, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(centre)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 330])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def set_warmup(self, warmup: ReaderWarmup) -> None:
        """Hold replies until ``warmup`` says the script's language can be read."""
        self.warmup = warmup
        warmup.ready.connect(self._reader_ready)

    # -- starting ----------------------------------------------------------------------------
    def start(self, attempt: Attempt, retry_of: str | None = None) -> None:
        """Show ``attempt`` from its opening (and any replies it already replayed)."""
        self.attempt = attempt
        self._held = None
        if self.warmup is not None:
            self.warmup.need(attempt.script.lang)
        self.typing_timer.stop()
        self.clock.stop()
        self.chat.clear()
        self.reply_box.clear()
        self.reply_box.setEnabled(True)
        self.give_up_button.setEnabled(True)
        self.scorecard_button.hide()
        self.order_card.show_script(attempt.script)
        self.handoff_card.show_context(attempt.practice.handoff_context)
        self.kb_panel.set_language(attempt.script.lang)
        self.anger.set_anger(attempt.practice.anger, attempt.practice.anger_max)
        self._retry_note = retry_of
        self.retranslate()
        self._show_handoff(attempt)
        replayed = attempt.results
        if replayed:
            for line in attempt.opening_lines():
                self.chat.add_customer(line)
            for played, result in zip(attempt.replies, replayed, strict=True):
                self._show_reply(played.text, result)
                for line in result.customer_lines:
                    self.chat.add_customer(line)
            self.chat.add_note(
                self.tr("Try again from turn {n}. Last time you wrote: {text}").format(
                    n=len(replayed) + 1, text=retry_of or ""
                )
            )
            self._queue([])
        else:
            self._queue(list(attempt.opening_lines()))
        self.reply_box.setFocus()

    def _show_handoff(self, attempt: Attempt) -> None:
        """A chat from the bot: warm shows the bot conversation, cold only says it happened."""
        if attempt.handoff == "none":
            return
        context = attempt.practice.handoff_context
        if context is None:  # cold
            self.chat.add_note(
                self.tr("The bot handed this chat to you. Its transcript is not shown (cold).")
            )
            return
        self.chat.add_note(self.tr("The bot's conversation before the handoff"))
        for message in context.transcript:
            if message.who == "bot":
                self.chat.add_bot(message.text)
            else:
                self.chat.add_customer(message.text)
        reason = context.reason or "—"
        self.chat.add_note(self.tr("Handed to you: {reason}").format(reason=reason))

    # -- playing -----------------------------------------------------------------------------
    def send(self) -> None:
        """Send the reply box's text (Enter): time it, play it, show what the customer says."""
        text = self.reply_box.toPlainText().strip()
        if self.attempt is None or not self.ready or not text or self.attempt.finished:
            return
        if len(text) > MAX_REPLY_CHARS:  # the engine refuses it: say so, keep the text
            self.chat.add_note(
                self.tr("A reply is at most {n} characters; send it as shorter messages.").format(
                    n=f"{MAX_REPLY_CHARS:,}"
                )
            )
            return
        elapsed = self.clock.stop()
        self.ready = False
        lang = self.attempt.script.lang
        if self.warmup is not None and not self.warmup.is_ready(lang):
            self._held = (text, elapsed)  # played by _reader_ready; the text stays in the box
            self.reply_box.setEnabled(False)
            self.send_button.setEnabled(False)
            self.chat.set_typing(self._getting_ready())
            self.warmup.need(lang)
            return
        self._play(text, elapsed)

    def _reader_ready(self, lang: str) -> None:
        attempt = self.attempt
        if self._held is None or attempt is None or attempt.script.lang != lang:
            return
        if attempt.finished:  # ended meanwhile (a retry or restart clears _held itself)
            self._held = None
            return
        text, elapsed = self._held
        self._held = None
        self.chat.set_typing(None)
        self.reply_box.setEnabled(True)
        self._play(text, elapsed)

    def _play(self, text: str, elapsed: float) -> None:
        """Play one reply timed ``elapsed`` seconds and show what the customer says."""
        assert self.attempt is not None
        self.reply_box.clear()
        result = self.attempt.reply(text, elapsed)
        self._show_reply(text, result)
        self.anger.set_anger(result.anger)
        self._queue(list(result.customer_lines))

    def give_up(self) -> None:
        """End the session now (it is scored as the customer leaving) and show the scorecard."""
        if self.attempt is None:
            return
        self.typing_timer.stop()
        self._pending.clear()
        self._held = None  # a reply waiting for the reader is not played after the end
        self.chat.set_typing(None)
        self.clock.stop()
        self.ready = False
        self.scorecardRequested.emit()

    def _show_reply(self, text: str, result: TurnResult) -> None:
        self.chat.add_trainee(text, result.index)
        if result.hint and self.attempt is not None and self.attempt.mode == "practice":
            self.chat.add_note(self.tr("Coach: {hint}").format(hint=result.hint), role="hint")

    def _queue(self, lines: list[str]) -> None:
        self._pending = lines
        self._next_line()

    def _next_line(self) -> None:
        if not self._pending:
            self.chat.set_typing(None)
            self._ready_or_ended()
            return
        delay = typing_delay_ms(self._pending[0], self.ms_per_char, self.cap_ms)
        if delay <= 0:
            self._deliver_line()
            return
        self.chat.set_typing(self.tr("{name} is typing…").format(name=self._customer_name()))
        self.typing_timer.start(delay)

    def _deliver_line(self) -> None:
        if self._pending:
            self.chat.set_typing(None)
            self.chat.add_customer(self._pending.pop(0))
        self._next_line()

    def _ready_or_ended(self) -> None:
        attempt = self.attempt
        if attempt is None:
            return
        if attempt.finished:
            self.ready = False
            self.reply_box.setEnabled(False)
            self.send_button.setEnabled(False)
            self.give_up_button.setEnabled(False)
            ending = ending_name(attempt.practice.ending or "", current_language())
            self.chat.add_note(
                self.tr("The conversation has ended: {ending}.").format(ending=ending)
            )
            self.scorecard_button.show()
            self.scorecard_button.setFocus()
            self._show_time(self.clock.elapsed())
            return
        self.ready = True
        self.send_button.setEnabled(True)
        self.clock.start()

    # -- the timer ---------------------------------------------------------------------------
    def time_limit(self) -> float | None:
        """Seconds allowed for the reply being typed (the script's timing)."""
        if self.attempt is None:
            return None
        timing = self.attempt.script.timing
        return timing.first_reply_s if not self.attempt.replies else timing.reply_s

    def _show_time(self, elapsed: float) -> None:
        limit = self.time_limit()
        late = limit is not None and elapsed > limit
        if self.attempt is not None and self.attempt.mode == "exam" and limit is not None:
            left = limit - elapsed
            text = (
                self.tr("Time left {s:.1f} s").format(s=left)
                if left >= 0
                else self.tr("Over time by {s:.1f} s").format(s=-left)
            )
        else:
            text = self.tr("Reply time {s:.1f} s").format(s=elapsed)
        self.timer_label.setText(text)
        colour = "#c62828" if late else "#2b3440"
        self.timer_label.setStyleSheet(f"color: {colour}; font-weight: bold;")

    # -- labels ------------------------------------------------------------------------------
    def _customer_name(self) -> str:
        return self.attempt.script.persona.name if self.attempt is not None else ""

    def _getting_ready(self) -> str:
        return self.tr("Getting ready to read your reply (only on first use)…")

    def retranslate(self) -> None:
        self.send_button.setText(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Enter sends, Shift+Enter starts a new line"))
        self.give_up_button.setText(self.tr("End and score"))
        self.give_up_button.setToolTip(
            self.tr("Stop here: the session is scored as the customer leaving")
        )
        self.scorecard_button.setText(self.tr("See your scorecard"))
        self.reply_box.setPlaceholderText(
            self.tr("Type your reply. Enter sends, Shift+Enter starts a new line.")
        )
        self.mood_label.setText(self.tr("Mood"))
        self.anger.setStatusTip(self.tr("The customer's anger: green calm, red furious"))
        if self.attempt is not None:
            persona = self.attempt.script.persona
            self.customer.setText(f"{persona.name} · {persona.vip_tier}")
            exam = self.attempt.mode == "exam"
            self.mode_badge.setText(self.tr("Exam") if exam else self.tr("Practice"))
            self.mode_badge.setStyleSheet(
                "padding: 1px 6px; border-radius: 4px; color: white; background: "
                + ("#8e2430;" if exam else "#2e7d32;")
            )
            if self._held is not None:
                self.chat.set_typing(self._getting_ready())
            elif self.chat.typing is not None:
                self.chat.set_typing(self.tr("{name} is typing…").format(name=persona.name))
        self._show_time(self.clock.elapsed())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
