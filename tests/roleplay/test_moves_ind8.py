"""Solutions and causes on text by a new hand: the classes set 8 (W-heldout9) was missed on.

Set 8, read by a model trained without it, missed offer_solution where the agent presses a named
third party and names the time of the next report ("我下午再帮您问一遍圆通": the rules read it,
the model, trained on writers who read a timed self-check as the follow-up only, vetoed it;
37 of the 40 corpus replies the rule reads, from 14 writers, are labelled a solution), where the
agent walks the customer through step by step, and where the parcel is put first for delivery;
and explain_cause where the product is owned as made or photographed off (every writer who wrote
one labels it the cause). The cases that must be read stand beside controls that must not be (so
a rule that reads everything fails too). Sentences written for this test.
"""

from __future__ import annotations

import pytest

from simulator.roleplay.moves import classify, read_reply

CASES = [
    # (text, lang, must be read, must not be read)
    # a named third party pressed, with the time of the next report: the solution and the follow-up
    ("我晚上再给申通打个电话问问,明早回您", "zh", {"offer_solution", "promise_followup"}, set()),
    # ...not the customer sent to do it
    ("您下午自己问一下圆通吧", "zh", set(), {"offer_solution"}),
    # the product made or photographed off, owned: the cause
    ("领口我们做得有点紧了,不好意思", "zh", {"explain_cause"}, set()),
    ("宝贝图片是我们调色调得偏艳了", "zh", {"explain_cause"}, set()),
    ("Our coats run a little tight in the arms.", "en", {"explain_cause"}, set()),
    # when the resend leaves or arrives is the solution's, not the status
    ("顺丰补发今晚出库,明天就能到", "zh", set(), {"explain_cause"}),
    # ...not asked about, nor the customer told to adjust her screen
    ("您觉得是不是做小了?", "zh", set(), {"explain_cause"}),
    ("麻烦您把手机屏幕的颜色调暗一点再对比看看", "zh", set(), {"explain_cause"}),
    ("Did the jacket run small on you? If so I can swap it for an L.", "en", set(), {"explain_cause"}),
    # ...nor 做 in another sense, nor denied (the review found both read as the cause)
    ("我们做小家电十几年了,品质您放心", "zh", set(), {"explain_cause"}),
    ("我们家裤子不会做小的,都是标准码", "zh", set(), {"explain_cause"}),
    # a time and then coming back to the customer is the follow-up; declined or a call that failed
    # is not
    ("给我二十分钟,查好了回您", "zh", {"promise_followup"}, set()),
    ("明天之前我没法答复您,要等质检报告出来", "zh", set(), {"promise_followup"}),
    ("上午10点打电话给您没打通,您方便的时候回个电话", "zh", set(), {"promise_followup"}),
    # ...and the courier's call beside the agent's own promise leaves the promise read
    ("取件师傅明天上午联系您,明天下午我再跟您确认一次进度", "zh", {"promise_followup"}, set()),
    # ...and a guarded match does not hide a later promise in the same reply
    ("师傅明天上午联系您上门,我下午三点前给您回个电话确认", "zh", {"promise_followup"}, set()),
]

#: Read by the rules alone (the shipped model has seen set 8's own forms; a model trained
#: without a writer who writes them did not read them)
RULE_CASES = [
    # walked through step by step
    ("别着急,我一步一步教您改收货地址", "zh", {"offer_solution"}, set()),
    ("您别慌,我手把手带您把优惠券领了", "zh", {"offer_solution"}, set()),
    # the parcel put first for delivery
    ("已经跟站点申请了优先派送", "zh", {"offer_solution"}, set()),
]


def _check(got, text, must, must_not):
    assert must <= got, f"{text!r}: missing {sorted(must - got)} in {sorted(got)}"
    assert not (must_not & got), f"{text!r}: read {sorted(must_not & got)}"


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), CASES)
def test_solution_and_cause_classes(text, lang, must, must_not):
    _check({m.name for m in classify(text, lang)}, text, must, must_not)


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), RULE_CASES)
def test_solution_classes_by_the_rules(text, lang, must, must_not):
    got = {m.name for m in read_reply(text, lang, rules_only=True).moves}
    _check(got, text, must, must_not)
