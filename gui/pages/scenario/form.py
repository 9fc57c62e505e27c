"""The scenario form's building blocks: a scrolling tab of labelled groups, as the file is.

The tabs themselves are built in ``tab_traffic``, ``tab_bot``, ``tab_agents``,
``tab_customers`` and ``tab_proactive``; their labels and tooltips use the context
``ScenarioForm``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.pages.scenario.fields import Binding, parse_words

CONTEXT = "ScenarioForm"


def optional_number_text(value: object) -> str:
    return "" if value is None else f"{value:g}"


def numbers_text(values: object) -> str:
    return " ".join(f"{v:g}" for v in values or ())


def parse_numbers(text: str) -> list[float]:
    return [float(w) for w in parse_words(text)]


class FormTab(QScrollArea):
    """A scrolling tab of groups; remembers every label's source text to re-translate it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        outer = QVBoxLayout(body)
        self.top = QVBoxLayout()
        self.columns = QHBoxLayout()
        self.left = QVBoxLayout()
        self.right = QVBoxLayout()
        self.columns.addLayout(self.left, 1)
        self.columns.addLayout(self.right, 1)
        self.bottom = QVBoxLayout()
        outer.addLayout(self.top)
        outer.addLayout(self.columns)
        outer.addLayout(self.bottom)
        outer.addStretch(1)
        self.setWidget(body)
        self.bindings: list[Binding] = []
        self.texts: list[tuple[object, str]] = []  # (widget with setText/setTitle, source)

    def group(self, title: str, column: str = "left") -> QFormLayout:
        box = QGroupBox()
        self.texts.append((box, title))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        places = {"top": self.top, "left": self.left, "right": self.right, "bottom": self.bottom}
        places[column].addWidget(box)
        return form

    def row(self, form: QFormLayout, label: str, binding: Binding, tip: str = "") -> Binding:
        text = QLabel()
        text.setBuddy(binding.widget)
        self.texts.append((text, label))
        if tip:
            self.texts.append((binding, tip))
        form.addRow(text, binding.widget)
        self.bindings.append(binding)
        binding.label_source = label
        return binding

    def wide(self, form: QFormLayout, binding: Binding) -> Binding:
        form.addRow(binding.widget)
        box = form.parentWidget()
        binding.label_source = next(src for target, src in self.texts if target is box)
        self.bindings.append(binding)
        return binding

    def finish(self) -> None:
        self.left.addStretch(1)
        self.right.addStretch(1)

    def retranslate(self) -> None:
        for target, source in self.texts:
            text = QCoreApplication.translate(CONTEXT, source)
            if isinstance(target, QGroupBox):
                target.setTitle(text)
            elif isinstance(target, Binding):
                target.base_tooltip = text
                if not target.error:
                    target.widget.setToolTip(text)
            else:
                target.setText(text)
        for binding in self.bindings:
            if hasattr(binding, "retranslate"):
                binding.retranslate()
