"""The Staffing page: a plan in worker processes, the hourly grid, apply to the schedule, undo."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings  # noqa: E402

from gui.app import create_app, set_language  # noqa: E402
from gui.document import ScenarioDocument  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.pages.staffing.plan_table import OVER_COLOUR, UNDER_COLOUR  # noqa: E402
from gui.pages.staffing_page import StaffingPage  # noqa: E402
from gui.settings import Settings  # noqa: E402
from simulator.experiments.staffing import StaffingTargets, plan_staffing  # noqa: E402
from simulator.scenario.loader import load_scenario  # noqa: E402
from tests.conftest import SCENARIOS  # noqa: E402

MMC = SCENARIOS / "traffic" / "mmc_reference.yaml"


@pytest.fixture
def document():
    return ScenarioDocument(load_scenario(MMC, days=1), MMC)


@pytest.fixture
def settings(tmp_path):
    s = Settings(QSettings(str(tmp_path / "kefulab.ini"), QSettings.Format.IniFormat))
    s.set_worker_count(1)
    return s


def small_plan(page: StaffingPage) -> None:
    page.frt_threshold.setValue(200)  # the M/M/c reply time (mean 100 s) rules out 30 s
    page.replications.setValue(1)
    page.max_iterations.setValue(3)


@pytest.fixture
def page(qtbot, document, settings):
    set_language(create_app(), "en")
    page = StaffingPage(document, settings)
    qtbot.addWidget(page)
    page.resize(1200, 820)
    small_plan(page)
    yield page
    if page.job is not None:
        with qtbot.waitSignal(page.jobFinished, timeout=60_000):
            page.cancel()


def plan_to_end(qtbot, page) -> None:
    """Plan, waiting on signals (polling with qWait leaks references to None in PySide6 6.12
    on Python 3.11, which crashes the interpreter at exit)."""
    with qtbot.waitSignal(page.jobFinished, timeout=120_000):
        assert page.start()
    assert not page.message_bar.text(), page.message_bar.text()


def test_the_plan_fills_the_grid_and_colours_staffing_gaps(qtbot, page, document):
    plan_to_end(qtbot, page)
    direct = plan_staffing(document.scenario, StaffingTargets(0.8, 200, 0.05), 1, 0, None, None, 3)
    assert page.plan.simulated == direct.simulated
    for hour in direct.hours:
        row = hour.hour
        assert page.table.cell_text(row, "simulated") == str(hour.simulated_agents)
        assert page.table.cell_text(row, "current") == str(hour.current_agents)
        gap = hour.current_agents - hour.simulated_agents
        expected = UNDER_COLOUR if gap < 0 else OVER_COLOUR if gap > 0 else ""
        assert page.table.background(row, "current") == expected
        # the current schedule's misses are marked at the target that fails, and only there
        t = direct.targets
        assert page.table.cell_text(row, "sla_now").endswith("✗") == (
            hour.current_frt_sla < t.frt_sla
        )
        assert page.table.cell_text(row, "abandon_now").endswith("✗") == (
            hour.current_abandon > t.max_abandon
        )
        if row in page.plan.current_missing_hours:
            assert "✗" in page.table.cell_text(row, "sla_now") + page.table.cell_text(
                row, "abandon_now"
            )
    hours = direct.agent_hours["simulated"]
    assert page.totals.item(1, 0).text().startswith(f"{hours:,}")
    assert page.figure.axes and page.apply_button.isEnabled()


def test_apply_writes_the_schedule_as_one_edit_and_undo_restores_it(qtbot, page, document):
    plan_to_end(qtbot, page)
    before = document.scenario
    depth = document.undo_stack.count()
    plan = page.plan
    with qtbot.waitSignal(page.jobFinished, timeout=120_000):
        assert page.apply_plan()
        assert page.rerun == "staffing" and page.job is not None  # no run page: check again
    assert document.scenario.agents.schedule == plan.simulated
    assert document.scenario.agents.count is None
    banner = page.message_bar.text()
    assert banner.startswith("Applied the plan")
    try:  # the banner is re-worded on a language switch
        set_language(create_app(), "zh")
        assert page.message_bar.text() != banner and "Applied" not in page.message_bar.text()
    finally:
        set_language(create_app(), "en")
    assert page.message_bar.text() == banner
    assert document.undo_stack.count() == depth + 1
    assert page.plan.current == document.scenario.agents.schedule
    document.undo_stack.undo()
    assert document.scenario == before
    assert not page.can_apply()  # the re-check planned the applied scenario, not this one


def test_a_plan_of_an_earlier_scenario_cannot_be_applied(qtbot, page, document):
    plan_to_end(qtbot, page)
    assert page.can_apply()
    assert document.set_values({"agents.concurrency": 2}, "edit")
    assert not page.apply_button.isEnabled() and not page.apply_plan()
    document.undo_stack.undo()
    assert page.apply_button.isEnabled()


def test_apply_in_the_window_reruns_on_the_run_page(qtbot, document, settings):
    set_language(create_app(), "en")
    window = MainWindow(document, settings)
    qtbot.addWidget(window)
    window.ask_unsaved_changes = lambda: "discard"
    page = window.show_page("staffing")
    small_plan(page)
    plan_to_end(qtbot, page)
    assert page.apply_plan()
    run = window.pages["run"]
    assert page.rerun == "run_page" and run.running
    with qtbot.waitSignal(run.worker.finished, timeout=60_000):
        run.cancel()
    assert not run.running


def test_an_out_of_reach_target_shows_one_line(qtbot, page):
    page.frt_threshold.setValue(30)
    with qtbot.waitSignal(page.jobFinished, timeout=60_000):
        assert page.start()
    text = page.message_bar.text()
    assert "out of reach" in text and "\n" not in text
    assert page.plan is None


def test_switching_language_relabels_the_page(qtbot, page):
    plan_to_end(qtbot, page)
    app = create_app()
    try:
        set_language(app, "zh")
        assert page.run_button.text() == "规划排班"
        assert page.table.horizontalHeaderItem(0).text() == "时段"
        assert page.status.text().startswith("完成")  # the last status line too
        assert "小时" in page.totals.item(1, 0).text()  # agent-hours in the catalogue's zh
    finally:
        set_language(app, "en")
    assert page.run_button.text() == "Plan staffing"
    assert page.status.text().startswith("Done")
