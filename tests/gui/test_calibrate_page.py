"""The Calibrate page: a history CSV fitted off the UI thread, the fit shown, saved, opened."""

from __future__ import annotations

import math
from datetime import date

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings  # noqa: E402

from gui.app import create_app, set_language  # noqa: E402
from gui.document import ScenarioDocument  # noqa: E402
from gui.pages.calibrate.fit import hourly_series  # noqa: E402
from gui.pages.calibrate_page import CalibratePage  # noqa: E402
from gui.settings import Settings  # noqa: E402
from gui.shipped import shipped_path  # noqa: E402
from simulator.common.data import history_example  # noqa: E402
from simulator.experiments.history import HourRow, read_history  # noqa: E402
from simulator.scenario.loader import load_scenario  # noqa: E402


@pytest.fixture
def document():
    path = shipped_path("tmall_daily")  # the base `kefulab calibrate` uses by default
    return ScenarioDocument(load_scenario(path), path)


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "kefulab.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def page(qtbot, document, settings):
    set_language(create_app(), "en")
    page = CalibratePage(document, settings)
    qtbot.addWidget(page)
    page.resize(1200, 820)
    yield page
    if page.job is not None:
        with qtbot.waitSignal(page.jobFinished, timeout=120_000):
            page.cancel()


def test_hourly_series_average_per_hour_of_day_and_weight_first_response():
    rows = [
        HourRow(day, 5, sessions, handoffs, frt)
        for day, sessions, handoffs, frt in (
            (date(2026, 1, 1), 10, 1, 10.0),
            (date(2026, 1, 2), 20, 3, 50.0),
        )
    ]
    sessions, handoffs, frt = hourly_series(rows, rows)
    assert sessions.history[5] == 15 and handoffs.history[5] == 2
    assert frt.history[5] == pytest.approx((10 * 1 + 50 * 3) / 4)
    assert math.isnan(sessions.history[4])


def test_the_shipped_example_is_fitted_shown_saved_and_opened(qtbot, page, document, tmp_path):
    undo_depth = document.undo_stack.count()
    # waiting on the signal: polling with qWait leaks references to None in PySide6 6.12
    with qtbot.waitSignal(page.jobFinished, timeout=180_000):
        assert page.open_history(history_example())
        assert page.running  # the fit runs in a worker, not in open_history
    assert not page.message_bar.text(), page.message_bar.text()
    fit = page.fit
    assert fit is not None and len(fit.calibration.days) == 14
    history = read_history(history_example())
    ten_pm = [r.sessions for r in history if r.hour == 22]
    assert page.table.cell_text(22, 1) == f"{sum(ten_pm) / len(ten_pm):,.1f}"
    simulated = fit.series_of("sessions").simulated[22]
    assert page.table.cell_text(22, 2) == f"{simulated:,.1f}"
    assert len(page.figure.axes) == 3
    assert "14 days fitted" in page.summary.text()
    # the fitted demand is the history's, within the simulation's noise (share of the day)
    day = sum(fit.series_of("sessions").history)
    assert sum(fit.series_of("sessions").simulated) == pytest.approx(day, rel=0.1)

    out = tmp_path / "my_shop.yaml"
    assert page.save(out)
    saved = load_scenario(out)
    assert saved.arrivals.sessions_per_day == fit.calibration.sessions_per_day
    assert saved == fit.scenario
    assert page.open_in_editor()
    assert document.scenario == fit.scenario
    assert document.undo_stack.count() == undo_depth + 1


def test_a_bad_csv_shows_its_one_line_error(page, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("timestamp,sessions\n2026-10-01 00:00,many\n", encoding="utf-8")
    assert not page.open_history(bad)
    text = page.message_bar.text()
    assert text.startswith(f"{bad}:2: column 'sessions'") and "\n" not in text
    assert page.job is None and page.fit is None


def test_switching_language_relabels_the_page(page):
    app = create_app()
    try:
        set_language(app, "zh")
        assert page.open_button.text() == "打开历史数据 CSV…"
    finally:
        set_language(app, "en")
    assert page.open_button.text() == "Open history CSV…"
