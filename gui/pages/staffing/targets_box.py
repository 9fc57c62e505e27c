"""The Staffing page's targets (FRT SLA and threshold, abandonment) and search settings."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QGroupBox, QLabel, QSpinBox, QWidget

from simulator.experiments.staffing import StaffingTargets


def _spin(lo: float, hi: float, value: float, decimals: int, suffix: str = "") -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(lo, hi)
    box.setDecimals(decimals)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


class TargetsBox(QGroupBox):
    """What every hour must achieve (shares in %), replications, seed and most candidates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frt_sla = _spin(1.0, 99.0, 80.0, 1, " %")
        self.frt_threshold = _spin(1.0, 3600.0, 30.0, 0, " s")
        self.max_abandon = _spin(0.0, 99.0, 5.0, 1, " %")
        self.replications = QSpinBox(self)
        self.replications.setRange(1, 100)
        self.replications.setValue(3)
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 2**31 - 1)
        self.max_iterations = QSpinBox(self)
        self.max_iterations.setRange(1, 100)
        self.max_iterations.setValue(20)
        widgets = {
            "sla": self.frt_sla,
            "threshold": self.frt_threshold,
            "abandon": self.max_abandon,
            "reps": self.replications,
            "seed": self.seed,
            "iter": self.max_iterations,
        }
        self.labels = {key: QLabel(self) for key in widgets}
        grid = QGridLayout(self)
        for n, (key, widget) in enumerate(widgets.items()):
            grid.addWidget(self.labels[key], n // 3, 2 * (n % 3))
            grid.addWidget(widget, n // 3, 2 * (n % 3) + 1)

    def targets(self) -> StaffingTargets:
        """The targets as the planner takes them (shares as fractions)."""
        return StaffingTargets(
            self.frt_sla.value() / 100.0,
            self.frt_threshold.value(),
            self.max_abandon.value() / 100.0,
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Targets, every hour"))
        texts = {
            "sla": self.tr("First replies within the threshold:"),
            "threshold": self.tr("Threshold:"),
            "abandon": self.tr("Abandonment at most:"),
            "reps": self.tr("Replications:"),
            "seed": self.tr("Seed:"),
            "iter": self.tr("Most candidates:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.frt_sla.setToolTip(
            self.tr("Share of answered handed-off chats whose first human reply is in time")
        )
        self.max_abandon.setToolTip(self.tr("Largest share of handed-off chats that may leave"))
        self.max_iterations.setToolTip(self.tr("Most candidate schedules the search simulates"))
