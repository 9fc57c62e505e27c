"""Texts and a bar that change on every frame of a watched run, at the cost of their own paint.

A ``QLabel`` whose text changes asks its parent's layout to re-lay out (``updateGeometry``) and,
being transparent, has its parents repaint the background beneath it; a ``QProgressBar``
repaints itself at once (``repaint``, not ``update``) when its value moves, flushing the window a
second time in the frame. On the run page that made each frame re-lay out the KPI tiles and the
page and paint the page's background several times over. These widgets are opaque, keep their
size from sample texts (set once per language), and only ask for a repaint: the frame is painted
in one pass.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionProgressBar, QWidget


class LiveText(QWidget):
    """One line of text, sized for the widest of its sample texts, elided if squeezed."""

    def __init__(
        self,
        parent: QWidget | None = None,
        alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    ) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)  # opaque: a change repaints this widget only
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._text = ""
        self._samples: tuple[str, ...] = ()
        self._alignment = alignment

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming, as QLabel)
        if text != self._text:
            self._text = text
            self.update()

    def set_samples(self, samples: Iterable[str]) -> None:
        """The texts the widget must fit (the widest it will show); the layout is asked once."""
        self._samples = tuple(samples)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        fm = self.fontMetrics()
        width = max((fm.horizontalAdvance(s) for s in self._samples), default=0)
        return QSize(width + 4, fm.height() + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(0, self.fontMetrics().height() + 2)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if not self._text:
            return
        p = QPainter(self)
        rect = self.rect().adjusted(2, 0, -2, 0)
        text = self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, rect.width())
        p.drawText(rect, self._alignment, text)
        p.end()


class LiveBar(QWidget):
    """A progress bar drawn by the style, as ``QProgressBar`` without its text, that repaints
    when the event loop paints the frame instead of at once."""

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._maximum = maximum
        self._value = 0

    def value(self) -> int:
        return self._value

    def maximum(self) -> int:
        return self._maximum

    def setValue(self, value: int) -> None:  # noqa: N802 (Qt naming, as QProgressBar)
        value = min(max(int(value), 0), self._maximum)
        if value != self._value:
            self._value = value
            self.update()

    def _option(self) -> QStyleOptionProgressBar:
        option = QStyleOptionProgressBar()
        option.initFrom(self)
        option.minimum, option.maximum, option.progress = 0, self._maximum, self._value
        option.textVisible = False
        option.state |= QStyle.StateFlag.State_Horizontal
        return option

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        height = self.fontMetrics().height() + 4
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_ProgressBar, self._option(), QSize(100, height), self
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        self.style().drawControl(QStyle.ControlElement.CE_ProgressBar, self._option(), p, self)
        p.end()
