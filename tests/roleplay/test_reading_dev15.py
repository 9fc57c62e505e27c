"""Classes of error found on transcript set dev15 (benchmarks/data/transcripts_dev15), each
pinned with text that is not in those transcripts: an honest hedge to a customer addressed as
你, a decision named as the supervisor's before "做不了主", the product page quoted against the
goods (in the customer's favour) and "anyone would be dissatisfied" are no blame; a refund
arranged while she also wants compensation is half an answer, not none; ending lines that
presuppose a remedy are only said after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.roleplay.moves import read_reply
from simulator.roleplay.script import load_script
from tests.roleplay.readings import move_names as _names
from tests.roleplay.readings import play

SCRIPTS = Path(__file__).resolve().parents[2] / "scenarios" / "roleplay"


@pytest.mark.parametrize(
    ("text", "move", "read"),
    [
        # a guarantee declined with what does hold, to a customer addressed as 你
        ("合不合脚因人而异,这点我不跟你打包票,所以你可以先试穿。", "negation_or_blame", False),
        ("颜色跟屏幕会不会差一点,我不给你打保票,但不满意可以退。", "negation_or_blame", False),
        ("这个我不跟你打包票。", "negation_or_blame", True),  # bare: still a refusal
        # the decision named as someone else's before "做不了主"
        (
            "三倍赔偿要主管来决定,我这边做不了主,也不想哄您;您同意的话我马上报上去。",
            "negation_or_blame",
            False,
        ),
        ("这个我做不了主。", "negation_or_blame", True),
        # ...but a refund refused before it stays a refusal (the review found it lost)
        ("主管已经审核过了,不符合退款条件,我也做不了主", "negation_or_blame", True),
        # the page quoted against what the goods did, in the customer's favour
        ("您看到详情页写的是不掉色,洗一次却褪了色,这一点先向您道歉。", "negation_or_blame", False),
        ("详情页写得很清楚,是您没看。", "negation_or_blame", True),
        # anyone in her place would be dissatisfied: empathy
        ("换作任何人都会有意见。", "acknowledge_emotion", True),
    ],
)
def test_dev15_reading_classes(text: str, move: str, read: bool) -> None:
    assert (move in _names(text, "zh")) is read


@pytest.mark.parametrize(
    ("text", "blame"),
    [
        # a warranty for faults she did not cause, with words between: in her favour
        ("非人为质量问题一年内直接换新。", False),
        ("不是人为的那种损坏,我们都保修。", False),
        ("这是人为损坏,不在保修范围。", True),
    ],
)
def test_warranty_for_faults_she_did_not_cause_is_no_blame(text: str, blame: bool) -> None:
    """By the rules alone (the model vetoed the first in one variant and not in another)."""
    names = {m.name for m in read_reply(text, "zh", rules_only=True).moves}
    assert ("negation_or_blame" in names) is blame



def test_refund_arranged_while_she_wants_compensation_is_half_an_answer() -> None:
    """defect_refund_compensation, wants_more: a full refund with a pick-up is the policy part of
    her demand; she asks for the compensation half once, without the "no progress" penalty."""
    opening = "太糟心了,实在抱歉,谢谢您告诉我们。E3是机器本身的故障,麻烦拍张照片给我。"
    session = play("defect_refund_compensation", [opening])
    assert session.node == "wants_more"
    before = dict(session.state)
    turn = session.reply("给您全额退款399元,明天上午上门取件,来回运费我们出。", 10)
    assert turn.matched and turn.next_node == "wants_more"
    assert "赔偿" in "".join(turn.customer_lines)
    assert session.state["anger"] <= before["anger"]
    assert session.state["patience"] == before["patience"]
    # only once: repeating the refund does not hold her
    again = session.reply("全额退款399元,上门取件。", 10)
    assert not again.matched


@pytest.mark.parametrize(
    ("script_id", "line", "tag"),
    [
        ("en_wrong_size_exchange", "Can't wait for the trip.", "exchange_or_upsell_offer"),
        ("defect_refund_compensation", "好,我等取件。", "free_return_shipping"),
    ],
)
def test_ending_lines_that_presuppose_a_remedy_require_it(
    script_id: str, line: str, tag: str
) -> None:
    script = load_script(SCRIPTS / f"{script_id}.yaml")
    variants = [v for v in script.endings["resolved_happy"].say if line in str(v)]
    assert variants, line
    assert all(tag in getattr(v, "requires", ()) for v in variants), variants
