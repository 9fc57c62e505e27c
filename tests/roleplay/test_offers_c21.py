"""Offer misreadings found on two writers' replies read before they joined the corpus (W-corpus21,
W-corpus22), one test per class. Sentences are written for the tests, not copied from the corpus."""

from __future__ import annotations

import pytest

from tests.roleplay.readings import offers_read as _offers


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # return postage paid back as a sum: one refund of it, not free return shipping as well
        ("鞋子寄回来后,退货运费我们按10元退给您。", "zh", [("refund", 10.0)]),
        ("I'll refund the ¥18 you spent on return postage.", "en", [("refund", 18.0)]),
        # ...but a list of pieces keeps each piece
        (
            "Here's the deal: refund 40 + coupon 5 + free return",
            "en",
            [("coupon", 5.0), ("free_return_shipping", 0.0), ("refund", 40.0)],
        ),
        (
            "退您15元差价,另外来回运费我们出",
            "zh",
            [("free_return_shipping", 0.0), ("refund", 15.0)],
        ),
    ],
)
def test_return_postage_paid_back_is_one_refund(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a full refund put as the other option after a sum refunded stays an offer
        ("这单给您退15元,或者整单全额退,您定。", "zh", [("full_refund", 0.0), ("refund", 15.0)]),
        # ...while "all of it" after a sum is that sum
        ("差价是36块,全部退给您", "zh", [("refund", 36.0)]),
    ],
)
def test_a_full_refund_as_the_other_option(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a refund already made, with its sum, is status: the coupon after it is the offer
        (
            "Your ¥35 refund already went back to your card yesterday. I can add a ¥5 coupon.",
            "en",
            [("coupon", 5.0)],
        ),
        ("退款268已经原路退回了,今天到账", "zh", []),
        # a sum above the agent's reach beside what is given
        ("¥80 back is beyond what I can approve, but I can do ¥25 back.", "en", [("refund", 25.0)]),
        ("这种情况不可能给您全额退款的", "zh", []),
        # the customer's demand echoed as a question and turned down ("可以吗?不行的话" is the agent's own)
        ("全部退您?这个真做不了,来回运费我们出", "zh", [("free_return_shipping", 0.0)]),
        ("给您退15可以吗?不行的话我帮您申请到25。", "zh", [("refund", 15.0)]),
        # the customer's own coupon, not one given; one put into the account is given
        ("您账户里那张20元新人券还没用,记得用上", "zh", []),
        ("再给您账户里放一张40元无门槛券", "zh", [("coupon", 40.0)]),
        # free return postage denied
        ("退货不包邮哦", "zh", []),
    ],
)
def test_sums_done_refused_or_the_customers(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a share of the goods' price refunded
        ("给您退货款的两成,299的两成就是59.8。", "zh", [("refund", 59.8)]),
        # a sum restated: "I'm making it"
        (
            "We usually give a ¥10 voucher for a delay; since it's your wedding, I'm making it ¥40.",
            "en",
            [("coupon", 40.0)],
        ),
        # a pick-up free "tomorrow" (not "free to"), and return shipping covered
        (
            "the courier collects them free tomorrow afternoon",
            "en",
            [("free_return_shipping", 0.0)],
        ),
        (
            "Return shipping is covered by the insurance on the order.",
            "en",
            [("free_return_shipping", 0.0)],
        ),
    ],
)
def test_shares_restated_sums_and_free_returns(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a refund's status ends where the next offer begins
        (
            "Your refund already went through so I'm adding a ¥6 coupon for the wait.",
            "en",
            [("coupon", 6.0)],
        ),
        # a sum over the usual cap that the agent approves is given
        (
            "¥45 back is more than our usual cap, but I've approved it for you.",
            "en",
            [("refund", 45.0)],
        ),
        # the agent's own "行不行?" is an offer put as a question, not the customer's demand
        ("退您12元行不行?", "zh", [("refund", 12.0)]),
        # a coupon put into the customer's account is given
        ("您账户里我这边补了一张25元券,请查收", "zh", [("coupon", 25.0)]),
        # the other option, named with 要不
        ("这单给您退18元,要不全额退也行", "zh", [("full_refund", 0.0), ("refund", 18.0)]),
        # outbound shipping covered is no free return
        ("Shipping is covered for the replacement we're sending today.", "en", []),
    ],
)
def test_what_the_new_guards_leave_alone(text, lang, want):
    assert _offers(text, lang) == want
