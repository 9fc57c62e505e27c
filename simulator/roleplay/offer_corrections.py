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
from simulator.roleplay.money import money_number
from simulator.roleplay.offer_merge import Offer
from simulator.roleplay.textnorm import clause_bounds

__all__ = ["corrected", "corrects"]

#: How far before a clause a correction word restates the offer in it ("说错了,不是5块是8块的券").
_REACH = 16
_SENTENCE_END = "。!?!?"
#: the end of a sentence: its mark, or an English full stop followed by a space
_STOP = re.compile(r"[。!?!?]|\. ")
#: all that may stand between a correction word and its bare new sum ("I mean 12", "不对,是8块",
#: "是满199减40")
_GAP = re.compile(r"[\s,:;是为]*(满\s?\d{1,5}\s?(元|块)?\s?(减)?)?")


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


def _bare_sum(text: str, lex: Lexicon, pos: int, end: int) -> float | None:
    """A sum standing alone in the clause right after a correction word ("不对,是8块", "……好吧,
    15", "I mean 12"): the corrected value, with or without a unit."""
    if lex.amount_alone is None:
        return None
    c0, c1 = clause_bounds(text, pos, lex.clause_breaks)
    if c1 <= pos + 1 and c1 < end:  # the word ends its clause: the next one
        c0, c1 = clause_bounds(text, c1 + 1, lex.clause_breaks)
    c0 = max(c0, pos)
    if c1 > end or c1 - c0 > _REACH:
        return None
    m = lex.amount_alone.fullmatch(text[c0:c1].strip())
    if m is None:
        return None
    token = next((v for k, v in m.groupdict().items() if v and k[0] == "n"), None)
    return money_number(token, lex)


def corrected(text: str, lex: Lexicon, offers: list[Offer], values) -> list[Offer]:
    """Settle each correction word followed, in its sentence, by a sum: the offer holding that
    sum replaces the offers of its kind before the word (and, in the same sentence, the offer
    just before the word, whatever its kind: "先给您20的券,不对,可以直接退30"); a sum in no
    offer, standing alone after the word ("是8块", "I mean 12"), is the new value of the last
    offer before the word."""
    if lex.correction is None or not offers:
        return offers
    out = list(offers)
    for m in lex.correction.finditer(text):
        end = _sentence_end(text, m.end())
        after = [v for v in values if m.end() <= v[0] < end]
        before = [o for o in out if o.end <= m.start() and not o.added and o.amount is not None]
        held = [(v, o) for v in after for o in out if o.start <= v[0] < o.end]
        if held:
            new, holder = held[0]
            gone = [o for o in before if o is not holder and _compatible(o.kind, holder.kind)]
            if not gone and before and _sentence_start(text, m.start()) <= before[-1].start:
                gone = [before[-1]]  # taken back for an offer of another kind
            kind = holder.kind or next((o.kind for o in reversed(gone) if o.kind), None)
            # the word inside the offer's own clause ("先给您15的券…行吧20"): its sum after the word
            amount = new[2] if holder.start < m.start() else holder.amount
            out = [
                replace(o, kind=kind, amount=amount) if o is holder else o
                for o in out
                if o not in gone
            ]
            continue
        value = after[0][2] if after else None
        if after and lex.amount_alone is not None:
            c0, c1 = clause_bounds(text, after[0][0], lex.clause_breaks)
            if lex.amount_alone.fullmatch(text[c0:c1].strip()) is None and (
                _GAP.fullmatch(text, m.end(), after[0][0]) is None
            ):
                value = None
        if value is None:  # (a bare figure right after the word: "…行吧20,最多20了")
            value = _bare_sum(text, lex, m.end(), end)
        if before and value:
            out = [replace(o, amount=value) if o is before[-1] else o for o in out]
    return out


def _sentence_start(text: str, pos: int) -> int:
    return max((m.end() for m in _STOP.finditer(text, 0, pos)), default=0)
