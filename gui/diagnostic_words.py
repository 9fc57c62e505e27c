"""The scenario checker's messages in the window's language.

A :class:`~simulator.common.diagnostics.Diagnostic` carries English text: pydantic's wording
("Input should be greater than 0") as :mod:`simulator.common.yamlio` passes it on, with
``, got VALUE`` at the end, and hints such as ``allowed here: a, b`` or ``did you mean x?``. The
common forms are matched here and re-worded through Qt's translation (context
``DiagnosticWords``), the value kept as it was typed; a message of another form is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("DiagnosticWords", text)


def _phrases() -> list[tuple[re.Pattern[str], Callable[[], str]]]:
    """(pattern of the English message without its value, translated template)."""
    return [
        (
            re.compile(r"Input should be greater than or equal to (?P<n>\S+)"),
            lambda: _tr(QT_TRANSLATE_NOOP("DiagnosticWords", "must be at least {n}")),
        ),
        (
            re.compile(r"Input should be greater than (?P<n>\S+)"),
            lambda: _tr(QT_TRANSLATE_NOOP("DiagnosticWords", "must be above {n}")),
        ),
        (
            re.compile(r"Input should be less than or equal to (?P<n>\S+)"),
            lambda: _tr(QT_TRANSLATE_NOOP("DiagnosticWords", "must be at most {n}")),
        ),
        (
            re.compile(r"Input should be less than (?P<n>\S+)"),
            lambda: _tr(QT_TRANSLATE_NOOP("DiagnosticWords", "must be below {n}")),
        ),
        (
            re.compile(r"Input should be a finite number"),
            lambda: _tr(QT_TRANSLATE_NOOP("DiagnosticWords", "must be a finite number")),
        ),
        (
            re.compile(r"Input should be a valid number.*"),
            lambda: _tr(QT_TRANSLATE_NOOP("DiagnosticWords", "must be a number")),
        ),
        (
            re.compile(r"Input should be a valid integer.*"),
            lambda: _tr(QT_TRANSLATE_NOOP("DiagnosticWords", "must be a whole number")),
        ),
        (
            re.compile(r"Input should be a valid boolean.*"),
            lambda: _tr(QT_TRANSLATE_NOOP("DiagnosticWords", "must be on or off (true/false)")),
        ),
        (
            re.compile(r"Input should be a valid string"),
            lambda: _tr(QT_TRANSLATE_NOOP("DiagnosticWords", "must be text")),
        ),
        (
            re.compile(r"Input should be a valid list"),
            lambda: _tr(QT_TRANSLATE_NOOP("DiagnosticWords", "must be a list")),
        ),
        (
            re.compile(r"Input should be a valid dictionary.*"),
            lambda: _tr(QT_TRANSLATE_NOOP("DiagnosticWords", "must be a group of fields")),
        ),
        (
            re.compile(r"Input should be (?P<n>'.+')"),
            lambda: _tr(QT_TRANSLATE_NOOP("DiagnosticWords", "must be one of {n}")),
        ),
        (
            re.compile(r"unknown field"),
            lambda: _tr(QT_TRANSLATE_NOOP("DiagnosticWords", "unknown field")),
        ),
        (
            re.compile(r"required field is missing"),
            lambda: _tr(QT_TRANSLATE_NOOP("DiagnosticWords", "required field is missing")),
        ),
        (
            re.compile(r"schedule needs 24 hourly headcounts"),
            lambda: _tr(
                QT_TRANSLATE_NOOP("DiagnosticWords", "the schedule needs 24 hourly headcounts")
            ),
        ),
        (
            re.compile(r"needs 24 hourly weights \(00:00-23:00\)"),
            lambda: _tr(
                QT_TRANSLATE_NOOP("DiagnosticWords", "needs 24 hourly weights (00:00-23:00)")
            ),
        ),
    ]


_GOT = re.compile(r"^(?P<head>.*?), got (?P<got>.+)$", re.DOTALL)
_HINTS = (
    (
        re.compile(r"^allowed here: (?P<n>.+)$"),
        lambda: _tr(QT_TRANSLATE_NOOP("DiagnosticWords", "allowed here: {n}")),
    ),
    (
        re.compile(r"^did you mean (?P<n>.+)\?$"),
        lambda: _tr(QT_TRANSLATE_NOOP("DiagnosticWords", "did you mean {n}?")),
    ),
)


def message_words(message: str) -> str:
    """``message`` in the window's language when its form is known, else as it is."""
    found = _GOT.match(message)
    head, got = (found["head"], found["got"]) if found else (message, None)
    for pattern, template in _phrases():
        match = pattern.fullmatch(head)
        if match is not None:
            n = match.groupdict().get("n", "")
            text = template().format(n=n.replace("' or '", "', '") if n else n)
            if got is None:
                return text
            return _tr(QT_TRANSLATE_NOOP("DiagnosticWords", "{text}, got {value}")).format(
                text=text, value=got
            )
    return message


def hint_words(hint: str) -> str:
    """A hint (``allowed here: …; did you mean …?``) in the window's language."""
    parts = []
    for part in hint.split("; "):
        for pattern, template in _HINTS:
            match = pattern.match(part)
            if match is not None:
                part = template().format(n=match["n"])
                break
        parts.append(part)
    return "; ".join(parts)


def diagnostic_words(message: str, hint: str) -> str:
    """Message and hint of a diagnostic as one text, in the window's language."""
    message, hint = message_words(message), hint_words(hint)
    if not hint:
        return message
    return _tr(QT_TRANSLATE_NOOP("DiagnosticWords", "{message} ({hint})")).format(
        message=message, hint=hint
    )
