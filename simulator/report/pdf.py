"""The report as an A4 PDF, through matplotlib's PdfPages.

Blocks are measured in inches, packed onto pages (a heading stays with what follows it, a
long table continues on the next page under a repeated header), and each page is one Figure:
a column of sub-figures, one per block, with text and tables hand-laid in inches and charts
drawn straight into their sub-figure (vector, not pictures).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure, SubFigure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.patches import Rectangle

from simulator.charts.fonts import chart_style
from simulator.report.document import Chart, Document, Paragraph, Table
from simulator.report.textfit import TextMeasure, line_height_in
from simulator.report.words import w

PAGE_W, PAGE_H = 8.27, 11.69  # A4, inches
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 0.7, 0.6, 0.7
TEXT_W = PAGE_W - 2 * MARGIN_X
TEXT_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM

BODY_PT, NOTE_PT, H1_PT, TITLE_PT = 9.0, 7.8, 13.0, 19.0
CELL_PT, SUB_PT = 7.4, 6.4
CELL_PAD_X, CELL_PAD_Y = 0.06, 0.045
INK, GREY, ACCENT = "#1b1b1b", "#666666", "#1f4e79"
ROW_SHADE, CHANGED_BG = "#f3f5f8", "#fff1c9"
STYLE_INK = {"better": "#1a7f37", "worse": "#c62828", "significant": ACCENT}


class _Ink:
    """Draws into one sub-figure with coordinates in inches from its top-left corner."""

    def __init__(self, sf: SubFigure, height: float):
        self.sf, self.h = sf, height

    def text(self, x: float, y: float, s: str, size: float, **kw) -> None:
        kw.setdefault("color", INK)
        kw.setdefault("va", "top")
        self.sf.text(
            x / TEXT_W, 1 - y / self.h, s, fontsize=size, transform=self.sf.transSubfigure, **kw
        )

    def rect(self, x: float, y: float, wd: float, ht: float, color: str) -> None:
        self.sf.add_artist(
            Rectangle(
                (x / TEXT_W, 1 - (y + ht) / self.h),
                wd / TEXT_W,
                ht / self.h,
                transform=self.sf.transSubfigure,
                facecolor=color,
                edgecolor="none",
                zorder=-1,
            )
        )


@dataclass
class _Piece:
    """Something of known height that draws itself into a sub-figure."""

    height: float
    draw: Callable[[SubFigure, float], None]
    keep_with_next: bool = False
    chart: bool = False


# ------------------------------------------------------------------ text pieces


def _lines_piece(
    lines: list[str], size: float, color: str = INK, indent: float = 0.0, gap: float = 0.08
) -> _Piece:
    lh = line_height_in(size)

    def draw(sf: SubFigure, h: float) -> None:
        ink = _Ink(sf, h)
        for k, line in enumerate(lines):
            ink.text(indent, k * lh, line, size, color=color)

    return _Piece(len(lines) * lh + gap, draw)


def _paragraph(p: Paragraph, m: TextMeasure) -> _Piece:
    if p.kind == "note":
        return _lines_piece(m.wrap(p.text, NOTE_PT, TEXT_W), NOTE_PT, GREY)
    if p.kind == "bullet":
        lines = m.wrap(p.text, BODY_PT, TEXT_W - 0.2)
        piece = _lines_piece(lines, BODY_PT, indent=0.2)
        inner = piece.draw

        def draw(sf: SubFigure, h: float) -> None:
            _Ink(sf, h).text(0.04, 0, "•", BODY_PT, color=ACCENT)
            inner(sf, h)

        return _Piece(piece.height, draw)
    return _lines_piece(m.wrap(p.text, BODY_PT, TEXT_W), BODY_PT)


def _heading(title: str) -> _Piece:
    def draw(sf: SubFigure, h: float) -> None:
        ink = _Ink(sf, h)
        ink.text(0, 0.12, title, H1_PT, color=ACCENT)
        ink.rect(0, 0.12 + line_height_in(H1_PT, 1.25), TEXT_W, 0.012, ACCENT)

    return _Piece(0.28 + line_height_in(H1_PT), draw, keep_with_next=True)


def _title(doc: Document, m: TextMeasure) -> _Piece:
    sub = m.wrap(doc.subtitle, BODY_PT + 1, TEXT_W)

    def draw(sf: SubFigure, h: float) -> None:
        ink = _Ink(sf, h)
        ink.text(0, 0, doc.title, TITLE_PT, color=ACCENT)
        y = line_height_in(TITLE_PT) + 0.06
        for line in sub:
            ink.text(0, y, line, BODY_PT + 1)
            y += line_height_in(BODY_PT + 1)
        for line in doc.meta:
            ink.text(0, y, line, NOTE_PT, color=GREY)
            y += line_height_in(NOTE_PT)

    height = line_height_in(TITLE_PT) + 0.06 + len(sub) * line_height_in(BODY_PT + 1)
    return _Piece(height + len(doc.meta) * line_height_in(NOTE_PT) + 0.1, draw)


# ------------------------------------------------------------------ tables


def column_widths(natural: list[float], total: float) -> list[float]:
    """Fit natural column widths into ``total``: narrow columns keep theirs, wide ones share
    the rest equally (and wrap); a table narrower than ``total`` is stretched to it."""
    widths = [0.0] * len(natural)
    left = total
    order = sorted(range(len(natural)), key=lambda i: natural[i])
    for k, i in enumerate(order):
        fair = left / (len(order) - k)
        widths[i] = min(natural[i], fair)
        left -= widths[i]
    scale = total / sum(widths) if sum(widths) > 0 else 1.0
    return [wd * scale for wd in widths]


@dataclass
class _LaidTable:
    widths: list[float]
    header: list[list[str]]
    header_h: float
    cells: list[list[tuple[list[str], list[str], str]]]  # lines, sub-lines, style
    row_h: list[float]
    right: list[bool]


def _lay_table(table: Table, m: TextMeasure) -> _LaidTable:
    ncol = len(table.header)
    natural = []
    for c in range(ncol):
        wd = m.widest_line_in(table.header[c], CELL_PT)
        for row in table.rows:
            wd = max(
                wd, m.widest_line_in(row[c].text, CELL_PT), m.widest_line_in(row[c].sub, SUB_PT)
            )
        natural.append(wd + 2 * CELL_PAD_X)
    widths = column_widths(natural, TEXT_W)
    inner = [wd - 2 * CELL_PAD_X for wd in widths]
    header = [m.wrap(table.header[c], CELL_PT, inner[c]) for c in range(ncol)]
    header_h = max(len(h) for h in header) * line_height_in(CELL_PT, 1.3) + 2 * CELL_PAD_Y
    cells, row_h = [], []
    for row in table.rows:
        laid = []
        height = 0.0
        for c, cell in enumerate(row):
            lines = m.wrap(cell.text, CELL_PT, inner[c])
            subs = m.wrap(cell.sub, SUB_PT, inner[c]) if cell.sub else []
            laid.append((lines, subs, cell.style))
            height = max(
                height,
                len(lines) * line_height_in(CELL_PT, 1.3) + len(subs) * line_height_in(SUB_PT, 1.3),
            )
        cells.append(laid)
        row_h.append(height + 2 * CELL_PAD_Y)
    numeric = [c > 0 and _looks_numeric(table, c) for c in range(ncol)]
    return _LaidTable(widths, header, header_h, cells, row_h, numeric)


def _looks_numeric(table: Table, col: int) -> bool:
    texts = [r[col].text for r in table.rows if r[col].text not in ("", "–")]
    numeric = [t for t in texts if t[:1] in "0123456789¥+−-±[" or t[:2] in ("−¥", "+¥")]
    return bool(texts) and len(numeric) >= 0.7 * len(texts)


def _table_piece(lt: _LaidTable, start: int, stop: int) -> _Piece:
    height = lt.header_h + sum(lt.row_h[start:stop]) + 0.1

    def draw(sf: SubFigure, h: float) -> None:
        ink = _Ink(sf, h)
        ink.rect(0, 0, TEXT_W, lt.header_h, ACCENT)
        x = 0.0
        for c, lines in enumerate(lt.header):
            for k, line in enumerate(lines):
                _cell_text(
                    ink,
                    x,
                    lt.widths[c],
                    CELL_PAD_Y + k * line_height_in(CELL_PT, 1.3),
                    line,
                    CELL_PT,
                    "white",
                    lt.right[c],
                )
            x += lt.widths[c]
        y = lt.header_h
        for r in range(start, stop):
            if (r - start) % 2 == 1:
                ink.rect(0, y, TEXT_W, lt.row_h[r], ROW_SHADE)
            x = 0.0
            for c, (lines, subs, style) in enumerate(lt.cells[r]):
                if style == "changed":
                    ink.rect(x, y, lt.widths[c], lt.row_h[r], CHANGED_BG)
                color = STYLE_INK.get(style, INK)
                yy = y + CELL_PAD_Y
                for line in lines:
                    _cell_text(ink, x, lt.widths[c], yy, line, CELL_PT, color, lt.right[c])
                    yy += line_height_in(CELL_PT, 1.3)
                for line in subs:
                    _cell_text(ink, x, lt.widths[c], yy, line, SUB_PT, GREY, lt.right[c])
                    yy += line_height_in(SUB_PT, 1.3)
                x += lt.widths[c]
            y += lt.row_h[r]
        ink.rect(0, y, TEXT_W, 0.01, ACCENT)

    return _Piece(height, draw)


def _cell_text(
    ink: _Ink, x: float, width: float, y: float, s: str, size: float, color: str, right: bool
) -> None:
    if right:
        ink.text(x + width - CELL_PAD_X, y, s, size, color=color, ha="right")
    else:
        ink.text(x + CELL_PAD_X, y, s, size, color=color)


# ------------------------------------------------------------------ charts


def _chart_piece(chart: Chart, lang: str, height: float | None = None) -> _Piece:
    height = min(chart.height_in if height is None else height, TEXT_H - 0.2)

    def draw(sf: SubFigure, h: float) -> None:
        chart.draw(lang, sf)

    return _Piece(height + 0.12, draw, chart=True)


# ------------------------------------------------------------------ pages


def paginate(doc: Document) -> list[list[_Piece]]:
    """Pack the document's blocks onto A4 pages."""
    m = TextMeasure(doc.lang)
    pages: list[list[_Piece]] = [[_title(doc, m)]]
    used = [pages[0][0].height]

    def room() -> float:
        return TEXT_H - used[-1]

    def new_page() -> None:
        pages.append([])
        used.append(0.0)

    def add(piece: _Piece) -> None:
        if piece.height > room() and pages[-1]:
            new_page()
        pages[-1].append(piece)
        used[-1] += piece.height

    # a heading and the paragraphs that introduce a table or chart stay on its page
    pending: list[_Piece] = []

    def flush() -> None:
        for piece in pending:
            add(piece)
        pending.clear()

    def lead() -> float:
        return sum(p.height for p in pending)

    for section in doc.sections:
        pending.append(_heading(section.title))
        for block in section.blocks:
            if isinstance(block, Paragraph):
                pending.append(_paragraph(block, m))
                if lead() > TEXT_H / 3:
                    flush()
                continue
            if isinstance(block, Table):
                lt = _lay_table(block, m)
                start = 0
                while start < len(lt.row_h):
                    avail = room() - lead() - lt.header_h - 0.1
                    stop = start
                    while stop < len(lt.row_h) and lt.row_h[stop] <= avail:
                        avail -= lt.row_h[stop]
                        stop += 1
                    left = len(lt.row_h) - start
                    if (stop == start or stop - start < min(4, left)) and pages[-1]:
                        new_page()
                        continue
                    flush()
                    add(_table_piece(lt, start, max(stop, start + 1)))
                    start = max(stop, start + 1)
                if block.note:
                    add(_lines_piece(m.wrap(block.note, NOTE_PT, TEXT_W), NOTE_PT, GREY, gap=0.14))
                continue
            piece = _chart_piece(block, doc.lang)
            fits = room() - lead()
            if piece.height > fits and fits >= 0.8 * piece.height:
                piece = _chart_piece(block, doc.lang, fits - 0.12)  # a little smaller fits
            if lead() + piece.height > room() and pages[-1]:
                new_page()
            flush()
            add(piece)
        flush()
    return pages


