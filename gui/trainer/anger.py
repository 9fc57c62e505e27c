"""The anger meter: a thin colour band (calm green, wary amber, angry red), no numbers."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = ["AngerBand", "anger_colour"]

_STOPS = ((0.0, QColor("#4caf50")), (0.5, QColor("#f0ad1e")), (1.0, QColor("#d9342b")))


def anger_colour(share: float) -> QColor:
    """The band's colour at ``share`` (0 calm … 1 furious) of the anger scale."""
    share = min(1.0, max(0.0, share))
    for (a, ca), (b, cb) in zip(_STOPS, _STOPS[1:], strict=False):
        if share <= b:
            f = (share - a) / (b - a)
            return QColor.fromRgbF(
                ca.redF() + f * (cb.redF() - ca.redF()),
                ca.greenF() + f * (cb.greenF() - ca.greenF()),
                ca.blueF() + f * (cb.blueF() - ca.blueF()),
            )
    return _STOPS[-1][1]


class AngerBand(QWidget):
    """Fills ``anger / maximum`` of its width in the colour of that level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.anger = 0.0
        self.maximum = 100.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(160, 10)

    @property
    def share(self) -> float:
        return 0.0 if self.maximum <= 0 else min(1.0, max(0.0, self.anger / self.maximum))

    def set_anger(self, anger: float, maximum: float | None = None) -> None:
        if maximum is not None:
            self.maximum = float(maximum)
        self.anger = float(anger)
        self.setToolTip(f"{self.anger:.0f} / {self.maximum:.0f}")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = rect.height() / 2
        painter.setBrush(QColor("#e6e8ec"))
        painter.drawRoundedRect(rect, radius, radius)
        if self.share > 0:
            filled = QRectF(
                rect.left(),
                rect.top(),
                max(rect.height(), rect.width() * self.share),
                rect.height(),
            )
            painter.setBrush(anger_colour(self.share))
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()
