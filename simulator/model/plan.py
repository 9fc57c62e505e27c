"""A batch of sessions planned in bulk: every random draw, and the whole bot phase.

The bot has unlimited capacity, so what happens before a handoff does not depend on the queue:
it is computed here for all sessions at once with numpy. Only handed-off chats go on to the
SimPy human phase (:mod:`simulator.model.service`). Per-round draws are made column by column
(round 0 for every session, then round 1, ...), so a policy change that alters how many rounds
a chat spends with the bot does not shift anyone else's random numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from simulator.model.streams import Streams
from simulator.scenario.schema import INTENTS, Scenario

# How the bot phase ended.
NO_BOT, BOT_RESOLVED, BOT_LEFT, HANDED_OFF = 0, 1, 2, 3
# Why a chat was handed to a human.
REASONS = ("none", "no_bot", "failed_answers", "keyword", "request", "emotion")
R_NONE, R_NO_BOT, R_FAILED, R_KEYWORD, R_REQUEST, R_EMOTION = range(6)
MAX_ROUNDS = 30  # rounds per chat are capped here (documented in docs/scenarios.md)


@dataclass
class SessionBatch:
    """Columns for ``n`` sessions: inputs drawn up front, outcomes filled in as they happen."""

    arrival_s: np.ndarray
    customer_id: np.ndarray
    is_recontact: np.ndarray
    entry: np.ndarray
    intent: np.ndarray
    vip: np.ndarray
    rounds: np.ndarray
    # bot phase
    bot_phase: np.ndarray
    reason: np.ndarray
    handoff_s: np.ndarray
    bot_failed: np.ndarray
    bot_replies: np.ndarray
    bot_messages: np.ndarray
    bot_end_s: np.ndarray
    anger: np.ndarray
    # human phase inputs
    human_rounds: np.ndarray
    human_start: np.ndarray  # where each session's human rounds start in work_s and think_s
    work_s: np.ndarray  # base work per human reply, ragged: human_rounds[i] from human_start[i]
    think_s: np.ndarray  # think time after each human reply, laid out as work_s
    # (these and other human-phase inputs are emptied when the batch's last chat is over:
    # human_view.HUMAN_PHASE_ONLY)
    patience_s: np.ndarray
    u_resolve: np.ndarray
    u_convert: np.ndarray
    csat_noise: np.ndarray
    u_recontact: np.ndarray
    recontact_delay_s: np.ndarray
    # outcomes of the human phase (NaN / 0 until known)
    outcome: dict[str, np.ndarray] = field(default_factory=dict)
    # drawn from when the run ends: messages per agent reply (outcomes.agent_messages)
    messages_rng: np.random.Generator | None = None

    @property
    def size(self) -> int:
        return int(self.arrival_s.size)


def plan_batch(
    scenario: Scenario,
    streams: Streams,
    arrival_s: np.ndarray,
    entry: np.ndarray,
    intent: np.ndarray,
    customer_id: np.ndarray,
    vip: np.ndarray | None,
    is_recontact: bool,
) -> SessionBatch:
    """Draw everything for a batch of sessions and play out their bot phase."""
    n = arrival_s.size
    s = scenario
    cust = streams.customers
    if vip is None:
        vip = cust.random(n) < s.customers.vip_share
    rounds = np.ones(n, dtype=np.int64)
    anger = np.zeros(n)
    for k, name in enumerate(INTENTS):
        sel = np.flatnonzero(intent == k)
        spec = s.intents[name]
        rounds[sel] = np.clip(np.rint(spec.rounds.sample(cust, sel.size)), 1, MAX_ROUNDS)
        anger[sel] = np.clip(spec.anger.sample(cust, sel.size), 0, 100)
    tolerance = np.maximum(np.rint(s.customers.bot_tolerance.sample(cust, n)), 1)

    bot = _bot_phase(s, streams, arrival_s, intent, rounds, anger, tolerance)

    cold_extra = 0 if s.handoff.context_transfer else s.handoff.cold_extra_rounds
    phase = bot["bot_phase"]
    human_rounds = np.where(
        phase == HANDED_OFF, np.maximum(rounds - bot["bot_done"], 1) + cold_extra, 0
    )
    human_rounds[phase == NO_BOT] = rounds[phase == NO_BOT]
    human_rounds = human_rounds.astype(np.int16)  # at most MAX_ROUNDS + cold extra rounds
    # work and think times are drawn round by round for every session (so who is handed off
    # does not shift anyone's numbers) but kept only for the rounds a human plays: session i's
    # from human_start[i] on, ragged (a rounds x sessions matrix would be mostly unused numbers)
    human_start = np.cumsum(human_rounds) - human_rounds
    work = np.empty(int(human_rounds.sum()))
    think = np.empty_like(work)
    first = s.agents.first_reply_time or s.agents.reply_time
    for k in range(int(human_rounds.max(initial=0))):  # later rounds' draws are never used
        kept = np.flatnonzero(human_rounds > k)
        at = human_start[kept] + k
        work[at] = (first if k == 0 else s.agents.reply_time).sample(streams.service, n)[kept]
        think[at] = s.customers.think_time.sample(streams.think, n)[kept]
    if s.customers.patience is None:
        patience = np.full(n, np.inf)
    else:
        patience = s.customers.patience.sample(streams.patience, n)
    out = streams.outcome
    u_resolve, u_convert = out.random(n), out.random(n)
    csat_noise = out.normal(0.0, 1.0, n)
    rc = streams.recontact
    u_recontact = rc.random(n)
    delay = np.empty(n)
    for k, name in enumerate(INTENTS):
        sel = np.flatnonzero(intent == k)
        spec = s.intents[name].recontact
        delay[sel] = spec.min_delay_s + spec.delay.sample(rc, sel.size)
    return SessionBatch(
        arrival_s=arrival_s,
        customer_id=customer_id,
        is_recontact=np.full(n, is_recontact),
        entry=entry,
        intent=intent,
        vip=vip,
        rounds=rounds,
        bot_phase=bot["bot_phase"],
        reason=bot["reason"],
        handoff_s=bot["handoff_s"],
        bot_failed=bot["failed"],
        bot_replies=bot["replies"],
        bot_messages=bot["messages"],
        bot_end_s=bot["end_s"],
        anger=bot["anger"],
        human_rounds=human_rounds,
        human_start=human_start,
        work_s=work,
        think_s=think,
        patience_s=patience,
        u_resolve=u_resolve,
        u_convert=u_convert,
        csat_noise=csat_noise,
        u_recontact=u_recontact,
        recontact_delay_s=delay,
        messages_rng=streams.messages,
    )


def _bot_phase(
    s: Scenario,
    streams: Streams,
    arrival_s: np.ndarray,
    intent: np.ndarray,
    rounds: np.ndarray,
    anger0: np.ndarray,
    tolerance: np.ndarray,
) -> dict[str, np.ndarray]:
    """Play every session's bot phase at once, round by round."""
    n = arrival_s.size
    phase = np.full(n, NO_BOT, dtype=np.int8)
    reason = np.full(n, R_NO_BOT, dtype=np.int8)
    handoff_s = arrival_s.copy()
    failed = np.zeros(n, dtype=np.int64)
    replies = np.zeros(n, dtype=np.int64)
    messages = np.zeros(n, dtype=np.int64)
    done = np.zeros(n, dtype=np.int64)
    end_s = np.full(n, np.nan)
    anger = anger0.copy()
    if s.bot.enabled:  # without a bot every chat goes straight to the human queue
        h = s.handoff
        rng = streams.bot
        hit = np.array([s.bot.hit_rate(i) for i in INTENTS])[intent]
        bot_ok = rng.random(n) < hit
        listed = set(h.keywords)
        p_kw = np.empty(len(INTENTS))
        p_req0 = np.empty(len(INTENTS))
        p_req = np.empty(len(INTENTS))
        for k, name in enumerate(INTENTS):
            spec = s.intents[name]
            miss = np.prod([1 - p for w, p in spec.sensitive_words.items() if w in listed])
            p_kw[k] = 1.0 - miss
            p_req0[k], p_req[k] = spec.request_human.at_start, spec.request_human.after_failure
        p_kw, p_req0, p_req = p_kw[intent], p_req0[intent], p_req[intent]
        threshold = np.inf if h.on_negative_emotion is None else h.on_negative_emotion
        delay = s.bot.reply_delay_s

        t = arrival_s.copy()
        active = np.ones(n, dtype=bool)
        reason[:] = R_NONE
        # a customer meets at most max_failed_answers failed answers, so no column beyond is ever
        # used (a longer tolerance must not consume more random numbers)
        ncols = int(max(rounds.max(initial=1), h.max_failed_answers))
        for j in range(ncols):
            u_kw = rng.random(n)
            u_req = rng.random(n)
            think = s.customers.think_time.sample(rng, n)
            if not active.any():
                continue
            if j > 0:
                t = np.where(active, t + think, t)
            messages += active
            keyword = active & (u_kw < p_kw)
            asks = (
                active & ~keyword & (u_req < np.where(j == 0, p_req0, np.where(bot_ok, 0, p_req)))
            )
            request = asks if h.on_request else np.zeros(n, dtype=bool)
            anger += np.where(asks & ~request, h.anger_per_failed_answer, 0.0)
            emotion = active & ~keyword & ~request & (anger >= threshold)
            for mask, code in ((keyword, R_KEYWORD), (request, R_REQUEST), (emotion, R_EMOTION)):
                phase[mask] = HANDED_OFF
                reason[mask] = code
                handoff_s[mask] = t[mask]
            active &= ~(keyword | request | emotion)
            # the bot answers everyone still with it
            t = np.where(active, t + delay, t)
            replies += active
            good = active & bot_ok
            done += good
            resolved = good & (done >= rounds)
            phase[resolved] = BOT_RESOLVED
            end_s[resolved] = t[resolved]
            bad = active & ~bot_ok
            failed += bad
            anger = np.where(bad, np.minimum(anger + h.anger_per_failed_answer, 100.0), anger)
            to_human = bad & (failed >= h.max_failed_answers)
            phase[to_human] = HANDED_OFF
            reason[to_human] = R_FAILED
            handoff_s[to_human] = t[to_human]
            gone = bad & ~to_human & (failed >= tolerance)
            phase[gone] = BOT_LEFT
            end_s[gone] = t[gone]
            active &= ~(resolved | to_human | gone)
    return dict(
        bot_phase=phase,
        reason=reason,
        handoff_s=handoff_s,
        failed=failed,
        replies=replies,
        messages=messages,
        end_s=end_s,
        anger=anger,
        bot_done=done,
    )
