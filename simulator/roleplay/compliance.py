"""Compliance: does a reply stay within the agent's authority and the shop's policy?

A violation blocks a pass whatever the points (see ``docs/roleplay-scripts.md``, *authority*).
Each :class:`~simulator.roleplay.records.Violation` keeps the trainee's own words (``words``, an
exact slice of the reply) apart from the explanation (``reason``), so reports quote the trainee
and explain separately.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.roleplay.lexicon import load_lexicon
from simulator.roleplay.moves import Move, read_reply, with_order_price
from simulator.roleplay.records import Violation
from simulator.roleplay.script import Script
from simulator.roleplay.textnorm import CLAUSE_BREAKS, fold, normalise

__all__ = [
    "COUPON_KINDS",
    "Granted",
    "Violation",
    "compliance_violations",
    "given_now",
    "hands_over",
    "off_platform",
]

#: Offer kinds limited by ``max_coupon_yuan``; every other priced kind uses ``max_refund_yuan``.
COUPON_KINDS = ("coupon", "gift")
#: An offer of no read kind that names a coupon ("再加一张30元优惠券") counts against the coupon limit.
_COUPON_WORDS = re.compile(r"券|coupon|voucher", re.IGNORECASE)

#: Words that hand a decision to someone else ("我帮您申请主管审批", "let me ask my supervisor").
_HANDOVER = {
    "zh": re.compile(
        r"申请|请示|审批|批准|特批|上报|报给|提交|转交|转给|反馈给|汇报|问问|问一下|确认一下|请(我们)?的?"
        r"(主管|上级|领导|经理|店长)|让(我们)?的?(主管|上级|领导|经理|店长)|(主管|上级|领导|经理|店长|法务)"
        r"[^,。!?;]{0,6}(处理|决定|定夺|审核|核实|确认|联系|回复|答复|跟进|评估)"
    ),
    "en": re.compile(
        r"\b(apply|request|approv\w*|escalat\w*|ask|check with|consult|refer|pass (it|this) (on|to)|"
        r"hand (it|this) (over|to)|get (my|a|the) (supervisor|manager)|(supervisor|manager|team lead)"
        r" (will|to|can) (decide|review|approve|confirm|contact|call|get back))",
        re.IGNORECASE,
    ),
}
#: Supervisor words that keep the decision ("不用找主管了", "主管就不找了", "no need for a manager").
_KEPT = {
    "zh": re.compile(
        r"(不用|不需要|没必要|无需|不必|别|甭|用不着|跳过|绕过|不经过|不走)[^,。!?;]{0,6}"
        r"(主管|上级|领导|经理|店长|组长|审批|申请|请示)|(主管|上级|领导|经理|店长|组长|审批|请示)"
        r"[^,。!?;]{0,6}(不用|不找|不麻烦|不必|不需要|没必要|就算了|算了|免了|省了|不管)"
    ),
    "en": re.compile(
        r"\b(no need|don't need|do not need|without|not necessary|skip|bypass|never mind)\b"
        r"[^.,;!?]{0,30}\b(supervisor|manager|approval|lead|escalat)|\b(supervisor|manager|approval)"
        r"s?\b[^.,;!?]{0,30}\b(not needed|isn't needed|is not needed|won't be needed|can wait|"
        r"doesn't need|does not need)",
        re.IGNORECASE,
    ),
}
#: An offer given on the spot whatever the supervisor says ("我现在先直接赔您300元", "I'm paying
#: you now"): a handover elsewhere in the reply does not exempt it ...
_NOW = {
    "zh": re.compile(r"直接|现在就?|马上|立刻|立即|当场|先(给|赔|退|补|打|转|发)|我做主|我自己"),
    "en": re.compile(
        r"\b(now|right away|straight away|immediately|myself|directly|on the spot)\b",
        re.IGNORECASE,
    ),
}
#: ... unless the offer's own clause waits for the approval ("批下来直接打到您账户").
_IF_APPROVED = {
    "zh": re.compile(r"批下来|批准后|审批通过|通过后|同意后|批了|批复后|审核通过"),
    "en": re.compile(r"\b(once|if|when|after) (it'?s |it is |they |he |she )?(approv|sign)", re.I),
}
#: Money paid outside the platform, when the reader does not mark it on the move itself.
_OFF_PLATFORM = {
    "zh": re.compile(
        r"(支付宝|微信|银行卡|私下|线下|私人账户|个人账户)[^,。!?;]{0,8}(转|打|付|给|发|汇|红包)|现金[^,。!?;]{0,4}(给您|给你|送|交)"
    ),
    "en": re.compile(
        r"\b(alipay|wechat|we ?chat pay|bank transfer|bank account|venmo|paypal|cash in hand|in cash)\b",
        re.IGNORECASE,
    ),
}


class Granted:
    """The compensation granted so far in a session, by limit (coupon kinds, money kinds).

    Authority is checked on the running total: two 20-yuan coupons under a 30-yuan limit break
    it on the second. The same kind and amount named again in a later reply ("那张20元券已经发给您
    了") counts once unless the reply says it is more (再/又/另/another/extra); pieces of one reply
    ("两张10元券") each count. The order's own money given back
    (a full refund, a partial refund where policy allows it) runs in the ``own`` bucket, whose
    ceiling is the order's price: "退您300元" twice on a 399-yuan order refunds more than was paid.
    Money refunded once the whole price is back ("全额退款399" then "20元补偿和退款一起退给您")
    is compensation on top, judged against the refund limit."""

    _MORE = re.compile(r"再|又|另|多|加|another|extra|more|additional", re.IGNORECASE)

    def __init__(self) -> None:
        self.total = {"coupon": 0.0, "money": 0.0, "own": 0.0}
        self._seen: set[tuple[str | None, float]] = set()  # in earlier replies
        self._reply: set[tuple[str | None, float]] = set()  # in the reply being checked

    def next_reply(self) -> None:
        """Start checking a new reply: what this one offered counts as named before."""
        self._seen |= self._reply
        self._reply = set()

    def add(self, m: Move, bucket: str) -> float:
        """Add an offer; return the new total of its bucket."""
        kind = "refund" if bucket == "own" else m.kind  # "全额退款" and "退您399元" are one refund
        key = (kind, float(m.amount_yuan or 0.0))
        if key not in self._seen or self._MORE.search(m.evidence):
            self.total[bucket] += key[1]
            self._reply.add(key)
        return self.total[bucket]


def hands_over(text: str, moves: tuple[Move, ...], lang: str) -> bool:
    """True when the reply hands the decision to a supervisor: an ``escalate_to_supervisor``
    move whose own clause has a handover word ("申请", "请示", "ask") and is not "不用找主管" /
    "主管就不找了". A handover word elsewhere in the reply ("我帮您问一下物流") does not count."""
    zh = "zh" if lang == "zh" else "en"
    for m in moves:
        if m.name != "escalate_to_supervisor" or _KEPT[zh].search(m.evidence):
            continue
        if _HANDOVER[zh].search(m.evidence):
            return True
    return False


def given_now(m: Move, lang: str) -> bool:
    """The offer is given on the spot ("我现在先直接赔您", "I'm paying you now"), not left to
    the supervisor's approval: a handover in the same reply does not exempt it."""
    zh = "zh" if lang == "zh" else "en"
    words = m.evidence
    if _HANDOVER[zh].search(words) or _IF_APPROVED[zh].search(words):
        return False  # the offer's own clause waits for the supervisor
    return bool(_NOW[zh].search(words))


def off_platform(m: Move, lang: str) -> bool:
    """Money outside the platform: the reader's payment channel when moves carry one
    (``Move.channel``: None or "platform" is on the platform; or ``Move.off_platform``), else
    the built-in words for Alipay, WeChat, bank and cash transfers in an offer."""
    if hasattr(m, "off_platform"):
        flag = m.off_platform
        return bool(flag() if callable(flag) else flag)
    if hasattr(m, "channel"):
        return m.channel not in (None, "", "platform")
    pattern = _OFF_PLATFORM["zh" if lang == "zh" else "en"]
    return m.name == "offer_compensation" and bool(pattern.search(m.evidence))


#: Why money outside the platform is not allowed ({is Chinese: reason}).
_OFF_PLATFORM = {
    True: "平台规则禁止在平台外(支付宝/微信/银行卡/现金)付款或补偿",
    False: "platform rules forbid paying or compensating outside the platform"
    " (Alipay, WeChat, bank, cash)",
}


def compliance_violations(
    script: Script, text: str, moves: tuple[Move, ...], granted: Granted | None = None
) -> list[Violation]:
    """Why a reply breaks the script's authority or policy (empty when compliant).

    ``granted`` carries the session's offers so far (updated here); without it each reply is
    judged alone. Offers valued on the order's price (三倍, 退一赔三, 全额) are valued first. An
    over-limit offer is exempt only when the reply hands the decision over (:func:`hands_over`)
    and does not give it on the spot anyway (:func:`given_now`); money outside the platform is
    always a violation."""
    lang = script.lang
    auth = script.authority
    names = {m.name for m in moves}
    out: list[Violation] = []
    granted = granted if granted is not None else Granted()
    granted.next_reply()
    escalated = hands_over(text, moves, lang)
    price = script.persona.order.price_yuan if script.persona.order else None
    for m in with_order_price(moves, price):  # 三倍赔偿 -> 3 x the price, 全额退款 -> the price
        if off_platform(m, lang):
            out.append(Violation(m.evidence, _OFF_PLATFORM[lang == "zh"], lang))
            continue
        if m.name != "offer_compensation" or (escalated and not given_now(m, lang)):
            continue  # (handed over: the supervisor decides)
        why = _over_authority(script, m, granted)
        if why is not None:
            out.append(Violation(m.evidence, why, lang))
    for rule in auth.forbidden:
        hit = None
        if rule.pattern is not None:
            hit = _forbidden_promise(rule.pattern, text, lang)
        elif rule.move in names:
            hit = next(m.evidence for m in moves if m.name == rule.move)
        if hit is not None:
            out.append(Violation(hit, rule.reason, lang))
    return out


def _over_authority(script: Script, m: Move, granted: Granted) -> str | None:
    """Why one offer breaks the agent's authority, counting the session's running totals."""
    zh = script.lang == "zh"
    auth = script.authority
    price = script.persona.order.price_yuan if script.persona.order else None
    if m.kind == "free_return_shipping":
        return None
    if m.kind == "full_refund" and not auth.full_refund_allowed:
        return "全额退款需主管批准" if zh else "a full refund needs a supervisor"
    own = m.kind in ("full_refund", "refund") and auth.full_refund_allowed and price is not None
    if own and m.kind == "refund" and granted.total["own"] >= price - 1e-9:
        own = False  # the order's money is all back: more money is compensation on top of it
    if own and m.amount_yuan is not None and m.amount_yuan <= price + 1e-9:
        total = granted.add(m, "own")  # the order's own money back, as policy allows
        if total <= price + 1e-9:
            return None
        return (
            f"本次会话累计退款{total:g}元,超过订单金额{price:g}元"
            if zh
            else f"¥{total:g} refunded over the conversation is more than the order's ¥{price:g}"
        )
    if m.amount_yuan is None:
        return None
    coupon = m.kind in COUPON_KINDS or (m.kind is None and bool(_COUPON_WORDS.search(m.evidence)))
    limit = auth.max_coupon_yuan if coupon else auth.max_refund_yuan
    total = granted.add(m, "coupon" if coupon else "money")
    if m.amount_yuan > limit + 1e-9:
        return (
            f"{m.amount_yuan:g}元超出权限上限{limit:g}元"
            if zh
            else f"¥{m.amount_yuan:g} exceeds your limit of ¥{limit:g}"
        )
    if total > limit + 1e-9:
        return (
            f"本次会话累计补偿{total:g}元,超出权限上限{limit:g}元"
            if zh
            else f"¥{total:g} granted over the conversation exceeds your limit of ¥{limit:g}"
        )
    return None


def _forbidden_promise(pattern: str, text: str, lang: str) -> str | None:
    """The first match of a forbidden pattern that the trainee does not decline in the same
    clause: "我不能保证明天送到" declines the promise (lexicon ``declines``)."""
    hits = _promise_spans(pattern, text, lang)
    return text[hits[0][0] : hits[0][1]] if hits else None


def _promise_spans(pattern: str, text: str, lang: str) -> list[tuple[int, int]]:
    """Where ``text`` makes a forbidden promise (see :func:`_forbidden_promise`), as spans."""
    declines = load_lexicon(lang).declines
    folded, index = normalise(text)

    def span(m: re.Match) -> tuple[int, int]:  # a fold may shorten (大洋 -> 元): keep it whole
        end = index[m.end()] if m.end() < len(index) else len(text)
        return index[m.start()], len(text[:end].rstrip())

    raw = [(m.start(), m.end(), fold(text[: m.start()])) for m in re.finditer(pattern, text, re.I)]
    wide = [  # the same on the folded text: 保證 and ４８小时 are held to patterns like 保证, 48
        (*span(m), folded[: m.start()])
        for m in re.finditer(pattern, folded, re.I)
        if m.end() > m.start()
    ]
    out = []
    for start, end, before in raw + wide:
        if not text[start:end].strip():
            continue
        cut = max((before.rfind(ch) for ch in CLAUSE_BREAKS), default=-1)
        if declines is not None and declines.search(before[cut + 1 :]):
            continue
        out.append((start, end))
    return out


def burst_violations(
    script: Script, pieces: list[str], text: str, found: Sequence[Violation] = ()
) -> list[Violation]:
    """What a reply breaks together with the ``pieces`` held before it (a burst, see
    :mod:`simulator.roleplay.bursts`) and neither breaks alone: a forbidden promise or money
    outside the platform split across them ("我保证，" + "周六前一定送到。", "我用支付宝，" + "转您30
    元。"). Only words reaching into ``text`` count (the pieces were judged when they came), and
    nothing in ``found`` (what ``text`` broke alone), so nothing is reported twice."""
    if not pieces:
        return []
    lang = script.lang
    joined = " ".join([*pieces, text])  # (a pattern's "." does not cross a line break)
    at = len(joined) - len(text)
    spans = [
        (start, end, rule.reason)
        for rule in script.authority.forbidden
        if rule.pattern is not None
        for start, end in _promise_spans(rule.pattern, joined, lang)
    ]
    spans += [
        (m.start, m.start + len(m.evidence), _OFF_PLATFORM[lang == "zh"])
        for m in read_reply(joined, lang=lang).moves
        if off_platform(m, lang)
    ]
    seen = {v.words for v in found}
    out = []
    for start, end, reason in spans:
        words = joined[start:end]
        if end > at and words not in seen:
            seen.add(words)
            out.append(Violation(words, reason, lang))
    return out
