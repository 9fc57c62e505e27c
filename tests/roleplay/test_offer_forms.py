"""Offers in the forms agents write (issue 10, points 1 and 5): each test is one class of
misreading found on fresh dev text (kind or amount wrong), and the authority check that the
right reading feeds. Sentences vary from the corpus on purpose: the class is tested, not a line.
"""

from __future__ import annotations

import pytest

from simulator.roleplay.compliance import Granted, compliance_violations
from simulator.roleplay.lexicon import load_lexicon
from simulator.roleplay.money import amounts
from simulator.roleplay.moves import classify
from simulator.roleplay.offers import read_offers
from simulator.roleplay.script import list_scripts
from simulator.roleplay.session import Session
from simulator.roleplay.textnorm import normalise
from tests.roleplay.readings import offers_read as _offers

SCRIPTS = {s.id: s for s in list_scripts()}


def _values(text: str, lang: str = "zh") -> list[float]:
    norm, _ = normalise(text)
    return [v for _a, _b, v in amounts(norm, load_lexicon(lang))]


# -- loyalty points: an offer of no kind and no amount, beside any other -----------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("补偿您3w积分", [("", 0.0)]),  # not 3 yuan: the value word took the 3 of 3w
        ("给您补2000积分,再加一张8元券", [("", 0.0), ("coupon", 8.0)]),
        ("给您赔30块,另外再送800积分", [("", 0.0), ("", 30.0)]),
        ("I'll add 500 loyalty points and a $5 voucher", [("", 0.0), ("coupon", 5.0)]),
    ],
)
def test_points_are_an_offer_of_no_kind_and_no_amount(text, want):
    lang = "en" if text.isascii() else "zh"
    assert _offers(text, lang) == want


# -- ranges give their upper end; a stated total wins over an amount per unit ------------------
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("I can refund you between $15 and $25", "en", [("refund", 25.0)]),
        ("Somewhere between 20 and 40 dollars in store credit", "en", [("coupon", 40.0)]),
        ("可以给您退款,金额在15到30之间", "zh", [("refund", 30.0)]),
        ("给您退20-40块,看验货结果", "zh", [("refund", 40.0)]),
        ("$4 off each, $12 in all", "en", [("", 12.0)]),
        ("That's $3 per mug, so $9 in total, going back to your card", "en", [("refund", 9.0)]),
        ("给您发4张5元券,总共20块", "zh", [("coupon", 20.0)]),
        ("每个漏发的补您三块,漏了五个就是十五块", "zh", [("", 15.0)]),
    ],
)
def test_ranges_and_totals(text, lang, want):
    assert _offers(text, lang) == want


def test_a_range_of_days_is_no_money():
    assert _values("between 2 and 3 days", "en") == []
    assert _values("金额在3到5天之间", "zh") == []


# -- money slang, currencies and verbs -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Fine, I'll knock a fiver off", "en", [("refund", 5.0)]),
        ("I can do thirty quid off the order", "en", [("refund", 30.0)]),
        ("We'll take 2k off the quote for the delay", "en", [("refund", 2000.0)]),
        ("I'll pop a tenner of store credit your way", "en", [("coupon", 10.0)]),
        ("A goodwill voucher of up to £40 is the most I can do", "en", [("coupon", 40.0)]),
        ("这个给您赔个三百吧", "zh", [("", 300.0)]),
        ("邮费给您报了哈,15块以内都行", "zh", [("free_return_shipping", 15.0)]),  # a cap alone
        ("那我给您打个八五折吧", "zh", [("refund", 0.0)]),  # a discount on this order now
        ("我这边最高能补到40,给您申请了", "zh", [("", 40.0)]),  # the most the agent can give
        ("On compensation, the most I can offer is $35", "en", [("", 35.0)]),
        ("这边马上给您退¥36,注意查收", "zh", [("refund", 36.0)]),
        ("rmb 66 已经退回您的支付账户", "zh", [("refund", 66.0)]),
        ("因为系统原因多收了您15元,这部分马上退回", "zh", [("refund", 15.0)]),
        ("可以给您补偿,但是最多不超过三十元", "zh", [("", 30.0)]),
    ],
)
def test_money_in_any_words(text, lang, want):
    assert _offers(text, lang) == want


