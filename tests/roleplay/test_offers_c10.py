"""Offer readings the fourth session's Chinese corpus writer (W-corpus10) wrote and the rules
missed, each a general class: the return or exchange paid by us, said with the exchange, the
choices or the pick-up named before the postage."""

import pytest

from simulator.roleplay.moves import read_reply


def _kinds(text: str) -> list[str | None]:
    return sorted(
        (m.kind or "")
        for m in read_reply(text, "zh", rules_only=True).moves
        if m.name == "offer_compensation"
    )


@pytest.mark.parametrize(
    "text",
    [
        # the exchange named before the free postage
        "尺码不对的话换大一码免运费",
        "给您换个XL码,免邮哈",
        # the choices just offered, both free of postage
        "退也行换也行,两种都免运费",
        # the pick-up, then no postage charged a clause later
        "我们派快递上门取件,不收您运费",
        # both ways free, or ours
        "来回都免费的,您放心",
        "寄回来的运费都是我们的",
        # the pick-up, then the customer paying nothing
        "明天快递上门取走,箱子也给您带来,您不用花一分钱",
    ],
)
def test_free_return_shipping(text: str) -> None:
    assert "free_return_shipping" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # free shipping on a new order, or postage the customer pays, is no free return
        "全场包邮,下单就行",
        "换货的话运费需要您先垫付",
    ],
)
def test_no_free_return(text: str) -> None:
    assert "free_return_shipping" not in _kinds(text)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # costs paid by us with a cap between, or first: the cap is the value
        ("看病的医疗费两千以内我们先垫付", 2000.0),
        ("检测费用,五千以内我们都先承担", 5000.0),
        ("孩子的医药费我们也先承担", 0.0),
    ],
)
def test_costs_paid_up_to_a_cap(text: str, amount: float) -> None:
    offers = [
        (m.kind, m.amount_yuan or 0.0)
        for m in read_reply(text, "zh", rules_only=True).moves
        if m.name == "offer_compensation"
    ]
    assert offers == [(None, amount)]
