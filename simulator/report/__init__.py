"""The consultant's report: scenarios and assumptions, KPIs with CIs, paired comparisons, ROI,
the staffing plan and the charts, as an A4 PDF and/or one self-contained HTML file.

Typical use (what ``kefulab report`` does; the ROI at equal service, its default)::

    equal = compare_equal_service(scenarios, targets, names, sources, replications, seed,
                                  keep_results=True)
    doc = build_document(equal, equal.plans[0], lang="zh")

(``--roi-mode as-is``: ``compare_scenarios(...)`` and ``plan_staffing(scenarios[0], targets,
seed=seed)`` with the planner's default replications; the document says which mode it used.)
    write_pdf(doc, "report.pdf"); write_html(doc, "report.html")
"""

from __future__ import annotations

from simulator.report.content import build_document
from simulator.report.document import Cell, Chart, Document, Paragraph, Section, Table
from simulator.report.html import render_html, write_html
from simulator.report.pdf import write_pdf

__all__ = [
    "Cell",
    "Chart",
    "Document",
    "Paragraph",
    "Section",
    "Table",
    "build_document",
    "render_html",
    "write_html",
    "write_pdf",
]
