"""Settling the offers read clause by clause (:mod:`simulator.roleplay.offers`): keeping the item,
repeats, and payment channels.

Keeping the item (lexicon ``keep_item``: "错的那件您留着用", "keep it") is a gift; next to a refund
(full or partial) or an amount of money it is that offer's condition ("退您一半货款,东西您留着").
Loyalty points stay an offer of their own. An offer whose reply names a channel outside the
platform (支付宝, 微信, bank transfer, cash in hand, 私下) carries that ``channel``: the dialogue
treats it as a compliance breach.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from simulator.roleplay.lexicon import Lexicon
from simulator.roleplay.textnorm import clause_bounds
from simulator.roleplay.values import find_channels

__all__ = [
    "KEEP_ITEM",
    "POINTS",
    "SHIPPING_FEE",
    "SHORT_CLAUSE",
    "Offer",
    "gap",
    "kept_items",
    "merge_offers",
    "overlaps",
    "with_channels",
]

#: A wrong or extra item kept: a gift even beside a refund (the labelling conventions).
_WRONG_ITEM = re.compile(r"错发|发错|多发|多寄|寄错|wrong|extra|incorrect")
#: ...while the right one is sent (with no resend, keeping it is the refund's condition).
_RESENT = re.compile(r"补发|重发|重新发|换新|正确的|replacement|resend|re-send|(right|correct) one")
#: Kinds whose value a neighbouring generic offer can carry ("补偿10元,以红包形式发放").
_VALUED_KINDS = ("coupon", "refund", "cash")
#: Between a channel and a sum: another option or sentence, so the channel is not that sum's
#: ("打到您支付宝;或者30元店铺券": the coupon stays a coupon)
_CHOICE = r"或者|还是|(?<![a-z])or(?![a-z])"
_OTHER_OPTION = re.compile(rf"[;。!?]|{_CHOICE}")
#: a choice between offers in one clause: "全额退款或者退您30元", "either a full refund or $20 back"
_ALTERNATIVE = re.compile(
    rf"{_CHOICE}|或|要么|比起|不如|(?<![a-z])(either|instead|rather)(?![a-z])"
)
#: Keeping the item (lexicon ``keep_item``): a gift, or the condition of a money offer.
KEEP_ITEM = "keep_item"
#: Loyalty points (lexicon ``points``): an offer of no kind and no amount, kept beside others.
POINTS = "points"
#: The longest clause (characters) that takes its offer verb from the clause before it, and the
#: longest "all of it" clause after a refund of a sum ("差价是58块,全部退给您").
SHORT_CLAUSE = 10


@dataclass(frozen=True)
class Offer:
    """One compensation offer read in normalised text (``start``/``end``: its clause)."""

    start: int
    end: int
    amount: float | None = None
    kind: str | None = None
    multiple: float | None = None  # of the order's price (三倍 = 3); amount stays None
    channel: str | None = None  # payment channel outside the platform (alipay, wechat, ...)
    added: bool = False  # its sum is added to one given ("another ten", "S$5 more"): no repeat


def overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < o[1] and o[0] < span[1] for o in others)


def gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(b[0] - a[1], a[0] - b[1], 0)


def kept_items(offers: list[Offer], text: str = "") -> list[Offer]:
    """Keeping the item is a gift ("错的那件您留着用"); with a refund (full or partial) or an
    amount of money it is that offer's condition ("退您一半货款,东西您留着", "Full refund, and
    keep the item": the labelling conventions' "keep-the-item with no refund named"), unless
    the item kept is a wrong or extra one while the right one is sent ("补发的同时给您退运费,8块钱,
    另外这件错发的您就留着吧")."""
    if not any(o.kind == KEEP_ITEM for o in offers):
        return offers
    paid = any(
        o.kind in ("refund", "full_refund")
        or (o.kind in (None, "cash") and (o.amount or o.multiple))
        for o in offers
    )
    out = []
    for o in offers:
        if o.kind == KEEP_ITEM:
            wrong = _WRONG_ITEM.search(text, o.start, o.end) and _RESENT.search(text)
            if (paid and not wrong) or any(p.kind in ("gift", KEEP_ITEM) for p in out):
                continue
            o = replace(o, kind="gift", amount=None)
        out.append(o)
    return out


def _shares_refunded(offers: list[Offer]) -> list[Offer]:
    """A share of the price offered apart from the one refund it is paid as ("这单给您按5折算,
    多付的那一半原路退回", "本单给您打个对折,退一半货款", "退款一部分,是订单金额的一成,订单是
    459元"): the refund of that share, valued at the price stated."""
    shares = [o for o in offers if o.kind is None and 0 < (o.multiple or 0) < 1]
    refunds = [
        o
        for o in offers
        if o.kind == "refund"
        and o.amount is None
        and (not o.multiple or (len(shares) == 1 and o.multiple == shares[0].multiple))
    ]
    if len(shares) != 1 or len(refunds) != 1:
        return offers
    return [
        replace(o, multiple=shares[0].multiple, amount=shares[0].amount) if o is refunds[0] else o
        for o in offers
        if o is not shares[0]
    ]


#: The shipping fee named: a sum of it paid back is a refund of that sum (the labelling conventions).
SHIPPING_FEE = re.compile(r"运费|邮费|快递费|shipping|postage|delivery fee")
#: A sentence end inside a span (an English full stop only before a space: "¥12.5" is a sum).
_SENTENCE_END = re.compile(r"[。!?!?]|\.\s")
#: The return named: the postage paid back is the return's ("给您退8元运费" alone may be the outbound).
_RETURN = re.compile(r"退货|寄回|来回|换货|return")
#: A clause put as the other option ("或者整单全额退", "要不全额退也行", "or a full refund").
_OTHER_OPTION_FIRST = re.compile(
    rf"\s*(?:{_CHOICE}|或|要么|要不|不然|也可以|(?:either|instead)(?![a-z]))"
)
#: Pieces listed in one clause ("refund 60 + coupon 10 + free return"): each is an offer.
_LISTED = re.compile(r"[+&、]|加|另外|还有|\b(and|plus|also)\b")


def _fee_refunded(offers: list[Offer], text: str) -> list[Offer]:
    """Return postage paid back as a sum is one refund of that sum ("退货运费我们按12元直接退您",
    "来回运费是12,双倍就是24,给您退24"), not free return shipping as well: the postage mention
    (no sum, or the refund's) goes when it holds the refund's sum or the refund's clause names
    the return's fee, in the same sentence and not as one piece of a list."""
    refunds = [o for o in offers if o.kind == "refund" and o.amount is not None]
    if not refunds:
        return _fee_with_bare_refund(offers, text)

    def paid_back(o: Offer) -> bool:
        for r in refunds:
            if o.amount not in (None, r.amount):
                continue
            a, b = min(o.start, r.start), max(o.end, r.end)
            if _SENTENCE_END.search(text, a, b) or _LISTED.search(text, a, b):
                continue
            fee = SHIPPING_FEE.search(text, r.start, r.end) is not None
            if o.amount == r.amount or (fee and _RETURN.search(text, r.start, r.end)):
                return True
        return False

    return [o for o in offers if o.kind != "free_return_shipping" or not paid_back(o)]


def _fee_with_bare_refund(offers: list[Offer], text: str) -> list[Offer]:
    """Return postage's sum and a bare refund of it in one clause are one refund of that sum
    ("您垫付的12元退货运费我这边直接退给您"), unless the clause lists pieces."""
    bare = [o for o in offers if o.kind == "refund" and o.amount is None and not o.multiple]
    fees = [o for o in offers if o.kind == "free_return_shipping" and o.amount is not None]
    if len(bare) != 1 or len(fees) != 1:
        return offers
    refund, fee = bare[0], fees[0]
    if (refund.start, refund.end) != (fee.start, fee.end) or _LISTED.search(
        text, fee.start, fee.end
    ):
        return offers
    return [replace(o, amount=fee.amount) if o is refund else o for o in offers if o is not fee]


#: Words adding more beside a full refund, and the semicolons that end its sentence as well
#: (for _in_full_refund).
_SEMICOLONS = frozenset(";；")
_MORE = re.compile(r"另|再|额外|又|加|还有|以及|plus|also|extra")
#: A sum given beside the full refund, not the price refunded ("I'll refund ¥20 on top of the full
#: refund", "全额退款之外再退您20").
_ON_TOP = re.compile(r"on top of|in addition to|(?<![a-z])besides(?![a-z])|之外|以外")


def _valued_over_bare(offers: list[Offer]) -> list[Offer]:
    """Drop a value-less mention of a kind that is also offered with a value (one offer)."""
    with_value = {p.kind for p in offers if p.amount is not None}
    return [o for o in offers if o.amount is not None or o.multiple or o.kind not in with_value]


def _in_full_refund(refund: Offer, offers: list[Offer], text: str) -> bool:
    """A refund's sum said in the clause of a full refund ("退货退款259元全额", "全额退款399元") is
    the price refunded in full: one full refund, which the labelling conventions leave without a
    sum (the session values it at the order price; a second refund of that sum would double it).
    Not when the clause offers a choice: the partial refund is the other option."""
    for o in offers:
        if o.kind == "full_refund" and overlaps((refund.start, refund.end), [(o.start, o.end)]):
            clause = text[min(o.start, refund.start) : max(o.end, refund.end)]
            return not _ALTERNATIVE.search(clause) and not _ON_TOP.search(clause)
    # ... or its sum refunded the way it was paid in the next clause of the sentence ("全款退给您,899
    # 原路退"; not "全额退款,另外20元原路退回", nor a condition of its own)
    for o in offers:
        if o.kind == "full_refund" and o.end <= refund.start:
            between = text[o.start : refund.end]
            if "原路" in text[refund.start : refund.end] and not (
                _SENTENCE_END.search(between)
                or not _SEMICOLONS.isdisjoint(between)
                or _ALTERNATIVE.search(between)
                or _MORE.search(between)
            ):
                return True
    return False


def merge_offers(offers: list[Offer], text: str = "") -> list[Offer]:
    """Drop repeats: same kind and value, a value-less mention of a kind offered with a value,
    a generic value-less mention ("作为补偿") when a concrete offer exists, and a short "all of
    it" right after a refund of a sum ("差价是58块,全部退给您"). A generic offer
    with a value followed by a value-less coupon/refund/cash is one offer of that kind."""
    offers = _fee_refunded(_shares_refunded(offers), text)
    merged: list[Offer] = []
    for o in offers:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.kind is None
            and prev.amount is not None
            and o.kind in _VALUED_KINDS
            and o.amount in (None, prev.amount)  # ("补偿金额为rmb 100,...打到您的银行卡上")
        ):
            merged[-1] = replace(o, start=prev.start, amount=prev.amount)
            continue
        if (
            prev is not None
            and prev.kind in _VALUED_KINDS
            and prev.amount is None
            and o.kind is None
            and o.amount is not None
            and o.multiple is None
            and prev.end <= o.start
            and not any(p.kind is None for p in merged[:-1])
        ):
            merged[-1] = replace(prev, end=o.end, amount=o.amount)
            continue
        merged.append(o)
    out: list[Offer] = []
    full = any(o.kind == "full_refund" for o in merged)
    seen: set[tuple] = set()
    concrete = any(o.kind is not None or o.amount is not None or o.multiple for o in merged)
    refunds = [p.end for p in merged if p.kind == "refund" and p.amount is not None]
    # a multiple whose sum is stated ("退一赔三,赔您119.7"): the sum is the offer
    stated = any(p.kind is None and p.amount is not None and not p.multiple for p in merged)
    # ...and with the refund stated too ("退一赔三,商品价格50,退您50再赔150"), no full refund
    refunded = stated and any(p.multiple and p.amount is None for p in merged)
    refunded = refunded and any(p.kind == "refund" and p.amount is not None for p in merged)
    for o in _valued_over_bare(merged):
        if o.kind is None and o.amount is None and o.multiple is None and concrete:
            continue
        if o.multiple and o.amount is None and stated:
            continue
        if (
            o.kind == "full_refund"
            and o.amount is None
            and o.end - o.start <= SHORT_CLAUSE
            and any(0 <= o.start - end <= 2 for end in refunds)
            and not _OTHER_OPTION_FIRST.match(text, o.start)  # not "……,或者整单全额退"
        ):
            continue  # "差价是58块,全部退给您": all of that sum, not a full refund
        if full and o.kind == "refund" and (o.amount is None or _in_full_refund(o, merged, text)):
            continue  # "退款不退货吧,全额", "退货退款259元全额": one full refund (its sum is the price)
        if refunded and o.kind == "full_refund" and o.amount is None:
            continue
        # a share valued at the price is the sum stated with it ("退您一半,这单136,退68": one 68)
        key = (o.kind, o.amount, None if o.amount is not None else o.multiple)
        if key in seen and not o.added:
            continue
        seen.add(key)
        out.append(o)
    # money with no kind named ("补偿您50元", "三倍赔偿") keeps kind None: "unspecified", as the
    # labelling conventions of scenarios/corpus/labelled_replies.yaml say
    return out


