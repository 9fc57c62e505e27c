"""Offer misreadings found on released held-out set 6 (W-heldout7) and fresh dev set 7
(W-offers7), one test per class. Sentences are written for the tests, not copied from the corpus:
the class is tested, not a line."""

from __future__ import annotations

import pytest

from tests.roleplay.readings import offers_read as _offers


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a share of a price named in no price form, its computed sum stated: one refund of it
        ("给您退一半吧,外套318,退159", [("refund", 159.0)]),
        ("我按八折给您算,等于退您23.8", [("refund", 23.8)]),
        ("退三分之一的货款,264的三分之一就是88", [("refund", 88.0)]),
        ("给您退一成,这件风衣429,也就是42.9", [("refund", 42.9)]),
        # ...its sum rounded after the exact one: the rounded sum
        ("退您三分之一,199的三分之一是六十六块三毛三,给您凑整退67", [("refund", 67.0)]),
        # ...or not stated: the share of the one figure the reply names
        ("毛衣329的三成退给您", [("refund", 98.7)]),
        ("台灯159,我把四分之一的钱退给您", [("refund", 39.75)]),
        ("退您一半的钱,59的一半,二十九块五。", [("refund", 29.5)]),
    ],
)
def test_zh_shares_of_a_stated_figure(text, want):
    assert _offers(text) == want


def test_a_share_with_no_figure_keeps_no_amount():
    # (a time or count is no price: the session values the share at the order)
    assert _offers("退您一半,3天内到账") == [("refund", 0.0)]
    # a sum offered of its own is no price of the share
    assert _offers("给您打个九折,另外补10元券") == [("coupon", 10.0), ("refund", 0.0)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("I'll refund 20% of the $45, so $9.", [("refund", 9.0)]),
        ("Half the money back, that's $36 on the $72 lamp.", [("refund", 36.0)]),
        ("The kettle was $66, so I've refunded half.", [("refund", 33.0)]),
        ("I'll knock 10% off the $250 you paid.", [("refund", 25.0)]),
        ("We can do a refund of forty percent on the $120 boots.", [("refund", 48.0)]),
    ],
)
def test_en_shares_of_a_stated_figure(text, want):
    assert _offers(text, "en") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the shipping fee paid back is a refund of it, a share or multiple of it too
        ("给您补8元运费,另外送一张10元券", [("coupon", 10.0), ("refund", 8.0)]),
        ("运费是20块,给您补偿一半的运费", [("refund", 10.0)]),
        ("邮费是7块,给您赔双倍邮费", [("refund", 14.0)]),
    ],
)
def test_zh_shipping_fee_refunds(text, want):
    assert _offers(text) == want


@pytest.mark.parametrize(
    ("text", "want", "lang"),
    [
        # a sum taken back after a pause: the later sum, the kind of the one it replaces
        ("先给您5元红包......算了,给您15元吧", [("coupon", 15.0)], "zh"),
        ("补您一张港币...不对,是人民币30元的券", [("coupon", 30.0)], "zh"),
        ("刚才手滑写成了8元,应该是给您退80元", [("refund", 80.0)], "zh"),
        # (a sum called wrong where it was offered keeps its kind for the new one; one said before
        # and called wrong prices no share)
        ("给您发张8元的券——不对,我算错了,可以给到12元", [("coupon", 12.0)], "zh"),
        ("刚才说退10不对,按这单的66算,退您一半", [("refund", 33.0)], "zh"),
        ("I can do $5... actually make it $12 in store credit.", [("coupon", 12.0)], "en"),
        ("A ¥15... no, a ¥25 coupon for you.", [("coupon", 25.0)], "en"),
        # a raise by 升级到 / 换成
        ("这张券给您升级到40", [("coupon", 40.0)], "zh"),
        ("之前的5元券给您换成12元的", [("coupon", 12.0)], "zh"),
    ],
)
def test_corrections_and_raises(text, want, lang):
    assert _offers(text, lang) == want


def test_a_pause_with_no_offer_before_corrects_nothing():
    assert _offers("这个应该是20块左右的运费") == []


@pytest.mark.parametrize(
    ("text", "want", "lang"),
    [
        # a refund or price cut refused beside the offer given is no offer
        ("退款这个不行,可以给您补15元券", [("coupon", 15.0)], "zh"),
        ("改价做不到,不过能给您发一张10元券", [("coupon", 10.0)], "zh"),
        # a sum still to be asked of a supervisor is no offer; the one given stands
        ("先给您发8元券,我再问下主管能不能加到30", [("coupon", 8.0)], "zh"),
        (
            "I can give you $8 credit now; I'll check with my manager about $25.",
            [("coupon", 8.0)],
            "en",
        ),
        # the customer's sum is not the agent's
        ("您要300,这个给不了", [], "zh"),
        ("您要的80我这边批不了,最多能给30元券", [("coupon", 30.0)], "zh"),
        # (a sum the customer asked for and is granted is the offer)
        ("您要的15元红包,已经给您发了", [("coupon", 15.0)], "zh"),
    ],
)
def test_refusals_and_sums_asked_beside_an_offer(text, want, lang):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "want", "lang"),
    [
        # money sent back the way it was paid is a refund of the sum before it
        ("给您补偿18元,退到原支付账户", [("refund", 18.0)], "zh"),
        ("再加5块,一共补您40,走原路", [("refund", 40.0)], "zh"),
        # (money already back is no offer)
        ("钱已经退到原账户了", [], "zh"),
        # the price's odd amount, the price's money, a drop in price given back
        ("这单给您退个零头,六块", [("refund", 6.0)], "zh"),
        ("可以给您退还货款,另外补10元券", [("coupon", 10.0), ("refund", 0.0)], "zh"),
        ("我们有价保,差多少退多少", [("refund", 0.0)], "zh"),
        # a share of the price returned in cash is one cash offer
        ("这件139,给您返一成现金,走支付宝", [("cash", 13.9)], "zh"),
        ("返还您一部分货款:伍拾元", [("refund", 50.0)], "zh"),
        # store credit: a wallet or the shop balance
        ("We're crediting RM 40 to your wallet as goodwill.", [("coupon", 40.0)], "en"),
        ("给您补十五元,以余额形式到账", [("coupon", 15.0)], "zh"),
        ("I've refunded the full $230.", [("full_refund", 0.0)], "en"),
    ],
)
def test_forms_of_money(text, want, lang):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "want", "lang"),
    [
        # gifts sent with an order, a wrong item kept as a spare, postage both ways on a swap
        ("您现在拍下送一个防尘袋", [("gift", 0.0)], "zh"),
        ("我在订单上备注送您一副鞋垫", [("gift", 0.0)], "zh"),
        ("下单都送运费险的", [], "zh"),
        ("Keep the blue pair as a spare, the black ones ship today.", [("gift", 0.0)], "en"),
        ("发错的那顶帽子不用寄回了,送您戴吧", [("gift", 0.0)], "zh"),
        ("发错的那双袜子不用退了,送您穿", [("gift", 0.0)], "zh"),
        ("旧的那个您自己留着吧,新的明天到", [("gift", 0.0)], "zh"),
        ("We'll swap it for a medium and cover both ways.", [("free_return_shipping", 0.0)], "en"),
    ],
)
def test_gifts_and_pickups(text, want, lang):
    assert _offers(text, lang) == want
