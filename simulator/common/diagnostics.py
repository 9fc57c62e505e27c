"""Diagnostics: findings of ``kefulab validate`` with a severity, a place and a fix hint."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Diagnostic:
    """One problem (or remark) about a data file."""

    severity: Severity
    file: str
    where: str  # field path, node id, "line 12", ...
    message: str
    hint: str = ""

    def __str__(self) -> str:
        place = f"{self.file}: {self.where}" if self.where else self.file
        text = f"{place}: {self.severity}: {self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text
