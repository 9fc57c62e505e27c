"""Reading compensation offers: their kind, value, price multiple and payment channel.

An offer is a mention of compensation (a kind's words, a generic offer word, a multiple of the
price such as 三倍赔偿 or 退一赔三) that no guard covers ("不能补偿", "券用不了"). Mentions are
grouped by clause; the money of the clause is the offer's value (:func:`amounts`: 20元, ¥35.5,
叁佰元, 3千块, 1.5万, 5块5, "补张30的券", "a 20 coupon"), or, when the clause has none, an amount
standing alone in the clause next to it ("补偿您。50元。", "补个差价吧,20"). An offer whose reply
names a channel outside the platform (支付宝, 微信, bank transfer, cash in hand, 私下) carries that
``channel``: the dialogue treats it as a compliance breach.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from simulator.roleplay.lexicon import Lexicon
from simulator.roleplay.textnorm import CLAUSE_BREAKS, clause_bounds, read_number
from simulator.roleplay.values import find_channels

__all__ = ["Offer", "amounts", "read_offers"]

#: Kinds whose value a neighbouring generic offer can carry ("补偿10元,以红包形式发放").
_VALUED_KINDS = ("coupon", "refund", "cash")
#: Kinds a price multiple applies to (三倍赔偿, 三倍退款); None is a generic offer.
_MULTIPLE_KINDS = (None, "refund", "cash")
#: Kinds that take an amount from a clause of its own.
_AMOUNT_KINDS = (None, "coupon", "refund", "cash")


@dataclass(frozen=True)
class Offer:
    """One compensation offer read in normalised text (``start``/``end``: its clause)."""

    start: int
    end: int
    amount: float | None = None
    kind: str | None = None
    multiple: float | None = None  # of the order's price (三倍 = 3); amount stays None
    channel: str | None = None  # payment channel outside the platform (alipay, wechat, ...)


def _number(token: str | None, lex: Lexicon) -> float | None:
    if not token:
        return None
    token = token.strip()
    if token in lex.number_words:
        return lex.number_words[token]
    return read_number(token)


def amounts(text: str, lex: Lexicon) -> list[tuple[int, int, float]]:
    """Money values in normalised ``text``: ``(start, end, yuan)``; thresholds (满200) skipped."""
    if lex.money is None:
        return []
    out = []
    for m in lex.money.finditer(text):
        g = m.groupdict()
        if g.get("thr"):
            continue
        if g.get("n4"):  # "5毛"
            value = _number(g["n4"], lex)
            unit = lex.minor_units.get(g.get("mu") or "", 0.1)
            value = value * unit if value is not None else None
        else:
            token = next((g[k] for k in ("n1", "n2", "n3", "n5") if g.get(k)), None)
            value = _number(token, lex)
            minor = _number(g.get("mi") or g.get("mb"), lex)
            if value is not None and minor is not None and minor < 10:  # "5块5", "5元5角"
                value += minor * lex.minor_units.get(g.get("miu") or "", 0.1)
        if value is not None:
            out.append((m.start(), m.end(), round(value, 2)))
    return out


def _spans(regex: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(text)] if regex is not None else []


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < o[1] and o[0] < span[1] for o in others)


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(b[0] - a[1], a[0] - b[1], 0)


def _multiples(text: str, lex: Lexicon, guards) -> list[tuple[int, int, float, bool]]:
    out = []
    for regex, times, with_refund in lex.multiples:
        for m in regex.finditer(text):
            n = times if times is not None else _number(m.groupdict().get("n"), lex)
            if n and not _overlaps(m.span(), guards):
                out.append((m.start(), m.end(), n, with_refund))
    return out


def read_offers(text: str, lex: Lexicon) -> list[Offer]:
    """Every compensation offer in normalised ``text``, one per kind and clause."""
    rules = lex.moves["offer_compensation"]
    guards = _spans(rules.guards.regex, text)
    mentions: list[tuple[int, int, str | None]] = []
    for kind, terms in lex.kinds.items():
        mentions += [(a, b, kind) for a, b in _spans(terms.regex, text)]
    mentions += [(a, b, None) for a, b in _spans(rules.hits.regex, text)]
    multiples = _multiples(text, lex, guards)
    mentions += [(a, b, None) for a, b, _n, _r in multiples]
    # longest mention wins where two overlap ("全额退款" over "退款"), specific over generic
    mentions.sort(key=lambda m: (-(m[1] - m[0]), m[2] is None, m[0]))
    kept: list[tuple[int, int, str | None]] = []
    for m in mentions:
        if m[1] <= m[0] or _overlaps(m[:2], guards):
            continue
        k = next((j for j, o in enumerate(kept) if _overlaps(m[:2], [o[:2]])), None)
        if k is None:
            kept.append(m)
        elif kept[k][2] is None and m[2] is not None:  # "给您返现15块": the kind inside a
            kept[k] = (*kept[k][:2], m[2])  # generic offer phrase names the offer
    # the number of a multiple is no amount ("假一赔十" offers ten times the price, not 10 yuan)
    values = [v for v in amounts(text, lex) if not _overlaps(v[:2], multiples)]
    by_clause: dict[tuple[int, int], list[tuple[int, int, str | None]]] = {}
    for m in kept:
        by_clause.setdefault(clause_bounds(text, m[0], lex.clause_breaks), []).append(m)
    offers: list[Offer] = []
    for (c0, c1), items in sorted(by_clause.items()):
        here = [a for a in values if c0 <= a[0] < c1]
        has_verb = lex.offer_verbs.search(text[c0:c1]) or any(m[2] is None for m in items)
        items = [m for m in items if has_verb or m[2] not in lex.kinds_needing_verb]
        if items:
            offers += _clause_offers(c0, c1, items, here)
            offers = _with_multiples(offers, c0, c1, [x for x in multiples if c0 <= x[0] < c1])
    offers = _amounts_alone(text, lex, offers, set(by_clause))
    offers = _merge_offers(offers)
    return _with_channels(text, lex, offers, values)


def _clause_offers(c0, c1, items, values) -> list[Offer]:
    specific = sorted((m for m in items if m[2] is not None), key=lambda m: m[0])
    if not specific:
        return [Offer(c0, c1, values[0][2] if values else None)]
    assigned: dict[int, float] = {}
    for a0, a1, value in values:
        nearest = min(range(len(specific)), key=lambda i: _gap((a0, a1), specific[i][:2]))
        assigned.setdefault(nearest, value)
    seen: set[str] = set()
    kinds_here = {m[2] for m in specific}
    out = []
    for i, (_s0, _s1, kind) in enumerate(specific):
        if kind in seen and i not in assigned:
            continue
        if kind == "refund" and "full_refund" in kinds_here and i not in assigned:
            continue  # "refund you the full amount" is one full refund
        seen.add(kind)
        out.append(Offer(c0, c1, assigned.get(i), kind))
    return out


def _with_multiples(offers: list[Offer], c0: int, c1: int, multiples) -> list[Offer]:
    """Give the clause's value-less money offer the price multiple ("三倍赔偿", "退一赔三")."""
    if not multiples:
        return offers
    _a, _b, n, with_refund = multiples[0]
    out = []
    for o in offers:
        if c0 <= o.start < c1 and o.amount is None and o.kind in _MULTIPLE_KINDS:
            o = replace(o, multiple=n)
        out.append(o)
    if with_refund and not any(o.kind == "full_refund" and c0 <= o.start < c1 for o in out):
        out.insert(len(out) - 1, Offer(c0, c1, None, "full_refund"))
    return out


