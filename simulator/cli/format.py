"""Plain-text tables of KPI estimates; numbers are formatted by the KPI catalogue."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from simulator.cli.i18n import t
from simulator.metrics.catalogue import kpi_info, kpi_label, magnitude
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


#: The language of tables when a command is not told one (``compare`` still reads this; the
#: commands with ``--lang`` pass theirs, see :mod:`simulator.cli.i18n`).
LANG = "en"


def display_width(text: str) -> int:
    """Terminal columns a string takes: East Asian wide characters (Chinese) count twice."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, width: int, align: str = "<") -> str:
    """``text`` padded to ``width`` terminal columns (``<`` left, ``>`` right)."""
    fill = " " * max(0, width - display_width(text))
    return text + fill if align == "<" else fill + text


def text_table(rows: Sequence[Sequence[str]], aligns: str | None = None) -> str:
    """A plain-text table: the first row is the header, underlined; columns padded by display
    width, so Chinese labels line up. ``aligns`` holds ``<`` or ``>`` per column (default: the
    first column left, the others right)."""
    ncols = len(rows[0])
    aligns = aligns or "<" + ">" * (ncols - 1)
    widths = [max(display_width(r[i]) for r in rows) for i in range(ncols)]
    lines = []
    for k, r in enumerate(rows):
        cells = [pad(c, w, a) for c, w, a in zip(r, widths, aligns, strict=True)]
        lines.append("  ".join(cells).rstrip())
        if k == 0:
            lines.append("-" * (sum(widths) + 2 * (ncols - 1)))
    return "\n".join(lines)


def kpi_table(summary: Mapping[str, Estimate], lang: str = LANG) -> str:
    """A plain-text table: KPI (its catalogue label in ``lang``), mean, 95% CI. In English a
    last column gives each KPI's key, the name ``--kpi`` and the JSON use; the Chinese table
    shows no keys."""
    keys = lang != "zh"
    rows = [(t("kpi", lang), t("mean", lang), t("ci95", lang), *(("key",) if keys else ()))]
    for name, est in summary.items():
        text = kpi_info(name).format_estimate(est.mean, est.lo, est.hi, lang)
        rows.append((kpi_label(name, lang), text.value, text.ci, *((name,) if keys else ())))
    return text_table(rows, "<><<" if keys else "<><")


def kpi_columns_table(
    rows: Sequence[tuple[str, Mapping[str, float]]], kpis: Sequence[str], lang: str = LANG
) -> str:
    """One line per labelled row (a day, a scenario), one column per KPI (catalogue label and
    format in ``lang``); the values of a column share their decimals."""
    header = ["", *(kpi_label(k, lang, short=True) for k in kpis)]
    scales = {k: magnitude(*(values[k] for _, values in rows)) for k in kpis}
    body = [
        [label, *(kpi_info(k).format(values[k], lang, scale=scales[k]) for k in kpis)]
        for label, values in rows
    ]
    return text_table([header, *body])
