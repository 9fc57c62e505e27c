"""Offer misreadings found on released held-out set 9 (W-heldout10), one test per class.
Sentences are written for the tests, not copied from the corpus: the class is tested, not a line."""

from __future__ import annotations

import pytest

from tests.roleplay.readings import offers_read as _offers


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a pick-up or a return the customer pays nothing for: free return shipping
        ("旧的那双我们叫快递上门来取,一分钱都不用您出", "zh", [("free_return_shipping", 0.0)]),
        ("师傅后天上门取,不花你一分钱", "zh", [("free_return_shipping", 0.0)]),
        ("破的那个明天上门取件免运费", "zh", [("free_return_shipping", 0.0)]),
        ("上门取件帮您约在周三下午了,您把盒子给师傅就行,不用付邮费。", "zh",
         [("free_return_shipping", 0.0)]),
        ("I've booked the courier for Friday. Nothing for you to pay.", "en",
         [("free_return_shipping", 0.0)]),
        ("Courier booked for 9am Monday, at no cost to you.", "en", [("free_return_shipping", 0.0)]),
        ("Refund in full, and we'll pay for the pick-up.", "en",
         [("free_return_shipping", 0.0), ("full_refund", 0.0)]),
        # ...not the customer told a resend or an exchange costs nothing more
        ("The new one ships today as a fresh order, nothing to pay.", "en", []),
        ("新锅明天上门送到,您不用出门", "zh", []),
    ],
)
def test_customer_paying_nothing_for_the_return(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a sum taken back after a pause or a filler: the final figure counts
        ("给您发个15元券,嗯不对,给您25的", "zh", [("coupon", 25.0)]),
        ("先补您一张20的券……不,40的", "zh", [("coupon", 40.0)]),
        ("I can give you 10... no, let me do better, 25 in store credit.", "en", [("coupon", 25.0)]),
        ("We could do 15... no, we can do better, 35 in credit.", "en", [("coupon", 35.0)]),
        # ...a bare 不 is no correction without a pause before it
        ("给您20元券,不用谢", "zh", [("coupon", 20.0)]),
    ],
)
def test_correction_after_a_pause_keeps_the_final_figure(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a refund granted by a bare verb or the agent's own click: refund, no amount
        ("能退的亲,您放心", "zh", [("refund", 0.0)]),
        ("那就退吧,您把东西寄回来就行", "zh", [("refund", 0.0)]),
        ("货款肯定会退的,您放心", "zh", [("refund", 0.0)]),
        ("这件的钱给您退,吊牌留着就行", "zh", [("refund", 0.0)]),
        ("刚刚帮您点了退款,您留意一下", "zh", [("refund", 0.0)]),
        # ...not the customer's own click, nor a shrug at the customer's return
        ("您在订单里点申请退款就可以了", "zh", []),
        ("退就退吧,我们也没办法", "zh", []),
    ],
)
def test_refund_granted_by_a_bare_verb(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the channel named after a sum is the way that cash goes: one offer, not a second of no value
        ("另外补您叁拾元,微信转", "zh", [("cash", 30.0)]),
        ("赔您15块钱,转到您支付宝", "zh", [("cash", 15.0)]),
        ("退款199,另补10元,支付宝转", "zh", [("cash", 10.0), ("refund", 199.0)]),
        # ...while a transfer of no sum stays an offer, beside a sum of another kind too
        ("钱我直接转您微信", "zh", [("cash", 0.0)]),
        ("退您10块,剩下的我微信转您", "zh", [("cash", 0.0), ("refund", 10.0)]),
    ],
)
def test_channel_after_a_sum_is_no_second_cash(text, lang, want):
    assert _offers(text, lang) == want
