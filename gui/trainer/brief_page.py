"""Before starting: the customer's card, the order, the trainee's authority, the rubric up
front, and the choice between practice (coaching after each reply) and exam (none)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.trainer.cards import AuthorityCard, CustomerCard, OrderCard, RubricCard
from simulator.roleplay.script import Script

__all__ = ["BriefPage"]


class BriefPage(QWidget):
    """Shows a script's brief; emits :attr:`startRequested` with the chosen mode."""

    startRequested = Signal(str)  # noqa: N815 (Qt signal naming)
    backRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.script: Script | None = None
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.title.setWordWrap(True)
        self.customer_card = CustomerCard(self)
        self.order_card = OrderCard(self)
        self.authority_card = AuthorityCard(self)
        self.rubric_card = RubricCard(self)
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.customer_card, 0, 0)
        grid.addWidget(self.order_card, 0, 1)
        grid.addWidget(self.authority_card, 1, 0)
        grid.addWidget(self.rubric_card, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)

        self.mode_label = QLabel(self)
        self.practice_mode = QRadioButton(self)
        self.exam_mode = QRadioButton(self)
        self.practice_mode.setChecked(True)
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.practice_mode)
        self.modes.addButton(self.exam_mode)
        self.mode_help = QLabel(self)
        self.mode_help.setWordWrap(True)
        self.mode_help.setStyleSheet("color: #5b6270;")
        self.modes.buttonToggled.connect(lambda *_: self._explain_mode())
        self.handoff_label = QLabel(self)
        self.warm = QRadioButton(self)
        self.cold = QRadioButton(self)
        self.warm.setChecked(True)
        self.handoffs = QButtonGroup(self)
        self.handoffs.addButton(self.warm)
        self.handoffs.addButton(self.cold)
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.backRequested.emit)
        self.start_button = QPushButton(self)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda: self.startRequested.emit(self.mode()))
        modes = QHBoxLayout()
        modes.addWidget(self.mode_label)
        modes.addWidget(self.practice_mode)
        modes.addWidget(self.exam_mode)
        modes.addSpacing(24)
        modes.addWidget(self.handoff_label)
        modes.addWidget(self.warm)
        modes.addWidget(self.cold)
        modes.addStretch(1)
        modes.addWidget(self.back_button)
        modes.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addLayout(modes)
        layout.addWidget(self.mode_help)
        self.retranslate()

    def show_script(self, script: Script) -> None:
        self.script = script
        for card in (self.customer_card, self.order_card, self.authority_card, self.rubric_card):
            card.show_script(script)
        from_bot = script.handoff is not None
        for widget in (self.handoff_label, self.warm, self.cold):
            widget.setVisible(from_bot)
        self.retranslate()

    def mode(self) -> str:
        return "exam" if self.exam_mode.isChecked() else "practice"

    def handoff(self) -> str | None:
        """``"warm"`` or ``"cold"`` for a chat that arrives from the bot, else None."""
        if self.script is None or self.script.handoff is None:
            return None
        return "cold" if self.cold.isChecked() else "warm"

    def set_handoff(self, handoff: str) -> None:
        (self.cold if handoff == "cold" else self.warm).setChecked(True)

    def set_mode(self, mode: str) -> None:
        (self.exam_mode if mode == "exam" else self.practice_mode).setChecked(True)

    def _explain_mode(self) -> None:
        if self.mode() == "exam":
            self.mode_help.setText(
                self.tr(
                    "Exam: no coaching hints and no model answers; a countdown shows the time "
                    "each reply may take."
                )
            )
        else:
            self.mode_help.setText(
                self.tr(
                    "Practice: a coaching hint after each reply, better phrasings in the scorecard."
                )
            )

    def retranslate(self) -> None:
        if self.script is not None:
            self.title.setText(self.tr("Brief: {title}").format(title=self.script.title))
        self.mode_label.setText(self.tr("Mode:"))
        self.practice_mode.setText(self.tr("Practice"))
        self.exam_mode.setText(self.tr("Exam"))
        self.handoff_label.setText(self.tr("From the bot:"))
        self.warm.setText(self.tr("Warm (transcript shown)"))
        self.warm.setToolTip(self.tr("You see what the customer already told the bot"))
        self.cold.setText(self.tr("Cold (nothing shown)"))
        self.cold.setToolTip(self.tr("The customer must tell you again: compare the scores"))
        self.back_button.setText(self.tr("← Other script"))
        self.start_button.setText(self.tr("Start the chat"))
        self._explain_mode()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
