"""Handoff-context practice: a chat that arrives from the bot, played warm or cold.

Warm shows the bot transcript; asking again for what it holds gets the repeat line and more anger,
and using it moves the customer on. Cold hides it; asking is fair and is answered. The same
replies score differently in the two modes, and the validator catches a broken handoff block.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

import pytest
import yaml

from simulator.cli.main import main
from simulator.common.data import roleplay_dir
from simulator.common.errors import InputError
from simulator.roleplay.handoff import HandoffContext
from simulator.roleplay.practice import Practice
from simulator.roleplay.script import GOOD_ENDINGS, Script, list_scripts, load_script
from simulator.roleplay.script_schema import HANDOFF_REPEAT_LINE
from simulator.roleplay.session import Session, load_transcript, replay
from simulator.roleplay.store import ProgressStore
from simulator.roleplay.validate import check_script_file

TRANSCRIPTS = Path(__file__).parent / "transcripts"
ZH = "handoff_earphone_silent"
EN = "en_handoff_wrong_colour"
ASK_ORDER_ZH = "您好,请问您的订单号是多少?"


@cache
def _script(script_id: str) -> Script:
    return load_script(roleplay_dir() / f"{script_id}.yaml")


def _handoff_ids() -> list[str]:
    return [s.id for s in list_scripts() if s.handoff is not None]


HANDOFF_IDS = _handoff_ids()


def _replies(script_id: str, kind: str) -> list[tuple[str, float]]:
    return load_transcript(TRANSCRIPTS / f"{script_id}_{kind}.yaml")


def _repeat_texts(script: Script) -> set[str]:
    lines = script.handoff.repeat_line or HANDOFF_REPEAT_LINE[script.lang]
    return {t for v in lines for t in ([v] if isinstance(v, str) else v)}


def test_at_least_four_handoff_scripts_three_zh_one_en() -> None:
    langs = [_script(i).lang for i in HANDOFF_IDS]
    assert len(HANDOFF_IDS) >= 4 and langs.count("zh") >= 3 and langs.count("en") >= 1


@pytest.mark.parametrize("script_id", HANDOFF_IDS)
def test_warm_reask_gets_the_repeat_line_and_more_anger(script_id: str) -> None:
    script = _script(script_id)
    replies = _replies(script_id, "bad")  # every bad transcript opens by asking again
    warm, cold = Session(script, 0, "warm"), Session(script, 0, "cold")
    w, c = warm.reply(*replies[0]), cold.reply(*replies[0])
    assert w.reasked, "the bad transcript's first reply asks again for a profile fact"
    assert _repeat_texts(script) & set(w.customer_lines), w.customer_lines
    block = script.handoff
    extra = (block.repeat_anger - block.cold.ask_anger) * len(w.reasked)
    assert w.state["anger"] - c.state["anger"] == pytest.approx(extra) or w.state["anger"] == 100
    assert w.state["anger"] > c.state["anger"]
    assert not c.reasked and not _repeat_texts(script) & set(c.customer_lines)


def test_a_fact_asked_again_is_detected_from_the_script_words_and_moves() -> None:
    session = Session(_script(ZH), 0, "warm")
    turn = session.reply(ASK_ORDER_ZH, 10)
    assert turn.reasked == ("order_id",)
    assert "我刚才已经说过了" in "".join(turn.customer_lines)
    assert turn.state["anger"] > turn.state_before["anger"]
    assert "机器人" in turn.feedback  # the coaching says why


def test_a_statement_or_a_confirmation_is_not_asking_again() -> None:
    session = Session(_script(ZH), 0, "warm")
    # mentions the order number but asks nothing: not a question about a fact
    assert session.reply("非常抱歉让您久等了,订单号4102 7731 0062我已经查到了。", 10).reasked == ()
    # confirming what the bot collected uses it instead of asking for it
    assert session.reply("是左耳没声音对吗?", 10).reasked == ()


@pytest.mark.parametrize("script_id", HANDOFF_IDS)
def test_cold_mode_never_says_already_told(script_id: str) -> None:
    script = _script(script_id)
    repeat = _repeat_texts(script)
    for kind in ("good", "bad", "cold"):
        card = replay(script, _replies(script_id, kind), 0, "cold")
        lines = [line for t in card.turns for line in t.customer_lines]
        assert not repeat & set(lines), (kind, lines)
        joined = " ".join(lines).lower()
        assert "已经说过" not in joined and "already told" not in joined, (kind, lines)
        assert not any(t.reasked for t in card.turns)
        assert not any(p.move == "reasked" for p in card.penalties)


@pytest.mark.parametrize("script_id", HANDOFF_IDS)
def test_warm_and_cold_score_differently_for_the_same_replies(script_id: str) -> None:
    script = _script(script_id)
    good = _replies(script_id, "good")
    warm, cold = replay(script, good, 0, "warm"), replay(script, good, 0, "cold")
    assert warm.total > cold.total, (warm.total, cold.total)  # context used only when seen
    asking = _replies(script_id, "cold")
    warm_ask, cold_ask = replay(script, asking, 0, "warm"), replay(script, asking, 0, "cold")
    assert cold_ask.total > warm_ask.total, (cold_ask.total, warm_ask.total)
    assert any(p.move == "reasked" and p.quote for p in warm_ask.penalties)


@pytest.mark.parametrize("script_id", HANDOFF_IDS)
def test_using_the_context_resolves_faster_than_asking(script_id: str) -> None:
    script = _script(script_id)
    warm = replay(script, _replies(script_id, "good"), 0, "warm")
    cold = replay(script, _replies(script_id, "cold"), 0, "cold")
    assert warm.ending == "resolved_happy" and warm.passed
    assert cold.ending in GOOD_ENDINGS and cold.passed  # asking is fair when nothing is shown
    assert len(warm.turns) < len(cold.turns)
    assert warm.total > cold.total  # the gap a warm handoff buys


def test_practice_exposes_the_context_only_when_warm(tmp_path: Path) -> None:
    script = _script(ZH)
    warm = Practice(None, "小王", script, seed=0, handoff="warm")
    context = warm.handoff_context
    assert isinstance(context, HandoffContext)
    assert [m.who for m in context.transcript][:2] == ["customer", "bot"]
    assert {p.key: p.value for p in context.profile}["order_id"] == "4102 7731 0062"
    assert {p.key: p.label for p in context.profile}["order_id"] == "订单号"
    assert Practice(None, "小王", script, seed=0).handoff == "warm"  # the default
    cold = Practice(None, "小王", script, seed=0, handoff="cold")
    assert cold.handoff_context is None
    plain = Practice(None, "小王", _script("late_delivery_angry"), seed=0)
    assert plain.handoff == "none" and plain.handoff_context is None
    with ProgressStore.open(tmp_path / "p.db") as store:
        Practice(store, "小王", script, seed=0, handoff="cold").finish()
        [row] = store.sessions("小王")
        assert row.handoff == "cold"


@pytest.mark.parametrize(
    ("script_id", "handoff", "words"),
    [
        ("late_delivery_angry", "warm", "no handoff block"),
        (ZH, "none", "warm"),
        (ZH, "tepid", "must be one of"),
    ],
)
def test_a_handoff_mode_the_script_cannot_play_is_refused(
    script_id: str, handoff: str, words: str
) -> None:
    with pytest.raises(InputError, match=words):
        Session(_script(script_id), 0, handoff)


def test_cold_opening_and_told_facts() -> None:
    script = _script(EN)
    cold = Session(script, 0, "cold")
    assert "grey" in " ".join(cold.opening())  # the cold opening says what went wrong
    # the told fact (the colours) is known at once; one more fact is needed to move on
    turn = cold.reply("I'm so sorry we sent grey instead of navy, I understand.", 10)
    assert turn.next_node == "catching_up"
    turn = cold.reply("Could you tell me your order number?", 10)
    assert "7730" in turn.customer_lines[0]  # she repeats it: a fair question when cold


def test_train_cli_shows_the_transcript_warm_and_hides_it_cold(tmp_path: Path, capsys) -> None:
    good = TRANSCRIPTS / f"{ZH}_good.yaml"
    base = ["train", ZH, "--replay", str(good), "--db", str(tmp_path / "p.db"), "--trainee", "t"]
    assert main(base) == 0
    warm = capsys.readouterr().out
    assert "机器人收集的资料" in warm and "亲,耳机使用问题可以先试试恢复出厂设置哦~" in warm
    assert warm.index("机器人收集的资料") < warm.index("顾客 林女士")  # before the opening
    assert main([*base, "--handoff", "cold"]) == 0
    cold = capsys.readouterr().out
    assert "冷转接" in cold and "恢复出厂设置哦~" not in cold and "机器人收集的资料" not in cold


# -- the validator on broken handoff blocks ---------------------------------------------------
BASE = yaml.safe_load((roleplay_dir() / f"{ZH}.yaml").read_text(encoding="utf-8"))


def _facts_key_missing(d: dict) -> None:
    d["handoff"]["facts"]["order_number"] = d["handoff"]["facts"].pop("order_id")


def _told_missing(d: dict) -> None:
    d["handoff"]["cold"]["told"] = ["colour"]


def _blank_repeat(d: dict) -> None:
    d["handoff"]["repeat_line"] = ["   "]


def _english_repeat(d: dict) -> None:
    d["handoff"]["repeat_line"] = ["I already told your bot that!"]


def _huge_anger(d: dict) -> None:
    d["handoff"]["repeat_anger"] = 1000


def _nan_anger(d: dict) -> None:
    d["handoff"]["cold"]["ask_anger"] = math.nan


def _bad_who(d: dict) -> None:
    d["handoff"]["bot_transcript"][0]["who"] = "agent"


def _no_transcript(d: dict) -> None:
    d["handoff"]["bot_transcript"] = []


def _empty_ask(d: dict) -> None:
    d["handoff"]["facts"]["issue"]["ask"] = []


def _context_without_handoff(d: dict) -> None:
    del d["handoff"]


BROKEN = [
    (_facts_key_missing, "error", "handoff.facts.order_number", "did you mean 'order_id'"),
    (_told_missing, "error", "handoff.cold.told[0]", "profile keys"),
    (_blank_repeat, "error", "handoff.repeat_line[0]", "empty text"),
    (_english_repeat, "error", "handoff.repeat_line[0]", "language"),
    (_huge_anger, "error", "handoff.repeat_anger", "50"),
    (_nan_anger, "error", "handoff.cold.ask_anger", "finite"),
    (_bad_who, "error", "handoff.bot_transcript[0].who", "customer"),
    (_no_transcript, "error", "handoff.bot_transcript", ""),
    (_empty_ask, "error", "handoff.facts.issue.ask", ""),
    (_context_without_handoff, "warning", "nodes", "context_used"),
]


@pytest.mark.parametrize(
    ("mutate", "severity", "field", "words"), BROKEN, ids=[b[0].__name__ for b in BROKEN]
)
def test_validator_catches_a_broken_handoff_block(
    tmp_path: Path, mutate, severity: str, field: str, words: str
) -> None:
    data = yaml.safe_load(yaml.safe_dump(BASE, allow_unicode=True))
    mutate(data)
    path = tmp_path / f"{ZH}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    diags = [d for d in check_script_file(path) if d.severity == severity]
    hits = [d for d in diags if d.field == field]
    assert hits, [str(d) for d in diags]
    line = hits[0].one_line()
    assert "\n" not in line and str(path) in line and field in line
    assert words in line, line
    if severity == "error":
        with pytest.raises(InputError):
            load_script(path)


def test_shipped_handoff_scripts_have_no_handoff_findings() -> None:
    for script_id in HANDOFF_IDS:
        diags = check_script_file(roleplay_dir() / f"{script_id}.yaml")
        assert not [str(d) for d in diags if d.field.startswith("handoff")], script_id


def test_fact_shorthand_is_a_list_of_ask_words(tmp_path: Path) -> None:
    data = yaml.safe_load(yaml.safe_dump(BASE, allow_unicode=True))
    data["handoff"]["facts"]["received"] = "什么时候收到"  # one word, no mapping
    path = tmp_path / f"{ZH}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    fact = load_script(path).handoff.facts["received"]
    assert fact.ask == ["什么时候收到"] and fact.uses == [] and fact.answer is None
