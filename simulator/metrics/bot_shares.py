"""The share of sessions the bot resolved, per intent and over the routine intents.

``bot.answer_quality`` is the bot's competence; what it buys a shop is the share of each
intent's sessions it resolves without a human, which keywords (退款 in after-sale), requests
for a human and anger keep below the competence. Definitions: ``docs/metrics.md``.
"""

from __future__ import annotations

import math

import numpy as np

from simulator.model.records import SessionLog
from simulator.scenario.schema import INTENTS

#: The routine questions a bot is bought for (product facts, coupons, parcel status, return
#: policy); complaints are not routine and go to humans by the handoff rules.
ROUTINE_INTENTS: tuple[str, ...] = ("presale", "logistics", "aftersale")


def _share(mask: np.ndarray, log: SessionLog) -> float:
    n = int(mask.sum())
    return float(log.bot_resolved[mask].sum()) / n if n else math.nan


def bot_resolved_shares(log: SessionLog) -> dict[str, float]:
    """``bot_resolved_<intent>`` for every intent and ``bot_resolved_routine``: sessions the bot
    resolved over the sessions of that intent that came to it (NaN when there are none): a
    proactive invitation's chat opens with an agent and is left out."""
    reached = ~log.invited
    out = {
        f"bot_resolved_{name}": _share(reached & (log.intent == k), log)
        for k, name in enumerate(INTENTS)
    }
    routine = np.isin(log.intent, [INTENTS.index(name) for name in ROUTINE_INTENTS])
    out["bot_resolved_routine"] = _share(reached & routine, log)
    return out
