"""Model behaviour: reproducibility, common random numbers, handoff rules, bot path, FCR."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from simulator.metrics.kpis import compute_kpis
from simulator.model import simulate
from simulator.model.plan import REASONS
from simulator.model.records import SessionLog
from simulator.scenario.loader import load_scenario
from tests.model.helpers import MMC, TRAFFIC

# A bot that never helps, a customer who never gives up on it, no rule switched on: each
# test below switches on exactly one rule.
QUIET_BOT = [
    "bot.enabled=true",
    "bot.answer_quality={presale: 0}",
    "handoff.max_failed_answers=50",
    "handoff.on_negative_emotion=null",
    "handoff.on_request=false",
    "customers.bot_tolerance={dist: constant, value: 60}",
    "horizon.days=1",
    "horizon.warmup_hours=0",
    "arrivals.rate_per_hour=60",
    "agents.count=30",
]


def _run(extra, seed=1):
    scenario = load_scenario(MMC, QUIET_BOT + list(extra))
    return simulate(scenario, seed).sessions, scenario


def _reasons(log: SessionLog) -> set[str]:
    return {REASONS[r] for r in log.reason[log.handed_off]}


def _fields_equal(a: SessionLog, b: SessionLog) -> bool:
    for f in dataclasses.fields(a):
        x, y = getattr(a, f.name), getattr(b, f.name)
        if isinstance(x, np.ndarray):
            if not np.array_equal(x, y, equal_nan=x.dtype.kind == "f"):
                return False
        elif x != y:
            return False
    return True


def test_same_seed_same_result_bit_for_bit():
    s = load_scenario(TRAFFIC / "tmall_daily.yaml")
    a, b = simulate(s, 7), simulate(s, 7)
    assert _fields_equal(a.sessions, b.sessions)
    assert np.array_equal(a.hourly.queue_length, b.hourly.queue_length)
    c = simulate(s, 8)
    assert not _fields_equal(a.sessions, c.sessions)


def test_common_random_numbers_share_arrivals_across_policies():
    base = load_scenario(TRAFFIC / "tmall_daily.yaml")
    other = load_scenario(TRAFFIC / "bot70_cold.yaml")
    a, b = simulate(base, 3).sessions, simulate(other, 3).sessions
    fa, fb = ~a.is_recontact, ~b.is_recontact
    assert np.array_equal(a.arrival_s[fa], b.arrival_s[fb])
    assert np.array_equal(a.intent[fa], b.intent[fb])


def test_keyword_rule_alone():
    log, _ = _run(["intents.presale.sensitive_words={退款: 0.3}"])
    assert _reasons(log) == {"keyword"}
    # the keyword comes with probability 0.3 per message: failed answers before it ~ Geometric
    mean_failed = log.bot_failed.mean()
    se = np.sqrt(0.7 / 0.3**2 / len(log))
    assert abs(mean_failed - 0.7 / 0.3) < 4 * se
    # not on the handoff list: the word no longer hands off
    log, _ = _run(["intents.presale.sensitive_words={退款: 0.3}", "handoff.keywords=[投诉]"])
    assert _reasons(log) == {"failed_answers"}


def test_request_rule_alone():
    req = "intents.presale.request_human={at_start: 0.2, after_failure: 0.4}"
    log, _ = _run([req, "handoff.on_request=true"])
    assert _reasons(log) == {"request"}
    log, _ = _run([req])  # requests not honoured
    assert _reasons(log) == {"failed_answers"}


def test_failed_answers_rule_alone():
    log, _ = _run(["handoff.max_failed_answers=3"])
    assert _reasons(log) == {"failed_answers"}
    assert (log.bot_failed == 3).all() and log.handed_off.all()


def test_emotion_rule_alone():
    emo = [
        "intents.presale.anger={dist: constant, value: 50}",
        "handoff.anger_per_failed_answer=20",
    ]
    log, _ = _run(emo + ["handoff.on_negative_emotion=80"])
    assert _reasons(log) == {"emotion"}
    assert (log.bot_failed == 2).all()  # 50 -> 70 -> 90: handed off at the third message
    log, _ = _run(emo)
    assert _reasons(log) == {"failed_answers"}


def test_late_handoff_loses_customers_to_the_bot():
    tol = "customers.bot_tolerance={dist: constant, value: 2}"
    log, _ = _run([tol, "handoff.max_failed_answers=5"])
    assert log.bot_left.all() and not log.handed_off.any() and not log.resolved.any()
    log, _ = _run([tol, "handoff.max_failed_answers=2"])
    assert log.handed_off.all() and not log.bot_left.any()


def test_bot_path_never_queues():
    log, s = _run(["bot.answer_quality={presale: 1.0}", "agents.count=0"])
    assert log.bot_resolved.all()
    assert np.isnan(log.queue_wait_s).all() and (log.agent_id == -1).all()
    assert not log.queued.any() and log.resolved.all()
    # in a mixed shop, bot-resolved chats are never assigned to an agent
    mixed = simulate(load_scenario(TRAFFIC / "tmall_daily.yaml"), 2).sessions
    b = mixed.bot_resolved
    assert b.any() and (mixed.agent_id[b] == -1).all() and np.isnan(mixed.queue_wait_s[b]).all()


def _with_contacts(gaps_h):
    s = load_scenario(
        MMC, ["horizon.days=1", "horizon.warmup_hours=0", "arrivals.rate_per_hour=20"]
    )
    res = simulate(s, 0)
    log = res.sessions.select(np.arange(len(res.sessions)) < len(gaps_h))
    nxt = log.arrival_s + np.array([np.nan if g is None else g * 3600.0 for g in gaps_h])
    log = dataclasses.replace(log, next_contact_s=nxt)
    return compute_kpis(dataclasses.replace(res, sessions=log), s)


def test_fcr_counts_a_recontact_inside_72h_and_not_after():
    assert _with_contacts([71.0, None, None, None])["fcr_3day"] == pytest.approx(0.75)
    assert _with_contacts([73.0, None, None, None])["fcr_3day"] == pytest.approx(1.0)
    assert _with_contacts([1.0, 71.9, 72.1, None])["fcr_3day"] == pytest.approx(0.5)


@pytest.mark.parametrize("delay_h,fcr", [(30.0, 0.0), (80.0, 1.0)])
def test_fcr_sees_recontacts_beyond_the_horizon(delay_h, fcr):
    """A 1-day run: re-contacts fall after the horizon (censored), yet still count for FCR."""
    rc = f"{{if_resolved: 1.0, if_unresolved: 1.0, delay: {{dist: constant, value: {delay_h * 3600}}}}}"
    s = load_scenario(
        MMC, ["horizon.days=1", "horizon.warmup_hours=0", f"intents.presale.recontact={rc}"]
    )
    res = simulate(s, 4)
    assert not res.sessions.is_recontact.any()
    assert compute_kpis(res, s)["fcr_3day"] == pytest.approx(fcr)


def test_recontacts_arrive_as_new_sessions_of_the_same_customer():
    rc = "{if_resolved: 1.0, if_unresolved: 1.0, delay: {dist: constant, value: 3600}}"
    s = load_scenario(
        MMC,
        [
            "horizon.days=1",
            "horizon.warmup_hours=0",
            f"intents.presale.recontact={rc}",
            "arrivals.rate_per_hour=30",
        ],
    )
    log = simulate(s, 4).sessions
    back = log.is_recontact
    assert back.any()
    first_arrival = {
        c: t for c, t, r in zip(log.customer_id, log.arrival_s, back, strict=False) if not r
    }
    for c, t in zip(log.customer_id[back], log.arrival_s[back], strict=False):
        assert c in first_arrival and t > first_arrival[c] + 3600


GROUPS = (
    "agents.groups={presale: {share: 0.5, intents: [presale]}, "
    "service: {share: 0.5, intents: [logistics, aftersale, complaint]}}"
)


def test_skill_groups_route_each_intent_to_its_own_team():
    s = load_scenario(TRAFFIC / "tmall_daily.yaml", [GROUPS])
    log = simulate(s, 5).sessions
    served = log.agent_id >= 0
    team = log.agent_id[served] // 100_000  # agent ids are offset per group
    presale = log.intent[served] == 0
    assert set(team[presale]) == {0} and set(team[~presale]) == {1}
    assert s.agents.group_headcounts(7) == [4, 3] and sum(s.agents.group_headcounts(16)) == 16


def test_skill_groups_must_cover_every_intent_once():
    bad = "agents.groups={a: {share: 1.0, intents: [presale, presale]}}"
    with pytest.raises(Exception, match="unserved: logistics.*served twice: presale"):
        load_scenario(TRAFFIC / "tmall_daily.yaml", [bad])
