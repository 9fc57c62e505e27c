"""The scorecard: total and pass/fail with the reason apart from the score, the rubric lines,
the anger curve, the ending and what it cost the shop, and the transcript — replayed turn by
turn, with "try again from here" and "I was misread" on every reply."""

from __future__ import annotations

from html import escape

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.app import current_language
from gui.trainer.anger_chart import anger_figure
from gui.trainer.attempt import Attempt
from gui.trainer.bubbles import ChatView
from gui.trainer.dimensions import DimensionView
from gui.trainer.misread import MisreadDialog
from simulator.roleplay.names import ending_name
from simulator.roleplay.scoring import PASS_MARK

__all__ = ["ScorecardPage"]


class ScorecardPage(QWidget):
    """Shows the scorecard of a finished :class:`Attempt`."""

    retryRequested = Signal(int)  # noqa: N815 (Qt signal naming) — try again from turn N
    againRequested = Signal()  # noqa: N815 — the same script from the start
    chooseRequested = Signal()  # noqa: N815 — another script
    misreadMarked = Signal(int, tuple)  # noqa: N815 — turn, moves (after the store took them)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attempt: Attempt | None = None
        self.replay_step: int | None = None  # None: the whole transcript is shown
        self.highlight: int | None = None
        self.misread_dialog: MisreadDialog | None = None
        self.error = ""

        self.total = QLabel(self)
        self.total.setStyleSheet("font-size: 28px; font-weight: bold;")
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.block = QLabel(self)
        self.block.setWordWrap(True)
        self.block.setStyleSheet(
            "background: #fdecea; border: 2px solid #c62828; border-radius: 6px; padding: 6px;"
            " color: #7f1010;"
        )
        self.notice = QLabel(self)  # copied model answers, a certificate earned
        self.notice.setWordWrap(True)
        self.ending = QLabel(self)
        self.ending.setWordWrap(True)
        self.ending.setTextFormat(Qt.TextFormat.RichText)
        summary = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.total)
        top.addWidget(self.verdict, 1)
        summary.addLayout(top)
        summary.addWidget(self.block)
        summary.addWidget(self.notice)
        summary.addWidget(self.ending)

        self.dimensions = DimensionView(self)
        self.dimensions.turnClicked.connect(self.highlight_turn)
        dims_scroll = QScrollArea(self)
        dims_scroll.setWidgetResizable(True)
        dims_scroll.setWidget(self.dimensions)

        self.figure = Figure(figsize=(5.0, 2.2), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(170)
        self.canvas.setMaximumHeight(220)
        self.transcript = ChatView(with_actions=True, parent=self)
        self.transcript.misreadRequested.connect(self.ask_misread)
        self.transcript.retryRequested.connect(self.retryRequested.emit)
        self.replay_button = QPushButton(self)
        self.replay_button.clicked.connect(self.start_replay)
        self.prev_button = QPushButton("◀", self)
        self.prev_button.clicked.connect(lambda: self.step_replay(-1))
        self.next_button = QPushButton("▶", self)
        self.next_button.clicked.connect(lambda: self.step_replay(+1))
        self.all_button = QPushButton(self)
        self.all_button.clicked.connect(self.show_all)
        self.step_label = QLabel(self)
        replay = QHBoxLayout()
        replay.addWidget(self.replay_button)
        replay.addWidget(self.prev_button)
        replay.addWidget(self.next_button)
        replay.addWidget(self.step_label)
        replay.addStretch(1)
        replay.addWidget(self.all_button)
        right = QWidget(self)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        self.chart_title = QLabel(self)
        self.chart_title.setStyleSheet("font-weight: bold;")
        self.transcript_title = QLabel(self)
        self.transcript_title.setStyleSheet("font-weight: bold;")
        right_column.addWidget(self.chart_title)
        right_column.addWidget(self.canvas)
        right_column.addWidget(self.transcript_title)
        right_column.addLayout(replay)
        right_column.addWidget(self.transcript, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(dims_scroll)
        splitter.addWidget(right)
        splitter.setSizes([520, 560])

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.again_button = QPushButton(self)
        self.again_button.clicked.connect(self.againRequested.emit)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.chooseRequested.emit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch(1)
        bottom.addWidget(self.again_button)
        bottom.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.retranslate()

    # -- showing -----------------------------------------------------------------------------
    def show_attempt(self, attempt: Attempt) -> None:
        """Show the scorecard of ``attempt`` (finishing it if needed)."""
        self.attempt = attempt
        if attempt.scorecard is None:
            attempt.finish()
        self.replay_step = None
        self.highlight = None
        self.message.hide()
        self.dimensions.show_scorecard(attempt.scorecard, attempt.script, attempt.mode == "exam")
        self.retranslate()

    @property
    def exam(self) -> bool:
        return self.attempt is not None and self.attempt.mode == "exam"

    def highlight_turn(self, turn: int) -> None:
        """Mark the trainee's reply of ``turn`` in the transcript and on the anger curve."""
        self.highlight = turn
        if self.replay_step is not None and self.replay_step < turn:
            self.replay_step = None
        self._build_transcript()
        self._draw_chart()

    # -- replay ------------------------------------------------------------------------------
    def start_replay(self) -> None:
        """Show the opening only; ▶ adds one turn at a time."""
        self.replay_step = 0
        self.highlight = None
        self._build_transcript()
        self._draw_chart()

    def step_replay(self, delta: int) -> None:
        if self.attempt is None:
            return
        n = len(self.attempt.scorecard.turns)
        step = (n if self.replay_step is None else self.replay_step) + delta
        self.replay_step = max(0, min(n, step))
        self.highlight = self.replay_step or None
        self._build_transcript()
        self._draw_chart()

    def show_all(self) -> None:
        self.replay_step = None
        self._build_transcript()
        self._draw_chart()

    # -- I was misread -----------------------------------------------------------------------
    def ask_misread(self, turn: int) -> None:
        """Open the move checklist for ``turn``; on OK the marks go to the store."""
        if self.attempt is None:
            return
        played = self.attempt.scorecard.turns[turn - 1]
        dialog = MisreadDialog(turn, played.trainee_text, played.move_names, self)
        dialog.accepted.connect(
            lambda: self.store_misread(turn, dialog.moves(), dialog.note.text())
        )
        self.misread_dialog = dialog
        dialog.open()

    def store_misread(self, turn: int, moves: tuple[str, ...], note: str = "") -> None:
        attempt = self.attempt
        if attempt is None or attempt.session_id is None or attempt.store is None:
            self._say(self.tr("Marks cannot be stored: this session was played without a store."))
            return
        read = attempt.scorecard.turns[turn - 1].move_names
        if set(moves) == set(read):  # nothing corrected: no labelled example to learn from
            self._say(self.tr("Nothing changed: the mark was not stored."))
            return
        attempt.store.mark_misread(
            attempt.session_id, turn, moves, marked_by=attempt.trainee, note=note
        )
        self._say(self.tr("Thank you: turn {n} is stored as a labelled example.").format(n=turn))
        self.misreadMarked.emit(turn, tuple(moves))

    def _say(self, text: str) -> None:
        self.error = text
        self.message.setText(text)
        self.message.show()

    # -- drawing -----------------------------------------------------------------------------
    def _build_transcript(self) -> None:
        attempt = self.attempt
        self.transcript.clear()
        if attempt is None:
            return
        card = attempt.scorecard
        shown = card.turns if self.replay_step is None else card.turns[: self.replay_step]
        for line in attempt.opening_lines():
            self.transcript.add_customer(line)
        for turn in shown:
            self.transcript.add_trainee(turn.trainee_text, turn.index)
            if turn.feedback and not self.exam:
                self.transcript.add_note(
                    self.tr("Coach: {hint}").format(hint=turn.feedback), role="hint"
                )
            for line in turn.customer_lines:
                self.transcript.add_customer(line)
        if self.replay_step is None or self.replay_step == len(card.turns):
            self.transcript.add_note(
                self.tr("Ending: {ending}").format(
                    ending=ending_name(card.ending, current_language())
                )
            )
        self.transcript.highlight_turn(self.highlight)
        n = len(card.turns)
        step = n if self.replay_step is None else self.replay_step
        self.step_label.setText(self.tr("Turn {k} of {n}").format(k=step, n=n))
        self.prev_button.setEnabled(step > 0)
        self.next_button.setEnabled(step < n)

    def _draw_chart(self) -> None:
        if self.attempt is None:
            return
        card, script = self.attempt.scorecard, self.attempt.script
        anger_figure(
            card.anger_curve,
            maximum=float(script.state["anger"].max),
            heated=script.scoring.heated_anger,
            highlight=self.highlight if self.replay_step is None else self.replay_step,
            lang=current_language(),
            fig=self.figure,
        )
        self.canvas.draw_idle()

    def retranslate(self) -> None:
        self.replay_button.setText(self.tr("Replay turn by turn"))
        self.all_button.setText(self.tr("Show all"))
        self.prev_button.setToolTip(self.tr("Previous turn"))
        self.next_button.setToolTip(self.tr("Next turn"))
        self.again_button.setText(self.tr("Try the script again"))
        self.choose_button.setText(self.tr("Choose another script"))
        self.chart_title.setText(self.tr("The customer's anger, turn by turn"))
        self.transcript_title.setText(
            self.tr("Transcript (click your words on the left to find them)")
        )
        attempt = self.attempt
        if attempt is None or attempt.scorecard is None:
            return
        card = attempt.scorecard
        lang = current_language()
        self.total.setText(self.tr("{total} / 100").format(total=card.total))
        colour = "#2e7d32" if card.passed else "#c62828"
        self.total.setStyleSheet(f"font-size: 28px; font-weight: bold; color: {colour};")
        if card.passed:
            verdict = self.tr("Passed (pass mark {mark}).").format(mark=PASS_MARK)
        elif card.blocked:
            verdict = self.tr(
                "Not passed: a compliance violation blocks the pass, whatever the points."
            )
        else:
            verdict = self.tr("Not passed: below the pass mark of {mark}.").format(mark=PASS_MARK)
        mode = self.tr("Exam") if self.exam else self.tr("Practice")
        self.verdict.setText(f"<b>{escape(verdict)}</b><br>{escape(card.title)} · {escape(mode)}")
        self.block.setVisible(card.blocked)
        blocked = self.tr("Blocked by compliance")
        self.block.setText(
            f"<b>{escape(blocked)}</b><br>" + "<br>".join(escape(r) for r in card.block_reasons)
        )
        self._show_notice()
        consequence = card.ending_consequence
        parts = [escape(str(consequence.get("text", "")))]
        cost = float(consequence.get("cost_yuan") or 0)
        if cost:
            parts.append(escape(self.tr("cost to the shop: ¥{cost:,.0f}").format(cost=cost)))
        if consequence.get("stars"):
            parts.append("★" * int(consequence["stars"]) + "☆" * (5 - int(consequence["stars"])))
        ending_label = self.tr("Ending")
        self.ending.setText(
            f"<b>{escape(ending_label)}: {escape(ending_name(card.ending, lang))}</b> — "
            + " · ".join(p for p in parts if p)
        )
        self._build_transcript()
        self._draw_chart()

    def _show_notice(self) -> None:
        """Replies copied from a model answer (flagged, they earn no pass of an assignment or a
        certificate) and a certificate this exam completed."""
        card, lines, style = self.attempt.scorecard, [], "color: #8a5a00;"
        copied = getattr(card, "copied_turns", ())
        if copied:
            turns = ", ".join(str(t) for t in copied)
            lines.append(
                self.tr(
                    "Copied from a model answer: turn {turns}. A copy does not count for an "
                    "assignment or a certificate."
                ).format(turns=turns)
            )
        for flag, turns in getattr(card, "flags", {}).items():
            line = self._flag_text(flag, ", ".join(str(t) for t in turns))
            if line:
                lines.append(line)
        certificate = getattr(self.attempt.practice, "certification", None)
        if certificate is not None:
            lines.append(
                self.tr("Certificate earned: {name} ({day}).").format(
                    name=certificate.certificate, day=certificate.certified_on.isoformat()
                )
            )
            style = "color: #1b5e20; font-weight: bold;" if not copied else style
        self.notice.setText("\n".join(lines))
        self.notice.setStyleSheet(style)
        self.notice.setVisible(bool(lines))

    def _flag_text(self, flag: str, turns: str) -> str:
        """One line per scorecard flag (``copied`` has its own line above)."""
        texts = {
            "not_served": self.tr(
                "Not passed: the customer's problem was not solved (the chat did not end "
                "resolved, or no real solution was offered)."
            ),
            "repeated": self.tr(
                "Repeated an earlier reply (the customer skipped it): turn {turns}"
            ),
            "implausible_timing": self.tr(
                "Sent faster than a person types (pasted?): turn {turns}"
            ),
            "padding": self.tr("Longer than a chat message: turn {turns}"),
            "wrong_language": self.tr("Not in the shop's language: turn {turns}"),
            "unsure": self.tr("The customer asked what you meant (not scored): turn {turns}"),
        }
        return texts.get(flag, "").format(turns=turns)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
