"""Texts and a bar that change on every frame of a watched run, at the cost of their own paint.

A ``QLabel`` whose text changes asks its parent's layout to re-lay out (``updateGeometry``) and,
being transparent, has its parents repaint the background beneath it; a ``QProgressBar``
repaints itself at once (``repaint``, not ``update``) when its value moves, flushing the window a
second time in the frame. On the run page that made each frame re-lay out the KPI tiles and the
page and paint the page's background several times over.

These widgets are opaque (but where a group box shades what is behind them) and of a fixed size
(Qt re-lays out nothing for a widget whose minimum and maximum sizes are equal), set from sample
texts once per language, and they are painted by Qt's own C++ code: a paint event handled in
Python needs the GIL, which the simulation's thread holds, so every Python ``paintEvent`` in a
frame is one more hand-over of the GIL between the two threads.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QWidget


class LiveText(QLabel):
    """One line of text whose size is fixed by the widest of its sample texts."""

    def __init__(self, parent: QWidget | None = None, opaque: bool = True) -> None:
        super().__init__(parent)
        # opaque, a change repaints this label only; not inside a group box, whose style
        # shades the box (the label would show as a lighter patch)
        self.setAutoFillBackground(opaque)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_samples(self, samples: Iterable[str]) -> None:
        """Fix the size to fit these texts (the widest the label will show)."""
        fm = self.fontMetrics()
        width = max((fm.horizontalAdvance(s) for s in samples), default=0)
        self.setFixedSize(width + 6, fm.height() + 2)


class LiveBar(QFrame):
    """A plain progress bar (no text): a groove and a filled part whose width follows the
    value, both painted by Qt; it repaints with the frame, not at once as ``QProgressBar``."""

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setFixedHeight(self.fontMetrics().height() + 4)
        self._filled = QWidget(self)
        self._filled.setAutoFillBackground(True)
        self._filled.setBackgroundRole(QPalette.ColorRole.Highlight)
        self._maximum = maximum
        self._value = 0
        self._place()

    def value(self) -> int:
        return self._value

    def maximum(self) -> int:
        return self._maximum

    def setValue(self, value: int) -> None:  # noqa: N802 (Qt naming, as QProgressBar)
        value = min(max(int(value), 0), self._maximum)
        if value != self._value:
            self._value = value
            self._place()

    def _place(self) -> None:
        inside = self.contentsRect().adjusted(1, 1, -1, -1)
        width = round(inside.width() * self._value / self._maximum)
        self._filled.setGeometry(QRect(inside.x(), inside.y(), width, inside.height()))
        self._filled.setVisible(width > 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._place()
