"""The Report page: build off the UI thread, preview the pages, export PDF and HTML, cancel,
zh/en."""

from __future__ import annotations

import multiprocessing

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings  # noqa: E402

from gui.app import create_app, set_language  # noqa: E402
from gui.document import ScenarioDocument  # noqa: E402
from gui.pages.compare.state import CompareState  # noqa: E402
from gui.pages.report_page import ReportPage  # noqa: E402
from gui.settings import Settings  # noqa: E402
from simulator.experiments.compare import compare_scenarios  # noqa: E402
from simulator.scenario.loader import load_scenario, with_values  # noqa: E402
from tests.conftest import SCENARIOS  # noqa: E402

MMC = SCENARIOS / "traffic" / "mmc_reference.yaml"


def wait_for_job(qtbot, page, timeout: int = 120_000) -> None:
    """Wait for the page's job to finish on the page's signal (polling with qWait leaks a
    reference to None per call in PySide6 6.12 on Python 3.11)."""
    if page.job is not None:
        with qtbot.waitSignal(page.jobFinished, timeout=timeout):
            pass


@pytest.fixture(scope="module")
def comparison():
    base = load_scenario(MMC, days=1)
    alt = with_values(base, {"agents.count": base.agents.count + 1, "name": "One more agent"})
    return compare_scenarios([base, alt], replications=2, seed=5, keep_results=True)


@pytest.fixture
def page(qtbot, tmp_path, comparison):
    set_language(create_app(), "en")
    document = ScenarioDocument(comparison.scenarios[0], None)
    settings = Settings(QSettings(str(tmp_path / "kefulab.ini"), QSettings.Format.IniFormat))
    settings.set_worker_count(1)
    page = ReportPage(document, settings)
    qtbot.addWidget(page)
    page.resize(1300, 820)
    yield page
    if page.job is not None:
        page.cancel()
        wait_for_job(qtbot, page, 60_000)


def test_a_built_report_is_previewed_and_exports_pdf_and_html(qtbot, page, comparison, tmp_path):
    assert "No comparison yet" in page.source_label.text()
    assert not page.pdf_button.isEnabled()
    CompareState.of(page.document).publish(comparison)
    assert "One more agent" in page.source_label.text()
    page.language.setCurrentIndex(1)  # English
    with qtbot.waitSignal(page.reportReady, timeout=180_000):
        assert page.start()
    wait_for_job(qtbot, page, 60_000)
    assert page.build is not None and page.build.comparison is comparison
    assert page.preview.pages == page.build.pages >= 3
    assert page.status.text().startswith("Report built")
    pdf = page.export_pdf(tmp_path / "out.pdf")
    html = page.export_html(tmp_path / "out.html")
    assert pdf.read_bytes().startswith(b"%PDF")
    text = html.read_text(encoding="utf-8")
    assert text.lstrip().lower().startswith("<!doctype html") and "One more agent" in text
    assert multiprocessing.active_children() == []


def test_without_a_comparison_the_report_covers_the_editors_scenario(page):
    page.replications.setValue(3)
    request = page.request()
    assert request.comparison is None
    assert request.scenarios == (page.document.scenario,) and request.replications == 3
    assert page.replications.isVisibleTo(page)


def test_cancel_stops_the_build(qtbot, page):
    page.replications.setValue(60)
    page.start()
    page.job.progress.connect(lambda _event: page.cancel())
    wait_for_job(qtbot, page, 120_000)
    assert page.status.text() == "Cancelled."
    assert page.build is None and page.build_button.isEnabled()
    assert multiprocessing.active_children() == []


def test_switching_language_relabels_the_page(page):
    app = create_app()
    assert page.build_button.text() == "Build report"
    set_language(app, "zh")
    try:
        assert page.build_button.text() == "生成报告"
        assert page.options_box.title() == "选项"
    finally:
        set_language(app, "en")
    assert page.pdf_button.text() == "Export PDF…"
