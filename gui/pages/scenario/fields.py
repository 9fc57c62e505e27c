"""Bindings between scenario fields (dotted paths) and editor widgets, with highlighting."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import yaml
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from gui.pages.scenario.dist_edit import DistEdit
from gui.scenario_edit import describe, field_of  # noqa: F401 (describe re-exported)
from simulator.common.errors import InputError
from simulator.common.yamlio import parse_value

ERROR_STYLE = "border: 2px solid #d0342c; border-radius: 3px;"
#: a border would restyle a spin box's arrows; a red background keeps them
SPIN_ERROR_STYLE = "QAbstractSpinBox { background: #f6c6c2; }"
NO_VALUE = object()


def value_at(obj: Any, path: str, default: Any = None) -> Any:
    """The value at a dotted path of a scenario (attributes and mapping keys)."""
    for key in path.split("."):
        if obj is None:
            return default
        obj = obj.get(key, default) if isinstance(obj, dict) else getattr(obj, key, default)
    return obj


def dist_text(dist: Any) -> str:
    """A distribution as a one-line YAML flow mapping (empty for none)."""
    if dist is None:
        return ""
    data = dist.model_dump(exclude_none=True) if hasattr(dist, "model_dump") else dist
    return yaml.safe_dump(
        data, default_flow_style=True, allow_unicode=True, width=200, sort_keys=False
    ).strip()


class Binding(QObject):
    """One field path shown by one widget; :attr:`committed` carries values to apply."""

    committed = Signal(dict)
    #: the typed text could not be read at all (the field shows why); nothing was applied
    unreadable = Signal()

    def __init__(self, path: str, widget: QWidget) -> None:
        super().__init__(widget)
        self.path = path
        self.widget = widget
        self.base_tooltip = ""
        self.error = ""
        self.label_source = ""  # the form's label (context ScenarioForm), set by the form

    def show(self, scenario: Any) -> None:
        """Display the scenario's value without emitting an edit."""
        blocked = self.widget.blockSignals(True)
        try:
            self.write(value_at(scenario, self.path))
        finally:
            self.widget.blockSignals(blocked)

    def write(self, value: Any) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def read(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def commit(self) -> None:
        value = self.read()
        if value is not NO_VALUE:
            self.committed.emit({self.path: value})
        else:
            self.unreadable.emit()

    def set_error(self, text: str) -> None:
        self.error = text
        style = SPIN_ERROR_STYLE if isinstance(self.widget, QAbstractSpinBox) else ERROR_STYLE
        self.widget.setStyleSheet(style if text else "")
        self.widget.setToolTip(text or self.base_tooltip)

    def show_problems(self, diagnostics: list[Any]) -> None:
        """Mark this field with the diagnostics about it (none: clear the mark)."""
        self.set_error("\n".join(describe(d) for d in diagnostics))


class NumberBinding(Binding):
    """A float in a spin box whose range is wide on purpose: the schema judges the value."""

    def __init__(self, path: str, decimals: int = 2, step: float = 1.0, suffix: str = ""):
        box = QDoubleSpinBox()
        box.setRange(-1e9, 1e9)
        box.setDecimals(decimals)
        box.setSingleStep(step)
        box.setSuffix(suffix)
        box.setKeyboardTracking(False)
        box.setMinimumWidth(110)
        super().__init__(path, box)
        box.valueChanged.connect(self.commit)

    def write(self, value: Any) -> None:
        self.widget.setValue(float(value or 0.0))

    def read(self) -> Any:
        value = self.widget.value()
        return int(value) if value.is_integer() and self.widget.decimals() == 0 else value


class IntBinding(Binding):
    def __init__(self, path: str, suffix: str = ""):
        box = QSpinBox()
        box.setRange(-1_000_000, 1_000_000_000)
        box.setSuffix(suffix)
        box.setKeyboardTracking(False)
        box.setMinimumWidth(110)
        super().__init__(path, box)
        box.valueChanged.connect(self.commit)

    def write(self, value: Any) -> None:
        self.widget.setValue(int(value or 0))

    def read(self) -> Any:
        return self.widget.value()


class CheckBinding(Binding):
    def __init__(self, path: str):
        super().__init__(path, QCheckBox())
        self.widget.toggled.connect(self.commit)

    def write(self, value: Any) -> None:
        self.widget.setChecked(bool(value))

    def read(self) -> Any:
        return self.widget.isChecked()


class ChoiceBinding(Binding):
    """A fixed set of values; ``labels`` are translated source strings."""

    def __init__(self, path: str, choices: Iterable[tuple[Any, str]], context: str):
        super().__init__(path, QComboBox())
        self.choices = list(choices)
        self.context = context
        self.retranslate()
        self.widget.currentIndexChanged.connect(self.commit)

    def retranslate(self) -> None:
        blocked = self.widget.blockSignals(True)
        index = self.widget.currentIndex()
        self.widget.clear()
        for _, label in self.choices:
            self.widget.addItem(QCoreApplication.translate(self.context, label))
        self.widget.setCurrentIndex(max(index, 0))
        self.widget.blockSignals(blocked)

    def write(self, value: Any) -> None:
        values = [v for v, _ in self.choices]
        self.widget.setCurrentIndex(values.index(value) if value in values else 0)

    def read(self) -> Any:
        return self.choices[self.widget.currentIndex()][0]


class MapEntryBinding(NumberBinding):
    """One key of a mapping field (``proactive.delay_notices.late_share.logistics``).

    An edit submits the whole mapping with this key changed: setting one key alone would
    replace a default mapping the file left unset, and lose its other keys.
    """

    def __init__(self, path: str, decimals: int = 2, step: float = 0.05) -> None:
        super().__init__(path, decimals, step)
        self.mapping_path, self.key = path.rsplit(".", 1)
        self._mapping: dict[str, Any] = {}

    def show(self, scenario: Any) -> None:
        self._mapping = dict(value_at(scenario, self.mapping_path) or {})
        super().show(scenario)

    def commit(self) -> None:
        self.committed.emit({self.mapping_path: {**self._mapping, self.key: self.read()}})


class ChecksBinding(Binding):
    """A set of values as a row of check boxes; ``choices`` pair values with source labels."""

    def __init__(self, path: str, choices: Iterable[tuple[Any, str]], context: str) -> None:
        frame = QFrame()
        frame.setObjectName("checks")
        row = QHBoxLayout(frame)
        row.setContentsMargins(2, 2, 2, 2)
        self.choices = list(choices)
        self.context = context
        self.boxes = [QCheckBox(frame) for _ in self.choices]
        for box in self.boxes:
            row.addWidget(box)
            box.toggled.connect(self.commit)
        row.addStretch(1)
        super().__init__(path, frame)
        self.retranslate()

    def retranslate(self) -> None:
        for box, (_, label) in zip(self.boxes, self.choices, strict=True):
            box.setText(QCoreApplication.translate(self.context, label))

    def write(self, value: Any) -> None:
        chosen = set(value or ())
        for box, (v, _) in zip(self.boxes, self.choices, strict=True):
            blocked = box.blockSignals(True)
            box.setChecked(v in chosen)
            box.blockSignals(blocked)

    def read(self) -> Any:
        return [v for box, (v, _) in zip(self.boxes, self.choices, strict=True) if box.isChecked()]

    def set_error(self, text: str) -> None:
        self.error = text
        self.widget.setStyleSheet(f"QFrame#checks {{ {ERROR_STYLE} }}" if text else "")
        self.widget.setToolTip(text or self.base_tooltip)


class TextBinding(Binding):
    """Free text; ``parse`` turns it into the field's value (raise ValueError to refuse)."""

    def __init__(
        self,
        path: str,
        to_text: Callable[[Any], str] = lambda v: "" if v is None else str(v),
        parse: Callable[[str], Any] = lambda s: s,
        widget: QLineEdit | None = None,
    ):
        super().__init__(path, widget if widget is not None else QLineEdit())
        self.to_text = to_text
        self.parse = parse
        self.widget.editingFinished.connect(self.commit)
        self._shown = ""

    def write(self, value: Any) -> None:
        self._shown = self.to_text(value)
        self.widget.setText(self._shown)

    def commit(self) -> None:
        if self.widget.text() != self._shown:
            super().commit()

    def read(self) -> Any:
        try:
            return self.parse(self.widget.text())
        except ValueError:
            self.set_error(
                self.tr("cannot read “{text}” here; the field keeps it until it is fixed").format(
                    text=self.widget.text()
                )
            )
            return NO_VALUE


def parse_words(text: str) -> list[str]:
    return [w for w in text.replace(",", " ").replace(",", " ").split() if w]


def parse_optional_number(text: str) -> float | None:
    text = text.strip()
    return None if not text or text.lower() in ("off", "none", "null", "-") else float(text)


def parse_optional_int(text: str) -> float | int | None:
    """A whole number, or None when empty; 2.5 stays a float for the schema to refuse."""
    value = parse_optional_number(text)
    return int(value) if value is not None and value.is_integer() else value


def parse_dist(text: str) -> Any:
    text = text.strip()
    if not text:
        return None
    try:  # the strict reader of data files: no dates, duplicate keys, NaN or deep nesting
        value = parse_value(text if text.startswith("{") else "{" + text + "}", "distribution")
    except InputError:
        raise ValueError(f"not a YAML mapping: {text}") from None
    if not isinstance(value, dict):
        raise ValueError(f"not a mapping like {{dist: lognormal, mean_s: 30, cv: 0.8}}: {text}")
    return value


class DistBinding(TextBinding):
    """A distribution: its YAML to edit, shown in words otherwise (:class:`DistEdit`)."""

    def __init__(self, path: str) -> None:
        super().__init__(path, dist_text, parse_dist, DistEdit())

    def write(self, value: Any) -> None:
        self._shown = dist_text(value)
        self.widget.show_value(value, self._shown)


def dist_binding(
    path: str, placeholder: str = "{dist: lognormal, mean_s: 30, cv: 0.8}"
) -> TextBinding:
    """A distribution field; a count distribution shows a count example as its placeholder."""
    binding = DistBinding(path)
    binding.widget.setPlaceholderText(placeholder)
    binding.widget.setMinimumWidth(280)
    return binding


def matches(binding_path: str, field: str) -> bool:
    """True when a diagnostic about ``field`` is about the widget at ``binding_path``."""
    return field == binding_path or field.startswith((binding_path + ".", binding_path + "["))


def place_diagnostics(
    paths: Iterable[str], diagnostics: Iterable[Any], attempted: Iterable[str]
) -> dict[str, list[Any]]:
    """Which binding path shows which diagnostics.

    A diagnostic goes to every binding whose path it names (or a field inside it); one that
    names only a parent (e.g. ``agents``) or no field goes to the bindings just edited.
    """
    paths = list(paths)
    attempted = [p for p in attempted if p in paths] or []
    placed: dict[str, list[Any]] = {}
    for diag in diagnostics:
        field = field_of(diag)
        targets = [p for p in paths if field and matches(p, field)]
        if not targets:
            targets = [p for p in attempted if not field or p.startswith(field)] or attempted
        for p in targets:
            placed.setdefault(p, []).append(diag)
    return placed
