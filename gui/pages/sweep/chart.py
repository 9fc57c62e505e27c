"""The Sweep page's chart: the heat map of a KPI over two fields, or its curve over one.

Qt-free, drawn into a ``Figure`` the page wraps in ``FigureCanvasQTAgg``, by the charts of
:mod:`simulator.charts` that ``kefulab sweep`` and the report use: two fields with
:func:`~simulator.charts.sweep_heatmap_figure` (the first field across, the second up), one
field with :func:`~simulator.charts.sweep_curve_figure` (the KPI's mean and 95% CI at each value).
"""

from __future__ import annotations

from matplotlib.figure import Figure

from simulator.charts import sweep_curve_figure, sweep_heatmap_figure
from simulator.experiments.sweep import SweepResult


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
        sweep_curve_figure(summary, paths[0], kpi, lang=lang, fig=fig)
    return True
