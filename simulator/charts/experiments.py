"""Charts of experiments: scenarios compared with CIs, a sweep heat map, and a staffing plan.

They read the experiment objects (``Comparison``, ``SweepResult.summary()`` rows, a staffing
plan) through their public attributes only.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from matplotlib.colors import Normalize
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from simulator.charts.common import (
    FigureLike,
    colour,
    display_width,
    new_figure,
    unit_scale,
    value_formatter,
    wrap_label,
)
from simulator.charts.fonts import chart_style
from simulator.charts.labels import check_lang, kpi_label, t, unit_axis_label
from simulator.common.names import format_value
from simulator.metrics.catalogue import KPIS, field_label, magnitude

#: KPIs a shop owner looks at first, in the default comparison chart.
DEFAULT_COMPARE_KPIS: tuple[str, ...] = (
    "frt_mean_s",
    "frt_sla",
    "abandon_rate",
    "conversion_rate",
    "csat_mean",
    "profit",
)


def comparison_figure(
    comparison: Any,
    kpis: Sequence[str] = DEFAULT_COMPARE_KPIS,
    lang: str = "en",
    fig: FigureLike | None = None,
) -> FigureLike:
    """One panel per KPI: each scenario's mean as a bar with its 95% CI as an error bar; a star
    marks a scenario whose paired difference from the first (baseline) is significant.

    Args:
        comparison: a :class:`simulator.experiments.compare.Comparison` (``names``, ``per_scenario(kpi)``,
            ``diff_vs_first(kpi)``).
        kpis: KPI names from :data:`simulator.metrics.catalogue.KPIS`.
    """
    check_lang(lang)
    kpis = list(kpis)
    unknown = [k for k in kpis if k not in KPIS]
    if not kpis or unknown:
        raise ValueError(f'"kpis" must be KPI names, got {unknown or kpis!r}.')
    names = list(comparison.names)
    ncols = min(3, len(kpis))
    nrows = math.ceil(len(kpis) / ncols)
    with chart_style(lang):
        fig = new_figure(fig, (8.0, 0.6 + 2.5 * nrows))
        axes = np.atleast_1d(fig.subplots(nrows, ncols, squeeze=False)).ravel()
        xs = np.arange(len(names))
        for ax, kpi in zip(axes, kpis, strict=False):
            info = KPIS[kpi]
            scale = unit_scale(info.unit)
            ests = comparison.per_scenario(kpi)
            diffs = comparison.diff_vs_first(kpi)
            means = np.array([e.mean for e in ests]) * scale
            # a CI bound below 0 (or above 100%) is a t-interval artefact
            low, high = info.bounds()
            lo = np.fmax(np.array([e.lo for e in ests]), low) * scale
            hi = np.fmin(np.array([e.hi for e in ests]), high) * scale
            err = np.vstack([np.nan_to_num(means - lo), np.nan_to_num(hi - means)])
            ax.bar(
                xs,
                np.nan_to_num(means),
                color=[colour(i) for i in range(len(names))],
                yerr=err,
                capsize=3,
                error_kw={"elinewidth": 1.0, "ecolor": "#333333"},
                width=0.7,
            )
            tops = np.nan_to_num(np.fmax(means, hi))
            span = max(float(np.nanmax(np.abs(np.r_[tops, means, 0.0]))), 1e-9)
            panel_scale = magnitude(*(e.mean for e in ests))  # bars in the same decimals
            for i, est in enumerate(ests):
                star = "*" if diffs[i] is not None and diffs[i].significant else ""
                y = tops[i] if tops[i] >= 0 else 0.0
                ax.text(
                    i,
                    y + span * 0.03,
                    info.format(est.mean, lang, scale=panel_scale) + star,
                    ha="center",
                    va="bottom",
                    fontsize=7,
                )
            ax.set_xticks(xs, [str(i + 1) for i in xs])
            ax.set_xlabel(t("scenario", lang))
            ax.set_ylabel(unit_axis_label(kpi, lang))
            ax.set_title(wrap_label(kpi_label(kpi, lang), 30), loc="left", fontsize=9)
            ax.yaxis.set_major_formatter(value_formatter(info.unit))
            ax.margins(y=0.18)
            ax.grid(axis="x", visible=False)
            if np.nanmin(np.r_[means, lo, 0.0]) >= 0:
                ax.set_ylim(bottom=0)
        for ax in axes[len(kpis) :]:
            ax.set_visible(False)
        handles = [Patch(color=colour(i)) for i in range(len(names))]
        labels = [f"{i + 1}: {name}" for i, name in enumerate(names)]
        fig.legend(
            handles,
            labels,
            loc="outside lower center",
            ncols=min(len(names), 3),
            title=t("significant_note", lang, base=f"1: {names[0]}") if len(names) > 1 else None,
            title_fontsize=7.5,
        )
        fig.suptitle(t("compare_title", lang), fontsize=10.5)
    return fig


def _ordered(values: Sequence[Any]) -> list[Any]:
    """Distinct values, numerically sorted when all are numbers, else in first-seen order."""
    seen: list[Any] = []
    for v in values:
        if v not in seen:
            seen.append(v)
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in seen):
        return sorted(seen)
    return seen


def sweep_heatmap_figure(
    summary: Sequence[Mapping[str, Any]],
    x: str,
    y: str,
    kpi: str,
    lang: str = "en",
    fig: FigureLike | None = None,
) -> FigureLike:
    """A heat map of one KPI's mean over two grid parameters, each cell annotated.

    Args:
        summary: ``SweepResult.summary()`` rows (grid params, KPI means, ``KPI_ci_lo/hi``).
        x, y: the grid field paths on the horizontal and vertical axes. Points that differ in
            other grid parameters are averaged into their (x, y) cell.
        kpi: the KPI to colour by.
    """
    check_lang(lang)
    rows = list(summary)
    if not rows:
        raise ValueError('"summary" has no rows.')
    for key in (x, y, kpi):
        if key not in rows[0]:
            raise ValueError(f'"{key}" is not a column of the sweep summary.')
    xs, ys = _ordered([r[x] for r in rows]), _ordered([r[y] for r in rows])
    if kpi not in KPIS:
        raise ValueError(f'"kpi" must be a KPI name, got {kpi!r}.')
    info = KPIS[kpi]
    scale = unit_scale(info.unit)
    sums = np.zeros((len(ys), len(xs)))
    counts = np.zeros((len(ys), len(xs)))
    for r in rows:
        v = float(r[kpi])
        if not math.isnan(v):
            j, i = ys.index(r[y]), xs.index(r[x])
            sums[j, i] += v
            counts[j, i] += 1
    with np.errstate(invalid="ignore"):
        grid = np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
    cells_scale = magnitude(*grid.ravel())  # every cell in the same decimals
    # axis values as people read them: on/off (开/关), {dist: exponential, mean_s: 200}
    x_ticks = [wrap_label(format_value(v, lang), 14) for v in xs]
    y_ticks = [wrap_label(format_value(v, lang), 22) for v in ys]
    y_tick_cols = max(display_width(line) for v in y_ticks for line in v.split("\n"))
    with chart_style(lang):
        width = max(5.5, 2.6 + 0.07 * y_tick_cols + 1.0 * max(len(xs), 3))
        fig = new_figure(fig, (width, 1.8 + 0.55 * max(len(ys), 3)))
        ax = fig.subplots()
        shown = np.ma.masked_invalid(grid * scale)
        finite = grid[~np.isnan(grid)] * scale
        norm = Normalize(*(finite.min(), finite.max()) if finite.size else (0, 1))
        image = ax.imshow(shown, cmap="viridis", norm=norm, aspect="auto", origin="lower")
        for j in range(len(ys)):
            for i in range(len(xs)):
                v = grid[j, i]
                rgba = image.cmap(norm(v * scale)) if not math.isnan(v) else (1, 1, 1, 1)
                light = 0.299 * rgba[0] + 0.587 * rgba[1] + 0.114 * rgba[2] > 0.55
                ax.text(
                    i,
                    j,
                    info.format(v, lang, scale=cells_scale),
                    ha="center",
                    va="center",
                    fontsize=7.5,
                    color="black" if light else "white",
                )
        ax.set_xticks(range(len(xs)), x_ticks)
        ax.set_yticks(range(len(ys)), y_ticks)
        ax.set_xlabel(field_label(x, lang))
        ax.set_ylabel(field_label(y, lang))
        ax.grid(False)
        bar = fig.colorbar(image, ax=ax)
        bar.set_label(kpi_label(kpi, lang, unit=True))
        bar.formatter = value_formatter(info.unit)
        bar.update_ticks()
        title = t(
            "heatmap_title",
            lang,
            kpi=kpi_label(kpi, lang),
            x=field_label(x, lang),
            y=field_label(y, lang),
        )
        # the title spans the figure (not just the axes, narrowed by the colour bar and tick
        # labels), wrapped to its width: about 12 columns per inch at 10 pt, CJK counting two
        width_in = fig.get_figwidth() if isinstance(fig, Figure) else 5.5
        fig.suptitle(wrap_label(title, max(24, int(width_in * 12))), fontsize=10)
    return fig


def sweep_curve_figure(
    summary: Sequence[Mapping[str, Any]],
    x: str,
    kpi: str,
    lang: str = "en",
    fig: FigureLike | None = None,
) -> FigureLike:
    """One KPI's mean, with its 95% CI as error bars, at each value of one swept field (a
    one-field sweep has no second axis for a heat map).

    Args:
        summary: ``SweepResult.summary()`` rows (grid params, KPI means, ``KPI_ci_lo/hi``).
        x: the grid field path on the horizontal axis: numbers at their values, anything else
            (on/off, a distribution) in grid order, evenly spaced.
        kpi: the KPI drawn.
    """
    check_lang(lang)
    rows = list(summary)
    if not rows:
        raise ValueError('"summary" has no rows.')
    for key in (x, kpi):
        if key not in rows[0]:
            raise ValueError(f'"{key}" is not a column of the sweep summary.')
    if kpi not in KPIS:
        raise ValueError(f'"kpi" must be a KPI name, got {kpi!r}.')
    info = KPIS[kpi]
    scale = unit_scale(info.unit)  # shares are plotted in %
    numeric = all(isinstance(r[x], int | float) and not isinstance(r[x], bool) for r in rows)
    xs = [float(r[x]) for r in rows] if numeric else list(range(len(rows)))
    means = [float(r[kpi]) * scale for r in rows]
    lo = [_bar(m, float(r[f"{kpi}_ci_lo"]) * scale) for m, r in zip(means, rows, strict=True)]
    hi = [_bar(float(r[f"{kpi}_ci_hi"]) * scale, m) for m, r in zip(means, rows, strict=True)]
    with chart_style(lang):
        fig = new_figure(fig, (6.0, 3.8))
        ax = fig.subplots()
        ax.errorbar(xs, means, yerr=[lo, hi], marker="o", capsize=4, color=colour(0))
        ax.set_xticks(xs, [wrap_label(format_value(r[x], lang), 14) for r in rows])
        ax.set_xlabel(field_label(x, lang))
        ax.set_ylabel(kpi_label(kpi, lang, unit=True))
        ax.yaxis.set_major_formatter(value_formatter(info.unit))
        ax.set_title(kpi_label(kpi, lang), loc="left")
    return fig


def _bar(a: float, b: float) -> float:
    """A non-negative error-bar length (0 when the CI is undefined, e.g. one replication)."""
    d = a - b
    return 0.0 if math.isnan(d) else max(d, 0.0)


def required_agents_figure(
    analytic: Sequence[float],
    simulated: Sequence[float] | None,
    current: Sequence[float],
    handoffs_per_hour: Sequence[float] | None = None,
    lang: str = "en",
    title: str | None = None,
    fig: FigureLike | None = None,
) -> FigureLike:
    """Agents needed per hour of day (analytic first guess, simulation-checked plan) against
    the current schedule, with the chats handed off per hour as light bars behind."""
    check_lang(lang)
    series = {"analytic": analytic, "simulated": simulated, "current": current}
    for name, values in series.items():
        if values is not None and len(values) != 24:
            raise ValueError(f'"{name}" needs 24 hourly values, got {len(values)}.')
    hours = np.arange(24)
    with chart_style(lang):
        fig = new_figure(fig, (8.0, 3.6))
        ax = fig.subplots()
        if handoffs_per_hour is not None:
            load = ax.twinx()
            load.bar(
                hours,
                handoffs_per_hour,
                width=0.8,
                color="#dddddd",
                label=t("handoffs_per_hour", lang),
            )
            load.set_ylabel(t("handoffs_per_hour", lang), color="#777777")
            load.tick_params(axis="y", colors="#777777")
            load.grid(False)
            load.spines["right"].set_visible(True)
            ax.set_zorder(load.get_zorder() + 1)
            ax.patch.set_visible(False)
        styles = {
            "analytic": {"color": "#9467bd", "linestyle": "--", "linewidth": 1.4},
            "simulated": {"color": "#2ca02c", "linewidth": 2.2},
            "current": {"color": "#333333", "linestyle": ":", "linewidth": 1.8},
        }
        for name, values in series.items():
            if values is not None:
                ax.step(hours, values, where="mid", label=t(name, lang), **styles[name])
        ax.set_xticks(range(0, 24, 2))
        ax.set_xlim(-0.6, 23.6)
        ax.set_ylim(bottom=0)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel(t("hour_of_day", lang))
        ax.set_ylabel(t("agents_axis", lang))
        handles, labels = ax.get_legend_handles_labels()
        if handoffs_per_hour is not None:
            more = load.get_legend_handles_labels()
            handles, labels = handles + more[0], labels + more[1]
        fig.legend(handles, labels, loc="outside lower center", ncols=len(handles))
        heading = t("staff_title", lang)
        ax.set_title(f"{heading}: {title}" if title else heading, loc="left")
    return fig


def staffing_plan_figure(plan: Any, lang: str = "en", fig: FigureLike | None = None) -> FigureLike:
    """:func:`required_agents_figure` for a ``simulator.experiments.staffing.planner.StaffingPlan`` (its ``hours``)."""
    hours = sorted(plan.hours, key=lambda h: h.hour)
    if len(hours) != 24:
        raise ValueError(f"a staffing plan needs 24 hours, got {len(hours)}.")
    return required_agents_figure(
        [h.analytic_agents for h in hours],
        [h.simulated_agents for h in hours],
        [h.current_agents for h in hours],
        [h.handoffs_per_hour for h in hours],
        lang=lang,
        fig=fig,
    )
