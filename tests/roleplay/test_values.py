"""Reading values in replies: amounts in any form, follow-up times, price multiples, channels."""

from __future__ import annotations

import pytest

from simulator.roleplay.lexicon import PAYMENT_CHANNELS, load_lexicon
from simulator.roleplay.moves import (
    Move,
    classify,
    extract_amounts,
    extract_hours,
    with_order_price,
)
from simulator.roleplay.offers import read_offers
from simulator.roleplay.textnorm import chinese_number, normalise, read_number


def _offers(text: str, lang: str = "zh") -> list[tuple]:
    norm, _ = normalise(text)
    return [(o.kind, o.amount) for o in read_offers(norm, load_lexicon(lang))]


def _hours(text: str, lang: str = "zh") -> float | None:
    norm, _ = normalise(text)
    return extract_hours(norm, load_lexicon(lang))


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("叁佰", 300),
        ("贰拾", 20),
        ("壹仟", 1000),
        ("壹佰伍拾", 150),
        ("3千", 3000),
        ("1.5万", 15000),
        ("2万5", 25000),
        ("两百", 200),
        ("3二", None),
    ],
)
def test_financial_and_mixed_numerals(token, value):
    assert chinese_number(token) == value


def test_thousands_separator():
    assert read_number("1,000") == 1000


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("补偿您叁佰元", "zh", [300.0]),
        ("给您贰拾元", "zh", [20.0]),
        ("补偿您3千块", "zh", [3000.0]),
        ("赔您1.5万元", "zh", [15000.0]),
        ("两百块", "zh", [200.0]),
        ("二十块", "zh", [20.0]),
        ("补偿您5块5", "zh", [5.5]),
        ("5元5角", "zh", [5.5]),
        ("5毛", "zh", [0.5]),
        ("补张30的券", "zh", [30.0]),
        ("退您二十", "zh", [20.0]),
        ("补偿一张20元券", "zh", [20.0]),  # "一张" is not the value
        ("退款3天内到账", "zh", []),
        ("a 20 coupon", "en", [20.0]),
        ("refund 15 for the hassle", "en", [15.0]),
        ("I'll pay you 1,000 yuan", "en", [1000.0]),
        ("within 3 days", "en", []),
    ],
)
def test_amounts_in_any_form(text, lang, values):
    norm, _ = normalise(text)
    assert [v for _, _, v in extract_amounts(norm, load_lexicon(lang))] == values


@pytest.mark.parametrize(
    ("text", "offers"),
    [
        ("补偿您。50元。", [(None, 50.0)]),  # the amount in a clause of its own
        ("给您补个差价吧,20", [("refund", 20.0)]),
        ("差价给您退回来,一共一百二十块", [("refund", 120.0)]),
        ("给您安排50元补偿", [(None, 50.0)]),
        ("退你5块吧算补偿", [("refund", 5.0)]),
        ("给您申请一张100元的优惠卷", [("coupon", 100.0)]),  # 卷 typed for 券
        ("给您弄个五十块红包补偿一下", [("coupon", 50.0)]),  # a shop 红包 is credit
        ("直接全额退款给您", [("full_refund", None)]),
        ("给您全款退了", [("full_refund", None)]),
        ("不能给您补偿", []),
        ("续航是竞品的两倍", []),  # a multiple that offers nothing
    ],
)
def test_offers_zh(text, offers):
    assert _offers(text) == offers


@pytest.mark.parametrize(
    ("text", "offers"),
    [
        ("here's a 10 coupon for u", [("coupon", 10.0)]),
        ("we can swap to navy and throw in a 15 coupon", [("coupon", 15.0)]),
        ("I'll refund the 30 price difference", [("refund", 30.0)]),
        ("shipping both ways on us", [("free_return_shipping", None)]),
        ("keep the wrong item, no need to send it back", [("gift", None)]),
        ("We'll give you a full refund.", [("full_refund", None)]),
    ],
)
def test_offers_en(text, offers):
    assert _offers(text, "en") == offers


@pytest.mark.parametrize(
    ("text", "lang", "multiples"),
    [
        ("给您三倍赔偿", "zh", [(None, 3.0)]),
        ("这种情况给您赔双倍", "zh", [(None, 2.0)]),
        ("按平台规则给您退一赔三", "zh", [("full_refund", None), (None, 3.0)]),
        # 假一赔十 gives the money back and ten times the price on top, as 退一赔三 (conventions)
        ("假一赔十", "zh", [("full_refund", None), (None, 10.0)]),
        ("we'll pay three times the price", "en", [(None, 3.0)]),
        # money as a multiple has no kind, whatever its verb (the corpus labelling convention)
        ("we'll refund double the price", "en", [(None, 2.0)]),
    ],
)
def test_multiples_of_the_price(text, lang, multiples):
    norm, _ = normalise(text)
    got = [(o.kind, o.multiple) for o in read_offers(norm, load_lexicon(lang))]
    assert got == multiples


