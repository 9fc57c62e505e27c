"""The reply box (Enter sends, Shift+Enter starts a new line) and the response clock."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

__all__ = ["ReplyBox", "ResponseClock", "typing_delay_ms"]

TICK_MS = 100  # the timer label updates at 10 Hz


class ReplyBox(QPlainTextEdit):
    """A multi-line reply editor that emits :attr:`sendRequested` on Enter."""

    sendRequested = Signal()  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if enter and not shift:
            self.sendRequested.emit()
            return
        if enter and shift:
            self.insertPlainText("\n")
            return
        super().keyPressEvent(event)

    def insert_answer(self, text: str) -> None:
        """Put ``text`` at the cursor (a knowledge-base answer) and focus the box."""
        cursor = self.textCursor()
        before = self.toPlainText()[: cursor.position()]
        if before and not before.endswith((" ", "\n")) and text[:1].isascii():
            text = " " + text
        cursor.insertText(text)
        self.setTextCursor(cursor)
        self.setFocus()


class ResponseClock(QObject):
    """Seconds since the customer's last line, ticking at 10 Hz while the trainee types.

    Args:
        clock: a monotonic clock in seconds (tests pass a fake one).
    """

    ticked = Signal(float)

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent=None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._started: float | None = None
        self._stopped_at: float | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.ticked.emit(self.elapsed()))

    @property
    def running(self) -> bool:
        return self._started is not None and self._stopped_at is None

    def start(self) -> None:
        self._started = self.clock()
        self._stopped_at = None
        self.timer.start()
        self.ticked.emit(0.0)

    def stop(self) -> float:
        """Stop the clock and return the seconds it ran."""
        if self.running:
            self._stopped_at = self.clock()
        self.timer.stop()
        return self.elapsed()

    def elapsed(self) -> float:
        if self._started is None:
            return 0.0
        end = self._stopped_at if self._stopped_at is not None else self.clock()
        return max(0.0, end - self._started)


def typing_delay_ms(text: str, ms_per_char: float, cap_ms: int) -> int:
    """How long the customer "types" a line: proportional to its length, capped."""
    if ms_per_char <= 0:
        return 0
    return int(min(cap_ms, 400 + ms_per_char * len(text)))
