"""Copy detection: a copied or lightly edited model answer is flagged, an original reply is not."""

from __future__ import annotations

import pytest

from simulator.cli.trainer_ui import Style, Text, scorecard_lines
from simulator.roleplay.copying import copy_similarity, fold_for_copy, is_copy, model_answers
from simulator.roleplay.practice import Practice
from simulator.roleplay.script import list_scripts

MODEL = "王女士您好,真的非常抱歉让您等了这么久,换成我也会着急的。我马上帮您查一下这单的物流,看看卡在哪里。"
COPIED = MODEL
LIGHTLY_EDITED = (
    "王女士您好!真的非常抱歉让您等这么久,换我也会着急的,我马上帮您查下这单物流,看看卡在哪。"
)
PASTED_INSIDE = "亲," + MODEL + "另外这单我会全程跟进,有消息第一时间告诉您。"
ORIGINAL = "王女士你好,实在不好意思让您久等了,我理解您很着急。我这就去查物流,马上回复您。"


@pytest.fixture(scope="module")
def script():
    return next(s for s in list_scripts() if s.id == "late_delivery_angry")


def test_folding_ignores_punctuation_width_and_case():
    assert fold_for_copy("亲,非常抱歉!  OK。") == fold_for_copy("亲 非常抱歉 ok") == "亲非常抱歉ok"


@pytest.mark.parametrize(
    ("reply", "copied"),
    [(COPIED, True), (LIGHTLY_EDITED, True), (PASTED_INSIDE, True), (ORIGINAL, False)],
    ids=["copied", "lightly_edited", "pasted_inside", "original"],
)
def test_copies_of_a_model_answer_are_flagged(script, reply, copied):
    assert MODEL in model_answers(script)
    assert is_copy(reply, model_answers(script)) is copied


def test_short_stock_phrases_are_never_copies():
    assert copy_similarity("非常抱歉", "非常抱歉") == 0.0
    assert copy_similarity("您好,非常抱歉让您久等了", MODEL) < 0.5


def test_english_near_copy(script):
    en = next(s for s in list_scripts() if s.id == "en_late_delivery_angry")
    answer = model_answers(en)[0]
    edited = answer.replace(".", "!").replace("I ", "I'll ", 1)
    assert is_copy(edited, [answer]) and not is_copy("Hello, let me look into it.", [answer])


def test_scorecard_flags_the_copied_turns_and_the_terminal_shows_them(script):
    practice = Practice(None, "小王", script, seed=0, mode="exam")
    practice.reply(ORIGINAL, 10)
    practice.reply(LIGHTLY_EDITED, 12)
    card = practice.finish()
    assert card.copied_turns == (2,)
    assert card.to_dict()["copied_turns"] == [2]
    lines = scorecard_lines(card, Text("zh"), Style(False))
    assert any("照抄参考答案: 第 2 轮" in line for line in lines)
    lines = scorecard_lines(card, Text("en"), Style(False))
    assert any("Copied from a model answer: turn 2" in line for line in lines)
