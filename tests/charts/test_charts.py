"""Charts: every figure has labelled axes and data in Chinese and English, Chinese glyphs resolve
to a real font (no empty boxes), and the numbers drawn are the ones in the results."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from simulator import charts
from simulator.common.data import traffic_dir
from simulator.experiments.compare import compare_scenarios
from simulator.experiments.sweep import run_sweep
from simulator.metrics.fields import field_label
from simulator.scenario.loader import load_scenario

MMC = traffic_dir() / "mmc_reference.yaml"
SMALL = [
    "horizon.days=1",
    "horizon.warmup_hours=1",
    "arrivals.rate_per_hour=90",
    "agents.count=3",
    "agents.reply_time.mean_s=100",
]


@pytest.fixture(scope="module")
def comparison():
    base = load_scenario(MMC, SMALL)
    more = load_scenario(MMC, [*SMALL, "agents.count=4"])
    return compare_scenarios(
        [base, more], names=["3 agents", "4 agents"], replications=2, seed=3, keep_results=True
    )


@pytest.fixture(scope="module")
def results(comparison):
    return {
        n: [r.result for r in reps.runs]
        for n, reps in zip(comparison.names, comparison.runs, strict=True)
    }


@pytest.fixture(scope="module")
def sweep_summary():
    grid = {"agents.count": [3, 4], "arrivals.rate_per_hour": [60, 90]}
    return run_sweep(load_scenario(MMC, SMALL), grid, replications=1, seed=1).summary()


def _draw_strictly(fig) -> None:
    """Draw the figure with every warning an error: a glyph missing from the fonts warns."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig.figure.set_dpi(50)  # small raster: the glyph lookup is the same, drawing is faster
        FigureCanvasAgg(fig.figure).draw()


def _check_axes(fig) -> None:
    assert isinstance(fig.figure, Figure)
    axes = [ax for ax in fig.figure.get_axes() if ax.get_visible()]
    assert axes
    for ax in axes:
        if ax.get_label() == "<colorbar>":
            continue
        shared_x = ax.get_xlabel() or any(
            other.get_xlabel() for other in ax.get_shared_x_axes().get_siblings(ax)
        )
        assert shared_x, f"axes {ax.get_title()!r} has no x label"
        assert ax.get_ylabel(), f"axes {ax.get_title()!r} has no y label"
        assert ax.lines or ax.patches or ax.images or ax.collections, "axes without data"


def _chart_calls(comparison, results, sweep_summary):
    first = results[comparison.names[0]]
    return {
        "day": lambda lang: charts.day_profile_figure(first, lang, title="3 agents"),
        "frt": lambda lang: charts.frt_distribution_figure(results, 30.0, lang),
        "funnel": lambda lang: charts.funnel_figure(results, lang),
        "compare": lambda lang: charts.comparison_figure(comparison, lang=lang),
        "heatmap": lambda lang: charts.sweep_heatmap_figure(
            sweep_summary, "agents.count", "arrivals.rate_per_hour", "frt_mean_s", lang
        ),
        "curve": lambda lang: charts.sweep_curve_figure(
            [r for r in sweep_summary if r["arrivals.rate_per_hour"] == 60],
            "agents.count",
            "frt_sla",
            lang,
        ),
        "staffing": lambda lang: charts.required_agents_figure(
            [2] * 24, [3] * 24, [3] * 24, [90] * 24, lang
        ),
    }


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_chart_has_labelled_axes_and_data_and_draws_without_missing_glyphs(
    lang, comparison, results, sweep_summary
):
    for name, build in _chart_calls(comparison, results, sweep_summary).items():
        fig = build(lang)
        _check_axes(fig)
        if lang == "zh":  # Chinese labels: every glyph must exist in the fonts
            _draw_strictly(fig)
        assert fig.figure.get_size_inches()[0] > 0, name


def test_a_cjk_font_with_chinese_glyphs_resolves():
    family = charts.cjk_family()
    assert family is not None, "no CJK font: install the noto-cjk-sans-otc package"
    path = font_manager.findfont(
        font_manager.FontProperties(family=family), fallback_to_default=False
    )
    font = font_manager.get_font(path)
    for ch in "客服首次响应时长转人工":
        assert font.get_char_index(ord(ch)) != 0, ch


