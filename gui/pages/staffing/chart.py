"""The Staffing page's chart: :func:`simulator.charts.staffing_plan_figure`, legend folded."""

from __future__ import annotations

from matplotlib.figure import Figure

from simulator.charts import chart_style, staffing_plan_figure
from simulator.experiments.staffing import StaffingPlan


def draw_plan(fig: Figure, plan: StaffingPlan | None, lang: str) -> None:
    """Draw ``plan`` into ``fig`` (cleared first; ``None`` leaves it empty)."""
    fig.clear()
    if plan is None:
        return
    staffing_plan_figure(plan, lang=lang, fig=fig)
    _legend_in_two_columns(fig, lang)


def _legend_in_two_columns(fig: Figure, lang: str) -> None:
    """Redo the figure legend in two columns: its four entries in one row are wider than the
    page's chart."""
    handles, labels = [], []
    for ax in fig.axes:
        more = ax.get_legend_handles_labels()
        handles += more[0]
        labels += more[1]
    for legend in list(fig.legends):
        legend.remove()
    if handles:
        with chart_style(lang):  # the chart's fonts (CJK for zh)
            fig.legend(handles, labels, loc="outside lower center", ncols=2)
