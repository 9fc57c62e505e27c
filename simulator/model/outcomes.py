"""Closing a run: conversion and CSAT in bulk, the session log, the hourly series."""

from __future__ import annotations

import copy

import numpy as np

from simulator.model import proactive
from simulator.model.plan import BOT_LEFT, BOT_RESOLVED, HANDED_OFF, NO_BOT, R_FAILED, SessionBatch
from simulator.model.records import HourlySeries, SessionLog
from simulator.model.service import ServiceDesk
from simulator.scenario.schema import INTENTS, Scenario


def _concat(batches: list[SessionBatch], name: str) -> np.ndarray:
    return np.concatenate([getattr(b, name) for b in batches])


def _concat_out(batches: list[SessionBatch], name: str) -> np.ndarray:
    """An outcome column of every batch; counts and ids, narrow in the batches, as int64."""
    parts = [b.outcome[name] for b in batches]
    return np.concatenate(parts, dtype=np.int64 if parts[0].dtype.kind == "i" else None)


def conversion_probability(
    s: Scenario, intent: np.ndarray, resolved: np.ndarray, human: np.ndarray, frt_s: np.ndarray
) -> np.ndarray:
    """Chance of an order: ``(base + lift*human) * exp(-wait/decay)`` if resolved, else ``lost``."""
    p = np.zeros(intent.size)
    wait = np.where(np.isnan(frt_s), 0.0, frt_s)
    for k, name in enumerate(INTENTS):
        conv = s.intents[name].conversion
        sel = intent == k
        if conv is None or not sel.any():
            continue
        good = (conv.base + conv.human_lift * human[sel]) * np.exp(-wait[sel] / conv.wait_decay_s)
        p[sel] = np.where(resolved[sel], np.minimum(good, 1.0), conv.lost)
    return p


def csat_score(
    s: Scenario,
    resolved,
    abandoned,
    frt_s,
    bot_failed,
    cold,
    noise,
    agent_effect=None,
    later_art_s=None,
) -> np.ndarray:
    """Post-chat rating 1-5: base less penalties for waiting, bot failures, cold handoff and
    no resolution, plus the serving agent's proficiency ``csat_effect`` (``agent_effect``, per
    session; None: no effect), less a penalty for slow later replies (``later_art_s``: the mean
    response time of the human replies after the first, NaN if none), plus noise; an abandoned
    chat scores ``satisfaction.abandoned`` plus noise."""
    c = s.satisfaction
    wait_min = np.where(np.isnan(frt_s), 0.0, frt_s) / 60.0
    score = (
        c.base
        - c.per_minute_first_wait * wait_min
        - c.per_failed_bot_answer * bot_failed
        - c.cold_handoff * cold
        - c.unresolved * ~resolved
    )
    if agent_effect is not None:
        score = score + agent_effect
    if later_art_s is not None:
        slow = np.maximum(np.nan_to_num(later_art_s) - c.response_grace_s, 0.0) / 60.0
        score = score - c.per_minute_response * slow
    score = np.where(abandoned, c.abandoned, score) + c.noise_sd * noise
    return np.clip(score, 1.0, 5.0)


def later_response_s(resp_sum_s: np.ndarray, frt_s: np.ndarray, replies: np.ndarray) -> np.ndarray:
    """Per chat, the mean response time of the human replies after the first (the first is
    the FRT, which CSAT charges on its own); NaN for a chat with fewer than two replies."""
    later = replies - 1
    with np.errstate(invalid="ignore"):
        return np.where(later > 0, (resp_sum_s - frt_s) / np.maximum(later, 1), np.nan)


