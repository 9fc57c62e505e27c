"""Copy detection: a reply that is a verbatim or near-verbatim copy of a script's model answer.

An exam tests the trainee's own words, and in practice mode the scorecard shows the model
answers, so a reply pasted (or retyped) from one is flagged on the scorecard
(:attr:`~simulator.roleplay.records.Scorecard.copied_turns`) and does not count as a pass of an
assignment or a certification requirement.

Both texts are compared after folding width and case and dropping everything that is not a
letter or a digit (punctuation, spaces, emoji), so "亲,非常抱歉!" and "亲 非常抱歉。" are equal.
A reply is a copy of an answer when either

- their :class:`difflib.SequenceMatcher` ratio is at least :data:`COPY_RATIO` (0.85: the texts
  differ in a few characters: a verbatim or lightly edited copy), or
- at least :data:`CONTAINED_SHARE` of the answer's character 5-grams appear in the reply (the
  whole answer pasted inside a longer reply).

Answers shorter than :data:`MIN_CHARS` folded characters ("好的,亲") are never a copy: anyone
writes them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

from simulator.roleplay.records import Turn
from simulator.roleplay.script_schema import Script

__all__ = [
    "CONTAINED_SHARE",
    "COPY_RATIO",
    "MIN_CHARS",
    "copied_turns",
    "copy_similarity",
    "fold_for_copy",
    "is_copy",
    "model_answers",
]

COPY_RATIO = 0.85
CONTAINED_SHARE = 0.85
MIN_CHARS = 12
_GRAM = 5


def fold_for_copy(text: str) -> str:
    """NFKC, lower case, letters and digits only."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LN")


def _grams(text: str) -> set[str]:
    return {text[i : i + _GRAM] for i in range(len(text) - _GRAM + 1)}


def _measures(reply: str, answer: str) -> tuple[float, float]:
    """(SequenceMatcher ratio, share of the answer's 5-grams in the reply), folded texts."""
    a, b = fold_for_copy(reply), fold_for_copy(answer)
    if len(b) < MIN_CHARS or not a:
        return 0.0, 0.0
    ratio = SequenceMatcher(None, a, b, autojunk=False).ratio()
    grams = _grams(b)
    return ratio, len(grams & _grams(a)) / len(grams)


def copy_similarity(reply: str, answer: str) -> float:
    """How much ``reply`` copies ``answer``, 0-1: the larger of the two measures above
    (0 when the folded answer is shorter than :data:`MIN_CHARS`)."""
    return max(_measures(reply, answer))


def is_copy(reply: str, answers: Iterable[str]) -> bool:
    """True when ``reply`` copies any of ``answers``."""
    for answer in answers:
        ratio, contained = _measures(reply, answer)
        if ratio >= COPY_RATIO or contained >= CONTAINED_SHARE:
            return True
    return False


def model_answers(script: Script) -> list[str]:
    """Every model answer of the script, in node order."""
    return [ans.text for node in script.nodes for ans in node.model_answers]


def copied_turns(script: Script, turns: Sequence[Turn]) -> tuple[int, ...]:
    """The indexes (1 for the first reply) of the replies that copy a model answer; a reply
    completing held pieces (:mod:`simulator.roleplay.bursts`) is read with them, so a copy
    split over several messages is a copy too."""
    answers = model_answers(script)
    out, held = [], []
    for t in turns:
        whole = "".join([*held, t.trainee_text])
        held = [*held, t.trainee_text] if t.doubt == "unfinished" else []
        if is_copy(t.trainee_text, answers) or (
            whole != t.trainee_text and is_copy(whole, answers)
        ):
            out.append(t.index)
    return tuple(out)
