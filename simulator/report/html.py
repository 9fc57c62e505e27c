"""The report as one self-contained HTML file: simple CSS, charts as inline base64 PNG, and the
Chinese font embedded (only the characters used) so nothing is fetched and nothing is missing."""

from __future__ import annotations

import base64
import html
import io
import os
from collections.abc import Callable
from pathlib import Path

from matplotlib import font_manager

from simulator.charts.fonts import chart_style, cjk_family
from simulator.report.document import Cell, Chart, Document, Paragraph, Table

CHART_DPI = 110

CSS = """
body { font-family: "KefuLab CJK", "Helvetica Neue", Arial, "Noto Sans CJK SC", "PingFang SC",
       "Microsoft YaHei", sans-serif; color: #1b1b1b; max-width: 58rem;
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
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.changed { background: #fff1c9 !important; }
td.better { color: #1a7f37; } td.worse { color: #c62828; } td.significant { color: #1f4e79; }
td .ci { display: block; color: #666; font-size: 0.78rem; }
ul.findings { padding-left: 1.2rem; } ul.findings li { margin: 0.4rem 0; white-space: pre-line; }
figure { margin: 1.2rem 0; } figure img { max-width: 100%; height: auto; }
figcaption { color: #666; font-size: 0.8rem; }
"""


def embedded_font_css(text: str) -> str:
    """An ``@font-face`` rule carrying the Chinese font, cut down to the Chinese characters of
    ``text`` (a WOFF of some tens of kB), so the page reads right on a machine without CJK
    fonts. Empty when the text has no such characters or no CJK font is available. The CSS
    lists it first: it holds only Chinese glyphs, so Latin text falls through to the next
    family (a web font placed after a system font is not reliably used for fallback)."""
    chars = sorted({c for c in text if ord(c) >= 0x2E80})
    family = cjk_family()
    if not chars or family is None:
        return ""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    path = font_manager.findfont(font_manager.FontProperties(family=family))
    try:
        font = TTFont(os.fspath(path), fontNumber=getattr(path, "face_index", 0), lazy=True)
        options = subset.Options()
        options.flavor = "woff"
        options.hinting = False
        options.desubroutinize = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=[ord(c) for c in chars])
        subsetter.subset(font)
        buf = io.BytesIO()
        font.save(buf)
    except Exception:  # a font fontTools cannot cut: the page falls back to system fonts
        return ""
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return (
        '@font-face { font-family: "KefuLab CJK"; '
        f'src: url(data:font/woff;base64,{data}) format("woff"); }}'
    )


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
    head = "".join(
        f"<th{' class=num' if numeric[c] else ''}>{html.escape(h)}</th>"
        for c, h in enumerate(table.header)
    )
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
        f"<title>{html.escape(doc.title)}</title><style>{CSS}</style>",
        "</head><body>",
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
    page = "\n".join(parts)
    font_css = embedded_font_css(page)
    if font_css:
        page = page.replace("</head>", f"<style>{font_css}</style></head>", 1)
    return page


def write_html(
    doc: Document, path: str | Path, progress: Callable[[int, int], None] | None = None
) -> None:
    """Write the report as one self-contained HTML file (UTF-8)."""
    Path(path).write_text(render_html(doc, progress), encoding="utf-8")
