"""Numbers for people, by unit: ``83.1%``, ``22.6 s`` / ``22.6 秒``, ``¥20,000``, ``+1.2 pts``.

The one number formatter of the product: the KPI catalogue (:mod:`simulator.metrics.catalogue`),
CLI tables, charts and the report all format through :func:`format_number`. Rules:

- decimals follow the magnitude (``scale``, default the value itself), so the bounds of an
  interval and the mean beside them share decimals: never ``¥0.00`` next to ``¥20,000``;
- a value that rounds to zero has no sign: never ``-0.0``; a change that rounds to zero is
  ``±0.0``;
- shares are percentages; a change of a share is in percentage points;
- money is whole yuan from ¥100 up, else yuan and fen; zero is ``¥0``.
"""

from __future__ import annotations

import math
from typing import Literal

Unit = Literal["share", "seconds", "yuan", "count", "score", "ratio", "hours"]
UNITS: tuple[str, ...] = ("share", "seconds", "yuan", "count", "score", "ratio", "hours")
LANGS: tuple[str, ...] = ("zh", "en")
MISSING = "–"

#: A unit's short name for a label suffix or an axis ("" when the number needs none).
UNIT_NAMES: dict[str, dict[str, str]] = {
    "share": {"zh": "%", "en": "%"},
    "seconds": {"zh": "秒", "en": "s"},
    "yuan": {"zh": "元", "en": "¥"},
    "hours": {"zh": "小时", "en": "h"},
    "count": {"zh": "", "en": ""},
    "score": {"zh": "", "en": ""},
    "ratio": {"zh": "", "en": ""},
}

# "{n}" is the number without its sign; levels and changes differ only for shares
_LEVEL: dict[str, dict[str, str]] = {
    "share": {"zh": "{n}%", "en": "{n}%"},
    "seconds": {"zh": "{n} 秒", "en": "{n} s"},
    "yuan": {"zh": "¥{n}", "en": "¥{n}"},
    "hours": {"zh": "{n} 小时", "en": "{n} h"},
    "count": {"zh": "{n}", "en": "{n}"},
    "score": {"zh": "{n}", "en": "{n}"},
    "ratio": {"zh": "{n}", "en": "{n}"},
}
_CHANGE: dict[str, dict[str, str]] = {**_LEVEL, "share": {"zh": "{n} 个百分点", "en": "{n} pts"}}


def check_lang(lang: str) -> str:
    """Return ``lang`` if supported.

    Raises:
        ValueError: ``lang`` is not ``zh`` or ``en``.
    """
    if lang not in LANGS:
        raise ValueError(f'"lang" must be one of {", ".join(LANGS)}, got {lang!r}.')
    return lang


def check_unit(unit: str) -> str:
    """Return ``unit`` if it is one of :data:`UNITS`.

    Raises:
        ValueError: an unknown unit.
    """
    if unit not in UNITS:
        raise ValueError(f'"unit" must be one of {", ".join(UNITS)}, got {unit!r}.')
    return unit


def is_missing(value: float | None) -> bool:
    """True for ``None`` and NaN (a KPI with no data)."""
    return value is None or math.isnan(value)


def display_factor(unit: str) -> float:
    """Factor from a stored value to the shown one: shares are shown in percent."""
    return 100.0 if unit == "share" else 1.0


def magnitude(*values: float | None) -> float:
    """The largest finite absolute value among ``values`` (0 if none): a common ``scale``."""
    finite = [abs(v) for v in values if not is_missing(v) and math.isfinite(v)]
    return max(finite, default=0.0)


def decimals(unit: str, shown_magnitude: float) -> int:
    """Decimals for numbers of a unit whose shown (scaled) magnitude is ``shown_magnitude``."""
    m = abs(shown_magnitude)
    if unit == "share":
        return 2 if 0.005 <= m < 1 else 1
    if unit == "seconds":
        return 0 if m >= 100 else 1
    if unit == "yuan":
        return 2 if 0.005 <= m < 100 else 0
    if unit in ("count", "hours"):
        return 1 if 0.05 <= m < 100 else 0
    return 3 if 0.0005 <= m < 0.1 else 2  # score, ratio


def format_number(
    value: float | None,
    unit: str,
    lang: str = "zh",
    *,
    change: bool = False,
    scale: float | None = None,
) -> str:
    """``value`` (stored units: shares as 0..1) as people read it; ``–`` for NaN.

    Args:
        value: the number; NaN or ``None`` gives ``–``.
        unit: one of :data:`UNITS`.
        lang: ``zh`` or ``en``.
        change: a difference: always signed (``+``, ``-``, or ``±`` when it rounds to zero);
            shares in percentage points.
        scale: the magnitude that sets the decimals (stored units), e.g. the largest of a
            mean and its interval bounds; default ``value`` itself.
    """
    check_lang(lang)
    check_unit(unit)
    if is_missing(value):
        return MISSING
    factor = display_factor(unit)
    shown = value * factor
    ref = abs(value if scale is None or is_missing(scale) else scale) * factor
    if math.isinf(shown):
        digits, zero = "∞", False
    else:
        places = decimals(unit, ref if math.isfinite(ref) else abs(shown))
        digits = f"{abs(shown):,.{places}f}"
        zero = not any(ch in "123456789" for ch in digits)
    if change:
        sign = "±" if zero else ("+" if shown > 0 else "-")
    else:
        sign = "-" if shown < 0 and not zero else ""
    template = (_CHANGE if change else _LEVEL)[unit][lang]
    return sign + template.format(n=digits)


def format_interval(
    lo: float | None,
    hi: float | None,
    unit: str,
    lang: str = "zh",
    *,
    change: bool = False,
    scale: float | None = None,
) -> str:
    """``[a, b]`` with both bounds in the same decimals; ``""`` when a bound is undefined."""
    if is_missing(lo) or is_missing(hi):
        return ""
    common = magnitude(lo, hi, scale)
    a = format_number(lo, unit, lang, change=change, scale=common)
    b = format_number(hi, unit, lang, change=change, scale=common)
    return f"[{a}, {b}]"
