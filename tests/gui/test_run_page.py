"""The "Run and watch" page: a watched run gives the CLI's numbers; pause, step, cancel;
replications in worker processes."""

from __future__ import annotations

import math

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPointF, QRectF, QSettings  # noqa: E402

from gui.document import ScenarioDocument  # noqa: E402
from gui.pages.results_page import ResultsPage  # noqa: E402
from gui.pages.run_page import SPEEDS, RunPage  # noqa: E402
from gui.run_state import RunState  # noqa: E402
from gui.settings import Settings  # noqa: E402
from simulator.metrics.catalogue import KPIS, magnitude  # noqa: E402
from simulator.metrics.kpis import compute_kpis  # noqa: E402
from simulator.model import simulate  # noqa: E402
from simulator.scenario.loader import load_scenario  # noqa: E402
from tests.conftest import SCENARIOS  # noqa: E402

MMC = SCENARIOS / "traffic" / "mmc_reference.yaml"
SEED = 5


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
    page = RunPage(document, settings)
    qtbot.addWidget(page)
    page.resize(1280, 860)
    yield page
    if page.worker is not None:  # never leave a worker running into the next test
        page.cancel()
        qtbot.waitUntil(lambda: page.worker is None, timeout=30_000)
    if page.replications.running:
        page.replications.cancel()
        qtbot.waitUntil(lambda: not page.replications.running, timeout=60_000)


def as_fast_as_possible(page: RunPage) -> None:
    page.speed.setCurrentIndex(SPEEDS.index(None))


def test_a_watched_run_finishes_and_the_results_page_shows_the_cli_numbers(
    qtbot, page, document, settings
):
    results = ResultsPage(document, settings)
    qtbot.addWidget(results)
    as_fast_as_possible(page)
    page.seed.setValue(SEED)
    state = RunState.of(document)
    with qtbot.waitSignal(state.resultsReady, timeout=120_000) as blocker:
        page.start_button.click()
    qtbot.waitUntil(lambda: page.worker is None, timeout=30_000)
    outcome = blocker.args[0]
    expected = compute_kpis(simulate(document.scenario, SEED, 0), document.scenario)
    assert outcome.replications.runs[0].kpis == expected
    assert results.outcome is outcome
    for name, info in KPIS.items():
        value = expected[name]
        shown, _ = results.kpis.text_of(name)
        assert shown == info.format(value, "en", scale=magnitude(value, math.nan, math.nan))
    # the live view saw the run through to its end
    assert page.latest is not None
    assert page.latest.clock_s == pytest.approx(document.scenario.horizon_s + 6 * 3600.0)
    assert page.start_button.isEnabled()


def test_pause_step_one_hour_and_cancel(qtbot, page, document):
    page.speed.setCurrentIndex(SPEEDS.index(1))  # one simulated minute per second: slow
    page.show()
    with qtbot.waitSignal(page.frameShown, timeout=10_000):
        page.start_button.click()
    worker = page.worker
    with qtbot.waitSignal(worker.paused, timeout=10_000):
        page.pause_button.click()
    assert page.step_button.isEnabled()
    assert page.pause_button.text() == "Resume"
    before = page.latest.clock_s
    as_fast_as_possible(page)  # the hour is stepped at full speed
    with qtbot.waitSignals([worker.resumed, worker.paused], order="strict", timeout=60_000):
        page.step_button.click()
    assert page.latest.clock_s == pytest.approx(before + 3600.0)
    assert worker.is_paused
    with qtbot.waitSignal(worker.aborted, timeout=10_000):
        page.cancel_button.click()
    qtbot.waitUntil(lambda: page.worker is None, timeout=10_000)
    assert RunState.of(document).latest is None  # a cancelled run publishes nothing
    assert page.status.text().startswith("Cancelled at Day 1,")
    assert page.start_button.isEnabled()


def test_a_failing_run_shows_one_line_and_the_page_stays_usable(qtbot, page, monkeypatch):
    import gui.pages.run_page as run_page
    from simulator.common.errors import KefuLabError

    def broken(scenario, seed, pace):
        yield from ()
        raise KefuLabError("scenario.yaml: agents.count: must be >= 1, got 0")

    monkeypatch.setattr(run_page, "watch_run", broken)
    page.start_button.click()
    qtbot.waitUntil(lambda: page.worker is None, timeout=10_000)
    assert page.message_bar.text() == "scenario.yaml: agents.count: must be >= 1, got 0"
    assert page.start_button.isEnabled()


