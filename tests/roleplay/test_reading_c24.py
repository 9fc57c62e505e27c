"""Readings two writers' replies showed before they joined the corpus (W-corpus23, W-corpus24),
one test per class, with what each change must leave alone. Sentences are written for the
tests, not copied from the corpus; hours count from Monday 10:00 (the corpus header)."""

from __future__ import annotations

import pytest

from tests.roleplay.readings import followup_hours, move_names
from tests.roleplay.readings import offers_read as _offers


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a sum, then the way back in a clause of its own: a refund of that sum
        ("另外给您补偿15元,原路退回您的支付账户。", "zh", [("refund", 15.0)]),
        ("再补您叁拾元,原路退。", "zh", [("refund", 30.0)]),
        ("我权限内补您40块,退回付款账户。", "zh", [("refund", 40.0)]),
        # a sum refunded first, or with 退 ending its clause
        ("奶粉的129块今天先退。", "zh", [("refund", 129.0)]),
        ("外套的359元按质量问题退,上门取件。", "zh", [("refund", 359.0)]),
        # a figure refunded 全额 stays a full refund
        ("199元全额退,您放心。", "zh", [("full_refund", 0.0)]),
        # the return postage's sum with a bare refund of it is one refund of that sum
        ("您垫付的15元退货运费我这边直接退给您。", "zh", [("refund", 15.0)]),
        # postage both ways on the shop
        ("往返运费由本店承担。", "zh", [("free_return_shipping", 0.0)]),
        # an offer put as a question is an offer (its sum kept), and a free pick-up in other words
        ("Would you like a 15 yuan refund for the trouble as well?", "en", [("refund", 15.0)]),
        (
            "Pick-up's booked for tomorrow morning, no charge.",
            "en",
            [("free_return_shipping", 0.0)],
        ),
        (
            "Drop it at any SF point with the code I sent, postage is prepaid.",
            "en",
            [("free_return_shipping", 0.0)],
        ),
        ("旧的不用您寄,顺丰上门来拿,一分钱不花", "zh", [("free_return_shipping", 0.0)]),
        # every penny back is the whole price
        ("Don't worry, you'll get every penny back.", "en", [("full_refund", 0.0)]),
        # a voucher "popped" on the account beside a free pick-up
        (
            "A courier will pick the old one up tomorrow at no charge, and I've popped a "
            "fifteen-yuan voucher on your account.",
            "en",
            [("coupon", 15.0), ("free_return_shipping", 0.0)],
        ),
    ],
)
def test_offers_the_new_writers_showed(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # how refunds go, with no sum before the way back, offers nothing new
        ("您的退货仓库签收后会审核,审核完原路退回。", "zh", []),
        # a parcel sent back the way it came is no refund
        ("我帮您把这个包裹拦截下来,让它原路返回。", "zh", []),
        # a sum refused is no refund
        ("您说的300元不能退。", "zh", []),
        # compensation given before, its occasion in a clause of its own
        ("上回发错颜色,我们补过您15元券。", "zh", []),
        ("晚到那次补了10元,我都看到了。", "zh", []),
        ("之前那20块补偿也已经退到您账户了。", "zh", []),
        # ...while sending a coupon over now, or one given just now, is an offer
        ("给您发过去一张15元券", "zh", [("coupon", 15.0)]),
        ("我刚刚发过您一张25元无门槛券,您查收一下。", "zh", [("coupon", 25.0)]),
        ("上次那单的事我已经给您申请了40元补偿,这两天到账。", "zh", [("", 40.0)]),
        # how refunds go after a sum, the route not closing its clause, and a refund made
        ("您付的299元,原路退回需要3-5个工作日。", "zh", []),
        ("款项昨天下午就退回您的付款账户啦。", "zh", []),
        # the customer's wish is no offer; a replacement sent free is no free return
        ("So you want a full refund, is that right?", "en", []),
        ("I'm chasing the courier and sending a replacement today, free of charge.", "en", []),
        # every penny back refused
        ("I'm afraid you won't get every penny back, as postage isn't refundable.", "en", []),
        # the item sent back is no sum back
        (
            "No rush to send the old one back - a courier will collect it for free.",
            "en",
            [("free_return_shipping", 0.0)],
        ),
    ],
)
def test_what_the_new_offer_patterns_leave_alone(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "hours"),
    [
        # the earliest of two follow-ups, the first named later in the reply
        ("周五之前一定送到您手上,今天下午4点前我把新单号发给您。", "zh", 6.0),
        # two follow-ups in a row: the first ends at its own action word
        ("新单号今晚8点前我发给您,明天中午12点我再跟进一次。", "zh", 10.0),
        # the tracking number sent at a time is a follow-up
        ("今天下午3点前给您发补发单号。", "zh", 5.0),
        ("I'll send you the new tracking number tonight and call you tomorrow.", "en", 10.0),
        ("I'll email you the tracking details before the end of the day.", "en", 12.0),
        # the courier's or the warehouse's time later on is not the agent's follow-up
        ("周三前给您回复处理结果,仓库今天下午处理完就发货。", "zh", 48.0),
        ("明天上午10点我给您回电话,快递员今天下午会联系您上门取件。", "zh", 24.0),
    ],
)
def test_followup_times(text, lang, hours):
    assert followup_hours(text, lang) == hours


def test_owning_the_fault_in_a_few_words_is_no_cause():
    assert move_names("That's our mistake, we shipped it late.", "en") == {"take_responsibility"}
    # a cause named beside it still is one
    assert "explain_cause" in move_names(
        "Our mistake, we shipped it late: the depot was closed for the snow.", "en"
    )
    assert "explain_cause" in move_names("Our mistake, we shipped them before the restock.", "en")
