"""The language of the CLI's output: ``--lang zh|en``, its default, and the words it prints.

Every simulation command that prints a table for people (``run``, ``sweep``; ``compare`` and
``staff`` through :func:`add_lang_option` as well) takes ``--lang``. Without it the language
comes from the locale, as POSIX programs read it: the first of ``LC_ALL``, ``LC_MESSAGES`` and
``LANG`` that is set and not empty decides; a value starting with ``zh`` (``zh_CN.UTF-8``,
``zh_TW``, ``zh``) gives Chinese, anything else (``C``, ``en_US.UTF-8``, unset) English.

KPI names come from the KPI catalogue (:func:`simulator.metrics.catalogue.kpi_label`), scenario
field names from :func:`simulator.metrics.fields.field_label`, and shipped scenario and entry
point names from :mod:`simulator.common.names`; this module holds the rest of the wording.
JSON and CSV keep their machine keys (``frt_mean_s``, ``hot_product``) in either language.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from typing import Any

from simulator.common.names import format_value, on_off

LANGS = ("zh", "en")

#: Locale variables read for the default language, in POSIX precedence order.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def default_lang(environ: Mapping[str, str] | None = None) -> str:
    """``zh`` when the locale (``LC_ALL``, else ``LC_MESSAGES``, else ``LANG``) starts with
    ``zh``, else ``en``."""
    env = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = env.get(name, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def add_lang_option(p: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """``--lang zh|en`` (dest ``lang``), defaulting to :func:`default_lang` when the command
    runs. Labels of tables, headings and charts follow it; file formats do not change."""
    p.add_argument(
        "--lang",
        choices=LANGS,
        default=None,
        help="language of tables and charts: zh (中文) or en; default: zh when LC_ALL / "
        "LC_MESSAGES / LANG starts with zh, else en",
    )


def resolve_lang(args: argparse.Namespace) -> str:
    """The language a command should print in: ``--lang`` if given, else the locale's."""
    return getattr(args, "lang", None) or default_lang()


