"""Readings the writers of 2026-12-03's last round showed before they joined the corpus
(W-corpus35..38) and the corpus's own English offers the rules still missed, one test per class,
with what each change must leave alone. Sentences are written for the tests, not copied from the
corpus; hours count from Monday 10:00 (the corpus header)."""

from __future__ import annotations

import pytest

from tests.roleplay.readings import move_names
from tests.roleplay.readings import offers_read as _offers


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the postage named and paid in a few words is the return on us
        ("Send the dress back whenever suits you, postage covered.", "en", [("free_return_shipping", 0.0)]),
        ("Whichever you choose, the postage is free.", "en", [("free_return_shipping", 0.0)]),
        ("Just drop it at the locker, the postage is already paid.", "en", [("free_return_shipping", 0.0)]),
        # ...not the postage the customer paid, nor postage covered by her, nor a question
        ("I'll refund the ¥12 postage you paid.", "en", [("refund", 12.0)]),
        ("For a change of mind, postage is covered by you.", "en", []),
        ("Is the postage covered?", "en", []),
        # the whole price back said as such is a full refund
        ("If you'd rather not wait, you get the full price back.", "en", [("full_refund", 0.0)]),
        # a list written with plus signs: each piece keeps its own sum
        (
            "Exchange to an M + free pick-up + ¥15 voucher.",
            "en",
            [("coupon", 15.0), ("free_return_shipping", 0.0)],
        ),
        # money in kuai
        ("I've sent you 30 kuai by Alipay.", "en", [("cash", 30.0)]),
        # return postage the insurance covers in full is no full refund; a difference paid back to
        # the cent is a refund of the difference
        ("新的先发,旧的寄回来运费险全额覆盖。", "zh", [("free_return_shipping", 0.0)]),
        ("保价期内降了价,差价一分不少退给您。", "zh", [("refund", 0.0)]),
        ("这单的钱一分不少退给您。", "zh", [("full_refund", 0.0)]),
        # a sum after 给到您 is the sum offered
        ("补偿的红包给到您25,已经发您账户了。", "zh", [("coupon", 25.0)]),
        # a pick-up that costs the customer nothing is the return on us, not a sum she pays
        ("上门取件约在周三,不用您花一分钱。", "zh", [("free_return_shipping", 0.0)]),
    ],
)
def test_offers_the_new_writers_showed(text, lang, want):
    assert _offers(text, lang) == want


def test_what_the_customer_pays_is_still_no_offer():
    assert _offers("券用完您只需付189。", "zh") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a special approval already given hands nothing over
        ("主管特批了,给您补一张六十元无门槛券。", False),
        ("经理授权我给您退四十块。", False),
        # ...while one applied for, or awaited, does
        ("这个金额我帮您申请主管特批,明天上午给您答复。", True),
        ("等主管特批下来,我第一时间告诉您。", True),
    ],
)
def test_a_supervisors_approval_given_is_no_handover(text, want):
    assert ("escalate_to_supervisor" in move_names(text, "zh")) is want


@pytest.mark.parametrize(
    "text",
    [
        "Would a ¥15 voucher be alright?",
        "Would ¥25 back via PayPal be ok for you?",
        "Could a ¥20 refund work?",
    ],
)
def test_an_offer_put_as_a_question_is_no_clarifying_question(text):
    names = move_names(text, "en")
    assert "offer_compensation" in names
    assert "ask_clarifying_question" not in names


def test_a_real_question_beside_an_offer_stays_a_question():
    names = move_names("Which colour would you like instead?", "en")
    assert "ask_clarifying_question" in names


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a bare sum refused is no offer; the alternative is
        ("I can't do ¥80 cash, but I can do a ¥25 coupon.", [("coupon", 25.0)]),
        ("We can't refund ¥150, but we can refund ¥60.", [("refund", 60.0)]),
        # a sum listed after an offer, paid through a channel of its own, is cash
        ("Full refund, and ¥15 to your Alipay for the trouble.", [("cash", 15.0), ("full_refund", 0.0)]),
        # ...not the refund itself sent back to the customer's account
        ("I'll refund ¥199 to your Alipay.", [("refund", 199.0)]),
        # the collection named first, then nothing to pay: the return on us
        (
            "Our courier will collect the old pair on Friday, you don't need to pay anything.",
            [("free_return_shipping", 0.0)],
        ),
        # ...not a new item brought
        ("The courier brings the new pair on Friday, you don't need to pay anything.", []),
    ],
)
def test_english_offers_the_last_writers_showed(text, want):
    assert _offers(text, "en") == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the courier's own manager contacted is chasing the courier, not a handover
        ("I've just rung the ZTO depot manager about your parcel.", "en", False),
        ("刚给圆通站点的负责人打了电话,今天一定发出。", "zh", False),
        # ...while the shop's own supervisor or logistics lead is
        ("I'm passing this to my manager now.", "en", True),
        ("我把这单转给我们的物流主管,由她跟进。", "zh", True),
    ],
)
def test_the_couriers_manager_is_no_supervisor(text, lang, want):
    assert ("escalate_to_supervisor" in move_names(text, lang)) is want
