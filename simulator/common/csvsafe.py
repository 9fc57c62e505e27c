"""CSV cells that a spreadsheet cannot run: OWASP CSV-injection neutralisation.

Excel, LibreOffice and Google Sheets read a cell that begins with ``=``, ``+``, ``-`` or ``@``
(or a tab or carriage return before one) as a formula, so a name such as ``=HYPERLINK("…")``,
``+1+1`` or ``@SUM(A1)`` taken from a scenario, a script or a trainee would become live in the
exported file. As the OWASP guidance says, such a text cell gets a leading ``'``, which the
spreadsheet shows as plain text. The full-width forms (``＝ ＋ － ＠``, typed by Chinese input
methods) are treated the same way, since some spreadsheets fold them to the ASCII ones.

Numbers stay numbers: a non-text value is never touched, and a text cell that is a plain
decimal number (``-12.5``, ``+3``, ``1e-05``) is left as it is, so a negative KPI is still a
number in the spreadsheet. Every CSV writer in KefuLab goes through :func:`writer` (or
:func:`safe_row`), so no export can carry a formula.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any

#: First characters that make a spreadsheet read a cell as a formula (OWASP), plus the
#: full-width forms of the first four.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """``value`` as it may go into a CSV cell: text that a spreadsheet would run gets a ``'``."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    if _NUMBER.fullmatch(value):
        return value
    return "'" + value


def safe_row(row: Iterable[Any]) -> list[Any]:
    """Every cell of ``row`` through :func:`safe_cell`."""
    return [safe_cell(v) for v in row]


class SafeWriter:
    """A :func:`csv.writer` whose rows go through :func:`safe_row` first."""

    def __init__(self, fh: Any, **fmtparams: Any) -> None:
        self._writer = csv.writer(fh, **fmtparams)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._writer.writerow(safe_row(row))

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def writer(fh: Any, **fmtparams: Any) -> SafeWriter:
    """A CSV writer for ``fh`` that neutralises formula cells (use instead of ``csv.writer``)."""
    return SafeWriter(fh, **fmtparams)


__all__ = ["FORMULA_STARTS", "SafeWriter", "safe_cell", "safe_row", "writer"]
