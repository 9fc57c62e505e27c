"""Offers in wordings the fifth offers round found misread (issue 10, point 1): each test is a
class (a typed unit, a count of coupons, a sum added or raised, a cap, a topic that is the
agent's own offer), tried in sentences that are not the corpus lines that showed it."""

from __future__ import annotations

import pytest

from simulator.roleplay.lexicon import load_lexicon
from simulator.roleplay.offers import read_offers
from simulator.roleplay.textnorm import normalise


def _offers(text: str, lang: str = "zh") -> list[tuple]:
    norm, _ = normalise(text)
    return sorted((o.kind or "", o.amount or 0.0) for o in read_offers(norm, load_lexicon(lang)))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("补你15快,微信转你", [("cash", 15.0)]),
        ("给您发了个10远的优惠卷,记得用哦", [("coupon", 10.0)]),
        ("差价退您八快", [("refund", 8.0)]),
        # 快 starting a word of its own is no unit
        ("给您补5块,3快递明天到", [("", 5.0)]),
    ],
)
def test_money_unit_typed_as_its_homophone(text, want):
    assert _offers(text) == want


def test_unit_typo_fold_keeps_offsets():
    norm, index = normalise("补你15快")
    assert norm == "补你15块" and index == list(range(5))
