"""Numbers formatted for people: %, seconds, ¥ and counts, and a KPI table."""

from __future__ import annotations

import math

from simulator.metrics.kpis import KPI_UNITS
from simulator.metrics.stats import Estimate


def fmt_value(value: float, unit: str) -> str:
    """Format one KPI value by its unit."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if unit == "%":
        return f"{value * 100:.1f}%"
    if unit == "s":
        return f"{value:,.1f} s"
    if unit == "¥":
        sign = "-" if value < 0 else ""
        amount = f"{abs(value):,.0f}" if abs(value) >= 100 else f"{abs(value):,.2f}"
        return f"{sign}¥{amount}"
    if unit == "n":
        return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.1f}"
    return f"{value:.3f}"


def fmt_ci(est: Estimate, unit: str) -> str:
    if math.isnan(est.lo):
        return ""
    return f"[{fmt_value(est.lo, unit)}, {fmt_value(est.hi, unit)}]"


def kpi_table(summary: dict[str, Estimate]) -> str:
    """A plain-text table: KPI, mean, 95% CI."""
    rows = [("KPI", "mean", "95% CI")]
    for name, est in summary.items():
        unit = KPI_UNITS.get(name, "")
        rows.append((name, fmt_value(est.mean, unit), fmt_ci(est, unit)))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = []
    for k, r in enumerate(rows):
        lines.append(f"{r[0]:<{widths[0]}}  {r[1]:>{widths[1]}}  {r[2]:<{widths[2]}}".rstrip())
        if k == 0:
            lines.append("-" * (sum(widths) + 4))
    return "\n".join(lines)
