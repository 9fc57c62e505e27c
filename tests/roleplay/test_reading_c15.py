"""Readings taken from two writers new in the second session of 2026-12-02 (W-corpus14,
W-corpus15), read by the shipped reader before their replies joined the corpus: offers listed
after one already given, a free pick-up said in other words, a list's step number run into the
sum after it, the postage of a resend that is no offer only when nothing is given back, and an
offer of no kind named by the model's kind columns."""

from __future__ import annotations

import pytest

from simulator.roleplay.lexicon import MOVES
from simulator.roleplay.moves import read_reply
from simulator.roleplay.reader import THRESHOLDS
from tests.roleplay.readings import StubModel


def _offers(text: str, lang: str) -> list[tuple[str, float]]:
    reading = read_reply(text, lang, rules_only=True)
    return sorted(
        (m.kind or "", m.amount_yuan or 0.0)
        for m in reading.moves
        if m.name == "offer_compensation"
    )


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a sum listed after an offer made with a verb is offered too
        (
            "Right. ¥20 back to the card you paid with, a ¥30 coupon for next time, and a new "
            "jacket leaves by SF today.",
            "en",
            [("coupon", 30.0), ("refund", 20.0)],
        ),
        (
            "I'll send the L free, the M comes back on a prepaid label, and there's a ¥20 coupon "
            "in your account for the hassle.",
            "en",
            [("coupon", 20.0), ("free_return_shipping", 0.0)],
        ),
        # a step number run into the sum after it ("3.30元" is step 3, then 30元)
        (
            "给你捋一下:1.顺丰补发今天下午4点前发出;2.原件让网点退回;3.30元无门槛券已经发了;"
            "4.周三中午前我主动联系你确认收货。",
            "zh",
            [("coupon", 30.0)],
        ),
        # a resend's postage is no offer, but money given back after it is
        ("我让网点换个箱子重新发,再给您退5块运费。", "zh", [("refund", 5.0)]),
        # a free pick-up, or the way back and forth on the shop
        ("新锅今天就发,旧的约快递上门免费取走。", "zh", [("free_return_shipping", 0.0)]),
        ("弄不好就寄回来修,来回顺丰我们包", "zh", [("free_return_shipping", 0.0)]),
        (
            "全款给您退,师傅上门拆走不收您一分钱。",
            "zh",
            [("free_return_shipping", 0.0), ("full_refund", 0.0)],
        ),
        # medical costs paid beside another offer are an offer of their own, of no kind
        ("米粉全额退,宝宝看病的费用我们承担,发票留好。", "zh", [("", 0.0), ("full_refund", 0.0)]),
        (
            "宝宝的就医费用、检测费用我们全部承担,另外给您退款89元",
            "zh",
            [("", 0.0), ("refund", 89.0)],
        ),
        # ...with a cap, money of no kind up to the cap
        ("医疗费我们承担,上限五千,专员明天中午12点前联系您", "zh", [("", 5000.0)]),
        # the customer's birthday present is no gift of ours
        (
            "要是周五生日前还没到,这单我给您全额退,礼物钱一分不让您白花。",
            "zh",
            [("full_refund", 0.0)],
        ),
        ("给您准备了一个小生日礼物,随新的一起寄过去。", "zh", [("gift", 0.0)]),
        (
            "I'll refund you ¥20. In addition there's a ¥10 coupon.",
            "en",
            [("coupon", 10.0), ("refund", 20.0)],
        ),
        (
            "林女士,看到了,左耳没声。另外补您30元券,生日礼物出这种事,挺扫兴的。",
            "zh",
            [("coupon", 30.0)],
        ),
    ],
)
def test_offers_new_writers_made_are_read(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a coupon the customer already has, before the offer, is no new offer
        ("您之前拿到的那张30元券还能用,这次我另外给您退20元。", "zh", [("refund", 20.0)]),
        ("您之前拿到的8元券不影响,这次另外给您退15元", "zh", [("refund", 15.0)]),
        (
            "I was going to suggest a ¥20 voucher, but since you'd rather have money back, ¥20 "
            "refunded to your card it is.",
            "en",
            [("refund", 20.0)],
        ),
        # denied, or a free repair under warranty: no free return
        ("不好意思,这单没有免费上门取件", "zh", []),
        ("上门取件不免费的哦", "zh", []),
        ("我们是品牌授权店,整机保修2年,坏了上门取件免费修。", "zh", []),
        ("2年保修期内免费上门维修,修不好直接换新", "zh", []),
        # a decimal sum outside a numbered list stays a decimal
        ("给您退3.30元差价", "zh", [("refund", 3.3)]),
        # medical costs refused, and a test report coming out, offer nothing
        ("医药费我们不承担", "zh", []),
        ("检测报告出来之前我们不下结论", "zh", []),
        # a birthday present the shop gives is still a gift
        ("88VIP生日月,再送您一份生日礼物", "zh", [("gift", 0.0)]),
        # an independent review's probes: sums listed after an offer that the customer has, had
        # or may get elsewhere, decimals after a list's steps, installs and repairs at the door,
        # conditions, refusals, labels of another kind, and what was thrown in before
        ("给您退20元差价,另外店铺首页有满200减30元的券,您可以自己领。", "zh", [("refund", 20.0)]),
        ("给您退20元,另外30元券是您自己领的,和这次无关。", "zh", [("refund", 20.0)]),
        ("给您退20元差价。30元无门槛券是双十一活动的,已经结束了。", "zh", [("refund", 20.0)]),
        (
            "I've refunded ¥20 to your card. The ¥30 coupon you got last month is still valid.",
            "en",
            [("refund", 20.0)],
        ),
        (
            "I'll refund ¥20 to your card. A ¥30 coupon is only available to members, sorry.",
            "en",
            [("refund", 20.0)],
        ),
        ("处理方案:1.给您退运费 2.差价 3.5元也一并退给您", "zh", [("refund", 3.5)]),
        ("1. 退差价 2. 另外补偿 2.99元", "zh", [("refund", 2.99)]),
        ("我们提供免费上门安装服务,师傅明天下午到。", "zh", []),
        ("师傅上门维修不收您一分钱,您放心。", "zh", []),
        ("来回顺丰我们包的前提是质量问题,您这个是尺码不合适。", "zh", []),
        ("上门免费取走的服务只有会员才有,您这边暂时不是会员。", "zh", []),
        ("医药费我们报不了,这个不属于产品问题。", "zh", []),
        ("Sorry, we can't send a prepaid envelope for sale items.", "en", []),
        ("The gluten-free label on the packaging was a printing mistake, I'm so sorry.", "en", []),
        ("Sorry, the free label option isn't available for this order.", "en", []),
        (
            "Your cable was thrown in for free with the original order, so it can't be "
            "refunded separately.",
            "en",
            [],
        ),
        # the resend's postage alone is still no offer
        ("给您补发一件,运费我们出", "zh", []),
        # a coupon in the account that is only mentioned, with nothing given
        ("Is there a coupon in your account you could use?", "en", []),
    ],
)
def test_near_forms_that_offer_nothing_new_are_not_read(text, lang, want):
    assert _offers(text, lang) == want