def test_zh_labels_are_chinese_and_en_labels_are_not(results):
    first = next(iter(results.values()))
    zh = charts.day_profile_figure(first, "zh")
    en = charts.day_profile_figure(first, "en")
    zh_x = zh.get_axes()[1].get_xlabel()
    en_x = en.get_axes()[1].get_xlabel()
    assert any("\u4e00" <= c <= "\u9fff" for c in zh_x)
    assert en_x == "Hour of day"
    with pytest.raises(ValueError, match="lang"):
        charts.funnel_figure(first, "fr")


def test_day_profile_plots_the_mean_arrivals_per_hour_of_day(results):
    runs = next(iter(results.values()))
    fig = charts.day_profile_figure(runs, "en")
    bars = fig.get_axes()[0].patches[:24]  # the arrivals bars come first
    heights = np.array([b.get_height() for b in bars])
    expected = np.zeros(24)
    counts = np.zeros(24)
    for res in runs:  # warm-up hour 0 is left out; one day, so one value per hour from hour 1
        expected[1:24] += res.hourly.arrivals[1:24]
        counts[1:24] += 1
    expected[1:] /= counts[1:]
    assert np.allclose(heights[1:], expected[1:])
    assert heights[0] == 0 or np.isnan(heights[0])


def test_funnel_counts_add_up(results):
    counts = charts.funnel_counts(next(iter(results.values())))
    # no bot in the M/M/c reference: every session is handed off; the rest follow from it
    assert counts["handed_off"] == pytest.approx(counts["sessions"])
    assert counts["bot_resolved"] == 0 and counts["bot_left"] == 0
    assert counts["answered"] + counts["abandoned"] <= counts["handed_off"] + 1e-9
    assert counts["converted"] <= counts["sessions"]


def test_comparison_bars_are_the_means_with_their_cis(comparison):
    fig = charts.comparison_figure(comparison, kpis=["frt_mean_s", "frt_sla"], lang="en")
    ax = fig.get_axes()[0]
    heights = [p.get_height() for p in ax.patches]
    means = [e.mean for e in comparison.per_scenario("frt_mean_s")]
    assert heights == pytest.approx(means)
    share = fig.get_axes()[1]
    assert [p.get_height() for p in share.patches] == pytest.approx(
        [e.mean * 100 for e in comparison.per_scenario("frt_sla")]
    )
    with pytest.raises(ValueError, match="KPI names"):
        charts.comparison_figure(comparison, kpis=["nope"])


def test_heatmap_cells_hold_the_sweep_means(sweep_summary):
    fig = charts.sweep_heatmap_figure(
        sweep_summary, "agents.count", "arrivals.rate_per_hour", "abandon_rate", "en"
    )
    image = fig.get_axes()[0].images[0].get_array()
    assert image.shape == (2, 2)  # rows: rate 60, 90; columns: 3, 4 agents
    for row in sweep_summary:
        j = [60, 90].index(row["arrivals.rate_per_hour"])
        i = [3, 4].index(row["agents.count"])
        assert image[j, i] == pytest.approx(row["abandon_rate"] * 100, nan_ok=True)
    with pytest.raises(ValueError, match="not a column"):
        charts.sweep_heatmap_figure(sweep_summary, "agents.count", "x.y", "frt_mean_s")


def test_charts_draw_into_a_given_sub_figure(results):
    page = Figure(figsize=(8.27, 11.69), layout="constrained")
    top, bottom = page.subfigures(2, 1)
    first = next(iter(results.values()))
    assert charts.funnel_figure(first, "zh", fig=top) is top
    assert charts.frt_distribution_figure(first, 30.0, "zh", fig=bottom) is bottom
    assert len(page.get_axes()) == 3
    _draw_strictly(page)


def test_the_sweep_curve_holds_the_means_and_their_intervals(sweep_summary):
    rows = [r for r in sweep_summary if r["arrivals.rate_per_hour"] == 60]
    fig = charts.sweep_curve_figure(rows, "agents.count", "abandon_rate", "en")
    ax = fig.get_axes()[0]
    line = ax.lines[0]
    assert list(line.get_xdata()) == [3.0, 4.0]
    assert list(line.get_ydata()) == pytest.approx(
        [r["abandon_rate"] * 100 for r in rows], nan_ok=True
    )
    assert ax.get_xlabel() == field_label("agents.count", "en")
    with pytest.raises(ValueError, match="not a column"):
        charts.sweep_curve_figure(rows, "x.y", "frt_mean_s")
