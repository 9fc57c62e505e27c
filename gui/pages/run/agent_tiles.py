"""A grid of agent tiles, one per agent on duty, showing its open chats (custom-painted).

Hundreds of agents are drawn in one ``paintEvent`` (no widget per agent): each tile is a small
rounded box with one pip per chat slot, filled for an open chat; a full agent is tinted. The grid
changes only with the number of agents, the slots or the size, so it is drawn once into a pixmap
(every tile idle, every slot free), and once more with every tile full; a frame draws the idle
grid, copies the full agents' tiles from the other, and fills the open slots in one call.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap
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
        self.capacity = 0  # tiles the grid is laid out for (the most agents of the run)
        # (width, height, agents, slots, pixel ratio) -> the idle grid, each tile, its slots
        self._grid_key: tuple | None = None
        self._idle: QPixmap | None = None
        self._full: QPixmap | None = None
        self._tiles: list[QRectF] = []
        self._slots: list[list[QRectF]] = []
        self._radius = self._size = 1.0
        self._cols = 1
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

    def set_capacity(self, agents: int) -> None:
        """Lay the grid out for this many agents (the most on duty in the run), so it keeps
        its place as shifts change; more agents than that still get a tile."""
        if agents != self.capacity:
            self.capacity = agents
            self._grid_key = None
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

    def _layout(self, n: int, k: int) -> None:
        """Tile and slot rectangles for ``n`` agents of ``k`` slots, and the two grids drawn."""
        cols, size = self._grid(n)
        pip_cols = math.ceil(math.sqrt(k))
        pip_rows = math.ceil(k / pip_cols)
        gap = max(1.0, size * 0.08)
        inner = size - 2 * gap
        pip = inner / max(pip_cols, pip_rows)
        self._tiles, self._slots, self._radius, self._size = [], [], gap, size
        self._cols = cols
        for i in range(n):
            x = 2 + (i % cols) * size + gap
            y = 2 + (i // cols) * size + gap
            self._tiles.append(QRectF(x, y, inner, inner))
            self._slots.append(
                [
                    QRectF(
                        x + (s % pip_cols) * pip + pip * 0.15,
                        y + (s // pip_cols) * pip + pip * 0.15,
                        pip * 0.7,
                        pip * 0.7,
                    )
                    for s in range(k)
                ]
            )
        self._idle = self._draw_grid(IDLE_TILE)
        self._full = self._draw_grid(FULL_TILE)

    def _draw_grid(self, tile_colour: QColor) -> QPixmap:
        """Every tile in ``tile_colour`` with its slots free, on the widget's background."""
        ratio = self.devicePixelRatioF()
        grid = QPixmap(self.size() * ratio)
        grid.setDevicePixelRatio(ratio)
        grid.fill(Qt.GlobalColor.transparent)  # the group box's own shade shows through
        p = QPainter(grid)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._tile_pen(p)
        p.setBrush(tile_colour)
        for tile in self._tiles:
            p.drawRoundedRect(tile, self._radius, self._radius)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(FREE)
        p.drawRects([r for slots in self._slots for r in slots])
        p.end()
        return grid

    def _tile_pen(self, p: QPainter) -> None:
        p.setPen(EDGE if self._size >= 10 else Qt.PenStyle.NoPen)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        n = len(self.chats)
        if n == 0:
            p.setPen(QColor("#888888"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No agent on duty"))
            return
        k = self.concurrency
        cells = max(n, self.capacity)
        key = (self.width(), self.height(), cells, k, self.devicePixelRatioF())
        if key != self._grid_key:
            self._layout(cells, k)
            self._grid_key = key
        ratio = self._idle.devicePixelRatio()
        # the idle grid's first n tiles: its full rows, then the start of the next
        rows, rest = divmod(n, self._cols)
        size = self._size
        for area in (
            QRectF(0, 0, self.width(), 2 + rows * size),
            QRectF(0, 2 + rows * size, 2 + rest * size, size),
        ):
            if area.width() > 0 and area.height() > 0:
                source = QRectF(
                    area.x() * ratio, area.y() * ratio, area.width() * ratio, area.height() * ratio
                )
                p.drawPixmap(area, self._idle, source)
        # a full agent's tile is copied from the grid drawn all full (a copy of pixels costs
        # far less than filling an antialiased rounded rectangle)
        for tile, c in zip(self._tiles, self.chats, strict=False):
            if c >= k:
                box = tile.adjusted(-1.0, -1.0, 1.0, 1.0)  # with the pen's edge
                source = QRectF(
                    box.x() * ratio, box.y() * ratio, box.width() * ratio, box.height() * ratio
                )
                p.drawPixmap(box, self._full, source)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        open_slots = [
            r for slots, c in zip(self._slots, self.chats, strict=False) if c for r in slots[:c]
        ]
        if open_slots:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(OPEN)
            p.drawRects(open_slots)
