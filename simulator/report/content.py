"""What the report says: sections built from a comparison, its ROI and a staffing plan.

Everything here is derived from the experiment objects; no number is typed in. The PDF and
HTML writers only lay the resulting :class:`~simulator.report.document.Document` out.
"""

from __future__ import annotations

import datetime as _dt
import math
from typing import Any

from simulator import charts
from simulator.charts.labels import check_lang
from simulator.charts.labels import t as chart_text
from simulator.common.names import shipped_stem
from simulator.experiments.roi import PER_DAY_ITEMS, QUALITY_ITEMS, RoiRow, roi_table
from simulator.metrics.catalogue import KPIS, KpiInfo, kpi_info
from simulator.report.assumptions import assumptions_table
from simulator.report.days import multi_day_blocks
from simulator.report.document import Block, Cell, Chart, Document, Paragraph, Section, Table
from simulator.report.staffing import staffing_section
from simulator.report.words import money, w

_ZH_NUMERALS = "一二三四五六七八九十"


def change_style(diff: Any, info: KpiInfo) -> str:
    """``better``/``worse`` for a significant change (``significant`` when the KPI has no
    better direction), else ``""``."""
    if diff is None or not diff.significant:
        return ""
    better = info.better(diff.mean)
    if better is None:
        return "significant"
    return "better" if better else "worse"


def _diff_cell(diff: Any, kpi: str, lang: str) -> Cell:
    """A paired change of a KPI or ROI item, its interval below, coloured by its direction."""
    if diff is None:
        return Cell("–")
    info = kpi_info(kpi)
    star = "*" if diff.significant else ""
    text = info.format_estimate(diff.mean, diff.lo, diff.hi, lang, delta=True)
    return Cell(text.value + star, text.ci, change_style(diff, info))


def _numbered(sections: list[Section], lang: str) -> list[Section]:
    out = []
    for i, s in enumerate(sections, start=1):
        prefix = f"{_ZH_NUMERALS[i - 1]}、" if lang == "zh" else f"{i}. "
        out.append(Section(prefix + s.title, s.blocks))
    return out


def _results_by_name(comparison: Any) -> dict[str, list]:
    out = {}
    for name, reps in zip(comparison.names, comparison.runs, strict=True):
        results = [r.result for r in reps.runs if r.result is not None]
        if results:
            out[name] = results
    return out


def summary_section(
    comparison: Any, rois: list[RoiRow], staffing: Any | None, lang: str
) -> Section:
    names = comparison.names
    blocks: list[Block] = [Paragraph(w("how_to_read", lang), "note")]
    if len(names) == 1:
        blocks.append(Paragraph(w("single", lang)))
    else:
        blocks.append(Paragraph(w("baseline_is", lang, name=names[0])))
        mode = w(
            "mode_short_" + ("equal" if comparison_mode(comparison) != "as_is" else "as_is"), lang
        )
        blocks.append(Paragraph(w("mode_summary", lang, mode=mode)))
        frt = comparison.diff_vs_first("frt_mean_s")
        conv = comparison.diff_vs_first("conversion_rate")
        csat = comparison.diff_vs_first("csat_mean")
        for i, row in enumerate(rois, start=1):
            profit = row.per_month["profit"]
            sig = w("significant" if profit.significant else "not_significant", lang)
            change = KPIS["profit"].format_estimate(
                profit.mean, profit.lo, profit.hi, lang, delta=True
            )
            lines = [
                w(
                    "finding_profit",
                    lang,
                    name=row.alternative,
                    change=change.value,
                    ci=change.ci,
                    sig=sig,
                ),
                w(
                    "finding_service",
                    lang,
                    frt=_diff_cell(frt[i], "frt_mean_s", lang).text,
                    conv=_diff_cell(conv[i], "conversion_rate", lang).text,
                    csat=_diff_cell(csat[i], "csat_mean", lang).text,
                ),
            ]
            if row.one_off_cost > 0:
                if row.pays_back:
                    days = w("payback_days", lang, d=f"{row.payback_days:,.0f}")
                    lines.append(
                        w("finding_payback", lang, cost=money(row.one_off_cost, lang), days=days)
                    )
                else:
                    lines.append(w("finding_never", lang, cost=money(row.one_off_cost, lang)))
            blocks.append(Paragraph("\n".join(lines), "bullet"))
    if staffing is not None:
        hours = staffing.agent_hours
        saving = staffing.savings_vs_current["yuan_per_day"]
        saving_text = (
            w("saves", lang, v=money(saving, lang))
            if saving >= 0
            else w("costs_more", lang, v=money(-saving, lang))
        )
        unmet = [h.hour for h in staffing.hours if not h.meets and h.handoffs_per_hour > 0]
        met = (
            w("staff_met", lang)
            if not unmet
            else w("staff_not_met", lang, hours=", ".join(f"{h:02d}:00" for h in unmet))
        )
        blocks.append(
            Paragraph(
                w(
                    "staff_summary",
                    lang,
                    plan=f"{hours['simulated']:,}",
                    now=f"{hours['current']:,}",
                    saving=saving_text,
                    met=met,
                ),
                "bullet",
            )
        )
    return Section(w("s_summary", lang), blocks)


