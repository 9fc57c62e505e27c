"""Sums listed for one kind, each an offer (:mod:`simulator.roleplay.offers`).

A list of sums that starts a clause of its own after an offer ("给您发两张券,一张10元一张5元",
"two coupons, one 20 and one 10") or runs on past the offer's clause ("two vouchers: one for 30
and another for 15") gives one offer of that kind per sum; what stands between two listed sums
is a list joiner (lexicon ``amounts.list_joiners``: "和", "一张", "and one"), a comma or
nothing, and a total ("一共30") ends the list. A sum given as several pieces ("两张10元券", "券伍元
×2张", "two $10 vouchers": lexicon ``amounts.counts``) is one offer per piece, unless a total
stated with it made it one offer ("三张10元券,一共30"). A clause after an offer shaped as one more
piece of the list (:func:`listed_item`) is offered too, and one that only names a sum and an
off-platform channel ("…, and ¥20 to your Alipay") is cash through it (:func:`channel_items`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from simulator.roleplay.lexicon import Lexicon
from simulator.roleplay.money import amounts, money_number
from simulator.roleplay.offer_merge import Offer, overlaps
from simulator.roleplay.offer_totals import is_raise
from simulator.roleplay.textnorm import clause_bounds
from simulator.roleplay.values import find_channels

__all__ = ["channel_items", "counted", "joined", "list_tails", "listed_clause", "listed_item"]

#: The most pieces one count gives (a larger number is no count of coupons).
_MOST_PIECES = 10


def _list_run(text: str, lex: Lexicon, values, k: int) -> list[tuple[int, int, float]]:
    """The sums listed from ``values[k]`` on, across clauses: what stands between two of them
    is a list joiner, a comma or nothing ("一张10元,一张5元", "one 20 and one 10")."""
    run = [values[k]]
    for v in values[k + 1 :]:
        total = lex.total is not None and lex.total.match(text, v[0])  # "一共30": the sum of all
        total = total or is_raise(text, lex, *v[:2])  # "从8块提到12": the sum raised, no list
        if total or not joined(text[run[-1][1] : v[0]], lex.list_joiner, " ,;、"):
            break
        run.append(v)
    return run


def joined(between: str, joiner: re.Pattern[str] | None, strip: str = " ") -> bool:
    """Two listed sums: a list joiner between them ("和", "一张", "and one"), or nothing."""
    # (a joiner that is also a break, "、", is tried with it: "运费10块、表带4块")
    trimmed = between.strip(strip)
    if trimmed == "":
        return True
    return joiner is not None and any(joiner.fullmatch(b) for b in (trimmed, between.strip()))


def _short(piece: str, most: int = 8) -> bool:
    """A counter or particle around a list of sums ("一张", "one for", "哈"): no digit in it."""
    return len(piece.strip()) <= most and not any(c.isdigit() for c in piece)


def listed_clause(text: str, lex: Lexicon, near: tuple[int, int]) -> list[float]:
    """The sums of a list of two or more that starts the clause ``near`` and is all of it and
    its clauses ("给您发两张券,一张10元一张5元", "two coupons, one 20 and one 10")."""
    values = amounts(text, lex)
    k = next((i for i, v in enumerate(values) if near[0] <= v[0] < near[1]), None)
    if k is None or not _short(text[near[0] : values[k][0]]):
        return []
    run = _list_run(text, lex, values, k)
    end = clause_bounds(text, run[-1][0], lex.clause_breaks)[1]
    return [v for _a, _b, v in run] if len(run) > 1 and _short(text[run[-1][1] : end], 3) else []


def list_tails(text: str, lex: Lexicon, offers: list[Offer], values) -> list[Offer]:
    """A list of sums of one kind running on past the offer's clause ("two vouchers: one for 30
    and another for 15"): each further sum is an offer of that kind."""
    out = list(offers)
    spans = [(o.start, o.end) for o in offers]
    for o in offers:
        inside = [i for i, v in enumerate(values) if o.start <= v[0] < o.end]
        if o.kind is None or o.amount is None or not inside:
            continue
        run = _list_run(text, lex, values, inside[-1])
        for prev, v in zip(run, run[1:], strict=False):
            c0, c1 = clause_bounds(text, v[0], lex.clause_breaks)
            tail = text[v[1] : c1]
            alone = _short(text[c0 : v[0]]) and (_short(tail, 3) or _parallel(text, prev, tail))
            if v[0] >= o.end and alone and not overlaps(v[:2], spans):
                out.append(replace(o, amount=v[2]))
    return out


