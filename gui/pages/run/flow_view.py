"""The flow of sessions so far: bot → resolved / left / handed off (by reason) → abandoned.

One custom-painted widget: a labelled bar per stage, its length the share of all arrivals (the
page says so in the panel's title: the KPI tile "abandoned in the queue" counts on another base,
the chats handed off that ended, and says so too).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from simulator.model.simulation import Snapshot


@dataclass(frozen=True)
class FlowRow:
    """One bar: its label, count, colour and indent (reasons sit under "handed off")."""

    label: str
    count: int
    colour: str
    indent: int = 0


class FlowView(QWidget):
    """Paints the rows of :meth:`rows_of` for the latest snapshot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot: Snapshot | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(320, 200)

    def reason_label(self, reason: str) -> str:
        names = {
            "keyword": self.tr("keyword"),
            "request": self.tr("asked for a human"),
            "emotion": self.tr("emotion"),
            "failed_answers": self.tr("failed answers"),
            "no_bot": self.tr("no bot"),
        }
        return names.get(reason, reason)

    def basis_text(self) -> str:
        """What the bars and percentages are shares of."""
        return self.tr("bars and % of all arrivals, warm-up included")

    def rows_of(self, s: Snapshot) -> list[FlowRow]:
        """The stages of ``s`` as bars."""
        rows = [
            FlowRow(self.tr("Arrived"), s.arrivals, "#6baed6"),
            FlowRow(self.tr("With the bot now"), s.with_bot, "#c6dbef"),
            FlowRow(self.tr("Resolved by the bot"), s.bot_resolved, "#31a354"),
            FlowRow(self.tr("Left at the bot"), s.bot_left, "#fdae6b"),
            FlowRow(self.tr("Handed off"), s.handed_off, "#756bb1"),
        ]
        for reason, count in s.handed_off_by_reason.items():
            if count:
                rows.append(FlowRow(self.reason_label(reason), count, "#bcbddc", 1))
        rows += [
            FlowRow(self.tr("Abandoned in the queue"), s.abandoned, "#de2d26"),
            FlowRow(self.tr("Resolved (bot and human)"), s.resolved, "#238b45"),
            FlowRow(self.tr("Ordered"), s.ordered, "#8c6d31"),
        ]
        return rows

    def set_snapshot(self, snapshot: Snapshot | None) -> None:
        if snapshot is not self.snapshot:
            self.snapshot = snapshot
            if snapshot is not None:  # tall enough for every row (a reason appears mid-run)
                reasons = sum(1 for n in snapshot.handed_off_by_reason.values() if n)
                height = (8 + reasons) * (QFontMetrics(self.font()).height() + 2)
                if height != self.minimumHeight():
                    self.setMinimumHeight(height)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if self.snapshot is None:
            return
        p = QPainter(self)
        rows = self.rows_of(self.snapshot)
        fm = QFontMetrics(self.font())
        label_w = max(fm.horizontalAdvance(r.label) + 12 * r.indent for r in rows) + 8
        count_w = fm.horizontalAdvance("100,000 (100.0%)") + 6
        bar_w = max(self.width() - label_w - count_w - 4, 10)
        row_h = min(max(fm.height() + 2, self.height() / max(len(rows), 1)), fm.height() * 1.8)
        total = max(self.snapshot.arrivals, 1)
        for i, r in enumerate(rows):
            y = i * row_h
            p.setPen(self.palette().windowText().color())
            p.drawText(
                QRectF(2 + 12 * r.indent, y, label_w, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                r.label,
            )
            share = r.count / total
            p.fillRect(
                QRectF(label_w, y + row_h * 0.18, bar_w * min(share, 1.0), row_h * 0.64),
                QColor(r.colour),
            )
            p.drawText(
                QRectF(label_w + bar_w * min(share, 1.0) + 4, y, count_w, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                f"{r.count:,} ({share * 100:.1f}%)",
            )
