"""Readings an independent review of the third session of 2026-12-01 demonstrated wrong after
that session's lexicon changes, each a class the changes had drawn too wide."""

import pytest

from simulator.roleplay.moves import read_reply


def _names(text: str, lang: str) -> set[str]:
    return {m.name for m in read_reply(text, lang).moves}


@pytest.mark.parametrize(
    ("text", "lang", "move", "read"),
    [
        # a replacement given under warranty is an exchange; only the policy recited is not
        ("还在保修期,给您换新。", "zh", "exchange_or_upsell_offer", True),
        ("在保修期内的话我们免费给您换新。", "zh", "exchange_or_upsell_offer", True),
        ("保修一年,这一年里非人为的问题都是免费换新。", "zh", "exchange_or_upsell_offer", False),
        # a request to the supervisor still pending is a handover; a decision already made is not
        ("我已经跟主管申请了,等批下来马上告诉您。", "zh", "escalate_to_supervisor", True),
        ("我已经跟主管确认过了,这个不能退。", "zh", "escalate_to_supervisor", False),
        (
            "My supervisor has already been notified and will call you this afternoon.",
            "en",
            "escalate_to_supervisor",
            True,
        ),
        (
            "Our manager says she'll call you personally within the hour.",
            "en",
            "escalate_to_supervisor",
            True,
        ),
        # 不正常 agrees with the customer; a worry or a rule brushed aside is no empathy
        ("这颗异响是不正常的,是轴承装配有问题,给您换一台。", "zh", "explain_cause", True),
        ("您担心也没用,快递就是这么慢,再等等吧。", "zh", "acknowledge_emotion", False),
        ("这个确实绕不过平台的规定,没办法给您退。", "zh", "acknowledge_emotion", False),
        # a cap declined with an alternative after "but" is no blame
        (
            "My manager won't approve more than 20, but I can give you a $20 coupon right now.",
            "en",
            "negation_or_blame",
            False,
        ),
        # a monitor's own colour fault is a cause; the agent sending an item to the factory is no blame
        (
            "您收到的这台显示器色彩有偏差,是我们出厂校色没做好,给您换一台。",
            "zh",
            "explain_cause",
            True,
        ),
        ("这个我们要先发回厂家检测才能确定原因。", "zh", "negation_or_blame", False),
        # a missing piece sent again is a solution, not an exchange
        ("少发了一件白色的,我这就再给您发一件白色的。", "zh", "exchange_or_upsell_offer", False),
        # opening hours and "一点" (a bit) are no follow-up times
        ("我们客服24h在线,有问题随时回复您。", "zh", "promise_followup", False),
    ],
)
def test_review_classes(text: str, lang: str, move: str, read: bool) -> None:
    assert (move in _names(text, lang)) is read


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "You'll have to arrange the courier yourself. The repair itself is at no cost to you.",
            "en",
        ),
        (
            "As for whether we pay for the courier, change-of-mind returns are at your own cost.",
            "en",
        ),
    ],
)
def test_a_courier_the_customer_pays_is_no_free_return(text: str, lang: str) -> None:
    kinds = {m.kind for m in read_reply(text, lang).moves if m.name == "offer_compensation"}
    assert "free_return_shipping" not in kinds


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("您说具体一点我再帮您查查,查到了通知您。", "zh"),
        ("If it doesn't arrive, message me again at 5 and I'll check.", "en"),
        ("The courier will send you a message by 6 with the delivery slot.", "en"),
    ],
)
def test_no_time_read_where_none_is_promised(text: str, lang: str) -> None:
    hours = [m.hours for m in read_reply(text, lang).moves if m.name == "promise_followup"]
    assert not [h for h in hours if h is not None]
