"""``kefulab calibrate``'s fit report: the service fit, history beside simulation per hour of
day and per day, and a warning on stderr naming each KPI and hour or day that is off."""

from __future__ import annotations

import math
import sys

from simulator.cli.format import pad
from simulator.experiments.calibrate import Calibration
from simulator.experiments.calibration_check import DAY_KPIS, KPIS, FitCheck, Gap
from simulator.scenario.schema import Scenario

#: hours, and days, named in one warning line at most (each); the rest are counted
MAX_LISTED = 8

WORDS: dict[str, dict[str, str]] = {
    "sessions": {"en": "sessions", "zh": "会话数"},
    "handoffs": {"en": "handoffs", "zh": "转人工数"},
    "handoff_share": {"en": "handoff share", "zh": "转人工占比"},
    "first_response_s": {"en": "first response (s)", "zh": "首次响应 (秒)"},
    "hist": {"en": "hist", "zh": "历史"},
    "sim": {"en": "sim", "zh": "模拟"},
    "gap": {"en": "gap", "zh": "差"},
    "hour": {"en": "hour", "zh": "时段"},
    "day": {"en": "day", "zh": "日期"},
    "calibrated": {
        "en": "Calibrated {n} day(s) from {src}",
        "zh": "已从 {src} 校准 {n} 天",
    },
    "volume": {
        "en": "  sessions per ordinary day: {obs:,.0f} observed, {first:,.0f} first contacts "
        "(re-contact factor {f:.3f})",
        "zh": "  平日每日会话: 观测 {obs:,.0f}, 首次咨询 {first:,.0f} (重复咨询系数 {f:.3f})",
    },
    "busiest": {
        "en": "  busiest hour: {h:02d}:00 ({share:.1f}% of the day)",
        "zh": "  最忙时段: {h:02d}:00 (占全天 {share:.1f}%)",
    },
    "promo": {"en": "  promo days: {days}", "zh": "  大促日: {days}"},
    "none": {"en": "none", "zh": "无"},
    "schedule": {"en": "  agent schedule: {s}", "zh": "  客服排班: {s}"},
    "fit_handoff": {
        "en": "  handoff share: {hist} in the history, {pilot} in the last pilot run (before its "
        "step); bot answer quality x{scale:.3f}",
        "zh": "  转人工占比: 历史 {hist}, 最后一次试运行 {pilot} (调整前); 机器人答复质量 x{scale:.3f}",
    },
    "fit_handoff_none": {
        "en": "  handoff share: {hist} in the history (not fitted: {why})",
        "zh": "  转人工占比: 历史 {hist} (未拟合: {why})",
    },
    "fit_frt": {
        "en": "  first response, median ordinary day: {hist:.1f} s in the history, {pilot:.1f} s "
        "in the last pilot round (before its step); first reply mean {before:.1f} s -> "
        "{after:.1f} s",
        "zh": "  首次响应 (平日中位数): 历史 {hist:.1f} 秒, 最后一轮试运行 {pilot:.1f} 秒 "
        "(调整前); 首条回复均值 {before:.1f} 秒 -> {after:.1f} 秒",
    },
    "fit_frt_none": {
        "en": "  first response: {hist:.1f} s in the history (not fitted)",
        "zh": "  首次响应: 历史 {hist:.1f} 秒 (未拟合)",
    },
    "check_head": {
        "en": "Check run (seed {seed}, mean of {runs} runs): history vs simulated, per hour of "
        "day (mean of {n} ordinary day(s)); ! = off by more than {tol:.0%} and more than "
        "sampling noise, ~ = beyond {tol:.0%} but within noise",
        "zh": "检验运行 (随机种子 {seed}, {runs} 次运行的均值): 历史与模拟对照, 按小时 "
        "({n} 个平日的均值); ! = 相差超过 {tol:.0%} 且超出抽样误差, ~ = 超过 {tol:.0%} "
        "但在抽样误差之内",
    },
    "day_head": {
        "en": "Per day (! = off by more than {tol:.0%}):",
        "zh": "按日 (! = 相差超过 {tol:.0%}):",
    },
    "warn": {
        "en": "warning: calibrate: {kpi}: the simulation misses the history by more than "
        "{tol:.0%} at {where}",
        "zh": "警告: calibrate: {kpi}: 模拟与历史相差超过 {tol:.0%}: {where}",
    },
    "more": {"en": " and {n} more (see the tables)", "zh": " 等另外 {n} 处 (见上表)"},
    "fit_ok": {
        "en": "  every hour and day within {tol:.0%} of the history (or within sampling noise)",
        "zh": "  每个时段和每天都在历史的 {tol:.0%} 以内 (或在抽样误差之内)",
    },
}


def _w(key: str, lang: str, **fields) -> str:
    text = WORDS[key]["zh" if lang == "zh" else "en"]
    return text.format(**fields) if fields else text


def _pct(x: float | None) -> str:
    return "-" if x is None or math.isnan(x) else f"{x * 100:.1f}%"


