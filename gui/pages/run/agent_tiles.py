"""A grid of agent tiles, one per agent on duty, showing its open chats (custom-painted).

Hundreds of agents are drawn in one ``paintEvent`` (no widget per agent): each tile is a small
rounded box with one pip per chat slot, filled for an open chat; a full agent is tinted.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

FREE = QColor("#e3e8ee")
OPEN = QColor("#3182bd")
FULL_TILE = QColor("#fde0c5")
IDLE_TILE = QColor("#f7f9fb")
EDGE = QColor("#b8c2cc")


class AgentTiles(QWidget):
    """Paints ``chats_per_agent`` as tiles of ``concurrency`` pips each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chats: tuple[int, ...] = ()
        self.concurrency = 1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(80)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(320, 160)

    def set_agents(self, chats: tuple[int, ...], concurrency: int) -> None:
        """Show these agents (open chats each) with ``concurrency`` slots; repaint if changed."""
        concurrency = max(1, int(concurrency))
        if chats == self.chats and concurrency == self.concurrency:
            return
        self.chats, self.concurrency = tuple(chats), concurrency
        self.update()

    def _grid(self, n: int) -> tuple[int, float]:
        """Columns and tile size that fit ``n`` tiles in the widget."""
        w, h = max(self.width() - 4, 1), max(self.height() - 4, 1)
        size = math.sqrt(w * h / max(n, 1))
        while size > 4:
            cols = max(1, int(w // size))
            if cols * math.floor(h / size) >= n:
                return cols, size
            size *= 0.95
        return max(1, int(w // 4)), 4.0

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        n = len(self.chats)
        if n == 0:
            p.setPen(QColor("#888888"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No agent on duty"))
            return
        cols, size = self._grid(n)
        k = self.concurrency
        pip_cols = math.ceil(math.sqrt(k))
        pip_rows = math.ceil(k / pip_cols)
        gap = max(1.0, size * 0.08)
        inner = size - 2 * gap
        pip = inner / max(pip_cols, pip_rows)
        p.setPen(EDGE if size >= 10 else Qt.PenStyle.NoPen)
        for i, open_chats in enumerate(self.chats):
            x = 2 + (i % cols) * size + gap
            y = 2 + (i // cols) * size + gap
            p.setBrush(FULL_TILE if open_chats >= k else IDLE_TILE)
            p.drawRoundedRect(QRectF(x, y, inner, inner), gap, gap)
            for s in range(k):
                px = x + (s % pip_cols) * pip + pip * 0.15
                py = y + (s // pip_cols) * pip + pip * 0.15
                p.fillRect(QRectF(px, py, pip * 0.7, pip * 0.7), OPEN if s < open_chats else FREE)
