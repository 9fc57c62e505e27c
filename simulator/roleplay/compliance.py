"""Compliance: does a reply stay within the agent's authority and the shop's policy?

A violation blocks a pass whatever the points (see ``docs/roleplay-scripts.md``, *authority*).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from simulator.roleplay.coaching import quote

if TYPE_CHECKING:
    from simulator.roleplay.moves import Move
    from simulator.roleplay.script import Script

#: Offer kinds limited by ``max_coupon_yuan``; every other priced kind uses ``max_refund_yuan``.
COUPON_KINDS = ("coupon", "gift")


def compliance_violations(script: Script, text: str, moves: tuple[Move, ...]) -> list[str]:
    """Why a reply breaks the script's authority or policy (empty when compliant)."""
    zh = script.lang == "zh"
    auth = script.authority
    names = {m.name for m in moves}
    out: list[str] = []
    escalated = "escalate_to_supervisor" in names
    price = script.persona.order.price_yuan if script.persona.order else None
    for m in moves:
        if m.name != "offer_compensation" or escalated:
            continue
        if m.kind == "full_refund":
            if not auth.full_refund_allowed:
                out.append(
                    f"「{quote(m.evidence)}」全额退款需主管批准"
                    if zh
                    else f'"{quote(m.evidence)}": a full refund needs a supervisor'
                )
            continue
        if m.amount_yuan is None or m.kind == "free_return_shipping":
            continue
        limit = auth.max_coupon_yuan if m.kind in COUPON_KINDS else auth.max_refund_yuan
        if m.kind == "refund" and auth.full_refund_allowed and price is not None:
            limit = max(limit, price)
        if m.amount_yuan > limit + 1e-9:
            out.append(
                f"「{quote(m.evidence)}」{m.amount_yuan:g}元超出权限上限{limit:g}元"
                if zh
                else f'"{quote(m.evidence)}": ¥{m.amount_yuan:g} exceeds your limit of ¥{limit:g}'
            )
    for rule in auth.forbidden:
        hit = None
        if rule.pattern is not None:
            found = re.search(rule.pattern, text, re.IGNORECASE)
            hit = found.group(0) if found else None
        elif rule.move in names:
            hit = next(m.evidence for m in moves if m.name == rule.move)
        if hit is not None:
            out.append(f"「{quote(hit)}」{rule.reason}" if zh else f'"{quote(hit)}": {rule.reason}')
    return out
