"""Chart and report wording in Chinese and English; KPI names come from the KPI catalogue."""

from __future__ import annotations

from simulator.metrics.catalogue import KPIS
from simulator.metrics.catalogue import kpi_label as catalogue_kpi_label
from simulator.metrics.units import LANGS, check_lang

__all__ = ["LANGS", "TEXT", "UNIT_AXIS", "check_lang", "kpi_label", "t", "unit_axis_label"]

#: The axis name of a plain-number unit (one the catalogue gives no short name), per language.
UNIT_AXIS: dict[str, dict[str, str]] = {
    "count": {"en": "count", "zh": "数量"},
    "score": {"en": "score (1-5)", "zh": "评分 (1-5)"},
    "ratio": {"en": "ratio", "zh": "比值"},
}

#: Chart wording; keys are used by the chart functions.
TEXT: dict[str, dict[str, str]] = {
    "hour_of_day": {"en": "Hour of day", "zh": "时段 (点)"},
    "hour": {"en": "Hour since start", "zh": "自开始起的小时"},
    "arrivals_per_hour": {"en": "Sessions per hour", "zh": "每小时会话数"},
    "arrivals": {"en": "Sessions arriving", "zh": "进线会话"},
    "handoffs": {"en": "Handed off to humans", "zh": "转人工会话"},
    "queue_length": {"en": "Chats waiting (mean)", "zh": "排队中的会话 (平均)"},
    "queue_axis": {"en": "Chats waiting", "zh": "排队会话数"},
    "agents_axis": {"en": "Agents", "zh": "客服人数"},
    "on_duty": {"en": "Agents on duty", "zh": "在岗客服"},
    "busy": {"en": "Agents typing (mean)", "zh": "正在回复的客服 (平均)"},
    "day_title": {"en": "Traffic and queue through the day", "zh": "全天进线量与排队"},
    "day_agents_title": {"en": "Agents on duty and busy", "zh": "在岗与忙碌客服"},
    "avg_over": {
        "en": "mean over {days} day(s) x {reps} replication(s)",
        "zh": "{days} 天 x {reps} 次重复的平均",
    },
    "frt_title": {
        "en": "First response time of chats handed to humans",
        "zh": "转人工会话的首次响应时长",
    },
    "frt_axis": {"en": "First response time (s)", "zh": "首次响应时长 (秒)"},
    "chats": {"en": "Chats", "zh": "会话数"},
    "share_of_chats": {"en": "Share of chats (%)", "zh": "会话占比 (%)"},
    "within": {"en": "within {t:g} s", "zh": "{t:g} 秒内"},
    "threshold": {"en": "threshold {t:g} s", "zh": "达标线 {t:g} 秒"},
    "ecdf_title": {"en": "Share answered within t", "zh": "t 秒内已回复的比例"},
    "hist_title": {"en": "Distribution", "zh": "分布"},
    "no_data": {"en": "no chats reached a human", "zh": "没有转人工的会话"},
    "staff_title": {"en": "Agents needed vs scheduled", "zh": "所需客服与排班对比"},
    "analytic": {"en": "Needed, Erlang formula", "zh": "所需 (Erlang 公式)"},
    "simulated": {"en": "Needed, simulation-checked", "zh": "所需 (仿真验证)"},
    "current": {"en": "Scheduled now", "zh": "当前排班"},
    "handoffs_per_hour": {"en": "Chats handed off per hour", "zh": "每小时转人工会话"},
    "funnel_title": {"en": "Where the sessions go", "zh": "会话流向漏斗"},
    "funnel_axis": {"en": "Sessions per day", "zh": "每天会话数"},
    "stage": {"en": "Stage", "zh": "环节"},
    "f_sessions": {"en": "All sessions", "zh": "全部会话"},
    "f_bot_resolved": {"en": "Resolved by the bot", "zh": "机器人解决"},
    "f_bot_left": {"en": "Left at the bot", "zh": "在机器人处离开"},
    "f_handed_off": {"en": "Handed off to a human", "zh": "转人工"},
    "f_answered": {"en": "Answered by a human", "zh": "人工已接待"},
    "f_abandoned": {"en": "Abandoned in the queue", "zh": "排队中放弃"},
    "f_converted": {"en": "Ordered", "zh": "下单"},
    "compare_title": {"en": "Scenarios compared (95% CI)", "zh": "方案对比 (95% 置信区间)"},
    "scenario": {"en": "Scenario", "zh": "方案"},
    "significant_note": {
        "en": "* differs from {base} (paired 95% CI excludes 0)",
        "zh": "* 与 {base} 的差异显著 (配对 95% 置信区间不含 0)",
    },
    "heatmap_title": {"en": "{kpi} by {x} and {y}", "zh": "{kpi}: 按{x}和{y}"},
}


def t(key: str, lang: str, **fmt: object) -> str:
    """The text for ``key`` in ``lang`` (``zh`` or ``en``), formatted with ``fmt``."""
    text = TEXT[key][lang]
    return text.format(**fmt) if fmt else text


def kpi_label(kpi: str, lang: str, unit: bool = False) -> str:
    """A KPI's name for people, optionally with its unit, e.g. ``Queue wait, mean (s)``; a
    name the catalogue does not know reads as itself (:func:`simulator.metrics.catalogue.kpi_label`)."""
    return catalogue_kpi_label(kpi, check_lang(lang), unit)


def unit_axis_label(kpi: str, lang: str) -> str:
    """The y-axis label of a KPI panel whose title already names the KPI: its unit."""
    info = KPIS.get(kpi)
    if info is None:
        return UNIT_AXIS["count"][check_lang(lang)]
    return info.unit_name(lang) or UNIT_AXIS[info.unit][lang]
