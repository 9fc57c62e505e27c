"""Script vocabulary and flow: endings, dimensions, and the nodes and transitions of a script.

Part of the script schema (:mod:`simulator.roleplay.script` re-exports the public names): what
the customer says at each node, and which reply (moves, state conditions, knowledge-base facts)
leads where. See ``docs/roleplay-scripts.md``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from simulator.roleplay.conditions import (
    Condition,
    ConditionSyntaxError,
    parse_comparison_shorthand,
    parse_condition,
)
from simulator.roleplay.limits import STRICT_CONFIG, Number
from simulator.roleplay.moves import MOVES
from simulator.roleplay.saferegex import regex_problem

#: How a session can end (names are a contract with the trainer, the store and the GUI).
ENDINGS = (
    "resolved_happy",
    "resolved_neutral",
    "escalated_to_supervisor",
    "bad_review",
    "refund_forced",
    "customer_left",
)
#: Endings that count as a resolved conversation.
GOOD_ENDINGS = ("resolved_happy", "resolved_neutral")
#: Rubric dimensions (names are a contract; weights live in :mod:`simulator.roleplay.scoring`).
DIMENSIONS = (
    "empathy",
    "no_blame",
    "responsibility",
    "structure",
    "timeliness",
    "resolution",
    "compliance",
)
#: Conversation structures the ``structure`` dimension can judge.
STRUCTURES = ("complaint", "prep", "fabe")

_SLUG = r"^[a-z][a-z0-9_]*$"
Slug = Annotated[str, Field(pattern=_SLUG, min_length=1, max_length=64)]
Text = Annotated[str, Field(min_length=1)]
#: Customer lines: a list of variants; a variant is one message or a list of messages.
Lines = Annotated[list[Text | Annotated[list[Text], Field(min_length=1)]], Field(min_length=1)]
Effects = dict[Slug, Number]  # finite numbers only (limits.Number)

#: Offer kinds a customer line may presuppose (``requires: [coupon]``); ``refund`` is also met by
#: a full refund. The lexicons read these kinds from a reply (``moves.Move.kind``).
OFFER_KINDS = ("coupon", "refund", "cash", "free_return_shipping", "gift", "full_refund")


class FrozenModel(BaseModel):
    # unknown keys refused, strict finite numbers, bounded text: see simulator.roleplay.limits
    model_config = STRICT_CONFIG


class TaggedLine(FrozenModel):
    """A line variant that refers to something the reply must have said (``requires``): a move
    name (``escalate_to_supervisor``) or an offer kind (``coupon``). The session chooses it only
    when the conversation had every one, and none of ``unless`` (a line asking for the money
    back is not chosen once it was refunded); ``requires: []`` marks a line reviewed as
    presupposing nothing. See "Lines that refer to what the agent said" in
    ``docs/roleplay-scripts.md``."""

    say: Text | Annotated[list[Text], Field(min_length=1)]
    requires: list[str] = []
    unless: list[str] = []

    @field_validator("requires", "unless")
    @classmethod
    def _tags(cls, v: list[str]) -> list[str]:
        for tag in v:
            if tag not in MOVES and tag not in OFFER_KINDS:
                raise ValueError(
                    f"unknown requirement {tag!r}; use a move name or an offer kind"
                    f" ({', '.join(OFFER_KINDS)})"
                )
        return v


#: Lines answering a reply (node, transition and ``otherwise`` lines): variants may be tagged.
ReplyLines = Annotated[
    list[Text | Annotated[list[Text], Field(min_length=1)] | TaggedLine], Field(min_length=1)
]


def check_move(name: str) -> str:
    if name not in MOVES:
        raise ValueError(f"unknown move {name!r}; moves are: {', '.join(MOVES)}")
    return name


def check_regex(v: str | None) -> str | None:
    """Validate a regular expression field (a pydantic validator helper)."""
    if v is not None:
        problem = regex_problem(v)  # syntax, size and catastrophic backtracking (saferegex)
        if problem is not None:
            raise ValueError(problem)
    return v


@lru_cache(maxsize=512)
def compile_condition(text: str) -> Condition:
    """Parse a condition once (texts were syntax-checked when the script was loaded)."""
    return parse_condition(text)


class FactRef(FrozenModel):
    """A knowledge-base fact the reply must state (``product`` defaults to the order's)."""

    key: Text
    product: str | None = None


def as_fact_list(v: object) -> object:
    if isinstance(v, str | dict):
        v = [v]
    if isinstance(v, list):
        return [{"key": x} if isinstance(x, str) else x for x in v]
    return v


class When(FrozenModel):
    """What a reply must do for a transition to fire (all given parts must hold)."""

    all_of: list[str | Annotated[list[str], Field(min_length=1)]] = []
    any_of: list[str] = []
    none_of: list[str] = []
    compensation: str | None = None  # e.g. ">= 20", "> 0 and compensation <= 30"
    condition: str | None = None  # e.g. "anger > 70 and patience <= 1"
    states_fact: list[FactRef] = []
    text_matches: str | None = None  # a regex on the reply

    @field_validator("all_of")
    @classmethod
    def _all(cls, v: list) -> list:
        for item in v:
            for name in item if isinstance(item, list) else [item]:
                check_move(name)
        return v

    @field_validator("any_of", "none_of")
    @classmethod
    def _moves(cls, v: list[str]) -> list[str]:
        return [check_move(x) for x in v]

    @field_validator("compensation", mode="before")
    @classmethod
    def _comp(cls, v: object) -> object:
        if v is None:
            return v
        try:
            return parse_comparison_shorthand(v, "compensation").text  # type: ignore[arg-type]
        except ConditionSyntaxError as exc:
            raise ValueError(str(exc)) from None

    @field_validator("condition")
    @classmethod
    def _cond(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                parse_condition(v)
            except ConditionSyntaxError as exc:
                raise ValueError(str(exc)) from None
        return v

    @field_validator("states_fact", mode="before")
    @classmethod
    def _facts(cls, v: object) -> object:
        return as_fact_list(v)

    @field_validator("text_matches")
    @classmethod
    def _regex(cls, v: str | None) -> str | None:
        return check_regex(v)

    def conditions(self) -> list[Condition]:
        """The parsed ``compensation`` and ``condition`` parts."""
        return [compile_condition(t) for t in (self.compensation, self.condition) if t]

    @property
    def is_empty(self) -> bool:
        return not (
            self.all_of or self.any_of or self.none_of or self.compensation or self.condition
        ) and not (self.states_fact or self.text_matches)


class Transition(FrozenModel):
    """Where a reply leads: to another node (``goto``) or an ending, changing state."""

    when: When = When()
    effects: Effects = {}
    goto: str | None = None
    ending: Literal[ENDINGS] | None = None  # type: ignore[valid-type]
    say: ReplyLines | None = None  # overrides the target's lines for this transition
    feedback: str | None = None  # coaching shown when this transition fires

    @model_validator(mode="after")
    def _target(self) -> Transition:
        if (self.goto is None) == (self.ending is None):
            raise ValueError("give exactly one of 'goto' (a node id) or 'ending' (an ending name)")
        return self


class Otherwise(FrozenModel):
    """What happens when no transition of a node fires: the customer stays and loses patience."""

    effects: Effects = {"patience": -1}
    say: ReplyLines | None = None
    feedback: str | None = None


class ModelAnswer(FrozenModel):
    """A strong reply at a node, shown as the suggestion for the dimensions it ``shows``."""

    text: Text
    shows: list[Literal[DIMENSIONS]] = []  # type: ignore[valid-type]
    note: str = ""


class Node(FrozenModel):
    """One step of the conversation: what the customer says and where replies lead."""

    id: Slug
    #: None: the customer repeats the opening (usual for the start node)
    say: ReplyLines | None = None
    transitions: list[Transition] = []
    otherwise: Otherwise = Otherwise()
    model_answers: list[ModelAnswer] = []
    note: str = ""
