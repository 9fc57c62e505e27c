"""The scorecard's rubric lines: points, the trainee's own words (click → the turn), a better
phrasing (hidden in exam mode) and the knowledge-base facts that were not stated."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from gui.app import current_language
from simulator.common.errors import KefuLabError
from simulator.roleplay.kb import load_kb
from simulator.roleplay.names import dimension_name, move_name, order_fact_name
from simulator.roleplay.records import Scorecard
from simulator.roleplay.script import Script

__all__ = ["DimensionLine", "DimensionView", "evidence_turn", "missed_facts"]

_TIME_SUFFIX = re.compile(r"\s*\(\d+ s\)$")


@dataclass(frozen=True)
class MissedFact:
    """A knowledge-base fact the script required and the trainee never stated."""

    key: str
    value: str | None


def evidence_turn(scorecard: Scorecard, dimension: str) -> int | None:
    """The turn a dimension's evidence comes from: the first turn that lost points there,
    else the reply that holds the quoted words."""
    lost = [p.turn for p in scorecard.penalties if p.dimension == dimension and p.turn]
    if lost:
        return lost[0]
    words = _TIME_SUFFIX.sub("", scorecard.dimensions[dimension].evidence).rstrip("…").strip()
    if not words:
        return None
    for turn in scorecard.turns:
        if words in " ".join(turn.trainee_text.split()):
            return turn.index
    return None


def missed_facts(scorecard: Scorecard, script: Script, dimension: str) -> list[MissedFact]:
    """Facts the dimension lost points for (``missing_fact:KEY`` penalties), with KB values."""
    keys = [
        p.move.split(":", 1)[1]
        for p in scorecard.penalties
        if p.dimension == dimension and p.move.startswith("missing_fact:")
    ]
    if not keys:
        return []
    try:
        kb = load_kb()
    except KefuLabError:
        kb = None
    refs = {r.key: r for r in script.scoring.required_facts}
    out = []
    for key in keys:
        product = script.fact_product(refs[key]) if key in refs else None
        value = kb.fact(key, product, lang=script.lang) if kb is not None else None
        out.append(MissedFact(key, None if value is None else str(value)))
    return out


class EvidenceLabel(QLabel):
    """The trainee's words; a click emits :attr:`clicked` with the turn they come from."""

    clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.turn: int | None = None
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_turn(self, turn: int | None) -> None:
        self.turn = turn
        clickable = turn is not None
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        self.setStyleSheet(
            "color: #1f5fa8; text-decoration: underline;" if clickable else "color: #333;"
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton and self.turn is not None:
            self.clicked.emit(self.turn)
        super().mouseReleaseEvent(event)


class DimensionLine(QFrame):
    """One rubric dimension of the scorecard."""

    def __init__(self, dimension: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dimension = dimension
        self.setObjectName("DimensionLine")
        self.setStyleSheet(
            "QFrame#DimensionLine { background: white; border: 1px solid #e0e3e8;"
            " border-radius: 6px; }"
        )
        self.name = QLabel(self)
        self.name.setStyleSheet("font-weight: bold;")
        self.points = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.evidence = EvidenceLabel(self)
        self.suggestion = QLabel(self)
        self.suggestion.setWordWrap(True)
        self.suggestion.setStyleSheet("color: #2e6b32;")
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setStyleSheet("color: #8a5a00;")
        head = QHBoxLayout()
        head.addWidget(self.name)
        head.addStretch(1)
        head.addWidget(self.points)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        layout.addLayout(head)
        layout.addWidget(self.bar)
        layout.addWidget(self.evidence)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.facts)


class DimensionView(QWidget):
    """Every rubric dimension of a scorecard, each a :class:`DimensionLine`."""

    turnClicked = Signal(int)  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: dict[str, DimensionLine] = {}
        self.scorecard: Scorecard | None = None
        self.script: Script | None = None
        self.exam = False
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(6)
        self.column.addStretch(1)

    def show_scorecard(self, scorecard: Scorecard, script: Script, exam: bool) -> None:
        self.scorecard, self.script, self.exam = scorecard, script, exam
        for line in self.lines.values():
            line.deleteLater()
        self.lines.clear()
        for dim, score in scorecard.dimensions.items():
            if score.max <= 0:
                continue
            line = DimensionLine(dim, self)
            line.evidence.clicked.connect(self.turnClicked.emit)
            self.column.insertWidget(self.column.count() - 1, line)
            self.lines[dim] = line
        self.retranslate()

    def retranslate(self) -> None:
        if self.scorecard is None or self.script is None:
            return
        lang = current_language()
        for dim, line in self.lines.items():
            score = self.scorecard.dimensions[dim]
            name = dimension_name(dim, lang)
            line.name.setText(name[:1].upper() + name[1:])
            blocked = dim == "compliance" and self.scorecard.blocked
            if blocked:
                line.points.setText(self.tr("Blocks a pass"))
                line.points.setStyleSheet("color: #b71c1c; font-weight: bold;")
            else:
                line.points.setText(
                    self.tr("{score:g} of {max:g}").format(score=score.score, max=score.max)
                )
                line.points.setStyleSheet("")
            line.bar.setRange(0, int(round(score.max * 10)))
            line.bar.setValue(int(round(score.score * 10)))
            turn = evidence_turn(self.scorecard, dim)
            line.evidence.set_turn(turn)
            opening, closing = ("「", "」") if self.script.lang == "zh" else ("“", "”")
            words = (
                f"{opening}{score.evidence}{closing}"
                if score.evidence
                else self.tr("(no words of yours)")
            )
            where = self.tr(" (turn {n})").format(n=turn) if turn else ""
            line.evidence.setText(self.tr("Your words: {words}").format(words=words) + where)
            lost = [p for p in self.scorecard.penalties if p.dimension == dim and p.points > 0]
            full = score.score >= score.max - 1e-9
            show_better = bool(score.suggestion) and not full and not self.exam
            line.suggestion.setVisible(show_better)
            line.suggestion.setText(
                self.tr("Better: {text}").format(text=score.suggestion) if show_better else ""
            )
            facts = missed_facts(self.scorecard, self.script, dim)
            parts = [
                self.tr("{key}: {value}").format(
                    key=order_fact_name(f.key, current_language()), value=f.value or "?"
                )
                for f in facts
            ]
            if blocked:
                reasons = [p.reason for p in lost if p.reason]
                line.facts.setText("\n".join(reasons))
            elif parts:
                line.facts.setText(
                    self.tr("Knowledge-base fact not stated: {facts}").format(
                        facts="; ".join(parts)
                    )
                )
            else:
                losses = "; ".join(f"−{p.points:g} {self._loss(p.move, lang)}" for p in lost[:3])
                line.facts.setText(
                    self.tr("Points lost: {losses}").format(losses=losses) if lost else ""
                )
            line.facts.setVisible(bool(line.facts.text()))

    def _loss(self, move: str, lang: str) -> str:
        """A penalty's move as words: ``missing:x`` is "no x", ``early:x`` is "x too early"."""
        kind, _, name = move.rpartition(":")
        label = move_name(name, lang)
        if kind == "missing":
            return self.tr("{move} missing").format(move=label)
        if kind == "early":
            return self.tr("{move} too early").format(move=label)
        return label

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
