"""The Compare page: paired differences equal to compare_scenarios, ROI, cancel, load back into
the editor, zh/en."""

from __future__ import annotations

import multiprocessing

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings  # noqa: E402

from gui.app import create_app, set_language  # noqa: E402
from gui.document import ScenarioDocument  # noqa: E402
from gui.pages.compare.state import CompareState  # noqa: E402
from gui.pages.compare.tables import diff_text  # noqa: E402
from gui.pages.compare_page import ComparePage  # noqa: E402
from gui.settings import Settings  # noqa: E402
from simulator.experiments.compare import compare_scenarios  # noqa: E402
from simulator.experiments.roi import roi_table  # noqa: E402
from simulator.metrics.catalogue import KPIS  # noqa: E402
from simulator.scenario.loader import load_scenario, with_values  # noqa: E402
from tests.conftest import SCENARIOS  # noqa: E402

MMC = SCENARIOS / "traffic" / "mmc_reference.yaml"
SEED = 7
N = 2


def wait_for_job(qtbot, page, timeout: int = 120_000) -> None:
    """Wait for the page's job to finish on the page's signal (polling with qWait leaks a
    reference to None per call in PySide6 6.12 on Python 3.11)."""
    if page.job is not None:
        with qtbot.waitSignal(page.jobFinished, timeout=timeout):
            pass


@pytest.fixture(scope="module")
def baseline():
    return load_scenario(MMC, days=1)


@pytest.fixture
def page(qtbot, tmp_path, baseline):
    set_language(create_app(), "en")
    document = ScenarioDocument(baseline, None)
    settings = Settings(QSettings(str(tmp_path / "kefulab.ini"), QSettings.Format.IniFormat))
    settings.set_worker_count(2)
    page = ComparePage(document, settings)
    qtbot.addWidget(page)
    page.resize(1300, 820)
    page.replications.setValue(N)
    page.seed.setValue(SEED)
    yield page
    if page.job is not None:
        page.cancel()
        wait_for_job(qtbot, page, 60_000)


def more_agents(page) -> None:
    """Edit the document (one more agent) and add that copy as the alternative."""
    sc = page.document.scenario
    assert page.document.set_values({"agents.count": sc.agents.count + 1}, "more agents")
    page.panel.add_current()


def test_a_comparison_shows_the_paired_differences_of_compare_scenarios(qtbot, page, baseline):
    assert page.heading.text() == "No comparison yet"
    assert not page.start(), "one scenario is nothing to compare"
    more_agents(page)
    alternative = page.document.scenario
    with qtbot.waitSignal(page.state.comparisonReady, timeout=120_000):
        assert page.start()
    wait_for_job(qtbot, page, 60_000)
    direct = compare_scenarios([baseline, alternative], replications=N, seed=SEED)
    shown = page.comparison
    assert shown.names[1] == f"{baseline.name} (2)"  # same name as the baseline: told apart
    for kpi in KPIS:
        assert repr(shown.values(kpi)) == repr(direct.values(kpi))  # NaN: a KPI without data
        (diff,) = direct.diff_vs_first(kpi)[1:]
        assert page.differences.difference_text(kpi) == diff_text(diff, kpi, "en")[0]
    # significant changes are marked: one more agent costs the same every replication
    marked = [k for k in KPIS if page.differences.difference_text(k).endswith("*")]
    assert "agent_hours" in marked
    assert marked == [k for k in KPIS if direct.diff_vs_first(k)[1].significant]
    assert diff_text(direct.diff_vs_first("agent_hours")[1], "agent_hours", "en")[2] == "worse"
    # the ROI panel: per day, per month and the payback with its CI
    (roi,) = roi_table(direct)
    assert page.roi.columnCount() == 3
    assert page.roi.payback() == page.roi.payback_text(roi)[0]
    assert page.roi.rowCount() == len(roi.per_day) + len(roi.quality) + 2
    assert "2 scenarios · seed 7 · replications: 2" in page.heading.text()
    assert CompareState.of(page.document).latest is shown
    assert multiprocessing.active_children() == []


def test_cancel_stops_the_comparison_and_keeps_the_window_usable(qtbot, page):
    more_agents(page)
    page.replications.setValue(40)
    page.job = None
    assert page.start()
    page.job.progress.connect(lambda _event: page.cancel())
    wait_for_job(qtbot, page, 120_000)
    assert page.status.text().startswith("Cancelled")
    assert page.run_button.isEnabled() and page.panel.isEnabled()
    assert page.comparison is None or page.comparison.replications < 40
    assert multiprocessing.active_children() == []


def test_an_alternative_loads_back_into_the_editor_and_undo_restores(page, baseline, tmp_path):
    doc = page.document
    faster = with_values(baseline, {"agents.count": baseline.agents.count + 2})
    path = tmp_path / "faster.yaml"
    from gui.scenario_edit import scenario_to_yaml

    path.write_text(scenario_to_yaml(faster), encoding="utf-8")
    candidate = page.panel.add_file(path)
    assert candidate is not None and candidate.source == str(path)
    page.panel.list.setCurrentRow(0)
    page.panel.load_button.click()
    assert doc.scenario == faster
    assert "Undo" in page.message_bar.label.text()
    doc.undo_stack.undo()
    assert doc.scenario == baseline


def test_a_bad_file_shows_its_one_line_error(page, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("agents: {count: 0}\n", encoding="utf-8")
    assert page.panel.add_file(bad) is None
    assert page.message_bar.kind == "error" and "bad.yaml" in page.message_bar.label.text()
    assert page.panel.add_file("no_such_shipped_scenario") is None
    assert page.panel.alternatives == []


def test_switching_language_relabels_the_page(qtbot, page):
    app = create_app()
    assert page.run_button.text() == "Compare"
    set_language(app, "zh")
    try:
        assert page.run_button.text() == "对比"
        assert page.tabs.tabText(2) == "投资回报"
        assert page.panel.baseline_box.title() == "基线"
    finally:
        set_language(app, "en")
    assert page.tabs.tabText(2) == "Return on investment"


def _store_with_sessions(path, trainee: str) -> None:
    from simulator.common.data import roleplay_dir
    from simulator.roleplay import Practice, ProgressStore, load_script, load_transcript

    transcripts = SCENARIOS.parent / "tests" / "roleplay" / "transcripts"
    with ProgressStore.open(path) as store:
        for script_id in ("late_delivery_angry", "wrong_size_exchange"):
            script = load_script(roleplay_dir() / f"{script_id}.yaml")
            practice = Practice(store, trainee, script, seed=1)
            for text, seconds in load_transcript(transcripts / f"{script_id}_good.yaml"):
                if practice.reply(text, seconds).finished:
                    break
            practice.finish()


def test_an_after_training_alternative_comes_from_the_trainer_store(page, tmp_path):
    db = tmp_path / "progress.db"
    _store_with_sessions(db, "小王")
    added = page.panel.add_trained("小王", 0.5, db)
    assert added is not None and "小王" in added.name
    levels = added.scenario.agents.proficiency
    assert "trained" in levels and levels["trained"].share == pytest.approx(0.5)
    assert page.panel.alternatives[-1] is added
    # good transcripts score above today's anchor, so trained agents reply faster
    assert levels["trained"].reply_time_factor < 1.0


def test_after_training_without_sessions_shows_one_line(page, tmp_path):
    shown = []
    page.panel.failed.connect(shown.append)
    before = list(page.panel.alternatives)
    assert page.panel.add_trained("nobody", 1.0, tmp_path / "empty.db") is None
    assert len(shown) == 1 and "\n" not in shown[0]
    assert page.panel.alternatives == before
