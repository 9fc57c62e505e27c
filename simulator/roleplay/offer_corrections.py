"""Sums the agent corrects (:mod:`simulator.roleplay.offers`): "说错了,不是5块是8块的券",
"之前说给您补5块红包,打错了,是8块", "Correction: the refund is $21, not $12".

A correction word (lexicon ``amounts.corrections``: 说错了, 口误, 更正一下, correction, I meant)
restates an offer made before, in this reply or earlier in the chat: the sum after it is the offer,
so a kind that needs an offer verb has it (:func:`corrects`); the sum corrected is no value (the
guards "不是5块是", "not $12"); the offers of that kind before the word give way to the new sum,
and a bare new sum ("是8块") is the value of the offer it corrects (:func:`corrected`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from simulator.roleplay.lexicon import Lexicon
from simulator.roleplay.offer_merge import Offer
from simulator.roleplay.textnorm import clause_bounds

__all__ = ["corrected", "corrects"]

#: How far before a clause a correction word restates the offer in it ("说错了,不是5块是8块的券").
_REACH = 16
_SENTENCE_END = "。!?!?"
#: the end of a sentence: its mark, or an English full stop followed by a space
_STOP = re.compile(r"[。!?!?]|\. ")


def corrects(text: str, lex: Lexicon, c0: int, c1: int) -> bool:
    """A correction word in the clause ``c0:c1`` or just before it, in the same sentence."""
    if lex.correction is None:
        return False
    start = max(0, c0 - _REACH)
    for pos in range(c0 - 1, start - 1, -1):
        if text[pos] in _SENTENCE_END or text.startswith(". ", pos):
            start = pos + 1
            break
    return lex.correction.search(text, start, c1) is not None


def _sentence_end(text: str, pos: int) -> int:
    stop = _STOP.search(text, pos)
    return len(text) if stop is None else stop.start()


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def corrected(text: str, lex: Lexicon, offers: list[Offer], values) -> list[Offer]:
    """Settle each correction word followed, in its sentence, by a sum: the offer holding that
    sum replaces the offers of its kind before the word; a sum in no offer, in a clause of its
    own ("是8块"), is the new value of the last offer before the word."""
    if lex.correction is None or not offers:
        return offers
    out = list(offers)
    for m in lex.correction.finditer(text):
        end = _sentence_end(text, m.end())
        new = next((v for v in values if m.end() <= v[0] < end), None)
        if new is None:
            continue
        before = [o for o in out if o.end <= m.start() and not o.added and o.amount is not None]
        holder = next((o for o in out if o.start <= new[0] < o.end), None)
        if holder is not None:
            gone = [o for o in before if o is not holder and _compatible(o.kind, holder.kind)]
            kind = holder.kind or next((o.kind for o in reversed(gone) if o.kind), None)
            out = [replace(o, kind=kind) if o is holder else o for o in out if o not in gone]
        elif before and lex.amount_alone is not None:
            c0, c1 = clause_bounds(text, new[0], lex.clause_breaks)
            if lex.amount_alone.fullmatch(text[c0:c1].strip()) is not None:
                out = [replace(o, amount=new[2]) if o is before[-1] else o for o in out]
    return out
