"""Bot-resolved share per intent and over the routine intents, on a hand-computable log."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

from simulator.metrics.bot_shares import ROUTINE_INTENTS, bot_resolved_shares
from simulator.metrics.kpis import compute_kpis
from simulator.model import simulate
from simulator.scenario.loader import load_scenario
from tests.model.helpers import MMC


def test_shares_per_intent_and_routine_by_hand():
    s = load_scenario(MMC, ["horizon.days=1", "horizon.warmup_hours=0"])
    res = simulate(s, 0)
    log = res.sessions.select(np.arange(len(res.sessions)) < 7)
    # presale x3 (2 bot-resolved), logistics x2 (0), aftersale x1 (1), complaint x1 (1)
    intent = np.array([0, 0, 0, 1, 1, 2, 3])
    bot = np.array([True, True, False, False, False, True, True])
    log = dataclasses.replace(log, intent=intent, bot_resolved=bot)
    shares = bot_resolved_shares(log)
    assert shares["bot_resolved_presale"] == pytest.approx(2 / 3)
    assert shares["bot_resolved_logistics"] == 0.0
    assert shares["bot_resolved_aftersale"] == 1.0
    assert shares["bot_resolved_complaint"] == 1.0
    assert ROUTINE_INTENTS == ("presale", "logistics", "aftersale")
    assert shares["bot_resolved_routine"] == pytest.approx(3 / 6)  # the complaint is left out
    # and the KPIs carry them
    k = compute_kpis(dataclasses.replace(res, sessions=log), s)
    assert k["bot_resolved_routine"] == pytest.approx(0.5)


def test_an_intent_without_sessions_has_no_share():
    s = load_scenario(MMC, ["horizon.days=1", "horizon.warmup_hours=0"])
    log = simulate(s, 0).sessions  # the reference case asks pre-sale questions only
    shares = bot_resolved_shares(log)
    assert shares["bot_resolved_presale"] == 0.0  # no bot
    assert math.isnan(shares["bot_resolved_complaint"])


def test_invited_chats_are_left_out_of_the_bots_shares():
    """A proactive invitation's chat opens with an agent: it is neither a handoff nor a
    session the bot failed to resolve."""
    s = load_scenario(MMC, ["horizon.days=1", "horizon.warmup_hours=0"])
    res = simulate(s, 0)
    log = res.sessions.select(np.arange(len(res.sessions)) < 6)
    # presale x4: two bot-resolved, one handed off, one invited (no bot, an agent's chat)
    log = dataclasses.replace(
        log,
        intent=np.array([0, 0, 0, 0, 1, 1]),
        bot_resolved=np.array([True, True, False, False, True, False]),
        bot_left=np.zeros(6, bool),
        handed_off=np.array([False, False, True, True, False, True]),
        invited=np.array([False, False, False, True, False, False]),
    )
    shares = bot_resolved_shares(log)
    assert shares["bot_resolved_presale"] == pytest.approx(2 / 3)
    assert shares["bot_resolved_routine"] == pytest.approx(3 / 5)
    k = compute_kpis(dataclasses.replace(res, sessions=log), s)
    assert k["bot_resolved_share"] == pytest.approx(3 / 5)
    assert k["handoff_share"] == pytest.approx(2 / 5)
    assert k["sessions"] == 6  # the invited chat is still a session