def kpi_section(comparison: Any, results: dict[str, list], lang: str) -> Section:
    rows = []
    for kpi, info in KPIS.items():
        cells = [Cell(info.label(lang))]
        for est in comparison.per_scenario(kpi):
            text = info.format_estimate(est.mean, est.lo, est.hi, lang)  # CI clipped
            cells.append(Cell(text.value, text.ci))
        rows.append(cells)
    blocks: list[Block] = [
        Table([w("kpi", lang), *comparison.names], rows, note=w("kpi_note", lang))
    ]
    if results:
        n = len(results)
        blocks.append(
            Chart(
                lambda lang, fig: charts.funnel_figure(results, lang, fig=fig),
                1.2 + 0.2 * len(charts.FUNNEL_STAGES) * max(n, 2),
                chart_text("funnel_title", lang),
            )
        )
        threshold = comparison.scenarios[0].kpi.frt_threshold_s
        blocks.append(
            Chart(
                lambda lang, fig: charts.frt_distribution_figure(results, threshold, lang, fig=fig),
                3.4,
                chart_text("frt_title", lang),
            )
        )
    return Section(w("s_kpis", lang), blocks)


def compare_section(comparison: Any, lang: str) -> Section:
    alternatives = comparison.names[1:]
    rows = []
    for kpi, info in KPIS.items():
        diffs = comparison.diff_vs_first(kpi)[1:]
        rows.append([Cell(info.label(lang))] + [_diff_cell(d, kpi, lang) for d in diffs])
    header = [w("kpi", lang), *(f"{a}\n− {comparison.names[0]}" for a in alternatives)]
    kpis = charts.DEFAULT_COMPARE_KPIS
    nrows = math.ceil(len(kpis) / 3)
    return Section(
        w("s_compare", lang),
        [
            Table(header, rows, note=w("diff_note", lang)),
            Chart(
                lambda lang, fig: charts.comparison_figure(comparison, kpis, lang, fig=fig),
                0.9 + 2.4 * nrows,
                chart_text("compare_title", lang),
            ),
        ],
    )


def roi_tables(rois: list[RoiRow], lang: str) -> list[Block]:
    blocks: list[Block] = []
    for row in rois:
        body = []
        month = row.per_month
        for item in PER_DAY_ITEMS:
            body.append(
                [
                    Cell(kpi_info(item).label(lang)),
                    _diff_cell(row.per_day[item], item, lang),
                    _diff_cell(month[item], item, lang),
                ]
            )
        for item in QUALITY_ITEMS:
            body.append(
                [
                    Cell(kpi_info(item).label(lang)),
                    _diff_cell(row.quality[item], item, lang),
                    Cell(""),
                ]
            )
        one_off = money(row.one_off_cost, lang)
        body.append([Cell(w("r_one_off", lang)), Cell(one_off), Cell("")])
        if row.one_off_cost <= 0:
            payback = Cell(w("payback_none", lang))
        elif not row.pays_back:
            payback = Cell(w("payback_never", lang), style="worse")
        else:
            lo, hi = row.payback_ci95
            ci = ""
            if not (math.isnan(lo) or math.isnan(hi)):
                hi_text = "∞" if math.isinf(hi) else f"{hi:,.0f}"
                ci = f"[{lo:,.0f}, {hi_text}]"
            payback = Cell(w("payback_days", lang, d=f"{row.payback_days:,.0f}"), ci)
        body.append([Cell(w("r_payback", lang)), payback, Cell("")])
        header = [
            w("roi_vs", lang, alt=row.alternative, base=row.baseline),
            w("per_day", lang),
            w("per_month", lang),
        ]
        blocks.append(Table(header, body))
    if blocks:
        blocks.append(Paragraph(w("roi_note", lang), "note"))
    return blocks