def test_replications_run_in_processes_to_the_end(qtbot, page, document):
    page.replications.count.setValue(3)
    page.seed.setValue(SEED)
    state = RunState.of(document)
    with qtbot.waitSignal(state.resultsReady, timeout=180_000) as blocker:
        page.replications.start_button.click()
    qtbot.waitUntil(lambda: not page.replications.running, timeout=30_000)
    reps = blocker.args[0].replications
    assert len(reps.runs) == 3
    assert page.replications.bar.value() == page.replications.bar.maximum() == 3


def test_the_precision_rule_stops_when_the_interval_is_narrow_or_at_the_cap(qtbot, page):
    panel = page.replications
    panel.precise.setChecked(True)
    panel.cap.setValue(5)  # the first round is the cap: ±1 point is unlikely in 5 one-day runs
    with qtbot.waitSignal(panel.replicationsReady, timeout=180_000) as blocker:
        panel.start_button.click()
    qtbot.waitUntil(lambda: not panel.running, timeout=30_000)
    assert len(blocker.args[0].runs) == 5
    assert "±" in panel.status.text()


def test_switching_language_relabels_the_page(qtbot, page):
    from PySide6.QtWidgets import QApplication

    from gui.app import set_language
    from simulator.metrics.catalogue import kpi_info

    app = QApplication.instance()
    set_language(app, "zh")
    try:
        qtbot.waitUntil(lambda: page.start_button.text() != "Start")
        assert page.kpi_tiles.tiles["frt_sla"].name.text() == kpi_info("frt_sla").label("zh")
        assert page.kpi_tiles.tiles["frt_sla"].toolTip() == kpi_info("frt_sla").definition("zh")
    finally:
        set_language(app, "en")
        qtbot.waitUntil(lambda: page.start_button.text() == "Start")
    assert page.kpi_tiles.tiles["frt_sla"].name.text() == kpi_info("frt_sla").label("en")


def test_the_queue_panel_starts_tall_enough_for_a_congested_day():
    """Growing the queue axis mid-run forces a full redraw that stalls the event loop; the
    panel starts at the peak hour's arrivals waiting a patient customer's time (at least 10)."""
    from gui.pages.run.live_charts import expected_arrivals, queue_ceiling
    from simulator.scenario.loader import load_scenario

    daily, d11 = load_scenario("tmall_daily"), load_scenario("tmall_double11")
    hours = 30
    low = queue_ceiling(daily, expected_arrivals(daily, hours))
    high = queue_ceiling(d11, expected_arrivals(d11, hours))
    assert 10 <= low < high
    peak = float(expected_arrivals(d11, hours).max())
    assert high == pytest.approx(peak * d11.customers.patience.center / 3600.0, abs=1.0)


def test_the_finished_note_follows_a_language_switch(page):
    """The note beside the clock is re-worded when the language changes (it stayed Chinese)."""
    from gui.app import create_app, set_language

    set_language(create_app(), "zh")
    page._set_status("finished")
    zh = page.status.text()
    set_language(create_app(), "en")
    assert page.status.text() == "Finished: see the Results page." != zh


def _snapshots(scenario, hours):
    from simulator.model.simulation import Simulation

    sim = Simulation(scenario, SEED, 0)
    shots = [sim.snapshot()]
    for h in range(1, hours + 1):
        sim.run_until(h * 3600.0)
        shots.append(sim.snapshot())
    return shots


def test_the_live_view_is_throttled_and_a_hidden_page_draws_nothing(
    qtbot, page, document, monkeypatch
):
    """A snapshot arriving within MIN_FRAME_MS of the last frame waits for the throttle, and
    only the latest is shown; a page off screen draws nothing until it is shown again."""
    import gui.pages.run_page as run_page

    first, second, third = _snapshots(document.scenario, 2)
    page.show()
    qtbot.waitExposed(page)
    monkeypatch.setattr(run_page, "MIN_FRAME_MS", 60_000)  # a slow test machine stays inside it
    with qtbot.waitSignal(page.frameShown, timeout=5_000):
        page._on_snapshot(first)  # shown at once: nothing was shown before
    assert not page.frame_timer.isActive()  # no timer until a snapshot comes early
    page._shown_at -= 60.0 - 0.3  # the last frame was shown 0.3 s before the throttle's end
    blits = page.charts.blits
    shown = []
    page.frameShown.connect(lambda: shown.append(page.latest.clock_s))
    page._on_snapshot(second)
    page._on_snapshot(third)
    assert shown == [] and page.charts.blits == blits  # held back by the throttle
    with qtbot.waitSignal(page.frameShown, timeout=5_000):
        pass
    assert shown == [third.clock_s]  # the latest only, once
    assert page.charts.blits == blits + 1
    page.hide()
    page.frame_timer.stop()
    page._on_snapshot(second)
    assert shown == [third.clock_s] and page.charts.blits == blits + 1
    with qtbot.waitSignal(page.frameShown, timeout=5_000):
        page.show()
    assert shown[-1] == second.clock_s


