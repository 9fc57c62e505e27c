"""Plain-text tables of KPI estimates; numbers are formatted by the KPI catalogue."""

from __future__ import annotations

from collections.abc import Mapping

from simulator.metrics.catalogue import kpi_info
from simulator.metrics.stats import Estimate

#: The CLI prints English: its tables are read next to the KPI names users type (``--kpi``).
LANG = "en"


def kpi_table(summary: Mapping[str, Estimate]) -> str:
    """A plain-text table: KPI, mean, 95% CI."""
    rows = [("KPI", "mean", "95% CI")]
    for name, est in summary.items():
        text = kpi_info(name).format_estimate(est.mean, est.lo, est.hi, LANG)
        rows.append((name, text.value, text.ci))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = []
    for k, r in enumerate(rows):
        lines.append(f"{r[0]:<{widths[0]}}  {r[1]:>{widths[1]}}  {r[2]:<{widths[2]}}".rstrip())
        if k == 0:
            lines.append("-" * (sum(widths) + 4))
    return "\n".join(lines)