def test_order_price_values_full_refunds_and_multiples():
    moves = [
        Move("offer_compensation", "退一赔三", 0, None, "full_refund"),
        Move("offer_compensation", "退一赔三", 0, None, "cash", multiple=3.0),
        Move("offer_compensation", "20元券", 5, 20.0, "coupon"),
        Move("apology", "抱歉", 9),
    ]
    priced = with_order_price(moves, 99.0)
    assert [m.amount_yuan for m in priced] == [99.0, 297.0, 20.0, None]
    assert with_order_price(moves, None) == moves  # price unknown: amounts stay None


@pytest.mark.parametrize(
    ("text", "lang", "hours"),
    [
        ("下午三点前给您回复", "zh", 5.0),
        ("今晚8点前", "zh", 10.0),
        ("明早9点", "zh", 23.0),
        ("12点前给您结果", "zh", 2.0),
        ("中午12点前", "zh", 2.0),
        ("明天下午4点前", "zh", 30.0),
        ("今天下班前(6点)给您个准信", "zh", 8.0),
        ("周五之前", "zh", 96.0),
        ("礼拜五", "zh", 96.0),
        ("星期五", "zh", 96.0),
        ("下周一", "zh", 168.0),
        ("48小时内", "zh", 48.0),
        ("两个工作日", "zh", 48.0),
        ("半小时后", "zh", 0.5),
        ("一周内", "zh", 168.0),
        ("两点原因", "zh", None),  # two points, not two o'clock
        ("上周五", "zh", None),  # the past
        ("等了5天确实太久了", "zh", None),
        ("by 6 pm today", "en", 8.0),
        ("tomorrow morning", "en", 24.0),
        ("tomorrow at 10am", "en", 24.0),
        ("by noon", "en", 2.0),
        ("this Friday", "en", 96.0),
        ("next Monday", "en", 168.0),
        ("within 24 hours", "en", 24.0),
        ("in two hours", "en", 2.0),
        ("I've been waiting 3 days", "en", None),
    ],
)
def test_follow_up_times(text, lang, hours):
    assert _hours(text, lang) == (pytest.approx(hours) if hours is not None else None)


def test_the_earliest_of_several_times():
    assert _hours("明天中午12点前发单号,周五下午再联系您确认") == 26.0
    assert _hours("我没法保证明天到,但我今晚8点会再看一下物流") == 10.0


def test_the_issues_follow_up_promise_is_read_with_its_earliest_time():
    text = "补发的顺丰单号明天中午12点前我会发到您的旺旺上,周五下午我再主动联系您确认物流进度"
    (promise,) = [m for m in classify(text) if m.name == "promise_followup"]
    assert promise.hours == 26.0


@pytest.mark.parametrize(
    ("text", "lang", "channel"),
    [
        ("我直接支付宝转您50元", "zh", "alipay"),
        ("加我微信,我转给您100块", "zh", "wechat"),
        ("把银行卡号发我,给您打200元", "zh", "bank"),
        ("给您现金补偿,当面给您", "zh", "cash"),
        ("我私下转您100", "zh", "private"),
        ("I'll send you $50 via PayPal", "en", "paypal"),
        ("I can pay you in cash, 50 yuan", "en", "cash"),
        ("I'll transfer 30 yuan to your Alipay", "en", "alipay"),
    ],
)
def test_off_platform_payments_are_flagged(text, lang, channel):
    norm, _ = normalise(text)
    offers = read_offers(norm, load_lexicon(lang))
    assert offers and {o.channel for o in offers} == {channel}
    assert channel in PAYMENT_CHANNELS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("退款会原路退回您的支付宝", "zh"),  # the platform refunds the way the customer paid
        ("给您补偿20元无门槛券", "zh"),
        ("请不要私下转账,我们只走平台", "zh"),
        ("we'll send u 50 cash as compensation", "en"),  # cash compensation through the shop
        ("never pay anyone outside the platform", "en"),
    ],
)
def test_on_platform_offers_and_warnings_are_not_flagged(text, lang):
    norm, _ = normalise(text)
    assert all(o.channel is None for o in read_offers(norm, load_lexicon(lang)))


