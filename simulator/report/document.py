"""A report as format-neutral blocks (headings, paragraphs, tables, charts) that the PDF and
HTML writers lay out, so both say exactly the same thing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from simulator.charts.common import FigureLike

#: Cell styles: a value that differs from the baseline's, a significant change for the better,
#: for the worse, or without a direction.
STYLES: tuple[str, ...] = ("", "changed", "better", "worse", "significant")


@dataclass(frozen=True)
class Cell:
    """One table cell: its text (``\\n`` for line breaks), an optional smaller second line (a
    confidence interval), and a style from :data:`STYLES`."""

    text: str
    sub: str = ""
    style: str = ""


@dataclass(frozen=True)
class Table:
    """A table: header row, body rows of cells, and a note printed under it."""

    header: list[str]
    rows: list[list[Cell]]
    note: str = ""

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row) != len(self.header):
                raise ValueError(
                    f"a table row has {len(row)} cells, the header {len(self.header)}."
                )


@dataclass(frozen=True)
class Paragraph:
    """Running text; ``kind`` is ``body``, ``note`` (small, grey) or ``bullet``."""

    text: str
    kind: str = "body"


ChartDraw = Callable[[str, FigureLike | None], FigureLike]


@dataclass(frozen=True)
class Chart:
    """A chart drawn on demand: ``draw(lang, fig)`` returns the figure (drawn into ``fig`` when
    given). ``height_in`` is its height at the page's text width; ``title`` is its alt text."""

    draw: ChartDraw
    height_in: float
    title: str


Block = Paragraph | Table | Chart


@dataclass(frozen=True)
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass(frozen=True)
class Document:
    """The whole report."""

    title: str
    subtitle: str
    meta: list[str]
    lang: str
    sections: list[Section]

    def charts(self) -> list[Chart]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Chart)]

    def tables(self) -> list[Table]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Table)]
