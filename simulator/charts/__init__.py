"""Charts as matplotlib ``Figure`` objects, Qt-free (never pyplot).

The CLI's report draws them on PDF pages and in HTML; the desktop workbench wraps the same
figures in ``FigureCanvasQTAgg``. Every function takes ``lang`` (``"zh"`` or ``"en"``) for its
labels and an optional ``fig`` (a Figure or SubFigure) to draw into; Chinese text renders with
the bundled Noto Sans CJK font (see :mod:`simulator.charts.fonts`).
"""

from __future__ import annotations

from simulator.charts.day import (
    FUNNEL_STAGES,
    day_profile_figure,
    frt_distribution_figure,
    funnel_counts,
    funnel_figure,
    hourly_profile,
)
from simulator.charts.experiments import (
    DEFAULT_COMPARE_KPIS,
    comparison_figure,
    required_agents_figure,
    staffing_plan_figure,
    sweep_curve_figure,
    sweep_heatmap_figure,
)
from simulator.charts.fonts import chart_style, cjk_family
from simulator.charts.knowledge import knowledge_base_figure
from simulator.charts.labels import LANGS, kpi_label

__all__ = [
    "DEFAULT_COMPARE_KPIS",
    "FUNNEL_STAGES",
    "LANGS",
    "chart_style",
    "cjk_family",
    "comparison_figure",
    "day_profile_figure",
    "frt_distribution_figure",
    "funnel_counts",
    "funnel_figure",
    "hourly_profile",
    "knowledge_base_figure",
    "kpi_label",
    "required_agents_figure",
    "staffing_plan_figure",
    "sweep_curve_figure",
    "sweep_heatmap_figure",
]
