"""The flow of sessions so far: bot → resolved / left / handed off (by reason) → abandoned.

One custom-painted widget: a labelled bar per stage, its length the share of all arrivals (the
page says so in the panel's title: the KPI tile "abandoned in the queue" counts on another base,
the chats handed off that ended, and says so too). It is repainted on every frame of a run, so
the labels are laid out once (``QStaticText``, kept per text) and only the counts are drawn anew.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QStaticText
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
        self._labels: dict[str, tuple[QStaticText, float]] = {}  # text -> laid out, its width
        self._colours: dict[str, QColor] = {}
        self._metrics = QFontMetrics(self.font())
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
            if snapshot is not None:  # tall enough for every row (a reason appears mid-run);
                # never shrunk, so each run does not re-lay out the page as reasons reappear
                reasons = sum(1 for n in snapshot.handed_off_by_reason.values() if n)
                height = (8 + reasons) * (self._metrics.height() + 2)
                if height > self.minimumHeight():
                    self.setMinimumHeight(height)
            self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange:
            self._metrics = QFontMetrics(self.font())
            self._labels.clear()
        super().changeEvent(event)

    def _label(self, text: str) -> tuple[QStaticText, float]:
        """``text`` laid out once, and its width."""
        label = self._labels.get(text)
        if label is None:
            static = QStaticText(text)
            static.prepare(font=self.font())
            label = self._labels[text] = (static, self._metrics.horizontalAdvance(text))
        return label

    def _colour(self, name: str) -> QColor:
        colour = self._colours.get(name)
        if colour is None:
            colour = self._colours[name] = QColor(name)
        return colour

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if self.snapshot is None:
            return
        p = QPainter(self)
        p.setPen(self.palette().windowText().color())
        rows = self.rows_of(self.snapshot)
        labels = [self._label(r.label) for r in rows]
        fm = self._metrics
        label_w = max(w + 12 * r.indent for r, (_, w) in zip(rows, labels, strict=True)) + 8
        count_w = fm.horizontalAdvance("100,000 (100.0%)") + 6
        bar_w = max(self.width() - label_w - count_w - 4, 10)
        row_h = min(max(fm.height() + 2, self.height() / max(len(rows), 1)), fm.height() * 1.8)
        # a text's top-left corner for QStaticText, its baseline for a plain text, centred
        top = (row_h - fm.height()) / 2.0
        baseline = top + fm.ascent()
        total = max(self.snapshot.arrivals, 1)
        for i, (r, (label, _)) in enumerate(zip(rows, labels, strict=True)):
            y = i * row_h
            p.drawStaticText(QPointF(2 + 12 * r.indent, y + top), label)
            share = r.count / total
            length = bar_w * min(share, 1.0)
            p.fillRect(
                QRectF(label_w, y + row_h * 0.18, length, row_h * 0.64), self._colour(r.colour)
            )
            p.drawText(
                QPointF(label_w + length + 4, y + baseline), f"{r.count:,} ({share * 100:.1f}%)"
            )
