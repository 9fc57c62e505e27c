"""Readings taken from two writers new on 2026-12-02 (W-corpus12, W-corpus13), read by the
shipped reader before their replies joined the corpus: the free return said in English forms the
rules did not know, and how the model's readings are combined with the rules."""

from __future__ import annotations

import pytest

from simulator.roleplay.moves import read_reply
from simulator.roleplay.reader import THRESHOLDS
from tests.roleplay.readings import StubModel


def _kinds(text: str, lang: str = "en") -> list[str | None]:
    reading = read_reply(text, lang, rules_only=True)
    return sorted(m.kind or "" for m in reading.moves if m.name == "offer_compensation")


@pytest.mark.parametrize(
    "text",
    [
        "I'll email you a prepaid returns label in the next half hour, just stick it on the box.",
        "I can send a prepaid code you scan at any Cainiao station.",
        "I've sent a prepaid drop-off code, any SF point will take the grey bag.",
        "I'll also send the prepaid waybill so you don't have to pay the driver.",
        "A replacement has been dispatched and a complimentary collection of the grey item arranged.",
        "How about we swap the M for an L? Same navy, and the courier's on us.",
        "Just to check, have you removed the tags? Either way the swap's free.",
        "Full refund, free collection tomorrow, and that's it.",
    ],
)
def test_the_return_paid_by_us_in_other_words_is_a_free_return(text):
    assert "free_return_shipping" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "We can't send a prepaid label for sale items.",  # refused
        "The prepaid code option isn't available for sale items.",  # not on offer
        "Is the swap free?",  # asked
        "The swap's not free for clearance items.",  # denied
        "The courier's on his way with your parcel.",  # no payment
        "We exchange items within 7 days.",  # policy, nothing free
        "It's free to ask, of course.",  # not the return
    ],
)
def test_near_forms_that_give_no_free_return_are_not_read_as_one(text):
    assert "free_return_shipping" not in _kinds(text)


def _names(reading) -> list[str]:
    return [m.name for m in reading.moves]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_causes_and_ownership_are_added_from_a_lower_probability_than_other_moves(lang):
    limits = THRESHOLDS[lang]
    assert limits.add_by_move["explain_cause"] < limits.add
    text = (
        "嗯嗯,这批货在仓库压了两天" if lang == "zh" else "hmm, the grey ones from the Ningbo depot"
    )
    p = (limits.add_by_move["explain_cause"] + limits.add) / 2
    assert "explain_cause" in _names(read_reply(text, lang, model=StubModel(explain_cause=p)))
    # another move at the same probability is not added
    assert "offer_solution" not in _names(read_reply(text, lang, model=StubModel(offer_solution=p)))
    # below the move's own threshold it is not read, and the reader says it is unsure of it
    low = read_reply(
        text, lang, model=StubModel(explain_cause=limits.add_by_move["explain_cause"] - 0.01)
    )
    assert "explain_cause" not in _names(low) and "explain_cause" in low.doubtful


@pytest.mark.parametrize(
    "text",
    [
        "先发新的再取旧的,您婚礼前就能试上",  # the logistics of an exchange
        "这批面料容易起球,我帮您加急处理",  # a fix after its cause
    ],
)
def test_an_exchange_a_cause_or_an_offer_does_not_explain_a_solution_away(text):
    reading = read_reply(
        text,
        "zh",
        model=StubModel(offer_solution=0.9, exchange_or_upsell_offer=0.9, explain_cause=0.9),
    )
    assert "offer_solution" in _names(reading)


def test_a_followup_still_explains_a_solution_away():
    reading = read_reply(
        "我今晚把单号发您", "zh", model=StubModel(offer_solution=0.9, promise_followup=0.9)
    )
    assert "promise_followup" in _names(reading) and "offer_solution" not in _names(reading)


@pytest.mark.parametrize(
    "text",
    [
        "Order 7730: you ordered navy, we sent grey. That mix-up is ours.",
        "Pick-up's free and we pay for the L, the fit issue is ours, not yours.",
        "Navy was out of stock, so the picker sent grey. That should never have happened.",
        "I completely understand, you needed this sorted days ago. I'm on it.",
        "Hello Emma, I've got your case.",
    ],
)
def test_the_fault_said_to_be_ours_or_the_case_taken_on_is_taking_responsibility(text):
    assert "take_responsibility" in _names(read_reply(text, "en", rules_only=True))


@pytest.mark.parametrize(
    "text",
    [
        "The mistake is yours, the size chart was clear.",  # not ours
        "Is the delay ours or the courier's?",  # asked
        "Am I on it? Yes, the courier is.",  # no "I'm on it" said
        "Have I got your case number right?",  # a question about the case
        "You should never have taken it out of the box.",  # not "that should never have happened"
    ],
)
def test_near_forms_that_own_nothing_are_not_taking_responsibility(text):
    assert "take_responsibility" not in _names(read_reply(text, "en", rules_only=True))


@pytest.mark.parametrize(
    ("text", "free"),
    [
        ("换货我们约的是顺丰上门,不用您跑驿站,也不用垫运费", True),
        ("退货不用您垫运费", True),
        ("寄回的时候运费不用您垫", True),
        ("换货不用垫运费吗?", False),  # asked, not offered
        ("退货不用付运费吗", False),
    ],
)
def test_the_postage_the_customer_need_not_advance_is_a_free_return(text, free):
    assert ("free_return_shipping" in _kinds(text, "zh")) is free