def comparison_mode(comparison: Any) -> str:
    """``"equal_service"`` for an :class:`~simulator.experiments.equal_service.EqualServiceComparison`,
    else ``"as_is"``."""
    return getattr(comparison, "mode", "as_is")


def mode_blocks(comparison: Any, lang: str) -> list[Block]:
    """What the ROI compares: the mode, and at equal service each scenario's planned staff."""
    if comparison_mode(comparison) != "equal_service":
        return [Paragraph(w("mode_as_is", lang))]
    t = comparison.targets
    text = w(
        "mode_equal",
        lang,
        sla=t.frt_sla,
        thr=t.frt_threshold_s,
        ab=t.max_abandon,
        rel=t.reliability,
        preps=comparison.plan_replications,
    )
    rows = []
    for name, plan in zip(comparison.names, comparison.plans, strict=True):
        missing = [h.hour for h in plan.hours if not h.meets]
        met = (
            w("es_all_met", lang)
            if not missing
            else w("es_missed", lang, hours=", ".join(f"{h:02d}:00" for h in missing))
        )
        rows.append(
            [
                Cell(name),
                Cell(f"{plan.agent_hours['simulated']:,}"),
                Cell(f"{plan.agent_hours['current']:,}"),
                Cell(money(plan.cost_per_day["simulated"], lang)),
                Cell(met, style="" if not missing else "worse"),
            ]
        )
    header = [w(k, lang) for k in ("es_scenario", "es_plan", "es_now", "es_cost", "es_met")]
    return [Paragraph(text), Table(header, rows)]


def day_section(results: dict[str, list], lang: str) -> Section:
    blocks: list[Block] = [Paragraph(w("day_intro", lang))]
    for name, runs in results.items():
        blocks.append(
            Chart(
                lambda lang, fig, runs=runs, name=name: charts.day_profile_figure(
                    runs, lang, title=name, fig=fig
                ),
                4.8,
                f"{chart_text('day_title', lang)}: {name}",
            )
        )
    return Section(w("s_day", lang), blocks)


def build_document(
    comparison: Any,
    staffing: Any | None = None,
    lang: str = "en",
    staffing_note: str = "",
    date: _dt.date | None = None,
) -> Document:
    """The report of a comparison (scenario 0 is the baseline), with an optional staffing plan.

    Args:
        comparison: a :class:`simulator.experiments.compare.Comparison` (ROI "as is"), or a
            :class:`simulator.experiments.equal_service.EqualServiceComparison` (ROI at equal
            service; the report says which); run it with ``keep_results=True`` for the funnel,
            FRT and through-the-day charts.
        staffing: a ``simulator.experiments.staffing.planner.StaffingPlan`` for the first scenario, or ``None``.
        lang: ``zh`` or ``en``.
        staffing_note: why there is no staffing plan (printed instead of it), if any.
        date: the date printed on the report (default: today).
    """
    check_lang(lang)
    results = _results_by_name(comparison)
    rois = roi_table(comparison) if len(comparison.names) > 1 else []
    sections = [
        summary_section(comparison, rois, staffing, lang),
        Section(
            w("s_assumptions", lang),
            [
                assumptions_table(comparison.scenarios, comparison.names, comparison.sources, lang),
                *(
                    Paragraph(f"{name}: {sc.description.strip()}", "note")
                    for name, sc, src in zip(
                        comparison.names, comparison.scenarios, comparison.sources, strict=True
                    )
                    # a shipped scenario's description is English: the zh report names it only
                    if sc.description.strip() and not (lang == "zh" and shipped_stem(src))
                ),
            ],
        ),
        kpi_section(comparison, results, lang),
    ]
    if len(comparison.names) > 1:
        sections.append(compare_section(comparison, lang))
        sections.append(
            Section(w("s_roi", lang), [*mode_blocks(comparison, lang), *roi_tables(rois, lang)])
        )
    if staffing is not None:
        sections.append(staffing_section(staffing, lang))
    elif staffing_note:
        sections.append(
            Section(
                w("s_staffing", lang, name=comparison.names[0]),
                [Paragraph(w("staff_skipped", lang, why=staffing_note))],
            )
        )
    if results:
        sections.append(day_section(results, lang))
        sections[-1].blocks.extend(multi_day_blocks(comparison, results, lang))
    date = date or _dt.date.today()
    return Document(
        title=w("title", lang),
        subtitle=w(
            "subtitle",
            lang,
            n=len(comparison.names),
            reps=comparison.replications,
            seed=comparison.seed,
        ),
        meta=[w("generated", lang, date=date.isoformat())],
        lang=lang,
        sections=_numbered(sections, lang),
    )
