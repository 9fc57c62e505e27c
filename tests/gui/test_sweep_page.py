"""The Sweep page: a grid of one or two fields in worker processes, heat map and table."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings  # noqa: E402

from gui.app import create_app, set_language  # noqa: E402
from gui.document import ScenarioDocument  # noqa: E402
from gui.pages.sweep.fields import parse_values, suggest_grid, sweepable_fields  # noqa: E402
from gui.pages.sweep_page import SweepPage  # noqa: E402
from gui.settings import Settings  # noqa: E402
from simulator.common.errors import InputError  # noqa: E402
from simulator.experiments.sweep import run_sweep  # noqa: E402
from simulator.metrics.catalogue import kpi_info  # noqa: E402
from simulator.metrics.fields import field_label  # noqa: E402
from simulator.scenario.loader import load_scenario  # noqa: E402
from tests.conftest import SCENARIOS  # noqa: E402

MMC = SCENARIOS / "traffic" / "mmc_reference.yaml"


@pytest.fixture
def document():
    return ScenarioDocument(load_scenario(MMC, days=1), MMC)


@pytest.fixture
def settings(tmp_path):
    s = Settings(QSettings(str(tmp_path / "kefulab.ini"), QSettings.Format.IniFormat))
    s.set_worker_count(2)
    return s


@pytest.fixture
def page(qtbot, document, settings):
    set_language(create_app(), "en")
    page = SweepPage(document, settings)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    yield page
    if page.job is not None:  # never leave worker processes running into the next test
        with qtbot.waitSignal(page.jobFinished, timeout=60_000):
            page.cancel()


def run_to_end(qtbot, page) -> None:
    """Run the sweep, waiting on signals (polling with qWait leaks references to None in
    PySide6 6.12 on Python 3.11, which crashes the interpreter at exit)."""
    with qtbot.waitSignal(page.jobFinished, timeout=120_000):
        assert page.start()
    assert not page.message_bar.text(), page.message_bar.text()


def test_fields_are_the_scenarios_numbers_with_readable_names(document):
    fields = {f.path: f for f in sweepable_fields(document.scenario)}
    assert fields["agents.count"].value == 11
    assert "agents.schedule" not in fields  # not a number: not offered
    assert "handoff.keywords" not in fields
    assert fields["agents.count"].label("en") == "Agents on duty"
    assert suggest_grid(11) == "10,11,12" and suggest_grid(True) == "true,false"
    assert parse_values("agents.count", "8:12:2") == [8, 10, 12]  # the CLI's grammar
    with pytest.raises(InputError, match="START:STOP:STEP"):
        parse_values("agents.count", "8:12")


def test_a_2x2_sweep_fills_table_and_heat_map_with_run_sweeps_rows(qtbot, page, document):
    page.choose(0, "agents.count", "11,12")
    page.choose(1, "agents.concurrency", "1,2")
    page.replications.setValue(1)
    page.seed.setValue(3)
    run_to_end(qtbot, page)
    direct = run_sweep(
        document.scenario, {"agents.count": [11, 12], "agents.concurrency": [1, 2]}, 1, 3
    )
    assert repr(page.result.rows) == repr(direct.rows)  # NaN (a KPI without data) included
    assert page.table.rowCount() == 4
    header = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert header[:2] == [
        field_label("agents.count", "en"),
        field_label("agents.concurrency", "en"),
    ]
    profit = kpi_info("profit")
    summary = direct.summary()
    assert (
        page.table.cell_text(3, 3)
        == profit.format_estimate(
            summary[3]["profit"], summary[3]["profit_ci_lo"], summary[3]["profit_ci_hi"], "en"
        ).value
    )
    ax = page.figure.axes[0]
    assert ax.get_xlabel() == "Agents on duty" and ax.get_ylabel() == "Chat concurrency"
    assert len(ax.texts) == 4  # one annotated cell per point


def test_cancel_keeps_the_finished_points(qtbot, page):
    page.choose(0, "agents.count", "11:20:1")  # 10 points: far more than finish at once
    page.choose(1, "", "")
    page.replications.setValue(2)
    page.workers.setValue(1)
    assert page.start()
    qtbot.waitSignal(  # connected before any progress is delivered: none is missed
        page.job.progress, timeout=120_000, check_params_cb=lambda event: event.done >= 2
    ).wait()
    assert len(page.finished_rows) >= 2
    with qtbot.waitSignal(page.jobFinished, timeout=120_000):
        page.cancel()
    assert page.result is not None and 2 <= len(page.result.rows) < 20
    assert not page.result.complete
    assert page.table.rowCount() == len({r["point"] for r in page.result.rows})
    assert "Cancelled" in page.status.text()
    assert page.figure.axes  # the curve of the finished points is drawn


def test_a_bad_grid_shows_the_clis_error_and_runs_nothing(page):
    page.choose(0, "agents.count", "8:12")
    assert not page.start()
    assert "START:STOP:STEP" in page.message_bar.text()
    assert page.job is None


def test_switching_language_relabels_the_page(qtbot, page):
    app = create_app()
    try:
        set_language(app, "zh")
        assert page.run_button.text() == "运行扫描"
        assert page.field_combos[0].currentText() == field_label(page.chosen_path(0), "zh")
        assert page.kpi.currentText() == kpi_info("profit").label("zh")
    finally:
        set_language(app, "en")
    assert page.run_button.text() == "Run sweep"


def test_an_unreachable_dask_scheduler_shows_one_line(qtbot, page):
    page.choose(0, "agents.count", "11,12")
    page.scheduler.setText("tcp://127.0.0.1:1")  # nothing listens on port 1
    assert not page.workers.isEnabled()  # the local pool's size does not apply
    with qtbot.waitSignal(page.jobFinished, timeout=60_000):
        assert page.start()
    text = page.message_bar.text()
    assert text.startswith("--scheduler tcp://127.0.0.1:1: cannot reach") and "\n" not in text
    assert page.result is None
