"""The report's day-by-day chart of a multi-day run: the bot's answer quality (the knowledge-base
snowball), the bot-resolved and handoff shares and the cost, per simulated day."""

from __future__ import annotations

from typing import Any

from simulator.charts.knowledge import knowledge_base_figure
from simulator.metrics.days import knowledge_base_days
from simulator.report.document import Block, Chart

_CAPTION = {
    "zh": "逐日变化: 机器人回答质量、机器人解决率、转人工率与成本",
    "en": "Day by day: bot answer quality, bot-resolved and handoff shares, cost",
}


def multi_day_blocks(comparison: Any, results: dict[str, list], lang: str) -> list[Block]:
    """One chart per scenario of the comparison that runs more than one day (kept results
    needed); none for one-day scenarios."""
    blocks: list[Block] = []
    for name, sc in zip(comparison.names, comparison.scenarios, strict=True):
        runs = results.get(name)
        if not runs or sc.horizon.days < 2:
            continue
        curve = knowledge_base_days(runs, sc)
        blocks.append(
            Chart(
                lambda lang, fig, curve=curve, name=name: knowledge_base_figure(
                    curve, lang, title=name, fig=fig
                ),
                6.6,
                f"{_CAPTION[lang]}: {name}",
            )
        )
    return blocks
