"""Classes of error found on transcript set dev16 (benchmarks/data/transcripts_dev16), each
pinned with text that is not in those transcripts: a confused customer's questions welcomed and
the rule granted as confusing, and her worry named in a clause of its own before it is answered,
are empathy; the agent's own earlier explanation owned with a manner word between ("没先讲清楚")
is owning the fault, even at the head of a long reply."""

from __future__ import annotations

import pytest

from tests.roleplay.readings import move_names as _names
from tests.roleplay.readings import play


@pytest.mark.parametrize(
    ("text", "move", "read"),
    [
        # a confused customer's question validated, the rule granted as confusing
        ("您问得有道理,满减这块确实挺绕的,我一条条给您说。", "acknowledge_emotion", True),
        ("阿姨您问得一点也不多,我慢慢给您讲。", "acknowledge_emotion", True),
        ("大姐你问得没错,这个叠加规则的确复杂,我帮您算。", "acknowledge_emotion", True),
        ("这个确实有点绕,我给您列一下。", "acknowledge_emotion", True),
        # ...but a situation called complicated is no empathy
        ("物流那边的情况确实比较复杂,我帮您查一下。", "acknowledge_emotion", False),
        # her worry named in a clause of its own, then answered
        (
            "您担心收到以后不合身,这点有保障,7天内不合适可以免费换,运费我们出,您放心下单。",
            "acknowledge_emotion",
            True,
        ),
        ("您怕买贵了,我们有保价,降了退差价。", "acknowledge_emotion", True),
        ("您担心的话可以先加购物车。", "acknowledge_emotion", False),
        # the agent's own earlier explanation owned, a manner word or 跟您 between
        ("我前面没提前跟您讲明白,运费险要在申请退货的时候勾上。", "take_responsibility", True),
        ("怪我一开始没先讲清楚,店铺券同一种只能用一张。", "take_responsibility", True),
        (
            "是我刚才没先说明白,这张券每单只能用一张,系统会自动选大的那张,另一张下次还能用。",
            "take_responsibility",
            True,
        ),
        ("我没说清楚吗?", "take_responsibility", False),
        ("您没讲清楚要哪个颜色。", "take_responsibility", False),
    ],
)
def test_dev16_reading_classes(text: str, move: str, read: bool) -> None:
    assert (move in _names(text, "zh")) is read


def test_owning_an_unclear_explanation_holds_in_a_long_reply() -> None:
    """At the head of a long reply the model alone vetoed it (firm pattern)."""
    text = (
        "大姐,这个叠加规则确实有点绕,是我前面没先讲清楚。平台满减和店铺券是两种优惠,可以一起用;"
        "店铺券同一种每单只能用一张,系统会自动选面额大的那张,另一张留着下次满额还能用。"
    )
    names = _names(text, "zh")
    assert {"take_responsibility", "acknowledge_emotion"} <= names


def test_confused_customer_soothed_and_owned_earns_empathy() -> None:
    """A PREP session whose first reply only greets and gives the price: the second reply,
    validating her question and owning the unclear explanation, answers the feeling."""
    session = play(
        "coupon_stacking_confused",
        [
            "阿姨您好,这件到手价是499元,结算页会自动减,您不用自己算。",
            "阿姨您问得有道理,这个规则确实有点绕,是我刚刚没先说明白。同一种店铺券每单只能用一张,"
            "系统自动用减50的那张;平台满减是另一种,可以叠加。",
            "您担心买了就降价,这点有保障:付款后15天内降价,差价退给您。",
        ],
    )
    card = session.scorecard()
    assert card.dimensions["empathy"].score >= 0.8 * card.dimensions["empathy"].max
    assert card.dimensions["responsibility"].score == card.dimensions["responsibility"].max
