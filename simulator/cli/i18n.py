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
