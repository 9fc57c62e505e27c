"""Follow-up times the fourth session's corpus writers (W-corpus10, W-corpus11) wrote and the
rules missed, each a general class: hours count from Monday 10:00 (the corpus header)."""

import pytest

from simulator.roleplay.moves import read_reply


def _hours(text: str, lang: str) -> float | None:
    found = [
        m.hours
        for m in read_reply(text, lang, rules_only=True).moves
        if m.name == "promise_followup"
    ]
    assert found, f"no follow-up read in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "lang", "hours"),
    [
        # "o clock" written apart
        ("i will get back to u before 11 o clock", "en", 1.0),
        # the contact with its time and no "you": text / message / ring at a bare hour
        ("New pair is on its way today. I'll text at 3 with the details.", "en", 5.0),
        ("Refund done, I'll message you the confirmation at 2!", "en", 4.0),
        ("We'll ring by 4 to let you know.", "en", 6.0),
        # ... or the message dropped or sent to the customer, its time after it
        ("Sorted. We'll send you a note by 3 once it's confirmed.", "en", 5.0),
        # the tracking promised as a noun with its time
        ("replacement booked, tracking by 5 :)", "en", 7.0),
        # a time, then checking back with the customer in the same clause
        ("周四下午我再跟您核对一下物流", "zh", 72.0),
        ("明早十点我和您确认下券到账没有", "zh", 24.0),
    ],
)
def test_followup_times(text: str, lang: str, hours: float) -> None:
    assert _hours(text, lang) == hours


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # checking back in a later clause leaves the earlier time promised first
        ("明天中午前把单号发您,周五再跟您确认签收", "zh"),
        # saying something to the customer now is no follow-up
        ("我是今晚值班的组长,先跟您说声抱歉", "zh"),
        # a third party's message at a bare hour is not the agent's contact (not read, or no time)
        ("The courier will send you a message by 6 with the delivery slot.", "en"),
    ],
)
def test_not_a_later_time(text: str, lang: str) -> None:
    found = [
        m.hours
        for m in read_reply(text, lang, rules_only=True).moves
        if m.name == "promise_followup"
    ]
    assert found in ([], [None], [26.0])
