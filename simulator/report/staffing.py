"""The staffing-plan section of the report: the target, the chart, and the hourly table with
agent-hours and cost of the Erlang guess, the simulation-checked plan and today's schedule."""

from __future__ import annotations

from typing import Any

from simulator import charts
from simulator.charts.labels import t as chart_text
from simulator.report.document import Block, Cell, Chart, Paragraph, Section, Table
from simulator.report.words import money, share, w


def miss_text(misses: tuple[str, ...], lang: str) -> str:
    """The targets an hour misses, in words (``""`` when it meets them all)."""
    return ", ".join(w("miss_" + m, lang) for m in misses)


def staffing_section(plan: Any, lang: str) -> Section:
    t = plan.targets
    blocks: list[Block] = [
        Paragraph(
            w(
                "staff_intro",
                lang,
                sla=t.frt_sla,
                thr=t.frt_threshold_s,
                ab=t.max_abandon,
                reps=plan.replications,
            )
        ),
        Paragraph(w("staff_reliability", lang, rel=getattr(t, "reliability", 0.0))),
        Chart(
            lambda lang, fig: charts.staffing_plan_figure(plan, lang, fig=fig),
            3.4,
            chart_text("staff_title", lang),
        ),
    ]
    rows = []
    for h in sorted(plan.hours, key=lambda h: h.hour):
        reach = "" if h.reachable else w("out_of_reach", lang)
        rows.append(
            [
                Cell(f"{h.hour:02d}:00"),
                Cell(f"{h.handoffs_per_hour:,.1f}"),
                Cell(str(h.analytic_agents)),
                Cell(
                    str(h.simulated_agents),
                    style="changed" if h.simulated_agents != h.current_agents else "",
                ),
                Cell(str(h.current_agents)),
                Cell(share(h.achieved_frt_sla, lang) + reach, style="" if h.meets else "worse"),
                Cell(share(getattr(h, "days_met_share", 1.0), lang)),
                Cell(share(h.current_frt_sla, lang)),
                Cell(
                    miss_text(getattr(h, "current_misses", ()), lang),
                    style="worse" if getattr(h, "current_misses", ()) else "",
                ),
            ]
        )
    hours, cost = plan.agent_hours, plan.cost_per_day
    rows.append(
        [
            Cell(w("h_total", lang)),
            Cell(""),
            Cell(f"{hours['analytic']:,}"),
            Cell(f"{hours['simulated']:,}"),
            Cell(f"{hours['current']:,}"),
            Cell(""),
            Cell(""),
            Cell(""),
            Cell(""),
        ]
    )
    rows.append(
        [
            Cell(w("h_cost", lang)),
            Cell(""),
            Cell(money(cost["analytic"], lang)),
            Cell(money(cost["simulated"], lang)),
            Cell(money(cost["current"], lang)),
            Cell(""),
            Cell(""),
            Cell(""),
            Cell(""),
        ]
    )
    header = [
        w(k, lang)
        for k in (
            "h_hour",
            "h_handoffs",
            "h_analytic",
            "h_simulated",
            "h_current",
            "h_sla_plan",
            "h_days_met",
            "h_sla_now",
            "h_now_misses",
        )
    ]
    blocks.append(Table(header, rows))
    return Section(w("s_staffing", lang, name=plan.scenario_name), blocks)
