"""Which knowledge-base facts a script mentions, and whether a reply states them.

Used by the session (:mod:`simulator.roleplay.session`) each turn; the KB is loaded lazily, on
the first reply that needs it.
"""

from __future__ import annotations

from typing import Any

from simulator.common.errors import InputError
from simulator.roleplay.kb import load_kb, states_fact
from simulator.roleplay.script import FactRef, Script

__all__ = ["ScriptFacts", "fact_refs"]


def fact_refs(script: Script) -> list[FactRef]:
    """Every knowledge-base fact the script mentions (required facts and transition facts)."""
    refs = list(script.scoring.required_facts)
    for t in [t for n in script.nodes for t in n.transitions] + list(script.interrupts):
        refs += t.when.states_fact
    out: dict[tuple[str, str | None], FactRef] = {}
    for r in refs:
        out.setdefault((r.key, script.fact_product(r)), r)
    return list(out.values())


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
        return {k for k, v in values.items() if states_fact(text, str(v), k[0])}

    def key(self, ref: FactRef) -> tuple[str, str | None]:
        return (ref.key, self.script.fact_product(ref))
