"""Readings two writers' replies showed before they joined the corpus (W-corpus27, W-corpus28),
one test per class, with what each change must leave alone. Sentences are written for the
tests, not copied from the corpus; hours count from Monday 10:00 (the corpus header)."""

from __future__ import annotations

import pytest

from simulator.roleplay.textnorm import normalise
from tests.roleplay.readings import followup_hours, move_names
from tests.roleplay.readings import offers_read as _offers


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a coupon the customer holds, chosen at checkout, is no offer
        ("Untick the ¥10 coupon and tick the ¥30 one instead.", "en", []),
        ("Please select the ¥30 voucher at checkout.", "en", []),
        ("Use the ¥30 coupon at checkout, it takes more off.", "en", []),
        ("结算时选那张30元的券就可以了。", "zh", []),
        ("您把20元那张券取消勾选就行。", "zh", []),
        # ...while one given, then chosen at checkout, is
        ("I've sent you a ¥30 coupon, just select it at checkout.", "en", [("coupon", 30.0)]),
        ("给您发了一张30元券,结算时选上就行。", "zh", [("coupon", 30.0)]),
        # the customer's own sum repeated is no offer; a conditional offer is
        ("You said you were hoping for ¥200 back.", "en", []),
        ("I understand you wanted ¥80 for the delay.", "en", []),
        ("If you want ¥15 back, I can do that right now.", "en", [("refund", 15.0)]),
        # a free collection or a free courier is the return on us, no gift
        ("I've booked a free collection for Thursday.", "en", [("free_return_shipping", 0.0)]),
        (
            "A free courier will collect the old pair tomorrow.",
            "en",
            [("free_return_shipping", 0.0)],
        ),
        ("How about a ¥15 refund and a free express reship?", "en", [("refund", 15.0)]),
        ("We'll add a free phone stand to the parcel.", "en", [("gift", 0.0)]),
        # the wrong one kept besides the right one is a gift; a receipt kept is none
        ("Keep the XL as well, and an L goes out today.", "en", [("gift", 0.0)]),
        ("Keep the receipt as well, please.", "en", []),
        # the whole price paid back with no other verb, beside the return postage
        (
            "衣服的钱全额退回,来回运费由我们承担。",
            "zh",
            [("free_return_shipping", 0.0), ("full_refund", 0.0)],
        ),
        ("寄回去的运费险我们帮您付。", "zh", [("free_return_shipping", 0.0)]),
        # a coupon that stacks is offered; one that does not stack is no offer
        ("我再帮您申请一个8元店铺红包,可以叠加使用。", "zh", [("coupon", 8.0)]),
        ("这张券和红包不叠加哦。", "zh", []),
        # a sum called stingy and raised keeps the raise
        ("给您3块……哎太小气了,给您8块的券吧", "zh", [("coupon", 8.0)]),
        # keeping the item refused is no gift; a sum added to a named one is that sum alone
        ("Sorry, I can't refund you while you keep the kettle.", "en", []),
        ("You can keep it, and I'll refund ¥20.", "en", [("refund", 20.0)]),
        ("I'll add ¥15 back on top of the coupon.", "en", [("refund", 15.0)]),
        # a sum changed away from is withdrawn; a sum made higher keeps the new one
        ("I've switched the goodwill from a ¥10 refund to a ¥25 coupon.", "en", [("coupon", 25.0)]),
        (
            "We usually give a ¥5 voucher here, but I've made it ¥20 for you.",
            "en",
            [("coupon", 20.0)],
        ),
        # the return fetched free, or costing nothing
        ("Our courier will fetch the old one for free.", "en", [("free_return_shipping", 0.0)]),
        ("The exchange costs you nothing.", "en", [("free_return_shipping", 0.0)]),
        # a sum refunded the way it was paid keeps its figure; half of it is a share, no sum
        ("质量问题的话,399原路退回给您。", "zh", [("refund", 399.0)]),
        ("衣服的钱199先原路退给您。", "zh", [("refund", 199.0)]),
        ("给您按5折算,多出来的那一半原路退回", "zh", [("refund", 0.0)]),
        # a sum on top of a full refund is a refund of its own
        (
            "I'll refund ¥15 on top of the full refund.",
            "en",
            [("full_refund", 0.0), ("refund", 15.0)],
        ),
        ("全额退款之外再退您15元。", "zh", [("full_refund", 0.0), ("refund", 15.0)]),
        ("全额退款299元。", "zh", [("full_refund", 0.0)]),
        # a multiple of the price left to legal or a test is no offer; one granted is
        ("十倍赔偿要等检测结果出来,由法务来定。", "zh", []),
        ("三倍赔偿涉及法律认定,我转给法务专员。", "zh", []),
        ("三倍赔偿由我们承担。", "zh", [("", 0.0)]),
        # the formal register: a coupon provided, a sum adjusted upwards
        ("经核实,可为您提供15元无门槛优惠券。", "zh", [("coupon", 15.0)]),
        ("之前的5元红包现调整为12元。", "zh", [("coupon", 12.0)]),
        # a sum right before the way back is a refund of it; after a full refund it is that refund
        ("不想要的话可以退,459原路退回。", "zh", [("refund", 459.0)]),
        ("全款退给您,459原路退回。", "zh", [("full_refund", 0.0)]),
        ("全额退款给您,另外补偿20元原路退回。", "zh", [("full_refund", 0.0), ("refund", 20.0)]),
        # a multiple the agent cannot grant is no offer
        ("退一赔三我做不了主,我去问问主管。", "zh", []),
        # a sum charged is no offer; a fee refunded is
        ("The courier can collect it, but there's a ¥12 charge.", "en", []),
        ("I'll refund the ¥12 fee you paid.", "en", [("refund", 12.0)]),
        ("I'll refund your shipping fee of ¥12.", "en", [("refund", 12.0)]),
        # a coupon replaced by another form; the courier taking it back free in plain words
        ("Instead of a coupon, I can send ¥15 to your PayPal.", "en", [("cash", 15.0)]),
        (
            "Our courier will come to take it from your door, free.",
            "en",
            [("free_return_shipping", 0.0)],
        ),
        # a sum of money thrown in is no gift; a free thing thrown in is
        ("I'll chuck in a fifteen-yuan voucher for the trouble.", "en", [("coupon", 15.0)]),
        ("I'll throw in a free phone case.", "en", [("gift", 0.0)]),
        # a refused sum or coupon is no offer, the one given instead is
        (
            "I can't do a ¥80 refund, but I can put a ¥25 coupon on your account.",
            "en",
            [("coupon", 25.0)],
        ),
        ("I can't add that voucher after all, but I can refund ¥15.", "en", [("refund", 15.0)]),
        # the courier coming for it at no cost; a sum right before 红包 is its value
        (
            "The courier will come for the old one at no cost on Friday.",
            "en",
            [("free_return_shipping", 0.0)],
        ),
        ("给您安排个15红包。", "zh", [("coupon", 15.0)]),
        # compensation sent before is no offer; a coupon already taken is none either
        ("上次给您发的15元券是那次的补偿。", "zh", []),
        ("那张20元券您这个月已经领过了。", "zh", []),
    ],
)
def test_offers_the_new_writers_showed(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the customer pays the postage: still no free return
        ("运费需要您自己出。", "zh"),
        ("运费得您自己付哦。", "zh"),
    ],
)
def test_what_the_new_offer_patterns_leave_alone(text, lang):
    assert ("full_refund", 0.0) not in _offers(text, lang)
    assert ("free_return_shipping", 0.0) not in _offers(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "hours"),
    [
        # a bare hour after a confirmation, a reply or an answer is the follow-up's clock time
        ("I'll have the refund confirmed by 2.", "en", 4.0),
        ("I'll let you know by 4.", "en", 6.0),
        ("We'll reply by 11 with the courier's answer.", "en", 1.0),
        ("I'll get back to you by half past eleven.", "en", 1.5),
    ],
)
def test_followup_times(text, lang, hours):
    assert followup_hours(text, lang) == hours


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # an @-mention first, or a test typed into the chat: meant for someone else
        ("@Lily can you take my next chat, back in five", "en", {"off_topic"}),
        ("@小张 帮我看一下三号窗口", "zh", {"off_topic"}),
        ("测试测试 456", "zh", {"off_topic"}),
        # an @-mention before a real answer is not off topic
        ("@Lily your parcel left the depot this morning.", "en", {"explain_cause"}),
    ],
)
def test_replies_meant_for_someone_else(text, lang, want):
    assert move_names(text, lang) == want


