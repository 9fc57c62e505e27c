"""Compare and ROI: paired differences, common random numbers, ROI arithmetic, the CLI."""

from __future__ import annotations

import json
import math
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from simulator.cli.main import main
from simulator.common.data import traffic_dir
from simulator.experiments.compare import Comparison, compare_scenarios, paired_difference
from simulator.experiments.replications import Replication, Replications
from simulator.experiments.roi import DAYS_PER_MONTH, PER_DAY_ITEMS, QUALITY_ITEMS, roi_table
from simulator.metrics.kpis import KPI_NAMES
from simulator.metrics.stats import t975
from simulator.scenario.loader import load_scenario
from simulator.scenario.schema import Scenario

TRAFFIC = traffic_dir()

# ---------------------------------------------------------------- paired_difference


def test_paired_difference_matches_a_hand_calculation():
    a = [10.0, 12.0, 11.0, 13.0]
    b = [11.0, 14.0, 12.0, 15.0]  # differences 1, 2, 1, 2
    d = paired_difference(a, b)
    sd = math.sqrt(((1 - 1.5) ** 2 * 2 + (2 - 1.5) ** 2 * 2) / 3)  # 0.57735
    half = 3.1824 * sd / 2  # t(0.975, 3) * sd / sqrt(4)
    assert d.n == 4
    assert d.mean == pytest.approx(1.5)
    assert d.se == pytest.approx(sd / 2)
    assert d.ci95 == pytest.approx((1.5 - half, 1.5 + half))  # [0.5813, 2.4187]
    assert d.significant  # CI excludes 0
    # the same numbers the other way round: a significant decrease
    back = paired_difference(b, a)
    assert back.mean == pytest.approx(-1.5) and back.hi < 0 and back.significant


def test_paired_difference_not_significant_when_the_ci_straddles_zero():
    d = paired_difference([5.0, 5.0, 5.0], [6.0, 4.0, 5.5])  # differences 1, -1, 0.5
    assert d.mean == pytest.approx(0.5 / 3)
    assert d.lo < 0 < d.hi
    assert not d.significant


def test_paired_difference_drops_pairs_with_nan_and_checks_lengths():
    d = paired_difference([1.0, math.nan, 3.0, 4.0], [2.0, 5.0, 4.5, 5.0])
    assert d.n == 3 and d.mean == pytest.approx((1 + 1.5 + 1) / 3)
    single = paired_difference([1.0], [3.0])
    assert single.mean == 2.0 and math.isnan(single.lo) and not single.significant
    with pytest.raises(ValueError, match="equal lengths"):
        paired_difference([1.0, 2.0], [1.0])


# ---------------------------------------------------------------- common random numbers


def _welch_halfwidth(se_a: float, se_b: float, n: int) -> float:
    """Half-width of the unpaired 95% CI of a difference (Welch-Satterthwaite df)."""
    se = math.hypot(se_a, se_b)
    df = se**4 / (se_a**4 / (n - 1) + se_b**4 / (n - 1))
    return t975(max(1, math.floor(df))) * se


