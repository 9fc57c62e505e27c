"""Reading compensation offers: their kind, value, price multiple and payment channel.

An offer is a mention of compensation (a kind's words, a generic offer word, a multiple of the
price such as 三倍赔偿 or 退一赔三) that no guard covers ("不能补偿", "券用不了", "the refund was
processed", "您要求退一百块"); a mention inside a guarded longer one is covered too. Mentions are
grouped by clause; the money of the clause is the offer's value (:mod:`simulator.roleplay.money`:
20元, ¥35.5, 叁佰元, 3千块, 1.5万, 2k, 5块5, "补张30的券", "a 20 coupon", "退40"), or, when the
clause has none, an amount standing alone in the clause next to it ("补偿您。50元。", "补个差价吧,20",
"..., so 297 yuan"), past a short filler clause ("补偿吧,不多,伍元") and not from a clause naming
another kind; an amount per item or day gives way to the total after it ("每件退您25,共50元").
Thresholds (满200), prices ("按99块的价格", "the 2k order") and a sum named as a clause's topic,
up to its colon ("关于500元:我能给的上限是50", the customer's) are no values; a gift takes none.
A kind that needs an offer verb finds it in its clause, in the clause a break word split from
it ("offer you free return shipping and a 15 yuan voucher"), or, for a short clause, in an
offering clause before it ("给您全额退款,另外10元券明天到账"), before a list of offers it is an
item of, or after a list of sums ("红包30,现金券20,都给您发了": :mod:`simulator.roleplay.offer_verbs`);
a sum the agent corrects is the offer (:mod:`simulator.roleplay.offer_corrections`). Sums listed for one kind are one offer each ("10块差价和3块运费"), and so
are the pieces of a counted sum ("两张10元券": :mod:`simulator.roleplay.offer_lists`); a full
refund takes no figure (it is the order's price); a sum added or raised
(:mod:`simulator.roleplay.offer_totals`: "another ten", "从30提到45") is one more offer or the new
value; a topic the rest of its sentence gives ("As for the $20 voucher, I've sent it") is an offer.

Keeping the item, loyalty points, repeats and payment channels are settled afterwards
(:mod:`simulator.roleplay.offer_merge`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from simulator.roleplay.lexicon import Lexicon
from simulator.roleplay.money import amounts, given_topics, list_marker, money_number, topics
from simulator.roleplay.offer_corrections import corrected
from simulator.roleplay.offer_lists import (
    channel_items,
    counted,
    joined,
    list_tails,
    listed_clause,
    listed_item,
)
from simulator.roleplay.offer_merge import (
    KEEP_ITEM,
    POINTS,
    SHIPPING_FEE,
    Offer,
    gap,
    kept_items,
    merge_offers,
    overlaps,
    with_channels,
)
from simulator.roleplay.offer_shares import valued_shares
from simulator.roleplay.offer_totals import (
    is_added,
    is_raise,
    per_unit_totals,
    running_totals,
    sum_closing,
)
from simulator.roleplay.offer_verbs import LISTED_WITH, has_verb, next_clause
from simulator.roleplay.textnorm import clause_bounds

__all__ = ["Offer", "amounts", "read_offers"]

#: Kinds a price multiple applies to (三倍赔偿, 三倍退款); None is a generic offer.
_MULTIPLE_KINDS = (None, "refund", "cash")
#: The longest clause with no digit skipped between an offer and its lone amount ("不多" in
#: "给您申请一个补偿吧,不多,伍元"; "我们给您报销" in "运费您先垫付,我们给您报销,最多12元").
_FILLER = 8
#: Kinds that take an amount from a clause of its own.
_AMOUNT_KINDS = (None, "coupon", "refund", "cash", "free_return_shipping")
#: Money given back (not paid as damages: "运费是8元,我按双倍赔您" is compensation of no kind).
_REFUNDED = re.compile(r"退|返|refund")


def _spans(regex: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    return list(_spans_of(regex, text)) if regex is not None else []


@lru_cache(maxsize=256)
def _spans_of(regex: re.Pattern[str], text: str) -> tuple[tuple[int, int], ...]:
    """Every match of ``regex`` in ``text`` (a reply's clauses ask for the same scan again)."""
    return tuple(m.span() for m in regex.finditer(text))


def _multiples(text: str, lex: Lexicon, guards) -> list[tuple[int, int, float, bool]]:
    out = []
    for regex, times, with_refund, scale, discount in lex.multiples:
        for m in regex.finditer(text):
            n = times if times is not None else money_number(m.groupdict().get("n"), lex)
            d = money_number(m.groupdict().get("d"), lex)  # "三分之一", "1/3": n over d
            n = n / d if n and d else n
            h = money_number(m.groupdict().get("h"), lex)  # "一成五", "七五折": half a step on
            n = n + h / 10 if n and h else n
            if discount and n and n >= 10:  # "95折" is 9.5
                n = n / 10
            n = round(n * scale, 6) if n else n  # "百分之二十的补偿" (0.01), "补三成" (0.1)
            if discount:  # "打八折": a fifth of the price back
                n = round(1 - n / 10, 4) if n and 0 < n < 10 else None
            if n and not overlaps(m.span(), guards):
                out.append((m.start(), m.end(), n, with_refund))
    return out


def read_offers(text: str, lex: Lexicon, *, verbs: bool = True) -> list[Offer]:
    """Every compensation offer in normalised ``text``, one per kind and clause.

    ``verbs=False`` drops the offer verb a kind may need ("我能做主的是20元券"): for a reply the
    statistical reader is sure makes an offer, to name its kind and value."""
    rules = lex.moves["offer_compensation"]
    topical = topics(text, lex)  # "关于500元赔偿:": the customer's sum, no offer; ends a clause
    guards = _spans(rules.guards.regex, text) + topical
    given = given_topics(text, lex)  # a topic the rest of its sentence gives: the agent's offer
    mentions: list[tuple[int, int, str | None]] = []
    for kind, terms in lex.kinds.items():
        mentions += [(a, b, kind) for a, b in _spans(terms.regex, text)]
    mentions += [(a, b, None) for a, b in _spans(rules.hits.regex, text)]
    keep = lex.keep_item.regex if lex.keep_item is not None else None
    mentions += [(a, b, KEEP_ITEM) for a, b in _spans(keep, text)]
    points = lex.points.regex if lex.points is not None else None
    mentions += [(a, b, POINTS) for a, b in _spans(points, text)]
    multiples = _multiples(text, lex, guards)
    mentions += [(a, b, None) for a, b, _n, _r in multiples]
    # longest mention wins where two overlap ("全额退款" over "退款"), specific over generic
    mentions.sort(key=lambda m: (-(m[1] - m[0]), m[2] is None, m[0]))
    kept: list[tuple[int, int, str | None]] = []
    # which kept mention (index) or guard (-1) covers each character: overlap checks in
    # proportion to a mention's length, so a reply of many mentions reads in linear time
    owner: list[int | None] = [None] * len(text)
    for a, b in guards:
        owner[a:b] = [-1] * (b - a)
    for m in mentions:
        a, b = m[0], m[1]
        covered = {owner[i] for i in range(a, b)} - {None}
        if b <= a or -1 in covered:
            if b > a:  # a guarded mention takes the words inside it along ("要全额退款对吗")
                guards.append((a, b))
                owner[a:b] = [-1] * (b - a)
            continue
        if not covered:
            owner[a:b] = [len(kept)] * (b - a)
            kept.append(m)
        elif kept[k := min(covered)][2] is None and m[2] is not None:  # "给您返现15块": the kind
            kept[k] = (*kept[k][:2], m[2])  # inside a generic offer phrase names the offer
    # the number of a multiple is no amount ("假一赔十" offers ten times the price, not 10 yuan),
    # nor is the price it multiplies ("这件卖198,给您退一半", "this $45 kettle")
    # and a sum a guard covers is none ("不是10块是15块券", "上次退了12块")
    values = [v for v in amounts(text, lex) if not overlaps(v[:2], multiples + guards)]
    if multiples and lex.price_stated is not None:
        values = [v for v in values if not overlaps(v[:2], _spans(lex.price_stated, text))]
    by_clause: dict[tuple[int, int], list[tuple[int, int, str | None]]] = {}
    last = (0, 0)
    for m in sorted(kept):
        # every position inside a clause has the same bounds: scan only for a new clause
        if not last[0] <= m[0] < last[1]:
            last = _clause(text, lex, m[0], topical)
        by_clause.setdefault(last, []).append(m)
    offers: list[Offer] = []
    unverbed = []  # clauses whose kinds lacked an offer verb but carry a sum
    for (c0, c1), items in sorted(by_clause.items()):
        # a mention running on past its clause ("快递费您发我截图,15块以内都给您报") reaches its values
        reach = max(c1, *(m[1] for m in items))
        here = [a for a in values if c0 <= a[0] < reach or a[0] < c0 < a[1]]  # or a range into it
        verbed = (
            not verbs
            or has_verb(text, lex, c0, reach, by_clause)
            or any(m[2] is None for m in items)
            or any(is_added(text, lex, a, b, c0) for a, b, _v in here)  # "another ten off"
            # a sum of a kind that needs no verb lists the coupon beside it ("3元券加2元现金")
            or (len(here) > 1 and any(m[2] in LISTED_WITH for m in items))
            or any(c0 <= a < c1 for a, _b in given)  # "As for the $20 voucher, I've sent it"
        )
        if not verbed and here and not any(m[2] in (KEEP_ITEM, POINTS) for m in items):
            unverbed.append((c0, reach, items, here))
        items = [m for m in items if verbed or m[2] not in lex.kinds_needing_verb]
        for marker in (KEEP_ITEM, POINTS):
            if any(m[2] == marker for m in items):
                offers.append(Offer(c0, c1, None, marker))
                items = [m for m in items if m[2] != marker]
        if items:
            offers += _clause_offers(c0, reach, items, here, text, lex)
            offers = _with_multiples(
                text, lex, offers, c0, c1, [x for x in multiples if c0 <= x[0] < c1]
            )
    if offers and unverbed:
        # a list of what the agent gives: once one piece is offered with a verb, a sum of another
        # kind listed in its own clause is offered too ("¥20 back to your card, a ¥30 coupon for
        # next time"; "old one collected free, and 20 yuan via PayPal")
        # (only after it, as an item of the list: "您之前拿到的那张30元券还能用,这次另外给您退20
        # 元", "I've refunded ¥20. The ¥30 coupon you got last month is still valid", "另外30元券
        # 是您自己领的" offer no coupon)
        first = min(o.start for o in offers)
        listed = []
        for c0, reach, items, here in unverbed:
            if c0 > first and listed_item(text, c0, reach):
                listed += _clause_offers(c0, reach, items, here, text, lex)
        offers += listed
        offers.sort(key=lambda o: o.start)
    offers = _amounts_alone(text, lex, offers, {(o.start, o.end) for o in offers}, by_clause)
    offers = _added_alone(text, lex, offers, values, guards, kept)
    offers = corrected(text, lex, list_tails(text, lex, offers, values), values)
    offers = running_totals(text, lex, per_unit_totals(text, lex, offers, values), values)
    offers = merge_offers(valued_shares(text, lex, kept_items(offers, text), guards), text)
    offers = channel_items(text, lex, offers, values)
    offers = counted(text, lex, with_channels(text, lex, offers, values, guards), values)
    return [replace(o, kind=None) if o.kind == POINTS else o for o in offers]


def _clause(text: str, lex: Lexicon, pos: int, topical) -> tuple[int, int]:
    """The clause of ``pos``, a topic's colon ending a clause ("关于500元:我能给的上限是50")."""
    c0, c1 = clause_bounds(text, pos, lex.clause_breaks)
    for a, b in topical:
        if c0 < b <= pos:
            c0 = b
        elif pos < a < c1:
            c1 = a
    while c0 < pos and text[c0].isspace():
        c0 += 1
    return c0, c1


def _clause_offers(c0, c1, items, values, text: str, lex: Lexicon) -> list[Offer]:
    """The offers of one clause: each value goes to the nearest kind; a further sum listed for a
    kind, or added to it ("S$5 voucher now and S$5 more"), is another offer of that kind, and a
    raise ("券从10块给您加到20块") replaces the sum before it."""
    specific = sorted((m for m in items if m[2] is not None), key=lambda m: m[0])
    if not specific:
        return [Offer(c0, c1, values[0][2] if values else None)]
    assigned: dict[int, float] = {}
    added: set[int] = set()  # kinds whose assigned value is added to another ("another ten")
    # a gift has no value, nor has a full refund (it is the price, "全额退款129元": the labelling
    # conventions); money next to a generic offer word is more money ("full refund plus $100")
    valued = [i for i, m in enumerate(specific) if m[2] not in ("gift", "full_refund")]
    loose = []
    more: list[tuple[int, float]] = []  # further sums listed for a kind ("一张10元一张5元")
    last: dict[int, int] = {}
    for a0, a1, value in values:
        if not valued:
            loose.append(value)
            continue
        # the nearest kind; on a tie the kind after the amount ("十块钱的券", "a 15 yuan voucher")
        nearest = min(valued, key=lambda i: (gap((a0, a1), specific[i][:2]), specific[i][0] < a0))
        plus = is_added(text, lex, a0, a1, c0)
        if nearest in last and is_raise(text, lex, a0, a1, c0):
            assigned[nearest] = value  # "从10块加到20块": the raised sum
        elif nearest in last and (plus or joined(text[last[nearest] : a0], lex.list_joiner)):
            more.append((nearest, value))
        elif nearest not in assigned and plus:
            added.add(nearest)
        assigned.setdefault(nearest, value)
        last[nearest] = a1
    seen: set[str] = set()
    kinds_here = {m[2] for m in specific}
    out = []
    for i, (_s0, _s1, kind) in enumerate(specific):
        if kind in seen and i not in assigned:
            continue
        if kind == "refund" and "full_refund" in kinds_here and i not in assigned:
            continue  # "refund you the full amount" is one full refund
        seen.add(kind)
        out.append(Offer(c0, c1, assigned.get(i), kind, added=i in added))
        out += [Offer(c0, c1, value, kind, added=True) for j, value in more if j == i]
    if loose and any(m[2] is None for m in items):  # "full refund plus $100 for the trouble"
        out.append(Offer(c0, c1, loose[0]))
    return out


def _added_alone(
    text: str, lex: Lexicon, offers: list[Offer], values, guards, mentions
) -> list[Offer]:
    """A sum added to a given one in a clause with no offer word ("Ten dollars credit now, and if
    it's still not there Wednesday, another ten") is one more offer (of the kind it adds to); a
    raised one ("刚才说补15现金,我帮您争取到25了", "bumped it from $15 to $25") replaces it, and
    with no offer in the reply is the offer of the chat raised ("I'll bump that to $40")."""
    out = list(offers)
    first = offers[0].start if offers else len(text)
    for a, b, value in values:
        inside = any(o.start <= a < o.end for o in out) or overlaps((a, b), guards)
        inside = inside or (a < first and not is_raise(text, lex, a, b))
        if inside or (plus := is_added(text, lex, a, b)) == is_raise(text, lex, a, b):
            continue
        if not plus and any(o.amount == value for o in out):
            continue  # the sum an offer already took ("Return postage is on us, up to £6.")
        c0, c1 = clause_bounds(text, a, lex.clause_breaks)
        if not plus and lex.price_word is not None and lex.price_word.search(text, c0, a):
            continue  # a price raised or cut ("价格调到79了,差价给您退") is no sum given
        below = [o for o in out if o.end <= a and o.amount is not None and o.amount < value]
        if not plus and below:  # "给您一张10元券,我直接给您翻个倍,20元": the coupon raised
            out = [replace(o, amount=value) if o is below[-1] else o for o in out]
            continue
        # a raise with no offer under it raises the sum of the kind named before it ("a ¥10 delay
        # coupon goes on automatically, and I'm topping that up to ¥30"): that kind
        kind = None if plus else _kind_before(mentions, a)
        out.append(Offer(c0, c1, value, kind, added=plus))
    return sorted(out, key=lambda o: o.start)


def _kind_before(mentions, pos: int) -> str | None:
    """The kind of sum last named before ``pos`` (a coupon, a refund, cash or the return) among the
    offer mentions :func:`read_offers` kept: not one a guard refused ("We can't do a refund, but
    I'll top it up to ¥20": no kind)."""
    before = [(b, kind) for a, b, kind in mentions if b <= pos and kind in _AMOUNT_KINDS and kind]
    return max(before)[1] if before else None


def _with_multiples(
    text: str, lex: Lexicon, offers: list[Offer], c0: int, c1: int, multiples
) -> list[Offer]:
    """Give the clause's value-less money offer the price multiple ("三倍赔偿", "退一赔三")."""
    if not multiples:
        return offers
    _a, _b, n, with_refund = multiples[0]
    prices = _spans(lex.price_stated, text)
    fee_only = len(prices) == 1 and SHIPPING_FEE.search(text, *prices[0]) is not None
    out = []
    for o in offers:
        if c0 <= o.start < c1 and o.amount is None and o.kind in _MULTIPLE_KINDS:
            # "refund you three times the price" is money; "退一半" a refund of half the price
            # ...but a multiple of the shipping fee is a refund of it ("赔您双倍运费")
            # (the fee named in the clause, or the one price stated: "运费是12块,给您退双倍")
            fee = o.kind in ("refund", None) and (
                (o.kind == "refund" and SHIPPING_FEE.search(text, c0, c1) is not None)
                or (fee_only and _REFUNDED.search(text, c0, c1) is not None)
            )
            kind = "refund" if fee else None if n >= 1 else o.kind
            o = replace(o, multiple=n, kind=kind)
        out.append(o)
    if with_refund and not any(o.kind == "full_refund" and c0 <= o.start < c1 for o in out):
        out.insert(len(out) - 1, Offer(c0, c1, None, "full_refund"))
    return out


def _near_clauses(text: str, lex: Lexicon, o: Offer):
    """The clauses after and before an offer; a short clause with no digit in it (``_FILLER``)
    is skipped: "给您申请一个补偿吧,不多,伍元"; so is the rate the sum comes from ("金额是订单的
    10%,也就是9块9")."""
    for pos, step in ((o.end, 1), (o.start - 1, -1)):
        near = next_clause(text, lex, pos, step)
        if near is not None and (
            (
                near[1] - near[0] <= _FILLER
                and not any(ch.isdigit() for ch in text[near[0] : near[1]])
            )
            or (step > 0 and lex.share is not None and lex.share.search(text, *near) is not None)
        ):
            yield near
            near = next_clause(text, lex, near[1] if step > 0 else near[0] - 1, step)
        yield near


def _amounts_alone(text, lex, offers: list[Offer], offer_clauses, mentions) -> list[Offer]:
    """A value-less offer takes the amount standing alone in the clause after (or before) it,
    unless that clause names another kind ("运费险给您安排好了,券是8块的"); one amount goes to one
    offer, a named kind before a generic word ("补偿给您发了,是店铺券,一百块": the coupon)."""
    if lex.amount_alone is None:
        return offers
    out = list(offers)
    spans = [(p.start, p.end) for p in offers]
    prices = _spans(lex.price_stated, text)  # what a multiple multiplies is not its value
    topical = topics(text, lex)
    used: set[tuple[int, int]] = set()
    extra: list[Offer] = []
    for i in sorted(range(len(offers)), key=lambda i: offers[i].kind is None):
        o = offers[i]
        if o.amount is None and o.kind in _AMOUNT_KINDS:
            for near in _near_clauses(text, lex, o):
                # (not a clause inside an offer: "给您补 15 元" is split at its spaces)
                taken = o.kind is None and near in used  # ("都是20": both named kinds take it)
                if near is None or near in offer_clauses or taken or overlaps(near, spans):
                    continue
                if o.multiple and overlaps(near, prices):  # "商品是129元,给您三倍赔偿"
                    continue
                if overlaps(near, topical):  # the customer's sum ("您说的是50,我能退的是20")
                    continue
                named = {m[2] for m in mentions.get(near, ())} - {None, KEEP_ITEM}
                if named and o.kind not in named:
                    continue
                listed = listed_clause(text, lex, near) if o.kind is not None else []
                if listed:  # "给您发两张券,一张10元一张5元": one offer of the kind per sum
                    out[i] = replace(o, amount=listed[0])
                    extra += [replace(o, amount=v) for v in listed[1:]]
                    used.add(near)
                    break
                m = lex.amount_alone.search(text, *near)
                value = None
                if m is not None and m.span() == near and not list_marker(text, near):
                    token = next((v for k, v in m.groupdict().items() if v and k[0] == "n"), None)
                    inside = [v for a, _b, v in amounts(text[: near[1]], lex) if a >= near[0]]
                    value = inside[0] if len(inside) == 1 else money_number(token, lex)
                else:
                    value = sum_closing(text, lex, near)
                if value:
                    out[i] = replace(o, amount=value)
                    used.add(near)
                    break
    return out + extra
