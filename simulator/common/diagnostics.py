"""Diagnostics: one problem (or remark) about an input, kept structured until it is printed.

A :class:`Diagnostic` names the file, the line, the field path, what is wrong and how to fix
it. Validators build them directly (never by parsing an error string), an
:class:`~simulator.common.errors.InputError` carries a tuple of them, an editor highlights
``field`` with ``message`` and ``hint``, and only a printer turns one into a line.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]

#: Order in which ``kefulab validate`` lists findings.
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Diagnostic:
    """One problem (or remark) about an input file or value.

    Attributes:
        severity: ``error`` makes the input unusable; ``warning`` and ``info`` do not.
        file: The file (or ``<editor>``, ``--set``...) the problem is in; may be empty.
        message: What is wrong, one sentence, no file or field in it.
        line: 1-based line in ``file``, when known.
        field: Dotted field path (``agents.schedule[3]``) or node id; empty for the whole file.
        hint: How to fix it (allowed values, "did you mean ...?"), may be empty.
    """

    severity: Severity
    file: str
    message: str
    line: int | None = None
    field: str = ""
    hint: str = ""

    @property
    def place(self) -> str:
        """``FILE:LINE`` (or just ``FILE``), empty when neither is known."""
        if self.file and self.line:
            return f"{self.file}:{self.line}"
        return self.file

    def one_line(self, severity: bool = False) -> str:
        """``FILE:LINE: field: message (hint)``; with ``severity`` the level goes before the
        message (``kefulab validate`` lists warnings and infos next to errors)."""
        parts = [p for p in (self.place, self.field) if p]
        if severity:
            parts.append(self.severity)
        text = ": ".join([*parts, self.message])
        return f"{text} ({self.hint})" if self.hint else text

    def __str__(self) -> str:
        return self.one_line(severity=True)


def summary_line(diagnostics: Iterable[Diagnostic]) -> str:
    """The first diagnostic's one-line form, with ``(+N more)`` when there are others."""
    items = list(diagnostics)
    if not items:
        return ""
    more = f" (+{len(items) - 1} more)" if len(items) > 1 else ""
    return items[0].one_line() + more


def closest(name: object, options: Iterable[str]) -> str | None:
    """The option most like ``name`` (a likely typo of it), or None."""
    if not isinstance(name, str):
        return None
    match = difflib.get_close_matches(name, list(options), n=1)
    return match[0] if match else None


def did_you_mean(name: object, options: Iterable[str]) -> str:
    """``"did you mean X?"`` for the closest option to ``name``, else ``""``."""
    match = closest(name, options)
    return f"did you mean {match}?" if match else ""


def join_hints(*hints: str) -> str:
    """Join the non-empty hints with ``"; "``."""
    return "; ".join(h for h in hints if h)
