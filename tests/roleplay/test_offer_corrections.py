"""Offers in forms the sixth offers round found misread (issue 10, point 1): sums the agent
corrects, items of a list of offers that take the list's verb, sums for different things listed
with 、 or 和, coupons that are past or used, and money written in forms no earlier writer used.
Each class is tried in sentences that are not the corpus lines that showed it."""

from __future__ import annotations

import pytest

from simulator.roleplay.lexicon import load_lexicon
from simulator.roleplay.moves import classify
from simulator.roleplay.offers import read_offers
from simulator.roleplay.textnorm import normalise
from tests.roleplay.readings import offers_read as _offers


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the new sum is the offer, of the kind it corrects; the sum corrected is none
        ("之前说给您补5块红包,说错了,是8块", "zh", [("coupon", 8.0)]),
        ("刚才打错了,不是退12是退21", "zh", [("refund", 21.0)]),
        ("更正一下:给您的优惠券是20元,不是10元", "zh", [("coupon", 20.0)]),
        ("Correction: the refund is $21, not $12.", "en", [("refund", 21.0)]),
        ("Sorry, typo: it's a $15 refund, not $50.", "en", [("refund", 15.0)]),
        ("Correction: the voucher is $8, not $5.", "en", [("coupon", 8.0)]),
        # a correction of something that is no offer leaves the offer alone
        ("给您退10块。刚才说错了,运费是8块不是6块", "zh", [("refund", 10.0)]),
        # a sum negated beside the one given is none
        ("I can refund $10 but not $50.", "en", [("refund", 10.0)]),
    ],
)
def test_sums_corrected(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # each item of a list of offers takes the verb before the list
        ("帮您申请了 ¥15 补偿 + 一张 ¥5 优惠券", "zh", [("", 15.0), ("coupon", 5.0)]),
        (
            "What I can offer:\n- a $12 refund\n- free return shipping\n- a $4 voucher",
            "en",
            [("coupon", 4.0), ("free_return_shipping", 0.0), ("refund", 12.0)],
        ),
        # a verb is still needed: a coupon only named after a plain statement is no offer
        ("这是您的订单 ¥15 + 一张 ¥5 优惠券的截图", "zh", []),
    ],
)
def test_list_items_take_the_lists_verb(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("退您运费12块、包装费3块", [("refund", 3.0), ("refund", 12.0)]),
        ("给您补差价9块和包装费4块", [("refund", 4.0), ("refund", 9.0)]),
    ],
)
def test_sums_for_different_things(text, want):
    assert _offers(text) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("红包10,无门槛券5块,都已经过期了", "zh", []),
        ("店铺券20,红包8块,全都用掉了", "zh", []),
        ("Your $8 voucher and the $3 credit both expired last week.", "en", []),
        ("That $6 code was already used on your last order.", "en", []),
        # a new piece sent for one that expired is an offer
        ("The $12 voucher has lapsed, so I've sent you a new $12 one.", "en", [("coupon", 12.0)]),
    ],
)
def test_coupons_past_or_used_are_no_offers(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("We'll refund you thirty-five dollars for the scratch.", "en", [("refund", 35.0)]),
        ("I'll refund you forty two dollars today.", "en", [("refund", 42.0)]),
        ("We will refund ₦7,500 to your account today.", "en", [("refund", 7500.0)]),
        ("给你退三十大洋,消消气", "zh", [("refund", 30.0)]),
    ],
)
def test_money_forms(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # more still to be asked of a supervisor is no offer yet
        ("先补您8块,还不满意的话我再跟主管申请加到15", "zh", [("", 8.0)]),
        ("先给您退6块,等经理批下来再补6块", "zh", [("refund", 6.0)]),
        # what was meant and not approved, or a sum the customer called too little, is none
        ("本来说给您退30,主管没批,只能给您一张30元券了", "zh", [("coupon", 30.0)]),
        ("5块红包太少?那换成12块现金,支付宝给您", "zh", [("cash", 12.0)]),
        # a refund of a multiple stated as sums: the stated refund, no separate full refund
        ("退一赔三,这件60,退您60再赔180", "zh", [("", 180.0), ("refund", 60.0)]),
        # a share valued at the price and the same sum stated are one offer
        ("不用寄回了,退您一半,这单90,退45", "zh", [("refund", 45.0)]),
    ],
)
def test_offers_pending_withdrawn_or_restated(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("店铺余额这边给您充值了30,下单可以直接抵", "zh", [("coupon", 30.0)]),
        ("20的退款和5的券都给您弄好了", "zh", [("coupon", 5.0), ("refund", 20.0)]),
        ("I'll put 15 quid back on your card today.", "en", [("refund", 15.0)]),
        ("A $25 refund has been issued to your Alipay.", "en", [("refund", 25.0)]),
        ("I can't do $80, but I can do a $20 voucher.", "en", [("coupon", 20.0)]),
        ("For the delay, here's $6 off: code LATE6.", "en", [("coupon", 6.0)]),
        ("We've added store credit of 15 to your account.", "en", [("coupon", 15.0)]),
    ],
)
def test_money_tied_to_its_kind(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("您是想换货还是退款?", "zh"),
        ("给您重新发一件38码的", "zh"),
        ("Size down one size, the 8 will sit better.", "en"),
        ("We could send you the larger model instead.", "en"),
        ("I'll get a replacement unit out to you tomorrow.", "en"),
        ("We're replacing the kettle free of charge.", "en"),
    ],
)
def test_exchange_forms(text, lang):
    assert "exchange_or_upsell_offer" in {m.name for m in classify(text, lang)}