def _offers(text: str, lang: str = "zh") -> list[tuple[str, float]]:
    reading = read_reply(text, lang, rules_only=True)
    return sorted(
        (m.kind or "", m.amount_yuan or 0.0)
        for m in reading.moves
        if m.name == "offer_compensation"
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the refund's sum stays with the refund when the free return follows in the next clause
        (
            "这条裙子按质量问题给您办退货退款,259元原路退回,来回运费我们出。",
            [("free_return_shipping", 0.0), ("refund", 259.0)],
        ),
        (
            "裙子退货,退您259元,运费我们出;补偿另算,20元券。",
            [("coupon", 20.0), ("free_return_shipping", 0.0), ("refund", 259.0)],
        ),
        # the return's fee named in the next clause is still the return's
        ("您选快递上门,费用我们来付", [("free_return_shipping", 0.0)]),
    ],
)
def test_a_refund_beside_a_free_return_keeps_its_sum(text, want):
    assert _offers(text) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # store credit in the shop's wallet or balance
        ("We have credited RMB20 to your store wallet.", "en", [("coupon", 20.0)]),
        ("Let me add ¥15 to your store balance for the wait.", "en", [("coupon", 15.0)]),
        ("I've added ¥30 to your store account.", "en", [("coupon", 30.0)]),
        # the shipping fee given back is a refund; its cover on the way back is the free return
        ("How about half the delivery fee back, ¥6?", "en", [("refund", 6.0)]),
        ("Double the shipping back - that's ¥24 - as an apology.", "en", [("refund", 24.0)]),
        ("We'll cover the shipping back to us.", "en", [("free_return_shipping", 0.0)]),
        # a sum sent back through a payment app is cash; a refund paid back to it stays the refund
        ("Five pounds back to your PayPal, and a navy one out today.", "en", [("cash", 5.0)]),
        ("Yes, refund approved. ¥299 will go back to your Alipay.", "en", [("refund", 0.0)]),
        # a collection, then "it's free" in a clause of its own
        (
            "I've booked a pick-up for tomorrow between 9 and 11, it's free.",
            "en",
            [("free_return_shipping", 0.0)],
        ),
        ("The courier brings the new one tomorrow, it's free.", "en", []),
        ("Is the pick-up tomorrow, and is it free?", "en", []),
        # a raise with no offer under it takes the kind of the sum it raises
        (
            "Shop policy gives a ¥10 coupon for 3+ days late; I'll bump that to ¥30.",
            "en",
            [("coupon", 30.0)],
        ),
        (
            "I can double the coupon to ¥40 since it's your second problem.",
            "en",
            [("coupon", 40.0)],
        ),
        ("主管批了!券从20加到30,您现在领就行。", "zh", [("coupon", 30.0)]),
        ("刚才说的30元券不够,改成50元的。", "zh", [("coupon", 50.0)]),
    ],
)
def test_offer_kinds_two_new_writers_used(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # an independent review of the session's rules: the return postage, a policy, a service
        # withdrawn or asked about, a label to buy, a wallet app, a refused kind raised
        ("Shipping back is at your cost, I'm afraid.", "en", []),
        ("Postage back to our warehouse is usually around ¥10.", "en", []),
        ("It's free to return within 7 days, but you're past that now.", "en", []),
        ("We can't exchange it for free after 30 days.", "en", []),
        ("Exchange's free? Not for sale items, sorry.", "en", []),
        ("We no longer offer complimentary collection.", "en", []),
        ("You'll need to buy a prepaid shipping label at the post office.", "en", []),
        ("I'll send a pre-paid return label to your email.", "en", [("free_return_shipping", 0.0)]),
        ("The refund lands in your wallet within 24 hours.", "en", [("refund", 0.0)]),
        ("Refund of 59 back to your Alipay within 3 days.", "en", [("refund", 59.0)]),
        ("We can't do a refund, but I'll top it up to ¥20.", "en", [("", 20.0)]),
        ("I can't give a coupon for this, but let me bump that to ¥30.", "en", [("", 30.0)]),
        ("换货的话,之前活动期间不用付运费,现在活动结束了需要您自己承担", "zh", []),
        ("这个不是质量问题,运费需要您垫,不用您垫运费的只有质量问题", "zh", []),
    ],
)
def test_offer_forms_the_review_found_drawn_too_wide(text, lang, want):
    assert _offers(text, lang) == want


@pytest.mark.parametrize(
    "text",
    [
        "I've got this item in stock in size M.",
        "I'm on this shift until 6pm, so message me anytime.",
        "I've got your case number here: 4471.",
        "The delay was ours? No, the courier held it at customs.",
        "If the error was ours, we'll refund you in full.",
        "This shouldn't have happened if you'd followed the washing label.",
    ],
)
def test_ownership_forms_the_review_found_drawn_too_wide(text):
    assert "take_responsibility" not in _names(read_reply(text, "en", rules_only=True))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("原路退回259元", [("refund", 259.0)]),
        ("给您原路退回259元,运费我们出", [("free_return_shipping", 0.0), ("refund", 259.0)]),
        ("上次已经原路退回259元了", []),  # paid before: no offer
    ],
)
def test_a_refund_with_its_sum_after_the_way_back(text, want):
    assert _offers(text) == want
