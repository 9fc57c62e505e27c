"""General session fixes found by replaying the dev transcripts (benchmarks/data/transcripts_dev):
facts given in other units or words, the customer not asking for what the reply has just given,
handoff context used in an earlier reply, replies that answer with content though no move was
read for sure, and engagement by a stated fact.

The reader is replaced by a fixed reading where the flow is under test, so these tests do not
move when the lexicons or the statistical reader change."""

from __future__ import annotations

from dataclasses import replace

import pytest

from simulator.roleplay.moves import Move, Reading, classify
from simulator.roleplay.scoring import _engaged
from simulator.roleplay.script import list_scripts
from simulator.roleplay.script_facts import ScriptFacts, equivalents, states_fact_widely
from simulator.roleplay.session import Session
from simulator.roleplay.turn_checks import PAD_CHARS, arranged, shortcut_allowed

SCRIPTS = {s.id: s for s in list_scripts()}


def _reads(monkeypatch, *names: str, unsure: bool = False, kind: str | None = None) -> None:
    """Every reply is read as exactly ``names`` (the reader is not under test here)."""

    def fake(text: str, lang: str | None = None) -> Reading:
        moves = tuple(
            Move(n, text, 0, kind=kind if n == "offer_compensation" else None) for n in names
        )
        return Reading(moves, unsure or not moves, lang or "zh", {}, ())

    monkeypatch.setattr("simulator.roleplay.session.read_reply", fake)


# -- facts in the words agents use --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("快递取走后两天内钱就会到账", "48", "refund_processing_hours"),
        ("refunds land within two days", "48", "refund_processing_hours"),
        ("2 days after pick-up", "48", "refund_processing_hours"),
        ("下单后半个月内降价退差价", "15", "price_protection_days"),
        ("a two-year warranty", "2", "warranty_years"),
        ("about eight hours on one charge", "8", "battery_hours"),
        ("专员一天一夜之内给您回电", "24", "safety_callback_hours"),
        ("两周之内", "14", "window_days"),
        ("一年内免费换新", "12", "warranty_months"),
        ("8小时左右", "8", "battery_hours"),
        ("能到32h", "32", "battery_with_case_hours"),
    ],
)
def test_a_fact_in_another_unit_or_in_words_is_stated(text: str, value: str, key: str) -> None:
    assert states_fact_widely(text, value, key)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("8天", "8", "battery_hours"),  # a number in another unit is another fact
        ("晚上8点前", "8", "battery_hours"),
        ("三天内到账", "48", "refund_processing_hours"),
        ("2天后", "2", "x_hours"),
        ("two months", "2", "warranty_years"),
        ("两点前回您", "48", "refund_processing_hours"),
    ],
)
def test_a_different_quantity_is_not_the_fact(text: str, value: str, key: str) -> None:
    assert not states_fact_widely(text, value, key)


def test_equivalents_are_whole_conversions_only() -> None:
    assert list(equivalents("48", "refund_processing_hours")) == [
        ("48", "refund_processing_hours"),
        ("2", "refund_processing_days"),
    ]
    assert list(equivalents("36", "x_hours")) == [("36", "x_hours")]  # 1.5 days: not offered
    assert list(equivalents("IPX4", "waterproof_rating")) == [("IPX4", "waterproof_rating")]


def test_the_session_reads_a_refund_time_given_in_days() -> None:
    facts = ScriptFacts(SCRIPTS["defect_refund_compensation"])
    assert {k for k, _product in facts.stated("取件后两天内钱就会退回到您账户")} == {
        "refund_processing_hours"
    }
    assert not facts.stated("取件后三天内钱就会退回到您账户")


# -- the customer does not ask for what the reply has just given ---------------------------------
def test_free_shipping_in_the_exchange_reply_skips_the_shipping_question(monkeypatch) -> None:
    script = SCRIPTS["wrong_size_exchange"]
    _reads(monkeypatch, "ask_clarifying_question")
    session = Session(script, 0)
    session.reply("您平时穿什么码?身高体重多少?", 10)
    assert session.node == "gives_details"
    _reads(monkeypatch, "exchange_or_upsell_offer")
    turn = session.reply("给您换成L码,运费不用您出,快递上门来取。", 20)
    assert session.node == "wrap_up", turn  # not shipping_worry ("那来回运费谁出?")
    assert not any("运费" in line for line in turn.customer_lines), turn.customer_lines