def test_a_replacement_said_to_fall_short_is_no_exchange():
    names = {m.name for m in classify("Just replacing it isn't enough after the week you've had.")}
    assert "exchange_or_upsell_offer" not in names


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a bare sum refunded to the customer, with an emoji after it
        ("这单算我的 退你15💰 再送个小样🎁", [("gift", 0.0), ("refund", 15.0)]),
        # a gift joined to a list with 外加, or named before its count
        ("给您退8块、外加一个收纳袋", [("gift", 0.0), ("refund", 8.0)]),
        ("为表歉意,赠送清洁刷一把", [("gift", 0.0)]),
        # shipping insurance given with 附赠 is no gift
        ("给您补偿30元,另附赠运费险一份", [("", 30.0), ("free_return_shipping", 0.0)]),
    ],
)
def test_gifts_and_bare_refunds(text, want):
    assert _offers(text) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a discount on this order at a price the reply states: the rest of the price back
        ("这件159,给您打九折,差的钱原路退回", "zh", [("refund", 15.9)]),
        # a promotion's discount is no offer; a multiple of one is still read
        ("店里买两件打九折,不是满减", "zh", []),
        ("价格120,赔一倍", "zh", [("", 120.0)]),
        ("The lamp was $40, so I'll give you half back.", "en", [("refund", 20.0)]),
    ],
)
def test_discounts_and_shares_of_a_stated_price(text, lang, want):
    assert _offers(text, lang) == want


def test_a_share_paid_as_the_one_refund_named():
    norm, _ = normalise("这单给您按6折算,多付的那部分原路退回")
    offers = read_offers(norm, load_lexicon("zh"))
    assert [(o.kind, o.amount, o.multiple) for o in offers] == [("refund", None, 0.4)]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a raise with no offer in the reply raises the offer made earlier in the chat
        ("I'll bump that up to $30, since it's the second time.", "en", [("", 30.0)]),
        ("主管同意了,给您提到45", "zh", [("", 45.0)]),
        ("价格调到79了", "zh", []),
        # a second coupon joined with 以及 takes the verb of the first
        ("给您发了一张5元券,以及一张满200减20的券", "zh", [("coupon", 5.0), ("coupon", 20.0)]),
    ],
)
def test_raises_alone_and_lists_joined_with_yiji(text, lang, want):
    assert _offers(text, lang) == want
