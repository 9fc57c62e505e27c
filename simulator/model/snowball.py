"""The knowledge-base snowball: agents turn answers from handed-off chats into entries, so the
bot's answer quality per intent grows day by day, with diminishing returns.

When ``knowledge_base.snowball`` is on, the engine plans each day's first contacts at that day's
start (:meth:`Snowball.scenario_for`) with the quality reached from the handed-off chats an agent
resolved before then; re-contacts are planned with the quality of the day they come back. Days
draw from streams of their own (``spawn_key=(replication, SNOWBALL_KEY, day)``), so runs stay
reproducible bit for bit, and a run without the option is unchanged. The formula is in
:class:`simulator.scenario.proactive.KnowledgeBase`; assumptions in ``docs/scenarios.md``.
"""

from __future__ import annotations

import numpy as np

from simulator.model.plan import HANDED_OFF
from simulator.model.records import SessionLog
from simulator.model.streams import Streams
from simulator.scenario.schema import INTENTS, Scenario

#: Spawn-key namespace of the per-day streams (beside simulator.model.proactive.PROACTIVE_KEY).
SNOWBALL_KEY = (1 << 40) + 1


class _LearnedBot:
    """The scenario's bot with the answer quality the knowledge base has reached; every other
    field reads through to the bot (read via ``hit_rate``, the one accessor of the quality)."""

    def __init__(self, bot, quality: dict[str, float]) -> None:
        self._bot, self._quality = bot, quality

    def __getattr__(self, name: str):
        if name.startswith("_"):  # not set yet (a copy being made): no recursion
            raise AttributeError(name)
        return getattr(self._bot, name)

    def hit_rate(self, intent: str) -> float:
        return self._quality[intent]


def learned_quality(s: Scenario, resolved_handoffs: np.ndarray) -> np.ndarray:
    """Answer quality per intent (INTENTS order) after ``resolved_handoffs[k]`` handed-off chats
    of intent k resolved by an agent: ``ceiling - (ceiling - q0) * 0.5 ** (capture * K / half)``
    for the knowledge base's intents, never below the scenario's own quality ``q0``."""
    kb = s.knowledge_base
    q0 = np.array([s.bot.hit_rate(i) for i in INTENTS])
    learns = np.array([i in kb.intents for i in INTENTS])
    entries = kb.capture * np.asarray(resolved_handoffs, float)
    grown = kb.ceiling - (kb.ceiling - q0) * 0.5 ** (entries / kb.half_gap_entries)
    return np.where(learns & (q0 < kb.ceiling), grown, q0)


class Snowball:
    """The knowledge base of one replication: the quality reached, day by day."""

    def __init__(self, s: Scenario, seed: int, replication: int) -> None:
        self.s, self.seed, self.replication = s, seed, replication
        self.quality: list[np.ndarray] = []  # per day planned so far, INTENTS order
        self.current = s

    def streams(self, day: int) -> Streams:
        return Streams.from_seed(
            np.random.SeedSequence(self.seed, spawn_key=(self.replication, SNOWBALL_KEY, day))
        )

    def scenario_for(self, views, now: float) -> Scenario:
        """The scenario with the quality reached from the chats (of the run's human ``views``)
        that agents resolved after a handoff before ``now``; it also plans later re-contacts."""
        counts = np.zeros(len(INTENTS))
        for view, _human in views:
            end = np.asarray(view.end_s, float)
            learned = (
                np.asarray(view.resolved, bool)
                & (np.asarray(view.bot_phase) == HANDED_OFF)
                & (end < now)
            )
            counts += np.bincount(np.asarray(view.intent)[learned], minlength=len(INTENTS))
        q = learned_quality(self.s, counts)
        self.quality.append(q)
        bot = _LearnedBot(self.s.bot, dict(zip(INTENTS, q.tolist(), strict=True)))
        self.current = self.s.model_copy(update={"bot": bot})
        return self.current


def quality_by_day(log: SessionLog, s: Scenario) -> np.ndarray:
    """The answer quality per day (rows) and intent (columns) a snowball run planned with,
    recomputed from its session log (the handed-off chats agents resolved before each day)."""
    learned = log.resolved & log.handed_off & log.bot_touched
    rows = []
    for d in range(s.horizon.days):
        before = learned & (log.end_s < d * 86400.0)
        rows.append(learned_quality(s, np.bincount(log.intent[before], minlength=len(INTENTS))))
    return np.array(rows)
