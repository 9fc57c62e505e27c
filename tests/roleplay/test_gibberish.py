"""Replies with no words in them are off topic; a number, a question mark, one emoji or a
thinking sound are not."""

from __future__ import annotations

import pytest

from simulator.roleplay.gibberish import no_words
from simulator.roleplay.moves import read_reply


@pytest.mark.parametrize(
    "text",
    [
        "jfkdlsjfkdl",
        "asdf asdf",
        "zxcvbnm,./",
        "ggggggg",
        "jjjjkkkkllll",
        "。。。。。",
        "🙃🙃🙃",
        "@#¥%&*",
    ],
)
def test_mash_and_symbols_hold_no_words(text):
    assert no_words(text)


@pytest.mark.parametrize(
    "text",
    ["4107 2290 8813 5506", "?", "??", "👍", "hmmm", "uhh", "ok", "sry", "在的", "hi asdf", ""],
)
def test_what_holds_a_word_or_answers(text):
    assert not no_words(text)


@pytest.mark.parametrize(("text", "lang"), [("qwertyuiop", "en"), ("…………", "zh"), ("😀😀😀", "zh")])
def test_a_reply_with_no_words_is_off_topic(text, lang):
    assert [m.name for m in read_reply(text, lang).moves] == ["off_topic"]


def test_a_number_alone_stays_a_doubt_not_off_topic():
    reading = read_reply("4107 2290 8813 5506", "zh")
    assert "off_topic" not in {m.name for m in reading.moves}
