"""A reply meant for someone else (the wrong window, a test message) is off topic whatever else it
reads as, an apology for it included, as W-corpus10 and W-corpus11 label it; not when the reply
also says something relevant, and not a wrong item sent (发错了, "sent the wrong colour")."""

import pytest

from simulator.roleplay.moves import read_reply


def _names(text: str, lang: str) -> list[str]:
    return [m.name for m in read_reply(text, lang).moves]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("不好意思发错群了,您别介意", "zh"),
        ("刚刚那句是发给朋友的,不是给您的", "zh"),
        ("测试信息", "zh"),
        ("Apologies, wrong conversation!", "en"),
        ("ignore that last message please, it was meant for a colleague", "en"),
        ("test message", "en"),
    ],
)
def test_meant_for_someone_else_is_off_topic(text: str, lang: str) -> None:
    assert _names(text, lang) == ["off_topic"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("抱歉发错了,给您补发正确的颜色", "zh"),
        ("不好意思发错人了,您的退款已经处理好了", "zh"),
        ("Sorry, we sent the wrong colour, a new one ships today.", "en"),
        ("Oops wrong window! Anyway, your refund is done.", "en"),
        ("That plan isn't for you, I'm afraid.", "en"),
    ],
)
def test_relevant_or_wrong_item_is_not(text: str, lang: str) -> None:
    assert "off_topic" not in _names(text, lang)
