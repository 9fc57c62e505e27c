"""The steppable simulation: stepping changes no figure, and snapshots tell the run as it goes."""

from __future__ import annotations

import dataclasses
import math
import pickle

import numpy as np
import pytest

from simulator.metrics.kpis import compute_kpis
from simulator.model import Simulation, Snapshot, simulate
from simulator.model.snapshot import HANDOFF_REASONS
from simulator.model.tallies import RunningPercentile
from simulator.scenario.loader import load_scenario
from simulator.scenario.schema import INTENTS
from tests.model.helpers import TRAFFIC

GROUPS = (
    "agents.groups={presale: {share: 0.5, intents: [presale]}, "
    "service: {share: 0.5, intents: [logistics, aftersale, complaint]}}"
)
# a plain day, and skill groups with a warm-up and patience short enough for a queue to form
CASES = {
    "tmall_daily": [],
    "skill_groups": [
        GROUPS,
        "horizon.warmup_hours=2",
        "agents.schedule=[2,2,1,1,1,1,2,3,4,5,6,6,6,6,6,6,6,6,6,7,7,7,6,4]",
        "customers.patience={dist: exponential, mean_s: 120}",
    ],
}


def _scenario(case: str):
    return load_scenario(TRAFFIC / "tmall_daily.yaml", CASES[case])


def _stepped(scenario, seed: int, step_s: float = 60.0):
    """Run stepping ``step_s`` at a time, with a snapshot after every step."""
    sim = Simulation(scenario, seed)
    snaps = []
    while not sim.done:
        sim.run_until(sim.now + step_s)
        snaps.append(sim.snapshot())
    return sim.finish(), snaps


def _assert_same_arrays(a, b) -> None:
    for f in dataclasses.fields(a):
        x, y = getattr(a, f.name), getattr(b, f.name)
        if isinstance(x, np.ndarray):
            assert x.dtype == y.dtype, f.name
            assert np.array_equal(x, y, equal_nan=x.dtype.kind == "f"), f.name
        else:
            assert x == y, f.name


@pytest.fixture(scope="module", params=list(CASES))
def stepped_run(request):
    scenario = _scenario(request.param)
    result, snaps = _stepped(scenario, seed=11)
    return scenario, result, snaps


def test_stepping_every_minute_gives_the_same_result_bit_for_bit(stepped_run):
    scenario, stepped, _ = stepped_run
    whole = simulate(scenario, 11)
    _assert_same_arrays(whole.sessions, stepped.sessions)
    _assert_same_arrays(whole.hourly, stepped.hourly)
    assert whole.agent_busy_s == stepped.agent_busy_s
    assert (whole.seed, whole.replication, whole.warmup_s, whole.horizon_s) == (
        stepped.seed,
        stepped.replication,
        stepped.warmup_s,
        stepped.horizon_s,
    )


