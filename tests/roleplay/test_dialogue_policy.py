"""The dialogue's policy (issue 10): doubt out loud, lines that answer what was said, a pass
only when the customer was served, padding, typing speed, language, authority that holds."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from simulator.common.errors import InputError
from simulator.roleplay.compliance import Granted, compliance_violations, hands_over, off_platform
from simulator.roleplay.copying import model_answers
from simulator.roleplay.customer_lines import line_ok, line_text
from simulator.roleplay.moves import Move, Reading, classify
from simulator.roleplay.nodes import TaggedLine, When
from simulator.roleplay.practice import Practice
from simulator.roleplay.script import list_scripts
from simulator.roleplay.session import Session, load_transcript, replay

SCRIPTS = {s.id: s for s in list_scripts()}
TRANSCRIPTS = Path(__file__).parent / "transcripts"

# -- the customer answers what was said ------------------------------------------------------
#: Words in a customer line that refer to something the agent said, and what it must have said.
REFERS = {
    "zh": [
        (r"券", "coupon"),
        (r"退款|退钱", "refund"),
        (r"主管|经理|法务|领导|上级", "escalate_to_supervisor"),
        (r"换新|换货|换L|换是换|^换[??]|先换|换了|新的|新机|新裙子", "exchange_or_upsell_offer"),
        (r"补发", "offer_solution"),
        (r"^(才|就)?\d+(块|元)|才这|这点钱", "offer_compensation"),
    ],
    "en": [
        (r"(?i)coupon|voucher", "coupon"),
        (r"(?i)refund|money back", "refund"),
        (r"(?i)supervisor|manager|legal", "escalate_to_supervisor"),
        (r"(?i)replacement|new pair|exchange|the new one|swap", "exchange_or_upsell_offer"),
        (r"(?i)^(only )?[¥$]?\d+ ?(yuan|rmb)?\?", "offer_compensation"),
    ],
}


def _refers(text: str, lang: str) -> set[str]:
    return {tag for pattern, tag in REFERS[lang] if re.search(pattern, text)}


def _guaranteed(when: When) -> set[str]:
    """What every reply firing ``when`` has said."""
    out = set()
    for item in when.all_of:
        options = set(item) if isinstance(item, list) else {item}
        if len(options) == 1:
            out |= options
    if len(set(when.any_of)) == 1:
        out |= set(when.any_of)
    if when.compensation and re.search(r">\s*=?\s*\d", when.compensation):
        out.add("offer_compensation")
    return out


def _answers(script, transition) -> list:
    if transition.say:
        return list(transition.say)
    if transition.ending:
        return []
    return list(script.node_map[transition.goto].say or [])


@pytest.mark.parametrize("script_id", sorted(SCRIPTS))
def test_no_customer_line_presupposes_what_the_reply_did_not_say(script_id: str) -> None:
    """Every transition of every shipped script: a line the customer may answer with that
    refers to a coupon, a refund, a supervisor, an exchange... is either guaranteed by the
    transition's conditions or tagged ``requires`` (checked at run time against the replies)."""
    script = SCRIPTS[script_id]
    bad = []
    for node in script.nodes:
        for t in [*node.transitions, *script.interrupts]:
            sure = _guaranteed(t.when)
            for variant in _answers(script, t):
                if isinstance(variant, TaggedLine):
                    continue  # reviewed: its requirements are checked when the line is chosen
                for message in line_text(variant):
                    missing = _refers(message, script.lang) - sure
                    if missing:
                        bad.append(f"{node.id} -> {t.goto or t.ending}: {message} {missing}")
    assert not bad, bad


@pytest.mark.parametrize("script_id", sorted(SCRIPTS))
def test_no_last_words_presuppose_what_the_conversation_did_not_say(script_id: str) -> None:
    """The endings too: the customer's last words refer only to what every transition into that
    ending guarantees (nothing for ``customer_left``, reached when patience runs out), or are
    tagged: ``requires`` checked against the whole conversation, or ``requires: []`` for her own
    demand ("退款!")."""
    script = SCRIPTS[script_id]
    bad = []
    for name, ending in script.endings.items():
        whens = [t.when for n in script.nodes for t in n.transitions if t.ending == name]
        whens += [t.when for t in script.interrupts if t.ending == name]
        sure = set.intersection(*map(_guaranteed, whens)) if whens else set()
        if name == "customer_left":
            sure = set()
        for variant in ending.say:
            if isinstance(variant, TaggedLine):
                continue
            for message in line_text(variant):
                missing = _refers(message, script.lang) - sure
                if missing:
                    bad.append(f"{name}: {message} {missing}")
    assert not bad, bad


