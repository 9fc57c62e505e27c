"""The anger curve of a scored session as a :class:`matplotlib.figure.Figure` (Qt-free).

``simulator.charts`` belongs to the traffic side of the layer stack and the role-play engine
stays independent of it, so the trainer's one chart lives here; it still uses the charts'
fonts (:func:`simulator.charts.fonts.chart_style`) so Chinese renders as in every other chart.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure

from simulator.charts.fonts import chart_style

__all__ = ["anger_figure"]

_LABELS = {
    "zh": {"x": "回合", "y": "怒气", "heated": "情绪激动"},
    "en": {"x": "turn", "y": "anger", "heated": "heated"},
}


def anger_figure(
    curve: Sequence[float],
    *,
    maximum: float = 100.0,
    heated: float | None = None,
    highlight: int | None = None,
    lang: str = "en",
    fig: Figure | None = None,
) -> Figure:
    """Draw the anger after each turn (turn 0 is the opening) into ``fig`` (a new one if None).

    ``heated`` draws the script's "heated" line; ``highlight`` marks one turn.
    """
    words = _LABELS.get(lang, _LABELS["en"])
    fig = fig if fig is not None else Figure(figsize=(5.0, 2.4), layout="constrained")
    fig.clear()
    with chart_style(lang):
        ax = fig.add_subplot()
        turns = list(range(len(curve)))
        ax.fill_between(turns, list(curve), color="#d9342b", alpha=0.12, linewidth=0)
        ax.plot(turns, list(curve), color="#d9342b", marker="o", markersize=4, linewidth=1.6)
        if heated is not None:
            ax.axhline(heated, color="#f0ad1e", linestyle="--", linewidth=0.9)
            ax.text(0, heated, f" {words['heated']}", va="bottom", fontsize=7.5, color="#a0700a")
        if highlight is not None and 0 <= highlight < len(curve):
            ax.plot(
                [highlight],
                [curve[highlight]],
                "o",
                markersize=9,
                markerfacecolor="none",
                markeredgecolor="#1f5fa8",
                markeredgewidth=1.8,
            )
        ax.set_ylim(0, maximum)
        ax.set_xlim(-0.2, max(1, len(curve) - 1) + 0.2)
        ax.set_xticks(turns)
        ax.set_xlabel(words["x"])
        ax.set_ylabel(words["y"])
    return fig
