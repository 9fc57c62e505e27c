"""KPI tiles of the run so far: name (from the KPI catalogue) over a large value."""

from __future__ import annotations

import math

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from gui.pages.run.live_text import LiveText
from simulator.metrics.catalogue import kpi_info
from simulator.model.simulation import Snapshot

#: (KPI catalogue name, Snapshot field) of the tiles, in display order
TILES: tuple[tuple[str, str], ...] = (
    ("frt_p90_s", "frt_p90_s"),
    ("frt_sla", "frt_sla"),
    ("abandon_rate", "abandon_rate"),
    ("bot_resolved_share", "bot_resolved_share"),
    ("agent_occupancy", "occupancy"),
    ("conversion_rate", "conversion_rate"),
)


class KpiTile(QFrame):
    """One KPI: its label and its value, with the definition as tooltip."""

    def __init__(self, kpi: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kpi = kpi
        # a palette, not a style sheet: the tile is repainted on every frame of a run, and a
        # style sheet routes each paint of the tile and its labels through the slower
        # QStyleSheetStyle
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#f7f9fb"))
        self.setPalette(palette)
        self.name = QLabel(self)
        self.name.setWordWrap(True)
        muted = self.name.palette()
        muted.setColor(QPalette.ColorRole.WindowText, QColor("#555555"))
        self.name.setPalette(muted)
        self.value = LiveText(self)  # changes every frame: no relayout, no parent repaint
        self.value.setText("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 4, 8, 4)
        box.setSpacing(0)
        box.addWidget(self.name)
        box.addWidget(self.value)

    def relabel(self, lang: str) -> None:
        info = kpi_info(self.kpi)
        basis = self.basis()
        self.name.setText(f"{info.label(lang)} ({basis})" if basis else info.label(lang))
        self.setToolTip(info.definition(lang))
        # the widest values a tile shows: a whole share, or a wait of more than a day
        widest = 1.0 if info.unit == "share" else 99999.0
        self.value.set_samples(["–", info.format(widest, lang)])

    def basis(self) -> str:
        """What a share is of, where the flow panel beside shows the same count on another
        base (its bars are shares of all arrivals)."""
        if self.kpi == "abandon_rate":
            return self.tr("of handed-off chats that ended")
        return ""

    def show_value(self, value: float, lang: str) -> None:
        text = kpi_info(self.kpi).format(value, lang) if not math.isnan(value) else "–"
        if text != self.value.text():
            self.value.setText(text)


class KpiTiles(QWidget):
    """The six live KPI tiles in a 3 x 2 grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.tiles = {kpi: KpiTile(kpi, self) for kpi, _ in TILES}
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, i // 3, i % 3)

    def relabel(self, lang: str) -> None:
        for tile in self.tiles.values():
            tile.relabel(lang)

    def show_snapshot(self, snapshot: Snapshot | None, lang: str) -> None:
        for kpi, field in TILES:
            value = math.nan if snapshot is None else float(getattr(snapshot, field))
            self.tiles[kpi].show_value(value, lang)
