"""Charts of what happens in a run: traffic and queue through the day, first response times,
and the funnel of sessions. They read only ``RunResult`` records (averaged over replications).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
from matplotlib.ticker import MaxNLocator, PercentFormatter

from simulator.charts.common import (
    GREY,
    FigureLike,
    as_named,
    colour,
    new_figure,
    wrap_label,
)
from simulator.charts.fonts import chart_style
from simulator.charts.labels import check_lang, t
from simulator.metrics.units import format_number
from simulator.model.records import RunResult


def _kpi_hours(result: RunResult) -> tuple[int, int]:
    """First and last (exclusive) hour that KPIs cover: after warm-up, before the drain."""
    first = int(math.ceil(result.warmup_s / 3600.0 - 1e-9))
    last = int(round(result.horizon_s / 3600.0))
    return first, last


def hourly_profile(results: Sequence[RunResult], series: str) -> np.ndarray:
    """Mean of one hourly series per hour of day (24 values) over days and replications."""
    sums = np.zeros(24)
    counts = np.zeros(24)
    for res in results:
        first, last = _kpi_hours(res)
        values = np.asarray(getattr(res.hourly, series), dtype=float)[first:last]
        hod = np.arange(first, last) % 24
        ok = ~np.isnan(values)
        sums += np.bincount(hod[ok], weights=values[ok], minlength=24)
        counts += np.bincount(hod[ok], minlength=24)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)


def day_profile_figure(
    results: RunResult | Sequence[RunResult],
    lang: str = "en",
    title: str | None = None,
    fig: FigureLike | None = None,
) -> FigureLike:
    """Arrivals (bars) and queue length (line) per hour of day, and agents busy vs on duty.

    Args:
        results: one run or the replications of one scenario; hours are folded onto the hour
            of day and averaged over the days after warm-up and the replications.
        lang: ``zh`` or ``en``.
        title: a heading (e.g. the scenario's name) shown above both panels.
        fig: draw into this figure or sub-figure instead of a new one.
    """
    check_lang(lang)
    runs = [results] if isinstance(results, RunResult) else list(results)
    if not runs:
        raise ValueError('"results" needs at least one RunResult.')
    hours = np.arange(24)
    days = sum(_kpi_hours(r)[1] - _kpi_hours(r)[0] for r in runs) / 24.0 / len(runs)
    with chart_style(lang):
        fig = new_figure(fig, (8.0, 5.6))
        top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=(3, 2))
        top.bar(
            hours,
            hourly_profile(runs, "arrivals"),
            width=0.8,
            color="#9ecae1",
            label=t("arrivals", lang),
        )
        top.bar(
            hours,
            hourly_profile(runs, "handoffs"),
            width=0.5,
            color="#3182bd",
            label=t("handoffs", lang),
        )
        top.set_ylabel(t("arrivals_per_hour", lang))
        top.set_title(t("day_title", lang), loc="left")
        queue = top.twinx()
        queue.grid(False)
        queue.spines["right"].set_visible(True)
        queue.plot(
            hours,
            hourly_profile(runs, "queue_length"),
            color="#d62728",
            marker="o",
            markersize=3,
            linewidth=1.6,
            label=t("queue_length", lang),
        )
        queue.set_ylabel(t("queue_axis", lang), color="#d62728")
        queue.set_ylim(0, max(queue.get_ylim()[1], 1.0) * 1.45)  # headroom for the legend
        top.set_ylim(0, top.get_ylim()[1] * 1.45)
        queue.tick_params(axis="y", colors="#d62728")
        handles = top.get_legend_handles_labels()
        more = queue.get_legend_handles_labels()
        # the legend sits in the headroom both y axes keep free (x 1.45): above every bar and
        # the queue line, whatever the day's shape
        top.legend(handles[0] + more[0], handles[1] + more[1], loc="upper left", ncols=3)

        bottom.step(
            hours,
            hourly_profile(runs, "agents_on_duty"),
            where="mid",
            color="#333333",
            linewidth=1.6,
            label=t("on_duty", lang),
        )
        bottom.fill_between(
            hours,
            hourly_profile(runs, "busy_agents"),
            step="mid",
            color="#fd8d3c",
            alpha=0.6,
            label=t("busy", lang),
        )
        bottom.set_ylabel(t("agents_axis", lang))
        bottom.set_xlabel(t("hour_of_day", lang))
        bottom.set_title(t("day_agents_title", lang), loc="left")
        bottom.set_ylim(0, bottom.get_ylim()[1] * 1.35)
        bottom.yaxis.set_major_locator(MaxNLocator(integer=True))
        bottom.legend(loc="upper left", ncols=2)
        bottom.set_xticks(range(0, 24, 2))
        bottom.set_xlim(-0.6, 23.6)
        note = t("avg_over", lang, days=f"{days:g}", reps=len(runs))
        heading = f"{title}  ({note})" if title else note
        fig.suptitle(heading, fontsize=9, color="#555555")
    return fig


def _frt_values(result: RunResult) -> np.ndarray:
    log = result.sessions
    keep = (log.arrival_s >= result.warmup_s) & log.handed_off & ~np.isnan(log.frt_s)
    return np.asarray(log.frt_s[keep], dtype=float)


def frt_distribution_figure(
    runs: Mapping[str, Sequence[RunResult]] | Sequence[RunResult],
    threshold_s: float = 30.0,
    lang: str = "en",
    fig: FigureLike | None = None,
) -> FigureLike:
    """First response time of chats handed to humans: histogram and cumulative share, with the
    SLA threshold marked and the share within it in the legend.

    Args:
        runs: ``{scenario name: replications' results}`` (one curve each) or one list of
            results; replications are pooled.
        threshold_s: the FRT threshold (``kpi.frt_threshold_s``), drawn as a vertical line.
    """
    check_lang(lang)
    named = as_named(runs)
    pooled = {name: np.concatenate([_frt_values(r) for r in rs]) for name, rs in named.items()}
    every = np.concatenate(list(pooled.values()))
    if every.size:
        upper = max(float(np.percentile(every, 99)), 2.0 * threshold_s)
    else:
        upper = 2.0 * threshold_s
    bins = np.linspace(0.0, upper, 41)
    with chart_style(lang):
        fig = new_figure(fig, (8.0, 3.6))
        hist, ecdf = fig.subplots(1, 2)
        for i, (name, values) in enumerate(pooled.items()):
            label = wrap_label(name, 28) if name else t("chats", lang)
            if values.size == 0:
                continue
            within = float((values <= threshold_s).mean())
            weights = np.full(values.size, 100.0 / values.size)
            hist.hist(
                np.clip(values, 0, upper),
                bins=bins,
                weights=weights,
                histtype="step" if len(pooled) > 1 else "stepfilled",
                color=colour(i),
                alpha=1.0 if len(pooled) > 1 else 0.7,
                linewidth=1.4,
                label=label,
            )
            xs = np.sort(values)
            ys = np.arange(1, xs.size + 1) / xs.size * 100.0
            ecdf.step(
                xs,
                ys,
                where="post",
                color=colour(i),
                linewidth=1.5,
                label=f"{label}: {format_number(within, 'share', lang)} "
                f"{t('within', lang, t=threshold_s)}",
            )
        for ax in (hist, ecdf):
            ax.axvline(threshold_s, color=GREY, linestyle="--", linewidth=1.0)
            ax.set_xlim(0, upper)
            ax.set_xlabel(t("frt_axis", lang))
        hist.set_ylabel(t("share_of_chats", lang))
        hist.set_title(t("hist_title", lang), loc="left")
        hist.yaxis.set_major_formatter(PercentFormatter(xmax=100, decimals=0))
        hist.text(
            threshold_s,
            1.0,
            " " + t("threshold", lang, t=threshold_s),
            transform=hist.get_xaxis_transform(),
            va="top",
            fontsize=7.5,
            color="#555555",
        )
        ecdf.set_ylabel(t("share_of_chats", lang))
        ecdf.set_ylim(0, 101)
        ecdf.yaxis.set_major_formatter(PercentFormatter(xmax=100, decimals=0))
        ecdf.set_title(t("ecdf_title", lang), loc="left")
        if every.size:
            ecdf.legend(loc="best", fontsize=7.5)  # never over a curve
        else:
            for ax in (hist, ecdf):
                ax.text(0.5, 0.5, t("no_data", lang), ha="center", transform=ax.transAxes)
        fig.suptitle(t("frt_title", lang), fontsize=10.5)
    return fig


#: Funnel stages in display order (top to bottom).
FUNNEL_STAGES: tuple[str, ...] = (
    "sessions",
    "bot_resolved",
    "bot_left",
    "handed_off",
    "answered",
    "abandoned",
    "converted",
)


def funnel_counts(results: Sequence[RunResult]) -> dict[str, float]:
    """Sessions per day at each funnel stage, averaged over replications (after warm-up)."""
    totals = dict.fromkeys(FUNNEL_STAGES, 0.0)
    for res in results:
        log = res.sessions.select(res.sessions.arrival_s >= res.warmup_s)
        days = (res.horizon_s - res.warmup_s) / 86400.0
        stage = {
            "sessions": len(log),
            "bot_resolved": log.bot_resolved.sum(),
            "bot_left": log.bot_left.sum(),
            "handed_off": log.handed_off.sum(),
            "answered": (log.handed_off & ~np.isnan(log.frt_s)).sum(),
            "abandoned": log.abandoned.sum(),
            "converted": log.converted.sum(),
        }
        for k, v in stage.items():
            totals[k] += float(v) / days
    return {k: v / len(results) for k, v in totals.items()}


def funnel_figure(
    runs: Mapping[str, Sequence[RunResult]] | Sequence[RunResult],
    lang: str = "en",
    fig: FigureLike | None = None,
) -> FigureLike:
    """Sessions per day at each stage: all sessions -> resolved by the bot / left at the bot /
    handed off -> answered by a human / abandoned -> ordered; one bar per scenario and stage,
    labelled with the count and its share of all sessions."""
    check_lang(lang)
    named = as_named(runs)
    counts = {name: funnel_counts(rs) for name, rs in named.items()}
    n = len(counts)
    height = 0.8 / n
    ys = np.arange(len(FUNNEL_STAGES))
    with chart_style(lang):
        fig = new_figure(fig, (8.0, 1.2 + 0.2 * len(FUNNEL_STAGES) * max(n, 2)))
        ax = fig.subplots()
        top = max(c["sessions"] for c in counts.values()) or 1.0
        for i, (name, c) in enumerate(counts.items()):
            vals = np.array([c[s] for s in FUNNEL_STAGES])
            pos = ys - 0.4 + height * (i + 0.5)
            ax.barh(pos, vals, height=height * 0.9, color=colour(i), label=name or None)
            for y, v in zip(pos, vals, strict=True):
                share = v / c["sessions"] if c["sessions"] else math.nan
                ax.text(
                    v + top * 0.01,
                    y,
                    f"{format_number(v, 'count', lang, scale=top)}  "
                    f"({format_number(share, 'share', lang)})",
                    va="center",
                    fontsize=7 if n > 2 else 7.5,
                )
        ax.set_yticks(ys, [t(f"f_{s}", lang) for s in FUNNEL_STAGES])
        ax.invert_yaxis()
        ax.set_xlim(0, top * 1.3)
        ax.xaxis.set_major_locator(MaxNLocator(6))
        ax.set_xlabel(t("funnel_axis", lang))
        ax.set_ylabel(t("stage", lang))
        ax.grid(axis="y", visible=False)
        ax.set_title(t("funnel_title", lang), loc="left")
        if n > 1 or next(iter(counts)):
            ax.legend(loc="best")  # never over a bar or its label
    return fig