_GIFT = "仓库多寄了一个给您,就当我们的一点心意,不用退。"


def _kinds_read(text: str, lang: str, **probs: float) -> list[str]:
    reading = read_reply(text, lang, model=StubModel(offer_compensation=0.99, **probs))
    return [m.kind or "" for m in reading.moves if m.name == "offer_compensation"]


def test_an_offer_of_no_kind_takes_the_kind_the_model_is_sure_of():
    sure = THRESHOLDS["zh"].kind_named
    assert _kinds_read(_GIFT, "zh") == [""]  # the rules name no kind
    assert _kinds_read(_GIFT, "zh", **{"kind:gift": sure}) == ["gift"]
    assert _kinds_read(_GIFT, "zh", **{"kind:gift": sure - 0.05}) == [""]
    # the kind columns are not part of the reading's move probabilities
    reading = read_reply(_GIFT, "zh", model=StubModel(offer_compensation=0.99))
    assert set(reading.probabilities) == set(MOVES)


def test_a_kind_the_reply_names_without_offering_it_is_not_given_by_the_model():
    # "但不是现金": the rules saw the cash and read no cash offer; the model's cash is not taken
    assert _kinds_read("我们可以给您补偿,但不是现金。", "zh", **{"kind:cash": 0.99}) == [""]
    assert _kinds_read("给您申请一些补偿,不过没办法退款哦。", "zh", **{"kind:refund": 0.99}) == [""]


def test_a_named_kind_a_sum_or_a_kind_already_offered_is_kept():
    sure = {"kind:refund": 0.99}
    # a kind the rules named stays
    assert _kinds_read("给您补偿一张20元券", "zh", **sure) == ["coupon"]
    # money of no named form stays of no kind (the labelling conventions)
    assert _kinds_read("给您补偿50元", "zh", **sure) == [""]
    # the model's kind goes to no second offer when the reply already offers it
    got = _kinds_read("退您20元差价,再给您一点心意", "zh", **sure)
    assert got.count("refund") == 1
