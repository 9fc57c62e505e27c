"""Offers in wordings the fifth offers round found misread (issue 10, point 1): each test is a
class (a typed unit, a count of coupons, a sum added or raised, a cap, a topic that is the
agent's own offer), tried in sentences that are not the corpus lines that showed it."""

from __future__ import annotations

import pytest

from simulator.roleplay.compliance import Granted, compliance_violations
from simulator.roleplay.moves import classify
from simulator.roleplay.script import list_scripts
from simulator.roleplay.textnorm import normalise
from tests.roleplay.readings import offers_read as _offers


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("补你15快,微信转你", [("cash", 15.0)]),
        ("给您发了个10远的优惠卷,记得用哦", [("coupon", 10.0)]),
        ("差价退您八快", [("refund", 8.0)]),
        # 快 starting a word of its own is no unit
        ("给您补5块,3快递明天到", [("", 5.0)]),
    ],
)
def test_money_unit_typed_as_its_homophone(text, want):
    assert _offers(text) == want


def test_unit_typo_fold_keeps_offsets():
    norm, index = normalise("补你15快")
    assert norm == "补你15块" and index == list(range(5))


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("给您补三张5元的无门槛券,已经放到账户了", "zh", [("coupon", 5.0)] * 3),
        ("这边补偿您优惠券8元×2张", "zh", [("coupon", 8.0)] * 2),
        ("20元红包给您发了两个", "zh", [("coupon", 20.0)] * 2),
        ("We're sending you two 15-dollar vouchers", "en", [("coupon", 15.0)] * 2),
        ("I've added 3 x $4 coupons to your account", "en", [("coupon", 4.0)] * 3),
    ],
)
def test_a_count_of_pieces_is_one_offer_each(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("给您发两张15元券,合计30", "zh", [("coupon", 30.0)]),
        ("Sent you two $10 vouchers, $20 altogether", "en", [("coupon", 20.0)]),
        # no count next to the sum: the pieces are listed, or none is given
        ("给您发两张券,一张10元一张5元", "zh", [("coupon", 5.0), ("coupon", 10.0)]),
        ("这两张10元券不能叠加使用", "zh", []),
    ],
)
def test_a_count_with_its_total_or_without_a_sum_is_no_more_offers(text, lang, want):
    assert _offers(text, lang) == want


