"""The script condition grammar: parsed by hand, never evaluated as Python."""

from __future__ import annotations

import pytest

from simulator.roleplay.conditions import (
    ConditionSyntaxError,
    parse_comparison_shorthand,
    parse_condition,
)


@pytest.mark.parametrize(
    ("text", "env", "expected"),
    [
        ("anger > 70", {"anger": 71}, True),
        ("anger > 70", {"anger": 70}, False),
        ("anger >= 70", {"anger": 70}, True),
        ("patience <= 0", {"patience": 0}, True),
        ("anger != 5", {"anger": 5}, False),
        ("anger == 5.5", {"anger": 5.5}, True),
        ("trust < -1", {"trust": -2}, True),
        # and binds tighter than or: (anger > 90) or (patience < 2 and turn >= 3)
        ("anger > 90 or patience < 2 and turn >= 3", {"anger": 10, "patience": 1, "turn": 3}, True),
        (
            "anger > 90 or patience < 2 and turn >= 3",
            {"anger": 10, "patience": 1, "turn": 2},
            False,
        ),
        ("anger > 90 or patience < 2 and turn >= 3", {"anger": 95, "patience": 5, "turn": 1}, True),
        ("missing > 0", {}, False),  # an unknown name reads as 0
    ],
)
def test_conditions_evaluate(text: str, env: dict, expected: bool) -> None:
    assert parse_condition(text).test(env) is expected


def test_condition_names() -> None:
    assert parse_condition("anger > 1 and trust < 2 or turn == 3").names == {
        "anger",
        "trust",
        "turn",
    }


@pytest.mark.parametrize(
    "text",
    [
        "",
        "anger",
        "anger >",
        "anger >> 70",
        "70 < anger",
        "anger > seventy",
        "anger > 70 and",
        "anger > 70 xor patience < 1",
        "__import__('os').system('echo hi') > 0",
        "(anger > 70)",
        "anger > 70; patience < 1",
        "and > 1",
    ],
)
def test_bad_conditions_are_rejected(text: str) -> None:
    with pytest.raises(ConditionSyntaxError):
        parse_condition(text)


def test_compensation_shorthand() -> None:
    assert parse_comparison_shorthand("> 0", "compensation").test({"compensation": 5})
    assert not parse_comparison_shorthand(20, "compensation").test({"compensation": 19})
    both = parse_comparison_shorthand("> 0 and compensation <= 30", "compensation")
    assert both.test({"compensation": 30}) and not both.test({"compensation": 31})
