"""Classes of error found on transcript sets dev13/dev14 (benchmarks/data/transcripts_dev1[34]),
each pinned with text that is not in those transcripts: an excellent agent's warranty terms,
honest hedges and delivery estimates are not blame, a check that is one half of a timed plan is
a solution, and compensation riding on the refund is paid on the platform."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.roleplay.moves import Move, classify
from simulator.roleplay.turn_checks import arranged, empty_check
from tests.roleplay.readings import move_names as _names
from tests.roleplay.readings import offers_read, play

SCRIPTS = Path(__file__).resolve().parents[2] / "scenarios" / "roleplay"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a warranty for faults the customer did not cause is in her favour
        ("保修一年,只要不是人为损坏,直接给您换新机", "zh"),
        ("半年内非人为故障免费换新", "zh"),
        # when another party (the courier) will act is not guaranteed: an honest hedge
        ("韵达那边什么时候能恢复派送,我真不敢跟您打包票", "zh"),
        ("仓库哪天能清关，我没法给您保证", "zh"),
        # the item expected, not a reproach
        ("Once it's back with us, you should get the new one within 3 days.", "en"),
        ("It goes out today, so you should have it by Thursday.", "en"),
    ],
)
def test_not_blame(text: str, lang: str) -> None:
    assert "negation_or_blame" not in _names(text, lang), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("这明显是人为摔坏的,不在保修范围", "zh"),
        ("是不是人为弄坏的?", "zh"),
        ("You should have checked the size chart before ordering.", "en"),
        ("You should have read the description.", "en"),
    ],
)
def test_still_blame(text: str, lang: str) -> None:
    assert "negation_or_blame" in _names(text, lang), text


def test_check_with_a_timed_remedy_in_its_sentence_is_a_solution() -> None:
    """A check that is one half of a plan ("查件,同时今天下午用顺丰另发一台") is not empty; a bare
    check, or one followed by no timed remedy, still is."""
    text = "我这就让网点查一下件,同时今天下午5点前用顺丰给您另发一个。"
    check = Move("offer_solution", "我这就让网点查一下件", 0)
    assert not empty_check(check, "zh", text)
    assert empty_check(check, "zh")  # without the reply: the clause alone is a check
    assert empty_check(check, "zh", "我这就让网点查一下件,有消息告诉您。")
    en = "I'll look into it with the courier, and a replacement ships by express today."
    assert not empty_check(
        Move("offer_solution", "I'll look into it with the courier", 0), "en", en
    )


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        # money paid along with the platform refund goes the refund's way: on the platform
        ("额外给您15块补偿,和退款一起到您支付宝", None),
        ("10元现金补偿随退款一并退回您的微信", None),
        # a transfer of its own to an account is still outside the platform
        ("额外给您15块补偿,直接打到您支付宝", "alipay"),
        ("15块我单独转您微信,跟退款分开", "wechat"),
    ],
)
def test_compensation_with_the_refund_is_on_the_platform(text: str, channel) -> None:
    offers = [m for m in classify(text, "zh") if m.name == "offer_compensation"]
    assert offers, text
    assert {m.channel for m in offers} == {channel}, text



def test_prep_reason_given_as_a_further_fact_and_worry_answered_with_the_policy() -> None:
    """PREP: the point (8 hours), then its reason as a further fact in a later reply (32 hours
    with the case, the script's own follow-up step), is a reason; "能退吗?" answered with the
    return policy itself ("签收后7天内无理由退货") closes the sale."""
    session = play(
        "battery_life_repeat",
        [
            "单次充满8小时,让您问了好几遍,抱歉。",
            "耳机放回盒子就补电,加上盒子一共32小时。",
            "签收后7天内无理由退货。",
        ],
    )
    card = session.scorecard()
    assert card.ending == "resolved_happy"
    assert not any(p.move == "missing:reason" for p in card.penalties)
    # a reply with no fact beyond the point gives no reason
    session = play(
        "battery_life_repeat", ["单次充满8小时,让您问了好几遍,抱歉。", "单次8小时,够用。"]
    )
    assert any(p.move == "missing:reason" for p in session.scorecard().penalties)


def test_solution_arranged_in_a_later_sentence_of_its_reply() -> None:
    """A solution's evidence is its first hit; the timed remedy may come in a later sentence
    ("I've opened a trace. I'm sending a replacement by express today."): the plan is arranged,
    so a merged reply does not leave the customer asking what happens now. Other remedies keep
    to their own sentence."""
    text = "I've opened a trace with the courier. I'm sending a replacement by express today."
    trace = Move("offer_solution", "I've opened a trace with the courier", 0)
    assert arranged(trace, "en", text)
    assert not arranged(trace, "en", "I've opened a trace with the courier. Sorry again.")
    zh = "我已经让快递查件了。另外今天下午给您用顺丰补发一件。"
    assert arranged(Move("offer_solution", "我已经让快递查件了", 0), "zh", zh)
    swap = "Shall I swap it for an L? The refund for the belt goes out today."
    assert not arranged(Move("exchange_or_upsell_offer", "Shall I swap it for an L", 0), "en", swap)


def test_coupon_put_into_the_account_beside_another_offer() -> None:
    """ "往您账户放一张30元券" names where the coupon goes before its verb; beside another offer
    (the model adds no offer then) the rules must read it too."""
    text = "退回来的运费我们出。耽误您了,我往您账户里存一张20元券。"
    assert offers_read(text) == [("coupon", 20.0), ("free_return_shipping", 0.0)]
