"""Offer readings found on transcript set dev16 (benchmarks/data/transcripts_dev16), each a
general class: the customer's demand handed over, a multiple named as a rule, a reply declined,
and a coupon offered as another option beside cash paid by Alipay."""

import pytest

from simulator.roleplay.moves import read_reply


def _offers(text: str, lang: str) -> list[tuple[str | None, float | None, float | None, str | None]]:
    return [
        (m.kind, m.amount_yuan, m.multiple, m.channel)
        for m in read_reply(text, lang).moves
        if m.name == "offer_compensation"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the customer's demand, its legal basis between, handed to the legal specialist
        "您提出的按消法第55条三倍赔偿，需要法务专员依据事实认定，我无权当场答复。",
        "您要的三倍赔偿，得法务专员来定。",
        # a multiple named as a rule with its conditions
        "退一赔三适用于欺诈，不在我的权限内，我把情况提交给主管。",
        "三倍赔偿得认定欺诈才行。",
    ],
)
def test_demands_and_rules_are_no_offer(text: str) -> None:
    assert _offers(text, "zh") == []


@pytest.mark.parametrize(
    "text",
    ["行,退一赔三,我给您办", "给您三倍赔偿"],  # still offers when granted
)
def test_a_multiple_granted_is_still_an_offer(text: str) -> None:
    assert any(multiple == 3 for _k, _a, multiple, _c in _offers(text, "zh"))


@pytest.mark.parametrize("text", ["我无权当场答复您", "这个我没有权限给您答复"])
def test_a_reply_declined_is_no_follow_up(text: str) -> None:
    assert "promise_followup" not in {m.name for m in read_reply(text, "zh").moves}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我现在能直接给的是20元现金补偿，打到您支付宝；或者30元店铺券，二选一", "zh"),
        ("I can send 20 yuan to your PayPal, or a 30-yuan store coupon if you prefer.", "en"),
    ],
)
def test_a_coupon_in_another_option_is_not_paid_by_the_channel(text: str, lang: str) -> None:
    offers = _offers(text, lang)
    assert ("coupon", 30.0, None, None) in offers
    assert any(k == "cash" and a == 20.0 and c is not None for k, a, _m, c in offers)


def test_a_channel_still_pays_the_sum_beside_it() -> None:
    assert _offers("补偿20块钱吧,打到您支付宝", "zh") == [("cash", 20.0, None, "alipay")]
