"""Readable names of scenario field paths, for sweep axes, heat maps and the GUI.

A path is a scenario field's dotted path as ``--set`` and ``--grid`` take it
(``agents.concurrency``, ``bot.answer_quality.presale``). Unknown paths read as themselves.
"""

from __future__ import annotations

from simulator.metrics.units import check_lang

#: zh and en names of scenario fields that are worth sweeping.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "horizon.days": ("仿真天数", "Simulated days"),
    "horizon.warmup_hours": ("预热时长 (小时)", "Warm-up (hours)"),
    "arrivals.sessions_per_day": ("每天进线量", "Sessions per day"),
    "arrivals.rate_per_hour": ("每小时进线量", "Sessions per hour"),
    "bot.enabled": ("启用 AI 机器人", "AI bot on"),
    "bot.answer_quality": ("机器人答复质量", "Bot answer quality"),
    "bot.entry_point_greeting": ("按入口欢迎", "Greets by entry point"),
    "bot.greeting_presale_lift": ("入口欢迎的售前提升", "Pre-sale lift of the greeting"),
    "bot.reply_delay_s": ("机器人回复延迟 (秒)", "Bot reply delay (s)"),
    "bot.cost_per_session": ("机器人单会话费用 (元)", "Bot fee per session (¥)"),
    "handoff.max_failed_answers": ("转人工前答错次数", "Failed bot answers before handoff"),
    "handoff.keywords": ("转人工敏感词", "Handoff keywords"),
    "handoff.on_request": ("顾客要求即转人工", "Hand off on request"),
    "handoff.on_negative_emotion": ("转人工愤怒阈值", "Anger threshold for handoff"),
    "handoff.anger_per_failed_answer": ("每次答错增加的愤怒值", "Anger per failed answer"),
    "handoff.context_transfer": ("热转接 (传递上下文)", "Warm handoff (context passed)"),
    "handoff.warm_read_s": ("热转接阅读时长 (秒)", "Reading time on warm handoff (s)"),
    "handoff.cold_extra_rounds": ("冷转接额外轮次", "Extra rounds on cold handoff"),
    "handoff.cold_resolution_factor": ("冷转接解决率系数", "Resolution factor on cold handoff"),
    "agents.count": ("客服人数", "Agents on duty"),
    "agents.schedule": ("排班", "Schedule"),
    "agents.concurrency": ("并发上限", "Chat concurrency"),
    "agents.overload.threshold": ("质量下降的并发阈值", "Chats before quality drops"),
    "agents.overload.reply_time_per_chat": ("超阈值回复变慢", "Reply slowdown per extra chat"),
    "agents.overload.resolution_per_chat": ("超阈值解决率下降", "Resolution drop per extra chat"),
    "agents.overload.csat_per_chat": ("超阈值每会话满意度降分", "CSAT drop per extra chat"),
    "agents.shrinkage": ("损耗率 (休息/培训/缺勤)", "Shrinkage (breaks, training, absence)"),
    "agents.reply_time": ("客服回复用时", "Agent reply time"),
    "agents.reply_time.mean_s": ("客服平均回复用时 (秒)", "Agent reply time, mean (s)"),
    "agents.first_reply_time": ("客服首次回复用时", "Agent first reply time"),
    "agents.messages_per_reply.mean": ("每次回复平均消息数", "Messages per reply, mean"),
    "agents.terse_backlog": ("忙时只回一条的积压阈值", "Backlog at which replies turn terse"),
    "customers.patience": ("顾客排队耐心", "Customer patience"),
    "customers.patience.mean_s": ("顾客平均耐心 (秒)", "Customer patience, mean (s)"),
    "customers.think_time.mean_s": ("顾客平均思考时长 (秒)", "Customer think time, mean (s)"),
    "customers.bot_tolerance.mean": ("顾客对机器人的平均容忍次数", "Bot tolerance, mean"),
    "customers.vip_share": ("VIP 顾客占比", "VIP share"),
    "satisfaction.base": ("满意度基准分", "CSAT base score"),
    "satisfaction.per_minute_response": ("慢回复每分钟扣分", "CSAT points per slow minute"),
    "satisfaction.response_grace_s": ("回复时长免扣分 (秒)", "Reply time not charged (s)"),
    "economics.agent_cost_per_hour": ("客服时薪成本 (元)", "Agent cost per hour (¥)"),
    "economics.average_order_value": ("客单价 (元)", "Average order value (¥)"),
    "economics.vip_order_value_factor": ("VIP 客单价系数", "VIP order value factor"),
    "economics.margin": ("毛利率", "Margin"),
    "economics.one_off_cost": ("一次性投入 (元)", "One-off cost (¥)"),
    "kpi.frt_threshold_s": ("首响达标时长 (秒)", "First-response threshold (s)"),
    # proactive service and the knowledge-base snowball (docs/scenarios.md)
    "proactive.delay_notices.enabled": ("物流延误主动通知", "Delay notices"),
    "proactive.invitations.enabled": ("主动邀请犹豫访客", "Invitations to hesitating shoppers"),
    "proactive.invitations.per_day": ("每天邀请数", "Invitations per day"),
    "proactive.pay_rate": ("下单后自行付款率", "Orders paid without a reminder"),
    "proactive.unpaid_follow_up.enabled": ("催付", "Follow-up of unpaid orders (催付)"),
    "proactive.unpaid_follow_up.recovered": ("催付挽回率", "Unpaid orders recovered"),
    "knowledge_base.snowball": ("知识库滚雪球", "Knowledge-base snowball"),
    "knowledge_base.capture": ("转人工答案入库率", "Handoff answers added to the KB"),
}
#: zh and en names of the intents, for per-intent fields (``bot.answer_quality.presale``).
INTENT_LABELS: dict[str, tuple[str, str]] = {
    "presale": ("售前", "pre-sale"),
    "logistics": ("物流", "logistics"),
    "aftersale": ("售后", "after-sale"),
    "complaint": ("投诉", "complaint"),
}


def field_label(path: str, lang: str = "zh") -> str:
    """A readable name of a scenario field path: ``agents.concurrency`` -> ``并发上限`` /
    ``Chat concurrency``; ``bot.answer_quality.presale`` -> ``机器人答复质量 (售前)``. A path
    this table does not know reads as itself."""
    i = 0 if check_lang(lang) == "zh" else 1
    if path in FIELD_LABELS:
        return FIELD_LABELS[path][i]
    parent, _, last = path.rpartition(".")
    if parent in FIELD_LABELS and last in INTENT_LABELS:
        return f"{FIELD_LABELS[parent][i]} ({INTENT_LABELS[last][i]})"
    return path
