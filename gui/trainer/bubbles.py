"""Chat bubbles in a scroll area: the customer on the left, the trainee on the right.

Each bubble is a styled :class:`QFrame` holding a word-wrapped :class:`QLabel` (Qt's line
breaker breaks Chinese between characters and English between words); the labels' maximum
width follows the view's width so a bubble never grows wider than about two thirds of it.
A transcript (the scorecard's) adds a row of small actions under each trainee bubble.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

__all__ = ["Bubble", "ChatView"]

#: Bubble colours by role; ``highlight`` marks the turn a scorecard line points to.
_STYLE = """
QFrame#Bubble[role="customer"] { background: #ffffff; border: 1px solid #d9dde3;
  border-radius: 10px; }
QFrame#Bubble[role="trainee"] { background: #d6ecff; border: 1px solid #a9cdf0;
  border-radius: 10px; }
QFrame#Bubble[role="trainee"][highlight="true"] { background: #fff1b8; border: 2px solid #e0a800; }
QFrame#Bubble[role="bot"] { background: #eceff3; border: 1px solid #cfd4db;
  border-radius: 10px; }
QLabel#BubbleText[role="bot"] { color: #4a4f57; }
QFrame#Bubble[role="hint"] { background: #eef7ee; border: 1px dashed #8fc48f; border-radius: 6px; }
QFrame#Bubble[role="note"] { background: #ececec; border: none; border-radius: 6px; }
QFrame#Bubble[role="typing"] { background: #ffffff; border: 1px dashed #c5cad3;
  border-radius: 10px; }