def test_common_random_numbers_make_the_paired_ci_narrower_than_the_unpaired_one():
    """tmall_daily (45% bot) vs bot70_warm (70% bot), 6 replications, seed 0.

    Why it must hold: Var(B - A) = Var A + Var B - 2 Cov(A, B). Replication r of both scenarios
    draws the same arrivals, customers and work times (SeedSequence(seed, spawn_key=(r,)) per
    random source), so a busy replication is busy in both and Cov(A, B) > 0: the paired CI only
    carries the noise where the scenarios differ. The Welch CI assumes Cov = 0. It also uses at
    least as many degrees of freedom as the paired one (n - 1 = 5), so comparing widths is
    conservative. Sessions share the day-to-day Poisson noise of the arrivals almost entirely
    (paired widths 0.06-0.15 of the unpaired ones over seeds 0-3). Revenue, profit and cost
    share less since a human lifts pre-sale conversion (the bot path and the human path order at
    different rates, so who the bot resolves matters) and more customers come back after a
    resolved chat (0.12-0.71 and 0.36-0.66); CSAT depends more on what the bot changes, so it
    gets the weakest check. FRT is left out of the width check: once the first human reply is
    short, FRT is driven by which chats the bot hands over, its correlation across the two
    scenarios is weak (though positive, checked), and with few replications the paired
    t-interval's fewer degrees of freedom can make it the wider one (ratio 1.07 on seed 0).
    """
    scenarios = [
        load_scenario(TRAFFIC / "tmall_daily.yaml"),
        load_scenario(TRAFFIC / "bot70_warm.yaml"),
    ]
    n = 6
    comparison = compare_scenarios(scenarios, replications=n, seed=0)
    ratios = {}
    for kpi in ("sessions", "revenue", "profit", "cost_total", "csat_mean", "frt_mean_s"):
        est_a, est_b = comparison.per_scenario(kpi)
        diff = comparison.diff_vs_first(kpi)[1]
        assert diff.n == n
        values_a, values_b = comparison.values(kpi)
        assert np.corrcoef(values_a, values_b)[0, 1] > 0, kpi  # the mechanism: positive Cov
        paired = (diff.hi - diff.lo) / 2
        ratios[kpi] = paired / _welch_halfwidth(est_a.se, est_b.se, n)
    assert ratios["sessions"] < 0.5, ratios
    for kpi in ("revenue", "profit", "cost_total"):
        assert ratios[kpi] < 0.8, (kpi, ratios)
    assert ratios["csat_mean"] < 1.0, ratios


def test_compare_with_an_executor_gives_the_serial_numbers_and_reports_progress():
    base = ["arrivals.rate_per_hour=60", "horizon.days=1", "horizon.warmup_hours=1"]
    mmc = TRAFFIC / "mmc_reference.yaml"
    scenarios = [load_scenario(mmc, [*base, f"agents.count={k}"]) for k in (2, 3)]
    calls: list[tuple[int, int]] = []
    serial = compare_scenarios(
        scenarios, replications=2, seed=7, progress=lambda e: calls.append((e.done, e.total))
    )
    with ThreadPoolExecutor(max_workers=2) as pool:
        pooled = compare_scenarios(scenarios, replications=2, seed=7, executor=pool)
    assert calls == [(k, 4) for k in range(1, 5)]
    assert [[r.kpis for r in reps.runs] for reps in serial.runs] == [
        [r.kpis for r in reps.runs] for reps in pooled.runs
    ]
    assert [r.replication for r in serial.runs[1].runs] == [0, 1]
    assert serial.names == ["M/M/c reference"] * 2 and serial.sources == ["", ""]


# ---------------------------------------------------------------- ROI on known numbers


def _scenario(days: int, warmup_hours: float, one_off: float) -> Scenario:
    data = load_scenario(TRAFFIC / "mmc_reference.yaml").model_dump()
    data["horizon"] = {"days": days, "warmup_hours": warmup_hours}
    data["economics"].update(agent_cost_per_hour=35.0, margin=0.3, one_off_cost=one_off)
    return Scenario.model_validate(data)


def _reps(scenario: Scenario, rows: list[dict[str, float]]) -> Replications:
    econ = scenario.economics
    runs = []
    for r, row in enumerate(rows):
        cost = row["agent_hours"] * econ.agent_cost_per_hour + row["bot_fees"]
        kpis = {k: math.nan for k in KPI_NAMES}
        kpis.update(
            agent_hours=row["agent_hours"],
            cost_total=cost,
            revenue=row["revenue"],
            orders=row["revenue"] / 100,
            profit=row["revenue"] * econ.margin - cost,
            csat_mean=row["csat"],
            fcr_3day=0.9,
            conversion_rate=0.4,
        )
        runs.append(Replication(r, 0, kpis))
    return Replications(scenario, 0, runs)