def with_channels(text: str, lex: Lexicon, offers: list[Offer], values, guards) -> list[Offer]:
    """Mark offers paid outside the platform, money of no named form as cash; a transfer through
    such a channel is an offer."""
    channels = find_channels(text, lex.payments)
    if not channels:
        return offers
    if not offers:
        transfer = lex.payments.transfer if lex.payments is not None else None
        found = transfer.finditer(text) if transfer is not None else ()
        # a transfer word inside an offer guard offers nothing ("the refund was processed")
        m = next((t for t in found if not overlaps(t.span(), guards)), None)
        if m is None:
            return offers
        c0, c1 = clause_bounds(text, m.start(), lex.clause_breaks)
        here = [v for a, _b, v in values if c0 <= a < c1] or [v for _a, _b, v in values]
        offers = [Offer(c0, c1, here[0] if here else None, "cash")]

    def nearest(o: Offer) -> str:
        return min(
            channels, key=lambda c: (not (o.start <= c[0] < o.end), gap(c[:2], (o.start, o.end)))
        )[2]

    def apart(c: tuple[int, int, str], o: Offer) -> bool:
        a, b = (c[1], o.end) if c[1] <= o.start else (o.end, c[0])  # (an offer's own "or a…")
        return _OTHER_OPTION.search(text, a, b) is not None

    def kind(o: Offer) -> str | None:
        # money of no named form paid through a channel the reply names is cash ("请问您的支付宝
        # 账号?给您打15元补偿"), and so is a red packet or money back named with it ("支付宝给您打
        # 了88块", "私下给您发个微信红包", "我支付宝直接退您钱")
        near = any(gap(c[:2], (o.start, o.end)) <= 2 and not apart(c, o) for c in channels)
        # (a share or multiple valued at a sum is money too: "299的十分之一,也就是29块9,走支付宝")
        summed = not o.multiple or o.amount is not None
        money = o.kind in (None, "coupon", "refund") and summed
        # (a named form listed beside cash in its clause keeps its form: "10元券+10元现金(支付宝)")
        beside = o.kind is not None and any(
            p.kind == "cash" and (p.start, p.end) == (o.start, o.end) for p in offers
        )
        paid = (near and money and not beside) or (o.kind is None and summed and routed)
        return "cash" if paid else o.kind

    # a channel named as the way money goes ("走微信", "by PayPal") or asked for ("您的支付宝账号"):
    # money of no named form anywhere in the reply is paid through it (lexicon payments.routes)
    route, account = lex.payments.route, lex.payments.account
    routed = any(
        (route is not None and route.search(text, max(0, a - 8), a))
        or (account is not None and account.match(text, b))
        for a, b, _n in channels
    )

    out: list[Offer] = []
    for o in offers:  # a transfer and a generic word for one sum are one offer once both are cash
        k = kind(o)  # (a form of its own in another option is not paid by the channel)
        alone = k != "cash" and all(apart(c, o) for c in channels)
        o = replace(o, channel=None if alone else nearest(o), kind=k)
        if not any((p.kind, p.amount, p.multiple) == (o.kind, o.amount, o.multiple) for p in out):
            out.append(o)
    # the channel named for a sum offered ("另补贰拾元,支付宝转", "补偿20块钱吧,打到您支付宝") is
    # the way that cash goes, no second cash of no value once both are cash
    return _valued_over_bare(out)
