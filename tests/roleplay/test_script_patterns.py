"""A script's text patterns (``text_matches``, key points) are written in Simplified Chinese and
ASCII; they also match replies typed in Traditional characters or full width."""

from __future__ import annotations

from simulator.roleplay.transitions import text_matches


def test_script_patterns_match_traditional_and_full_width_text() -> None:
    assert text_matches("三次|这个月", "這個月已經是第3回了")
    assert text_matches("499", "到手價４９９元")
    assert text_matches("shipping", "SHIPPING is on us")
    assert not text_matches("499", "到手价599")
