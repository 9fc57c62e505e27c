"""The reply after a doubt (issue 10): when the customer asked what the agent meant, she reads
the next reply together with the one she asked about, and the replies she asked about are not
counted as turns. Before this, the reply after a doubt was judged as if the asked-about one had
never been said: a plan she half-understood left her a step behind for the rest of the session.

The reader is replaced by a keyword reading, so these tests do not move with the lexicons or the
statistical reader."""

from __future__ import annotations

import pytest

from simulator.roleplay.moves import Move, Reading
from simulator.roleplay.nodes import Transition, When
from simulator.roleplay.script import list_scripts
from simulator.roleplay.session import Session
from simulator.roleplay.turn_checks import PAD_CHARS, reply_chars

SCRIPTS = {s.id: s for s in list_scripts()}

#: keyword -> (move, doubtful): the reader is sure of the first kind, unsure of the second
WORDS = {
    "抱歉": ("apology", False),
    "补发": ("offer_solution", True),
    "券": ("offer_compensation", False),
    "怪您": ("negation_or_blame", True),
    "赖您": ("negation_or_blame", False),
    "再送": ("offer_compensation", True),
}


def _keywords(text: str, lang: str | None = None) -> Reading:
    moves, doubtful = [], []
    for word, (name, unsure) in WORDS.items():
        at = text.find(word)
        if at >= 0:
            coupon = name == "offer_compensation"  # a 20-yuan coupon
            moves.append(
                Move(
                    name,
                    word,
                    at,
                    amount_yuan=20.0 if coupon else None,
                    kind="coupon" if coupon else None,
                )
            )
            doubtful += [name] if unsure else []
    sure = {m.name for m in moves} - set(doubtful)
    return Reading(tuple(moves), not sure, lang or "zh", {}, tuple(doubtful))


@pytest.fixture
def keywords(monkeypatch) -> None:
    monkeypatch.setattr("simulator.roleplay.session.read_reply", _keywords)


#: a plan the reader is unsure of; with the next reply over PAD_CHARS, each one under it
PLAN = (
    "中通那边我刚催过了,您那件卡在苏州转运中心三天没动,我已经让他们加急处理。为了不耽误您周六出门,"
    "仓库今天下午就用顺丰给您补发一件同款同色同尺码的,明后天就能到,原来那件到了您直接拒收就行,"
    "来回运费都是我们出,您什么都不用管,也不用再跑一趟快递点,我这边会一直盯着两个包裹的物流,"
    "有任何变化第一时间告诉您,您周六出发前一定能穿上这件衣服,这一点请您放心,我说到做到。"
)


def test_the_reply_after_a_doubt_is_read_with_the_reply_she_asked_about(keywords) -> None:
    session = Session(SCRIPTS["late_delivery_angry"], 0)
    session.reply("王女士,真的非常抱歉。", 10)
    assert session.node == "wants_answer"
    asked = session.reply(PLAN, 30)  # the plan, but the reader is unsure of it
    assert asked.doubt == "unsure" and session.node == "wants_answer"
    turn = session.reply("另外再给您一张20元无门槛券,已经发到您账户里了,表达一下歉意。", 15)
    assert reply_chars(PLAN) < PAD_CHARS["zh"] < reply_chars(PLAN + turn.trainee_text)
    # the plan and the coupon together: wants_answer -> needs_plan -> wrap_up (one hop)
    assert turn.doubt is None and session.node == "wrap_up", turn
    assert [m.name for m in turn.moves] == ["offer_compensation", "offer_solution"]
    assert turn.moves[1].evidence == "补发"  # the trainee's own words, from the earlier reply
    later = session.reply("明天中午前我把单号发您。", 15)
    assert "offer_solution" not in later.move_names  # read with one reply only, once


def test_without_a_doubt_the_next_reply_is_read_alone(keywords) -> None:
    session = Session(SCRIPTS["late_delivery_angry"], 0)
    session.reply("王女士,真的非常抱歉。", 10)
    session.reply("中通那边我刚催过了,赖您没填对地址。", 20)  # sure: judged, not asked about
    turn = session.reply("另外给您一张20元券。", 15)
    assert turn.move_names == ("offer_compensation",)


def test_a_guessed_blame_in_the_asked_about_reply_is_not_added(keywords) -> None:
    session = Session(SCRIPTS["late_delivery_angry"], 0)
    session.reply("王女士,真的非常抱歉。", 10)
    assert session.reply("这个也不能全怪您吧", 20).doubt == "unsure"
    turn = session.reply("另外给您一张20元券。", 15)
    assert "negation_or_blame" not in turn.move_names


def test_replies_she_asked_about_are_not_counted_as_turns(keywords) -> None:
    base = SCRIPTS["late_delivery_angry"]
    start = base.node_map[base.start]
    quick = Transition(when=When(any_of=["apology"], condition="turn <= 1"), goto="wants_answer")
    node = start.model_copy(update={"transitions": [quick]})
    nodes = [node if n.id == start.id else n for n in base.nodes]
    script = base.model_copy(update={"nodes": nodes})
    session = Session(script, 0)
    assert session.reply("物流那边的情况", 5).doubt == "unsure"
    assert session.reply("物流那边是这个情况", 5).doubt == "unsure"
    turn = session.reply("真的非常抱歉", 5)  # the third reply, the first she could read
    assert turn.doubt is None and session.node == "wants_answer", turn


def test_an_offer_she_asked_about_counts_once_against_authority(keywords) -> None:
    """Compliance judged the asked-about reply on its turn; read again with the next reply, its
    20-yuan coupon must not run the total to 40 over the 30-yuan limit."""
    session = Session(SCRIPTS["late_delivery_angry"], 0)
    session.reply("王女士,真的非常抱歉。", 10)
    asked = session.reply("这边再送您一份心意。", 20)
    assert asked.doubt == "unsure" and not asked.violations
    turn = session.reply("让您久等了,实在抱歉。", 15)
    assert "offer_compensation" in turn.move_names and not turn.violations, turn.violations
    assert not session.scorecard().blocked
