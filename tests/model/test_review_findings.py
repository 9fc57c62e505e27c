"""Regressions found by a review of the traffic simulator.

Each test failed before its fix (they were written first, as strict xfails) and now guards
against the bug coming back. Scenarios are tiny (one day, low rates) so each runs in < 2 s.
"""

from __future__ import annotations

import numpy as np
import pytest

from simulator.common.errors import ScenarioError
from simulator.metrics.kpis import compute_kpis
from simulator.model import simulate
from simulator.scenario.loader import load_scenario
from tests.model.helpers import MMC, TRAFFIC

ONE_DAY = ["horizon.days=1", "horizon.warmup_hours=0"]


def _kpis(path, overrides, seed=1):
    s = load_scenario(path, overrides)
    r = simulate(s, seed)
    return compute_kpis(r, s), r


# ---- 1. occupancy counts typing by agents who are no longer on duty --------------------------
def test_occupancy_never_exceeds_one_when_agents_leave_holding_chats():
    # 5 agents for hour 0 only, long replies: they finish their chats after the shift ends,
    # and that typing lands in the numerator while the denominator holds 5 agent-hours
    k, r = _kpis(
        MMC,
        ONE_DAY
        + [
            f"agents.schedule={[5] + [0] * 23}",
            "agents.reply_time.mean_s=1000",
            "arrivals.rate_per_hour=60",
        ],
    )
    assert k["agent_occupancy"] <= 1.0


# ---- 2. censored chats count as first-contact resolutions ------------------------------------
def test_fcr_is_not_perfect_when_nobody_is_ever_served():
    # no agent at all, infinite patience: every chat is still waiting when the run stops
    # (censored, unresolved); an unresolved customer always comes back
    k, r = _kpis(
        MMC,
        ONE_DAY
        + [
            "agents.count=0",
            "arrivals.rate_per_hour=30",
            "intents.presale.recontact={if_unresolved: 1.0, if_resolved: 0.0}",
        ],
    )
    assert r.sessions.censored.all() and not r.sessions.resolved.any()
    # either left out (NaN) or counted as failures (0): never "100% solved at first contact"
    assert not k["fcr_3day"] > 0.5


# ---- 3. non-finite numbers and negative durations pass validation, crash in the run ---------
@pytest.mark.parametrize(
    "override,field",
    [
        ("agents.reply_time={dist: discrete, values: [-50, 100]}", "agents.reply_time"),
        ("customers.think_time={dist: discrete, values: [-5, 10]}", "customers.think_time"),
        (
            "intents.presale.recontact.delay={dist: discrete, values: [-100000]}",
            "intents.presale.recontact.delay",
        ),
    ],
)
def test_negative_durations_are_rejected_by_the_loader(override, field):
    # today these load, then simpy raises "Negative delay -50.0" mid-run (no file, no field)
    with pytest.raises(ScenarioError, match=field.replace(".", r"\.")):
        load_scenario(MMC, ONE_DAY + [override])


@pytest.mark.parametrize(
    "path,override,field",
    [
        (
            TRAFFIC / "tmall_daily.yaml",
            f"arrivals.hourly_profile=[.nan{', 1' * 23}]",
            "hourly_profile",
        ),
        (
            TRAFFIC / "tmall_daily.yaml",
            f"arrivals.hourly_profile=[.inf{', 1' * 23}]",
            "hourly_profile",
        ),
        (MMC, "arrivals.rate_per_hour=.inf", "rate_per_hour"),
        (MMC, "arrivals.day_multipliers=[.inf]", "day_multipliers"),
        (TRAFFIC / "tmall_daily.yaml", "bot.reply_delay_s=.inf", "reply_delay_s"),
        (MMC, "agents.reply_time.mean_s=.inf", "mean_s"),
    ],
)
def test_non_finite_numbers_are_rejected_by_the_loader(path, override, field):
    # today: "lam value too large" / "'list' argument must have no negative elements" from
    # numpy mid-run, or (reply_time inf) a run whose every chat is censored
    with pytest.raises(ScenarioError, match=field):
        load_scenario(path, ONE_DAY + [override])


# ---- 4. fractional warm-up: cost and occupancy over another window than the sessions ---------
def test_agent_hours_cover_the_same_window_as_the_sessions():
    # sessions are counted from 1.5 h on, but agent_hours (and occupancy, cost) from 2 h on
    k, _ = _kpis(
        MMC,
        [
            "horizon.days=1",
            "horizon.warmup_hours=1.5",
            "agents.count=10",
            "arrivals.rate_per_hour=30",
        ],
    )
    assert k["agent_hours"] == pytest.approx(10 * 22.5)