def test_asking_whether_a_message_went_astray_is_a_question():
    assert "ask_clarifying_question" in move_names("您刚才那条是不是发错窗口了?", "zh")
    assert "off_topic" not in move_names("您刚才那条是不是发错窗口了?", "zh")


def test_asking_whether_to_look_for_a_coupon_is_no_offer():
    text = "Shall I check if there's a voucher I can apply for you?"
    assert "offer_compensation" not in move_names(text, "en")


def test_a_wait_said_with_a_particle_is_an_apology():
    assert "apology" in move_names("亲久等啦,续航是8小时哈", "zh")
    assert "apology" in move_names("久等哈,我刚查了物流", "zh")


def test_were_and_well_are_words_not_contractions():
    # "were" is not "we're", nor "well" "we'll"; apostrophe-less contractions still fold
    assert normalise("You were right, as well.")[0] == "you were right, as well."
    assert normalise("thats on us, youre right")[0] == "that's on us, you're right"


@pytest.mark.parametrize(
    "text",
    [
        "I've apologised already, there's nothing more to add.",
        "Returns take two weeks to process, that's the process.",
        "We're not in a position to refund the taxi.",
        "Wrong colour sent. It happens.",
        "A size S was never going to fit you.",
    ],
)
def test_a_dismissal_or_a_flat_refusal_is_blame(text):
    assert "negation_or_blame" in move_names(text, "en")


def test_a_condition_that_it_happens_again_is_no_dismissal():
    assert "negation_or_blame" not in move_names("If it happens again, we'll replace it.", "en")