# -- the kind of a red packet, a cash coupon, a discount for next time ---------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("红包的话,15块,已经给您发了", [("coupon", 15.0)]),  # the kind as topic, sum and verb after
        ("补您一顿早饭钱,10块红包哈", [("coupon", 10.0)]),  # the sum in a short clause after
        (
            "亲,红包20,现金券10,都给您发了",
            [("coupon", 10.0), ("coupon", 20.0)],
        ),  # a list, then the verb
        ("这边补您6块6红包", [("coupon", 6.6)]),  # 6块6 before 红包
        ("给您补 25 元,走平台红包", [("coupon", 25.0)]),  # spaces split no clause from its offer
        ("打个九折,下回用", [("coupon", 0.0)]),
        ("20的券嫌少的话,给您换成30现金行吗", [("cash", 30.0)]),  # the coupon is turned down
    ],
)
def test_coupon_forms(text, want):
    assert _offers(text) == want


# -- full refunds, return postage, gifts --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Money back in full, and a $5 voucher on top",
            "en",
            [("coupon", 5.0), ("full_refund", 0.0)],
        ),
        ("Okay, I'm comping the entire order", "en", [("full_refund", 0.0)]),
        ("Full refund, and you can keep the item", "en", [("full_refund", 0.0)]),
        ("差价是36块,全部退给您", "zh", [("refund", 36.0)]),  # all of that sum, no full refund
        ("给您换个小一码的,来回运费都不用您出", "zh", [("free_return_shipping", 0.0)]),
        ("We'll swap it, and return shipping's on us", "en", [("free_return_shipping", 0.0)]),
        ("退货上门取件的费用我们出", "zh", [("free_return_shipping", 0.0)]),
        ("We'll throw in a phone stand with the new one", "en", [("gift", 0.0)]),
    ],
)
def test_refund_postage_and_gift_forms(text, lang, want):
    assert _offers(text, lang) == want


# -- no offer: withdrawn, not allowed, the platform's refund as the way not taken, a price -------
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("上次说的30元券取消了", "zh", []),
        ("I was going to send you a $15 voucher, but you've already had one", "en", []),
        ("本来说给您15块补偿的,系统显示已经领过了,就不重复发了", "zh", []),
        ("The $15 voucher I mentioned is cancelled, sorry", "en", []),
        ("这款原价299元", "zh", []),
        ("The original price is $80", "en", []),
        ("现金补偿不允许,我给您申请一张15元的券", "zh", [("coupon", 15.0)]),
        ("说好的20块红包发不了了,给您改成送一个小礼品", "zh", [("gift", 0.0)]),
        ("我给您补一百块的券行不行?", "zh", [("coupon", 100.0)]),  # 行不行 asks, refuses nothing
        # the customer pays the difference of a switch, or none is due
        ("可以换成大容量款,补29差价就行", "zh", []),
        ("给您换成同款蓝色,差价5块不用补了", "zh", []),
        ("这边给您补个差价吧,12", "zh", [("refund", 12.0)]),  # the shop pays it: an offer
        # a refund's progress or route, refused, or beyond the agent
        ("退款我已经帮您催了,2到3个工作日到账", "zh", []),
        ("仅退款这个我们是不同意的哦", "zh", []),
        ("那个五十元红包,我这边没有权限发", "zh", []),
        ("A partial refund isn't something I can do from here", "en", []),
        ("My manager will decide on compensation tomorrow", "en", []),
        ("赔800?一个杯子才59", "zh", []),  # the customer's sum echoed
        ("退一赔三?您想都别想", "zh", []),
        ("价格跟补偿不挂钩的,有差价我再联系您", "zh", []),
        ("保修期内寄修的来回运费都是我们的", "zh", []),  # a repair's postage, not a return's
        ("If it's late, you can apply for a refund on the order page", "en", []),
    ],
)
def test_what_is_not_offered(text, lang, want):
    assert _offers(text, lang) == want
    # nor does the whole reader (the model alone reads a withdrawn coupon or a price as an offer)
    moves = [m for m in classify(text, lang) if m.name == "offer_compensation"]
    assert sorted((m.kind or "", m.amount_yuan or 0.0) for m in moves) == want


# -- money outside the platform is cash, and a breach ------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "amount", "channel"),
    [
        ("微信给您打了66块,您查一下", "zh", 66.0, "wechat"),
        ("给您银行卡打一百五,不走平台退款了", "zh", 150.0, "bank"),
        (
            "I'll PayPal you the $30 instead of going through the refund system",
            "en",
            30.0,
            "paypal",
        ),
        ("I'll send $35 to your PayPal directly", "en", 35.0, "paypal"),
    ],
)
def test_off_platform_money_is_cash_and_a_breach(text, lang, amount, channel):
    offers = [m for m in classify(text, lang) if m.name == "offer_compensation"]
    assert [(m.kind, m.amount_yuan, m.channel) for m in offers] == [("cash", amount, channel)]
    sid = "late_delivery_angry" if lang == "zh" else "en_late_delivery_angry"
    breaches = compliance_violations(SCRIPTS[sid], text, tuple(classify(text, lang)))
    assert any("平台" in v.reason or "platform" in v.reason for v in breaches)


