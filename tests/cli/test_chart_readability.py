"""Charts a shop can read (issue 12, point 7): heat-map axes use readable names and values
(开/关, on/off), titles fit the figure, and legends do not cover curves or bars."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from simulator.charts import (
    day_profile_figure,
    frt_distribution_figure,
    funnel_figure,
    sweep_heatmap_figure,
)
from simulator.experiments.replications import run_replications
from simulator.metrics.fields import field_label
from simulator.scenario.loader import load_scenario


def _draw(fig):
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return canvas.get_renderer()


def _rows():
    rows = []
    for i, bot in enumerate([True, False]):
        for patience in [{"dist": "exponential", "mean_s": 200}, None]:
            rows.append(
                {
                    "point": i,
                    "bot.enabled": bot,
                    "customers.patience.mean_s": 100 + i,
                    "customers.patience": patience,
                    "queue_wait_mean_s": 12.0 + i,
                }
            )
    return rows


@pytest.mark.parametrize(
    ("lang", "on", "off", "none"), [("zh", "开", "关", "无"), ("en", "on", "off", "none")]
)
def test_heatmap_axes_read_as_names_and_on_off(lang, on, off, none):
    fig = sweep_heatmap_figure(
        _rows(), "bot.enabled", "customers.patience", "queue_wait_mean_s", lang
    )
    _draw(fig)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == [on, off]
    ys = [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()]
    assert ys == ["{dist: exponential, mean_s: 200}", none]
    assert ax.get_xlabel() == field_label("bot.enabled", lang)
    assert ax.get_ylabel() == field_label("customers.patience", lang)
    text = " ".join(t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text")))
    assert "True" not in text and "None" not in text and "'dist'" not in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_heatmap_title_fits_the_figure(lang):
    rows = [
        {
            "point": 0,
            "handoff.anger_per_failed_answer": a,
            "customers.bot_tolerance.mean": b,
            "queue_wait_mean_s": float(a + b),
        }
        for a in (1, 2)
        for b in (1, 2)
    ]
    fig = sweep_heatmap_figure(
        rows,
        "handoff.anger_per_failed_answer",
        "customers.bot_tolerance.mean",
        "queue_wait_mean_s",
        lang,
    )
    renderer = _draw(fig)
    title = fig._suptitle
    assert title is not None and field_label("customers.bot_tolerance.mean", lang) in (
        title.get_text().replace("\n", "")
    )
    box, page = title.get_window_extent(renderer), fig.bbox
    assert box.x0 >= page.x0 - 1 and box.x1 <= page.x1 + 1


def _overlaps(box, points) -> bool:
    inside = (
        (points[:, 0] > box.x0)
        & (points[:, 0] < box.x1)
        & (points[:, 1] > box.y0)
        & (points[:, 1] < box.y1)
    )
    return bool(inside.any())


@pytest.fixture(scope="module")
def runs():
    out = {}
    for stem, label in (("tmall_daily", "天猫店铺·平日"), ("bot70_cold", "冷转接")):
        scenario = load_scenario(stem, ["arrivals.sessions_per_day=3000"], days=1)
        out[label] = [r.result for r in run_replications(scenario, 1, 1, keep_results=True).runs]
    return out


def _line_points(ax):
    pts = [ax.transData.transform(np.column_stack(line.get_data())) for line in ax.get_lines()]
    pts = [p[np.isfinite(p).all(axis=1)] for p in pts]
    return np.vstack(pts) if pts else np.empty((0, 2))


def _bar_tops(ax):
    corners = []
    for patch in ax.patches:
        b = patch.get_window_extent()
        if b.width > 0 and b.height > 0:
            corners += [(b.x1 - 1, b.y1 - 1), (b.x0 + 1, b.y1 - 1), (b.x1 - 1, b.y0 + 1)]
    return np.array(corners) if corners else np.empty((0, 2))


def test_frt_legend_covers_no_curve(runs):
    fig = frt_distribution_figure(runs, 30, "zh")
    renderer = _draw(fig)
    ecdf = fig.axes[1]
    legend = ecdf.get_legend()
    assert legend is not None
    assert not _overlaps(legend.get_window_extent(renderer), _line_points(ecdf))


def test_funnel_legend_covers_no_bar(runs):
    fig = funnel_figure(runs, "zh")
    renderer = _draw(fig)
    ax = fig.axes[0]
    box = ax.get_legend().get_window_extent(renderer)
    assert not _overlaps(box, _bar_tops(ax))


def test_day_profile_legends_cover_no_bar_or_line(runs):
    fig = day_profile_figure(next(iter(runs.values())), "zh")
    renderer = _draw(fig)
    top, bottom, queue = fig.axes[0], fig.axes[1], fig.axes[2]
    box = top.get_legend().get_window_extent(renderer)
    assert not _overlaps(box, np.vstack([_bar_tops(top), _line_points(queue)]))
    box = bottom.get_legend().get_window_extent(renderer)
    assert not _overlaps(box, _line_points(bottom))
