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
        "先这样, \u200b",
        "two things;",
    ],
)
def test_a_reply_ending_mid_sentence_is_unfinished(text: str) -> None:
    assert unfinished(text)


@pytest.mark.parametrize(
    "text",
    ["亲，😊", "好的。", "能退。", "明天到!", "Done.", "OK 😊", "那个……", "why?", "", "直接换新"],
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


def test_a_burst_is_timed_as_one_reply_from_its_first_piece(keywords) -> None:
    def play(*replies: tuple[str, float]):
        session = Session(SCRIPTS["late_delivery_angry"], 0)
        for text, seconds in replies:
            session.reply(text, seconds)
        session.reply("先补发一件,再给您一张20元券。", 8)
        card = session.scorecard()
        return session.state["anger"], card.dimensions["timeliness"].score

    slow_first = play(("王女士,真的非常抱歉,让您久等了。", 70))
    # a quick "王女士，" does not make the real first reply a later, looser one
    assert play(("王女士，", 3), ("真的非常抱歉,让您久等了。", 67)) == slow_first
    assert play(("王女士,真的非常抱歉,让您久等了。", 10)) < slow_first
    # a slow piece is waited for as much as a slow reply
    slow_piece = play(("王女士,真的非常抱歉。", 10), ("我这样给您处理，", 400))
    fast_piece = play(("王女士,真的非常抱歉。", 10), ("我这样给您处理，", 5))
    assert slow_piece[0] > fast_piece[0] and slow_piece[1] < fast_piece[1]


def test_quick_pieces_do_not_water_down_slow_replies(keywords) -> None:
    def timeliness(fillers: bool) -> float:
        session = Session(SCRIPTS["late_delivery_angry"], 0)
        session.reply("王女士,真的非常抱歉。", 10)
        for _ in range(3):
            if fillers:
                session.reply("好的，", 2)
            session.reply("先补发一件。" if _ else "再给您一张20元券。", 100)
        return session.scorecard().dimensions["timeliness"].score

    assert timeliness(True) <= timeliness(False)


def test_a_question_held_by_mistake_can_be_sent_again(keywords) -> None:
    session = Session(SCRIPTS["late_delivery_angry"], 0)
    session.reply("王女士,真的非常抱歉。", 10)
    ask = "方便发一下订单截图吗,我帮您核对一下物流："
    assert session.reply(ask, 10).doubt == "unfinished"  # she waits for the rest
    assert session.reply(ask.rstrip("：") + "?", 5).doubt != "repeated"


def test_the_last_reply_of_a_transcript_is_never_held(keywords) -> None:
    session = Session(SCRIPTS["late_delivery_angry"], 0)
    assert session.reply("王女士,真的非常抱歉，", 10, last=True).doubt != "unfinished"


def test_a_burst_is_as_long_as_its_pieces_together(keywords) -> None:
    piece = "您的包裹在济南中转站停了三天没有动,我已经联系快递那边加急处理,同时安排仓库今天下午给您补发一件同款同色同尺码的羽绒服,您收到后直接穿就行，"
    session = Session(SCRIPTS["late_delivery_angry"], 0)
    session.reply("王女士,真的非常抱歉。", 10)
    for _ in range(3):
        assert session.reply(piece, 20).doubt == "unfinished"
    assert session.reply("再给您一张20元券。", 5).padded  # 3 short pieces make one long reply
    session = Session(SCRIPTS["late_delivery_angry"], 0)
    for _ in range(MAX_HELD):
        session.reply(piece * 3, 30)
    assert session.reply("以上。", 5).doubt == "too_long"


def test_pieces_and_doubts_in_a_row_are_bounded_apart(keywords) -> None:
    session = Session(SCRIPTS["late_delivery_angry"], 0)
    session.reply("王女士,真的非常抱歉。", 10)
    doubts = [session.reply(f"第{i}点，", 5).doubt for i in range(MAX_HELD)]
    doubts += [session.reply(f"嗯嗯{i}", 5).doubt for i in range(3)]  # nothing read: unsure
    assert doubts == ["unfinished"] * MAX_HELD + ["unsure", "unsure", None]
    assert session.reply("第五点，", 5).doubt == "unfinished"  # judged: a new run starts


def test_a_promise_split_across_pieces_is_a_breach() -> None:
    session = Session(SCRIPTS["late_delivery_angry"], 0)
    session.reply("王女士,真的非常抱歉让您久等了。", 10)
    assert not session.reply("补发的那件我保证，", 8).violations
    turn = session.reply("周六前一定送到。", 8)
    assert turn.violations and "保证" in turn.violations[0].words


def test_money_outside_the_platform_split_across_pieces_is_a_breach() -> None:
    session = Session(SCRIPTS["defect_refund_compensation"], 0)
    session.reply("孙女士,真的非常抱歉,是我们的质量问题。", 10)
    session.reply("另外我用支付宝，", 5)
    assert session.reply("直接转您20元。", 5).violations


def test_a_model_answer_split_in_two_is_still_a_copy() -> None:
    script = SCRIPTS["late_delivery_angry"]
    answer = script.node_map[script.start].model_answers[0].text
    head, tail = answer.split(",", 1)
    session = Session(script, 0)
    assert session.reply(head + ",", 10).doubt == "unfinished"
    session.reply(tail, 20)
    assert session.scorecard().flags["copied"] == (2,)


def test_replay_judges_a_transcripts_last_reply_even_mid_sentence(keywords) -> None:
    from simulator.roleplay.session import replay

    card = replay(SCRIPTS["late_delivery_angry"], [("王女士,真的非常抱歉，", 10)])
    assert card.turns[-1].doubt != "unfinished"