def test_without_the_shipping_words_the_customer_still_asks(monkeypatch) -> None:
    script = SCRIPTS["wrong_size_exchange"]
    _reads(monkeypatch, "ask_clarifying_question")
    session = Session(script, 0)
    session.reply("您平时穿什么码?身高体重多少?", 10)
    _reads(monkeypatch, "exchange_or_upsell_offer")
    session.reply("给您换成L码,这个码腰围正合适。", 20)
    assert session.node == "shipping_worry"


def test_shipping_said_in_an_earlier_reply_is_not_asked_again(monkeypatch) -> None:
    script = SCRIPTS["wrong_size_exchange"]
    _reads(monkeypatch, "ask_clarifying_question")
    session = Session(script, 0)
    session.reply("换码来回运费我们出。您平时穿什么码?身高体重多少?", 10)
    assert session.node == "gives_details"
    _reads(monkeypatch, "exchange_or_upsell_offer")
    session.reply("那给您换成L码,腰围正合适。", 20)
    assert session.node == "wrap_up"  # not shipping_worry: she was told already


def test_moves_of_earlier_replies_do_not_skip_ahead(monkeypatch) -> None:
    """Only content carries over: an earlier coupon (a move) does not answer the shipping worry."""
    script = SCRIPTS["wrong_size_exchange"]
    _reads(monkeypatch, "ask_clarifying_question", "offer_compensation", kind="coupon")
    session = Session(script, 0)
    session.reply("给您补一张5元券。您身高体重多少?", 10)
    assert session.node == "gives_details"
    _reads(monkeypatch, "exchange_or_upsell_offer")
    session.reply("那给您换成L码,腰围正合适。", 20)
    assert session.node == "shipping_worry"


def test_the_same_move_never_walks_two_nodes(monkeypatch) -> None:
    """ "我帮您查一下" (offer_solution) moves the furious customer on once, not past the plan."""
    _reads(monkeypatch, "offer_solution")
    session = Session(SCRIPTS["late_delivery_angry"], 0)
    session.reply("我现在就帮您给仓库换个方案发出去。", 10)
    assert session.node == "needs_plan"


