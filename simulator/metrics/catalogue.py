"""The KPI catalogue: each KPI's unit, direction, labels, definition and format, once.

CLI tables, charts, the report and the desktop app read a KPI's facts from here; formulas are in
``docs/metrics.md`` and :func:`simulator.metrics.kpis.compute_kpis`. :data:`KPIS` holds every KPI
that ``compute_kpis`` returns, in display order; :data:`ROI_ITEMS` the per-day items of an ROI
row (some are KPIs, the others money derived from them, see ``docs/roi.md``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from simulator.metrics.fields import field_label
from simulator.metrics.units import (
    UNIT_NAMES,
    check_lang,
    check_unit,
    format_interval,
    format_number,
    magnitude,
)

__all__ = [
    "KPIS",
    "ROI_ITEMS",
    "EstimateText",
    "SHORT_LABELS",
    "KpiInfo",
    "field_label",
    "kpi_info",
    "kpi_label",
    "magnitude",
]


@dataclass(frozen=True)
class EstimateText:
    """An estimate as people read it: the value and its 95% interval (``""`` if undefined)."""

    value: str
    ci: str


@dataclass(frozen=True)
class KpiInfo:
    """What a KPI is and how people read it.

    Attributes:
        name: the KPI's key, as in ``compute_kpis`` and the JSON output.
        unit: ``share`` (0..1), ``seconds``, ``yuan``, ``count``, ``score``, ``ratio`` or
            ``hours``.
        higher_is_better: ``True``/``False``, or ``None`` when it depends (volumes, occupancy).
        label_zh, label_en: the name shown to people.
        definition_zh, definition_en: one sentence, as in ``docs/metrics.md`` (a tooltip).
        signed: the KPI can be negative (profit); every other KPI's interval is clipped to
            what it can be (0 up, and at most 100% for shares).
    """

    name: str
    unit: str
    higher_is_better: bool | None
    label_zh: str
    label_en: str
    definition_zh: str
    definition_en: str
    signed: bool = False

    def __post_init__(self) -> None:
        check_unit(self.unit)

    def label(self, lang: str = "zh") -> str:
        """The KPI's name in ``lang``."""
        return self.label_zh if check_lang(lang) == "zh" else self.label_en

    def definition(self, lang: str = "zh") -> str:
        """One sentence saying what the KPI measures."""
        return self.definition_zh if check_lang(lang) == "zh" else self.definition_en

    def unit_name(self, lang: str = "zh") -> str:
        """The unit's short name (``%``, ``秒``/``s``, ``元``/``¥``), ``""`` for plain numbers."""
        return UNIT_NAMES[self.unit][check_lang(lang)]

    def format(self, value: float, lang: str = "zh", *, scale: float | None = None) -> str:
        """A value: ``83.1%``, ``22.6 s`` / ``22.6 秒``, ``¥20,000``, ``7,818``; ``–`` for NaN.

        ``scale`` (stored units) sets the decimals, e.g. :func:`magnitude` of a mean and its
        interval, so they read alike.
        """
        return format_number(value, self.unit, lang, scale=scale)

    def format_delta(self, value: float, lang: str = "zh", *, scale: float | None = None) -> str:
        """A change, always signed: ``+1.2 pts``, ``-¥1,610``, ``±0.0 s`` (rounds to zero)."""
        return format_number(value, self.unit, lang, change=True, scale=scale)

    def bounds(self) -> tuple[float, float]:
        """The values the KPI can take (lowest, highest)."""
        low = -math.inf if self.signed else 0.0
        return low, 1.0 if self.unit == "share" else math.inf

    def format_ci(
        self,
        lo: float,
        hi: float,
        lang: str = "zh",
        *,
        delta: bool = False,
        scale: float | None = None,
    ) -> str:
        """A 95% interval ``[a, b]`` (``""`` when undefined). An interval of the KPI itself is
        clipped to :meth:`bounds` (a -0.2% abandonment bound is a t-interval artefact); an
        interval of a change (``delta=True``) is not."""
        if not delta and not (math.isnan(lo) or math.isnan(hi)):
            low, high = self.bounds()
            lo, hi = min(max(lo, low), high), min(max(hi, low), high)
        return format_interval(lo, hi, self.unit, lang, change=delta, scale=scale)

    def format_estimate(
        self, mean: float, lo: float, hi: float, lang: str = "zh", *, delta: bool = False
    ) -> EstimateText:
        """A mean (or a change, ``delta=True``) and its interval, in the same decimals:
        ``¥20,000 [¥19,310, ¥20,690]``, never ``¥50.00 [-¥3,000, ¥3,100]``."""
        scale = magnitude(mean, lo, hi)
        fmt = self.format_delta if delta else self.format
        return EstimateText(
            fmt(mean, lang, scale=scale), self.format_ci(lo, hi, lang, delta=delta, scale=scale)
        )

    def better(self, delta: float) -> bool | None:
        """Whether a change of ``delta`` is good for the shop; ``None`` when it depends, is
        zero or NaN."""
        if self.higher_is_better is None or math.isnan(delta) or delta == 0:
            return None
        return (delta > 0) == self.higher_is_better


