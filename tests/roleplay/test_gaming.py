"""Walk-arounds of the scorer (issue 10, "the scorer can be gamed"), each played through the
public API on several shipped scripts: stuffing without solving stays under 50, no pass with the
customer gone or unserved, the authority walk-arounds are compliance breaches.

Every test here failed (or would fail) on the scorer before the fix it guards; the controls
(`test_the_good_transcripts_still_pass`, the real handover) make sure the fixes do not simply
fail everything."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.common.errors import InputError
from simulator.roleplay.assignments import counts_as_pass
from simulator.roleplay.compliance import Granted, compliance_violations
from simulator.roleplay.moves import classify
from simulator.roleplay.practice import Practice
from simulator.roleplay.scoring import PASS_MARK
from simulator.roleplay.script import list_scripts
from simulator.roleplay.session import Session, load_transcript, replay
from simulator.roleplay.turn_checks import doubt_lines

SCRIPTS = {s.id: s for s in list_scripts()}
TRANSCRIPTS = Path(__file__).parent / "transcripts"
ZH = ("late_delivery_angry", "defect_refund_compensation", "compensation_above_authority")
EN = ("en_late_delivery_angry", "en_defect_refund", "en_wrong_size_exchange")
RESOLVING = ("resolved_happy", "resolved_neutral")

STUFF = {
    "zh": "亲,真的非常抱歉,非常理解您的心情,这完全是我们的责任,给您添麻烦了,实在对不起",
    "en": "I'm so sorry, I completely understand how frustrating this is, and it is entirely our"
    " fault. I apologise.",
}
CHECK = {
    "zh": ",我帮您查一下,明天给您回复",
    "en": " Let me check and I'll get back to you tomorrow.",
}
#: The same stuffing worded differently each turn (a repeat is caught on its own).
VARIED = {
    "zh": [
        "亲,真的非常抱歉,非常理解您的心情,这完全是我们的责任,我帮您查一下,明天给您回复",
        "实在对不起,让您着急了,是我们没做好,我再帮您看看,明天答复您",
        "非常抱歉给您添麻烦了,理解您的感受,都是我们的问题,我核实一下,明天下午回复您",
        "真的很抱歉,您的心情我完全理解,责任在我们,我去确认一下,今天晚上给您答复",
        "抱歉抱歉,换我也会生气,是我们的失误,我帮您跟进一下,明早联系您",
        "给您道歉了,我特别理解,这是我们的错,我这边了解一下情况,后天前回复您",
    ],
    "en": [
        "I'm so sorry, I completely understand how frustrating this is, it's entirely our fault."
        " Let me check and I'll get back to you tomorrow.",
        "Really sorry about this, I get how annoying it is, that's on us. I'll look into it and"
        " reply tomorrow.",
        "My apologies, I understand your frustration, this is our mistake. Let me find out and get"
        " back to you by tonight.",
        "I'm very sorry, that must be so frustrating, we got this wrong. I'll investigate and"
        " update you tomorrow morning.",
        "Sorry again, I totally understand, our fault entirely. I'll take a look and get back to"
        " you in a day.",
        "So sorry for the trouble, I hear you, it's on us. Let me check with the team and reply by"
        " Friday.",
    ],
}


def _lang(script_id: str) -> str:
    return SCRIPTS[script_id].lang


def _good(script_id: str) -> list[tuple[str, float]]:
    return load_transcript(TRANSCRIPTS / f"{script_id}_good.yaml")


def _cycle(texts: list[str], seconds: float = 20, n: int = 12) -> list[tuple[str, float]]:
    return [(texts[i % len(texts)], seconds) for i in range(n)]


def _assert_unserved(card) -> None:
    assert not card.passed, (card.total, card.ending)
    assert card.total < 50, (card.total, card.ending)
    assert "not_served" in card.flags


# -- controls: the fixes must not fail real service -----------------------------------------------
@pytest.mark.parametrize("script_id", ZH + EN)
def test_the_good_transcripts_still_pass(script_id: str) -> None:
    card = replay(SCRIPTS[script_id], _good(script_id))
    assert card.passed and card.total >= PASS_MARK, (card.total, card.ending, card.penalties)
    assert not card.blocked and "not_served" not in card.flags


# -- stuffing ------------------------------------------------------------------------------------
@pytest.mark.parametrize("script_id", ZH + EN)
@pytest.mark.parametrize("form", ["stuffed", "stuffed+check+tomorrow", "varied+check+tomorrow"])
def test_stuffing_without_solving_scores_under_50(script_id: str, form: str) -> None:
    lang = _lang(script_id)
    replies = {
        "stuffed": [(STUFF[lang], 10)] * 12,
        "stuffed+check+tomorrow": [(STUFF[lang] + CHECK[lang], 10)] * 12,
        "varied+check+tomorrow": _cycle(VARIED[lang]),
    }[form]
    _assert_unserved(replay(SCRIPTS[script_id], replies))


@pytest.mark.parametrize("script_id", ["en_wrong_size_exchange", "wrong_size_exchange"])
def test_a_script_closed_by_empty_checks_is_not_a_served_customer(script_id: str) -> None:
    """The return path of the size scripts closes on any next step: "let me check" reached
    resolved_neutral and passed at 96 though nothing was solved."""
    card = replay(SCRIPTS[script_id], _cycle(VARIED[_lang(script_id)]))
    assert card.ending in RESOLVING  # the script did close...
    _assert_unserved(card)  # ...but the customer got nothing
    assert any(p.move == "no_solution" for p in card.penalties)


@pytest.mark.parametrize("script_id", ZH + EN)
def test_a_wall_of_every_move_each_turn_does_not_pass(script_id: str) -> None:
    if _lang(script_id) == "zh":
        base = (
            "亲您好,非常抱歉,非常理解您的心情,这是我们的责任。请问具体是什么情况?原因是仓库发货"
            "出错了。我马上给您补发,再给您一张10元优惠券,我明天中午12点前回复您,谢谢您的反馈。"
        )
    else:
        base = (
            "Hi, I'm so sorry, I understand how frustrating this is, it's our fault. Could you tell"
            " me what happened? The warehouse made a mistake. I'll send a replacement today and add"
            " a 10 yuan coupon, and I'll update you by 6 pm tomorrow. Thanks for your feedback. "
        )
    wall = (base * (2000 // len(base) + 1))[:2000]
    card = replay(SCRIPTS[script_id], [(wall, 60)] * 12)
    assert not card.passed and card.total < 50
    assert card.turns[0].doubt == "too_long" and card.flags["padding"]


# -- copying and repeating -----------------------------------------------------------------------
def _play_model_answers(script_id: str):
    script = SCRIPTS[script_id]
    session = Session(script, 0)
    used: list[str] = []
    while not session.finished and len(session.turns) < 12:
        answers = [a.text for a in script.node_map[session.node].model_answers]
        text = next((a for a in answers if a not in used), answers[-1])
        used.append(text)
        session.reply(text, 25)
    return session.scorecard()


@pytest.mark.parametrize("script_id", ZH + EN)
def test_copying_the_model_answers_is_flagged_and_never_counts(script_id: str) -> None:
    card = _play_model_answers(script_id)
    assert card.copied_turns == tuple(t.index for t in card.turns if t.doubt is None)
    assert card.flags["copied"] == card.copied_turns
    assert not counts_as_pass(card.total, card.passed, len(card.copied_turns), PASS_MARK)


@pytest.mark.parametrize(
    ("script_id", "which"),
    [
        ("en_wrong_size_exchange", 1),  # passed at 86 in four turns of the same words
        ("en_defect_refund", 1),  # reached resolved_neutral at 59
        ("late_delivery_angry", 0),
        ("defect_refund_compensation", 1),
        ("en_late_delivery_angry", 0),
    ],
)
def test_repeating_one_good_reply_every_turn_does_not_pass(script_id: str, which: int) -> None:
    text = _good(script_id)[which][0]
    card = replay(SCRIPTS[script_id], [(text, 40)] * 12)
    assert not card.passed and card.total < 50, (card.total, card.ending)
    assert card.flags["repeated"][0] == 2
    second = card.turns[1]
    assert second.doubt == "repeated" and second.next_node == second.node  # no step forward
    assert second.state["patience"] == second.state_before["patience"] - 1


@pytest.mark.parametrize("script_id", ZH + EN)
def test_echoing_the_customers_own_words_does_not_pass(script_id: str) -> None:
    opening = SCRIPTS[script_id].opening[0]
    text = opening if isinstance(opening, str) else "".join(opening)
    card = replay(SCRIPTS[script_id], [(text, 15)] * 12)
    assert not card.passed and card.total < 25, card.total


# -- empty, blank and wrong-language replies -------------------------------------------------------
@pytest.mark.parametrize("script_id", ZH[:2] + EN[:1])
@pytest.mark.parametrize(
    "text", ["", "  \n", "\u3000", "\u200b", "\u200b\u2060\ufeff", "\u200d \t"]
)
def test_blank_replies_are_refused_by_the_api(script_id: str, text: str) -> None:
    with pytest.raises(InputError):
        Session(SCRIPTS[script_id], 0).reply(text, 5)
    practice = Practice(None, "ann", SCRIPTS[script_id])
    with pytest.raises(InputError):
        practice.reply(text, 5)
    assert practice.turn_count == 0


@pytest.mark.parametrize("script_id", ZH + EN)
def test_a_reply_in_the_other_language_is_flagged_and_asked_about(script_id: str) -> None:
    lang = _lang(script_id)
    other = "en" if lang == "zh" else "zh"
    session = Session(SCRIPTS[script_id], 0)
    turn = session.reply(STUFF[other] + CHECK[other], 20)
    assert turn.doubt == "wrong_language"
    assert turn.state["anger"] == turn.state_before["anger"]
    asks = {
        m for v in doubt_lines("wrong_language", lang) for m in ([v] if isinstance(v, str) else v)
    }
    assert set(turn.customer_lines) <= asks
    card = replay(SCRIPTS[script_id], [(STUFF[other] + CHECK[other], 20)] * 12)
    assert not card.passed and card.total == 0 and card.flags["wrong_language"]


@pytest.mark.parametrize("script_id", ZH)
def test_mixing_languages_does_not_pass(script_id: str) -> None:
    text = "Sorry 亲 so sorry, 我们 will check, tomorrow 回复 you"
    card = replay(SCRIPTS[script_id], [(text, 20)] * 12)
    assert not card.passed and card.total < 50


@pytest.mark.parametrize("script_id", ZH + EN)
def test_emoji_only_replies_earn_nothing(script_id: str) -> None:
    card = replay(SCRIPTS[script_id], [("🙏🙏😭💐", 5)] * 12)
    assert not card.passed and card.total <= 5


# -- conditional promises and sarcasm -----------------------------------------------------------
CONDITIONAL = {
    "zh": "非常抱歉,这是我们的责任。如果您愿意等的话,我可以考虑给您补发;如果仓库有货的话,我明天回复您",
    "en": "I'm sorry, this is our fault. If you're willing to wait, I could maybe send a"
    " replacement; if stock allows, I'll reply tomorrow.",
}
SARCASM = {
    "zh": "哦,那真是太抱歉了呢,您可真难伺候,我们的责任行了吧,给您补发行不行",
    "en": "Oh, I'm SO sorry, aren't you a delight. Fine, it's our fault, I'll send a replacement,"
    " happy now?",
}


@pytest.mark.parametrize("script_id", ZH + EN)
@pytest.mark.parametrize("kind", ["conditional", "sarcasm"])
def test_conditional_promises_and_sarcasm_every_turn_do_not_pass(script_id, kind) -> None:
    text = (CONDITIONAL if kind == "conditional" else SARCASM)[_lang(script_id)]
    card = replay(SCRIPTS[script_id], [(text, 30)] * 12)
    assert not card.passed and card.total < 50, (card.total, card.ending)


# -- the customer gone, pasted replies --------------------------------------------------------------
@pytest.mark.parametrize("script_id", ZH + EN)
def test_no_pass_with_the_customer_gone(script_id: str) -> None:
    card = replay(SCRIPTS[script_id], _good(script_id)[:-1])
    assert card.ending not in RESOLVING
    _assert_unserved(card)


@pytest.mark.parametrize("script_id", ZH + EN)
def test_pasting_replies_faster_than_anyone_types_is_flagged(script_id: str) -> None:
    card = replay(SCRIPTS[script_id], [(t, 0.5) for t, _s in _good(script_id)])
    assert card.flags["implausible_timing"] == tuple(t.index for t in card.turns)


# -- authority that holds -----------------------------------------------------------------------
def _breaches(script_id: str, text: str, granted: Granted | None = None) -> list:
    script = SCRIPTS[script_id]
    moves = tuple(classify(text, script.lang))
    return compliance_violations(script, text, moves, granted)


OVER_LIMIT_WITH_SUPERVISOR_WORDS = {
    "zh": [
        "不用找主管了,我直接赔您300元",
        "主管那边就不麻烦了,我直接赔您300元",
        "主管就不找了,直接赔您300元",
        "我帮您问一下物流。主管就不找了,直接赔您300元",  # a handover word elsewhere
        "我会反馈给主管,不过我现在先直接赔您300元",  # handed over, then given anyway
    ],
    "en": [
        "No need to involve a supervisor, I'll give you 300 yuan myself.",
        "Let's skip the manager, I'll pay you 300 yuan right now.",
    ],
}


@pytest.mark.parametrize("script_id", ZH + EN)
def test_supervisor_words_next_to_an_over_limit_offer_are_a_breach(script_id: str) -> None:
    for text in OVER_LIMIT_WITH_SUPERVISOR_WORDS[_lang(script_id)]:
        assert _breaches(script_id, text), text
        card = replay(SCRIPTS[script_id], [(text, 20)])
        assert card.blocked and not card.passed, text


@pytest.mark.parametrize("script_id", ZH)
def test_a_real_handover_still_exempts_the_offer(script_id: str) -> None:
    assert _breaches(script_id, "我帮您申请主管审批,给您补偿300元") == []
    assert _breaches(script_id, "我帮您申请主管特批300元补偿,批下来直接打到您的账户") == []


AMOUNT_FORMS = [
    "给您补偿叁佰元",
    "补偿您贰佰伍拾元",
    "赔您0.1万",
    "赔您1千块",
    "我们三倍赔偿给您",  # a multiple of the price, with no amount named
    "我们退一赔三",
    "假一赔十,赔给您",
    "给您补偿。三百元。",  # the amount in a clause of its own
    "这样吧,三百,算我们赔您的",
    "补偿金额:300",  # a bare number after 金额
]


@pytest.mark.parametrize("script_id", ZH)
@pytest.mark.parametrize("text", AMOUNT_FORMS)
def test_amounts_in_any_form_are_held_to_the_limit(script_id: str, text: str) -> None:
    assert _breaches(script_id, text)


EN_AMOUNT_FORMS = [
    "We'll compensate you three times the price.",
    "I'll compensate you. 300 yuan.",
    "I'll give you three hundred yuan as compensation.",  # a number in words
]


@pytest.mark.parametrize("script_id", EN)
@pytest.mark.parametrize("text", EN_AMOUNT_FORMS)
def test_english_amounts_in_any_form_are_held_to_the_limit(script_id: str, text: str) -> None:
    assert _breaches(script_id, text)


def test_a_multiple_of_the_price_is_valued_in_the_session() -> None:
    card = replay(SCRIPTS["late_delivery_angry"], [("非常抱歉,我们三倍赔偿给您", 20)])
    offer = next(m for m in card.turns[0].moves if m.name == "offer_compensation")
    assert offer.amount_yuan == 3 * 599
    assert card.blocked and "1797" in card.block_reasons[0]


OFF_PLATFORM = {
    "zh": [
        "我用支付宝转您20元作为补偿",
        "加我微信,我私下给您发个20元红包",
        "微信转您20",
        "快递员上门时现金给您20元",
        "您把银行卡号发我,我给您打20元补偿",
        "zfb转您20",
        "私下给您转20块,别给差评",
    ],
    "en": [
        "I'll send you 20 yuan by Alipay to make up for it.",
        "I'll transfer 20 yuan to your WeChat.",
        "The courier will hand you 20 yuan in cash.",
        "Send me your bank details and I'll wire you 20 yuan.",
        "I'll PayPal you 20 dollars.",
    ],
}


@pytest.mark.parametrize("script_id", ZH + EN)
def test_money_outside_the_platform_is_a_breach(script_id: str) -> None:
    for text in OFF_PLATFORM[_lang(script_id)]:
        card = replay(SCRIPTS[script_id], [(text, 20)])
        assert card.blocked and not card.passed, text


SPLITS = {
    # (script, replies each within the limit alone, over it together)
    "late_delivery_angry": ["给您发一张20元优惠券", "再给您发一张20元优惠券"],
    "defect_refund_compensation": ["补偿您15元", "再补偿您15元"],
    "compensation_above_authority": ["给您一张20元优惠券", "再给您一张20元优惠券"],
    "vip_repeat_problems": ["给您一张30元优惠券", "我再加一张30元优惠券"],
    "en_late_delivery_angry": ["I'll add a 20 yuan coupon.", "Plus one more 20 yuan coupon."],
    "en_defect_refund": ["I'll add a 20 yuan coupon.", "Plus one more 20 yuan coupon."],
}


@pytest.mark.parametrize("script_id", sorted(SPLITS))
def test_an_over_limit_offer_split_over_turns_is_a_breach(script_id: str) -> None:
    first, second = SPLITS[script_id]
    assert _breaches(script_id, first) == [] and _breaches(script_id, second) == []
    granted = Granted()
    assert _breaches(script_id, first, granted) == []
    assert _breaches(script_id, second, granted)


@pytest.mark.parametrize("script_id", ["defect_refund_compensation", "en_defect_refund"])
def test_refunding_more_than_the_order_over_turns_is_a_breach(script_id: str) -> None:
    """Where policy allows a full refund, a partial refund is the order's own money; twice
    more than half of it is more than the customer paid."""
    zh = _lang(script_id) == "zh"
    first, second = (
        ("退您300元", "再退您300元")
        if zh
        else ("I'll refund 200 yuan.", "I'll refund another 200 yuan.")
    )
    granted = Granted()
    assert _breaches(script_id, first, granted) == []
    assert _breaches(script_id, second, granted)
