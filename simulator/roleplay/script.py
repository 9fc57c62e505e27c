"""Role-play scripts: a scripted difficult customer as a tree of validated, immutable objects.

A script is a YAML file under ``scenarios/roleplay/`` (format: ``docs/roleplay-scripts.md``).
:func:`load_script` reads and validates one; every later step works on the :class:`Script`
objects, never on raw dicts. Cross-references (``goto`` targets, ending names, the start node)
are checked by :mod:`simulator.roleplay.validate`, which ``load_script`` runs too.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

import simulator
from simulator.errors import InputError
from simulator.roleplay.conditions import (
    Condition,
    ConditionSyntaxError,
    parse_comparison_shorthand,
    parse_condition,
)
from simulator.roleplay.moves import MOVES
from simulator.yamlio import read_yaml, validate_document

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

#: State changes every reply's moves cause before the node's transition is chosen. A script's
#: ``move_effects`` entries replace these per move (``{}`` switches a move's effect off).
DEFAULT_MOVE_EFFECTS: dict[str, dict[str, float]] = {
    "acknowledge_emotion": {"anger": -8},
    "apology": {"anger": -5},
    "take_responsibility": {"anger": -8},
    "thank_for_feedback": {"anger": -3},
    "negation_or_blame": {"anger": 15, "patience": -1},
    "mechanical_phrase": {"anger": 10, "patience": -1},
    "off_topic": {"anger": 5, "patience": -1},
}

_SLUG = r"^[a-z][a-z0-9_]*$"
Slug = Annotated[str, Field(pattern=_SLUG, min_length=1, max_length=64)]
Text = Annotated[str, Field(min_length=1)]
#: Customer lines: a list of variants; a variant is one message or a list of messages.
Lines = Annotated[list[Text | Annotated[list[Text], Field(min_length=1)]], Field(min_length=1)]
Effects = dict[Slug, float]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_move(name: str) -> str:
    if name not in MOVES:
        raise ValueError(f"unknown move {name!r}; moves are: {', '.join(MOVES)}")
    return name


class Order(_Frozen):
    """The order the conversation is about."""

    item: Text
    product: str | None = None  # the product's name in the knowledge base, e.g. "声浪 Pro"
    price_yuan: float = Field(ge=0)
    order_id: str | None = None
    order_date: date | None = None
    promised_date: date | None = None
    days_late: int | None = Field(default=None, ge=0)
    status: str | None = None
    facts: dict[str, str | int | float] = {}


class Persona(_Frozen):
    """Who the customer is."""

    name: Text
    vip_tier: Text
    traits: list[Text] = []
    background: str = ""
    order: Order | None = None


class Forbidden(_Frozen):
    """A promise or move policy forbids: a regex on the reply, or a move name."""

    pattern: str | None = None
    move: str | None = None
    reason: Text

    @field_validator("pattern")
    @classmethod
    def _regex(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                re.compile(v)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression ({exc})") from None
        return v

    @field_validator("move")
    @classmethod
    def _move(cls, v: str | None) -> str | None:
        return None if v is None else _check_move(v)

    @model_validator(mode="after")
    def _one(self) -> Forbidden:
        if (self.pattern is None) == (self.move is None):
            raise ValueError("give exactly one of 'pattern' (a regex) or 'move' (a move name)")
        return self


class Authority(_Frozen):
    """What the agent may grant without a supervisor."""

    max_coupon_yuan: float = Field(ge=0)
    max_refund_yuan: float = Field(ge=0)
    full_refund_allowed: bool = False  # refunding the order's own price is policy (e.g. defect)
    forbidden: list[Forbidden] = []


class Timing(_Frozen):
    """How slow replies anger the customer (see ``docs/roleplay-scripts.md``)."""

    first_reply_s: float = Field(default=30, gt=0)
    reply_s: float = Field(default=60, gt=0)
    first_slow_anger: float = Field(default=15, ge=0)
    slow_anger: float = Field(default=8, ge=0)
    slow_patience: float = Field(default=0, ge=0)
    max_steps: int = Field(default=3, ge=1, le=10)


class Variable(_Frozen):
    """A declared state variable with its start value and bounds."""

    initial: float
    min: float = 0
    max: float = 100
    description: str = ""

    @model_validator(mode="after")
    def _bounds(self) -> Variable:
        if not self.min <= self.initial <= self.max:
            raise ValueError(
                f"initial {self.initial} must lie within [min {self.min}, max {self.max}]"
            )
        return self


class FactRef(_Frozen):
    """A knowledge-base fact the reply must state (``product`` defaults to the order's)."""

    key: Text
    product: str | None = None


def _fact_list(v: object) -> object:
    if isinstance(v, str | dict):
        v = [v]
    if isinstance(v, list):
        return [{"key": x} if isinstance(x, str) else x for x in v]
    return v


class When(_Frozen):
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
                _check_move(name)
        return v

    @field_validator("any_of", "none_of")
    @classmethod
    def _moves(cls, v: list[str]) -> list[str]:
        return [_check_move(x) for x in v]

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
        return _fact_list(v)

    @field_validator("text_matches")
    @classmethod
    def _regex(cls, v: str | None) -> str | None:
        return Forbidden._regex(v)

    def conditions(self) -> list[Condition]:
        """The parsed ``compensation`` and ``condition`` parts."""
        return [compile_condition(t) for t in (self.compensation, self.condition) if t]

    @property
    def is_empty(self) -> bool:
        return not (
            self.all_of or self.any_of or self.none_of or self.compensation or self.condition
        ) and not (self.states_fact or self.text_matches)


class Transition(_Frozen):
    """Where a reply leads: to another node (``goto``) or an ending, changing state."""

    when: When = When()
    effects: Effects = {}
    goto: str | None = None
    ending: Literal[ENDINGS] | None = None  # type: ignore[valid-type]
    say: Lines | None = None  # overrides the target's lines for this transition
    feedback: str | None = None  # coaching shown when this transition fires

    @model_validator(mode="after")
    def _target(self) -> Transition:
        if (self.goto is None) == (self.ending is None):
            raise ValueError("give exactly one of 'goto' (a node id) or 'ending' (an ending name)")
        return self


class Otherwise(_Frozen):
    """What happens when no transition of a node fires: the customer stays and loses patience."""

    effects: Effects = {"patience": -1}
    say: Lines | None = None
    feedback: str | None = None


class ModelAnswer(_Frozen):
    """A strong reply at a node, shown as the suggestion for the dimensions it ``shows``."""

    text: Text
    shows: list[Literal[DIMENSIONS]] = []  # type: ignore[valid-type]
    note: str = ""


class Node(_Frozen):
    """One step of the conversation: what the customer says and where replies lead."""

    id: Slug
    say: Lines | None = None  # None: the customer repeats the opening (usual for the start node)
    transitions: list[Transition] = []
    otherwise: Otherwise = Otherwise()
    model_answers: list[ModelAnswer] = []
    note: str = ""


class Consequence(_Frozen):
    """What an ending costs or earns the shop."""

    text: Text
    cost_yuan: float = Field(default=0, ge=0)
    stars: int | None = Field(default=None, ge=1, le=5)  # the rating the customer leaves


class Ending(_Frozen):
    """The customer's last words and the consequence for the shop."""

    say: Lines
    consequence: Consequence


class KeyPoint(_Frozen):
    """An answer the script expects that is not a KB fact (e.g. a final price), as a regex."""

    name: Slug
    pattern: Text
    note: str = ""

    @field_validator("pattern")
    @classmethod
    def _regex(cls, v: str) -> str:
        return Forbidden._regex(v) or v


class Scoring(_Frozen):
    """Per-script adjustments of the rubric (defaults in :mod:`simulator.roleplay.scoring`)."""

    weights: dict[Literal[DIMENSIONS], float] | None = None  # type: ignore[valid-type]
    ending_credit: dict[Literal[ENDINGS], Annotated[float, Field(ge=0, le=1)]] = {}  # type: ignore[valid-type]
    required_facts: list[FactRef] = []
    key_points: list[KeyPoint] = []
    heated_anger: float = Field(default=50, ge=0, le=100)

    @field_validator("required_facts", mode="before")
    @classmethod
    def _facts(cls, v: object) -> object:
        return _fact_list(v)

    @field_validator("weights")
    @classmethod
    def _weights(cls, v: dict | None) -> dict | None:
        if v is None:
            return v
        missing = [d for d in DIMENSIONS if d not in v]
        if missing:
            raise ValueError(f"weights must give every dimension; missing {', '.join(missing)}")
        if any(w < 0 for w in v.values()) or abs(sum(v.values()) - 100) > 1e-6:
            raise ValueError(f"weights must be >= 0 and sum to 100, got sum {sum(v.values()):g}")
        return v


class Script(_Frozen):
    """A validated role-play script (see ``docs/roleplay-scripts.md``)."""

    id: Slug
    title: Text
    lang: Literal["zh", "en"]
    difficulty: int = Field(ge=1, le=3)
    skills: list[Text] = Field(min_length=1)
    structure: Literal[STRUCTURES]  # type: ignore[valid-type]
    description: str = ""
    persona: Persona
    authority: Authority
    timing: Timing = Timing()
    state: dict[Slug, Variable]
    move_effects: dict[str, Effects] = {}
    opening: Lines
    start: Slug
    nodes: list[Node] = Field(min_length=1)
    interrupts: list[Transition] = []
    endings: dict[Literal[ENDINGS], Ending]  # type: ignore[valid-type]
    max_turns: int = Field(default=12, ge=1, le=50)
    scoring: Scoring = Scoring()

    _path: Path | None = PrivateAttr(default=None)

    @field_validator("state")
    @classmethod
    def _state(cls, v: dict[str, Variable]) -> dict[str, Variable]:
        missing = [n for n in ("anger", "patience") if n not in v]
        if missing:
            raise ValueError(f"must declare {' and '.join(missing)} (anger 0-100, patience >= 0)")
        if v["anger"].min < 0 or v["anger"].max > 100:
            raise ValueError("anger must stay within 0-100 (set min >= 0, max <= 100)")
        return v

    @field_validator("move_effects")
    @classmethod
    def _move_effects(cls, v: dict[str, Effects]) -> dict[str, Effects]:
        for name in v:
            _check_move(name)
        return v

    @field_validator("endings")
    @classmethod
    def _endings(cls, v: dict) -> dict:
        missing = [e for e in ("resolved_happy", "customer_left") if e not in v]
        if missing:
            raise ValueError(f"must define {', '.join(missing)} (every script is winnable/losable)")
        return v

    @property
    def path(self) -> Path | None:
        """The file the script was loaded from (None when built in memory)."""
        return self._path

    @property
    def node_map(self) -> dict[str, Node]:
        """Nodes by id."""
        return {n.id: n for n in self.nodes}

    def effects_of(self, move: str) -> dict[str, float]:
        """State changes caused by ``move`` in any reply (script entry or default)."""
        if move in self.move_effects:
            return dict(self.move_effects[move])
        return dict(DEFAULT_MOVE_EFFECTS.get(move, {}))

    def fact_product(self, ref: FactRef) -> str | None:
        """The product a fact reference is about (explicit, else the order's product)."""
        if ref.product:
            return ref.product
        return self.persona.order.product if self.persona.order else None


@lru_cache(maxsize=512)
def compile_condition(text: str) -> Condition:
    """Parse a condition once (texts were syntax-checked when the script was loaded)."""
    return parse_condition(text)


def parse_script(doc) -> Script:
    """Validate a :class:`~simulator.yamlio.YamlDocument` into a :class:`Script` (schema only)."""
    script = validate_document(Script, doc)
    script._path = Path(doc.path)
    return script


def load_script(path: str | Path) -> Script:
    """Read, validate and cross-check one script file.

    Raises:
        InputError: one line ``FILE:LINE: field.path: message`` for the first problem
            (``.problems`` lists them all).
    """
    from simulator.roleplay.validate import semantic_diagnostics

    doc = read_yaml(path)
    script = parse_script(doc)
    errors = [d for d in semantic_diagnostics(script, doc) if d.severity == "error"]
    if errors:
        lines = [f"{d.file}: {d.where}: {d.message} ({d.hint})" for d in errors]
        more = f" (+{len(lines) - 1} more)" if len(lines) > 1 else ""
        err = InputError(lines[0] + more)
        err.problems = lines  # type: ignore[attr-defined]
        raise err
    return script


def list_scripts(folder: str | Path | None = None) -> list[Script]:
    """Load every ``*.yaml`` script in ``folder`` (default: the shipped ones), sorted by id."""
    folder = Path(folder) if folder is not None else simulator.SCENARIOS_DIR / "roleplay"
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder of role-play scripts")
    scripts = [load_script(p) for p in sorted(folder.glob("*.yaml"))]
    ids: dict[str, Path | None] = {}
    for s in scripts:
        if s.id in ids:
            raise InputError(f"{s.path}: id: {s.id!r} is already used by {ids[s.id]}")
        ids[s.id] = s.path
    return sorted(scripts, key=lambda s: s.id)
