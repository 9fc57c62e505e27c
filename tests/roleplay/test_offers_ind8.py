"""Offer misreadings found on released held-out set 8 (W-heldout9), one test per class.
Sentences are written for the tests, not copied from the corpus: the class is tested, not a line."""

from __future__ import annotations

import pytest

from tests.roleplay.readings import offers_read as _offers


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a pick-up said free with the verb, active or passive: free return shipping
        ("We'll swap it, and the courier will pick up the old pair free of charge.", "en",
         [("free_return_shipping", 0.0)]),
        ("New jacket ships today, old one collected free.", "en", [("free_return_shipping", 0.0)]),
        ("- blue mug picked up free\n- new one ships today", "en", [("free_return_shipping", 0.0)]),
        ("The driver collects the wrong lamp when he drops off the right one, no cost to you.", "en",
         [("free_return_shipping", 0.0)]),
        ("上门取件已经给您约好了,不收钱的哈", "zh", [("free_return_shipping", 0.0)]),
        ("后天快递上门取回去,来回都不用您花钱", "zh", [("free_return_shipping", 0.0)]),
        # ...not one refused, nor one asked about and answered no
        ("We can't collect it for free, sorry.", "en", []),
        ("Collection's free? No, collection's not free for sale items.", "en", []),
    ],
)
def test_free_pick_up_by_its_verb(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a choice put to the customer offers each of its options
        ("Would you like a refund or a replacement?", "en", [("refund", 0.0)]),
        ("您是想退款还是补发一个呢?", "zh", [("refund", 0.0)]),
        ("Two options, your choice: a ¥15 voucher, or ¥10 back to your card.", "en",
         [("coupon", 15.0), ("refund", 10.0)]),
        ("I can refund ¥8 now, or a ¥12 voucher if you prefer.", "en",
         [("coupon", 12.0), ("refund", 8.0)]),
        # 要是 is "if": a conditional offer, not the customer's wish
        ("您要是嫌大也可以全额退", "zh", [("full_refund", 0.0)]),
        # ...while the customer's wish stays no offer
        ("您想退款对吗?", "zh", []),
    ],
)
def test_choices_and_conditions_are_offers(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a sum the agent would give but may not, then the one settled on
        ("I'd give you ¥40 but my limit is lower, so ¥25 it is.", "en", [("", 25.0)]),
        # 算了 in a clause of its own takes the sum before it back
        ("先说补您30,算了算了,我只能批15,给您15元券吧", "zh", [("coupon", 15.0)]),
        # ...行吧 after a pause raises the sum in the offer's own clause
        ("先给您10块的券…行吧15,不能再多了", "zh", [("coupon", 15.0)]),
    ],
)
def test_sums_given_up_keep_the_final_figure(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # costs taken on with no figure: an offer of no kind
        ("挂号的费用您留好单据,我们负责。", [("", 0.0)]),
        ("检查费凭发票报销", [("", 0.0)]),
        ("您误工的损失我们可以补一部分", [("", 0.0)]),
        # a floor and a k figure are the amount
        ("赔偿的话,按规定最低五百,我这就给您申请", [("", 500.0)]),
        ("赔偿款2k以内我能做主", [("", 2000.0)]),
        # points doubled: an offer of no kind
        ("这单给您积分加倍", [("", 0.0)]),
    ],
)
def test_costs_floors_and_points(text, want):
    assert _offers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a figure refunded whole keeps its figure (the labelling conventions)
        ("这199先全退给您", [("refund", 199.0)]),
        ("可以先把129退给您", [("refund", 129.0)]),
        # ...the whole money said without a figure is a full refund
        ("钱一分不少退给您", [("full_refund", 0.0)]),
        # money with a cash channel: after the sum, or offered as a choice of channels
        ("我自己给您转15微信", [("cash", 15.0)]),
        ("另外补偿您15元,您看支付宝还是微信方便?", [("cash", 15.0)]),
        ("返30可以的", [("cash", 30.0)]),
        # a coupon listed beside cash keeps its form
        ("给您登记了补偿:5元券+5元现金(微信)", [("cash", 5.0), ("coupon", 5.0)]),
    ],
)
def test_refund_figures_and_cash_channels(text, want):
    assert _offers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an item after a "+" is a gift
        ("15券+送钥匙扣", [("coupon", 15.0), ("gift", 0.0)]),
        # a coupon given before is none; the new one counted with its bare sum is a coupon
        ("上次给您的10块券还在吧,这次再给您加一张20的", [("coupon", 20.0)]),
        # a multiple of the price handed to legal or a supervisor is pending: no offer
        ("给您全额退款;三倍赔偿我已提交法务", [("full_refund", 0.0)]),
        ("退一赔三我帮您报给主管了", []),
    ],
)
def test_gifts_past_coupons_and_pending_multiples(text, want):
    assert _offers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("As a small sorry, your daughter gets a matching keyring, free.", [("gift", 0.0)]),
        ("The spare is on its way; keep the red one for the kitchen, on us.", [("gift", 0.0)]),
    ],
)
def test_gifts_received_or_kept_on_us(text, want):
    assert _offers(text, "en") == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the customer pays the pick-up's postage: no free pick-up, whatever else is free
        ("上门取件运费12元需要您自理,质检不收钱", "zh", []),
        # an invoice is no coupon; a coupon with no unit needs a giving verb
        ("发票我给您开一张399的吧", "zh", []),
        # the customer's own sum, with 返
        ("您要返50可以理解,但我这边最多补20元券", "zh", [("coupon", 20.0)]),
        # 行吧 as a concession, with no new sum after it, takes nothing back
        (
            "给您发一张20元券……行吧,您说得对,是我们的问题,我再帮您加个10元红包",
            "zh",
            [("coupon", 10.0), ("coupon", 20.0)],
        ),
        # refused, not offered
        ("误工费不能补一部分,这个按规定不行", "zh", []),
        ("医药费按规定不能报销", "zh", []),
        # a free item added after the pick-up is a gift, not a free pick-up
        (
            "Once the courier collects the faulty kettle, we'll add a free descaler pack to your parcel.",
            "en",
            [("gift", 0.0)],
        ),
        # a prepaid label received free is free return shipping, not a gift
        (
            "You'll receive a prepaid return label, free of charge, by email within the hour.",
            "en",
            [("free_return_shipping", 0.0)],
        ),
        # a condition after "but" keeps the offer; only a refusal after it withdraws the sum
        ("I'd refund you ¥30, but only once the parcel is back with us.", "en", [("refund", 30.0)]),
    ],
)
def test_readings_the_review_found_wrong(text, lang, want):
    """An independent review of this session's offer patterns found each of these misread."""
    assert _offers(text, lang) == want