def test_last_words_follow_the_whole_conversation() -> None:
    """wrong_size_exchange ends happy after a refund: she never says she waits for the new
    dress; after an exchange offered on an earlier turn she may."""
    script = SCRIPTS["wrong_size_exchange"]
    happy = [script.endings["resolved_happy"].say]
    refund = (Move("offer_compensation", "退您差价20元", 0, 20.0, "refund"),)
    before, after = set(), set()
    for seed in range(30):
        session = Session(script, seed)
        before |= set(session._answer(happy, refund))
        session.reply("非常抱歉发错了,马上给您换L码,今天顺丰发出", 20)
        assert "exchange_or_upsell_offer" in session.turns[-1].move_names
        after |= set(session._answer(happy, refund))
    assert not any("新裙子" in line for line in before), before
    assert any("新裙子" in line for line in after), after


def test_an_ending_needs_words_for_any_conversation() -> None:
    from simulator.roleplay.script_schema import Ending

    consequence = {"text": "x"}
    Ending(say=[{"say": "退款!", "requires": []}], consequence=consequence)
    with pytest.raises(ValueError, match="give one without"):
        Ending(
            say=[{"say": "那我等新裙子", "requires": ["exchange_or_upsell_offer"]}],
            consequence=consequence,
        )
    with pytest.raises(ValueError, match="give one without"):
        Ending(say=[{"say": "把钱退我!", "unless": ["refund"]}], consequence=consequence)


def test_tagged_lines_are_chosen_only_when_the_conversation_had_it() -> None:
    coupon = TaggedLine(say="券我不稀罕!", requires=["coupon"])
    refund = [Move("offer_compensation", "全额退款给您", 0, None, "full_refund")]
    assert not line_ok(coupon, refund)
    assert line_ok(coupon, [Move("offer_compensation", "送您20元券", 0, 20.0, "coupon")])
    assert line_ok(TaggedLine(say="退款是应该的", requires=["refund"]), refund)


def test_a_line_with_unless_is_not_chosen_once_the_conversation_had_it() -> None:
    asks = TaggedLine(say="那米粉的钱怎么算?", unless=["refund"])
    assert line_ok(asks, [Move("escalate_to_supervisor", "转给专员", 0)])
    assert not line_ok(asks, [Move("offer_compensation", "全额退款给您", 0, None, "full_refund")])
    with pytest.raises(ValueError, match="unknown requirement 'voucher'"):
        TaggedLine(say="券呢?", unless=["voucher"])


@pytest.mark.parametrize("seed", range(8))
def test_the_money_refunded_is_not_asked_for_again(seed: int) -> None:
    """food_safety_escalation: the can refunded on the way to the costs question, the customer
    asks about the doctor's bill only, never for the can's money."""
    session = Session(SCRIPTS["food_safety_escalation"], seed)
    session.reply("宝宝现在怎么样?这罐先别喂了,真的对不起让您担心。方便拍一下罐底的批次号吗?", 20)
    turn = session.reply(
        "收到。这罐89元我先全额退款给您,同时升级给食品安全专员,同批次库存立即冻结停止发货,"
        "专员24小时内给您回电话。",
        25,
    )
    assert session.node == "costs", (session.node, turn.move_names)
    assert not any("米粉的钱" in line or "米粉钱," in line for line in turn.customer_lines)


@pytest.mark.parametrize("seed", range(8))
def test_a_refund_reply_is_not_answered_about_a_coupon(seed: int) -> None:
    """The issue's case: after "...不用退货直接全额退款给您" the customer said "券我不稀罕!"."""
    session = Session(SCRIPTS["late_delivery_angry"], seed)
    session.reply("王女士您好,真的非常抱歉,我理解您着急,我马上帮您查一下物流", 10)
    turn = session.reply("我保证明天一定送到,如果到不了,不用退货直接全额退款给您", 20)
    assert "offer_compensation" in turn.move_names
    assert not any("券" in line for line in turn.customer_lines), turn.customer_lines


