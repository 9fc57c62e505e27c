"""Small readers shared by the roleplay tests: the moves read in a reply, the offers in it, the
follow-up time promised, a shipped script played through a list of replies, a reader model of
fixed probabilities."""

from __future__ import annotations

from pathlib import Path

from simulator.roleplay.lexicon import load_lexicon
from simulator.roleplay.moves import classify, read_reply
from simulator.roleplay.offers import read_offers
from simulator.roleplay.reader import COLUMNS
from simulator.roleplay.script import load_script
from simulator.roleplay.session import Session
from simulator.roleplay.textnorm import normalise

SCRIPTS = Path(__file__).resolve().parents[2] / "scenarios" / "roleplay"


class StubModel:
    """A reader model giving fixed probabilities (moves and offer kinds; 0.01 unless named)."""

    def __init__(self, **probs: float) -> None:
        self.probs = {m: probs.get(m, 0.01) for m in COLUMNS}

    def probabilities(self, text, normalised=False, clauses=()):
        return dict(self.probs)

    def best_span(self, move, spans, norm) -> int:
        return 0


def move_names(text: str, lang: str = "zh") -> set[str]:
    """The names of the moves ``text`` is read as."""
    return {m.name for m in classify(text, lang)}


def offers_read(text: str, lang: str = "zh") -> list[tuple]:
    """The offers of ``text`` as sorted ``(kind or "", amount or 0.0)`` pairs."""
    norm, _ = normalise(text)
    return sorted((o.kind or "", o.amount or 0.0) for o in read_offers(norm, load_lexicon(lang)))


def play(script_id: str, replies: list[str]) -> Session:
    """The shipped script ``script_id`` (seed 0) after ``replies``, 10 s each, the last one marked
    last; replies after the session has ended are not sent."""
    session = Session(load_script(SCRIPTS / f"{script_id}.yaml"), seed=0)
    session.opening()
    for i, text in enumerate(replies, 1):
        if not session.finished:
            session.reply(text, 10, last=i == len(replies))
    return session


def followup_hours(text: str, lang: str = "zh") -> float | None:
    """The hours of the follow-up ``text`` is read to promise (the reader, rules and model)."""
    found = [m.hours for m in read_reply(text, lang).moves if m.name == "promise_followup"]
    assert found, f"no follow-up read in {text!r}"
    return found[0]