# fmt: off
# name, unit, higher_is_better, label zh, label en; then the definitions zh, en (docs/metrics.md)
_KPI_LIST: tuple[KpiInfo, ...] = (
    KpiInfo("sessions", "count", None, "会话数", "Sessions",
            "预热后到达的全部会话数，首次咨询与再次咨询都计入。",
            "Sessions arriving after the warm-up, first contacts and re-contacts alike."),
    KpiInfo("bot_resolved_share", "share", True, "机器人解决率", "Resolved by the bot",
            "由机器人解决、从未进入人工队列的会话占全部会话的比例。",
            "Share of sessions the bot resolved without ever reaching the human queue."),
    KpiInfo("handoff_share", "share", None, "转人工率", "Handed off to a human",
            "因任一规则（答错、敏感词、顾客要求、情绪）或未启用机器人而转人工的会话比例。",
            "Share of sessions handed to the human queue by any rule (failed answers, keyword, "
            "request, emotion) or because there is no bot."),
    KpiInfo("bot_left_share", "share", False, "机器人处流失率", "Left the bot unanswered",
            "机器人答错后顾客直接离开的会话比例，即机器人挡路造成的流失。",
            "Share of sessions whose customer left after failed bot answers: the bot in the way."),
    # bot-resolved share per intent (simulator/metrics/bot_shares.py)
    KpiInfo("bot_resolved_presale", "share", True, "售前机器人解决率", "Bot-resolved, pre-sale",
            "售前会话中由机器人解决的比例。",
            "Share of pre-sale sessions the bot resolved."),
    KpiInfo("bot_resolved_logistics", "share", True, "物流机器人解决率", "Bot-resolved, logistics",
            "物流会话中由机器人解决的比例。",
            "Share of logistics sessions the bot resolved."),
    KpiInfo("bot_resolved_aftersale", "share", True, "售后机器人解决率", "Bot-resolved, after-sale",
            "售后会话中由机器人解决的比例（含退款等按规则转人工的会话）。",
            "Share of after-sale sessions the bot resolved (refunds and other rule handoffs "
            "included in the denominator)."),
    KpiInfo("bot_resolved_complaint", "share", True, "投诉机器人解决率", "Bot-resolved, complaint",
            "投诉会话中由机器人解决的比例。",
            "Share of complaint sessions the bot resolved."),
    KpiInfo("bot_resolved_routine", "share", True, "常规问题机器人解决率",
            "Bot-resolved, routine questions",
            "常规问题（售前、物流、售后）会话中由机器人解决的比例；投诉不算常规问题。",
            "Share of routine sessions (pre-sale, logistics, after-sale) the bot resolved; "
            "complaints are not routine."),
    KpiInfo("abandon_rate", "share", False, "转人工后放弃率", "Abandoned before a human reply",
            "转人工的会话中，在客服开始首次回复前离开的比例。",
            "Share of chats handed off that left before a human started on the first reply."),
    KpiInfo("frt_mean_s", "seconds", False, "平均首次响应时长（自转人工）",
            "First response time from handoff, mean",
            "得到人工首次回复的会话从转人工到首次回复的平均时长。",
            "Mean time from handoff to the first human reply, over chats that got one."),
    KpiInfo("frt_p90_s", "seconds", False, "首次响应时长 P90（自转人工）",
            "First response time from handoff, 90th pct.",
            "从转人工到首次人工回复时长的第 90 百分位数。",
            "90th percentile of the time from handoff to the first human reply."),
    KpiInfo("frt_customer_mean_s", "seconds", False, "平均首次响应时长（自首条消息）",
            "First response time from first message, mean",
            "得到人工回复的转人工会话从顾客本次会话第一条消息（含与机器人的对话）到首次人工回复的平均时长。",
            "Mean time from the customer's first message of the session (the bot phase "
            "included) to the first human reply, over handed-off chats that got one."),
    KpiInfo("frt_sla", "share", True, "首响达标率", "First reply within threshold",
            "转人工会话中，首次人工回复不超过达标时长 (kpi.frt_threshold_s) 的比例；未获回复就离开的算未达标。",
            "Share of handed-off chats whose first human reply came within "
            "kpi.frt_threshold_s; customers who left before any reply count as misses."),
    KpiInfo("frt_sla_answered", "share", True, "首响达标率（仅已回复）",
            "First reply within threshold, answered only",
            "得到人工回复的会话中，首次响应时长不超过达标时长的比例（不计放弃者）。",
            "Share of answered chats whose first reply came within kpi.frt_threshold_s "
            "(abandoners left out)."),
    KpiInfo("art_mean_s", "seconds", False, "平均响应时长", "Average response time",
            "客服每一轮回复的平均响应时长。",
            "Mean response time of human replies, over every round."),
    KpiInfo("queue_wait_mean_s", "seconds", False, "平均排队时长", "Queue wait, mean",
            "转人工会话从转人工到客服接起的平均等待时长（放弃者计到离开为止，无论在队列中还是在客服的待回复列表中）。",
            "Mean time from handoff until an agent took the chat (abandoners: until they left, "
            "in the queue or in an agent's backlog)."),
    KpiInfo("queue_wait_prob", "share", False, "需排队比例", "Had to queue",
            "转人工时没有空闲接待名额需要排队、或被接起后未等到首次回复就离开的会话比例。",
            "Share of chats handed off that found no free agent slot and had to wait, or left "
            "an agent's backlog before his first reply."),
    KpiInfo("fcr_3day", "share", True, "3日首次解决率（平台口径）",
            "3-day FCR as a dashboard counts it",
            "结束的会话中，同一顾客在 72 小时内没有再次咨询的比例（平台看板口径：沉默放弃也算解决）。",
            "Share of ended sessions whose customer made no new contact within 72 hours, as a "
            "platform dashboard counts it (a customer who gave up silently counts as solved)."),
    KpiInfo("fcr_true", "share", True, "真实首次解决率", "True first-contact resolution",
            "结束的会话中，本次会话（机器人或人工）确实解决、且 72 小时内没有再次咨询的比例。",
            "Share of ended sessions resolved at that contact (by the bot or a human) with no "
            "new contact within 72 hours."),
    KpiInfo("fcr_silent_gap", "share", False, "沉默放弃（3日解决率虚高部分）",
            "Gave up silently (FCR gap)",
            "结束的会话中，未解决却在 72 小时内没有再来的比例，即平台口径与真实首次解决率之差。",
            "Share of ended sessions left unresolved whose customer did not come back within "
            "72 hours: the dashboard FCR less the true FCR."),
    KpiInfo("answer_ratio", "ratio", True, "答问比", "Answer ratio",
            "人工客服发出的消息数除以由人工接待的顾客消息数（不含机器人）；客服每次回复可发多条，忙时只回一条，比值低说明服务简短被动。",
            "Agents' messages (often several per reply, one when the agent is swamped) divided by "
            "the customer messages humans answered (the bot left out); a low ratio means terse, "
            "passive service."),
    KpiInfo("conversion_rate", "share", True, "询单转化率（按会话）",
            "Inquiry conversion per session",
            "咨询售前问题的会话中最终下单的比例。",
            "Share of pre-sale sessions that ended in an order."),
    KpiInfo("conversion_rate_customers", "share", True, "询单转化率（按顾客）",
            "Inquiry conversion per customer",
            "咨询过售前问题的顾客中下单的比例；同一顾客的再次咨询只算一位顾客。",
            "Customers who ordered divided by customers who asked pre-sale questions; a "
            "customer's re-contacts count as one customer."),
    KpiInfo("orders", "count", True, "订单数", "Orders",
            "以下单结束的会话数。",
            "Number of sessions that ended in an order."),
    KpiInfo("revenue", "yuan", True, "销售额", "Revenue",
            "预热后已付款订单金额之和（VIP 订单按客单价乘以 VIP 系数；未开启未付款阶段时全部订单都算已付款）。",
            "Sum of paid order values after the warm-up (VIP orders at the VIP order value "
            "factor; every order counts as paid unless the unpaid stage is on)."),
    KpiInfo("csat_mean", "score", True, "满意度评分 (1-5)", "CSAT score (1-5)",
            "已结束会话的平均满意度评分，1 到 5 分。",
            "Mean satisfaction score, 1 to 5, over sessions that ended."),
    KpiInfo("csat_satisfied", "share", True, "满意率", "Satisfied customers",
            "已结束会话中满意度评分不低于 3.5（约 4 或 5 星）的比例。",
            "Share of ended sessions scoring 3.5 or more (rounds to 4 or 5 stars)."),
    KpiInfo("agent_occupancy", "share", None, "客服占用率", "Agent occupancy",
            "客服打字回复的时间占在岗客服工时（付薪工时扣除缩减率）的比例；挂着会话等顾客不算忙碌。",
            "Agent typing time as a share of on-duty agent-hours (paid hours less shrinkage); "
            "holding chats while waiting for customers is not busy."),
    KpiInfo("agent_hours", "hours", False, "客服工时", "Agent-hours",
            "预热后排班人数与加班客服人数对时间的积分，即付薪的客服工时。",
            "Paid agent time after the warm-up: scheduled headcount plus agents in overtime, "
            "integrated over time."),
    KpiInfo("cost_total", "yuan", False, "客服成本", "Service cost",
            "客服工时乘以时薪成本，加上机器人接待的会话数乘以单会话费用，再加主动服务的费用。",
            "Agent-hours times the hourly agent cost, plus the bot's fee for every session it "
            "touched, plus the cost of proactive service."),
    KpiInfo("cost_per_session", "yuan", False, "单会话成本", "Cost per session",
            "客服成本除以会话数。",
            "Service cost divided by the number of sessions."),
    KpiInfo("profit", "yuan", True, "客服利润贡献", "Profit contribution of service",
            "销售额乘以毛利率，减去客服成本。",
            "Revenue times the margin, less the service cost.", signed=True),
    # proactive service (simulator.metrics.proactive)
    KpiInfo("paid_orders", "count", True, "付款订单数", "Paid orders",
            "已付款的订单数（含催付后付款）；销售额只计已付款订单。",
            "Orders that were paid (after a follow-up too); revenue counts paid orders only."),
    KpiInfo("recovered_orders", "count", True, "催付挽回订单", "Orders recovered by follow-up",
            "下单未付款、经催付后付款的订单数。",
            "Unpaid orders that were paid after a follow-up (催付)."),
    KpiInfo("churn_not_ordered_share", "share", None, "询单流失·未下单", "Inquiry churn: no order",
            "咨询过售前问题但没有付款的顾客中，从未下单的比例。",
            "Of customers who asked pre-sale questions and paid for no order, the share who "
            "never ordered."),
    KpiInfo("churn_not_paid_share", "share", None, "询单流失·下单未付", "Inquiry churn: unpaid",
            "咨询过售前问题但没有付款的顾客中，下了单却未付款的比例。",
            "Of customers who asked pre-sale questions and paid for no order, the share who "
            "ordered but did not pay."),
    KpiInfo("delay_notices", "count", None, "物流延误通知数", "Delay notices sent",
            "包裹延误超过 48 小时时主动发出的通知数。",
            "Notices sent to customers whose parcel was late by more than 48 hours."),
    KpiInfo("invitations", "count", None, "主动邀请会话数", "Invited chats",
            "客服主动邀请犹豫中的访客后开始的售前会话数。",
            "Pre-sale chats that began when an agent invited a hesitating shopper."),
    KpiInfo("proactive_cost", "yuan", False, "主动服务费用", "Proactive service cost",
            "延误通知、邀请与催付的费用之和，已计入客服成本。",
            "Cost of delay notices, invitations and follow-ups; part of the service cost."),
)
#: Money of an ROI row derived from the KPIs (``docs/roi.md``).
_DERIVED: tuple[KpiInfo, ...] = (
    KpiInfo("agent_cost", "yuan", False, "客服人力成本", "Agent cost",
            "客服工时乘以时薪成本。",
            "Agent-hours times the hourly agent cost."),
    KpiInfo("bot_fees", "yuan", False, "机器人费用", "Bot fees",
            "机器人接待的会话数乘以单会话费用。",
            "Sessions the bot touched times its fee per session."),
    KpiInfo("cost", "yuan", False, "客服总成本", "Total service cost",
            "客服人力成本加机器人费用与主动服务费用。",
            "Agent cost plus bot fees and proactive service cost."),
    KpiInfo("gross_margin", "yuan", True, "订单毛利", "Gross margin on orders",
            "销售额乘以毛利率。",
            "Revenue times the margin.", signed=True),
)
# fmt: on

