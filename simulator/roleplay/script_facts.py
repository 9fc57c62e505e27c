"""Which knowledge-base facts a script mentions, and whether a reply states them.

Used by the session (:mod:`simulator.roleplay.session`) each turn; the KB is loaded lazily, on
the first reply that needs it.

A fact counts as stated in the words agents really use, not only in the KB's own unit
(:func:`states_fact_widely`): the same quantity in another unit ("两天内" for 48 hours,
"半个月" for 15 days, "two weeks" for 14 days, "一年" for 12 months) and English number words
("eight hours", "a two-year warranty") count as the fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from simulator.common.errors import InputError
from simulator.roleplay.kb import load_kb, states_fact
from simulator.roleplay.script import FactRef, Script
from simulator.roleplay.textnorm import read_number

__all__ = ["ScriptFacts", "equivalents", "fact_refs", "states_fact_widely"]

#: Unit suffix of a fact key -> (other suffix, factor): value in the key's unit * factor = value
#: in the other unit. Only exact whole conversions are tried (48 hours -> 2 days, not 1.5 days).
_CONVERSIONS: dict[str, tuple[tuple[str, float], ...]] = {
    "_hours": (("_days", 1 / 24),),
    "_days": (("_hours", 24.0), ("_months", 1 / 30)),
    "_months": (("_years", 1 / 12), ("_days", 30.0)),
    "_years": (("_months", 12.0),),
}
#: Chinese words for a whole span, rewritten to a number and unit before matching.
_ZH_SPANS = (
    (re.compile(r"半个?月"), "15天"),
    (re.compile(r"半年"), "6个月"),
    (re.compile(r"(一|1)?个?(星期|礼拜)|一周"), "7天"),
    (re.compile(r"(两|二|2)个?(星期|礼拜|周)"), "14天"),
    (re.compile(r"一天一夜|一昼夜"), "24小时"),
)
_WEEK_UNIT = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:个)?(?:周|星期|礼拜)|(\d+(?:\.\d+)?)[\s-]*weeks?\b", re.I
)
_EN_WORDS = {
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "twenty-four": 24, "thirty": 30, "thirty-two": 32,
    "forty-eight": 48, "fourty-eight": 48, "forty": 40, "fifty": 50, "sixty": 60,
}  # fmt: skip
_EN_UNIT = (
    r"(?=[\s-]*(?:full\s+|whole\s+|more\s+)?(?:hours?|hrs?|days?|weeks?|months?|years?|yrs?)\b)"
)
_EN_NUMBER = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _EN_WORDS), key=len, reverse=True)) + r")\b" + _EN_UNIT,
    re.IGNORECASE,
)


def fact_refs(script: Script) -> list[FactRef]:
    """Every knowledge-base fact the script mentions (required facts and transition facts)."""
    refs = list(script.scoring.required_facts)
    for t in [t for n in script.nodes for t in n.transitions] + list(script.interrupts):
        refs += t.when.states_fact
    out: dict[tuple[str, str | None], FactRef] = {}
    for r in refs:
        out.setdefault((r.key, script.fact_product(r)), r)
    return list(out.values())


def equivalents(value: str, key: str) -> Iterator[tuple[str, str]]:
    """``(value, key)`` and the same quantity in the other units agents use for it
    ("48", "x_hours") -> ("2", "x_days"); non-numeric values and unit-less keys yield only
    themselves."""
    yield value, key
    number = read_number(value.strip()) if value.strip() else None
    if number is None:
        return
    for suffix, others in _CONVERSIONS.items():
        if key.endswith(suffix):
            stem = key[: -len(suffix)]
            for other, factor in others:
                converted = number * factor
                if converted >= 1 and abs(converted - round(converted)) < 1e-9:
                    yield f"{round(converted):g}", stem + other


def _rewrite(text: str) -> str:
    """Spans in words rewritten to numbers with units ("半个月" -> "15天", "two weeks" ->
    "14 days", "eight hours" -> "8 hours")."""
    for pattern, repl in _ZH_SPANS:
        text = pattern.sub(repl, text)
    text = _EN_NUMBER.sub(lambda m: str(_EN_WORDS[m.group(1).lower()]), text)
    return _WEEK_UNIT.sub(
        lambda m: f"{float(m.group(1) or m.group(2)) * 7:g}" + ("天" if m.group(1) else " days"),
        text,
    )


def states_fact_widely(text: str, value: str, key: str) -> bool:
    """:func:`~simulator.roleplay.kb.states_fact`, also accepting the fact in another unit or in
    words (see the module docstring)."""
    if states_fact(text, value, key):
        return True
    rewritten = _rewrite(text)
    return any(
        states_fact(t, v, k)
        for v, k in equivalents(value, key)
        for t in dict.fromkeys((text, rewritten))
        if (t, v, k) != (text, value, key)
    )


class ScriptFacts:
    """Checks whether a reply states the script's knowledge-base facts (loads the KB lazily)."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.refs = fact_refs(script)
        self._values: dict[tuple[str, str | None], Any] | None = None

    def _load(self) -> dict[tuple[str, str | None], Any]:
        if self._values is None:
            base = load_kb()
            self._values = {}
            for r in self.refs:
                product = self.script.fact_product(r)
                # worded facts (e.g. the return policy) exist per language: the script's wins
                value = base.fact(r.key, product, lang=self.script.lang)
                if value is None:
                    raise InputError(f"{self.script.path}: no KB fact {r.key!r} for {product!r}")
                self._values[(r.key, product)] = getattr(value, "value", value)
        return self._values

    def stated(self, text: str) -> set[tuple[str, str | None]]:
        if not self.refs:
            return set()
        values = self._load()
        return {k for k, v in values.items() if states_fact_widely(text, str(v), k[0])}

    def key(self, ref: FactRef) -> tuple[str, str | None]:
        return (ref.key, self.script.fact_product(ref))
