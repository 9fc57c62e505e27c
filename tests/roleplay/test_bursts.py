"""Messages sent in a burst (issue 10): a reply that stops mid-sentence ("我这样给您处理：",
"1. 全额退款；") is held; the customer waits for the rest instead of answering each piece, and
reads the pieces together with the reply that completes them. Before this she answered every
fragment of a numbered plan with "到底赔多少?" and grew angrier at each one.

The reader is replaced by the keyword reading of ``test_doubts``, so these tests do not move
with the lexicons or the statistical reader."""

from __future__ import annotations

import pytest

from simulator.roleplay.bursts import MAX_HELD, unfinished
from simulator.roleplay.coaching import text as coaching_text
from simulator.roleplay.script import list_scripts
from simulator.roleplay.session import Session
from simulator.roleplay.turn_checks import doubt_lines
from tests.roleplay.test_doubts import _keywords

SCRIPTS = {s.id: s for s in list_scripts()}


@pytest.fixture
def keywords(monkeypatch) -> None:
    monkeypatch.setattr("simulator.roleplay.session.read_reply", _keywords)


@pytest.mark.parametrize(
    "text",
    [
        "我这样给您处理：",
        "1. 399元退款；",
        "耳机单次8小时，",
        "左耳、",
        "Here's the plan:",
        "First, ",
        "亲，😊",
        "先这样, \u200b",
        "two things;",
    ],
)
def test_a_reply_ending_mid_sentence_is_unfinished(text: str) -> None:
    assert unfinished(text)


@pytest.mark.parametrize(
    "text", ["好的。", "能退。", "明天到!", "Done.", "OK 😊", "那个……", "why?", "", "直接换新"]
)
def test_a_reply_ending_a_sentence_or_bare_is_finished(text: str) -> None:
    assert not unfinished(text)


def test_a_held_reply_changes_nothing_and_is_read_with_the_next(keywords) -> None:
    session = Session(SCRIPTS["late_delivery_angry"], 0)
    session.reply("王女士,真的非常抱歉。", 10)
    node, state = session.node, session.state
    held = session.reply("我这样给您处理:先补发一件，", 8)
    assert held.doubt == "unfinished" and session.node == node and session.state == state
    assert set(held.customer_lines) <= set(doubt_lines("unfinished", "zh"))
    assert held.feedback == coaching_text("zh", "unfinished")
    turn = session.reply("另外给您一张20元券。", 8)
    assert turn.doubt is None
    assert [m.name for m in turn.moves] == ["offer_compensation", "offer_solution"]
    assert turn.moves[1].evidence == "补发"  # the trainee's own words, from the held piece


def test_blame_in_a_held_piece_still_counts(keywords) -> None:
    session = Session(SCRIPTS["late_delivery_angry"], 0)
    session.reply("王女士,真的非常抱歉。", 10)
    assert session.reply("这事赖您，", 5).doubt == "unfinished"
    turn = session.reply("另外给您一张20元券。", 8)
    assert "negation_or_blame" in turn.move_names


def test_at_most_max_held_replies_in_a_row_are_held(keywords) -> None:
    session = Session(SCRIPTS["late_delivery_angry"], 0)
    session.reply("王女士,真的非常抱歉。", 10)
    doubts = [session.reply(f"第{i}点，", 5).doubt for i in range(MAX_HELD + 1)]
    assert doubts == ["unfinished"] * MAX_HELD + ["unsure"]  # judged as usual: nothing read


def test_held_replies_do_not_use_up_the_customers_turns(keywords) -> None:
    script = SCRIPTS["late_delivery_angry"]
    session = Session(script, 0)
    for i in range(script.max_turns - 1):
        if i % MAX_HELD == 0:
            session.reply(f"第{i}点。", 5)
        session.reply(f"第{i}点，", 5)
    assert not session.finished  # only the finished replies count towards max_turns


def test_held_turns_are_left_out_of_the_scorecard(keywords) -> None:
    session = Session(SCRIPTS["late_delivery_angry"], 0)
    session.reply("王女士,真的非常抱歉。", 10)
    session.reply("我这样给您处理，", 5)
    session.reply("先补发一件，再给您一张20元券。", 8)
    card = session.scorecard()
    assert 2 not in card.flags.get("unsure", ())
    assert all(p.turn != 2 for p in card.penalties)


def test_a_slow_piece_still_costs_time(keywords) -> None:
    def play(held_s: float):
        session = Session(SCRIPTS["late_delivery_angry"], 0)
        session.reply("王女士,真的非常抱歉。", 10)
        before = session.state["anger"]
        session.reply("我这样给您处理，", held_s)
        waited = session.state["anger"] - before
        session.reply("先补发一件,再给您一张20元券。", 8)
        return waited, session.scorecard().dimensions["timeliness"].score

    slow, fast = play(400), play(5)
    assert slow[0] > 0 == fast[0]  # she waited, and grew angrier, though she did not answer
    assert slow[1] < fast[1]
