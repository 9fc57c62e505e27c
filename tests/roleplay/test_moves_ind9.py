"""Moves on text by a new hand: the classes set 9 (W-heldout10) was missed on.

Set 9, read by a model trained without it, read an exchange where none is offered (an exchange
under way as a time frame or its progress, the warranty recited, a coupon swapped for another,
sizes compared, the customer sent to the process or a link), read a cause where a symptom is
dismissed or put on the customer ("色差是屏幕显示不同造成的", "正常的", "可能是您..."), read a
handover where a supervisor is only named as refusing or as having decided, and missed solutions
said without a solution verb the lexicon knew (a spare sent, the faulty one taken back for
testing, the courier booked, the case moved into the priority queue). Each was checked against
what most corpus writers label. The cases that must be read stand beside controls that must
not be. Sentences written for this test.
"""

from __future__ import annotations

import pytest

from simulator.roleplay.moves import classify, read_reply

CASES = [
    # (text, lang, must be read, must not be read)
    # an exchange's progress, the warranty recited, sizes compared: no exchange
    ("明天上午我把换货进度截图发您", "zh", {"promise_followup"}, {"exchange_or_upsell_offer"}),
    ("整机保修两年,两年里非人为的故障都免费换新", "zh", set(), {"exchange_or_upsell_offer"}),
    ("XL码胸围比L码大4公分", "zh", set(), {"exchange_or_upsell_offer"}),
    # ...nor the customer sent to the process or a link: a stock phrase
    ("亲,换码请按退换货流程操作哦", "zh", {"mechanical_phrase"}, {"exchange_or_upsell_offer"}),
    ("亲,请点击下方链接查看换货说明~", "zh", {"mechanical_phrase"}, {"exchange_or_upsell_offer"}),
    ("Sorry, we don't offer exchanges on sale items.", "en", set(), {"exchange_or_upsell_offer"}),
    # ...while an exchange offered stays one: another size sent is an exchange (the header); the
    # third is a control
    ("给您重新发一件38码的", "zh", {"exchange_or_upsell_offer"}, set()),
    ("我这边给您再寄一双41码的过去", "zh", {"exchange_or_upsell_offer"}, set()),
    ("换货期间我先给您换成L码发出", "zh", {"exchange_or_upsell_offer"}, set()),
    # a symptom dismissed or put on the customer is blame, not a cause
    ("白点是奶粉结晶,正常的,放心喝", "zh", {"negation_or_blame"}, {"explain_cause"}),
    ("色差是您手机屏幕显示不同导致的哦", "zh", {"negation_or_blame"}, {"explain_cause"}),
    ("异响可能是您没放稳造成的", "zh", set(), {"explain_cause"}),
    # ...while a cause owned stays one (a control)
    ("色差是这批染色偏深,是我们的问题", "zh", {"explain_cause"}, set()),
    # the case disowned is not owned
    ("这事我管不了", "zh", {"negation_or_blame"}, {"take_responsibility"}),
    # a supervisor named as refusing or as having decided hands nothing over
    ("我们经理一般不批这么多的", "zh", set(), {"escalate_to_supervisor"}),
    ("给您补20块,主管刚批的", "zh", {"offer_compensation"}, {"escalate_to_supervisor"}),
    ("刚跟主管请示过了,最多给到15元券", "zh", {"offer_compensation"}, {"escalate_to_supervisor"}),
    ("My manager won't sign off on that, sorry.", "en", set(), {"escalate_to_supervisor"}),
    ("My manager never approves refunds that size anyway.", "en", set(), {"escalate_to_supervisor"}),
    # ...while one still asked is a handover (a control)
    ("我去申请一下,看主管批不批", "zh", {"escalate_to_supervisor"}, set()),
    ("My supervisor wouldn't agree to that anyway.", "en", {"negation_or_blame"}, set()),
    # the replacement held back behind a rule is blame
    ("要先把原来那件寄回来才能给您发新的", "zh", {"negation_or_blame"}, set()),
    ("You'll have to post the old pair back first.", "en", {"negation_or_blame"}, set()),
]

#: Read by the rules alone (the shipped model has seen set 9's own forms; a model trained
#: without that writer did not read them)
RULE_CASES = [
    # an exchange as a time frame, a coupon swapped for another: no exchange (the shipped model
    # vetoes the keyword; the rules must not read it either)
    ("换货期间有什么问题您随时找我", "zh", set(), {"exchange_or_upsell_offer"}),
    ("那张满200减10的我帮您换成5元无门槛的", "zh", {"offer_compensation"}, {"exchange_or_upsell_offer"}),
    # a spare sent, the faulty one taken back for testing
    ("我这边先寄个备用的给您", "zh", {"offer_solution"}, set()),
    ("坏掉的那台我们得拿回去检测一下", "zh", {"offer_solution"}, set()),
    # the courier booked, the case moved up
    ("Booked the courier for Friday morning.", "en", {"offer_solution"}, set()),
    ("Your case went straight into the priority queue.", "en", {"offer_solution"}, set()),
    # ...not the customer's own booking trouble (a control)
    ("Re-booking the courier is a pain, I know.", "en", set(), {"offer_solution"}),
]


def _check(got, text, must, must_not):
    assert must <= got, f"{text!r}: missing {sorted(must - got)} in {sorted(got)}"
    assert not (must_not & got), f"{text!r}: read {sorted(must_not & got)}"


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), CASES)
def test_set9_classes(text, lang, must, must_not):
    _check({m.name for m in classify(text, lang)}, text, must, must_not)


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), RULE_CASES)
def test_set9_solutions_by_the_rules(text, lang, must, must_not):
    got = {m.name for m in read_reply(text, lang, rules_only=True).moves}
    _check(got, text, must, must_not)