# -- doubt out loud ---------------------------------------------------------------------------
@pytest.mark.parametrize("read", [[], [Move("off_topic", "物流那边的情况", 0)]])
def test_an_unsure_reading_makes_the_customer_ask_without_anger_or_penalty(
    monkeypatch, read
) -> None:
    """Nothing read, or only off_topic in a reply that mentions the order (物流): she asks."""
    monkeypatch.setattr(
        "simulator.roleplay.session.read_reply",
        lambda text, lang=None: Reading(tuple(read), True, "zh", {}, ()),
    )
    script = SCRIPTS["late_delivery_angry"]
    session = Session(script, 0)
    before = session.state
    turn = session.reply("物流那边的情况", 5)
    assert turn.doubt == "unsure"
    assert session.state == before and session.node == script.start
    assert turn.customer_lines and not turn.finished
    turn2 = session.reply("物流那边是这个情况", 5)
    assert turn2.doubt == "unsure" and session.state == before
    turn3 = session.reply("物流这边的情况是这样", 5)  # after two in a row: judged as usual
    assert turn3.doubt is None and session.state != before
    card = session.scorecard()
    assert card.flags["unsure"] == (1, 2)
    assert all(p.turn not in (1, 2) for p in card.penalties)


def test_a_reply_in_the_wrong_language_makes_the_customer_ask_for_the_shops_language() -> None:
    zh = Session(SCRIPTS["late_delivery_angry"], 0)
    before = zh.state
    turn = zh.reply("So sorry about the delay, let me check the parcel for you now.", 5)
    assert turn.doubt == "wrong_language" and zh.state == before
    assert any("中文" in line for line in turn.customer_lines)
    card = zh.scorecard()
    assert card.flags["wrong_language"] == (1,)
    assert any(p.move == "wrong_language" for p in card.penalties)
    en = Session(SCRIPTS["en_late_delivery_angry"], 0)
    turn = en.reply("非常抱歉让您久等了,我马上帮您查一下物流", 5)
    assert turn.doubt == "wrong_language"
    assert any("English" in line for line in turn.customer_lines)
    ok = Session(SCRIPTS["late_delivery_angry"], 0).reply("亲,非常抱歉,单号我OK了马上查", 5)
    assert ok.doubt is None  # a Latin word inside a Chinese reply is fine


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_empty_replies_are_refused_by_the_api(text: str) -> None:
    script = SCRIPTS["late_delivery_angry"]
    with pytest.raises(InputError):
        Session(script, 0).reply(text, 5)
    practice = Practice(None, "ann", script)
    with pytest.raises(InputError):
        practice.reply(text, 5)
    assert practice.turn_count == 0


# -- a pass means the customer was served ------------------------------------------------------
STUFF = "亲,真的非常抱歉,非常理解您的心情,这完全是我们的责任,给您添麻烦了,实在对不起"
EN_STUFF = (
    "I'm so sorry, I completely understand how frustrating this is, and it is entirely our"
    " fault. I apologise."
)


@pytest.mark.parametrize(
    ("script_id", "text"),
    [
        ("late_delivery_angry", STUFF),
        ("late_delivery_angry", STUFF + ",我帮您查一下,明天给您回复"),
        ("defect_refund_compensation", STUFF + ",我帮您查一下,明天给您回复"),
        ("vip_repeat_problems", STUFF),
        ("en_late_delivery_angry", EN_STUFF + " Let me check and I'll get back to you tomorrow."),
        ("en_defect_refund", EN_STUFF),
    ],
)
def test_stuffing_without_solving_scores_under_50_and_never_passes(script_id, text) -> None:
    card = replay(SCRIPTS[script_id], [(text, 10)] * 12)
    assert card.ending not in ("resolved_happy", "resolved_neutral")
    assert card.total < 50 and not card.passed
    assert "not_served" in card.flags


