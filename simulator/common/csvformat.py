"""How KefuLab's CSV exports read in a spreadsheet (Excel on Windows first).

* Encoding :data:`ENCODING` = UTF-8 with a byte-order mark: Excel on Windows opens a BOM-less
  UTF-8 file as the ANSI code page and garbles Chinese names; with the BOM it reads UTF-8.
  Python (``encoding="utf-8-sig"``), pandas and LibreOffice read the BOM transparently.
* No ``nan``: a missing value (NaN, ``None``) is an empty cell (:func:`cell`).
* Times of day also as clock times: next to a ``*_s`` column counted from 00:00 of day 1, a
  ``*_clock`` column with ``hh:mm`` of that day (:func:`clock`), and a day number where the
  day is not obvious.

Formula neutralisation is :mod:`simulator.common.csvsafe`'s job; use both
(``csvsafe.writer(fh)`` on a file opened with ``encoding=ENCODING``).
"""

from __future__ import annotations

import math
from typing import Any

#: Encoding of every CSV export: UTF-8 with a BOM.
ENCODING = "utf-8-sig"


def missing(value: Any) -> bool:
    """``None`` or a float NaN."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def cell(value: Any, fmt: str = "") -> Any:
    """A value for a CSV cell: ``""`` when missing (never ``nan``), a float through ``fmt``
    (e.g. ``".3f"``) when given, anything else unchanged."""
    if missing(value):
        return ""
    if fmt and isinstance(value, float):
        return format(value, fmt)
    return value


def clock(seconds: float) -> str:
    """``hh:mm`` (24-hour) of a time counted in seconds from 00:00 of day 1: ``30600`` ->
    ``08:30``, ``90000`` (day 2, 01:00) -> ``01:00``; ``""`` when missing. Seconds are
    dropped (floor), so a chat at 08:29:59 reads 08:29."""
    if missing(seconds) or not math.isfinite(seconds):
        return ""
    minutes = int(seconds // 60) % (24 * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def day_of(seconds: float) -> Any:
    """The day (1, 2, ...) a time counted from 00:00 of day 1 falls on; ``""`` when missing."""
    if missing(seconds) or not math.isfinite(seconds):
        return ""
    return int(seconds // 86400) + 1


__all__ = ["ENCODING", "cell", "clock", "day_of", "missing"]
