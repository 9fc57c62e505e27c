"""The Results page: every KPI with its CI and catalogue definition, charts, exports equal to
the CLI's JSON."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings  # noqa: E402

from gui.document import ScenarioDocument  # noqa: E402
from gui.pages.results.charts import CHARTS  # noqa: E402
from gui.pages.results_page import ResultsPage  # noqa: E402
from gui.run_state import RunOutcome, RunState  # noqa: E402
from gui.settings import Settings  # noqa: E402
from simulator.cli.main import main as kefulab  # noqa: E402
from simulator.experiments.replications import run_replications  # noqa: E402
from simulator.metrics.catalogue import KPIS, magnitude  # noqa: E402
from simulator.scenario.loader import load_scenario  # noqa: E402
from tests.conftest import SCENARIOS  # noqa: E402

MMC = SCENARIOS / "traffic" / "mmc_reference.yaml"
SEED = 3
N = 3


@pytest.fixture(scope="module")
def replications():
    scenario = load_scenario(MMC, days=1)
    return run_replications(scenario, N, SEED, keep_results=True)


@pytest.fixture
def page(qtbot, tmp_path, replications):
    document = ScenarioDocument(replications.scenario, MMC)
    settings = Settings(QSettings(str(tmp_path / "kefulab.ini"), QSettings.Format.IniFormat))
    page = ResultsPage(document, settings)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    watched = replications.runs[0].result
    RunState.of(document).publish(
        RunOutcome(replications.scenario, str(MMC), replications, watched)
    )
    return page


def test_the_page_is_empty_before_any_run(qtbot, tmp_path):
    document = ScenarioDocument(load_scenario(MMC, days=1), MMC)
    settings = Settings(QSettings(str(tmp_path / "k.ini"), QSettings.Format.IniFormat))
    page = ResultsPage(document, settings)
    qtbot.addWidget(page)
    assert page.heading.text() == "No results yet"
    assert not page.json_button.isEnabled()
    assert page.export_json(tmp_path / "x.json") is None


def test_every_kpi_shows_its_mean_ci_and_definition(page, replications):
    summary = replications.summary()
    table = page.kpis
    assert table.rowCount() == len(KPIS)
    for row, (name, info) in enumerate(KPIS.items()):
        est = summary[name]
        scale = magnitude(est.mean, est.lo, est.hi)
        assert table.item(row, 0).text() == info.label("en")
        assert table.item(row, 0).toolTip() == info.definition("en")
        assert table.text_of(name) == (
            info.format(est.mean, "en", scale=scale),
            info.format_ci(est.lo, est.hi, "en", scale=scale),
        )
    assert f"replications: {N}" in page.heading.text()


def test_hourly_table_and_charts_show_the_watched_run(page, replications):
    hourly = replications.runs[0].result.hourly
    assert page.hourly.rowCount() == hourly.arrivals.size
    assert page.hourly.item(10, 2).text() == f"{hourly.arrivals[10]:,.0f}"
    assert not page.charts.figures["funnel"].axes  # drawn when its tab is shown, not before
    for key in CHARTS:
        assert page.charts.ensure_drawn(key).axes, key


def test_json_export_equals_the_cli_json(page, tmp_path):
    ours = page.export_json(tmp_path / "gui.json")
    assert ours is not None
    cli = tmp_path / "cli.json"
    code = kefulab(
        ["run", str(MMC), "--days", "1", "-n", str(N), "--seed", str(SEED), "--json", str(cli)]
    )
    assert code == 0
    assert json.loads(ours.read_text("utf-8")) == json.loads(cli.read_text("utf-8"))
    assert ours.read_bytes() == cli.read_bytes()


def test_csv_and_png_exports(page, tmp_path):
    files = page.export_csv(tmp_path / "kpis.csv")
    assert [f.name for f in files] == ["kpis.csv", "kpis_replications.csv", "kpis_hourly.csv"]
    rows = (tmp_path / "kpis.csv").read_text("utf-8").splitlines()
    assert len(rows) == 1 + len(KPIS)
    assert len((tmp_path / "kpis_replications.csv").read_text("utf-8").splitlines()) == 1 + N
    page.charts.setCurrentIndex(CHARTS.index("funnel"))
    png = page.export_png(tmp_path / "funnel.png")
    assert png is not None and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_failed_export_shows_a_message_and_keeps_the_page(page, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert page.export_json(blocker / "x.json") is None
    assert page.message_bar.text().startswith("Cannot write")


def test_results_of_an_earlier_version_say_so_and_undo_clears_it(page):
    assert "earlier version" not in page.note.text()
    page.document.set_values({"agents.concurrency": 2}, "fewer chats")
    assert "earlier version" in page.note.text()
    page.document.undo_stack.undo()
    assert "earlier version" not in page.note.text()
