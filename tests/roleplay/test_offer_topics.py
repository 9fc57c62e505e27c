"""A sum named as the topic of a clause is the customer's figure, not an offer (issue 10, offer
reading): "关于500元:我这边能给的上限是50元补偿" offers 50, and the 500 neither counts toward the
session's running total nor trips the authority check. A cap the agent can give is an offer at
the cap (the corpus convention: "最多50" gives the cap), also with a bare figure."""

from __future__ import annotations

import pytest

from simulator.roleplay.compliance import Granted, compliance_violations
from simulator.roleplay.lexicon import load_lexicon
from simulator.roleplay.money import amounts
from simulator.roleplay.moves import classify
from simulator.roleplay.offers import read_offers
from simulator.roleplay.script import list_scripts
from simulator.roleplay.textnorm import normalise

SCRIPTS = {s.id: s for s in list_scripts()}


def _lang(text: str) -> str:
    return "en" if text.isascii() else "zh"


def _offers(text: str) -> list[tuple]:
    norm, _ = normalise(text)
    return sorted(
        (o.kind or "", o.amount or 0.0) for o in read_offers(norm, load_lexicon(_lang(text)))
    )


def _read(text: str) -> list[tuple]:
    return sorted(
        (m.kind or "", m.amount_yuan or 0.0)
        for m in classify(text, _lang(text))
        if m.name == "offer_compensation"
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the topic ends at its colon: what follows is the agent's own offer
        ("关于300元:我这边权限内能给的上限是40元补偿", [("", 40.0)]),
        ("关于您要的300块:先给您发一张20元的券", [("coupon", 20.0)]),
        ("至于您说的300,我最多能给您补40元", [("", 40.0)]),
        ("您提的300元赔偿,我这边最多只能补40元", [("", 40.0)]),
        ("As for the $300 you mentioned: the most I can give is $40.", [("", 40.0)]),
        ("Regarding the 300: I can send you a 40 yuan voucher today.", [("coupon", 40.0)]),
        ("About the $300 compensation you asked for, the best I can do is $40.", [("", 40.0)]),
    ],
)
def test_a_sum_named_as_the_topic_is_not_the_offer(text, want):
    assert _offers(text) == want
    assert _read(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "关于300元赔偿:这个我确实做不了主",
        "至于你说的300块,这边真的给不了",
        "As for the $300 refund you asked for, I can't approve that myself.",
    ],
)
def test_a_topic_sum_alone_is_no_offer(text):
    assert _offers(text) == []
    norm, _ = normalise(text)
    assert amounts(norm, load_lexicon(_lang(text))) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a sum that is the offer itself stays one
        ("关于补偿:给您退40元", [("refund", 40.0)]),
        ("对于这次延误,给您补偿30元", [("", 30.0)]),
        ("您要的20元红包,已经给您发了", [("coupon", 20.0)]),  # a sum granted, not a topic
        ("About 20 dollars back is what I can refund you.", [("refund", 20.0)]),
    ],
)
def test_an_offer_beside_a_topic_without_a_sum_is_kept(text, want):
    assert _offers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("最多能给40", [("", 40.0)]),
        ("顶多只能补25吧", [("", 25.0)]),
        ("上限是40元", [("", 40.0)]),
        ("The most I can give is 40.", [("", 40.0)]),
        ("the most we can offer is 25, sorry", [("", 25.0)]),
    ],
)
def test_a_cap_the_agent_can_give_is_an_offer_at_the_cap(text, want):
    assert _read(text) == want


def test_the_customers_sum_does_not_trip_the_authority_check():
    script = SCRIPTS["compensation_above_authority"]  # compensation up to 50 yuan
    text = "好的,给您办换新。关于500元:我这个岗位当场能给的上限是50元补偿,今天到账。"
    granted = Granted()
    assert compliance_violations(script, text, tuple(classify(text, "zh")), granted) == []
    # the running total counts the agent's 50, not the customer's 500
    over = "再给您补60元"
    assert compliance_violations(script, over, tuple(classify(over, "zh")), granted)


def test_the_customers_sum_does_not_trip_the_authority_check_en():
    script = SCRIPTS["en_defect_refund"]  # refunds up to 20
    text = "As for the 300 yuan you mentioned: the most I can refund you is 20 yuan."
    moves = tuple(classify(text, "en"))
    assert [m.amount_yuan for m in moves if m.name == "offer_compensation"] == [20.0]
    assert compliance_violations(script, text, moves, Granted()) == []
