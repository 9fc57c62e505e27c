"""A script's text patterns (``text_matches``, key points) are written in Simplified Chinese and
ASCII; they also match replies typed in Traditional characters or full width."""

from __future__ import annotations

from simulator.roleplay.transitions import text_matches


def test_script_patterns_match_traditional_and_full_width_text() -> None:
    assert text_matches("三次|这个月", "這個月已經是第3回了")
    assert text_matches("499", "到手價４９９元")
    assert text_matches("shipping", "SHIPPING is on us")
    assert not text_matches("499", "到手价599")


def test_a_forbidden_promise_in_traditional_characters_is_still_a_breach() -> None:
    from simulator.roleplay.script import list_scripts
    from simulator.roleplay.session import Session

    script = next(s for s in list_scripts() if s.id == "late_delivery_angry")
    turn = Session(script, 0).reply("王女士,我保證明天一定送到!", 10)
    assert turn.violations and turn.violations[0].words == "保證明天一定送到"
    declined = Session(script, 0).reply("我不能保證明天一定送到,但會一直跟進。", 10)
    assert not declined.violations


def test_a_promise_declined_with_a_typographic_apostrophe_is_declined() -> None:
    from simulator.roleplay.script import list_scripts
    from simulator.roleplay.session import Session

    script = next(s for s in list_scripts() if s.id == "en_late_delivery_angry")
    for text in (
        "I can’t guarantee it will arrive tomorrow.",
        "I can't guarantee it will arrive tomorrow.",
    ):
        assert not Session(script, 0).reply(text, 10).violations, text
    assert Session(script, 0).reply("I guarantee it will arrive tomorrow.", 10).violations