#: Every KPI that ``compute_kpis`` returns, in display order.
KPIS: Mapping[str, KpiInfo] = MappingProxyType({k.name: k for k in _KPI_LIST})
_DERIVED_BY_NAME = {k.name: k for k in _DERIVED}
#: The per-day items of an ROI row (``simulator.experiments.roi.PER_DAY_ITEMS``), in order.
ROI_ITEMS: Mapping[str, KpiInfo] = MappingProxyType(
    {
        name: KPIS.get(name) or _DERIVED_BY_NAME[name]
        for name in (
            "agent_hours",
            "agent_cost",
            "bot_fees",
            "proactive_cost",
            "cost",
            "orders",
            "paid_orders",
            "revenue",
            "gross_margin",
            "profit",
        )
    }
)


def kpi_info(name: str) -> KpiInfo:
    """The catalogue entry of a KPI (or of an ROI item such as ``agent_cost``).

    Raises:
        KeyError: an unknown name; the message lists the known KPIs.
    """
    info = KPIS.get(name) or ROI_ITEMS.get(name)
    if info is None:
        raise KeyError(f"unknown KPI {name!r}; known KPIs: {', '.join(KPIS)}")
    return info


#: Short names for narrow table columns (per-day and per-hour tables), zh and en; a KPI not
#: here uses its full label.
SHORT_LABELS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "sessions": ("会话数", "Sessions"),
        "bot_resolved_share": ("机器人解决", "Bot-resolved"),
        "handoff_share": ("转人工率", "Handoff"),
        "bot_left_share": ("机器人处流失", "Left at bot"),
        "bot_resolved_presale": ("售前机器人解决", "Bot: pre-sale"),
        "bot_resolved_logistics": ("物流机器人解决", "Bot: logistics"),
        "bot_resolved_aftersale": ("售后机器人解决", "Bot: after-sale"),
        "bot_resolved_complaint": ("投诉机器人解决", "Bot: complaint"),
        "bot_resolved_routine": ("常规机器人解决", "Bot: routine"),
        "abandon_rate": ("放弃率", "Abandoned"),
        "frt_mean_s": ("平均首响", "FRT mean"),
        "frt_p90_s": ("首响 P90", "FRT P90"),
        "frt_customer_mean_s": ("首响(自首条)", "FRT from 1st msg"),
        "frt_sla": ("首响达标率", "FRT SLA"),
        "frt_sla_answered": ("首响达标(已回复)", "FRT SLA ans."),
        "art_mean_s": ("平均响应", "ART mean"),
        "queue_wait_mean_s": ("平均排队", "Queue wait"),
        "queue_wait_prob": ("需排队", "Queued"),
        "fcr_3day": ("3日解决率", "FCR 3-day"),
        "fcr_true": ("真实解决率", "FCR true"),
        "fcr_silent_gap": ("沉默放弃", "Gave up"),
        "conversion_rate": ("转化率", "Conversion"),
        "conversion_rate_customers": ("顾客转化率", "Conv./cust."),
        "csat_mean": ("满意度", "CSAT"),
        "csat_satisfied": ("满意率", "Satisfied"),
        "agent_occupancy": ("占用率", "Occupancy"),
        "agent_hours": ("客服工时", "Agent-hours"),
        "cost_total": ("客服成本", "Cost"),
        "cost_per_session": ("单会话成本", "Cost/session"),
        "profit": ("利润贡献", "Profit"),
    }
)


def kpi_label(name: str, lang: str = "zh", unit: bool = False, *, short: bool = False) -> str:
    """A KPI's (or ROI item's) name for people in ``lang``, optionally with its unit:
    ``frt_mean_s`` -> ``平均首次响应时长（自转人工）`` / ``First response time from handoff,
    mean``; with ``unit=True`` ``平均首次响应时长（自转人工） (秒)``; with ``short=True`` a
    column-width name (``平均首响`` / ``FRT mean``). A name the catalogue does not know reads as itself, so a table never fails
    on a new column. CLI tables, charts and the report all call this."""
    info = KPIS.get(name) or ROI_ITEMS.get(name)
    if info is None:
        return name
    if short and name in SHORT_LABELS:
        label = SHORT_LABELS[name][0 if check_lang(lang) == "zh" else 1]
    else:
        label = info.label(lang)
    suffix = info.unit_name(lang)
    return f"{label} ({suffix})" if unit and suffix else label