#: Words of the CLI's own output, per language; ``{...}`` fields are filled by :func:`t`.
TEXT: dict[str, dict[str, str]] = {
    "kpi": {"en": "KPI", "zh": "指标"},
    "mean": {"en": "mean", "zh": "均值"},
    "ci95": {"en": "95% CI", "zh": "95% 置信区间"},
    "run_header": {
        "en": "Scenario: {name}  ({days} day(s), {reps} replication(s), seed {seed})",
        "zh": "方案: {name}  ({days} 天, {reps} 次重复, 随机种子 {seed})",
    },
    "replications_bar": {"en": "{name}: replications", "zh": "{name}: 重复"},
    "sweep_bar": {"en": "sweep {name}: runs", "zh": "参数扫描 {name}: 运行"},
    "entries": {"en": "Entry points: {mix}", "zh": "进线入口: {mix}"},
    "agents_line_count": {
        "en": "Agents: {count} on duty every hour, up to {conc} chats each",
        "zh": "客服: 每小时 {count} 人在岗, 每人最多同时接待 {conc} 个会话",
    },
    "agents_line_schedule": {
        "en": "Agents: hourly schedule, {low}-{high} per hour ({hours} agent-hours a day), "
        "up to {conc} chats each",
        "zh": "客服: 按小时排班, 每小时 {low}-{high} 人 (每天 {hours} 工时), 每人最多同时接待 "
        "{conc} 个会话",
    },
    "bot_line": {"en": "AI bot: {state}", "zh": "AI 机器人: {state}"},
    "per_day": {
        "en": "Per day (mean over {reps} replication(s)):",
        "zh": "每日指标 ({reps} 次重复的均值):",
    },
    "day": {"en": "day", "zh": "日"},
    "day_n": {"en": "day {n}", "zh": "第 {n} 天"},
    "all_days": {"en": "all days", "zh": "全部"},
    "wrote": {"en": "wrote {path}", "zh": "已写入 {path}"},
    "wrote_csv_dir": {"en": "wrote CSV files to {path}/", "zh": "CSV 文件已写入 {path}/"},
    "sweep_header": {
        "en": "Sweep: {name}  ({points} point(s) x {reps} replication(s), seed {seed})",
        "zh": "参数扫描: {name}  ({points} 个组合 x {reps} 次重复, 随机种子 {seed})",
    },
    "point": {"en": "point", "zh": "组合"},
    "sweep_note": {
        "en": "(KPIs: mean ± half-width of the 95% CI over replications)",
        "zh": "(指标: 各次重复的均值 ± 95% 置信区间半宽)",
    },
    "count_replaces_schedule": {
        "en": "kefulab: note: {option} agents.count={count} replaces the scenario's hourly "
        "schedule ({low}-{high} agents, {hours} agent-hours a day) with {count} agents "
        "every hour",
        "zh": "kefulab: 注意: {option} agents.count={count} 取代方案的按小时排班 (每小时 "
        "{low}-{high} 人, 每天 {hours} 工时), 改为每小时 {count} 人",
    },
    "count_grid_replaces_schedule": {
        "en": "kefulab: note: --grid agents.count replaces the scenario's hourly schedule "
        "({low}-{high} agents, {hours} agent-hours a day) with the same headcount every hour",
        "zh": "kefulab: 注意: --grid agents.count 取代方案的按小时排班 (每小时 {low}-{high} 人, "
        "每天 {hours} 工时), 改为每小时相同人数",
    },
    # compare
    "cmp_horizons_note": {
        "en": "kefulab: note: the scenarios cover different horizons, so totals (sessions, "
        "orders, cost, revenue) are not comparable; the ROI below is per day.",
        "zh": "kefulab: 注意: 各方案的模拟天数不同, 总量 (会话、订单、成本、收入) 不可直接比较; "
        "下方 ROI 按每天计算。",
    },
    "cmp_bar": {"en": "compare {n} scenarios: runs", "zh": "对比 {n} 个方案: 运行"},
    "cmp_header": {
        "en": "Comparison ({mode}): {n} scenarios, {reps} replication(s) each on seed {seed} "
        "(common random numbers), {days} day(s)",
        "zh": "方案对比 ({mode}): {n} 个方案, 每个 {reps} 次重复, 随机种子 {seed} (共同随机数), "
        "{days} 天",
    },
    "cmp_mode_equal": {"en": "equal service", "zh": "同等服务水平"},
    "cmp_mode_as_is": {"en": "as is", "zh": "按现状"},
    "cmp_baseline": {"en": "(baseline)", "zh": "(基准)"},
    "cmp_delta": {"en": "Δ vs A", "zh": "相对 A 的差"},
    "cmp_paired_ci": {"en": "paired 95% CI", "zh": "配对 95% 置信区间"},
    "cmp_sig_note": {
        "en": "{mark} the paired 95% CI of the difference excludes 0",
        "zh": "{mark} 差值的配对 95% 置信区间不含 0 (差异显著)",
    },
    "cmp_never": {"en": "never", "zh": "无法回本"},
    "cmp_days_months": {"en": "{days} days ({months} months)", "zh": "{days} 天 ({months} 个月)"},
    "cmp_days": {"en": "{days} days", "zh": "{days} 天"},
    "cmp_payback_none": {
        "en": "payback: no one-off cost (profit change {gain} a day)",
        "zh": "回本周期: 无一次性投入 (每天利润变化 {gain})",
    },
    "cmp_payback_never": {
        "en": "payback: never (profit change {gain} a day is not a gain; one-off cost {cost})",
        "zh": "回本周期: 无法回本 (每天利润变化 {gain} 不是收益; 一次性投入 {cost})",
    },
    "cmp_payback_ci_short": {
        "en": " (95% CI {lo} to {hi} days)",
        "zh": " (95% 置信区间 {lo} 至 {hi} 天)",
    },
    "cmp_payback_ci_long": {"en": " (95% CI {lo} to {hi})", "zh": " (95% 置信区间 {lo} 至 {hi})"},
    "cmp_payback": {
        "en": "payback: {days}{ci} = one-off cost {cost} / profit gain {gain} a day",
        "zh": "回本周期: {days}{ci} = 一次性投入 {cost} / 每天利润增加 {gain}",
    },
    "cmp_roi_equal": {
        "en": ", both staffed to the same targets (equal service)",
        "zh": ", 两者均按相同目标排班 (同等服务水平)",
    },
    "cmp_roi_as_is": {
        "en": ", each with its own schedule (as is)",
        "zh": ", 各用自己的排班 (按现状)",
    },
    "cmp_roi_header": {
        "en": "ROI of {b} ({alt}) against A ({base}); changes are {b} - A{how}",
        "zh": "{b} ({alt}) 相对 A ({base}) 的投资回报; 变化 = {b} - A{how}",
    },
    "cmp_item": {"en": "item", "zh": "项目"},
    "cmp_per_day": {"en": "per day", "zh": "每天"},
    "cmp_per_month": {"en": "per month", "zh": "每月"},
    "cmp_plans_header": {
        "en": "Equal service: every scenario staffed by the planner to {sla} of first replies "
        "within {thr} s, at most {ab} abandonment, on {rel} of days, every hour ({prep} "
        "replication(s) per candidate); compared below on replications {first}..{last} (not "
        "used by the plans)",
        "zh": "同等服务水平: 每个方案由排班规划按同一目标排班: {sla} 的首次回复在 {thr} 秒内, "
        "放弃率不超过 {ab}, 每小时在 {rel} 的天数达标 (每个候选排班 {prep} 次重复); 下方对比使用"
        "第 {first}..{last} 次重复 (未用于排班)",
    },
    "cmp_scenario": {"en": "scenario", "zh": "方案"},
    "cmp_agent_hours_day": {"en": "agent-hours/day", "zh": "每天工时"},
    "cmp_was": {"en": "was", "zh": "原工时"},
    "cmp_agent_cost_day": {"en": "agent cost/day", "zh": "每天人力成本"},
    "cmp_targets": {"en": "targets", "zh": "目标"},
    "cmp_all_met": {"en": "all met", "zh": "全部达标"},
    "cmp_missed_at": {"en": "missed at {hours}", "zh": "未达标: {hours}"},
    "cmp_staffing_note": {
        "en": "compare: staffing {n} scenarios to the same targets ({prep} replication(s) per "
        "candidate, seed {seed}), then comparing them on replications {first}..{last}",
        "zh": "对比: 按相同目标为 {n} 个方案排班 (每个候选 {prep} 次重复, 随机种子 {seed}), "
        "再用第 {first}..{last} 次重复对比",
    },
    "cmp_planning": {
        "en": "compare: planning {name}: iteration {it}, {hours} agent-hours, {missing} hour(s) "
        "missing",
        "zh": "对比: 为 {name} 排班: 第 {it} 轮, {hours} 工时, {missing} 个小时未达标",
    },
    "cmp_interrupted": {
        "en": "kefulab: interrupted after planning {n} scenario(s); no comparison",
        "zh": "kefulab: 已中断, 已为 {n} 个方案排班; 无对比结果",
    },
    # staff
    "stf_current": {
        "en": "staff: simulating the current schedule ({reps} replication(s), {workers} worker(s))",
        "zh": "排班: 模拟当前排班 ({reps} 次重复, {workers} 个进程)",
    },
    "stf_iteration": {
        "en": "staff: iteration {it}/{max}: {hours} agent-hours, {what}",
        "zh": "排班: 第 {it}/{max} 轮: {hours} 工时, {what}",
    },
    "stf_still_missing": {
        "en": "{n} hour(s) still missing: {hours}",
        "zh": "仍有 {n} 个小时未达标: {hours}",
    },
    "stf_all_meet": {"en": "every hour meets the targets", "zh": "每个小时均达标"},
    "stf_interrupted": {
        "en": "kefulab: interrupted after {n} candidate schedule(s); no plan",
        "zh": "kefulab: 已中断, 已模拟 {n} 个候选排班; 无排班方案",
    },
    "stf_rel_off": {
        "en": "Reliability: off (--reliability 0): pooled figures only",
        "zh": "可靠性目标: 关闭 (--reliability 0): 只看汇总数字",
    },
    "stf_rel": {
        "en": "Reliability: the SLA met on each day's own chats on at least {rel} of the "
        'simulated days ("days met", {days} day(s) per hour: known to about ±{se}, one '
        "binomial SE; more --replications narrow it)",
        "zh": '可靠性目标: 至少 {rel} 的模拟天数中, 当天会话的首响达标率达标 ("达标天数", '
        "每小时 {days} 天: 精度约 ±{se}, 一个二项标准误; 增加 --replications 可提高精度)",
    },
    "stf_title": {"en": "Staffing plan: {name}", "zh": "排班方案: {name}"},
    "stf_targets": {
        "en": "Targets: {sla} of first replies within {thr} s, at most {ab} abandonment, every "
        "hour  (best possible with no wait: {ceil})",
        "zh": "目标: 每小时 {sla} 的首次回复在 {thr} 秒内, 放弃率不超过 {ab}  (无需排队时最高可达: "
        "{ceil})",
    },
    "stf_head": {
        "en": "hour|handoffs|analytic|simulated|current|FRT SLA|abandon|days met|now SLA|"
        "now abandon|now days|now misses",
        "zh": "时段|转人工量|解析值|模拟值|当前|首响达标率|放弃率|达标天数|当前达标率|当前放弃率|"
        "当前达标天数|当前未达标项",
    },
    "stf_miss_sla": {"en": "SLA", "zh": "达标率"},
    "stf_miss_abandon": {"en": "abandon", "zh": "放弃率"},
    "stf_miss_days": {"en": "days", "zh": "天数"},
    "stf_ok": {"en": "ok", "zh": "达标"},
    "stf_miss_note": {
        "en": "now misses: the target the current schedule misses in the hour: SLA (pooled FRT "
        "SLA), abandon (abandonment), days (the SLA met on too few days)",
        "zh": "当前未达标项: 当前排班在该小时未达到的目标: 达标率 (汇总首响达标率), 放弃率, "
        "天数 (达标的天数太少)",
    },
    "stf_totals_head": {"en": "agent-hours/day|cost/day", "zh": "每天工时|每天成本"},
    "stf_row_analytic": {"en": "analytic", "zh": "解析值"},
    "stf_row_simulated": {"en": "simulated", "zh": "模拟值"},
    "stf_row_current": {"en": "current", "zh": "当前"},
    "stf_saves": {
        "en": "The simulated plan saves {hours} agent-hours ({yuan}) a day against the current "
        "schedule.",
        "zh": "与当前排班相比, 模拟方案每天节省 {hours} 工时 ({yuan})。",
    },
    "stf_needs": {
        "en": "The simulated plan needs {hours} agent-hours ({yuan}) a day more than the "
        "current schedule.",
        "zh": "与当前排班相比, 模拟方案每天多需 {hours} 工时 ({yuan})。",
    },
    "stf_current_misses": {
        "en": "The current schedule misses the targets at {hours}.",
        "zh": "当前排班在以下时段未达标: {hours}。",
    },
    "stf_unreachable": {
        "en": "† out of reach in simulation even with many agents (few chats, long first "
        "replies): {hours}",
        "zh": "† 即使增加很多客服, 模拟中也无法达标 (会话少, 首次回复慢): {hours}",
    },
    "stf_still": {
        "en": "✗ still missing after {n} iterations: raise --max-iterations.",
        "zh": "✗ {n} 轮后仍未达标: 请增大 --max-iterations。",
    },
    "stf_footer": {
        "en": "{it} iteration(s), {sims} schedule(s) simulated (the current one included) on "
        "{reps} replication(s) each, seed {seed}, in {secs} s.",
        "zh": "{it} 轮, 共模拟 {sims} 个排班 (含当前排班), 每个 {reps} 次重复, 随机种子 {seed}, "
        "用时 {secs} 秒。",
    },
    # shifts
    "sh_head": {"en": "shift|agents|paid h", "zh": "班次|人数|计薪小时"},
    "sh_break": {"en": " (break {a}-{b})", "zh": " (休息 {a}-{b})"},
    "sh_hour": {"en": "hour", "zh": "时段"},
    "sh_needed": {"en": "needed", "zh": "需要"},
    "sh_at_work": {"en": "at work", "zh": "在岗"},
    "sh_summary": {
        "en": "{agents} shifts, {paid} paid agent-hours a day ({yuan}) against a bare "
        "requirement of {req} ({surplus} h, efficiency {eff})",
        "zh": "{agents} 个班次, 每天计薪 {paid} 工时 ({yuan}), 最低需求 {req} 工时 (多出 {surplus} "
        "小时, 利用率 {eff})",
    },
    "sh_not_optimal": {
        "en": "note: the solver stopped at its time limit; this roster is not proven cheapest",
        "zh": "注意: 求解器到达时间上限后停止; 此排班未被证明是成本最低的",
    },
}


def t(key: str, lang: str, **fields: Any) -> str:
    """The text of ``key`` in ``lang`` with ``fields`` filled in."""
    text = TEXT[key]["zh" if lang == "zh" else "en"]
    return text.format(**fields) if fields else text


__all__ = [
    "LANGS",
    "LOCALE_VARIABLES",
    "TEXT",
    "add_lang_option",
    "default_lang",
    "format_value",
    "on_off",
    "resolve_lang",
    "t",
]