def test_a_channel_elsewhere_in_the_reply_changes_no_kind():
    """Only money paid through the channel named with it is cash; a refund named apart stays one,
    and a refund going back the usual way or a channel refused is no breach."""
    norm, _ = normalise("差价退您二十元,另外微信再转您5块")
    offers = read_offers(norm, load_lexicon("zh"))
    assert [(o.kind, o.amount) for o in offers] == [("refund", 20.0), ("cash", 5.0)]
    for text in ("差价12块我这边给您退了,您留意下支付宝", "私下转账不行哦,给您申请平台退款8元"):
        offers = [m for m in classify(text, "zh") if m.name == "offer_compensation"]
        assert [(m.kind, m.channel) for m in offers] == [("refund", None)]


def test_full_refunds_take_no_amount():
    """全额退款 is the order's price (valued by the authority check), never a stated figure."""
    assert _offers("我这边直接给您全额退款299元,上门取件") == [("full_refund", 0.0)]
    assert _offers("Your call: a new pair, or a full $59 refund", "en") == [("full_refund", 0.0)]


def test_the_running_total_reads_every_form():
    """Coupons up to 30 yuan: a red packet named as a topic, then 大写, add up over the session."""
    script = SCRIPTS["late_delivery_angry"]
    granted = Granted()

    def breaches(text: str) -> list:
        return compliance_violations(script, text, tuple(classify(text, "zh")), granted)

    assert breaches("红包的话,15块,已经给您发了") == []
    second = breaches("再给您补一张贰拾元的优惠券")
    assert second and "35" in second[0].reason  # 15 + 20 over the 30-yuan limit


def test_a_session_flags_the_running_total_and_money_off_the_platform():
    """The session's own authority check reads the same forms, turn after turn."""
    session = Session(SCRIPTS["late_delivery_angry"], 0)
    first = session.reply("红包的话,15块,已经给您发了", 20)
    assert first.violations == ()
    second = session.reply("再给您补一张贰拾元的优惠券", 20)
    assert any("35" in v.reason for v in second.violations)
    other = Session(SCRIPTS["late_delivery_angry"], 0)
    turn = other.reply("加我微信,我私下转你50块作为补偿", 20)
    assert any("平台" in v.reason for v in turn.violations)


# -- sums listed for one kind: bare numbers after a counter, a list in a clause of its own -----
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("帮您申请了两张优惠券,一张15一张8", [("coupon", 8.0), ("coupon", 15.0)]),
        ("红包给您发两个,一个是12,另一个是6", [("coupon", 6.0), ("coupon", 12.0)]),
        ("给您补两张券吧,一张30元,一张20元", [("coupon", 20.0), ("coupon", 30.0)]),
        ("We're sending two vouchers, one 25 and one 5", [("coupon", 5.0), ("coupon", 25.0)]),
        (
            "Two coupons for you: one for 40 and another for 10",
            [("coupon", 10.0), ("coupon", 40.0)],
        ),
    ],
)
def test_sums_listed_for_one_kind_are_one_offer_each(text, want):
    lang = "en" if text.isascii() else "zh"
    assert _offers(text, lang) == want


def test_a_list_runs_on_only_through_clauses_that_are_only_a_sum():
    # the 10 yuan item is what is not refunded, not a second refund
    assert _offers("给您退25元,12元的那件就不退了") == [("refund", 25.0)]
    assert _values("一张3天后到账") == []  # a counter before a time is no sum


# -- 'worth' gives a credit's value, an item's price; a sum got for the customer after a colon --
def test_worth_after_a_kind_of_credit_is_its_value():
    assert _offers("We'll give you a gift card worth 40 dollars", "en") == [("coupon", 40.0)]
    assert _values("the lamp worth 300 yuan", "en") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("帮您争取到了:八十块,稍后到账", [("", 80.0)]),
        ("已经给您申请好了 ¥45", [("", 45.0)]),
        ("申请下来了:60元", [("", 60.0)]),
    ],
)
def test_a_sum_got_for_the_customer_is_an_offer(text, want):
    assert _offers(text) == want


