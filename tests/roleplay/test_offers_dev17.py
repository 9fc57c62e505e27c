"""Offer readings found on transcript set dev17 (benchmarks/data/transcripts_dev17): a refund's
sum said in the clause of a full refund is that full refund, not a second refund of the price."""

import pytest

from simulator.roleplay.moves import read_reply


def _offers(text: str, lang: str) -> list[tuple[str | None, float | None]]:
    return sorted(
        (
            (m.kind, m.amount_yuan)
            for m in read_reply(text, lang).moves
            if m.name == "offer_compensation"
        ),
        key=str,
    )


@pytest.mark.parametrize(
    ("text", "lang", "offers"),
    [
        # the price said beside 全额 in one clause: one full refund (the conventions give it no sum)
        (
            "我现在就可以办理:退货退款259元全额,来回运费由我们承担。",
            "zh",
            [("free_return_shipping", None), ("full_refund", None)],
        ),
        ("主管批了,全额退款399元,东西也不用退回", "zh", [("full_refund", None)]),
        ("Refund of $59 in full, back to your card.", "en", [("full_refund", None)]),
        # a refund of a sum in a clause of its own stays its own offer
        (
            "Here's the deal: if ZTO loses it, full refund; if it's just late, ¥20 back.",
            "en",
            [("full_refund", None), ("refund", 20.0)],
        ),
        ("退款259元", "zh", [("refund", 259.0)]),
    ],
)
def test_sum_in_full_refund_clause(text: str, lang: str, offers: list) -> None:
    assert _offers(text, lang) == offers