def test_blame_or_a_padded_reply_gets_no_shortcut(monkeypatch) -> None:
    script = SCRIPTS["wrong_size_exchange"]
    _reads(monkeypatch, "ask_clarifying_question")
    session = Session(script, 0)
    session.reply("您平时穿什么码?身高体重多少?", 10)
    padded = "给您换成L码,运费不用您出。" + "这款裙子版型很好看。" * (PAD_CHARS["zh"] // 8)
    _reads(monkeypatch, "exchange_or_upsell_offer")
    session.reply(padded, 50)
    assert session.node == "shipping_worry"


def test_a_shortcut_needs_new_content_not_new_moves() -> None:
    assert shortcut_allowed({"move:exchange_or_upsell_offer"}, {"text:运费", "move:x"})
    assert shortcut_allowed({"move:apology"}, {"condition:context_total >= 1"})
    assert not shortcut_allowed({"move:apology"}, {"move:exchange_or_upsell_offer"})
    assert not shortcut_allowed({"condition:context_total >= 1"}, {"move:offer_solution"})
    assert not shortcut_allowed({"text:运费"}, {"text:运费"})


# -- handoff context used in an earlier reply ---------------------------------------------------
def test_context_used_in_an_earlier_reply_still_counts(monkeypatch) -> None:
    script = SCRIPTS["handoff_earphone_silent"]
    _reads(monkeypatch, "greeting")
    session = Session(script, 0, "warm")
    session.reply("您好,订单4102 7731 0062 的左耳没声音我看到了。", 10)
    assert session.node == "arrives"  # a greeting alone moves nothing
    _reads(monkeypatch, "offer_solution")
    turn = session.reply("我给您换一副新的,今天发顺丰。", 20)
    # the context was shown in reply 1: she does not ask "你到底看没看我的问题?"
    assert session.node == "needs_plan", turn
    assert "看没看" not in "".join(turn.customer_lines)


def test_context_never_used_does_not_count(monkeypatch) -> None:
    script = SCRIPTS["handoff_earphone_silent"]
    _reads(monkeypatch, "offer_solution")
    session = Session(script, 0, "warm")
    session.reply("我给您换一副新的,今天发顺丰。", 20)
    assert session.node == "catching_up"


# -- content read though no move was read for sure ----------------------------------------------
def test_a_reply_with_the_awaited_content_is_not_doubted(monkeypatch) -> None:
    script = SCRIPTS["coupon_stacking_confused"]
    _reads(monkeypatch, "explain_cause")
    session = Session(script, 0)
    session.reply("您最后付499元就行。", 10)
    assert session.node == "why_not_both"
    _reads(monkeypatch)  # nothing read
    turn = session.reply("两张店铺券是同一种,一个订单只能用其中一张,挑减得多的那张。", 20)
    assert turn.doubt is None and session.node == "deciding", turn


def test_a_reply_without_content_is_still_doubted(monkeypatch) -> None:
    script = SCRIPTS["coupon_stacking_confused"]
    _reads(monkeypatch, "explain_cause")
    session = Session(script, 0)
    session.reply("您最后付499元就行。", 10)
    _reads(monkeypatch)
    turn = session.reply("这个嘛,您看着办就好。", 20)
    assert turn.doubt == "unsure" and session.node == "why_not_both"


def test_a_stated_key_point_is_not_doubted(monkeypatch) -> None:
    _reads(monkeypatch)
    session = Session(SCRIPTS["coupon_stacking_confused"], 0)
    turn = session.reply("最后付499。", 10)
    assert turn.doubt is None and session.node == "why_not_both"


def test_a_stated_fact_counts_as_engaging(monkeypatch) -> None:
    _reads(monkeypatch, "greeting")
    session = Session(SCRIPTS["coupon_stacking_confused"], 0)
    turn = session.reply("阿姨您好,最后付499元就行。", 10)
    assert turn.facts_stated and _engaged(turn)
    assert not _engaged(replace(turn, facts_stated=()))


# -- a fix without a soothing word still moves the threat on -------------------------------------
@pytest.mark.parametrize("move", ["ask_clarifying_question", "exchange_or_upsell_offer"])
def test_a_question_or_fix_without_soothing_moves_the_threat_on(monkeypatch, move: str) -> None:
    _reads(monkeypatch, move)
    session = Session(SCRIPTS["bad_review_threat"], 0)
    turn = session.reply("裙子您打算哪天穿?我给您换一条浅粉的。", 15)
    assert session.node in ("real_problem", "review_again"), turn
    assert turn.state["anger"] >= turn.state_before["anger"]  # no calming without soothing


# -- free return shipping in the words agents use ------------------------------------------------
@pytest.mark.parametrize(
    ("script_id", "text"),
    [
        ("wrong_size_exchange", "快递上门来取,您一分钱都不用花。"),
        ("wrong_size_exchange", "寄回的邮费我们承担。"),
        ("wrong_size_exchange", "原来那条不用您出钱,快递明天上门取。"),
        ("en_wrong_size_exchange", "A courier will collect the M from your door."),
        ("en_wrong_size_exchange", "We'll cover the postage both ways."),
        ("en_wrong_size_exchange", "You won't pay anything for the swap."),
    ],
)
def test_shipping_on_us_in_other_words_answers_the_shipping_worry(
    monkeypatch, script_id: str, text: str
) -> None:
    script = SCRIPTS[script_id]
    _reads(monkeypatch, "exchange_or_upsell_offer")  # an exchange without asking: she doubts
    session = Session(script, 0)
    session.reply("Let me swap it for you." if script.lang == "en" else "给您换个码吧。", 10)
    assert session.node == "exchange_doubt"
    _reads(monkeypatch, "ask_clarifying_question")
    session.reply("How tall are you?" if script.lang == "en" else "您身高体重多少?", 10)
    _reads(monkeypatch, "exchange_or_upsell_offer")
    session.reply("Then the L fits better." if script.lang == "en" else "那L码更合适。", 10)
    assert session.node == "shipping_worry"
    _reads(monkeypatch, "offer_solution")
    session.reply(text, 20)
    assert session.node == "wrap_up", text


# -- naming the history with an apology owns it ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "node"),
    [("这个月第三次让您碰上问题,真对不起。", "wants_fix"), ("真对不起。", "repeats")],
)
def test_an_apology_naming_the_third_time_moves_the_vip_on(monkeypatch, text, node) -> None:
    _reads(monkeypatch, "apology")
    session = Session(SCRIPTS["vip_repeat_problems"], 0)
    session.reply(text, 10)
    assert session.node == node


