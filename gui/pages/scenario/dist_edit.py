"""A distribution field: in words while it is not being edited, its YAML while it is.

``{dist: lognormal, mean_s: 30, cv: 0.8}`` reads as "对数正态分布，均值 30 秒，变异系数 0.8" (zh)
or "lognormal, mean 30 s, CV 0.8" (en) in the form; a click (focus) shows the YAML to edit, and
leaving the field applies it and shows the words again. Text that could not be applied stays as
typed. The words are Qt translations (context ``DistWords``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit


def _tr(text: str) -> str:
    return QCoreApplication.translate("DistWords", text)


def _num(x: Any) -> str:
    return f"{float(x):g}"


def dist_words(dist: Any) -> str:
    """``dist`` (a Distribution model or its mapping) in words, in the window's language."""
    if dist is None:
        return ""
    d: Mapping[str, Any] = (
        dist.model_dump(exclude_none=True) if hasattr(dist, "model_dump") else dist
    )
    name = d.get("dist", "")
    if "mean_s" in d:
        mean = _tr(QT_TRANSLATE_NOOP("DistWords", "mean {n} s")).format(n=_num(d["mean_s"]))
    elif "mean" in d:
        mean = _tr(QT_TRANSLATE_NOOP("DistWords", "mean {n}")).format(n=_num(d["mean"]))
    else:
        mean = ""
    cv = _tr(QT_TRANSLATE_NOOP("DistWords", "CV {n}")).format(n=_num(d["cv"])) if "cv" in d else ""
    names = {
        "exponential": _tr(QT_TRANSLATE_NOOP("DistWords", "exponential")),
        "lognormal": _tr(QT_TRANSLATE_NOOP("DistWords", "lognormal")),
        "gamma": _tr(QT_TRANSLATE_NOOP("DistWords", "gamma")),
        "geometric": _tr(QT_TRANSLATE_NOOP("DistWords", "geometric")),
        "poisson1": _tr(QT_TRANSLATE_NOOP("DistWords", "1 + Poisson")),
    }
    if name in names:
        return _tr(QT_TRANSLATE_NOOP("DistWords", ", ")).join(
            p for p in (names[name], mean, cv) if p
        )
    if name == "constant" and "value" in d:
        return _tr(QT_TRANSLATE_NOOP("DistWords", "always {n}")).format(n=_num(d["value"]))
    if name == "uniform" and "low" in d and "high" in d:
        return _tr(QT_TRANSLATE_NOOP("DistWords", "uniform from {low} to {high}")).format(
            low=_num(d["low"]), high=_num(d["high"])
        )
    if name == "discrete" and "values" in d:
        values = list(d["values"])
        weights = list(d.get("weights") or [1.0] * len(values))
        total = sum(weights) or 1.0
        parts = [f"{_num(v)} ({w / total:.0%})" for v, w in zip(values, weights, strict=False)]
        return _tr(QT_TRANSLATE_NOOP("DistWords", "one of {values}")).format(
            values=_tr(QT_TRANSLATE_NOOP("DistWords", ", ")).join(parts)
        )
    return ""


class DistEdit(QLineEdit):
    """A line edit that shows :func:`dist_words` of its value unless focused or unapplied."""

    def __init__(self) -> None:
        super().__init__()
        self._value: Any = None
        self._yaml = ""
        self._showing_words = False
        self._editing = False

    def show_value(self, value: Any, yaml_text: str) -> None:
        """Show ``value`` (its YAML is ``yaml_text``): in words, or as YAML while edited."""
        self._value, self._yaml = value, yaml_text
        if self._editing:
            self.setText(yaml_text)
        else:
            self._show_words()

    def _show_words(self) -> None:
        words = dist_words(self._value)
        if not words:
            self.setText(self._yaml)
            return
        QLineEdit.setText(self, words)
        self.setCursorPosition(0)
        self._showing_words = True

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        self._showing_words = False
        super().setText(text)

    def text(self) -> str:
        """The YAML (not the words) when the words are shown, else what is typed."""
        return self._yaml if self._showing_words else super().text()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        self._editing = True
        if self._showing_words:
            self.setText(self._yaml)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)  # editingFinished: the binding applies the text
        self._editing = False
        if super().text() == self._yaml:  # applied (or unchanged): back to words
            self._show_words()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange and self._showing_words:
            self._show_words()
        super().changeEvent(event)
