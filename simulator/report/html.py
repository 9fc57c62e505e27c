"""The report as one self-contained HTML file: simple CSS, charts as inline base64 PNG."""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Callable
from pathlib import Path

from simulator.charts.fonts import chart_style
from simulator.report.document import Cell, Chart, Document, Paragraph, Table

CHART_DPI = 110

CSS = """
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei",
       "Helvetica Neue", Arial, sans-serif; color: #1b1b1b; max-width: 58rem;
       margin: 2rem auto; padding: 0 1rem; line-height: 1.5; font-size: 15px; }
h1 { color: #1f4e79; margin-bottom: 0.2rem; }
h2 { color: #1f4e79; border-bottom: 2px solid #1f4e79; padding-bottom: 0.2rem;
     margin-top: 2.2rem; }
.meta, .note { color: #666; font-size: 0.85rem; }
table { border-collapse: collapse; width: 100%; margin: 0.8rem 0 0.3rem; font-size: 0.85rem; }
th { background: #1f4e79; color: #fff; text-align: left; padding: 0.35rem 0.5rem;
     font-weight: normal; white-space: pre-line; }
td { padding: 0.3rem 0.5rem; border-bottom: 1px solid #e3e7ee; vertical-align: top;
     white-space: pre-line; }
tr:nth-child(even) td { background: #f3f5f8; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.changed { background: #fff1c9 !important; }
td.better { color: #1a7f37; } td.worse { color: #c62828; } td.significant { color: #1f4e79; }
td .ci { display: block; color: #666; font-size: 0.78rem; }
ul.findings { padding-left: 1.2rem; } ul.findings li { margin: 0.4rem 0; white-space: pre-line; }
figure { margin: 1.2rem 0; } figure img { max-width: 100%; height: auto; }
figcaption { color: #666; font-size: 0.8rem; }
"""


def _numeric(text: str) -> bool:
    return text[:1] in "0123456789¥+−-±[" or text[:2] in ("−¥", "+¥")


def _cell(cell: Cell, numeric_col: bool) -> str:
    classes = [c for c in (cell.style, "num" if numeric_col else "") if c]
    attr = f' class="{" ".join(classes)}"' if classes else ""
    sub = f'<span class="ci">{html.escape(cell.sub)}</span>' if cell.sub else ""
    return f"<td{attr}>{html.escape(cell.text)}{sub}</td>"


def _table(table: Table) -> str:
    ncol = len(table.header)
    numeric = []
    for c in range(ncol):
        texts = [r[c].text for r in table.rows if r[c].text not in ("", "–")]
        numeric.append(c > 0 and bool(texts) and sum(map(_numeric, texts)) >= 0.7 * len(texts))
    head = "".join(f"<th>{html.escape(h)}</th>" for h in table.header)
    body = "\n".join(
        "<tr>" + "".join(_cell(cell, numeric[c]) for c, cell in enumerate(row)) + "</tr>"
        for row in table.rows
    )
    note = f'<p class="note">{html.escape(table.note)}</p>' if table.note else ""
    return f'<table class="kpi">\n<tr>{head}</tr>\n{body}\n</table>\n{note}'


def chart_png(chart: Chart, lang: str, dpi: int = CHART_DPI) -> bytes:
    """The chart as PNG bytes, drawn in its own figure."""
    with chart_style(lang):
        fig = chart.draw(lang, None)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi)
    return buf.getvalue()


def _chart(chart: Chart, lang: str) -> str:
    data = base64.b64encode(chart_png(chart, lang)).decode("ascii")
    alt = html.escape(chart.title)
    return (
        f'<figure><img alt="{alt}" src="data:image/png;base64,{data}">'
        f"<figcaption>{alt}</figcaption></figure>"
    )


def render_html(doc: Document, progress: Callable[[int, int], None] | None = None) -> str:
    """The whole report as an HTML string (charts embedded)."""
    total = len(doc.charts())
    done = 0
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if doc.lang == "zh" else "en"}"><head><meta charset="utf-8">',
        f"<title>{html.escape(doc.title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{html.escape(doc.title)}</h1>",
        f"<p>{html.escape(doc.subtitle)}</p>",
        *(f'<p class="meta">{html.escape(m)}</p>' for m in doc.meta),
    ]
    for section in doc.sections:
        parts.append(f"<section><h2>{html.escape(section.title)}</h2>")
        bullets: list[str] = []
        for block in section.blocks:
            if isinstance(block, Paragraph) and block.kind == "bullet":
                bullets.append(f"<li>{html.escape(block.text)}</li>")
                continue
            if bullets:
                parts.append('<ul class="findings">' + "".join(bullets) + "</ul>")
                bullets = []
            if isinstance(block, Table):
                parts.append(_table(block))
            elif isinstance(block, Chart):
                parts.append(_chart(block, doc.lang))
                done += 1
                if progress:
                    progress(done, total)
            else:
                cls = ' class="note"' if block.kind == "note" else ""
                parts.append(f"<p{cls}>{html.escape(block.text)}</p>")
        if bullets:
            parts.append('<ul class="findings">' + "".join(bullets) + "</ul>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_html(
    doc: Document, path: str | Path, progress: Callable[[int, int], None] | None = None
) -> None:
    """Write the report as one self-contained HTML file (UTF-8)."""
    Path(path).write_text(render_html(doc, progress), encoding="utf-8")