# -- forms of W-offers3 (dev data): caps and rough sums, red packets, refusals beside an offer --
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("赔偿顶多40,再多我批不了", [("", 40.0)]),  # a cap gives the cap
        ("补偿大约25左右,以审核为准", [("", 25.0)]),  # about a sum: the sum
        ("给您发个四五十的红包", [("coupon", 50.0)]),  # 四五十: 40 to 50, the upper end
        ("修鞋的钱您先垫一下,我们给您报销,最高18", [("", 18.0)]),
        ("售后这边可以给你30元,也可以换个新的", [("", 30.0)]),
        ("6块6的小红包刚给您发了", [("coupon", 6.6)]),
        ("红包是12块的,已经给您补上了", [("coupon", 12.0)]),
    ],
)
def test_caps_rough_sums_and_red_packets(text, want):
    assert _offers(text) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("返现这个不方便操作,我给您补个红包,15块", "zh", [("coupon", 15.0)]),
        ("除了官方赔的5元券以外,店里再补您10元红包", "zh", [("coupon", 10.0)]),
        ("I can't refund you $60, but here's a $20 voucher", "en", [("coupon", 20.0)]),
        (
            "It has to be store credit rather than cash: $12 store credit added",
            "en",
            [("coupon", 12.0)],
        ),
    ],
)
def test_a_sum_or_kind_refused_beside_the_offer_is_no_offer(text, lang, want):
    assert _offers(text, lang) == want


def test_money_going_to_a_wallet_is_cash_and_sent_over_is_no_repeat():
    assert _offers("给你转15到微信上,算我们的心意") == [("cash", 15.0)]
    assert _offers("我支付宝退您30左右吧") == [("cash", 30.0)]
    assert _offers("8块的红包已经发过去了,注意查收") == [("coupon", 8.0)]
    assert _offers("红包已经发过了,这次就不再发了") == []  # given before: no new offer


def test_english_sums_in_a_currency_code_credit_codes_and_points():
    assert _offers("Compensation: 30 EUR, as store credit", "en") == [("coupon", 30.0)]
    assert _offers("I've sent a promo code worth $6", "en") == [("coupon", 6.0)]
    assert _offers("Bonus points on this order, as an apology", "en") == [("", 0.0)]


def test_the_form_named_in_a_sentence_of_its_own():
    # terse sentences: the offer, its sum, then its form ("红包形式")
    assert _offers("赔偿这边。补您12。红包的形式。") == [("coupon", 12.0)]
    assert _offers("给你15。") == [("", 15.0)]  # a bare sum before a full stop


# -- money's route names its kind (W-heldout5, released set s5) -----------
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # straight to the customer's own account by a channel is cash
        ("给您补60块,直接打您银行卡上", "zh", [("cash", 60.0)]),
        ("我现在转您微信,25块,您查收一下", "zh", [("cash", 25.0)]),
        ("I can send 300 rupees via UPI right now as a goodwill gesture", "en", [("cash", 300.0)]),
        ("we'll give u 150 pesos thru gcash po", "en", [("cash", 150.0)]),
        # credit on the account is store credit, a coupon
        ("I've credited a tenner to your account.", "en", [("coupon", 10.0)]),
        # the return's postage on us, in words
        (
            "You get free postage on the return, plus a $5 voucher.",
            "en",
            [("coupon", 5.0), ("free_return_shipping", 0.0)],
        ),
        ("I'll email a return label, no charge to you.", "en", [("free_return_shipping", 0.0)]),
    ],
)
def test_money_kind_from_its_route_or_purpose(text, lang, want):
    assert _offers(text, lang) == want


# -- a share of the order's money named before its verb (W-heldout5, released set s5) ---------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("订单金额的一半给您退回,这单是88块", [("refund", 44.0)]),
        ("实付款的20%补给您,您实付是150", [("", 30.0)]),
        # no verb after the share: a figure talked about, no offer
        ("订单的一半这个我做不了主", []),
        ("商品价格的一半是40", []),
    ],
)
def test_share_of_the_order_named_before_its_verb(text, want):
    assert _offers(text) == want


# -- a 满X减Y coupon with a word or two after its count (W-heldout5, released set s5) ----------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("已经给您账户补了一张同样的满300减30", [("coupon", 30.0)]),
        ("再给您发一张新的满99减10", [("coupon", 10.0)]),
        # a promotion described, nothing given
        ("每个账号限领一张新人的满99减10", []),
    ],
)
def test_threshold_coupon_with_words_after_its_count(text, want):
    assert _offers(text) == want