def _hand_comparison() -> Comparison:
    """Baseline A over 2 days; B over 2 days with a 12 h warm-up (1.5 effective days)."""
    a = _scenario(2, 0, one_off=999.0)  # the baseline's one-off cost is sunk: not used
    b = _scenario(2, 12, one_off=3000.0)
    c = _scenario(2, 0, one_off=500.0)
    runs_a = _reps(
        a,
        [
            {"agent_hours": 200, "bot_fees": 0, "revenue": 20000, "csat": 4.0},
            {"agent_hours": 200, "bot_fees": 0, "revenue": 22000, "csat": 4.1},
            {"agent_hours": 200, "bot_fees": 0, "revenue": 21000, "csat": 4.2},
        ],
    )
    runs_b = _reps(  # per day: 80 agent hours, bot fees 20/22/24, revenue +200 vs A
        b,
        [
            {"agent_hours": 120, "bot_fees": 30, "revenue": 15300, "csat": 4.3},
            {"agent_hours": 120, "bot_fees": 33, "revenue": 16800, "csat": 4.3},
            {"agent_hours": 120, "bot_fees": 36, "revenue": 16050, "csat": 4.6},
        ],
    )
    runs_c = _reps(  # same agents, revenue -1000 a day: loses money
        c,
        [
            {"agent_hours": 200, "bot_fees": 0, "revenue": 18000, "csat": 4.0},
            {"agent_hours": 200, "bot_fees": 0, "revenue": 20000, "csat": 4.1},
            {"agent_hours": 200, "bot_fees": 0, "revenue": 19000, "csat": 4.2},
        ],
    )
    return Comparison(["A", "B", "C"], ["", "", ""], [a, b, c], 0, 3, [runs_a, runs_b, runs_c])


def test_roi_per_day_per_month_and_payback_on_known_numbers():
    row_b, row_c = roi_table(_hand_comparison())
    assert (row_b.baseline, row_b.alternative) == ("A", "B")
    day = row_b.per_day
    assert day["agent_hours"].mean == pytest.approx(-20)  # 120/1.5 - 200/2
    assert day["agent_cost"].mean == pytest.approx(-700)
    half = 4.3027 * 2 / math.sqrt(3)  # t(0.975, 2) * sd(20, 22, 24) / sqrt(3)
    assert day["bot_fees"].mean == pytest.approx(22)
    assert day["bot_fees"].ci95 == pytest.approx((22 - half, 22 + half), rel=1e-4)
    assert day["cost"].mean == pytest.approx(-678)
    assert day["revenue"].mean == pytest.approx(200)
    assert day["gross_margin"].mean == pytest.approx(60)
    assert day["profit"].mean == pytest.approx(738)  # 60 + 700 - 22
    assert day["profit"].ci95 == pytest.approx((738 - half, 738 + half), rel=1e-4)
    assert row_b.per_month["profit"].mean == pytest.approx(738 * DAYS_PER_MONTH)
    assert row_b.per_month["profit"].ci95 == pytest.approx(
        ((738 - half) * 30, (738 + half) * 30), rel=1e-4
    )
    assert row_b.quality["csat_mean"].mean == pytest.approx(0.3)  # diffs .3, .2, .4
    assert row_b.quality["fcr_3day"].mean == pytest.approx(0.0)
    assert row_b.one_off_cost == 3000
    assert row_b.payback_days == pytest.approx(3000 / 738)
    assert row_b.payback_ci95 == pytest.approx((3000 / (738 + half), 3000 / (738 - half)), rel=1e-4)
    out = row_b.to_dict()
    assert set(out["per_day"]) == set(PER_DAY_ITEMS) and set(out["quality"]) == set(QUALITY_ITEMS)
    assert out["payback_days"] == pytest.approx(4.065, abs=1e-3)


def test_roi_payback_is_never_when_profit_does_not_grow():
    row_c = roi_table(_hand_comparison())[1]
    assert row_c.per_day["profit"].mean == pytest.approx(-300)  # revenue -1000 a day x 30%
    assert row_c.per_day["profit"].significant
    assert not row_c.pays_back and math.isinf(row_c.payback_days)
    out = row_c.to_dict()
    assert out["payback_days"] == "never"
    assert out["payback_ci95"] == ["never", "never"]


