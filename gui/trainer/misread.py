"""The "I was misread" dialog: tick the moves a reply should have been read as; stored as a labelled
example (``ProgressStore.mark_misread``) so the reply understanding can learn from real use."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.app import current_language
from simulator.roleplay.lexicon import MOVES
from simulator.roleplay.names import move_name

__all__ = ["MisreadDialog"]


class MisreadDialog(QDialog):
    """Checkboxes of every move, ticked as the engine read ``reply``; the trainee corrects them.

    Args:
        turn: the reply's turn number (1 for the first).
        reply: the trainee's words.
        read: the moves the engine found.
    """

    def __init__(
        self, turn: int, reply: str, read: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.turn = turn
        self.read = tuple(read)
        self.setWindowTitle(self.tr("I was misread: turn {n}").format(n=turn))
        lang = current_language()
        intro = QLabel(
            self.tr("Tick what this reply really does. It was read as: {moves}").format(
                moves=("、" if lang == "zh" else ", ").join(move_name(m, lang) for m in self.read)
                or "—"
            ),
            self,
        )
        intro.setWordWrap(True)
        words = QLabel(f"「{reply}」" if lang == "zh" else f"“{reply}”", self)
        words.setWordWrap(True)
        words.setStyleSheet("background: #d6ecff; padding: 6px; border-radius: 6px;")
        grid = QGridLayout()
        self.boxes: dict[str, QCheckBox] = {}
        for i, move in enumerate(MOVES):
            box = QCheckBox(move_name(move, lang), self)
            box.setToolTip(move)
            box.setChecked(move in self.read)
            box.toggled.connect(self._update_ok)
            self.boxes[move] = box
            grid.addWidget(box, i // 3, i % 3)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self._update_ok()  # a mark that changes nothing is no labelled example
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(words)
        layout.addLayout(grid)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    def moves(self) -> tuple[str, ...]:
        """The ticked moves, in the lexicon's order."""
        return tuple(m for m, box in self.boxes.items() if box.isChecked())

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(set(self.moves()) != set(self.read))

    def set_moves(self, moves: Sequence[str]) -> None:
        for move, box in self.boxes.items():
            box.setChecked(move in moves)
