"""The knowledge-base snowball chart: day by day, the bot's answer quality per intent, the
bot-resolved and handed-off shares, and what the human work costs."""

from __future__ import annotations

import numpy as np
from matplotlib.ticker import MaxNLocator

from simulator.charts.common import GREY, FigureLike, colour, new_figure, value_formatter
from simulator.charts.fonts import chart_style
from simulator.charts.labels import check_lang, kpi_label
from simulator.metrics.days import KnowledgeBaseDays
from simulator.metrics.fields import INTENT_LABELS
from simulator.scenario.schema import INTENTS

#: Chart wording (zh, en).
_TEXT = {
    "quality_title": ("机器人各意图回答质量 (知识库滚雪球)", "Bot answer quality per intent (knowledge base)"),
    "share_title": ("机器人解决与转人工", "Resolved by the bot and handed off"),
    "cost_title": ("客服成本 (每天)", "Service cost per day"),
    "work_cost": ("实际工作成本 (回复工时 × 时薪 + 其他费用)", "Cost of the work (typing hours × wage + fees)"),
    "day_axis": ("仿真天数 (第 N 天)", "Simulated day"),
    "share_axis": ("占会话比例", "Share of sessions"),
    "cost_note": ("排班固定时客服成本不变; 节省在排班跟随工作量时兑现",
                  "A fixed roster keeps the paid cost flat; the saving is realised when the roster follows the work"),
}  # fmt: skip


def _t(key: str, lang: str) -> str:
    return _TEXT[key][0 if lang == "zh" else 1]


def knowledge_base_figure(
    curve: KnowledgeBaseDays,
    lang: str = "en",
    title: str | None = None,
    intents: tuple[str, ...] | None = None,
    fig: FigureLike | None = None,
) -> FigureLike:
    """Three panels over the simulated days (:func:`simulator.metrics.days.knowledge_base_days`):
    answer quality per intent; bot-resolved and handoff shares; cost of the work and the
    service cost.

    Args:
        curve: the per-day means of a run's replications.
        lang: ``zh`` or ``en``.
        title: a heading (e.g. the scenario's name).
        intents: the intents whose quality to draw (default: every intent).
        fig: draw into this figure or sub-figure instead of a new one.
    """
    check_lang(lang)
    days = np.arange(1, curve.days + 1)
    li = 0 if lang == "zh" else 1
    with chart_style(lang):
        fig = new_figure(fig, (8.0, 7.2))
        top, mid, bottom = fig.subplots(3, 1, sharex=True)
        for k, name in enumerate(INTENTS):
            if intents is not None and name not in intents:
                continue
            top.plot(days, curve.quality[:, k] * 100, color=colour(k), marker="o",
                     markersize=2.5, linewidth=1.5, label=INTENT_LABELS[name][li])  # fmt: skip
        top.set_ylim(0, 100)
        top.yaxis.set_major_formatter(value_formatter("share"))
        top.set_title(_t("quality_title", lang), loc="left")
        top.legend(loc="lower right", ncols=4)

        for k, (values, kpi) in enumerate(
            (
                (curve.bot_resolved_share, "bot_resolved_share"),
                (curve.handoff_share, "handoff_share"),
            )
        ):
            mid.plot(days, values * 100, color=colour(k + 4), marker="o", markersize=2.5,
                     linewidth=1.5, label=kpi_label(kpi, lang))  # fmt: skip
        mid.set_ylim(0, 100)
        mid.yaxis.set_major_formatter(value_formatter("share"))
        mid.set_ylabel(_t("share_axis", lang))
        mid.set_title(_t("share_title", lang), loc="left")
        mid.legend(loc="upper right", ncols=2)

        bottom.plot(days, curve.cost_total, color=GREY, linewidth=1.5, linestyle="--",
                    label=kpi_label("cost_total", lang))  # fmt: skip
        bottom.plot(days, curve.work_cost, color=colour(5), marker="o", markersize=2.5,
                    linewidth=1.5, label=_t("work_cost", lang))  # fmt: skip
        bottom.set_ylim(0, max(float(np.nanmax(curve.cost_total)), 1.0) * 1.35)
        bottom.yaxis.set_major_formatter(value_formatter("yuan"))
        bottom.set_title(_t("cost_title", lang), loc="left")
        bottom.legend(loc="upper right", ncols=1)
        bottom.set_xlabel(_t("day_axis", lang))
        bottom.xaxis.set_major_locator(MaxNLocator(integer=True))
        bottom.text(0.01, 0.04, _t("cost_note", lang), transform=bottom.transAxes,
                    fontsize=8, color="#555555")  # fmt: skip
        if title:
            fig.suptitle(title, fontsize=9, color="#555555")
    return fig
