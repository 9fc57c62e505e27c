"""Sums that add up or replace one another (:mod:`simulator.roleplay.offers`).

An offer added to another ("再加5块", "another $5": lexicon ``amounts.increments``) with no
form named takes the form of the sum it adds to ("先发5块红包,再补10块": two coupons). Offers of
one kind (or of none) followed by a total in the same sentence are one offer at the total ("补你
10块,再加5块,凑个15", "给您再加5块,一共25", "$10 refunded, another $5 on top, $15 in total");
so too a total stated first and its parts after it ("一共给您退64:差价50,运费14"), or parts of which
only some are offers ("退差价30加运费8块,一共38"). Offers of two
kinds stay two ("给您退20,再返现10,一共30"). A raise ("补到10块", "bumped it to $25": lexicon
``amounts.raises``) replaces the smaller sums of its kind before it. A multiple of the price is
valued at the one price the reply states (lexicon ``amounts.prices``: "实付88,退一赔三" = 264).
An amount per item or day gives way to the total stated after it, or is multiplied by the count
stated after it ("每件补3块,您买了6件": 18): :func:`per_unit_totals`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from simulator.roleplay.lexicon import Lexicon
from simulator.roleplay.money import amounts, money_number
from simulator.roleplay.offer_merge import Offer
from simulator.roleplay.textnorm import CN_NUMERALS

__all__ = ["is_added", "is_raise", "per_unit_totals", "running_totals", "sum_closing"]

#: The most items or days a count after an amount per item multiplies it by.
_MOST_UNITS = 100

_SENTENCE_END = "。.!?!?"
#: Kinds a sum of no named form can take from the sum it adds to.
_ADDED_KINDS = ("coupon", "refund", "cash")
#: How far before a value its lead words are looked for ("bumped it from $15 to").
_LEAD = 24
_NUMBER = re.compile(rf"[\d{CN_NUMERALS}]")
_WORD = re.compile(r"[a-z]+")
_FIGURE = re.compile(r"(?<![\d.])\d{1,7}(?:\.\d{1,2})?(?![\d.])")


def _lead(text: str, start: int, end: int, floor: int, words=()) -> str:
    """The words before a value's number (its currency mark dropped: "another $" → "another"),
    a number word of ``words`` too ("another ten off")."""
    m = _NUMBER.search(text, start, end)
    pos = m.start() if m is not None else start
    if m is None:
        pos = next((w.start() for w in _WORD.finditer(text, start, end) if w.group() in words), pos)
    return text[max(floor, pos - _LEAD) : pos].rstrip(" $¥£€₹₱").rstrip()


def is_added(text: str, lex: Lexicon, a: int, b: int, floor: int = 0) -> bool:
    """The value at ``a:b`` is added to one given: an increment word before it ("再加5块",
    "another ten") or after it ("S$5 more", "$5 extra": lexicon ``amounts.increments_after``)."""
    if lex.increment is not None and lex.increment.search(
        _lead(text, a, b, floor, lex.number_words)
    ):
        return True
    after = lex.increment_after
    return after is not None and after.match(text, b) is not None


def is_raise(text: str, lex: Lexicon, a: int, b: int, floor: int = 0) -> bool:
    """The value at ``a:b`` is a raise of a sum given ("加到20块", "bumped it to $25")."""
    lead = _lead(text, a, b, floor, lex.number_words)
    return lex.raise_to is not None and lex.raise_to.search(lead) is not None


def _marked(text: str, regex, o: Offer, values) -> bool:
    """The value of offer ``o`` follows a word of ``regex`` (an increment or a raise)."""
    if regex is None or o.amount is None:
        return False
    for a, b, v in values:
        if o.start <= a < o.end and v == o.amount and regex.search(_lead(text, a, b, o.start)):
            return True
    return False


def _sentence(text: str, pos: int) -> tuple[int, int]:
    s0 = pos
    while s0 > 0 and text[s0 - 1] not in _SENTENCE_END:
        s0 -= 1
    s1 = pos
    while s1 < len(text) and text[s1] not in _SENTENCE_END:
        s1 += 1
    return s0, s1


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _inherit(text: str, lex: Lexicon, offers: list[Offer], values) -> list[Offer]:
    """A sum added with no form named takes the form of the sum before it."""
    out = list(offers)
    for i, o in enumerate(out):
        added = o.added or _marked(text, lex.increment, o, values)
        if o.kind is None and o.multiple is None and added:
            before = [p for p in out[:i] if p.amount is not None and p.kind is not None]
            if before and before[-1].kind in _ADDED_KINDS:
                out[i] = replace(o, kind=before[-1].kind, added=True)
    return out


def _raised(text: str, lex: Lexicon, offers: list[Offer], values) -> list[Offer]:
    """A raise replaces the smaller sums of its kind before it ("补5块...给您补到10块")."""
    drop: set[int] = set()
    out = list(offers)
    for i, o in enumerate(out):
        if not _marked(text, lex.raise_to, o, values):
            continue
        for j, p in enumerate(out[:i]):
            if p.amount is not None and p.amount < o.amount and _compatible(p.kind, o.kind):
                drop.add(j)
                if o.kind is None and p.kind is not None:
                    out[i] = o = replace(o, kind=p.kind)
    return [o for i, o in enumerate(out) if i not in drop]


def _total_value(text: str, lex: Lexicon, values):
    """Each total and its value: after its word ("一共25", "so $12") or just before it ("$15 in
    total")."""
    for t in lex.total.finditer(text):
        after = [v for v in values if t.start() <= v[0] <= t.end() + 6]
        before = [v for v in values if 0 <= t.start() - v[1] <= 2]
        if after or before:
            yield (after or before)[0]


def _priced(text: str, lex: Lexicon, offers: list[Offer]) -> list[Offer]:
    """A multiple of the price valued at the one price the reply states ("这单实付88,给您退一赔三":
    264; "three times the price... The price was 25 dollars": 75)."""
    if lex.price_stated is None or not any(o.multiple and o.amount is None for o in offers):
        return offers
    if any(o.kind is None and o.amount is not None and not o.multiple for o in offers):
        return offers  # the sum is stated ("售价39.9,总共赔399"): it is the offer
    found = set()
    for m in lex.price_stated.finditer(text):
        token = next((v for k, v in m.groupdict().items() if v and k[0] == "n"), None)
        value = money_number(token, lex)
        if value:
            found.add(value)
    if len(found) != 1:
        return offers
    price = found.pop()
    return [
        replace(o, amount=round(o.multiple * price, 2)) if o.multiple and o.amount is None else o
        for o in offers
    ]


def running_totals(text: str, lex: Lexicon, offers: list[Offer], values) -> list[Offer]:
    """Offers added up to a total stated with them, increments and raises settled, multiples of
    a price the reply states valued."""
    offers = _priced(text, lex, offers)
    offers = _raised(text, lex, _inherit(text, lex, offers, values), values)
    if lex.total is None or len(offers) < 1:
        return offers
    for t0, t1, total in _total_value(text, lex, values):
        s0, s1 = _sentence(text, t0)
        here = [
            i
            for i, o in enumerate(offers)
            if s0 <= o.start < s1 and o.amount is not None and o.multiple is None
        ]
        own = [i for i in here if offers[i].amount == total]  # the total read as an offer
        parts = [i for i in here if i not in own and offers[i].amount < total]
        kinds = {offers[i].kind for i in parts + own} - {None}
        if not parts or len(kinds) > 1:
            continue
        before = [i for i in parts if offers[i].start < t0]
        # the parts listed after a total, sums or bare figures ("一共64:差价50,运费14")
        after = [float(n) for n in _FIGURE.findall(text, t1, s1)]
        added = sum(offers[i].amount for i in before)
        increment = any(_marked(text, lex.increment, offers[i], values) for i in before)
        # or the parts and sums named with them of no offer ("退差价30加运费8块,一共38")
        named = sum(v for a, _b, v in values if s0 <= a < t0 and v != total)
        if before and (abs(added - total) < 0.01 or increment or abs(named - total) < 0.01):
            keep = min(before + own, key=lambda i: offers[i].start)
            merged = before + own
        elif len(after) >= 2 and abs(sum(after) - total) < 0.01:  # "一共64:差价50,运费14"
            keep = min(own, key=lambda i: offers[i].start) if own else parts[0]
            merged = [i for i in parts + own if offers[i].amount in after or i == keep]
            kinds = {offers[i].kind for i in merged} - {None}
        else:
            continue
        new = replace(offers[keep], amount=total, kind=next(iter(kinds), None))
        offers = [
            new if i == keep else o for i, o in enumerate(offers) if i not in merged or i == keep
        ]
    return offers


def sum_closing(text: str, lex: Lexicon, near: tuple[int, int]) -> float | None:
    """The sum a clause ends on after a total word: what an offer's share or rate comes to
    ("金额是订单的10%,也就是9块9", "so the 10% we agreed comes to $240")."""
    if lex.total is None:
        return None
    found = [v for v in amounts(text[: near[1]], lex) if v[0] >= near[0]]
    if not found or near[1] - found[-1][1] > 2:
        return None
    a, b, value = found[-1]
    # the total word ends just before the sum or starts it ("也就是9块9" is read from 也)
    near_total = (t for t in lex.total.finditer(text, max(near[0], a - 12), b) if t.end() >= a - 3)
    return value if next(near_total, None) is not None else None


def per_unit_totals(text: str, lex: Lexicon, offers: list[Offer], values) -> list[Offer]:
    """An amount per item or day gives way to the total stated after it in the reply ("每件退您
    25,共50元", "$5 back per item, so $15", "$5 off each, $15 in all"); a later offer of the
    same kind and a larger amount is that total too ("延误一天补5块,您这单延误了4天,补20"); with no
    total stated, the amount times a count stated after it ("每件补3块,您买了6件": 18, "$2 refund per
    mug, you bought 6": lexicon ``amounts.unit_counts``)."""
    if lex.per_unit is None:
        return offers
    out = []
    for i, o in enumerate(offers):
        if o.amount is not None and lex.per_unit.search(text, o.start, o.end):
            later = [p for p in offers[i + 1 :] if p.kind == o.kind and (p.amount or 0) > o.amount]
            if later:
                continue
            total = None
            if lex.total is not None:
                for t in lex.total.finditer(text, o.start):
                    # the total's value after its word ("共50元") or just before it ("$15 in all")
                    after = [
                        v
                        for a, b, v in values
                        if t.start() <= a <= t.end() + 6 or (a >= o.end and 0 <= t.start() - b <= 2)
                    ]
                    if after and after[0] > o.amount:
                        total = after[0]
                        break
            if total is None:
                total = _counted_total(text, lex, o)
            if total is not None:
                o = replace(o, amount=total)
        out.append(o)
    return out


def _counted_total(text: str, lex: Lexicon, o: Offer) -> float | None:
    """An amount per item times the count of items stated after it in the reply."""
    if lex.unit_count is None or o.amount is None:
        return None
    for m in lex.unit_count.finditer(text, o.start):
        token = next((v for k, v in m.groupdict().items() if v and k[0] == "n"), None)
        n = money_number(token, lex)
        if n and n == int(n) and 2 <= n <= _MOST_UNITS:
            return round(o.amount * n, 2)
    return None
