"""The role-play engine: determinism, timing, endings, compliance blocker, report contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.common.data import roleplay_dir
from simulator.common.errors import InputError, KefuLabError
from simulator.roleplay.scoring import DIMENSIONS, PASS_MARK
from simulator.roleplay.script import ENDINGS, FactRef, load_script
from simulator.roleplay.session import Session, load_transcript, replay

REFERENCE = roleplay_dir() / "late_delivery_angry.yaml"
TRANSCRIPTS = Path(__file__).parent / "transcripts"


@pytest.fixture(scope="module")
def script():
    return load_script(REFERENCE)


@pytest.fixture(scope="module")
def good() -> list[tuple[str, float]]:
    return load_transcript(TRANSCRIPTS / "late_delivery_angry_good.yaml")


def _play(script, replies, seed=0) -> list[dict]:
    session = Session(script, seed)
    turns = [session.opening()]
    for text, elapsed in replies:
        if session.finished:
            break
        turns.append(session.reply(text, elapsed).to_dict())
    return turns


def test_same_seed_same_session(script, good) -> None:
    assert _play(script, good, seed=7) == _play(script, good, seed=7)
    assert replay(script, good, seed=7).to_dict() == replay(script, good, seed=7).to_dict()


def test_other_seeds_pick_other_lines_but_the_same_flow(script, good) -> None:
    plays = [_play(script, good, seed=s) for s in range(12)]
    lines = {
        json.dumps([p[0]] + [t["customer_lines"] for t in p[1:]], ensure_ascii=False) for p in plays
    }
    assert len(lines) >= 3  # variants differ across seeds
    flows = {
        tuple((t["node"], t["ending"], tuple(t["state"].items())) for t in p[1:]) for p in plays
    }
    assert len(flows) == 1  # the seed only picks lines


def test_good_reference_transcript_resolves_happily(script, good) -> None:
    report = replay(script, good)
    assert report.ending == "resolved_happy"
    assert report.passed and report.total >= PASS_MARK
    assert report.anger_curve[0] == 70 and report.anger_curve[-1] < 30
    assert len(report.anger_curve) == len(report.turns) + 1


def _anger_after(script, replies) -> float:
    session = Session(script, 0)
    for text, elapsed in replies:
        session.reply(text, elapsed)
    return session.state["anger"]


def test_slow_first_reply_angers_more_than_a_slow_later_one(script) -> None:
    soothe = "非常抱歉让您久等了,我理解您的着急。"
    plan = "我马上帮您查一下物流,看看卡在哪里。"
    fast_first = _anger_after(script, [(soothe, 5)])
    slow_first = _anger_after(script, [(soothe, 50)])
    fast_later = _anger_after(script, [(soothe, 5), (plan, 10)])
    slow_later = _anger_after(script, [(soothe, 5), (plan, 100)])
    first_penalty = slow_first - fast_first
    later_penalty = slow_later - fast_later
    assert later_penalty > 0
    assert first_penalty > later_penalty
    # within the limits no penalty at all
    assert _anger_after(script, [(soothe, 30)]) == fast_first


def test_timeliness_dimension_reflects_reply_times(script, good) -> None:
    slow = [(text, 90.0) for text, _ in good]
    fast = replay(script, good).dimensions["timeliness"]
    late = replay(script, slow).dimensions["timeliness"]
    assert fast.score == fast.max
    assert late.score < fast.score / 2
    assert "(90 s)" in late.evidence


def test_compensation_beyond_authority_blocks_a_high_score(script, good) -> None:
    generous = list(good)
    text = "耽误您这么多天,真的很抱歉。我给您补一张100元无门槛优惠券,已经发到您账户里了。"
    generous[2] = (text, 30)
    report = replay(script, generous)
    assert report.total >= PASS_MARK  # the points alone would pass
    assert report.blocked and not report.passed
    assert report.dimensions["compliance"].score == 0
    assert any("100" in r and "30" in r for r in report.block_reasons), report.block_reasons
    assert any(p.move == "violation" for p in report.penalties)


def test_above_authority_is_fine_when_escalated_in_the_same_reply(script, good) -> None:
    escalated = list(good)
    escalated[2] = ("非常抱歉耽误您这么多天,100元的补偿超出我的权限,我请主管审批一下。", 30)
    report = replay(script, escalated)
    assert not report.blocked


def test_forbidden_promise_blocks(script, good) -> None:
    promising = list(good)
    promising[1] = (good[1][0] + "我保证明天一定送到。", good[1][1])
    report = replay(script, promising)
    assert report.blocked and not report.passed
    assert any("保证明天一定送到" in r for r in report.block_reasons)
    # the classifier reads it as a promise with a time; policy still forbids the date
    (promise,) = [m for m in report.turns[1].moves if m.name == "promise_followup"]
    assert promise.hours == 24


@pytest.mark.parametrize(
    ("script_id", "text"),
    [
        ("late_delivery_angry", "我不能保证明天一定送到,但我会一直盯着物流。"),
        ("compensation_above_authority", "我没法保证一定批下来,但我会马上提交申请。"),
        ("en_late_delivery_angry", "I can't guarantee it will arrive tomorrow, but I'll chase it."),
    ],
)
def test_declining_a_forbidden_promise_is_not_a_violation(script_id, text) -> None:
    other = load_script(roleplay_dir() / f"{script_id}.yaml")
    assert Session(other, 0).reply(text, 10).violations == ()
    made = text.split(",")[0].replace("我不能", "我").replace("我没法", "我")
    made = made.replace("I can't guarantee", "I guarantee")
    (violation,) = Session(other, 0).reply(made, 10).violations
    assert violation.words in made and violation.reason


def test_patience_runs_out_and_customer_leaves(script) -> None:
    session = Session(script, 0)
    turn = None
    while not session.finished:
        turn = session.reply("哈哈今天天气不错", 5)
    assert session.ending == "customer_left"
    assert turn is not None and turn.finished and turn.ending == "customer_left"
    assert turn.customer_lines  # the customer's last words
    with pytest.raises(KefuLabError):
        session.reply("还在吗?", 1)


def test_transcript_running_out_ends_as_customer_left(script, good) -> None:
    session = Session(script, 0)
    session.reply(*good[0])
    assert not session.finished
    report = session.scorecard()
    assert report.ending == "customer_left" and session.finished and not report.passed
    assert report.dimensions["resolution"].score == 0


def test_report_contract(script, good) -> None:
    data = replay(script, good).to_dict()
    assert {"script", "ending", "total", "passed", "blocked", "dimensions", "turns"} <= set(data)
    assert data["script"] == "late_delivery_angry" and data["ending"] in ENDINGS
    assert list(data["dimensions"]) == list(DIMENSIONS)
    for dim in data["dimensions"].values():
        assert {"score", "evidence", "suggestion"} <= set(dim)
        assert dim["evidence"] and dim["suggestion"]
    assert isinstance(data["total"], int) and 0 <= data["total"] <= 100
    assert data["ending_consequence"]["cost_yuan"] == 38
    json.dumps(data, ensure_ascii=False)  # serialisable as is
    assert data["turns"][0]["moves"][0]["evidence"]


def test_suggestions_come_from_model_answers(script) -> None:
    answers = {a.text for n in script.nodes for a in n.model_answers}
    report = replay(script, [("物流慢是快递的问题,不是我们的问题。", 5)])
    for dim in report.dimensions.values():
        assert dim.suggestion in answers
    assert "快递的问题" in report.dimensions["no_blame"].evidence


@pytest.mark.parametrize(
    ("text", "elapsed"),
    [("好的", -1), ("好的", float("nan")), ("好的", "5"), (None, 3), ("好的", True)],
)
def test_bad_reply_arguments(script, text, elapsed) -> None:
    with pytest.raises(InputError):
        Session(script, 0).reply(text, elapsed)


def test_bad_transcript_file(tmp_path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("- text: 你好\n  elapsed_s: -3\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"t.yaml:2: \[0\].elapsed_s"):
        load_transcript(path)
    path.write_text("text: 你好\n", encoding="utf-8")
    with pytest.raises(InputError, match="list"):
        load_transcript(path)


def test_report_without_replies_ends_as_customer_left(script) -> None:
    session = Session(script, 3)
    report = session.scorecard()
    assert session.finished and report.ending == "customer_left"
    assert report.total == 0 and not report.passed and report.anger_curve == [70.0]
    assert report.ending_consequence["text"]
    with pytest.raises(InputError):
        Session(script, seed="1")  # type: ignore[arg-type]


def test_english_script_checks_worded_facts_in_english() -> None:
    """A worded KB fact has a value per language: an English script expects the English one."""
    base = load_script(roleplay_dir() / "en_wrong_size_exchange.yaml")
    assert base.lang == "en"
    scoring = base.scoring.model_copy(
        update={"required_facts": [FactRef(key="free_return_shipping")]}
    )
    script = base.model_copy(update={"scoring": scoring})
    english = Session(script, 0).reply("Return shipping is covered by your shipping insurance.", 5)
    assert "free_return_shipping" in english.facts_stated
    chinese = Session(script, 0).reply("Return shipping is covered by 运费险.", 5)
    assert "free_return_shipping" not in chinese.facts_stated