def test_every_piece_counts_towards_the_authority_limit():
    script = next(s for s in list_scripts() if s.id == "late_delivery_angry")  # coupons up to 30
    text = "给您发两张20元的无门槛券"
    over = compliance_violations(script, text, tuple(classify(text, "zh")), Granted())
    assert over and "40" in over[0].reason
    # the same coupon named again in a later reply is still not a second one
    granted = Granted()
    first = "给您发一张20元无门槛优惠券"
    assert compliance_violations(script, first, tuple(classify(first, "zh")), granted) == []
    again = "那张20元优惠券已经给您发了"
    assert compliance_violations(script, again, tuple(classify(again, "zh")), granted) == []


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # Cantonese and pinyin slips in the sum: 蚊, 廿/卅, 无 for 五, 现今 for 现金
        ("俾你补廿五蚊现金", "zh", [("cash", 25.0)]),
        ("给您返卅块差价", "zh", [("refund", 30.0)]),
        ("给你退无块运费吧", "zh", [("refund", 5.0)]),
        ("给您补8块现今", "zh", [("cash", 8.0)]),
        # a cap, with no unit or after the sum
        ("退款这块我能给您的最多是80", "zh", [("refund", 80.0)]),
        ("补偿三十封顶哈", "zh", [("", 30.0)]),
        ("The most we can give you is 25.", "en", [("", 25.0)]),
        ("Our limit is 40, so I can give you 40.", "en", [("", 40.0)]),
        ("We'll cover the return postage, up to $7.", "en", [("free_return_shipping", 7.0)]),
        # money slang, other currencies, a sum before "refund", a range ending the sentence
        ("I'll send a fiver over PayPal.", "en", [("cash", 5.0)]),
        ("A refund of 350 pesos is on its way to you.", "en", [("refund", 350.0)]),
        ("A 2.5k refund is coming your way.", "en", [("refund", 2500.0)]),
        ("We can offer you between $15 and $25.", "en", [("", 25.0)]),
    ],
)
def test_sums_in_the_forms_new_hands_write(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # money of no named form is cash once the reply names a channel outside the platform
        ("方便给个微信号吗?补您20块", "zh", [("cash", 20.0)]),
        # a sum given before, asked about or refused is no offer now
        ("上回给您退的5块到账了吗?", "zh", []),
        ("除了之前那张20元券,再给您补10块现金", "zh", [("cash", 10.0)]),
        ("一千块?这个真给不了", "zh", []),
        ("We're not paying $500 for a $20 lamp.", "en", []),
        ("Have you got the $15 voucher we sent yesterday?", "en", []),
        # keeping a receipt is no gift
        (
            "We'll reimburse your return shipping up to $8, please keep the receipt.",
            "en",
            [("free_return_shipping", 8.0)],
        ),
    ],
)
def test_channels_past_sums_and_receipts(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a share or multiple of a price the reply states is valued at it; the price is no offer
        ("这条裙子卖150,给您退一半吧", "zh", [("refund", 75.0)]),
        ("宝贝是80元,我们给您两倍赔偿", "zh", [("", 160.0)]),
        ("这盒茶叶120,退一赔三", "zh", [("", 360.0), ("full_refund", 0.0)]),
        ("给您申请百分之三十的补偿,订单金额是200", "zh", [("", 60.0)]),
        ("That lamp was $60, we'll refund half.", "en", [("refund", 30.0)]),
        (
            "Full refund and two times the $35 price on top.",
            "en",
            [("", 70.0), ("full_refund", 0.0)],
        ),
        # with no price stated it keeps no amount; a sum stated for it is its value
        ("这单给您退一半", "zh", [("refund", 0.0)]),
        ("三倍赔您,一共三百", "zh", [("", 300.0)]),
    ],
)
def test_shares_and_multiples_of_a_stated_price(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a sum added to one given is one more offer, not a repeat of it
        (
            "I'll send a $15 voucher today and another fifteen if the parcel is late again.",
            "en",
            [("coupon", 15.0)] * 2,
        ),
        ("We've given you RM10 credit now and RM10 more next month.", "en", [("coupon", 10.0)] * 2),
        (
            "Twenty dollars in store credit now; if it breaks again, another twenty.",
            "en",
            [("coupon", 20.0)] * 2,
        ),
        # a raise, in the offer's clause or next to it, replaces the sum before it
        ("红包从5块给您提到15块", "zh", [("coupon", 15.0)]),
        ("运费给您退,从8块提到12", "zh", [("refund", 12.0)]),
        ("刚才说补10块现金,主管批了,给您争取到20了", "zh", [("cash", 20.0)]),
        ("We upped it from $10 to $18, it's on your store credit now.", "en", [("coupon", 18.0)]),
    ],
)
def test_sums_added_or_raised(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # an amount per item or day times the count stated after it, with no total
        ("每双补您4块,您一共买了5双", "zh", [("", 20.0)]),
        ("$3 back per cup, you ordered 4 cups.", "en", [("refund", 12.0)]),
        # parts of which only some are offers, up to their stated total
        ("退差价20加上运费10块,一共30都给您退", "zh", [("refund", 30.0)]),
        # a coupon listed beside a sum of cash with no verb of its own; a list item's clause
        ("5元券加3元现金,合计8块", "zh", [("cash", 3.0), ("coupon", 5.0)]),
        ("给您发一张满80减8元券,另一张满200减30元券", "zh", [("coupon", 8.0), ("coupon", 30.0)]),
        # a sum corrected, and one 张 of money, is a coupon
        ("说错了,不是5块是8块的券", "zh", [("coupon", 8.0)]),
        ("之前发给您的5元券是错的,再给您发一张8元的", "zh", [("coupon", 8.0)]),
    ],
)
def test_counts_totals_lists_and_corrections(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a topic naming a kind the rest of the sentence gives is the agent's offer
        ("As for the $15 voucher, I've already issued it.", [("coupon", 15.0)]),
        # the customer's sum, or a topic the rest refuses, stays no offer
        ("As for the $15 voucher you mentioned, I'll check with my manager.", []),
        ("As for the $15 voucher, we can't issue it.", []),
    ],
)
def test_a_topic_given_in_the_rest_of_its_sentence_is_an_offer(text, want):
    assert _offers(text, "en") == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("We can send three gift cards worth $8 each.", "en", [("coupon", 8.0)] * 3),
        ("We'd like to make a goodwill payment of $15.", "en", [("cash", 15.0)]),
        ("运费险的钱给您补上,10块", "zh", [("free_return_shipping", 10.0)]),
        ("补偿金额在30元左右", "zh", [("", 30.0)]),
    ],
)
def test_more_forms_of_pieces_kinds_and_rough_sums(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a channel named as the route or asked for makes money of no named form cash
        ("给您补12块,走支付宝", [("cash", 12.0)]),
        ("您的微信号发我一下,补偿您8块", [("cash", 8.0)]),
        # a price raised or cut is no sum given
        ("价格调到69了,差价给您退", [("refund", 0.0)]),
    ],
)
def test_channels_as_routes_and_prices_raised(text, want):
    assert _offers(text) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("退您2.5万里的三千块", "zh", [("refund", 3000.0)]),
        ("这500块里面给您退80", "zh", [("refund", 80.0)]),
        ("1万当中先给您补偿两千", "zh", [("", 2000.0)]),
        ("300元里给您返现50,微信转您", "zh", [("cash", 50.0)]),
        ("We'll refund 3 dollars out of your $25", "en", [("refund", 3.0)]),
        # a whole with no part given beside it is still the sum
        ("给您退500,里面有运费10块", "zh", [("refund", 500.0)]),
    ],
)
def test_a_sum_given_out_of_a_larger_one_is_the_part(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "We'll refund $10 for the shipping and $4 for the strap",
            "en",
            [("refund", 4.0), ("refund", 10.0)],
        ),
        (
            "I can refund $12 for the delivery fee, and $5 for the missing part.",
            "en",
            [("refund", 5.0), ("refund", 12.0)],
        ),
        (
            "I'll refund $6 for the postage and $9 for the broken handle today.",
            "en",
            [("refund", 6.0), ("refund", 9.0)],
        ),
        ("给您退运费10元和表带4元", "zh", [("refund", 4.0), ("refund", 10.0)]),
        ("给您返现:邮费6元及配件9元", "zh", [("cash", 6.0), ("cash", 9.0)]),
        # a total stated with them makes one offer at the total
        (
            "We'll refund $10 for the shipping and $4 for the strap, $14 in total",
            "en",
            [("refund", 14.0)],
        ),
        ("给您退运费10元和表带4元,一共14元", "zh", [("refund", 14.0)]),
    ],
)
def test_two_sums_of_one_kind_for_different_things_are_two_offers(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("A $5 voucher and $3 cash back", "en", [("cash", 3.0), ("coupon", 5.0)]),
        (
            "A $10 coupon and $5 cashback, both on their way.",
            "en",
            [("cash", 5.0), ("coupon", 10.0)],
        ),
        ("Voucher: 20 yuan. Both sent.", "en", [("coupon", 20.0)]),
        ("Coupon: $8. Cash back: $4. Both sent.", "en", [("cash", 4.0), ("coupon", 8.0)]),
        ("红包30。现金券20。都给您发了。", "zh", [("coupon", 20.0), ("coupon", 30.0)]),
        # no verb after them, or a cash sum given apart: the coupon is not offered
        ("Voucher: 20 yuan. It expired yesterday.", "en", []),
        ("20的券嫌少的话,给您换成30现金行吗", "zh", [("cash", 30.0)]),
    ],
)
def test_coupons_listed_with_no_verb_of_their_own(text, lang, want):
    assert _offers(text, lang) == want
