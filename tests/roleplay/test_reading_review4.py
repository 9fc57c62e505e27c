"""Readings an independent review of the fourth session of 2026-12-01 demonstrated wrong after
that session's changes, each a class the changes had drawn too wide."""

import pytest

from simulator.roleplay.moves import read_reply


def _read(text: str, lang: str) -> list[tuple[str, str | None, float | None]]:
    return [(m.name, m.kind, m.amount_yuan) for m in read_reply(text, lang).moves]


def _names(text: str, lang: str) -> set[str]:
    return {m.name for m in read_reply(text, lang).moves}


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        # a parcel given to the wrong person or place is no message sent to the wrong chat
        (
            "Sorry, it went to the wrong person, our mistake. I'll get a new one out to you tomorrow",
            "en",
            "apology",
        ),
        ("亲 是我们这边发错号了,您收到的是别人的,马上给您重新寄", "zh", "offer_solution"),
        ("不好意思亲,师傅把东西发错地方了,我们马上给您处理", "zh", "offer_solution"),
        # a message owned as misdirected, then a promise or a solution: the rest still counts
        ("Sorry, wrong chat. I'll call you back at 3 about it", "en", "promise_followup"),
        (
            "Please ignore my last message, I'll text you by 5 with the real answer",
            "en",
            "promise_followup",
        ),
        ("亲,前面那条发错了,正确的是:明天下午3点前给您回复", "zh", "promise_followup"),
        ("刚才那条不是给您的,不好意思哈。您说的漏发问题我们马上补寄", "zh", "offer_solution"),
        # a question about a misdirected message is a question
        ("亲您是不是发错窗口了呀?", "zh", "ask_clarifying_question"),
        ("Did you maybe send that to the wrong chat?", "en", "ask_clarifying_question"),
    ],
)
def test_not_off_topic(text: str, lang: str, kept: str) -> None:
    names = _names(text, lang)
    assert "off_topic" not in names and kept in names


@pytest.mark.parametrize(
    ("text", "lang", "refund"),
    [
        # a partial refund offered as the other choice beside a full refund stays its own offer
        ("Either a full refund or $20 back and you keep it", "en", 20.0),
        ("全额退款或者退您30元不退货,您选一个", "zh", 30.0),
        ("比起全额退款我们更建议退您50元您留着", "zh", 50.0),
    ],
)
def test_partial_refund_beside_full_refund(text: str, lang: str, refund: float) -> None:
    assert ("offer_compensation", "refund", refund) in _read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # free return postage denied, asked about or conditional
        ("The charge for the return can't be waived, sorry", "en"),
        ("There's no return fee waiver for this one, sorry", "en"),
        ("Unfortunately we can't have you send them back for free", "en"),
        ("No return fee? Unfortunately there is one for opened items", "en"),
        ("Returns are free only for Plus members, and your account isn't Plus unfortunately", "en"),
        ("You asked if returns are free - sadly not for clearance items", "en"),
        ("You don't pay anything for shipping if you order over $50", "en"),
        ("换码不免运费哦亲", "zh"),
        ("换个码不是免运费的哈亲", "zh"),
        ("来回不免费哦", "zh"),
        ("我们店全场都免运费哈,不过退货运费得您自己出", "zh"),
        # a cost refused, a coupon not offered
        ("医疗费不能由我们先垫付,需要您先走保险", "zh"),
        ("You could have used a coupon at checkout, it was in the cart", "en"),
        ("Would you like me to check if there's a coupon for this?", "en"),
    ],
)
def test_no_offer(text: str, lang: str) -> None:
    assert "offer_compensation" not in _names(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a status report, advice to the customer and a call to a third party promise no time
        ("Tracking at 3 showed it was still in Shenzhen", "en"),
        ("I'd call the courier at 3 if I were you, they're quicker than us", "en"),
        ("I'll call the courier at 3 to chase it.", "en"),
        ("I'll email the warehouse by 4 and see what they say", "en"),
        ("今天下午和您确认的地址没错哈", "zh"),
    ],
)
def test_no_time_promised(text: str, lang: str) -> None:
    hours = [m.hours for m in read_reply(text, lang).moves if m.name == "promise_followup"]
    assert hours in ([], [None])
