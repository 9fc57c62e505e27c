"""Offer misreadings found on released held-out set 1 (W-heldout1) and fresh dev set 7
(W-offers7), one test per class. Sentences differ from the corpus lines on purpose: the class is
tested, not a line."""

from __future__ import annotations

import pytest

from simulator.roleplay.lexicon import load_lexicon
from simulator.roleplay.offers import read_offers
from simulator.roleplay.textnorm import normalise
from tests.roleplay.readings import offers_read as _offers


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # points with no count are points, and a worth stated for them is no amount
        ("这次给你加些积分,大概值二十块", [("", 0.0)]),
        ("送您一点积分吧,能抵现", [("", 0.0)]),
        # a longer warranty given is a gift
        ("新机今天发出,另外赠送两年质保", [("gift", 0.0)]),
        ("给您补发一台,再送半年保修", [("gift", 0.0)]),
        # (a warranty that is only described offers nothing)
        ("这款本身就有一年保修", []),
        # a discount on this order and the refund of the same share are one offer
        ("这单给您打对折,一半货款原路退给您", [("refund", 0.0)]),
    ],
)
def test_zh_points_warranties_and_shares(text, want):
    assert _offers(text) == want


def test_a_share_and_the_refund_of_another_share_stay_two():
    assert len(_offers("这单给您打对折,另外运费退您百分之二十")) == 2


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a multiple of the sum just named, its sum stated after it
        (
            "We'll refund the 40 yuan and pay you twice that as compensation, 80 yuan.",
            [("", 80.0), ("refund", 40.0)],
        ),
        # "refund of the full X": a full refund, no figure
        ("A refund of the full $120 has been issued.", [("full_refund", 0.0)]),
        ("You'll get a refund of the full amount today.", [("full_refund", 0.0)]),
    ],
)
def test_en_multiples_of_a_sum_and_full_refunds(text, want):
    assert _offers(text, "en") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # circled list markers are no digits run into the sum after them
        ("补偿方案:①5元无门槛券 ②运费险", [("coupon", 5.0), ("free_return_shipping", 0.0)]),
        ("❶退您12元 ❷再送一张8元券", [("coupon", 8.0), ("refund", 12.0)]),
    ],
)
def test_circled_list_markers(text, want):
    assert _offers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a corrected sum with its kind named ("不是X元券,是Y元券") is no offer
        ("抱歉,不是5元红包,是8元红包,已经给您发过去了", [("coupon", 8.0)]),
        # an offer said before and taken back with 说给/说要补 ("搞错", "算错") is no offer
        ("之前说要给您20块红包是我弄错了,其实能发的是15块红包", [("coupon", 15.0)]),
        ("刚才说补您6块是我算错了,应该退您9块", [("refund", 9.0)]),
    ],
)
def test_corrected_sums_with_a_kind_or_a_verb(text, want):
    assert _offers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # tenths of the price (三成 = 0.3), valued at the price the reply states
        ("这件卖200,给您退两成", [("refund", 40.0)]),
        ("给您退款一部分,按订单金额的三成算,订单是150元", [("refund", 45.0)]),
        # no price stated: the share stays a multiple with no amount
        ("退您三成货款吧", [("refund", 0.0)]),
        # 成 that is no share
        ("这台是九成新的", []),
    ],
)
def test_tenths_of_the_price(text, want):
    assert _offers(text) == want


def test_tenths_keep_their_multiple():
    norm, _ = normalise("给您补三成的货款")
    (offer,) = read_offers(norm, load_lexicon("zh"))
    assert offer.multiple == pytest.approx(0.3) and offer.amount is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # British slang offer verbs
        ("Full refund, and I'll chuck in a £15 voucher.", [("coupon", 15.0), ("full_refund", 0.0)]),
        ("Let me bung a $5 voucher your way.", [("coupon", 5.0)]),
        # an item of a list after the list's verb, a few words long in a spaced script
        (
            "What I can do is a $12 refund, a $6 coupon, and free return shipping.",
            [("coupon", 6.0), ("free_return_shipping", 0.0), ("refund", 12.0)],
        ),
    ],
)
def test_en_slang_verbs_and_list_items(text, want):
    assert _offers(text, "en") == want


def test_a_voucher_talked_about_after_a_comma_is_no_offer():
    assert _offers("Sorry for the wait, a $5 voucher is what the app shows", "en") == []


@pytest.mark.parametrize("text", ["同款想少花50块,这个心情我懂", "您是希望便宜个二十吧"])
def test_the_customers_wish_to_pay_less_is_guarded(text):
    # a guard of the move: the model cannot add the customer's sum as an offer (dev set 4)
    norm, _ = normalise(text)
    assert load_lexicon("zh").moves["offer_compensation"].guards.search(norm)
    assert _offers(text) == []