QLabel#BubbleText { background: transparent; border: none; }
QLabel#BubbleText[role="typing"] { color: #7a808a; font-style: italic; }
QLabel#BubbleText[role="hint"] { color: #2e5e31; }
QLabel#BubbleText[role="note"] { color: #4a4f57; }
"""
WIDTH_SHARE = 0.68  # of the view's width


class Bubble(QFrame):
    """One message: ``role`` is customer, trainee, hint, note or typing."""

    def __init__(self, role: str, text: str, turn: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.role = role
        self.turn = turn
        self.setObjectName("Bubble")
        self.setProperty("role", role)
        self.setProperty("highlight", False)
        self.label = QLabel(text, self)
        self.label.setObjectName("BubbleText")
        self.label.setProperty("role", role)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)

    def text(self) -> str:
        return self.label.text()

    def set_highlighted(self, on: bool) -> None:
        self.setProperty("highlight", on)
        self.style().unpolish(self)
        self.style().polish(self)

    @property
    def highlighted(self) -> bool:
        return bool(self.property("highlight"))


class ChatView(QScrollArea):
    """A column of bubbles that follows the newest message.

    Args:
        with_actions: add "I was misread" and "Try again from here" under trainee bubbles.
    """

    misreadRequested = Signal(int)  # noqa: N815 (Qt signal naming)
    retryRequested = Signal(int)  # noqa: N815

    def __init__(self, with_actions: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_actions = with_actions
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget(self)
        self.body.setObjectName("ChatBody")
        self.body.setStyleSheet("QWidget#ChatBody { background: #f4f6f9; }" + _STYLE)
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(10, 10, 10, 10)
        self.column.setSpacing(8)
        self.column.addStretch(1)
        self.setWidget(self.body)
        self.bubbles: list[Bubble] = []
        self.rows: dict[int, QWidget] = {}  # turn -> the trainee bubble's row
        self.action_buttons: dict[int, tuple[QToolButton, QToolButton]] = {}
        self.typing: Bubble | None = None
        self.verticalScrollBar().rangeChanged.connect(self._follow)
        self.follow = True

    # -- adding messages ---------------------------------------------------------------------
    def add_customer(self, text: str) -> Bubble:
        return self._add(Bubble("customer", text), Qt.AlignmentFlag.AlignLeft)

    def add_trainee(self, text: str, turn: int) -> Bubble:
        bubble = Bubble("trainee", text, turn)
        row = self._add(bubble, Qt.AlignmentFlag.AlignRight)
        self.rows[turn] = bubble
        if self.with_actions:
            self._add_actions(turn)
        return row

    def add_bot(self, text: str) -> Bubble:
        """A message the shop's bot sent before the chat was handed over."""
        return self._add(Bubble("bot", text), Qt.AlignmentFlag.AlignRight)

    def add_note(self, text: str, role: str = "note") -> Bubble:
        return self._add(Bubble(role, text), Qt.AlignmentFlag.AlignHCenter)

    def set_typing(self, text: str | None) -> None:
        """Show the "typing…" bubble with ``text``, or remove it (``None``)."""
        if text is None:
            if self.typing is not None:
                self._remove(self.typing)
                self.typing = None
            return
        if self.typing is None:
            self.typing = self._add(Bubble("typing", text), Qt.AlignmentFlag.AlignLeft)
        else:
            self.typing.label.setText(text)

    def clear(self) -> None:
        """Remove every message."""
        while self.column.count() > 1:
            item = self.column.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
            elif item.layout() is not None:
                _delete_layout(item.layout())
        self.bubbles.clear()
        self.rows.clear()
        self.action_buttons.clear()
        self.typing = None

    # -- the transcript's turn actions -------------------------------------------------------
    def highlight_turn(self, turn: int | None) -> None:
        """Mark the trainee's reply of ``turn`` (None: no mark) and scroll it into view."""
        for index, bubble in self.rows.items():
            bubble.set_highlighted(index == turn)
        if turn in self.rows:
            self.follow = False
            bubble = self.rows[turn]  # the view as context: no call once it is deleted
            QTimer.singleShot(0, self, lambda: self.ensureWidgetVisible(bubble, 0, 40))

    def highlighted_turn(self) -> int | None:
        return next((t for t, b in self.rows.items() if b.highlighted), None)

    def retranslate(self) -> None:
        for misread, retry in self.action_buttons.values():
            misread.setText(self.tr("I was misread…"))
            misread.setToolTip(self.tr("Mark the moves this reply should have been read as"))
            retry.setText(self.tr("Try again from here"))
            retry.setToolTip(self.tr("Replay the replies before this one, then answer anew"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        for bubble in self.bubbles:
            self._fit(bubble)

    # -- internals ---------------------------------------------------------------------------
    def _add(self, bubble: Bubble, align: Qt.AlignmentFlag) -> Bubble:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if align != Qt.AlignmentFlag.AlignLeft:
            row.addStretch(1)
        row.addWidget(bubble)
        if align != Qt.AlignmentFlag.AlignRight:
            row.addStretch(1)
        self.column.insertLayout(self.column.count() - 1, row)
        self.bubbles.append(bubble)
        self._fit(bubble)
        self.follow = True
        return bubble

    def _add_actions(self, turn: int) -> None:
        misread, retry = QToolButton(self.body), QToolButton(self.body)
        for button in (misread, retry):
            button.setAutoRaise(True)
            button.setStyleSheet("QToolButton { color: #2f6db5; font-size: 11px; }")
        misread.clicked.connect(lambda _=False, t=turn: self.misreadRequested.emit(t))
        retry.clicked.connect(lambda _=False, t=turn: self.retryRequested.emit(t))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(misread)
        row.addWidget(retry)
        self.column.insertLayout(self.column.count() - 1, row)
        self.action_buttons[turn] = (misread, retry)
        self.retranslate()

    def _remove(self, bubble: Bubble) -> None:
        for i in range(self.column.count()):
            layout = self.column.itemAt(i).layout()
            if layout is not None and layout.indexOf(bubble) >= 0:
                self.column.takeAt(i)
                _delete_layout(layout)
                break
        if bubble in self.bubbles:
            self.bubbles.remove(bubble)

    def _fit(self, bubble: Bubble) -> None:
        """At most ``WIDTH_SHARE`` of the view wide, and as wide as the text needs up to that
        (a word-wrapped label alone would wrap a short line far too early)."""
        width = max(160, int(self.viewport().width() * WIDTH_SHARE))
        if bubble.role in ("hint", "note"):
            width = max(160, self.viewport().width() - 80)
        metrics = bubble.label.fontMetrics()
        natural = max(metrics.horizontalAdvance(line) for line in bubble.text().split("\n"))
        label_width = min(width - 22, natural + 4)
        bubble.label.setMinimumWidth(label_width)
        bubble.label.setMaximumWidth(label_width)

    def _follow(self, _minimum: int, maximum: int) -> None:
        if self.follow:
            self.verticalScrollBar().setValue(maximum)


def _delete_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()  # at once: deletion waits for the event loop
            item.widget().deleteLater()
    layout.deleteLater()
