"""Shares of a price valued from the figures the reply states (:mod:`simulator.roleplay.offers`).

A share of the price ("退您一半", "三成", "九折", "10% of the ¥599") the lexicon's price forms did
not value (:mod:`simulator.roleplay.offer_totals`) is valued here from the reply's own figures:

- a figure stated with it that is the share of another figure ("裙子259,退129.5", "399的三分之一
  就是133", "10% of the ¥599, so ¥59.90"; rounded: "一百二十九块六毛七,我凑整给您退130") or that
  a total word leads ("打个九折,等于退您59.9", "that's ¥149.50") is the offer: the share takes
  it, and the offer that held it as a sum of its own goes (one refund, not two);
- else a figure of the reply's, the one it states, is the price ("裙子259的三成" = 77.7,
  "half the $60 you paid" = 30): the share is valued at it.

With no figure the share keeps no amount and the session values it at the order's price.
"""

from __future__ import annotations

import re
from dataclasses import replace

from simulator.roleplay.lexicon import Lexicon
from simulator.roleplay.money import amounts
from simulator.roleplay.offer_merge import Offer

__all__ = ["valued_shares"]

#: A bare figure (a price not in a price form: "裙子259"), not part of a longer number.
_FIGURE = re.compile(r"(?<![\d./])(?<!\d,)\d{1,6}(?:\.\d{1,2})?(?![\d/])(?!\.\d)")
#: What makes a bare figure no price: a rate, a share, a count, a time or a date after it.
_NOT_PRICE = re.compile(
    r"\s?(%|percent|成|折|倍|分之|/|[a-z]{0,2}\s?(days?|hours?|hrs?|weeks?|pm|am|items?|pieces?)"
    r"(?![a-z])|天|小时|个|件|号|点|次|分钟|周|月|年|单|码|张|份|:|\.\d)"
)
#: The difference a discount comes to, named just before its figure.
_DIFFERENCE = re.compile(r"差价(是|为)?\s?$|the difference (is|of|comes to)\s?$")
#: How far a rounded figure may be from the exact share ("129.67, 凑整退130").
_ROUNDING = 1.0


def _figures(text: str, lex: Lexicon) -> list[tuple[int, int, float]]:
    """The figures a reply states: its money sums and its bare numbers that name no rate,
    count or time ("裙子259", "the $60 you paid", "a ¥299 pair")."""
    found = list(amounts(text, lex))
    for m in _FIGURE.finditer(text):
        if _NOT_PRICE.match(text, m.end()) or text[max(0, m.start() - 2) : m.start()] == "分之":
            continue
        if not any(a <= m.start() < b for a, b, _v in found):
            found.append((m.start(), m.end(), float(m.group())))
    return sorted(found)


def _led(text: str, lex: Lexicon, start: int) -> bool:
    """A total word leads the figure at ``start`` ("等于退您59.9", "so ¥59.90", "that's"), or
    the difference the share comes to ("打个八折,差价119块8直接退回")."""
    if _DIFFERENCE.search(text, max(0, start - 6), start):
        return True
    if lex.total is None:
        return False
    return any(t.end() >= start - 4 for t in lex.total.finditer(text, max(0, start - 10), start))


def _compatible(a: Offer, b: Offer) -> bool:
    return a.kind is None or b.kind is None or a.kind == b.kind


def valued_shares(text: str, lex: Lexicon, offers: list[Offer], guards=()) -> list[Offer]:
    """Value each share of the price the reply's figures give (see the module); a figure a
    guard covers ("刚才说退20不对") is none."""
    shares = [o for o in offers if 0 < (o.multiple or 0) < 1]
    if not shares:
        return offers
    figures = [f for f in _figures(text, lex) if not any(a < f[1] and f[0] < b for a, b in guards)]
    out = list(offers)
    for share in shares:
        m = share.multiple
        if share.amount is not None:  # its sum restated rounded ("129.67, 凑整退130")
            stated = [f for f in figures if f[0] >= share.end and abs(f[2] - share.amount) <= 1]
        else:
            stated = [
                f
                for f in figures
                if _led(text, lex, f[0])
                or any(
                    abs(f[2] - m * g[2]) <= min(_ROUNDING, 0.01 * f[2] + 0.01)
                    for g in figures
                    if g[2] > f[2]
                )
            ]
        others = [o for o in out if o is not share and o.amount is not None]
        if stated:
            value = stated[-1][2]  # the last: the figure rounded ("凑整给您退130")
            same = [
                o
                for o in others
                if any(o.start <= f[0] < o.end or o.amount == f[2] for f in stated)
                and _compatible(o, share)
            ]
            kind = share.kind or next((o.kind for o in same if o.kind), None)
            new = replace(share, amount=value, kind=kind)
            out = [new if o is share else o for o in out if not any(o is s for s in same)]
        elif share.amount is None:
            # a sum offered of its own is no price ("打九折...再补10元券")
            held = {o.amount for o in others}
            prices = {f[2] for f in figures if f[2] > 1 and f[2] not in held}
            if len(prices) == 1:
                new = replace(share, amount=round(m * prices.pop(), 2))
                out = [new if o is share else o for o in out]
    return _one_per_share(out)


def _one_per_share(offers: list[Offer]) -> list[Offer]:
    """One offer per share valued: a share read with no form beside the same share of a named
    form goes ("退您三成的货款,裙子259的三成"), and so does the refund a verb reads beside the
    form the object names ("返两成现金": cash, as the labelling conventions' "the object names
    the kind")."""

    def twin(o: Offer, kinds) -> bool:
        return any(
            p is not o and p.multiple == o.multiple and p.amount == o.amount and p.kind in kinds
            for p in offers
        )

    out = []
    for o in offers:
        if o.multiple and o.kind is None and twin(o, ("refund", "cash", "coupon")):
            continue
        if o.multiple and o.kind == "refund" and twin(o, ("cash", "coupon")):
            continue
        out.append(o)
    return out