def _parallel(text: str, prev: tuple, tail: str) -> bool:
    """A sum's tail naming what it is for as the sum before it does ("$10 for the shipping and
    $4 for the strap"): the same first word after each, and no digit in the tail."""
    words, before = tail.split(), text[prev[1] :].split()
    return bool(words) and len(tail) <= 30 and _short(tail, 30) and words[0] == before[0]


def counted(text: str, lex: Lexicon, offers: list[Offer], values) -> list[Offer]:
    """One offer per piece of a sum given as several ("两张10元券": two coupons of 10); an offer
    whose value a total replaced ("三张10元券,一共30": 30) is no longer the counted sum."""
    if lex.amount_counts is None or not offers:
        return offers
    out = list(offers)
    for m in lex.amount_counts.finditer(text):
        groups = {k.split("_")[0]: v for k, v in m.groupdict().items() if v}
        token = groups.get("c") or groups.get("c2")
        n = money_number(token, lex)
        inside = [(a, v) for a, _b, v in values if m.start() <= a < m.end()]
        if not n or not 2 <= n <= _MOST_PIECES or n != int(n) or len(inside) != 1:
            continue
        pos, value = inside[0]
        o = next((o for o in out if o.start <= pos < o.end and o.amount == value), None)
        if o is None or o.kind in ("full_refund", "gift"):
            continue
        if o.kind is None and "coupon" in groups:
            o = replace(o, kind="coupon")  # the count names a coupon ("两张5元的")
            out = [
                o if p.start == o.start and p.amount == value and p.kind is None else p for p in out
            ]
        total = round(value * n, 2)
        if any(a >= m.end() and v == total for a, _b, v in values):  # "$30 in all": one offer
            whole = replace(o, amount=total)
            out = [whole if p == o else p for p in out if p == o or p.amount != total]
        else:
            out += [o] * (int(n) - 1)
    return out


#: A clause listing one more piece: a sum first, after an optional joiner ("a ¥30 coupon for next
#: time", "Also a ¥30 voucher.", "In addition there's a ¥10 coupon", "外加10元券").
_LIST_ITEM = re.compile(
    r"(?:(?:and|also|plus|with|together with|in addition|additionally|then|\+|&|和|加|外加|再加|"
    r"另加|还有)[,:]?\s*)?(?:(?:there's|there is)\s+)?(?:(?:a|an|one|two)\s+)?"
    r"(?:[¥$£€]|rmb|\d|[一二两三四五六七八九十])"
)
#: ...not one the customer has, had or may get elsewhere ("30元券是您自己领的", "the ¥30 coupon
#: you got last month is still valid", "only for members", "已经结束了").
_MENTIONED = re.compile(
    r"是您|您自己|你自己|已经|之前|上次|活动|结束|过期|有效|只有|仅限|领|"
    r"\byou(?:'ve)? (?:got|used|had|received|asked|mentioned|have)\b|\bused\b|expire|valid|"
    r"\bonly\b|\blast\b|ended|\bwas\b|\bwere\b|promo|member|applied|already"
)


def listed_item(text: str, c0: int, c1: int) -> bool:
    """The clause ``c0:c1`` lists one more piece after an offer: shaped as a list item, not a
    sum the customer has or had."""
    return _LIST_ITEM.match(text, c0) is not None and _MENTIONED.search(text, c0, c1) is None


#: A list item opened by a joiner ("and ¥20 to your Alipay", "另外20块转您支付宝").
_JOINED = re.compile(r"(?:and|also|plus|\+|&|和|加|外加|再加|另加|还有|另外|再)")


def channel_items(text: str, lex: Lexicon, offers: list[Offer], values) -> list[Offer]:
    """A sum listed after an offer in a clause of its own that names an off-platform channel
    is cash paid through it ("Full refund, shipping both ways on us, and ¥20 to your Alipay")."""
    if not offers:
        return offers
    channels = find_channels(text, lex.payments)
    first = min(o.start for o in offers)
    out = list(offers)
    for a, _b, _name in channels:
        c0, c1 = clause_bounds(text, a, lex.clause_breaks)
        if c0 <= first or overlaps((c0, c1), [(o.start, o.end) for o in out]):
            continue
        here = [v for s, _e, v in values if c0 <= s < c1]
        if len(here) == 1 and _JOINED.match(text, c0) and listed_item(text, c0, c1):
            out.append(Offer(c0, c1, here[0], "cash"))
    return sorted(out, key=lambda o: o.start)
