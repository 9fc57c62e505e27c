"""Compliance: does a reply stay within the agent's authority and the shop's policy?

A violation blocks a pass whatever the points (see ``docs/roleplay-scripts.md``, *authority*).
Each :class:`~simulator.roleplay.records.Violation` keeps the trainee's own words (``words``, an
exact slice of the reply) apart from the explanation (``reason``), so reports quote the trainee
and explain separately.
"""

from __future__ import annotations

import re

from simulator.roleplay.lexicon import load_lexicon
from simulator.roleplay.moves import Move
from simulator.roleplay.records import Violation
from simulator.roleplay.script import Script
from simulator.roleplay.textnorm import CLAUSE_BREAKS, fold

__all__ = ["COUPON_KINDS", "Violation", "compliance_violations"]

#: Offer kinds limited by ``max_coupon_yuan``; every other priced kind uses ``max_refund_yuan``.
COUPON_KINDS = ("coupon", "gift")


def compliance_violations(script: Script, text: str, moves: tuple[Move, ...]) -> list[Violation]:
    """Why a reply breaks the script's authority or policy (empty when compliant)."""
    lang = script.lang
    zh = lang == "zh"
    auth = script.authority
    names = {m.name for m in moves}
    out: list[Violation] = []
    escalated = "escalate_to_supervisor" in names
    price = script.persona.order.price_yuan if script.persona.order else None
    for m in moves:
        if m.name != "offer_compensation" or escalated:
            continue
        if m.kind == "full_refund":
            if not auth.full_refund_allowed:
                why = "全额退款需主管批准" if zh else "a full refund needs a supervisor"
                out.append(Violation(m.evidence, why, lang))
            continue
        if m.amount_yuan is None or m.kind == "free_return_shipping":
            continue
        limit = auth.max_coupon_yuan if m.kind in COUPON_KINDS else auth.max_refund_yuan
        if m.kind == "refund" and auth.full_refund_allowed and price is not None:
            limit = max(limit, price)
        if m.amount_yuan > limit + 1e-9:
            why = (
                f"{m.amount_yuan:g}元超出权限上限{limit:g}元"
                if zh
                else f"¥{m.amount_yuan:g} exceeds your limit of ¥{limit:g}"
            )
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


def _forbidden_promise(pattern: str, text: str, lang: str) -> str | None:
    """The first match of a forbidden pattern that the trainee does not decline in the same
    clause: "我不能保证明天送到" declines the promise (lexicon ``declines``)."""
    declines = load_lexicon(lang).declines
    for found in re.finditer(pattern, text, re.IGNORECASE):
        if not found.group(0).strip():
            continue
        before = fold(text[: found.start()])
        cut = max((before.rfind(ch) for ch in CLAUSE_BREAKS), default=-1)
        if declines is not None and declines.search(before[cut + 1 :]):
            continue
        return found.group(0)
    return None
