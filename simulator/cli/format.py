"""Plain-text tables of KPI estimates; numbers are formatted by the KPI catalogue."""

from __future__ import annotations

import re
from collections.abc import Mapping

from simulator.metrics.catalogue import kpi_info
from simulator.metrics.stats import Estimate

#: Characters that must not reach a terminal raw: C0/C1 controls (ESC starts ANSI sequences
#: that recolour, move the cursor or retitle the window), DEL, line/paragraph separators and
#: the bidirectional overrides that reorder what is shown ("Trojan Source"), and lone
#: surrogates (undecodable bytes), which a UTF-8 terminal cannot even be sent.
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char) or (
        f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
    )


def printable(text: object) -> str:
    """``text`` safe to print on a terminal: control characters, ANSI escapes and bidi
    overrides from data (scenario, script, entry-point and trainee names) are shown escaped
    (``\\x1b[31m``, ``\\n``); other text, Chinese included, is unchanged. Also makes any message
    one line."""
    return _UNPRINTABLE.sub(_escape, str(text))


def printable_lines(text: str) -> str:
    """:func:`printable` line by line: a multi-line table keeps its line breaks."""
    return "\n".join(printable(line) for line in str(text).split("\n"))


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