# ---------------------------------------------------------------- CLI


def _mmc_pair(tmp_path):
    """The M/M/c reference with 6 and 8 agents (at 5 Erlangs after the --set below)."""
    text = (TRAFFIC / "mmc_reference.yaml").read_text(encoding="utf-8")
    assert "\n  count: 11\n" in text
    paths = []
    for agents in (6, 8):
        path = tmp_path / f"mmc_{agents}.yaml"
        path.write_text(
            text.replace("\n  count: 11\n", f"\n  count: {agents}\n").replace(
                "name: M/M/c reference", f"name: M/M/c {agents} agents"
            ),
            encoding="utf-8",
        )
        paths.append(str(path))
    return paths


SMALL = ["--set", "arrivals.rate_per_hour=180", "--set", "horizon.warmup_hours=1", "--days", "1"]


def test_cli_compare_prints_marks_and_writes_the_issue_json_shape(tmp_path, capsys):
    out_json = tmp_path / "cmp.json"
    status = main(["compare", *_mmc_pair(tmp_path), "-n", "3", *SMALL, "--json", str(out_json)])
    assert status == 0
    stdout = capsys.readouterr().out
    doc = json.loads(out_json.read_text(encoding="utf-8"))
    assert set(doc) == {"scenarios", "seed", "replications", "kpis", "roi"}
    assert [s["name"] for s in doc["scenarios"]] == ["M/M/c 6 agents", "M/M/c 8 agents"]
    assert doc["seed"] == 0 and doc["replications"] == 3
    assert list(doc["kpis"]) == list(KPI_NAMES)
    for entry in doc["kpis"].values():
        assert set(entry) == {"per_scenario", "diff_vs_first"}
        assert len(entry["per_scenario"]) == 2
        assert all(set(e) == {"mean", "ci95"} for e in entry["per_scenario"])
        assert entry["diff_vs_first"][0] is None
        assert set(entry["diff_vs_first"][1]) == {"mean", "ci95", "significant"}
    # 6 vs 8 agents at 5 Erlangs: the queue all but vanishes
    wait = doc["kpis"]["queue_wait_mean_s"]["diff_vs_first"][1]
    assert wait["significant"] and wait["ci95"][1] < 0
    # same arrivals, no bot, no re-contacts: session counts are identical in every replication
    sessions = doc["kpis"]["sessions"]["diff_vs_first"][1]
    assert sessions["mean"] == 0 and not sessions["significant"]
    [roi] = doc["roi"]
    assert roi["per_day"]["agent_hours"]["mean"] == pytest.approx(2 * 23 / (1 - 1 / 24))
    assert roi["payback_days"] == "never"  # two more agents, same orders: only costs
    # the printed table marks the significant difference, not the identical one
    rows = stdout.splitlines()
    wait_b = rows[rows.index(next(r for r in rows if r.startswith("queue_wait_mean_s"))) + 1]
    assert wait_b.split()[0] == "B" and " * " in wait_b
    sessions_b = rows[rows.index(next(r for r in rows if r.startswith("sessions "))) + 1]
    assert "*" not in sessions_b
    assert "payback: never" in stdout
    assert max(len(r) for r in rows) <= 120


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["compare", "missing.yaml", str(TRAFFIC / "tmall_daily.yaml")], "missing.yaml"),
        (["compare", str(TRAFFIC / "tmall_daily.yaml")], "at least 2 scenario files"),
        (
            [
                "compare",
                str(TRAFFIC / "tmall_daily.yaml"),
                str(TRAFFIC / "bot70_warm.yaml"),
                "--set",
                "agents.concurrency=0",
            ],
            "agents.concurrency",
        ),
        (
            [
                "compare",
                str(TRAFFIC / "tmall_daily.yaml"),
                str(TRAFFIC / "bot70_warm.yaml"),
                "--set",
                "nonsense",
            ],
            "PATH=VALUE",
        ),
    ],
)
def test_cli_compare_bad_input_is_one_line_and_exit_2(argv, message, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert err.startswith("kefulab: error:") and message in err