def agent_messages(s: Scenario, b: SessionBatch) -> np.ndarray:
    """Messages the agents sent in each chat of a batch: one per terse reply, and a draw of
    ``agents.messages_per_reply`` (rounded, at least 1) for every other reply. Draws come from
    the batch's own ``messages`` stream, reply by reply for every session (column by column),
    so a chat's count never depends on how many replies other chats had; a constant needs no
    draw, and ``poisson1`` one per chat (a sum of k draws 1 + Poisson(m - 1) is k +
    Poisson(k (m - 1)))."""
    replies, terse = b.outcome["human_replies"], b.outcome["terse_replies"]
    full = replies.astype(np.int64) - terse  # the batch keeps counts narrow
    sent = terse.astype(np.int64)
    dist = s.agents.messages_per_reply
    rng = copy.deepcopy(b.messages_rng)  # the same draws however often a log is built
    if dist.dist == "constant":
        return sent + full * max(int(np.rint(dist.center)), 1)
    if dist.dist == "poisson1":
        return sent + full + rng.poisson(full * (dist.center - 1.0))
    for k in range(int(full.max(initial=0))):
        m = np.maximum(np.rint(dist.sample(rng, b.size)), 1).astype(np.int64)
        sent += np.where(full > k, m, 0)
    return sent


def agent_csat_effect(
    desks: list[ServiceDesk], agent_id: np.ndarray, served: np.ndarray
) -> np.ndarray | None:
    """Per session, the ``csat_effect`` of the proficiency level of the agent who served it
    (0 where no agent replied); None when no agent has an effect, so such runs stay unchanged."""
    effects = {a.id: a.csat_effect for d in desks for a in d.agents if a.csat_effect}
    if not effects:
        return None
    ids = np.array(sorted(effects), dtype=agent_id.dtype)
    values = np.array([effects[k] for k in ids.tolist()])
    pos = np.minimum(np.searchsorted(ids, agent_id), ids.size - 1)
    hit = served & (ids[pos] == agent_id)
    return np.where(hit, values[pos], 0.0)


def overload_csat_effect(s: Scenario, agent_load: np.ndarray) -> np.ndarray | None:
    """Per session, the CSAT points lost to an overloaded agent: ``agents.overload.csat_per_chat``
    per chat he held above the threshold (mean over the chat's replies); None when no session
    was served above it, so such runs stay unchanged."""
    ov = s.agents.overload
    over = np.nan_to_num(agent_load - ov.threshold, nan=0.0).clip(min=0.0)
    if ov.csat_per_chat == 0 or not over.any():
        return None
    return -ov.csat_per_chat * over


def _plus(a: np.ndarray | None, b: np.ndarray | None) -> np.ndarray | None:
    return b if a is None else a if b is None else a + b


def finish_log(
    s: Scenario,
    batches: list[SessionBatch],
    entry_names: list[str],
    desks: list[ServiceDesk],
    hours: int,
) -> tuple[SessionLog, HourlySeries]:
    """Assemble the per-session log (sorted by arrival) and the hourly series."""
    log = _session_log(s, batches, entry_names, desks)  # its work columns are freed on return
    return log, _hourly(log, desks, hours)