def test_move_stays_backward_compatible():
    m = Move("offer_compensation", "补偿", 0, 20.0, "cash")
    assert (m.multiple, m.channel, m.off_platform) == (None, None, False)
    assert Move("offer_compensation", "x", 0, channel="wechat").off_platform


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("three hundred", 300.0),
        ("a thousand", 1000.0),
        ("two hundred and fifty", 250.0),
        ("one thousand five hundred", 1500.0),
        ("nine hundred ninety-nine", 999.0),
        ("hundred and", None),  # no count: not read
        ("banana", None),
    ],
)
def test_english_numbers_in_words_are_read(words: str, value: float | None) -> None:
    from simulator.roleplay.textnorm import english_number

    assert english_number(words) == value


def test_an_amount_in_words_or_after_a_label_is_read_as_an_offer() -> None:
    en = [m for m in classify("We can refund two hundred and fifty yuan", "en")]
    assert [(m.kind, m.amount_yuan) for m in en if m.name == "offer_compensation"] == [
        ("refund", 250.0)
    ]
    zh = [m for m in classify("补偿金额:300", "zh")]
    assert [(m.kind, m.amount_yuan) for m in zh if m.name == "offer_compensation"] == [
        (None, 300.0)
    ]


# --- wave 2: patterns from replies written after the rules (general forms, not one-off strings)


def _sorted_offers(text: str, lang: str = "zh") -> list[tuple]:
    return sorted(_offers(text, lang), key=lambda o: (o[0] or "", o[1] or 0.0))


@pytest.mark.parametrize(
    ("text", "offers"),
    [
        ("最多能给您退40", [("refund", 40.0)]),  # 退{NUM} with no unit at the end of the clause
        ("退你三十 行吧?", [("refund", 30.0)]),
        ("退款200,运费另外补您12", [("refund", 12.0), ("refund", 200.0)]),
        ("好的,已帮您取消订单,钱原路返回", [("refund", None)]),  # cancel and refund
        ("这单给您退30%的货款,也就是五十四块", [("refund", 54.0)]),  # a partial refund
        ("给您退一半的钱,就是89块5", [("refund", 89.5)]),
        ("给您升级成大礼包版本,不加钱", [("gift", None)]),  # a free upgrade is a gift
        ("再送您两双袜子,一起放包裹里", [("gift", None)]),
        ("给您换成升级款吧,不用补差价", []),  # the customer pays no difference: no refund
        ("错发的那件您就留着吧,不用寄回来了", [("gift", None)]),  # keep the item
        ("退您一半的货款,东西您留着用", [("refund", None)]),  # keeping it is the condition
        # keeping the item next to a full refund adds no gift ("keep-the-item with no refund named")
        ("对不起,东西您留着用吧,钱也给您退了", [("full_refund", None)]),
        ("给亲返5块钱哈,小小心意", [("cash", 5.0)]),  # 返 money is cash back
        ("补您五十块钱,直接打到您的账户余额", [("cash", 50.0)]),
        ("补您捌拾捌元红包", [("coupon", 88.0)]),  # 大写 read whole, not 捌拾 + 捌
        (
            "运费险加无门槛券都给您安排好了,券是8块的",
            [("coupon", 8.0), ("free_return_shipping", None)],
        ),
        ("我给您申请一个补偿吧,不多,伍元", [(None, 5.0)]),  # past a filler clause
        ("那就退款不退货吧,全额", [("full_refund", None)]),  # one full refund
        (
            "按平台规定,质量问题是退货退款,我们可以给您全额退款加运费",
            [("free_return_shipping", None), ("full_refund", None)],
        ),
        # prices, thresholds, rules and questions are not offers
        ("退一赔三不可能,您别想了", []),
        ("保价30天,降价可以申请退差价", []),
        ("给您补发一件,运费我们出", []),  # postage of a resend
        ("您的意思是要全额退款对吗?", []),
        ("您要求退一百块,这个我得先问问", []),
        ("多了一笔扣款是运费险的钱,签收后会自动退", []),
        ("来回运费得您自己出,我们不包的", []),
        ("您的退款正在处理中,请耐心等待", []),  # a refund's status
        ("补偿是没有的,规定就这样", []),  # refused
        ("您是想退差价还是想退货呢", []),  # a question
        ("要不给您开个运费险?", [("free_return_shipping", None)]),  # an offer as a question
        ("我给您要了张品类券,叁拾伍元", [("coupon", 35.0)]),
        ("为了弥补给您造成的损失,我们会给到一定的补偿", [(None, None)]),  # two generic words
        ("看在您是老客户,给您一张10元券,能抵一部分差价", [("coupon", 10.0)]),
    ],
)
def test_offers_zh_general_forms(text, offers):
    assert _sorted_offers(text) == offers