def test_the_moving_parts_are_painted_where_the_axes_put_them(qtbot, document):
    """Bars and the queue line are painted by Qt over the kept figure: at the pixels the
    axes' own transforms give, in their colours, and nowhere else."""
    from PySide6.QtGui import QColor

    from gui.pages.run.live_charts import BAR_COLOUR, LiveCharts

    charts = LiveCharts()
    qtbot.addWidget(charts)
    charts.resize(700, 500)
    charts.show_scenario(document.scenario, 24)
    charts.show()
    qtbot.waitExposed(charts)
    top, bottom = charts._axes
    tall = top.get_ylim()[1] * 0.5
    counts = [0] * 24
    counts[3] = int(tall)
    charts.add_point(0.0, 4, tuple(counts))
    charts.add_point(10 * 3600.0, 4, tuple(counts))
    charts.refresh()
    qtbot.waitUntil(lambda: charts.full_draws > 0)
    image = charts.canvas.grab().toImage()
    ratio = charts.canvas.device_pixel_ratio
    height = charts.figure.bbox.height

    def colour(ax, x, y) -> QColor:
        px, py = ax.transData.transform((x, y))
        return image.pixelColor(int(px / ratio), int((height - py) / ratio))

    assert colour(top, 3.5, tall / 2).name() == BAR_COLOUR  # inside the bar of hour 3
    assert colour(top, 3.5, tall * 1.5).name() != BAR_COLOUR  # above it
    assert colour(top, 5.5, tall / 2).name() != BAR_COLOUR  # hour 5 had no arrivals
    on_line = colour(bottom, 5.0, 4.0)  # the queue stayed at 4 from hour 0 to hour 10
    assert on_line.red() > 180 and on_line.green() < 140, on_line.name()
    off_line = colour(bottom, 15.0, 4.0)  # not reached yet
    assert off_line.red() > 200 and off_line.green() > 200, off_line.name()
    assert charts.full_draws == 1  # nothing outgrew its axis


def test_the_abandonment_tile_and_the_flow_panel_each_name_their_base(page):
    """The tile is the KPI (abandoned over handed-off chats that ended, after the warm-up), the
    flow panel's bars are shares of every arrival: each says which."""
    from simulator.metrics.catalogue import kpi_info

    tile = page.kpi_tiles.tiles["abandon_rate"]
    label = kpi_info("abandon_rate").label("en")
    assert tile.name.text() == f"{label} (of handed-off chats that ended)"
    assert page.kpi_tiles.tiles["frt_sla"].name.text() == kpi_info("frt_sla").label("en")
    assert page.flow.basis_text() == "bars and % of all arrivals, warm-up included"


def test_agent_tiles_keep_their_place_and_paint_open_chats_and_full_agents(qtbot):
    """The grid is laid out for the run's most agents: a shift change does not move the tiles.
    An agent beyond the on-duty count has no tile; a full agent's tile is tinted; an open chat's
    slot is filled."""
    from PySide6.QtGui import QColor

    from gui.pages.run.agent_tiles import FULL_TILE, IDLE_TILE, OPEN, AgentTiles

    tiles = AgentTiles()
    qtbot.addWidget(tiles)
    tiles.resize(300, 200)
    tiles.set_capacity(12)
    tiles.set_agents((0, 1, 2), 2)
    image = tiles.grab().toImage()
    first = [QRectF(r) for r in tiles._tiles]
    tiles.set_agents((0, 1, 2, 2, 0, 1, 0, 0, 0), 2)
    tiles.grab()
    assert [QRectF(r) for r in tiles._tiles] == first and len(first) == 12

    def colour_at(rect) -> QColor:
        return QColor(image.pixel(rect.center().toPoint()))

    slots = tiles._slots
    assert colour_at(slots[0][0]) != OPEN  # agent 0: no chat
    assert colour_at(slots[1][0]) == OPEN and colour_at(slots[1][1]) != OPEN
    assert colour_at(slots[2][1]) == OPEN
    # between agent 2's slots (full) the tile is tinted; agent 1's (one free slot) is not
    gap = lambda i: tiles._tiles[i].topLeft() + QPointF(1.5, tiles._tiles[i].height() / 2)  # noqa: E731
    assert QColor(image.pixel(gap(2).toPoint())) == FULL_TILE
    assert QColor(image.pixel(gap(1).toPoint())) == IDLE_TILE
    # the fourth tile is not drawn: three agents on duty
    assert (
        QColor(image.pixel(tiles._tiles[3].center().toPoint())) == tiles.palette().window().color()
    )
