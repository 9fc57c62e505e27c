"""Answered ahead: a reply that moves the customer to a node whose question it has already
answered takes that node's step too, so she does not ask for what she was just given.

"运费不用您出" in the reply that offers the exchange, or "...a ¥30 coupon. I'll send the
tracking number by 4pm" where the next node waits for the follow-up: one forward hop, to a node
or to the best ending. The rules on what may hop (not blame, canned or padded replies; new
content, or a remedy arranged with its time) live in :mod:`simulator.roleplay.turn_checks`;
the session (:mod:`simulator.roleplay.session`) calls :func:`answered_ahead` after the first
step and is documented in ``docs/roleplay-scripts.md`` ("answered ahead").
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from simulator.roleplay.moves import Move
from simulator.roleplay.nodes import GOOD_ENDINGS, Node
from simulator.roleplay.script import Transition
from simulator.roleplay.script_facts import ScriptFacts
from simulator.roleplay.transitions import first_holding, holds
from simulator.roleplay.turn_checks import (
    arranged,
    content_only,
    evidence,
    shortcut_allowed,
    shortcut_names,
    spare_remedy,
)

__all__ = ["Heard", "answered_ahead"]


@dataclass(frozen=True)
class Heard:
    """One reply as the session judges it."""

    own: str  # the reply itself (padding is judged on it)
    text: str  # what she reads: with the replies she asked about before it
    moves: tuple[Move, ...]
    stated: set[tuple[str, str | None]]  # script facts the text states


def answered_ahead(
    node: Node,
    first: Transition,
    target: Node | None,
    reply: Heard,
    env: Mapping[str, float],
    earlier: Sequence[str],
    nodes: Collection[str],
    facts: ScriptFacts,
    lang: str,
) -> Transition | None:
    """The ``target`` node's transition the reply that took ``first`` from ``node`` already
    satisfies with something beyond what moved it there (rules:
    :func:`~simulator.roleplay.turn_checks.shortcut_names`): one forward hop to a node or the
    best ending, else None. ``env`` is the state and built-ins with the target's visits;
    ``earlier`` the replies she read before, so a transition resting on content alone also holds
    on what an earlier reply gave; ``nodes`` the script's node ids."""
    names = shortcut_names(reply.moves, reply.own, lang)
    if target is None or target.id == node.id or names is None:
        return None
    text, stated = reply.text, reply.stated
    hop = first_holding(target.transitions, names, text, stated, env, facts.key)
    if hop is None:  # "那运费谁出?" when an earlier reply already said 运费我们出
        said = "\n".join([*earlier, text])
        content = [t for t in target.transitions if content_only(t.when)]
        hop = first_holding(content, names, said, facts.stated(said), env, facts.key)
    if hop is None or hop.goto in (target.id, node.id):
        return None
    if hop.goto not in nodes and hop.ending != GOOD_ENDINGS[0]:
        return None  # the best ending too: "...a ¥30 coupon. I'll send the tracking by 4pm"
    timed = any(m.name == "promise_followup" and m.hours is not None for m in reply.moves)
    if shortcut_allowed(evidence(first.when, names), evidence(hop.when, names), timed):
        return hop
    # an arranged remedy the first step did not need may hop
    done = {m.name for m in reply.moves if arranged(m, lang, text)} | (
        {"promise_followup"} if timed else set()
    )
    on = lambda when, ns: holds(when, ns, text, stated, env, facts.key)  # noqa: E731
    to_node = hop.goto in nodes
    return hop if spare_remedy(first.when, hop.when, names, done, on, to_node) else None
