"""The report's wording in Chinese and English; numbers are formatted by the KPI catalogue."""

from __future__ import annotations

from simulator.metrics.units import format_number

W: dict[str, dict[str, str]] = {
    "title": {"en": "Customer service scenarios: results", "zh": "客服方案评估报告"},
    "subtitle": {
        "en": "Simulated with KefuLab: {n} scenario(s), {reps} replications each, seed {seed}",
        "zh": "KefuLab 仿真：{n} 个方案，每个方案重复 {reps} 次，随机种子 {seed}",
    },
    "generated": {"en": "Generated {date}", "zh": "生成日期 {date}"},
    "page": {"en": "page {n}", "zh": "第 {n} 页"},
    # sections
    "s_summary": {"en": "At a glance", "zh": "概要"},
    "s_assumptions": {"en": "Scenarios and their assumptions", "zh": "方案与假设"},
    "s_kpis": {"en": "Results per scenario", "zh": "各方案结果"},
    "s_compare": {"en": "Differences from the baseline", "zh": "与基准方案的差异"},
    "s_roi": {"en": "Return on investment", "zh": "投资回报"},
    "s_staffing": {"en": "Staffing plan for {name}", "zh": "排班建议：{name}"},
    "s_day": {"en": "Through the day", "zh": "全天走势"},
    # summary
    "how_to_read": {
        "en": "How to read this report: every figure is a mean over independent simulated "
        "replications of the same day(s); [a, b] is its 95% confidence interval, the range "
        "that holds the true long-run value with 95% confidence. All scenarios ran on the same "
        "random customers (common random numbers), so the differences between them come from "
        "the changes you made, not from luck; a difference marked * is statistically "
        "significant (its paired 95% interval excludes zero).",
        "zh": "阅读说明：每个数字都是同一天（或几天）多次独立仿真的平均值；[a, b] 是 95% "
        "置信区间，即以 95% 的把握包含真实长期值的范围。所有方案使用同一批随机生成的顾客"
        "（共同随机数），因此方案之间的差异来自您所做的调整，而不是运气；标 * 的差异在统计上"
        "显著（其配对 95% 置信区间不包含 0）。",
    },
    "baseline_is": {
        "en": "The baseline is “{name}”; every other scenario is compared with it.",
        "zh": "基准方案为“{name}”，其余方案均与其比较。",
    },
    "finding_profit": {
        "en": "{name}: profit contribution {change} per month {ci}{sig}.",
        "zh": "{name}：每月利润贡献变化 {change} {ci}{sig}。",
    },
    "finding_service": {
        "en": "  First response {frt}, inquiry conversion {conv}, CSAT {csat}.",
        "zh": "  首次响应时长 {frt}，询单转化率 {conv}，满意度评分 {csat}。",
    },
    "finding_payback": {
        "en": "  One-off cost {cost}: pays back in {days}.",
        "zh": "  一次性投入 {cost}：回本周期 {days}。",
    },
    "finding_never": {
        "en": "  One-off cost {cost}: does not pay back (no profit gain).",
        "zh": "  一次性投入 {cost}：无法回本（利润没有增加）。",
    },
    "significant": {"en": " (significant)", "zh": "（显著）"},
    "not_significant": {"en": " (not significant)", "zh": "（不显著）"},
    "single": {
        "en": "One scenario only: the report shows its results; add alternatives to compare.",
        "zh": "仅有一个方案：报告展示其结果；加入其他方案即可进行比较。",
    },
    "staff_summary": {
        "en": "Staffing: the simulation-checked plan needs {plan} agent-hours a day against {now} "
        "scheduled now ({saving} per day); {met}.",
        "zh": "排班：经仿真验证的方案每天需要 {plan} 个客服工时，当前排班为 {now}（每天{saving}）；{met}。",
    },
    "staff_met": {
        "en": "every hour meets the targets",
        "zh": "每个时段均达到目标",
    },
    "staff_not_met": {
        "en": "hours out of reach: {hours}",
        "zh": "无法达标的时段：{hours}",
    },
    # assumptions
    "a_source": {"en": "Scenario file", "zh": "方案文件"},
    "a_horizon": {"en": "Simulated days (warm-up)", "zh": "仿真天数 (预热)"},
    "a_volume": {"en": "Sessions per day (first contacts)", "zh": "每天进线 (首次咨询)"},
    "a_peak": {"en": "Busiest hour", "zh": "最忙时段"},
    "a_entries": {"en": "Entry points", "zh": "进线入口"},
    "a_intents": {"en": "Question mix", "zh": "问题类型构成"},
    "a_bot": {"en": "AI bot", "zh": "AI 机器人"},
    "a_bot_cost": {"en": "Bot fee per session", "zh": "机器人单会话费用"},
    "a_handoff": {"en": "Handoff to a human", "zh": "转人工规则"},
    "a_context": {"en": "Handoff style", "zh": "转接方式"},
    "a_agents": {"en": "Agents on duty", "zh": "在岗客服"},
    "a_concurrency": {"en": "Chats per agent at once", "zh": "每人同时接待"},
    "a_reply": {"en": "Agent reply time, mean", "zh": "客服单次回复用时 (平均)"},
    "a_patience": {"en": "Customer patience in queue", "zh": "顾客排队耐心"},
    "a_wage": {"en": "Agent cost per hour", "zh": "客服时薪成本"},
    "a_aov": {"en": "Average order value (margin)", "zh": "客单价 (毛利率)"},
    "a_one_off": {"en": "One-off cost of the change", "zh": "一次性投入"},
    "a_threshold": {"en": "First-response threshold", "zh": "首响达标时长"},
    "a_proactive": {"en": "Proactive service", "zh": "主动服务"},
    "a_kb": {"en": "Knowledge base", "zh": "知识库"},
    "p_notices": {"en": "delay notices", "zh": "延误通知"},
    "p_invitations": {"en": "{n:,.0f} invitations/day", "zh": "每天邀请 {n:,.0f} 人"},
    "p_paid": {"en": "{p} of orders paid", "zh": "下单付款率 {p}"},
    "p_follow_up": {"en": "催付 recovers {p}", "zh": "催付挽回 {p}"},
    "kb_snowball": {
        "en": "snowball: {c} of resolved handoffs added, quality up to {q}",
        "zh": "滚雪球: 转人工已解决答案入库 {c}，回答质量至多 {q}",
    },
    "changed_note": {
        "en": "Shaded cells differ from the baseline (first column).",
        "zh": "底色标出的单元格与基准方案（第一列）不同。",
    },
    "bot_off": {"en": "off", "zh": "未启用"},
    "bot_on": {"en": "on, answer quality {rates}", "zh": "启用，回答质量 {rates}"},
    "greeting": {"en": "; greets by entry point", "zh": "；按入口欢迎"},
    "handoff_rule": {
        "en": "after {n} failed answers; {k} keywords{req}{emo}",
        "zh": "机器人答错 {n} 次后；{k} 个敏感词{req}{emo}",
    },
    "on_request": {"en": "; on request", "zh": "；顾客要求即转"},
    "on_emotion": {"en": "; anger ≥ {v:g}", "zh": "；愤怒值 ≥ {v:g}"},
    "warm": {"en": "warm (context passed)", "zh": "热转接 (传递上下文)"},
    "cold": {"en": "cold (customer repeats)", "zh": "冷转接 (顾客需重复)"},
    "agents_count": {"en": "{n} all day", "zh": "全天 {n} 人"},
    "agents_schedule": {"en": "{lo}–{hi} by hour", "zh": "按时段 {lo}–{hi} 人"},
    "agent_hours_day": {"en": "{h:,} agent-hours/day", "zh": "每天 {h:,} 工时"},
    "unlimited": {"en": "unlimited", "zh": "无限 (不放弃)"},
    "mean_s": {"en": "mean {v:,.0f} s", "zh": "平均 {v:,.0f} 秒"},
    "days_warmup": {"en": "{d} ({w:g} h)", "zh": "{d} 天 ({w:g} 小时)"},
    # tables
    "kpi": {"en": "KPI", "zh": "指标"},
    "assumption": {"en": "Assumption", "zh": "假设"},
    "kpi_note": {
        "en": "Mean over replications, 95% confidence interval below (clipped to possible values). Sessions, orders, "
        "revenue, cost and profit are totals over the simulated days after warm-up.",
        "zh": "各次仿真的平均值，下方为 95% 置信区间（截取到可能的取值范围）。会话数、订单、销售额、成本与利润为预热后"
        "全部仿真天数的合计。",
    },
    "diff_note": {
        "en": "Each scenario minus the baseline, paired by replication; * marks a significant "
        "difference (its 95% interval excludes 0). Shares change in percentage points (pts).",
        "zh": "各方案减去基准方案，按仿真重复配对；* 表示差异显著 (95% 区间不含 0)。比率的变化"
        "以百分点表示。",
    },
    "item": {"en": "Item", "zh": "项目"},
    "per_day": {"en": "Per day", "zh": "每天"},
    "per_month": {"en": "Per month (30 days)", "zh": "每月 (30 天)"},
    "roi_vs": {"en": "{alt} vs {base}", "zh": "{alt} 对比 {base}"},
    "roi_note": {
        "en": "Change against the baseline (alternative − baseline) with its paired 95% "
        "interval. Payback = one-off cost ÷ daily profit gain.",
        "zh": "相对基准方案的变化 (方案 − 基准) 及配对 95% 区间。回本周期 = 一次性投入 ÷ "
        "每日利润增加。",
    },
    "r_one_off": {"en": "One-off cost", "zh": "一次性投入"},
    "r_payback": {"en": "Payback period", "zh": "回本周期"},
    "quality_change": {"en": "Service quality (change)", "zh": "服务质量 (变化)"},
    "payback_days": {"en": "{d} days", "zh": "{d} 天"},
    "payback_never": {"en": "never (no profit gain)", "zh": "无法回本 (利润未增加)"},
    "payback_none": {"en": "no one-off cost", "zh": "无一次性投入"},
    # staffing
    "staff_intro": {
        "en": "Agents needed in each hour so that {sla:.0%} of chats handed to a human get a "
        "first reply within {thr:g} s and at most {ab:.0%} give up waiting: an Erlang formula "
        "first guess, then a search in simulation ({reps} replications per candidate).",
        "zh": "每个时段需要多少客服，才能让 {sla:.0%} 的转人工会话在 {thr:g} 秒内得到首次回复、"
        "且排队放弃不超过 {ab:.0%}：先用 Erlang 公式估算，再在仿真中搜索验证 (每个候选方案 "
        "{reps} 次重复)。",
    },
    "h_hour": {"en": "Hour", "zh": "时段"},
    "h_handoffs": {"en": "Handoffs/h", "zh": "转人工/时"},
    "h_analytic": {"en": "Erlang", "zh": "公式估算"},
    "h_simulated": {"en": "Plan", "zh": "建议排班"},
    "h_current": {"en": "Now", "zh": "当前排班"},
    "h_sla_plan": {"en": "FRT SLA, plan", "zh": "首响达标率 (建议)"},
    "h_sla_now": {"en": "FRT SLA, now", "zh": "首响达标率 (当前)"},
    "h_total": {"en": "Agent-hours/day", "zh": "每天工时"},
    "h_cost": {"en": "Agent cost/day", "zh": "每天人力成本"},
    "out_of_reach": {"en": " (out of reach)", "zh": " (无法达标)"},
    "staff_skipped": {
        "en": "Staffing plan not computed: {why}",
        "zh": "未计算排班建议：{why}",
    },
    "day_intro": {
        "en": "Sessions arriving and chats handed to humans per hour, the queue, and agents "
        "busy against those on duty, for each scenario.",
        "zh": "各方案每小时的进线与转人工会话、排队情况，以及忙碌客服与在岗客服的对比。",
    },
    "mode_equal": {
        "en": "Comparison mode: equal service. Before comparing, every scenario was staffed by "
        "the staffing planner to the same targets ({sla:.0%} of first replies within {thr:g} s, "
        "at most {ab:.0%} abandonment, met on {rel:.0%} of simulated days, every hour; "
        "{preps} replications per candidate schedule), and the staffed scenarios were compared "
        "on replications the plans were not made on. Cost, quality and profit therefore differ "
        "by what each scenario does at the same service, not by a thinner or fuller schedule.",
        "zh": "比较方式：同等服务水平。比较之前，先用排班规划器把每个方案都配置到同样的目标"
        "（{thr:g} 秒内首次回复占 {sla:.0%}，排队放弃不超过 {ab:.0%}，且每个时段在 {rel:.0%} 的"
        "仿真日达标；每个候选排班 {preps} 次重复），再在规划未使用过的仿真重复上比较。因此成本、"
        "服务质量与利润的差异来自方案本身，而不是排班的松紧。",
    },
    "mode_as_is": {
        "en": "Comparison mode: as is. Every scenario ran with its own schedule, so a scenario "
        "may look cheaper only because it serves customers worse; compare the service levels "
        "too (kefulab report --roi-mode equal-service staffs all to the same targets first).",
        "zh": "比较方式：按现状。各方案使用各自的排班，因此某个方案更省钱，可能只是因为服务更差；"
        "请同时比较服务水平（kefulab report --roi-mode equal-service 会先把各方案配置到同样的"
        "服务目标）。",
    },
    "mode_short_equal": {"en": "equal service", "zh": "同等服务水平"},
    "mode_short_as_is": {"en": "as is (own schedules)", "zh": "按现状 (各自排班)"},
    "mode_summary": {"en": "ROI compared {mode}.", "zh": "投资回报的比较方式：{mode}。"},
    "es_scenario": {"en": "Scenario", "zh": "方案"},
    "es_plan": {"en": "Planned agent-hours/day", "zh": "规划工时/天"},
    "es_now": {"en": "Own schedule", "zh": "原排班工时/天"},
    "es_cost": {"en": "Agent cost/day", "zh": "人力成本/天"},
    "es_met": {"en": "Targets", "zh": "目标"},
    "es_all_met": {"en": "met every hour", "zh": "各时段均达标"},
    "es_missed": {"en": "missed at {hours}", "zh": "未达标时段 {hours}"},
    "staff_reliability": {
        "en": "Each hour must also meet the FRT target on its own chats on at least {rel:.0%} "
        "of the simulated days (column “days met”).",
        "zh": "每个时段还须在至少 {rel:.0%} 的仿真日内按当天会话达到首响目标（“达标天数占比”列）。",
    },
    "h_days_met": {"en": "Days met, plan", "zh": "达标天数占比 (建议)"},
    "h_now_misses": {"en": "Now misses", "zh": "当前未达标项"},
    "miss_sla": {"en": "SLA", "zh": "首响"},
    "miss_abandon": {"en": "abandonment", "zh": "放弃率"},
    "miss_days": {"en": "days", "zh": "达标天数"},
    "saves": {"en": "saves {v}", "zh": "节省 {v}"},
    "costs_more": {"en": "costs {v} more", "zh": "多花 {v}"},
}


def w(key: str, lang: str, **fmt: object) -> str:
    """The report text for ``key`` in ``lang``, formatted with ``fmt``."""
    text = W[key][lang]
    return text.format(**fmt) if fmt else text


def money(value: float, lang: str = "en") -> str:
    """An amount of money that is not a KPI (a wage, a fee): ``¥35``, ``¥0.15``, ``-¥1,610``."""
    return format_number(value, "yuan", lang)


def seconds(value: float, lang: str = "en") -> str:
    """A duration set in a scenario, in whole seconds: ``30 s`` / ``30 秒``."""
    return format_number(value, "seconds", lang, scale=max(abs(value), 100.0))


def share(value: float, lang: str = "en") -> str:
    """A share that is not a KPI (a staffing plan's SLA): ``83.1%``."""
    return format_number(value, "share", lang)
