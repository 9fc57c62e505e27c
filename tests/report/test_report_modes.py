"""The report says which comparison mode its ROI used; equal service is the CLI's default
(issue 12, point 1); the staffing table shows the share of days met and why the current
schedule misses an hour (point 2)."""

from __future__ import annotations

import pytest

from simulator.cli.main import main
from simulator.common.data import traffic_dir
from simulator.experiments.compare import compare_scenarios
from simulator.experiments.equal_service import compare_equal_service
from simulator.experiments.staffing.planner import StaffingTargets
from simulator.report import Paragraph, Table, build_document
from simulator.report.words import w
from simulator.scenario.loader import load_scenario

TRAFFIC = traffic_dir()
TINY = ["arrivals.sessions_per_day=600"]
TARGETS = StaffingTargets(0.8, 30, 0.05, 0.8)


@pytest.fixture(scope="module")
def scenarios():
    return [
        load_scenario(TRAFFIC / "tmall_daily.yaml", TINY),
        load_scenario(TRAFFIC / "bot70_warm.yaml", TINY),
    ]


@pytest.fixture(scope="module")
def equal(scenarios):
    return compare_equal_service(
        scenarios, TARGETS, replications=2, seed=1, plan_replications=3, max_iterations=5
    )


def _section(doc, title_part: str):
    return next(s for s in doc.sections if title_part in s.title)


def _texts(section) -> list[str]:
    return [b.text for b in section.blocks if isinstance(b, Paragraph)]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_equal_service_report_says_so_and_lists_each_plan(equal, lang):
    doc = build_document(equal, equal.plans[0], lang=lang)
    roi = _section(doc, w("s_roi", lang))
    texts = _texts(roi)
    assert any(
        t.startswith(w("mode_equal", lang, sla=0.8, thr=30, ab=0.05, rel=0.8, preps=3)[:12])
        for t in texts
    )
    assert not any(t == w("mode_as_is", lang) for t in texts)
    plans = [b for b in roi.blocks if isinstance(b, Table)][0]
    assert [r[0].text for r in plans.rows] == equal.names
    assert [r[1].text for r in plans.rows] == [
        f"{p.agent_hours['simulated']:,}" for p in equal.plans
    ]
    summary = _texts(doc.sections[0])
    assert w("mode_summary", lang, mode=w("mode_short_equal", lang)) in summary


def test_as_is_report_says_so(scenarios):
    comparison = compare_scenarios(scenarios, replications=2, seed=1)
    doc = build_document(comparison, None, lang="en")
    texts = _texts(_section(doc, w("s_roi", "en")))
    assert w("mode_as_is", "en") in texts
    assert w("mode_summary", "en", mode=w("mode_short_as_is", "en")) in _texts(doc.sections[0])


def test_staffing_table_has_days_met_and_the_reason(equal):
    plan = equal.plans[0]
    doc = build_document(equal, plan, lang="en")
    section = _section(doc, w("s_staffing", "en", name=equal.names[0]))
    table = next(b for b in section.blocks if isinstance(b, Table))
    assert w("h_days_met", "en") in table.header and w("h_now_misses", "en") in table.header
    col = table.header.index(w("h_now_misses", "en"))
    for h, row in zip(plan.hours, table.rows, strict=False):
        expected = ", ".join(w("miss_" + m, "en") for m in h.current_misses)
        assert row[col].text == expected
    assert any(h.current_misses for h in plan.hours)


def test_cli_report_defaults_to_equal_service(tmp_path, capsys):
    html = tmp_path / "r.html"
    argv = ["report", "tmall_daily", "bot70_warm", "--html", str(html), "--lang", "en"]
    argv += ["-n", "2", "--staffing-replications", "2", "--max-iterations", "3"]
    for s in TINY:
        argv += ["--set", s]
    assert main(argv) == 0
    text = html.read_text(encoding="utf-8")
    assert "Comparison mode: equal service" in text
    assert "staffing 2 scenarios to the same targets" in capsys.readouterr().err
