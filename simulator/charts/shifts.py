"""The roster chart: hourly coverage against the requirement, and the shifts as bars."""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from simulator.charts.common import GREY, FigureLike, colour, new_figure
from simulator.charts.fonts import chart_style
from simulator.charts.labels import check_lang

_TEXT: dict[str, dict[str, str]] = {
    "title": {
        "en": "Roster: {paid} paid agent-hours for a bare requirement of {need}",
        "zh": "排班：带薪工时 {paid}，最低需求 {need}",
    },
    "needed": {"en": "Agents needed", "zh": "所需客服"},
    "covered": {"en": "Agents at work (roster)", "zh": "在班客服 (排班)"},
    "hour": {"en": "Hour of day", "zh": "时段 (点)"},
    "agents": {"en": "Agents", "zh": "客服人数"},
    "shifts": {"en": "Shifts (agents x shift)", "zh": "班次 (人数 x 班次)"},
    "break": {"en": "Unpaid break", "zh": "无薪休息"},
    "work": {"en": "Working", "zh": "在班"},
}


def _t(key: str, lang: str, **kw: Any) -> str:
    return _TEXT[key][lang].format(**kw)


def roster_figure(roster: Any, lang: str = "en", fig: FigureLike | None = None) -> FigureLike:
    """Two panels: agents at work per hour (bars) against the requirement (step line); below,
    one bar per shift kind used, from start to end, the unpaid break hatched, labelled with
    its agent count. ``roster`` is a :class:`simulator.experiments.staffing.shifts.Roster`."""
    check_lang(lang)
    hours = np.arange(24)
    lines = list(roster.lines)
    with chart_style(lang):
        fig = new_figure(fig, (8.0, 3.2 + 0.22 * max(len(lines), 4)))
        top, bottom = fig.subplots(
            2, 1, sharex=True, gridspec_kw={"height_ratios": [2, max(len(lines), 4) / 4]}
        )
        top.bar(hours, roster.coverage, width=0.8, color=colour(0), alpha=0.55,
                label=_t("covered", lang))  # fmt: skip
        top.step(hours, roster.requirement, where="mid", color="#333333", linewidth=1.8,
                 label=_t("needed", lang))  # fmt: skip
        top.set_ylim(bottom=0, top=max(max(roster.coverage, default=0), 1) * 1.25)
        top.yaxis.set_major_locator(MaxNLocator(integer=True))
        top.set_ylabel(_t("agents", lang))
        top.set_title(_t("title", lang, paid=roster.paid_hours, need=roster.requirement_hours))
        top.legend(loc="upper left", ncols=2)
        for row, line in enumerate(lines):
            s = line.shift
            pieces = [(s.start, s.length)]
            if s.break_offset is not None:
                b = s.start + s.break_offset
                pieces = [(s.start, s.break_offset), (b + s.break_hours,
                          s.length - s.break_offset - s.break_hours)]  # fmt: skip
                for x0 in (b, b - 24):
                    bottom.broken_barh([(x0 - 0.5, s.break_hours)], (row - 0.35, 0.7),
                                       facecolor="white", edgecolor=GREY, hatch="///")  # fmt: skip
            for x0, width in pieces:
                for shift in (0, -24):  # a shift past midnight shows again at the left edge
                    bottom.broken_barh([(x0 + shift - 0.5, width)], (row - 0.35, 0.7),
                                       facecolor=colour(0))  # fmt: skip
            bottom.text(23.9, row, f"× {line.count}", va="center", ha="left", fontsize=8)
        bottom.set_ylim(len(lines) - 0.5 if lines else 0.5, -0.5)
        bottom.set_yticks(range(len(lines)), [ln.shift.label().split(" ")[0] for ln in lines])
        bottom.tick_params(axis="y", labelsize=7)
        bottom.set_ylabel(_t("shifts", lang))
        bottom.set_xlim(-0.5, 23.5)
        bottom.set_xticks(range(0, 24, 2))
        bottom.set_xlabel(_t("hour", lang))
        bottom.grid(axis="y", visible=False)
        bottom.legend(
            handles=[Patch(facecolor=colour(0), label=_t("work", lang)),
                     Patch(facecolor="white", edgecolor=GREY, hatch="///",
                           label=_t("break", lang))],  # fmt: skip
            loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=2, fontsize=7,
        )  # fmt: skip
    return fig