def test_an_arranged_plan_in_the_first_reply_is_not_asked_for_again() -> None:
    """A first reply that soothes, uses the bot's facts and arranges the exchange with its time
    moves her past "能直接换吗?": the soothing took the first step, the plan the second."""
    session = Session(SCRIPTS["handoff_size_exchange"], 0)
    session.reply(
        "周女士您好,辛苦您跟机器人说了一遍,记录我都看到了:165、120斤,M码肩膀紧,想换L码。"
        "L码今天就给您先发出,M码明天快递上门取,运费我们出。",
        20,
    )
    assert session.node == "wrap_up"
    # the same commitment with no time is a loose one: she still asks how
    loose = Session(SCRIPTS["handoff_size_exchange"], 0)
    loose.reply("周女士您好,辛苦您跟机器人说了一遍,165、120斤,M码肩膀紧,我直接给您换L码。", 20)
    assert loose.node == "needs_plan"


def test_a_remedy_timed_in_its_sentence_is_arranged() -> None:
    """The time may sit in the next clause of the remedy's sentence ("我直接给您换一副新的,今天
    下午发顺丰"); a time in another sentence, or none, leaves the remedy loose."""
    text = "我直接给您换一副全新的,今天下午从仓库发顺丰。有问题随时找我。"
    move = next(m for m in classify(text, "zh") if m.name == "exchange_or_upsell_offer")
    assert arranged(move, "zh", text)
    apart = "我直接给您换一副全新的。今天下午我在店里。"
    move = next(m for m in classify(apart, "zh") if m.name == "exchange_or_upsell_offer")
    assert not arranged(move, "zh", apart)


def test_a_plan_that_moved_her_on_is_not_asked_for_at_the_next_node() -> None:
    """A first reply that is the plan, arranged with its time, moves her to the plan node by that
    plan; she does not then ask "What's the plan?" (one hop, to a node)."""
    session = Session(SCRIPTS["en_late_delivery_angry"], 0)
    session.reply(
        "Emma, plan first: a new navy M goes out by SF Express this afternoon, and I'm chasing "
        "ZTO on the stuck one now.",
        20,
    )
    assert session.node not in ("furious", "needs_plan"), session.turns[-1]
    # soothing and a plan whose time is in the same sentence: past "你们打算怎么办?"
    session = Session(SCRIPTS["handoff_earphone_silent"], 0)
    session.reply(
        "林女士,让您跟机器人来回说了好几遍,辛苦了。订单4102 7731 0062,左耳没声音,恢复出厂也试过了。"
        "我直接给您换一副全新的,今天下午从仓库发顺丰;坏的那副明天快递上门取走。",
        40,
    )
    assert session.node == "wrap_up", session.turns[-1]


@pytest.mark.parametrize(
    ("script_id", "hostile", "blame", "remedy"),
    [
        (
            "late_delivery_angry",
            "threatens_review",
            "快递慢不是我们的问题。",
            "今天下午就从仓库用顺丰给您补发一件同款,后到的那件拒收就行。",
        ),
        (
            "en_wrong_size_exchange",
            "offended",
            "You should have checked the size chart.",
            "I'm sending you an L today, and a courier picks up the M tomorrow, free.",
        ),
    ],
)
def test_a_timed_remedy_brings_a_hostile_customer_back(script_id, hostile, blame, remedy) -> None:
    """After a misstep the customer answers substance, not only soothing words: a concrete remedy
    with its time takes her out of the hostile node; a vague one ("let me look") does not."""
    for text, back in (
        (remedy, True),
        ("我帮您看看。" if "en_" not in script_id else "Let me look.", False),
    ):
        session = Session(SCRIPTS[script_id], 0)
        session.reply(blame, 10)
        assert session.node == hostile, session.turns[-1]
        turn = session.reply(text, 20)
        assert (session.node != hostile and not turn.finished) is back, turn
