"""Offers whose sums add up, are raised, or are named by their object (issue 10, offer reading):
running totals ("再加5块,一共25"), raises ("补到10块"), a refund verb giving another kind ("退您
一张20元券"), the shop's currency whatever it is (RM, Rs., ₹, CNY) and money sent by a wallet app."""

from __future__ import annotations

import pytest

from simulator.roleplay.lexicon import load_lexicon
from simulator.roleplay.money import amounts
from simulator.roleplay.offers import read_offers
from simulator.roleplay.textnorm import normalise


def _offers(text: str) -> list[tuple]:
    lang = "en" if text.isascii() or "₹" in text else "zh"
    norm, _ = normalise(text)
    return sorted((o.kind or "", o.amount or 0.0) for o in read_offers(norm, load_lexicon(lang)))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # sums of one kind (or of none) and the total stated after them: one offer at the total
        ("给您补8块,再加4块,一共12", [("", 12.0)]),
        ("给您再加3块,一共18,不能再多了", [("", 18.0)]),
        ("红包先补您6块,又帮您争取了4块,凑个10块", [("coupon", 10.0)]),
        ("I'll send $6 now and add another $4, so $10 altogether", [("", 10.0)]),
        # the total first, its parts after it
        ("一共给您退30:差价22,运费8", [("refund", 30.0)]),
        # two kinds stay two even with a total
        ("给您退12,再返现8,一共20", [("cash", 8.0), ("refund", 12.0)]),
        # a sum added with no form named takes the form of the sum before it
        ("先发您8块红包,等核实完再补6块", [("coupon", 6.0), ("coupon", 8.0)]),
        ("我先退您6块,还不满意的话再加4块", [("refund", 4.0), ("refund", 6.0)]),
        # a raise replaces the smaller sum before it
        ("本来只能补3块,看您是老客户,给您补到8块", [("", 8.0)]),
        ("补偿从12提到18,红包已经发了", [("coupon", 18.0)]),
    ],
)
def test_running_totals_increments_and_raises(text, want):
    assert _offers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("再加39元可以升级成大容量版", []),  # the customer pays more: no offer
        ("Add 30 yuan and you can upgrade to the larger one", []),
    ],
)
def test_paying_more_for_an_upgrade_is_no_offer(text, want):
    assert _offers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("退您一张15元券,下回用", [("coupon", 15.0)]),
        ("退你个6块的店铺红包", [("coupon", 6.0)]),
        ("We'll refund you a $12 voucher for the wait", [("coupon", 12.0)]),
        ("I can refund you in store credit, $18, if that suits", [("coupon", 18.0)]),
        ("退您12块钱运费", [("refund", 12.0)]),  # a refund stays a refund
    ],
)
def test_the_object_names_the_kind_not_the_refund_verb(text, want):
    assert _offers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("We'll refund RM12 to your wallet", [("refund", 12.0)]),
        ("We will refund Rs. 250 to your account", [("refund", 250.0)]),
        ("We can give you ₹300 cashback on this order", [("cash", 300.0)]),
        ("按CNY 45给您赔付", [("", 45.0)]),
        ("I'll PayNow you $6 now", [("cash", 6.0)]),
    ],
)
def test_any_currency_and_wallet_apps(text, want):
    assert _offers(text) == want


def test_a_currency_code_is_a_word_of_its_own():
    norm, _ = normalise("Please confirm 2 items arrived")
    assert amounts(norm, load_lexicon("en")) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a multiple valued at the one price the reply states
        ("这单实付60,给您退一赔三", [("", 180.0), ("full_refund", 0.0)]),
        ("三倍赔偿,商品价30,支付宝转给您", [("cash", 90.0)]),
        (
            "Full refund plus double the price. The price was 40 dollars",
            [("", 80.0), ("full_refund", 0.0)],
        ),
        # no price stated: the multiple keeps no amount (the session values it at the order)
        ("给您三倍赔偿", [("", 0.0)]),
        # a stated sum is the offer, not a second one
        ("退一赔三,售价20,总共赔60", [("", 60.0), ("full_refund", 0.0)]),
    ],
)
def test_a_multiple_is_valued_at_the_price_the_reply_states(text, want):
    assert _offers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("补偿的话,15。红包。", [("coupon", 15.0)]),
        ("补偿:现金。金额:叁拾元。已转。", [("cash", 30.0)]),
        ("给您充了25的店铺余额,下单直接抵", [("coupon", 25.0)]),
        ("I've credited $12 to your account", [("coupon", 12.0)]),
        ("We'd like to offer you something for the trouble, amount to follow", [("", 0.0)]),
        ("退的时候约上门取件,取件费我们出", [("free_return_shipping", 0.0)]),
    ],
)
def test_the_form_named_apart_and_offers_with_no_figure_yet(text, want):
    assert _offers(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "这个订单上次已经补过8块了,不能重复补偿",
        "补偿申请我已经提交主管了,明天给您结果",
        "刚才说的20补偿是我算错了,这个活动不参与",
        "满减券是系统自动发的,不是给您的补偿",
        "You already got a $9 refund last week, so there's nothing more to add",
        "I've passed your compensation request to my manager",
        "Kindly note, refund is not applicable once the seal is broken",
    ],
)
def test_offers_given_before_requested_or_taken_back_are_none(text):
    assert _offers(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the sum an offer's rate comes to, in the clause after it
        ("给您申请了补偿,按订单的8%,也就是12块", [("", 12.0)]),
        ("按条款赔订单金额的5%,也就是260", [("", 260.0)]),
        (
            "The lamp was $300, so the 10% we agreed comes to $30, refunded to your card",
            [("refund", 30.0)],
        ),
        ("这样吧,这单的货款我们不要了", [("full_refund", 0.0)]),
    ],
)
def test_the_sum_a_rate_comes_to_and_an_order_not_charged(text, want):
    assert _offers(text) == want