def print_summary(cal: Calibration, source: str, lang: str) -> None:
    """Volume, busiest hour, promo days and schedule of the fit."""
    print(_w("calibrated", lang, n=len(cal.days), src=source))
    print(
        _w(
            "volume",
            lang,
            obs=cal.observed_sessions_per_day,
            first=cal.sessions_per_day,
            f=cal.recontact_factor,
        )
    )
    peak = max(range(24), key=lambda h: cal.hourly_profile[h])
    print(_w("busiest", lang, h=peak, share=cal.hourly_profile[peak]))
    promo = ", ".join(
        f"{d} (x{m:.2f})"
        for d, m in zip(cal.days, cal.day_multipliers, strict=True)
        if d in cal.promo_days
    )
    print(_w("promo", lang, days=promo or _w("none", lang)))
    if cal.agents_schedule is not None:
        print(_w("schedule", lang, s=list(cal.agents_schedule)))


def print_service_fit(cal: Calibration, base: Scenario, lang: str) -> None:
    """What the service fit did (handoffs, first response), or why it did not."""
    if cal.observed_handoff_share is not None:
        if cal.answer_quality_scale is not None:
            print(
                _w(
                    "fit_handoff",
                    lang,
                    hist=_pct(cal.observed_handoff_share),
                    scale=cal.answer_quality_scale,
                    pilot=_pct(cal.pilot_handoff_share),
                )
            )
        else:
            why = "the base has no bot" if not base.bot.enabled else "--demand-only"
            if lang == "zh":
                why = "基础方案没有机器人" if not base.bot.enabled else "--demand-only"
            print(_w("fit_handoff_none", lang, hist=_pct(cal.observed_handoff_share), why=why))
    frt = cal.ordinary_frt_mean_s
    if frt is not None:
        if cal.first_reply_mean_s is not None and cal.pilot_frt_mean_s is not None:
            first = base.agents.first_reply_time or base.agents.reply_time
            print(
                _w(
                    "fit_frt",
                    lang,
                    hist=frt,
                    before=first.center,
                    after=cal.first_reply_mean_s,
                    pilot=cal.pilot_frt_mean_s,
                )
            )
        else:
            print(_w("fit_frt_none", lang, hist=frt))


def _num(kpi: str, x: float) -> str:
    if math.isnan(x):
        return "-"
    if kpi == "handoff_share":
        return f"{x * 100:.1f}%"
    if kpi == "first_response_s":
        return f"{x:.1f}"
    return f"{x:,.0f}" if x >= 100 else f"{x:.1f}"


def _cell(g: Gap, width: int) -> str:
    mark = "!" if g.off else ("~" if g.beyond_tolerance else " ")
    gap = "-" if math.isnan(g.rel_gap) else f"{g.rel_gap * 100:+.1f}%"
    return f"{_num(g.kpi, g.history):>{width}} {_num(g.kpi, g.simulated):>{width}} {gap:>7}{mark}"


def _table(label: str, rows: list[tuple[str, list[Gap]]], kpis: tuple[str, ...], lang: str) -> None:
    width = 8
    group = 2 * width + 10
    head = pad(_w(label, lang), 10) + " " + " ".join(pad(_w(k, lang), group) for k in kpis)
    print(head.rstrip())
    sub = (
        " ".join(
            (
                pad(_w("hist", lang), width, ">"),
                pad(_w("sim", lang), width, ">"),
                pad(_w("gap", lang), 7, ">"),
            )
        )
        + " "
    )
    print(" " * 11 + " ".join(sub for _ in kpis).rstrip())
    for where, gaps in rows:
        print(f"{where:<10} " + " ".join(_cell(g, width) for g in gaps))


def print_check(check: FitCheck, lang: str) -> None:
    """The side-by-side tables on stdout; one warning line per KPI that is off on stderr."""
    tol = check.tolerance
    print()
    print(
        _w(
            "check_head",
            lang,
            seed=check.seed,
            runs=check.replications,
            n=check.ordinary_days,
            tol=tol,
        )
    )
    hours = [(f"{h:02d}:00", [check.hour(h, k) for k in KPIS]) for h in range(24)]
    _table("hour", hours, KPIS, lang)
    print()
    print(_w("day_head", lang, tol=tol))
    days = [(d.isoformat(), [check.day(i, k) for k in DAY_KPIS]) for i, d in enumerate(check.days)]
    _table("day", days, DAY_KPIS, lang)
    off = check.off()
    if not off:
        print(_w("fit_ok", lang, tol=tol))
    for kpi in (*KPIS, *DAY_KPIS):
        gaps = off.pop(kpi, [])
        if not gaps:
            continue
        parts = []
        for kind in ([g for g in gaps if ":" in g.where], [g for g in gaps if ":" not in g.where]):
            if not kind:
                continue
            text = ", ".join(
                f"{g.where} ({_num(kpi, g.history)} vs {_num(kpi, g.simulated)})"
                for g in kind[:MAX_LISTED]
            )
            if len(kind) > MAX_LISTED:
                text += _w("more", lang, n=len(kind) - MAX_LISTED)
            parts.append(text)
        where = "; ".join(parts)
        print(_w("warn", lang, kpi=_w(kpi, lang), tol=tol, where=where), file=sys.stderr)
