"""Classes of misreading found leaving W-heldout5 (held-out set s5, released) out of the corpus,
each pinned with text that is in no corpus file: the class must be read, not the sentence."""

from __future__ import annotations

import pytest

from simulator.roleplay.lexicon import load_lexicon
from simulator.roleplay.moves import classify, extract_hours
from simulator.roleplay.textnorm import normalise
from tests.roleplay.readings import move_names as _names


@pytest.mark.parametrize(
    ("text", "lang", "move", "read"),
    [
        # thanks for the customer's feedback is a thank, not a stock phrase
        ("Thanks so much for your feedback!", "en", "mechanical_phrase", False),
        ("Thanks so much for your feedback!", "en", "thank_for_feedback", True),
        ("Thanks for the feedback, we've logged it.", "en", "mechanical_phrase", True),
        # a cause or status without 因为/because
        ("这个异味是新布料的染料味,通风两天就散了", "zh", "explain_cause", True),
        ("灯不亮属于接触不良的问题", "zh", "explain_cause", True),
        ("这台机器本身有个缺陷", "zh", "explain_cause", True),
        ("外箱是路上被挤破的", "zh", "explain_cause", True),
        ("快递员说您家没人开门", "zh", "explain_cause", True),
        ("货架是潮的,所以起了霉点", "zh", "explain_cause", True),
        ("好的,所以我给您补发一件", "zh", "explain_cause", False),
        # ...but a cause in a later sentence of such a reply stays
        ("好的,所以我给您补发一件。这款面料本来就容易皱", "zh", "explain_cause", True),
        ("您的退款已经到账了,请查看余额", "zh", "explain_cause", True),
        ("Your refund has already been credited to your card.", "en", "explain_cause", True),
        ("The jacket shipped yesterday from our Leeds depot.", "en", "explain_cause", True),
        ("So it's a manufacturing defect.", "en", "explain_cause", True),
        ("The scratches are from the factory polishing.", "en", "explain_cause", True),
        ("The supplier hasn't replied to us yet.", "en", "explain_cause", True),
        # a concrete action without the usual verbs
        ("把滤网取下来冲一冲就行", "zh", "offer_solution", True),
        ("您先换个插座试试", "zh", "offer_solution", True),
        ("我教您怎么重新装", "zh", "offer_solution", True),
        ("已经帮您暂停发货了", "zh", "offer_solution", True),
        ("今晚就给您补寄一个", "zh", "offer_solution", True),
        ("包装盒先保留好,拍照留证", "zh", "offer_solution", True),
        ("在我的订单详情页点申请开票", "zh", "offer_solution", True),
        ("您放心就好", "zh", "offer_solution", False),
        # "in hand, please wait" and farewells are stock phrases, not actions
        ("正在帮您核实,请您耐心等一下哦", "zh", "mechanical_phrase", True),
        ("正在帮您核实,请您耐心等一下哦", "zh", "offer_solution", False),
        ("我记录一下,您稍等", "zh", "mechanical_phrase", True),
        ("已经转给相关部门了", "zh", "escalate_to_supervisor", False),
        ("已经转给售后主管了", "zh", "escalate_to_supervisor", True),
        ("欢迎再次光临~", "zh", "mechanical_phrase", True),
        ("Kindly wait, we will revert.", "en", "mechanical_phrase", True),
        ("Thank you for contacting us, have a great day!", "en", "mechanical_phrase", True),
        # subtle and sarcastic blame, responsibility pushed away
        ("估计是您家路由器太老了", "zh", "negation_or_blame", True),
        ("这个不在我们的保障范围", "zh", "negation_or_blame", True),
        ("您可真是细心呢", "zh", "negation_or_blame", True),
        ("其他买家用着都好好的", "zh", "negation_or_blame", True),
        ("才五块钱的差价而已", "zh", "negation_or_blame", True),
        ("同样的话说了好几遍了", "zh", "negation_or_blame", True),
        ("不是您的问题,是我们的疏忽", "zh", "negation_or_blame", False),
        ("Nice try, but no.", "en", "negation_or_blame", True),
        ("Weather delays are out of our control.", "en", "negation_or_blame", True),
        # feelings named in everyday words, the customer's health asked after first
        ("好心疼您,大冷天还要下楼取件", "zh", "acknowledge_emotion", True),
        ("新鞋第一天就坏,真不走运", "zh", "acknowledge_emotion", True),
        ("包裹外箱有没有压坏?", "zh", "acknowledge_emotion", False),
        ("您家孩子有没有伤着?", "zh", "acknowledge_emotion", True),
        ("Oh no, is your daughter okay?", "en", "acknowledge_emotion", True),
        # our slip named without "our fault", the case taken over
        ("包装上的日期确实印错了", "zh", "take_responsibility", True),
        ("您这单我来扛", "zh", "take_responsibility", True),
        ("I've taken over your ticket from my colleague.", "en", "take_responsibility", True),
        ("The broken lamp is ours to put right.", "en", "take_responsibility", True),
    ],
)
def test_w5_classes(text: str, lang: str, move: str, read: bool) -> None:
    assert (move in _names(text, lang)) is read


@pytest.mark.parametrize(
    ("text", "lang", "hours"),
    [
        # a time that runs on past the promise's words, a bare hour at the end of a sentence
        ("I will call you tomorrow, 9am", "en", 23),
        # text-speak and non-native promises
        ("we will get back to u within 24h", "en", 24),
        ("Tomorrow 3pm I call you ok", "en", 29),
        # a bare Chinese hour before the follow-up, Cantonese time words
        ("我四点再跟快递确认一次", "zh", 6),
        ("我哋听朝覆你", "zh", 24),
    ],
)
def test_w5_follow_up_times(text: str, lang: str, hours: float) -> None:
    got = [m.hours for m in classify(text, lang) if m.name == "promise_followup"]
    assert got == [hours]


def test_a_bare_hour_ends_a_sentence() -> None:
    text = normalise("Expect my call tomorrow morning, around 9.")[0]
    assert extract_hours(text, load_lexicon("en")) == 23
