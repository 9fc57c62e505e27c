"""Classes of misreading found leaving W-heldout5 (held-out set s5, released) out of the corpus,
each pinned with text that is in no corpus file: the class must be read, not the sentence."""

from __future__ import annotations

import pytest

from simulator.roleplay.moves import classify


def _names(text: str, lang: str) -> set[str]:
    return {m.name for m in classify(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "move", "read"),
    [
        # thanks for the customer's feedback is a thank, not a stock phrase
        ("Thanks so much for your feedback!", "en", "mechanical_phrase", False),
        ("Thanks so much for your feedback!", "en", "thank_for_feedback", True),
        ("Thanks for the feedback, we've logged it.", "en", "mechanical_phrase", True),
    ],
)
def test_w5_classes(text: str, lang: str, move: str, read: bool) -> None:
    assert (move in _names(text, lang)) is read
