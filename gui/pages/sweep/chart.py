"""The Sweep page's chart: the heat map of a KPI over two fields, or its curve over one.

Qt-free, drawn into a ``Figure`` the page wraps in ``FigureCanvasQTAgg``. Two fields use
:func:`simulator.charts.sweep_heatmap_figure` (as ``kefulab sweep --heatmap`` does: the first
field across, the second up); one field has no second axis, so the KPI's mean is drawn against
the field's values with its 95% CI.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from matplotlib.figure import Figure

from simulator.charts import chart_style, kpi_label, sweep_heatmap_figure
from simulator.charts.common import unit_scale, value_formatter
from simulator.experiments.sweep import SweepResult, format_param
from simulator.metrics.catalogue import kpi_info
from simulator.metrics.fields import field_label


def draw_sweep(fig: Figure, result: SweepResult | None, kpi: str, lang: str) -> bool:
    """Draw ``kpi`` of ``result`` into ``fig`` (cleared first); False when there is nothing
    to draw yet (no finished point)."""
    fig.clear()
    summary = result.summary() if result is not None else []
    if not summary:
        return False
    paths = list(result.grid)
    if len(paths) >= 2:
        sweep_heatmap_figure(summary, paths[0], paths[1], kpi, lang=lang, fig=fig)
    else:
        curve_figure(summary, paths[0], kpi, lang, fig)
    return True


def curve_figure(
    summary: Sequence[Mapping[str, Any]], path: str, kpi: str, lang: str, fig: Figure
) -> Figure:
    """One KPI's mean (with 95% CI bars) at each value of one swept field."""
    info = kpi_info(kpi)
    labels = [format_param(row[path]) for row in summary]
    numeric = all(
        isinstance(row[path], int | float) and not isinstance(row[path], bool) for row in summary
    )
    xs = [float(row[path]) for row in summary] if numeric else list(range(len(summary)))
    scale = unit_scale(info.unit)  # shares are plotted in %
    means = [float(row[kpi]) * scale for row in summary]
    los = [float(row[f"{kpi}_ci_lo"]) * scale for row in summary]
    his = [float(row[f"{kpi}_ci_hi"]) * scale for row in summary]
    lows = [_gap(m, lo) for m, lo in zip(means, los, strict=True)]
    highs = [_gap(hi, m) for m, hi in zip(means, his, strict=True)]
    with chart_style(lang):
        ax = fig.subplots()
        ax.errorbar(xs, means, yerr=[lows, highs], marker="o", capsize=4, color="#0072B2")
        ax.set_xticks(xs, labels)
        ax.set_xlabel(field_label(path, lang))
        ax.set_ylabel(kpi_label(kpi, lang, unit=True))
        ax.yaxis.set_major_formatter(value_formatter(info.unit))
        ax.set_title(kpi_label(kpi, lang), loc="left")
    return fig


def _gap(a: float, b: float) -> float:
    """A non-negative error-bar length (0 when the CI is undefined, e.g. one replication)."""
    d = a - b
    return 0.0 if math.isnan(d) else max(d, 0.0)