def _session_log(
    s: Scenario, batches: list[SessionBatch], entry_names: list[str], desks: list[ServiceDesk]
) -> SessionLog:
    # every column is put in arrival order as it is gathered (what follows is per session), so
    # a batch-ordered copy of the log never coexists with the sorted one
    order = np.argsort(_concat(batches, "arrival_s"), kind="stable")
    c = lambda name: _concat(batches, name)[order]  # noqa: E731
    o = lambda name: _concat_out(batches, name)[order]  # noqa: E731
    phase = c("bot_phase")
    reason = c("reason")
    handed = (phase == HANDED_OFF) | (phase == NO_BOT)
    resolved = o("resolved")
    abandoned = o("abandoned")
    frt = o("frt_s")
    human_replies = o("human_replies")
    helped = human_replies > 0
    intent = c("intent")
    bot_failed = c("bot_failed")
    cold = handed & (phase == HANDED_OFF) & (not s.handoff.context_transfer)
    p_conv = conversion_probability(s, intent, resolved, helped, frt)
    invited = proactive.invited_column(batches, order)
    p_conv = proactive.invited_conversion(s, p_conv, invited)
    converted = (c("u_convert") < p_conv) & ~o("censored")  # open chats have no outcome yet
    del p_conv  # each work column freed once used: a 1M-session log is 8 MB a column
    paid, followed_up = proactive.payment(s, batches, converted, order)
    vip = c("vip")
    aov = s.economics.average_order_value * np.where(vip, s.economics.vip_order_value_factor, 1.0)
    load = o("agent_load")
    effect = _plus(agent_csat_effect(desks, o("agent_id"), helped), overload_csat_effect(s, load))
    later_art = later_response_s(o("human_resp_sum_s"), frt, human_replies)
    csat = csat_score(
        s, resolved, abandoned, frt, bot_failed, cold, c("csat_noise"), effect, later_art
    )
    del later_art
    # a handoff on keyword, request or emotion happens on a customer message that the human
    # (not the bot) answers, so it is counted once, in the bot phase
    overlap = handed & (phase == HANDED_OFF) & (reason != R_FAILED)
    to_agents = o("human_messages")  # customer messages a human answered (or still owed)
    messages = c("bot_messages") + to_agents - (overlap & (to_agents > 0))
    replies = c("bot_replies") + human_replies
    sent = np.concatenate([agent_messages(s, b) for b in batches])[order]
    arrival = c("arrival_s")
    cols = dict(
        customer_id=c("customer_id"),
        is_recontact=c("is_recontact"),
        vip=vip,
        entry=c("entry"),
        intent=intent,
        arrival_s=arrival,
        bot_resolved=phase == BOT_RESOLVED,
        bot_left=phase == BOT_LEFT,
        bot_touched=phase != NO_BOT,
        handed_off=handed,
        reason=reason,
        handoff_s=np.where(handed, c("handoff_s"), np.nan),
        bot_failed=bot_failed,
        queued=o("queued"),
        queue_wait_s=o("queue_wait_s"),
        abandoned=abandoned,
        frt_s=frt,
        human_resp_sum_s=o("human_resp_sum_s"),
        human_replies=human_replies,
        customer_messages=messages,
        replies=replies,
        resolved=resolved,
        converted=converted,
        order_value=np.where(paid, aov, 0.0),
        csat=csat,
        end_s=o("end_s"),
        next_contact_s=o("next_contact_s"),
        agent_id=o("agent_id"),
        censored=o("censored"),
        agent_messages=sent,
        messages_to_agents=to_agents.astype(np.int64),
        terse_replies=o("terse_replies"),
        agent_load=load,
        invited=invited,
        paid=paid,
        followed_up=followed_up,
    )
    return SessionLog(session_id=np.arange(arrival.size), entry_names=tuple(entry_names), **cols)


def _hourly(log: SessionLog, desks: list[ServiceDesk], hours: int) -> HourlySeries:
    hour_of = lambda t: np.minimum((t // 3600.0).astype(np.int64), hours - 1)  # noqa: E731
    arrivals = np.bincount(hour_of(log.arrival_s), minlength=hours)[:hours]
    h = log.handed_off
    hh = hour_of(log.handoff_s[h])
    handoffs = np.bincount(hh, minlength=hours)[:hours]
    answered = ~np.isnan(log.frt_s[h])
    frt_sum = np.bincount(hh[answered], weights=log.frt_s[h][answered], minlength=hours)[:hours]
    frt_n = np.bincount(hh[answered], minlength=hours)[:hours]
    with np.errstate(invalid="ignore", divide="ignore"):
        frt_mean = np.where(frt_n > 0, frt_sum / np.maximum(frt_n, 1), np.nan)
    return HourlySeries(
        arrivals=arrivals.astype(float),
        handoffs=handoffs.astype(float),
        queue_length=sum(d.queue_len.hourly_averages(hours) for d in desks),
        busy_agents=sum(d.typing.hourly_averages(hours) for d in desks),
        agents_on_duty=np.sum([d.on_duty for d in desks], axis=0).astype(float),
        agents_overtime=sum(d.overtime.hourly_averages(hours) for d in desks),
        frt_mean_s=frt_mean,
    )