def _next_clause(text: str, lex: Lexicon, pos: int, step: int) -> tuple[int, int] | None:
    """The clause after ``pos`` (``step`` 1) or before it (``step`` -1), skipping breaks."""
    while 0 <= pos < len(text) and (text[pos] in CLAUSE_BREAKS or text[pos].isspace()):
        pos += step
    if not 0 <= pos < len(text):
        return None
    return clause_bounds(text, pos, lex.clause_breaks)


def _amounts_alone(text, lex, offers: list[Offer], offer_clauses) -> list[Offer]:
    """A value-less offer takes the amount standing alone in the clause after (or before) it."""
    if lex.amount_alone is None:
        return offers
    out = []
    for o in offers:
        if o.amount is None and o.kind in _AMOUNT_KINDS:
            for near in (
                _next_clause(text, lex, o.end, 1),
                _next_clause(text, lex, o.start - 1, -1),
            ):
                if near is None or near in offer_clauses:
                    continue
                m = lex.amount_alone.search(text, *near)
                if m is not None and m.span() == near:
                    token = next((v for k, v in m.groupdict().items() if v and k[0] == "n"), None)
                    value = _number(token, lex)
                    if value:
                        o = replace(o, amount=value)
                        break
        out.append(o)
    return out


def _merge_offers(offers: list[Offer]) -> list[Offer]:
    """Drop repeats: same kind and value, a value-less mention of a kind offered with a value,
    and a generic value-less mention ("作为补偿") when a concrete offer exists. A generic offer
    with a value followed by a value-less coupon/refund/cash is one offer of that kind."""
    merged: list[Offer] = []
    for o in offers:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.kind is None
            and prev.amount is not None
            and o.kind in _VALUED_KINDS
            and o.amount is None
        ):
            merged[-1] = replace(o, start=prev.start, amount=prev.amount)
            continue
        merged.append(o)
    out: list[Offer] = []
    for o in merged:
        if o.kind is None and o.amount is None and o.multiple is None and len(merged) > 1:
            continue
        if (
            o.amount is None
            and o.multiple is None
            and any(p.kind == o.kind and p.amount is not None for p in merged)
        ):
            continue
        if any(p.kind == o.kind and p.amount == o.amount and p.multiple == o.multiple for p in out):
            continue
        out.append(o)
    # money with no kind named ("补偿您50元", "三倍赔偿") keeps kind None: "unspecified", as the
    # labelling conventions of scenarios/corpus/labelled_replies.yaml say
    return out


def _with_channels(text, lex, offers: list[Offer], values) -> list[Offer]:
    """Mark offers paid outside the platform; a transfer through such a channel is an offer."""
    channels = find_channels(text, lex.payments)
    if not channels:
        return offers
    if not offers:
        transfer = lex.payments.transfer if lex.payments is not None else None
        m = transfer.search(text) if transfer is not None else None
        if m is None:
            return offers
        c0, c1 = clause_bounds(text, m.start(), lex.clause_breaks)
        here = [v for a, _b, v in values if c0 <= a < c1] or [v for _a, _b, v in values]
        offers = [Offer(c0, c1, here[0] if here else None, "cash")]

    def nearest(o: Offer) -> str:
        return min(
            channels, key=lambda c: (not (o.start <= c[0] < o.end), _gap(c[:2], (o.start, o.end)))
        )[2]

    return [replace(o, channel=nearest(o)) for o in offers]
