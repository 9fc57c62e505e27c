"""Helpers shared by the chart modules: figure creation, colours, axis formats.

Value labels are formatted by the KPI catalogue (:mod:`simulator.metrics.catalogue`).
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Mapping, Sequence

from matplotlib.figure import Figure, SubFigure
from matplotlib.ticker import FuncFormatter, PercentFormatter

from simulator.metrics.units import display_factor

FigureLike = Figure | SubFigure

#: Scenario colours (colour-blind safe, Okabe-Ito), in scenario order.
PALETTE: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
)
GREY = "#8c8c8c"


def colour(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def new_figure(fig: FigureLike | None, size: tuple[float, float]) -> FigureLike:
    """``fig`` itself when given (a page's sub-figure), else a new constrained-layout Figure."""
    if fig is not None:
        return fig
    return Figure(figsize=size, layout="constrained")


def as_named(runs: Mapping[str, Sequence] | Sequence, default_name: str = "") -> dict[str, list]:
    """Normalise ``{name: [results...]}`` or one list of results to the mapping form."""
    if isinstance(runs, Mapping):
        out = {str(k): list(v) for k, v in runs.items()}
    else:
        out = {default_name: list(runs)}
    if not out or any(not v for v in out.values()):
        raise ValueError('"runs" needs at least one result per scenario.')
    return out


def display_width(text: str) -> int:
    """Columns a string takes: East Asian wide characters count twice."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap_label(text: str, width: int = 18) -> str:
    """Wrap a label to lines of about ``width`` columns (CJK text has no spaces to break at)."""
    if display_width(text) <= width:
        return text
    if " " in text:
        return "\n".join(textwrap.wrap(text, width))
    lines, cur = [], ""
    for ch in text:
        if display_width(cur + ch) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return "\n".join(lines)


def unit_scale(unit: str) -> float:
    """Factor from a KPI's stored value to its plotted value (shares are plotted in %)."""
    return display_factor(unit)


def value_formatter(unit: str) -> FuncFormatter | PercentFormatter:
    """An axis tick formatter (catalogue ``unit``) for values scaled by :func:`unit_scale`."""
    if unit == "share":
        return PercentFormatter(xmax=100, decimals=None)
    if unit == "yuan":
        return FuncFormatter(lambda v, _pos: _tick(v, "¥"))
    return FuncFormatter(lambda v, _pos: _tick(v))


def _tick(value: float, currency: str = "") -> str:
    """A tick: ``12,000``, ``2.5``, ``-¥1,500``; no ``-0``."""
    if abs(value) < 1e-9:  # 0, or floating-point noise around it
        return f"{currency}0"
    digits = f"{abs(value):,.0f}" if abs(value) >= 100 else f"{abs(value):.4g}"
    sign = "-" if value < 0 and digits.strip("0.") else ""
    return f"{sign}{currency}{digits}"