def test_repeated_soothing_without_progress_earns_nothing_after_the_first() -> None:
    script = SCRIPTS["late_delivery_angry"]
    session = Session(script, 0)
    first = session.reply(STUFF, 10)
    # worded differently each time (the same words again are a repeat: turn_checks.repeats)
    second = session.reply("真的很抱歉,让您着急了,是我们的问题,非常理解您的感受", 10)
    session.reply("实在不好意思,给您添麻烦了,都是我们的错,我能体会您有多生气", 10)
    assert first.state["anger"] < first.state_before["anger"]  # the first apology calms her
    assert second.state["anger"] >= second.state_before["anger"]  # the same again does not
    card = session.scorecard()
    # she is upset again by the third: soothing that earns nothing leaves it unsoothed
    assert any(p.move == "repeated:soothing" and p.turn == 3 for p in card.penalties)


@pytest.mark.parametrize("text", [".", "嗯", "好的"])
def test_sessions_without_engagement_collect_no_free_points(text: str) -> None:
    card = replay(SCRIPTS["late_delivery_angry"], [(text, 5)] * 12)
    for dim in ("no_blame", "timeliness", "compliance"):
        assert card.dimensions[dim].score == 0, dim
    assert card.total <= 5


def test_no_session_passes_with_the_customer_gone() -> None:
    for path in sorted(TRANSCRIPTS.glob("*_good.yaml")):
        script = SCRIPTS[path.stem.rsplit("_", 1)[0]]
        replies = load_transcript(path)
        card = replay(script, replies[:-1])  # the last reply missing: the customer leaves
        if card.ending not in ("resolved_happy", "resolved_neutral"):
            assert not card.passed, path.name


def test_excellent_beats_mediocre_by_ten() -> None:
    script = SCRIPTS["late_delivery_angry"]
    good = replay(script, load_transcript(TRANSCRIPTS / "late_delivery_angry_good.yaml"))
    mediocre = replay(
        script,
        [
            ("您好,我帮您查一下物流", 40),
            ("包裹在济南转运中心,我给您顺丰补发一件,另外给您一张20元优惠券", 70),
            ("好的", 30),
        ],
    )
    assert good.passed
    assert good.total >= mediocre.total + 10, (good.total, mediocre.total)


