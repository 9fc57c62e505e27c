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

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class LiveText(QWidget):
    """One line of text, sized for the widest of its sample texts (clipped if squeezed)."""

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
        p.drawText(self.rect().adjusted(2, 0, -2, 0), self._alignment, self._text)
        p.end()


class LiveBar(QWidget):
    """A plain progress bar (no text) that repaints when the event loop paints the frame, not
    at once as ``QProgressBar`` does; drawn flat (the style's bar costs ~0.25 ms a paint)."""

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

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(100, self.fontMetrics().height() + 4)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        groove = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(palette.mid().color())
        p.setBrush(palette.base())
        p.drawRoundedRect(groove, 3.0, 3.0)
        if self._value:
            chunk = groove.adjusted(1.5, 1.5, -1.5, -1.5)
            chunk.setWidth(chunk.width() * self._value / self._maximum)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(palette.highlight())
            p.drawRoundedRect(chunk, 2.0, 2.0)
        p.end()