# ---- 5. patience stops at assignment, not at the first human reply (issue 2 wording) ---------
def test_customer_does_not_wait_forever_behind_an_agents_backlog():
    # one agent holding up to 10 chats, 300 s per reply, customers patient for 60 s: chats are
    # assigned at once (free slots) and then wait up to ~3000 s for their first reply, which
    # patience never cuts. Issue 2: patience = "time a customer waits for a first human reply".
    # Even the milder rule "abandon until the agent starts typing the first reply" (which keeps
    # Erlang A exact at concurrency 1) bounds FRT by patience + one reply.
    k, r = _kpis(
        MMC,
        ONE_DAY
        + [
            "agents.count=1",
            "agents.concurrency=10",
            "agents.reply_time={dist: constant, value: 300}",
            "arrivals.rate_per_hour=30",
            "customers.patience={dist: constant, value: 60}",
        ],
    )
    frt = r.sessions.frt_s[~np.isnan(r.sessions.frt_s)]
    assert frt.max() <= 60 + 300 + 1e-6


# ---- 6. distribution parameters that the chosen dist ignores are accepted silently ----------
def test_unused_distribution_parameter_is_an_error():
    # the author believes the work time has cv 0.3; the exponential silently has cv 1
    with pytest.raises(ScenarioError, match="agents.reply_time"):
        load_scenario(MMC, ["agents.reply_time={dist: exponential, mean_s: 100, cv: 0.3}"])


# ---- 7. a skill group that can never be staffed is accepted --------------------------------
@pytest.mark.parametrize(
    "groups",
    [
        # complaints go to a team that always gets 0 of each hour's headcount
        "{a: {share: 1.0, intents: [presale, logistics, aftersale]}, "
        "b: {share: 0.0, intents: [complaint]}}",
        # half the (paid) headcount serves no intent at all
        "{a: {share: 0.5, intents: [presale, logistics, aftersale, complaint]}, "
        "b: {share: 0.5, intents: []}}",
    ],
)
def test_skill_group_that_serves_nobody_or_is_never_staffed_is_rejected(groups):
    with pytest.raises(ScenarioError, match="agents"):
        load_scenario(TRAFFIC / "tmall_daily.yaml", ["horizon.days=1", f"agents.groups={groups}"])


# ---- 8. censored chats in think time: a message the customer never sent ---------------------
def test_censored_chat_in_think_time_has_no_unanswered_message():
    # two rounds, 8.5 h of thinking after the first reply: chats arriving late in the day get
    # their first reply, then the run (horizon + 6 h) stops while the customer is thinking
    k, r = _kpis(
        MMC,
        ONE_DAY
        + [
            "agents.count=20",
            "agents.reply_time={dist: constant, value: 10}",
            "arrivals.rate_per_hour=20",
            "intents.presale.rounds={dist: constant, value: 2}",
            "customers.think_time={dist: constant, value: 30600}",
        ],
    )
    log = r.sessions
    thinking = log.censored & (log.human_replies == 1)
    assert thinking.any()
    # one message sent, one reply received: nothing is left unanswered
    assert (log.customer_messages[thinking] == log.replies[thinking]).all()


# ---- 9. bot tolerance beyond max_failed_answers: no effect, yet it changes the run ----------
def test_bot_tolerance_above_max_failed_answers_changes_nothing():
    # With max_failed_answers = 3 a customer sees at most 3 failed answers, so a tolerance of
    # 10 or 200 cannot matter. But _bot_phase draws max(rounds, max_failed, tolerance.max)
    # columns from the bot stream, so the re-contact batches planned later get other random
    # numbers (and the run costs O(tolerance.max): 20000 takes ~13 s on 2,000 sessions).
    def run(tolerance):
        s = load_scenario(
            TRAFFIC / "tmall_daily.yaml",
            [
                "horizon.days=1",
                "arrivals.sessions_per_day=1500",
                "handoff.max_failed_answers=3",
                f"customers.bot_tolerance={{dist: constant, value: {tolerance}}}",
            ],
        )
        return simulate(s, 0).sessions

    a, b = run(10), run(200)
    assert len(a) == len(b)
    assert np.array_equal(a.reason, b.reason)
    assert np.array_equal(a.csat, b.csat)
