"""Classes of misreading found on dev transcript set 10 (benchmarks/data/transcripts_dev10, the
released held-out set 3 by W-heldout3: a 双11 price worked out from the customer's coupons, a
三倍赔偿 left to a supervisor or legal, a fit not guaranteed with a safety net, the handoff
customer's measurements used); each case fails without its fix. Earlier sets:
test_reading_dev8.py, test_reading_classes.py."""

from __future__ import annotations

import pytest

from simulator.roleplay.moves import classify, read_reply
from tests.roleplay.readings import move_names as _names


def _offers(text: str) -> list:
    return [m for m in classify(text, "zh") if m.name == "offer_compensation"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a guarantee declined with a bare 不 is honest, with what holds or a date's estimate
        ("戴着稳不稳跟耳型有关,我不跟您打包票,但有兜底", False),
        ("顺丰哪天到我不打包票,两条路一起走,赶周五的把握大些。", False),
        ("这个我不打包票", True),
        ("这个我可没法打包票", True),
    ],
)
def test_a_guarantee_declined_with_a_bare_negation(text: str, read: bool) -> None:
    assert ("negation_or_blame" in _names(text)) is read


def test_a_multiple_left_to_whoever_decides_it_is_no_offer() -> None:
    """退一赔三 handed to a supervisor or legal, or its applicability left open, offers nothing
    (the authority check flagged 1197 and 777 yuan in two excellent transcripts)."""
    assert not any(
        m.multiple for m in _offers("退一赔三要主管和法务来判断,我不能乱答应,已经提交上去")
    )
    assert not any(m.multiple for m in _offers("三倍赔偿,是否适用需要法务专员依法认定,我无权答复"))
    assert any(m.multiple == 3 for m in _offers("这次给您退一赔三,钱今天到账"))


def test_the_customers_claim_with_its_basis_is_no_offer() -> None:
    assert not _offers("您依据消法第55条提出的三倍赔偿,我已经转交法务了")
    assert any(m.multiple == 3 for m in _offers("依据消法第55条,我们给您三倍赔偿"))


def test_a_price_worked_out_from_the_customers_coupons_is_no_offer() -> None:
    """The coupon she holds applied, and the saving it all comes to, are the price explained
    (the model read "一共便宜100块" as a 100-yuan coupon over the 20-yuan limit)."""
    text = "599先用那张满500减50的店铺券,再加上平台每满300减50,一共便宜100块。"
    assert not _offers(text)
    assert _offers("给您发一张满500减50的店铺券,下单就能用")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # her measurements used to recommend a size are not asked for
        ("按您的身高体重L正合适。", False),
        ("根据您说的身高体重,L码刚好。", False),
        ("您的身高体重是多少?", True),
    ],
)
def test_measurements_used_are_not_a_question(text: str, read: bool) -> None:
    assert ("ask_clarifying_question" in _names(text)) is read


def test_the_case_taken_on_in_a_clause_of_its_own() -> None:
    """ "我来办" (I'll handle it) takes the case on, as the corpus labels "我来处理"; a process
    named with it ("我来办理退款") is not."""
    rules = {m.name for m in read_reply("想直接换L,我来办,不用走退货", "zh", rules_only=True).moves}
    assert "take_responsibility" in rules
    rules = {m.name for m in read_reply("我来办理退款手续", "zh", rules_only=True).moves}
    assert "take_responsibility" not in rules


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a size recommended in other words, and the new size on its way
        ("At 170 cm and 64 kg our chart puts you in an L.", True),
        ("I'd go L.", True),
        ("I'd go with the XL, it leaves room for layers.", True),
        ("The L leaves our warehouse the same day your M arrives.", True),
        ("I'd go ahead and check the order.", False),
    ],
)
def test_a_size_recommended_or_sent_is_an_exchange(text: str, read: bool) -> None:
    rules = {m.name for m in read_reply(text, "en", rules_only=True).moves}
    assert ("exchange_or_upsell_offer" in rules) is read


def test_a_free_service_with_a_word_before_it_is_no_gift() -> None:
    """ "a free door pick-up" is the return's collection, not a gift (as "a free pick-up" is)."""
    kinds = {m.kind for m in classify("I'll book a free door pick-up for the jacket.", "en")}
    assert "gift" not in kinds
    kinds = {m.kind for m in classify("I'll send a free cleaning brush with the new one.", "en")}
    assert "gift" in kinds