def test_snapshots_add_up_as_the_run_goes(stepped_run):
    scenario, result, snaps = stepped_run
    assert len(snaps) == int(result.horizon_s / 60) + 6 * 60  # horizon plus 6 drain hours
    groups = tuple(scenario.agents.groups) or ("all",)
    before = None
    for snap in snaps:
        assert snap.arrivals == sum(snap.arrivals_by_hour)
        hours = min(int(snap.clock_s // 3600) + 1, result.hourly.arrivals.size)
        assert len(snap.arrivals_by_hour) == hours
        assert snap.handed_off == sum(snap.handed_off_by_reason.values())
        assert tuple(snap.handed_off_by_reason) == HANDOFF_REASONS
        assert tuple(snap.queue_by_group) == groups
        # every session that has arrived is in exactly one place
        assert snap.arrivals == snap.with_bot + snap.bot_resolved + snap.bot_left + snap.handed_off
        human_resolved = snap.resolved - snap.bot_resolved
        over = human_resolved + snap.abandoned + snap.human_unresolved
        assert snap.handed_off == snap.in_service + over
        waiting = sum(snap.queue_by_group.values())
        assert waiting + sum(snap.chats_per_agent) <= snap.in_service
        assert len(snap.chats_per_agent) == snap.agents_on_duty
        assert snap.chat_slots == snap.agents_on_duty * scenario.agents.concurrency
        assert all(0 <= c <= scenario.agents.concurrency for c in snap.chats_per_agent)
        counts = [v for v in vars(snap).values() if isinstance(v, int)]
        assert min(counts) >= 0 and min(snap.queue_by_group.values()) >= 0
        assert snap.agents_typing <= snap.agents_on_duty + snap.in_service
        for share in (snap.frt_sla, snap.abandon_rate, snap.bot_resolved_share, snap.occupancy):
            assert math.isnan(share) or 0.0 <= share <= 1.0
        if before is not None:
            assert snap.clock_s == before.clock_s + 60.0
            for name in ("arrivals", "bot_resolved", "handed_off", "resolved", "abandoned"):
                assert getattr(snap, name) >= getattr(before, name), name
            passed = len(before.arrivals_by_hour) - 1  # whole hours passed never change
            assert snap.arrivals_by_hour[:passed] == before.arrivals_by_hour[:passed]
        before = snap
    assert max(s.agents_typing for s in snaps) > 0
    if scenario.agents.groups:  # the short-staffed case: customers queue, and some give up
        assert max(sum(s.queue_by_group.values()) for s in snaps) > 0
        assert snaps[-1].abandoned > 0


def test_the_last_snapshot_matches_the_result(stepped_run):
    scenario, result, snaps = stepped_run
    last, log = snaps[-1], result.sessions
    assert last.clock_s == result.horizon_s + 6 * 3600
    assert last.arrivals == len(log)
    assert last.with_bot == 0
    assert last.bot_resolved == log.bot_resolved.sum()
    assert last.bot_left == log.bot_left.sum()
    assert last.handed_off == log.handed_off.sum()
    for code, name in enumerate(HANDOFF_REASONS, start=1):
        assert last.handed_off_by_reason[name] == (log.handed_off & (log.reason == code)).sum()
    assert last.resolved == log.resolved.sum()
    assert last.abandoned == log.abandoned.sum()
    assert last.ordered == log.converted.sum()
    assert last.in_service == log.censored.sum()
    assert list(last.arrivals_by_hour) == result.hourly.arrivals.astype(int).tolist()
    kpis = compute_kpis(result, scenario)
    for snap_name, kpi_name in [
        ("frt_p90_s", "frt_p90_s"),
        ("frt_sla", "frt_sla"),  # abandoners count as misses
        ("abandon_rate", "abandon_rate"),
        ("bot_resolved_share", "bot_resolved_share"),
        ("occupancy", "agent_occupancy"),
        ("conversion_rate", "conversion_rate"),
    ]:
        assert getattr(last, snap_name) == pytest.approx(kpis[kpi_name], rel=1e-9), snap_name


def _recount(log, warmup_s: float, frt_threshold_s: float, hours: int, t: float) -> dict:
    """What a snapshot at clock ``t`` must say, counted afresh from the finished run's log: an
    event at ``t`` itself belongs to the next step."""
    arrived = log.arrival_s < t
    ended = log.end_s < t  # NaN (still open at the end) compares false
    handed = log.handed_off & (log.handoff_s < t)
    late = log.arrival_s >= warmup_s
    human_ended = log.handed_off & ended
    frts = log.frt_s[human_ended & late & ~np.isnan(log.frt_s)]
    gone = log.abandoned & human_ended & late  # FRT SLA misses
    presale = log.intent == INTENTS.index("presale")
    hour = np.minimum(log.arrival_s[arrived] // 3600, hours - 1).astype(int)  # the last: drain
    hours = min(int(t // 3600) + 1, hours)
    return {
        "arrivals": int(arrived.sum()),
        "bot_resolved": int((log.bot_resolved & ended).sum()),
        "bot_left": int((log.bot_left & ended).sum()),
        "handed_off": int(handed.sum()),
        "handed_off_by_reason": {
            name: int((handed & (log.reason == code)).sum())
            for code, name in enumerate(HANDOFF_REASONS, start=1)
        },
        "resolved": int((log.resolved & ended).sum()),
        "abandoned": int((log.abandoned & ended).sum()),
        "ordered": int((log.converted & ended).sum()),
        "in_service": int(handed.sum() - human_ended.sum()),
        "arrivals_by_hour": tuple(np.bincount(hour, minlength=hours).tolist()),
        "frt_p90_s": float(np.percentile(frts, 90)) if frts.size else math.nan,
        "frt_sla": _share(
            np.concatenate([frts <= frt_threshold_s, np.zeros(gone.sum(), bool)]),
            np.ones(frts.size + gone.sum(), bool),
        ),
        "abandon_rate": _share(log.abandoned & human_ended & late, human_ended & late),
        "bot_resolved_share": _share(log.bot_resolved & ended & late, arrived & late),
        "conversion_rate": _share(log.converted & ended & late & presale, ended & late & presale),
    }


def _share(num: np.ndarray, den: np.ndarray) -> float:
    return float(num.sum() / den.sum()) if den.any() else math.nan


def test_every_snapshot_matches_a_recount_of_the_finished_log(stepped_run):
    """The running counters (cursors, running totals, percentile heaps) tell, at every step,
    what the session log of the finished run says about the sessions before that moment."""
    scenario, result, snaps = stepped_run
    log = result.sessions
    warmup_s = scenario.horizon.warmup_hours * 3600.0
    for snap in snaps[::7]:  # 7 minutes apart: every hour boundary and minute of the hour mixed
        hours = result.hourly.arrivals.size
        want = _recount(log, warmup_s, float(scenario.kpi.frt_threshold_s), hours, snap.clock_s)
        for name, value in want.items():
            got = getattr(snap, name)
            if isinstance(value, float):
                assert got == pytest.approx(value, rel=1e-12, nan_ok=True), (snap.clock_s, name)
            else:
                assert got == value, (snap.clock_s, name)


def test_snapshots_after_long_steps_match_a_recount():
    """Hours between snapshots (as in the workbench's live view): the chats that ended in
    between are counted in bulk, and still tell what the finished log says."""
    scenario = _scenario("skill_groups")
    result, snaps = _stepped(scenario, seed=4, step_s=7200.0)
    warmup_s = scenario.horizon.warmup_hours * 3600.0
    hours = result.hourly.arrivals.size
    for snap in snaps:
        want = _recount(
            result.sessions, warmup_s, float(scenario.kpi.frt_threshold_s), hours, snap.clock_s
        )
        for name, value in want.items():
            got = getattr(snap, name)
            if isinstance(value, float):
                assert got == pytest.approx(value, rel=1e-12, nan_ok=True), (snap.clock_s, name)
            else:
                assert got == value, (snap.clock_s, name)


@pytest.mark.parametrize("name", ["tmall_daily", "tmall_proactive"])
def test_chats_counted_in_arrays_or_one_by_one_give_the_same_snapshots(monkeypatch, name):
    """Many chats at once are counted in numpy, a few one by one: the two give equal
    snapshots (invited chats, with their own lift, included)."""
    from simulator.model import ended_chats

    scenario = load_scenario(TRAFFIC / f"{name}.yaml")
    runs = []
    for at_least in (10**9, 1):  # always one by one, always in arrays
        monkeypatch.setattr(ended_chats, "VECTOR_MIN", at_least)
        runs.append(_stepped(scenario, seed=5, step_s=1800.0)[1])
    assert runs[0] == runs[1]
    assert runs[0][-1].ordered > 0


def test_a_first_snapshot_late_in_the_run_sees_what_happened_before():
    scenario = _scenario("skill_groups")
    watched = Simulation(scenario, 3)
    while watched.now < 14 * 3600:
        watched.run_until(watched.now + 600)
        watched.snapshot()
    late = Simulation(scenario, 3)
    late.run_until(14 * 3600)
    a, b = watched.snapshot(), late.snapshot()
    for f in dataclasses.fields(Snapshot):
        x, y = getattr(a, f.name), getattr(b, f.name)
        if isinstance(x, float):
            assert x == pytest.approx(y, rel=1e-9, nan_ok=True), f.name
        else:
            assert x == y, f.name


def test_run_until_clamps_to_the_end_and_never_goes_back():
    scenario = load_scenario(TRAFFIC / "mmc_reference.yaml", ["horizon.days=1"])
    sim = Simulation(scenario, 1)
    assert (sim.now, sim.done) == (0.0, False)
    assert sim.snapshot().arrivals == 0
    sim.run_until(3600.0)
    sim.run_until(1800.0)  # the past: nothing happens
    assert sim.now == 3600.0
    with pytest.raises(ValueError, match="NaN"):
        sim.run_until(math.nan)
    sim.run_until(1e12)
    assert sim.done and sim.now == sim.end_s == scenario.horizon_s + 6 * 3600
    result = sim.finish()
    assert sim.finish() is result
    assert sim.snapshot().arrivals == len(result.sessions)


def test_snapshot_is_a_plain_picklable_record(stepped_run):
    snap = stepped_run[2][600]
    assert set(vars(snap)) == {f.name for f in dataclasses.fields(Snapshot)}
    assert pickle.loads(pickle.dumps(snap)) == snap
    assert dataclasses.replace(snap) == snap
    with pytest.raises(dataclasses.FrozenInstanceError):
        snap.arrivals = 0  # type: ignore[misc]


def test_running_percentile_is_numpy_percentile():
    rng = np.random.default_rng(5)
    values = rng.exponential(30.0, 500)
    values[::7] = 12.5  # ties
    p = RunningPercentile(90)
    assert math.isnan(p.value())
    for n, x in enumerate(values, start=1):
        p.add(float(x))
        assert p.value() == np.percentile(values[:n], 90)


@pytest.mark.parametrize("name", ["tmall_daily", "tmall_double11", "baseline_no_bot"])
def test_bot_conversion_shortcut_is_conversion_probability(name):
    """The snapshot's per-intent chances of an order after the bot are exactly what
    ``conversion_probability`` gives with no human reply and no wait."""
    from simulator.model.batch_lines import bot_conversion
    from simulator.model.outcomes import conversion_probability
    from simulator.scenario.schema import INTENTS

    s = load_scenario(name)
    intent = np.repeat(np.arange(len(INTENTS)), 2)
    resolved = np.tile([True, False], len(INTENTS))
    n = intent.size
    want = conversion_probability(s, intent, resolved, np.zeros(n, bool), np.full(n, np.nan))
    if_resolved, if_not = bot_conversion(s)
    got = np.where(resolved, if_resolved[intent], if_not[intent])
    assert got.tolist() == want.tolist()