# -- padding and typing speed ----------------------------------------------------------------------
def test_a_wall_of_text_each_turn_does_not_pass() -> None:
    script = SCRIPTS["late_delivery_angry"]
    answers = "".join(model_answers(script))
    wall = (answers * (2000 // len(answers) + 1))[:2000]
    card = replay(script, [(wall, 60)] * 12)
    assert not card.passed
    assert card.turns[0].doubt == "too_long"
    assert card.flags["padding"]


def test_a_long_reply_is_marked_down_on_structure() -> None:
    script = SCRIPTS["late_delivery_angry"]
    replies = load_transcript(TRANSCRIPTS / "late_delivery_angry_good.yaml")
    plain = replay(script, replies)
    padded_text = replies[0][0] + "。" + "我们一直非常重视每一位顾客的购物体验" * 12
    assert 200 < len(padded_text) <= 400
    padded = replay(script, [(padded_text, replies[0][1]), *replies[1:]])
    assert padded.dimensions["structure"].score < plain.dimensions["structure"].score
    assert any(p.move == "padding" and p.turn == 1 for p in padded.penalties)


def test_implausibly_fast_typing_is_flagged() -> None:
    script = SCRIPTS["late_delivery_angry"]
    replies = load_transcript(TRANSCRIPTS / "late_delivery_angry_good.yaml")
    fast = replay(script, [(text, 0.5) for text, _s in replies])
    assert fast.flags["implausible_timing"] == tuple(range(1, len(fast.turns) + 1))
    normal = replay(script, replies)
    assert "implausible_timing" not in normal.flags


# -- authority that holds ------------------------------------------------------------------------
def _violations(script_id: str, text: str, granted: Granted | None = None) -> list:
    script = SCRIPTS[script_id]
    return compliance_violations(script, text, tuple(classify(text, script.lang)), granted)


def test_supervisor_words_exempt_only_a_real_handover() -> None:
    sid = "compensation_above_authority"
    assert _violations(sid, "我帮您申请主管审批,给您补偿100元") == []
    assert _violations(sid, "不用找主管了,我直接赔您100元")
    moves = tuple(classify("不用找主管了,我直接赔您100元", "zh"))
    assert not hands_over("不用找主管了,我直接赔您100元", moves, "zh")


def test_authority_is_checked_on_the_running_total() -> None:
    granted = Granted()
    sid = "late_delivery_angry"  # coupons up to 30 yuan
    assert _violations(sid, "给您发一张20元无门槛优惠券", granted) == []
    second = _violations(sid, "再给您发一张20元优惠券", granted)
    assert second and "40" in second[0].reason
    # naming the same coupon again is not a second one
    again = Granted()
    _violations(sid, "给您发一张20元无门槛优惠券", again)
    assert _violations(sid, "那张20元优惠券已经给您发了", again) == []


def test_money_refunded_after_a_full_refund_is_compensation_within_the_limit() -> None:
    """Once the whole price is refunded, more refunded money is compensation on top of it:
    judged against the refund limit (20 yuan here), not as the order's money refunded twice."""
    sid = "defect_refund_compensation"  # 399 yuan, full refund allowed, refunds up to 20
    granted = Granted()
    assert _violations(sid, "给您办全额退款399元", granted) == []
    assert _violations(sid, "我能直接给的是20元补偿,和退款一起原路退给您", granted) == []
    over = Granted()
    _violations(sid, "给您办全额退款399元", over)
    assert _violations(sid, "再额外退您50元作为补偿", over)


def test_money_outside_the_platform_is_a_breach() -> None:
    assert _violations("late_delivery_angry", "我用支付宝转您20元作为补偿")
    assert _violations(
        "en_late_delivery_angry", "I'll send you 10 yuan by Alipay to make up for it"
    )
    # the reader's own channel wins when moves carry one
    assert off_platform(
        SimpleNamespace(name="offer_compensation", channel="alipay", evidence=""), "zh"
    )
    assert not off_platform(
        SimpleNamespace(name="offer_compensation", channel=None, evidence="支付宝转您"), "zh"
    )


# -- copying ---------------------------------------------------------------------------------
def test_a_copied_model_answer_is_flagged_in_the_scorecard() -> None:
    script = SCRIPTS["late_delivery_angry"]
    first = script.node_map[script.start].model_answers[0].text
    card = replay(script, [(first, 20)])
    assert card.copied_turns == (1,) and card.flags["copied"] == (1,)


def test_moves_the_reader_doubts_make_the_customer_ask_only_when_nothing_else_was_read():
    from simulator.roleplay.turn_checks import doubt_of

    sure = Move("apology", "抱歉", 0)
    guess = Move("explain_cause", "仓库那边", 3)
    assert doubt_of("抱歉,仓库那边", (guess,), "zh", ("explain_cause",)) == "unsure"
    assert doubt_of("抱歉,仓库那边", (sure, guess), "zh", ("explain_cause",)) is None
    assert doubt_of("抱歉,仓库那边", (sure, guess), "zh", ()) is None


def test_last_words_on_a_doubt_turn_follow_the_conversation_too() -> None:
    """She leaves over replies too long to read (doubt turns): her last words are chosen as on
    any other turn, so a line about a coupon only once a coupon was offered in a reply she read."""
    from simulator.roleplay.script_schema import Ending

    script = SCRIPTS["late_delivery_angry"]
    left = script.endings["customer_left"]
    tagged = Ending(
        say=[{"say": "券我不要了,再见。", "requires": ["coupon"]}, "算了。"],
        consequence=left.consequence,
    )
    script = script.model_copy(update={"endings": {**script.endings, "customer_left": tagged}})
    wall = "我们一定认真处理您的问题," * 80
    last: dict[str, set[str]] = {}
    for first in ("您好,我帮您查一下物流", "您好,给您一张10元优惠券"):
        for seed in range(12):
            session = Session(script, seed)
            session.reply(first, 20)
            for _ in range(script.max_turns):
                turn = session.reply(wall, 200)
                if turn.finished:
                    break
            assert turn.ending == "customer_left" and turn.doubt == "too_long", turn
            last.setdefault(first, set()).update(turn.customer_lines)
    assert last["您好,我帮您查一下物流"] == {"算了。"}
    assert "券我不要了,再见。" in last["您好,给您一张10元优惠券"]
