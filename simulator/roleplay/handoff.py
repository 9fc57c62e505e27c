"""Handoff context: a chat that arrives from the bot, played warm (context shown) or cold.

A script with a ``handoff`` block (format: "Handoff context" in ``docs/roleplay-scripts.md``)
starts where the bot gave up: the bot transcript and the profile the bot collected exist. In
**warm** mode the trainee sees them (:attr:`HandoffPlay.context`); a question that asks for a
fact of the profile again gets the script's ``repeat_line`` ("我刚才已经说过了") and
``repeat_anger`` per fact. In **cold** mode the trainee sees nothing, so asking is fair: the
customer repeats the fact (``cold.ask_anger`` per fact, for telling a new person again) and the
trainee knows it from then on. Either way, a reply that uses a fact the trainee knows counts in
the ``context_used`` built-in, so scripts can let the customer move on faster.

What counts as asking is data: a sentence of the reply that is a question (it holds an
``ask_clarifying_question`` move or ends with a question mark) and contains one of the fact's
``ask`` words, unless it also contains one of the fact's ``uses`` words (then it confirms the
fact, which is using it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from simulator.common.errors import InputError
from simulator.roleplay.moves import Move
from simulator.roleplay.script_schema import HANDOFF_REPEAT_LINE, Handoff, Script
from simulator.roleplay.textnorm import QUESTION_MARK, fold

__all__ = [
    "HANDOFFS",
    "BotMessage",
    "HandoffContext",
    "HandoffPlay",
    "HandoffRead",
    "ProfileItem",
    "handoff_mode",
]

#: How the chat reached the trainee: straight from the customer, or from the bot with its
#: transcript shown (``warm``) or hidden (``cold``). The same names as the progress store's.
HANDOFFS = ("none", "warm", "cold")

_SENTENCE_END = re.compile(r"(?<=[。!?!?;;\n])|(?<=\.)\s+")

_FEEDBACK = {
    "zh": "客户已经把{labels}告诉机器人了,转人工后要先看记录直接用,不要让客户再说一遍。",
    "en": "The customer already gave the bot the {labels}; read the transcript and use it "
    "instead of asking again.",
}


@dataclass(frozen=True)
class BotMessage:
    """One message of the bot conversation before the handoff."""

    who: str  # "customer" or "bot"
    text: str


@dataclass(frozen=True)
class ProfileItem:
    """One fact the bot collected, as a window shows it."""

    key: str
    label: str
    value: str


@dataclass(frozen=True)
class HandoffContext:
    """What a warm handoff shows the trainee before the first reply."""

    reason: str
    transcript: tuple[BotMessage, ...]
    profile: tuple[ProfileItem, ...]


@dataclass(frozen=True)
class HandoffRead:
    """What one reply did with the handoff context."""

    asked: tuple[str, ...] = ()  # profile facts the reply asks for
    used: tuple[str, ...] = ()  # facts the trainee knows and uses in the reply
    reasked: tuple[str, ...] = ()  # warm: asked although the transcript shows them
    answered: tuple[str, ...] = ()  # cold: asked, so the customer repeats them
    anger: float = 0.0  # anger the reply adds for making the customer repeat herself


def handoff_mode(script: Script, handoff: str | None) -> str:
    """The handoff mode to play: ``None`` means ``warm`` for a script with a ``handoff`` block,
    else ``none``.

    Raises:
        InputError: an unknown mode, ``warm``/``cold`` for a script without a handoff block, or
            ``none`` for one that has it.
    """
    if handoff is None:
        return "warm" if script.handoff is not None else "none"
    if handoff not in HANDOFFS:
        raise InputError(f'"handoff" must be one of {", ".join(HANDOFFS)}, got {handoff!r}')
    if script.handoff is None and handoff != "none":
        raise InputError(
            f"script {script.id!r} has no handoff block, so it cannot be played {handoff!r} "
            "(the chat does not come from the bot)"
        )
    if script.handoff is not None and handoff == "none":
        raise InputError(
            f'script {script.id!r} arrives from the bot: play it "warm" or "cold", not "none"'
        )
    return handoff


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", fold(text))


class HandoffPlay:
    """The handoff side of one session: what the trainee knows and what a reply asks for."""

    def __init__(self, script: Script, mode: str) -> None:
        self.script = script
        self.mode = mode
        block = script.handoff if mode != "none" else None
        self._block: Handoff | None = block
        self._known: set[str] = set()  # facts the trainee can see or has been told
        self._ask: dict[str, list[str]] = {}  # fact -> normalised ask words
        self._uses: dict[str, list[str]] = {}  # fact -> normalised words that use it
        if block is None:
            return
        self._known = set(block.profile) if mode == "warm" else set(block.cold.told)
        for key, value in block.profile.items():
            fact = block.facts.get(key)
            words = list(fact.uses) if fact and fact.uses else [str(value)]
            self._uses[key] = [w for w in map(_norm, words) if w]
        self._ask = {k: [_norm(w) for w in f.ask] for k, f in block.facts.items()}

    @property
    def context(self) -> HandoffContext | None:
        """The transcript and profile a warm handoff shows; None when cold or without one."""
        if self._block is None or self.mode != "warm":
            return None
        return HandoffContext(
            reason=self._block.reason,
            transcript=tuple(BotMessage(b.who, b.text) for b in self._block.bot_transcript),
            profile=tuple(
                ProfileItem(k, self.label(k), str(v)) for k, v in self._block.profile.items()
            ),
        )

    @property
    def opening(self) -> list | None:
        """The customer's opening lines when they differ from the script's (cold mode)."""
        if self._block is not None and self.mode == "cold":
            return self._block.cold.opening
        return None

    def label(self, key: str) -> str:
        """How a profile fact is named (its ``label``, else the key)."""
        fact = self._block.facts.get(key) if self._block is not None else None
        return fact.label if fact is not None and fact.label else key.replace("_", " ")

    def read(self, text: str, moves: Sequence[Move]) -> HandoffRead:
        """What ``text`` asks and uses; in cold mode the facts asked become known."""
        block = self._block
        if block is None:
            return HandoffRead()
        asked = self._asked(text, moves)
        norm = _norm(text)
        used = tuple(
            k for k in block.profile if k in self._known and any(w in norm for w in self._uses[k])
        )
        if self.mode == "warm":
            return HandoffRead(asked, used, reasked=asked, anger=block.repeat_anger * len(asked))
        self._known.update(asked)
        return HandoffRead(asked, used, answered=asked, anger=block.cold.ask_anger * len(asked))

    def lines(self, read: HandoffRead) -> list[list]:
        """Line sources (lists of variants) the customer says before her usual answer."""
        block = self._block
        if block is None:
            return []
        if read.reasked:
            return [block.repeat_line or HANDOFF_REPEAT_LINE[self.script.lang]]
        return [block.facts[k].answer or [str(block.profile[k])] for k in read.answered]

    def feedback(self, read: HandoffRead) -> str | None:
        """A coaching line for a warm re-ask, else None."""
        if not read.reasked:
            return None
        sep = "、" if self.script.lang == "zh" else ", "
        labels = sep.join(self.label(k) for k in read.reasked)
        return _FEEDBACK[self.script.lang].format(labels=labels)

    def _asked(self, text: str, moves: Sequence[Move]) -> tuple[str, ...]:
        questions = [m.evidence for m in moves if m.name == "ask_clarifying_question"]
        if not questions:
            return ()
        marks = [_norm(q) for q in questions]
        sentences = [
            s
            for s in map(_norm, _SENTENCE_END.split(text))
            if QUESTION_MARK.search(s) or any(q and (q in s or s in q) for q in marks)
        ]
        found = []
        for key, words in self._ask.items():
            uses = self._uses.get(key, [])
            if any(any(w in s for w in words) and not any(u in s for u in uses) for s in sentences):
                found.append(key)
        return tuple(found)