def _render_page(pieces: list[_Piece], number: int, doc: Document) -> Figure:
    page = Figure(figsize=(PAGE_W, PAGE_H))
    if any(p.chart for p in pieces):  # text is hand-laid; only charts need a layout engine
        page.set_layout_engine(ConstrainedLayoutEngine(h_pad=0.02, w_pad=0.02, hspace=0, wspace=0))
    _, column, _ = page.subfigures(1, 3, width_ratios=[MARGIN_X, TEXT_W, MARGIN_X], wspace=0)
    heights = [p.height for p in pieces]
    rest = max(PAGE_H - MARGIN_TOP - sum(heights), 0.01)
    subs = column.subfigures(
        len(pieces) + 2, 1, height_ratios=[MARGIN_TOP, *heights, rest], hspace=0
    )
    for sf, piece in zip(subs[1:-1], pieces, strict=True):
        piece.draw(sf, piece.height)
    page.text(
        0.5,
        0.35 / PAGE_H,
        f"{doc.title}  ·  {w('page', doc.lang, n=number)}",
        ha="center",
        fontsize=7,
        color=GREY,
    )
    return page


def render_pages(doc: Document) -> Iterator[Figure]:
    """The report's pages as A4 Figures, one at a time (not yet drawn)."""
    with chart_style(doc.lang):
        pages = paginate(doc)
        for k, pieces in enumerate(pages, start=1):
            yield _render_page(pieces, k, doc)


def write_pdf(
    doc: Document, path: str | Path, progress: Callable[[int, int], None] | None = None
) -> int:
    """Write the report as an A4 PDF; returns the number of pages."""
    path = Path(path)
    with chart_style(doc.lang):
        total = len(paginate(doc))
        with PdfPages(path, metadata={"Title": doc.title, "Creator": "KefuLab"}) as pdf:
            for k, fig in enumerate(render_pages(doc), start=1):
                pdf.savefig(fig)
                if progress:
                    progress(k, total)
    return total


__all__ = ["column_widths", "paginate", "render_pages", "write_pdf"]
