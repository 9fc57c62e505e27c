"""Build the consultant's report off the UI thread: simulate (if needed), plan the staffing
(if asked), lay the document out as PDF and HTML, and render page images for the preview.

:func:`build_report` follows the run-control protocol (``executor``, ``progress``, ``cancel``)
so a :class:`~gui.workers.ProcessJob` runs it; it is Qt-free. The report itself is
:func:`simulator.report.build_document` with the staffing plan of
:func:`simulator.report.planning.report_staffing`, as ``kefulab report`` builds it.
"""

from __future__ import annotations

import io
from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path

from simulator.charts.fonts import chart_style
from simulator.common.runcontrol import CancelToken, Progress, ProgressFn
from simulator.experiments.compare import Comparison, compare_scenarios
from simulator.report import Document, build_document, write_html, write_pdf
from simulator.report.pdf import paginate, render_pages
from simulator.report.planning import report_staffing
from simulator.scenario.schema import Scenario

#: Resolution of the preview's page images (an A4 page is 8.27 x 11.69 inches).
PREVIEW_DPI = 72

#: ``Progress.label`` of each phase.
SIMULATE, STAFFING, PDF, HTML, PREVIEW = "simulate", "staffing", "pdf", "html", "preview"


@dataclass(frozen=True)
class ReportRequest:
    """What to put in the report.

    Attributes:
        out_dir: folder for the built PDF and HTML (exports copy them from there).
        lang: ``zh`` or ``en``.
        comparison: the comparison to report (run with ``keep_results=True`` for the run
            charts); when ``None``, ``scenarios`` are compared first.
        scenarios, names, sources: what to compare when there is no comparison yet.
        replications, seed: of that comparison and of the staffing plan.
        staffing: plan the baseline's staffing (slow) and include it.
        staffing_replications: replications per candidate schedule.
    """

    out_dir: Path
    lang: str = "zh"
    comparison: Comparison | None = None
    scenarios: tuple[Scenario, ...] = ()
    names: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    replications: int = 5
    seed: int = 0
    staffing: bool = False
    staffing_replications: int = 2


@dataclass(frozen=True)
class ReportBuild:
    """A built report: the document, its files and the preview's page images (PNG bytes)."""

    comparison: Comparison
    document: Document
    pdf_path: Path
    html_path: Path
    page_images: tuple[bytes, ...]
    staffing_note: str = ""

    @property
    def pages(self) -> int:
        return len(self.page_images)


def _pages_progress(progress: ProgressFn | None, cancel: CancelToken | None, label: str):
    """A ``(done, total)`` callback (as the report writers take) reporting ``Progress`` and
    honouring ``cancel`` between pages."""

    def step(done: int, total: int) -> None:
        if cancel is not None:
            cancel.check()
        if progress is not None:
            progress(Progress(done, total, label))

    return step


def page_png(figure, dpi: int = PREVIEW_DPI) -> bytes:
    """One report page Figure as PNG bytes (Agg, no pyplot)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def build_report(
    request: ReportRequest,
    *,
    executor: Executor | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> ReportBuild:
    """Build the report of ``request``; progress labels name the phase.

    Raises:
        Cancelled: ``cancel`` was cancelled (between runs or pages).
    """
    comparison = request.comparison
    if comparison is None:
        comparison = compare_scenarios(
            request.scenarios,
            names=request.names or None,
            sources=request.sources or None,
            replications=request.replications,
            seed=request.seed,
            executor=executor,
            progress=progress,
            keep_results=True,
            cancel=cancel,
        )
    note, plan = "", None
    if request.staffing:
        staffing = report_staffing(
            comparison.scenarios[0],
            replications=request.staffing_replications,
            seed=comparison.seed,
            executor=executor,
            progress=(lambda e: progress(Progress(e.done, e.total, STAFFING)))
            if progress
            else None,
            cancel=cancel,
        )
        plan, note = staffing.plan, staffing.note
    document = build_document(comparison, plan, lang=request.lang, staffing_note=note)
    with chart_style(document.lang):
        total = len(paginate(document))
    images: list[bytes] = []
    pages = render_pages(document)  # the preview first: the user sees pages sooner
    try:
        for figure in pages:
            if cancel is not None:
                cancel.check()
            images.append(page_png(figure))
            if progress is not None:  # ``partial``: the page image, for a preview filling in
                progress(Progress(len(images), total, PREVIEW, images[-1]))
    finally:
        pages.close()  # leaves the chart style even when cancelled
    out = Path(request.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    pdf_path, html_path = out / "report.pdf", out / "report.html"
    write_pdf(document, pdf_path, _pages_progress(progress, cancel, PDF))
    write_html(document, html_path, _pages_progress(progress, cancel, HTML))
    return ReportBuild(comparison, document, pdf_path, html_path, tuple(images), note)
