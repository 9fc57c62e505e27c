"""Small readers shared by the roleplay tests: the moves read in a reply, the offers in it."""

from __future__ import annotations

from simulator.roleplay.lexicon import load_lexicon
from simulator.roleplay.moves import classify
from simulator.roleplay.offers import read_offers
from simulator.roleplay.textnorm import normalise


def move_names(text: str, lang: str = "zh") -> set[str]:
    """The names of the moves ``text`` is read as."""
    return {m.name for m in classify(text, lang)}


def offers_read(text: str, lang: str = "zh") -> list[tuple]:
    """The offers of ``text`` as sorted ``(kind or "", amount or 0.0)`` pairs."""
    norm, _ = normalise(text)
    return sorted((o.kind or "", o.amount or 0.0) for o in read_offers(norm, load_lexicon(lang)))
