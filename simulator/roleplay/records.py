"""Flat records of a role-play session: turns, violations, penalties and the scorecard.

The bottom of the role-play engine: the session writes :class:`Turn` records, compliance
writes :class:`Violation` records, scoring turns the turns into a :class:`Scorecard`, coaching
and the front ends (terminal trainer, window) only read them. Nothing here imports another
engine module except :mod:`simulator.roleplay.moves` (for the :class:`Move` a turn holds), so
every other module can import these records without an import cycle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from simulator.roleplay.moves import Move

__all__ = ["DimensionScore", "Penalty", "Scorecard", "Turn", "Violation", "quote"]


def quote(words: str, limit: int = 40) -> str:
    """The trainee's words, shortened to ``limit`` characters (twice that for Latin script)."""
    words = " ".join(words.split())
    if sum(ch.isascii() for ch in words) > len(words) / 2:
        limit *= 2
    return words if len(words) <= limit else words[: limit - 1] + "…"


@dataclass(frozen=True)
class Violation:
    """One compliance problem in a reply.

    ``words`` is the trainee's own words that break the rule (an exact slice of the reply), kept
    apart from ``reason`` (why it is not allowed) so reports quote and explain separately.
    """

    words: str
    reason: str
    lang: str = "zh"

    def __str__(self) -> str:
        if self.lang == "zh":
            return f"「{quote(self.words)}」{self.reason}"
        return f'"{quote(self.words)}": {self.reason}'

    def to_dict(self) -> dict[str, str]:
        return {"words": self.words, "reason": self.reason}


@dataclass(frozen=True)
class Turn:
    """One trainee reply and what it caused (flat record; ``to_dict`` for JSON)."""

    index: int  # 1 for the first reply
    trainee_text: str
    elapsed_s: float
    moves: tuple[Move, ...]
    customer_lines: tuple[str, ...]
    state: dict[str, float]  # state after the reply
    feedback: str  # one line of coaching
    finished: bool
    ending: str | None
    node: str = ""  # node at which the reply was judged
    next_node: str | None = None  # node after the reply (None when finished)
    state_before: dict[str, float] = field(default_factory=dict)
    slow_steps: int = 0  # threshold steps over the allowed time (0: in time)
    matched: bool = True  # False when no transition fired (the customer stayed, losing patience)
    violations: tuple[Violation, ...] = ()  # compliance problems in this reply
    facts_stated: tuple[str, ...] = ()  # script fact keys the reply carries
    reasked: tuple[str, ...] = ()  # handoff facts asked again though the transcript showed them
    #: why the customer asked instead of reacting: "unsure" (the reading found nothing sure),
    #: "wrong_language", "too_long" or "repeated" (roleplay.turn_checks); None: judged as usual
    doubt: str | None = None
    padded: bool = False  # longer than a chat message (turn_checks.PAD_CHARS)
    fast: bool = False  # typed faster than a person types (turn_checks.TYPING_CPS)

    @property
    def move_names(self) -> tuple[str, ...]:
        """The moves read in the reply, each once, in the order found."""
        return tuple(dict.fromkeys(m.name for m in self.moves))

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "trainee_text": self.trainee_text,
            "elapsed_s": self.elapsed_s,
            "node": self.node,
            "moves": [
                {k: v for k, v in vars(m).items() if v is not None or k in ("name", "evidence")}
                for m in self.moves
            ],
            "customer_lines": list(self.customer_lines),
            "state": dict(self.state),
            "feedback": self.feedback,
            "finished": self.finished,
            "ending": self.ending,
            "slow_steps": self.slow_steps,
            "violations": [v.to_dict() for v in self.violations],
            "facts_stated": list(self.facts_stated),
            "reasked": list(self.reasked),
            "doubt": self.doubt,
            "padded": self.padded,
            "fast": self.fast,
        }


@dataclass(frozen=True)
class DimensionScore:
    """One rubric dimension: points, the trainee's words behind them, a better reply."""

    score: float
    max: float
    evidence: str
    suggestion: str
    note: str = ""


@dataclass(frozen=True)
class Penalty:
    """Points a move (or a missing move, ``missing:...``) cost in one dimension.

    ``quote`` is always the trainee's own words (possibly shortened with "…"); ``reason`` says
    why they lost the points when the move name alone does not (a compliance violation).
    """

    turn: int | None
    dimension: str
    move: str
    quote: str
    points: float
    reason: str = ""


@dataclass(frozen=True)
class Scorecard:
    """The scored session: total, pass/blocked, dimensions, ending and anger curve."""

    script: str
    title: str
    lang: str
    seed: int
    ending: str
    ending_consequence: dict[str, Any]
    total: int
    passed: bool
    blocked: bool
    block_reasons: list[str]
    dimensions: dict[str, DimensionScore]
    turns: list[Turn]
    anger_curve: list[float]
    penalties: list[Penalty] = field(default_factory=list)
    #: replies (1 for the first) that copy a script's model answer (roleplay.copying)
    copied_turns: tuple[int, ...] = ()
    #: what a reviewer should know, by name, with the replies concerned (1 for the first):
    #: ``not_served`` (no resolving ending: never a pass), ``implausible_timing``, ``padding``,
    #: ``wrong_language``, ``unsure`` (left out of the score), ``copied``
    flags: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "script": self.script,
            "title": self.title,
            "lang": self.lang,
            "seed": self.seed,
            "ending": self.ending,
            "ending_consequence": dict(self.ending_consequence),
            "total": self.total,
            "passed": self.passed,
            "blocked": self.blocked,
            "block_reasons": list(self.block_reasons),
            "dimensions": {k: vars(v).copy() for k, v in self.dimensions.items()},
            "penalties": [vars(p).copy() for p in self.penalties],
            "anger_curve": list(self.anger_curve),
            "copied_turns": list(self.copied_turns),
            "flags": {k: list(v) for k, v in self.flags.items()},
            "turns": [t.to_dict() for t in self.turns],
        }