@pytest.mark.parametrize(
    ("text", "offers"),
    [
        ("We add one more charger in your parcel free", [("gift", None)]),  # a free extra
        ("we'll throw in a free case as well", [("gift", None)]),
        ("the 15 yuan difference goes back to you today", [("refund", 15.0)]),
        ("we'll refund the 2k order in full", [("full_refund", None)]),  # a price, not a value
        ("As compensation we will refund 1.5k of the installation fee", [("refund", 1500.0)]),
        ("We're offering three hundred and fifty yuan for the damaged parcel", [(None, 350.0)]),
        ("I'll transfer 50 yuan to you as compensation", [("cash", 50.0)]),
        ("Please keep the item, no need to send it back", [("gift", None)]),
        ("Refund half the price and you keep the item", [("refund", None)]),
        (
            "Can I offer you free return shipping and a 15 yuan voucher?",
            [("coupon", 15.0), ("free_return_shipping", None)],
        ),  # the verb carries over "and"
        ("We'll reimburse your return postage, up to 20 yuan", [("free_return_shipping", 20.0)]),
        # status, rules and wishes are not offers
        ("The refund was processed, your bank takes 1-3 working days", []),
        ("The refund already back to your Alipay, pls check", []),  # no transfer offered either
        ("I won't be able to promise a refund today", []),
        ("So you want a full refund, is that right?", []),
        ("We don't cover return shipping", []),
        ("No wonder you're upset, it was a birthday gift", []),
    ],
)
def test_offers_en_general_forms(text, offers):
    assert _sorted_offers(text, "en") == offers


def test_three_times_the_price_takes_the_amount_that_follows():
    norm, _ = normalise("you'll get three times the price back, so 297 yuan")
    (offer,) = read_offers(norm, load_lexicon("en"))
    assert (offer.kind, offer.amount, offer.multiple) == (None, 297.0, 3.0)


def test_a_price_is_no_amount():
    norm, _ = normalise("按99块的价格退一赔三")
    assert extract_amounts(norm, load_lexicon("zh")) == []
    assert read_number("2k") == 2000 and read_number("1.5k") == 1500


@pytest.mark.parametrize(
    ("text", "lang", "hours"),
    [
        ("晚上7点我来汇报进度", "zh", 9.0),  # 晚上 is not the 上 of 上周
        ("明天早上九点给您消息", "zh", 23.0),
        ("明天晚上8点前我跟您同步一下", "zh", 34.0),
        ("预计周五到仓,周五当天我给您发单号", "zh", 96.0),  # 当天 is the day just named
        ("期间我每天上午都会帮您盯一下", "zh", 24.0),
        ("今晚给您回复", "zh", 10.0),  # tonight without a clock: 20:00
        ("今天下班前给您答复", "zh", 12.0),
        ("I'll text you by 8 tonight", "en", 10.0),
        ("I'll send the new tracking number tonight by 8", "en", 10.0),
        ("expect an update from me within the hour", "en", 1.0),
        ("I will check it every morning for you", "en", 24.0),
        ("you'll hear from me by tonight", "en", 10.0),
        ("we need 8 days", "en", 192.0),  # a bare number is no clock time
    ],
)
def test_follow_up_times_general_forms(text, lang, hours):
    assert _hours(text, lang) == pytest.approx(hours)


@pytest.mark.parametrize(
    ("text", "offers"),
    [
        ("给您补偿30到50元,看您的意思", [(None, 50.0)]),  # a range: its upper end
        ("每件退您25,两件一共50元", [("refund", 50.0)]),  # a per-item amount gives way to the total
        ("1. 先给您补发 2. 再送您一张20元券", [("coupon", 20.0)]),  # list numbers are no amounts
        ("给您全额退款,另外再补10元券", [("coupon", 10.0), ("full_refund", None)]),
        ("这边给您补偿两万", [(None, 20000.0)]),
    ],
)
def test_offers_zh_ranges_totals_and_lists(text, offers):
    assert _sorted_offers(text) == offers


def test_a_full_refund_plus_money_for_the_trouble_is_two_offers():
    offers = _sorted_offers("we'll give you a full refund, plus $20 for the trouble", "en")
    assert offers == [(None, 20.0), ("full_refund", None)]
