"""Page 7, "Report": the consultant's PDF / HTML (zh or en) of the current comparison, with a
preview of its pages.

The report covers the Compare page's latest comparison (its runs are kept for the charts);
without one it covers the editor's scenario alone. Building (simulation when needed, the
optional staffing plan, PDF, HTML and the preview's page images) runs in a
:class:`~gui.workers.ProcessJob` with progress and cancel; exporting copies the built files.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.pages.compare.state import CompareState
from gui.pages.job_page import JobPage
from gui.pages.report.build import (
    HTML,
    PDF,
    PREVIEW,
    SIMULATE,
    STAFFING,
    ReportBuild,
    ReportRequest,
    build_report,
)
from gui.pages.report.preview import PagePreview
from gui.widgets.message_bar import MessageBar
from gui.workers import ProcessJob
from simulator.common.runcontrol import Progress
from simulator.experiments.compare import Comparison

LANGUAGE_NAMES = (("zh", "中文"), ("en", "English"))


class ReportPage(JobPage):
    """Options and export on the left, the page preview on the right.

    Signals:
        reportReady(ReportBuild): a build finished and its pages are in the preview.
    """

    reportReady = Signal(object)  # noqa: N815 (Qt signal names)

    def __init__(self, document, settings, parent: QWidget | None = None) -> None:
        super().__init__(document, settings, parent)
        self.compare_state = CompareState.of(document)
        self.build: ReportBuild | None = None
        self._stale = False
        self._builds = 0
        self._workdir = tempfile.TemporaryDirectory(prefix="kefulab-report-")
        self.message_bar = MessageBar(self)
        # what the report covers
        self.source_box = QGroupBox(self)
        self.source_label = QLabel(self)
        self.source_label.setWordWrap(True)
        self.reps_label = QLabel(self)
        self.replications = QSpinBox(self)
        self.replications.setRange(2, 500)
        self.replications.setValue(5)
        source = QGridLayout(self.source_box)
        source.addWidget(self.source_label, 0, 0, 1, 2)
        source.addWidget(self.reps_label, 1, 0)
        source.addWidget(self.replications, 1, 1)
        # options
        self.options_box = QGroupBox(self)
        self.lang_label = QLabel(self)
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(0 if self.lang == "zh" else 1)
        self.staffing = QCheckBox(self)
        self.staffing_reps_label = QLabel(self)
        self.staffing_reps = QSpinBox(self)
        self.staffing_reps.setRange(1, 20)
        self.staffing_reps.setValue(2)
        options = QGridLayout(self.options_box)
        options.addWidget(self.lang_label, 0, 0)
        options.addWidget(self.language, 0, 1)
        options.addWidget(self.staffing, 1, 0, 1, 2)
        options.addWidget(self.staffing_reps_label, 2, 0)
        options.addWidget(self.staffing_reps, 2, 1)
        # build and export
        self.build_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setEnabled(False)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.pdf_button = QPushButton(self)
        self.html_button = QPushButton(self)
        run = QGridLayout()
        run.addWidget(self.build_button, 0, 0)
        run.addWidget(self.cancel_button, 0, 1)
        run.addWidget(self.bar, 1, 0, 1, 2)
        run.addWidget(self.status, 2, 0, 1, 2)
        run.addWidget(self.pdf_button, 3, 0)
        run.addWidget(self.html_button, 3, 1)
        left = QVBoxLayout()
        left.addWidget(self.source_box)
        left.addWidget(self.options_box)
        left.addLayout(run)
        left.addStretch(1)
        left_widget = QWidget(self)
        left_widget.setLayout(left)
        left_widget.setFixedWidth(340)
        self.preview = PagePreview(self)
        row = QHBoxLayout()
        row.addWidget(left_widget)
        row.addWidget(self.preview, 1)
        page = QVBoxLayout(self)
        page.addWidget(self.message_bar)
        page.addLayout(row, 1)
        self.build_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.html_button.clicked.connect(lambda: self.export_html())
        self.staffing.toggled.connect(self.staffing_reps.setEnabled)
        self.staffing_reps.setEnabled(False)
        self.compare_state.comparisonReady.connect(self._comparison_changed)
        self.retranslate()

    def report_language(self) -> str:
        return self.language.currentData()

    # building ------------------------------------------------------------------------------
    def request(self) -> ReportRequest:
        """What a build now would report."""
        self._builds += 1
        out = Path(self._workdir.name) / f"build-{self._builds}"
        common = dict(
            out_dir=out,
            lang=self.report_language(),
            staffing=self.staffing.isChecked(),
            staffing_replications=self.staffing_reps.value(),
        )
        comparison = self.compare_state.latest
        if comparison is not None:
            return ReportRequest(comparison=comparison, seed=comparison.seed, **common)
        scenario = self.document.scenario
        path = self.document.path
        return ReportRequest(
            scenarios=(scenario,),
            names=(scenario.name,),
            sources=(str(path) if path is not None and not self.document.dirty else "",),
            replications=self.replications.value(),
            **common,
        )

    def start(self) -> bool:
        """Build the report off the UI thread (False: a build is already running)."""
        if self.job is not None:
            return False
        self.message_bar.clear()
        request = self.request()
        runs = 0 if request.comparison else len(request.scenarios) * request.replications
        workers = max(1, min(self.settings.worker_count(), max(runs, 1)))
        job = ProcessJob(build_report, request, workers=workers)
        self.bar.setRange(0, 0)  # busy until the first event
        self.set_status(lambda: self.tr("Building the report…"))
        self.run_job(job)
        return True

    def _on_progress(self, event: Progress) -> None:
        texts = {
            SIMULATE: self.tr("Simulating: {done} of {total} runs"),
            STAFFING: self.tr("Planning the staffing: candidate {done} of at most {total}"),
            PDF: self.tr("Writing the PDF: page {done} of {total}"),
            HTML: self.tr("Writing the HTML: chart {done} of {total}"),
            PREVIEW: self.tr("Drawing the preview: page {done} of {total}"),
        }
        self.bar.setRange(0, max(event.total, 1))
        self.bar.setValue(min(event.done, max(event.total, 1)))
        text = texts.get(event.label, texts[SIMULATE])
        if event.label == PREVIEW and isinstance(event.partial, bytes):
            if event.done == 1:
                self.preview.show_pages([])
            self.preview.add_page(event.partial)
        self.set_status(lambda: text.format(done=event.done, total=event.total))

    def _on_done(self, build: ReportBuild) -> None:
        self.build = build
        self._stale = False
        if self.preview.pages != build.pages:
            self.preview.show_pages(build.page_images)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.set_status(lambda: self._built_text())
        self.reportReady.emit(build)

    def _on_cancelled(self, _partial: object) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.set_status(lambda: self.tr("Cancelled."))

    def _on_failed(self, exc: Exception) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.set_failed(exc)

    def _comparison_changed(self, _comparison: Comparison) -> None:
        if self.build is not None:
            self._stale = True
            self.set_status(lambda: self._built_text())
        self._show_source()

    # exporting -----------------------------------------------------------------------------
    def _ask(self, caption: str, suffix: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, caption, f"report{suffix}", filters)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)

    def _copy(self, source: Path, path: Path) -> Path | None:
        try:
            shutil.copyfile(source, path)
        except OSError as exc:
            self.message_bar.show_error(self.tr("Cannot write: {error}").format(error=exc))
            return None
        self.message_bar.show_info(self.tr("Wrote {file}").format(file=path))
        return path

    def export_pdf(self, path: Path | None = None) -> Path | None:
        """Save the built report as PDF (asks for a file when none is given)."""
        if self.build is None:
            return None
        path = path or self._ask(self.tr("Export PDF"), ".pdf", self.tr("PDF (*.pdf)"))
        return self._copy(self.build.pdf_path, path) if path else None

    def export_html(self, path: Path | None = None) -> Path | None:
        """Save the built report as one self-contained HTML file."""
        if self.build is None:
            return None
        path = path or self._ask(self.tr("Export HTML"), ".html", self.tr("HTML (*.html)"))
        return self._copy(self.build.html_path, path) if path else None

    # showing -------------------------------------------------------------------------------
    def _built_text(self) -> str:
        if self.build is None:
            return ""
        text = self.tr("Report built: {pages} pages ({lang}).").format(
            pages=self.build.pages, lang=dict(LANGUAGE_NAMES)[self.build.document.lang]
        )
        if self.build.staffing_note:
            text += " " + self.tr("No staffing plan: {why}").format(why=self.build.staffing_note)
        if self._stale:
            text += " " + self.tr("The comparison has changed since: build again to include it.")
        return text

    def _show_source(self) -> None:
        c = self.compare_state.latest
        if c is None:
            self.source_label.setText(
                self.tr(
                    "No comparison yet (see the Compare page): the report covers the editor's "
                    "scenario alone."
                )
            )
        else:
            self.source_label.setText(
                self.tr("The latest comparison: {names} · seed {seed} · replications: {n}").format(
                    names=", ".join(c.names), seed=c.seed, n=c.replications
                )
            )
        self.reps_label.setVisible(c is None)
        self.replications.setVisible(c is None)

    def _update_buttons(self) -> None:
        running = self.job is not None
        self.build_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for button in (self.pdf_button, self.html_button):
            button.setEnabled(self.build is not None and not running)

    def retranslate(self) -> None:
        super().retranslate()
        self.source_box.setTitle(self.tr("What the report covers"))
        self.reps_label.setText(self.tr("Replications:"))
        self.options_box.setTitle(self.tr("Options"))
        self.lang_label.setText(self.tr("Report language:"))
        self.staffing.setText(self.tr("Include the staffing plan of the baseline (slower)"))
        self.staffing_reps_label.setText(self.tr("Replications per candidate schedule:"))
        self.build_button.setText(self.tr("Build report"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.html_button.setText(self.tr("Export HTML…"))
        self.preview.set_placeholder(self.tr("Build the report to see its pages here."))
        self._show_source()
        self._update_buttons()
