"""The calibration chart: history against the fitted scenario's simulation, per hour of day.

Qt-free, drawn into a ``Figure`` the page wraps in ``FigureCanvasQTAgg``; the words come from
the page (translated there), fonts from :func:`simulator.charts.chart_style`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from matplotlib.figure import Figure

from gui.pages.calibrate.fit import SERIES, CalibrationFit
from simulator.charts import chart_style

HISTORY_STYLE = {"color": "#333333", "marker": "o", "markersize": 3.5, "linewidth": 1.4}
SIMULATED_STYLE = {"color": "#0072B2", "linewidth": 2.0}


@dataclass(frozen=True)
class FitWords:
    """The chart's words in the page's language."""

    history: str
    simulated: str
    hour_of_day: str
    titles: Mapping[str, str]  # per series name: the panel's title (with its unit)
    no_history: str  # shown in a panel whose column the export lacks


def draw_fit(fig: Figure, fit: CalibrationFit | None, words: FitWords, lang: str) -> None:
    """Three panels (sessions, handoffs, first response) sharing the hour axis."""
    fig.clear()
    if fit is None:
        return
    hours = np.arange(24)
    with chart_style(lang):
        axes = fig.subplots(len(SERIES), 1, sharex=True)
        for ax, name in zip(axes, SERIES, strict=True):
            series = fit.series_of(name)
            ax.plot(hours, series.simulated, label=words.simulated, **SIMULATED_STYLE)
            if series.has_history:
                ax.plot(hours, series.history, label=words.history, **HISTORY_STYLE)
            else:
                ax.text(
                    0.5,
                    0.5,
                    words.no_history,
                    transform=ax.transAxes,
                    ha="center",
                    va="center",
                    color="#777777",
                )
            ax.set_title(words.titles[name], loc="left", fontsize=9.5)
            ax.set_ylim(bottom=0)
        axes[-1].set_xticks(range(0, 24, 2))
        axes[-1].set_xlim(-0.5, 23.5)
        axes[-1].set_xlabel(words.hour_of_day)
        handles, labels = axes[0].get_legend_handles_labels()
        fig.legend(handles[::-1], labels[::-1], loc="outside upper right", ncols=2)
