"""Whether a script transition holds for one reply: the moves read, the text, the knowledge-base
facts stated and the conditions on the customer's state and the built-ins
(:data:`simulator.roleplay.conditions.BUILTINS`). Used by the session
(:mod:`simulator.roleplay.session`) for node transitions, interrupts and shortcuts."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from simulator.roleplay.script import FactRef, Transition, When, compile_condition
from simulator.roleplay.textnorm import fold

__all__ = ["first_holding", "holds", "text_matches"]

FactKey = Callable[[FactRef], tuple[str, str | None]]


def text_matches(pattern: str, text: str) -> bool:
    """True when a script's ``pattern`` (``text_matches``, a key point) is found in ``text`` as
    written or folded (:func:`~simulator.roleplay.textnorm.fold`: width, case, Traditional
    characters, Cantonese function words), so "這個月" and "４９９" match patterns written
    "这个月" and "499"."""
    return bool(re.search(pattern, text, re.IGNORECASE) or re.search(pattern, fold(text)))


def holds(
    when: When,
    names: Iterable[str],
    text: str,
    stated: set[tuple[str, str | None]],
    env: Mapping[str, float],
    fact_key: FactKey,
) -> bool:
    """True when ``when`` holds for a reply with move ``names``, ``text`` and ``stated`` facts,
    with conditions read from ``env`` (state variables and built-ins)."""
    present = set(names)
    for item in when.all_of:
        options = item if isinstance(item, list) else [item]
        if not present.intersection(options):
            return False
    if when.any_of and not present.intersection(when.any_of):
        return False
    if present.intersection(when.none_of):
        return False
    if when.text_matches and not text_matches(when.text_matches, text):
        return False
    if any(fact_key(r) not in stated for r in when.states_fact):
        return False
    for text_cond in (when.compensation, when.condition):
        if text_cond and not compile_condition(text_cond).test(dict(env)):
            return False
    return True


def first_holding(
    transitions: Iterable[Transition],
    names: Iterable[str],
    text: str,
    stated: set[tuple[str, str | None]],
    env: Mapping[str, float],
    fact_key: FactKey,
) -> Transition | None:
    """The first of ``transitions`` that holds for the reply (see :func:`holds`), else None."""
    names = list(names)
    return next((t for t in transitions if holds(t.when, names, text, stated, env, fact_key)), None)
