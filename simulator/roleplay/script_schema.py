"""The role-play script schema: a scripted difficult customer as validated, immutable objects.

The format is documented in ``docs/roleplay-scripts.md``. :func:`parse_script` checks one
parsed YAML document against the schema only; :func:`simulator.roleplay.script.load_script`
also runs the cross-reference checks of :mod:`simulator.roleplay.validate`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, PrivateAttr, field_validator, model_validator

from simulator.common.yamlio import YamlDocument, validate_document
from simulator.roleplay.limits import MAX_ITEMS, MAX_KEYS, MAX_NODES, MAX_TRANSITIONS, Number
from simulator.roleplay.nodes import (
    DIMENSIONS,
    ENDINGS,
    STRUCTURES,
    Effects,
    FactRef,
    FrozenModel,
    Lines,
    Node,
    ReplyLines,
    Slug,
    TaggedLine,
    Text,
    Transition,
    as_fact_list,
    check_move,
    check_regex,
)

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


class Order(FrozenModel):
    """The order the conversation is about."""

    item: Text
    product: str | None = None  # the product's name in the knowledge base, e.g. "声浪 Pro"
    price_yuan: Number = Field(ge=0)
    order_id: str | None = None
    # YAML gives dates as text (simulator.common.yamlstrict); the schema parses and checks them
    order_date: Annotated[date | None, Field(strict=False)] = None
    promised_date: Annotated[date | None, Field(strict=False)] = None
    days_late: int | None = Field(default=None, ge=0)
    status: str | None = None
    facts: dict[str, str | int | float] = Field(default={}, max_length=MAX_KEYS)


class Persona(FrozenModel):
    """Who the customer is."""

    name: Text
    vip_tier: Text
    traits: list[Text] = Field(default=[], max_length=MAX_ITEMS)
    background: str = ""
    order: Order | None = None


class Forbidden(FrozenModel):
    """A promise or move policy forbids: a regex on the reply, or a move name."""

    pattern: str | None = None
    move: str | None = None
    reason: Text

    @field_validator("pattern")
    @classmethod
    def _regex(cls, v: str | None) -> str | None:
        return check_regex(v)

    @field_validator("move")
    @classmethod
    def _move(cls, v: str | None) -> str | None:
        return None if v is None else check_move(v)

    @model_validator(mode="after")
    def _one(self) -> Forbidden:
        if (self.pattern is None) == (self.move is None):
            raise ValueError("give exactly one of 'pattern' (a regex) or 'move' (a move name)")
        return self


class Authority(FrozenModel):
    """What the agent may grant without a supervisor."""

    max_coupon_yuan: Number = Field(ge=0)
    max_refund_yuan: Number = Field(ge=0)
    full_refund_allowed: bool = False  # refunding the order's own price is policy (e.g. defect)
    forbidden: list[Forbidden] = Field(default=[], max_length=MAX_ITEMS)


class Timing(FrozenModel):
    """How slow replies anger the customer (see ``docs/roleplay-scripts.md``)."""

    first_reply_s: float = Field(default=30, gt=0)
    reply_s: float = Field(default=60, gt=0)
    first_slow_anger: float = Field(default=15, ge=0)
    slow_anger: float = Field(default=8, ge=0)
    slow_patience: float = Field(default=0, ge=0)
    max_steps: int = Field(default=3, ge=1, le=10)


class Variable(FrozenModel):
    """A declared state variable with its start value and bounds."""

    initial: Number
    min: Number = 0
    max: Number = 100
    description: str = ""

    @model_validator(mode="after")
    def _bounds(self) -> Variable:
        if not self.min <= self.initial <= self.max:
            raise ValueError(
                f"initial {self.initial} must lie within [min {self.min}, max {self.max}]"
            )
        return self


class Consequence(FrozenModel):
    """What an ending costs or earns the shop."""

    text: Text
    cost_yuan: Number = Field(default=0, ge=0)
    stars: int | None = Field(default=None, ge=1, le=5)  # the rating the customer leaves


class Ending(FrozenModel):
    """The customer's last words and the consequence for the shop. A variant may be tagged
    (``requires``, ``unless``) like a transition's lines; one variant needs neither, so an ending
    always has words that fit."""

    say: ReplyLines
    consequence: Consequence

    @field_validator("say")
    @classmethod
    def _one_fits_always(cls, v: list) -> list:
        if all(isinstance(x, TaggedLine) and (x.requires or x.unless) for x in v):
            raise ValueError(
                "every variant has 'requires' or 'unless'; give one without, for any conversation"
            )
        return v


class KeyPoint(FrozenModel):
    """An answer the script expects that is not a KB fact (e.g. a final price), as a regex."""

    name: Slug
    pattern: Text
    note: str = ""

    @field_validator("pattern")
    @classmethod
    def _regex(cls, v: str) -> str:
        return check_regex(v) or v


class Scoring(FrozenModel):
    """Per-script adjustments of the rubric (defaults in :mod:`simulator.roleplay.scoring`)."""

    weights: dict[Literal[DIMENSIONS], float] | None = None  # type: ignore[valid-type]
    ending_credit: dict[Literal[ENDINGS], Annotated[float, Field(ge=0, le=1)]] = {}  # type: ignore[valid-type]
    required_facts: list[FactRef] = Field(default=[], max_length=MAX_ITEMS)
    key_points: list[KeyPoint] = Field(default=[], max_length=MAX_ITEMS)
    heated_anger: float = Field(default=50, ge=0, le=100)

    @field_validator("required_facts", mode="before")
    @classmethod
    def _facts(cls, v: object) -> object:
        return as_fact_list(v)

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


# -- handoff context (the chat arrives from the bot; see "Handoff context" in the docs) ----------
class BotLine(FrozenModel):
    """One message of the bot conversation that came before the handoff."""

    who: Literal["customer", "bot"]
    text: Text


class HandoffFact(FrozenModel):
    """A fact the bot collected: the words a trainee would use to ask for it again, the words
    that show the trainee uses it, and the customer's answer when asked in cold mode."""

    ask: list[Text] = Field(min_length=1)  # keywords of a question asking for the fact
    uses: list[Text] = []  # words showing the fact is used (default: the profile value)
    answer: Lines | None = None  # cold mode: the customer repeats it (default: the value)
    label: str = ""  # how the fact is shown in the profile (default: its key)


class ColdHandoff(FrozenModel):
    """How the cold version (no transcript shown) differs."""

    #: anger per fact the customer must repeat to a new person
    ask_anger: float = Field(default=4, ge=0, le=50, allow_inf_nan=False)
    opening: Lines | None = None  # the customer's opening when cold (default: the same)
    told: list[str] = []  # profile facts the (cold) opening itself states: known from the start


class Handoff(FrozenModel):
    """The bot conversation before the handoff and what the bot collected."""

    reason: str = ""  # why the bot handed over, shown above the transcript
    bot_transcript: list[BotLine] = Field(min_length=1, max_length=MAX_ITEMS)
    profile: dict[Slug, str | int | float] = Field(max_length=MAX_KEYS)
    facts: dict[str, HandoffFact] = Field(default={}, max_length=MAX_KEYS)
    repeat_line: Lines | None = None  # warm re-ask (default per language, HANDOFF_REPEAT_LINE)
    #: anger per fact asked again although the transcript showed it
    repeat_anger: float = Field(default=12, ge=0, le=50, allow_inf_nan=False)
    cold: ColdHandoff = ColdHandoff()

    @field_validator("facts", mode="before")
    @classmethod
    def _shorthand(cls, v: object) -> object:
        if isinstance(v, dict):  # ``key: [words]`` is short for ``key: {ask: [words]}``
            short = {k: [x] if isinstance(x, str) else x for k, x in v.items()}
            return {k: {"ask": x} if isinstance(x, list) else x for k, x in short.items()}
        return v

    @field_validator("profile")
    @classmethod
    def _profile(cls, v: dict) -> dict:
        if not v:
            raise ValueError("must list at least one fact the bot collected (key: value)")
        return v


#: What a customer says when asked again for something she told the bot (``repeat_line``).
HANDOFF_REPEAT_LINE: dict[str, list] = {
    "zh": ["我刚才已经说过了!", ["我刚才已经说过了", "跟机器人说了一遍,你们看不到吗?"]],
    "en": ["I already told your bot that!", ["I already told your bot that.", "Can't you see it?"]],
}


class Script(FrozenModel):
    """A validated role-play script (see ``docs/roleplay-scripts.md``)."""

    id: Slug
    title: Text
    lang: Literal["zh", "en"]
    difficulty: int = Field(ge=1, le=3)
    #: what the customer contacts the shop about, in the traffic model's intents (MECE)
    intent: Literal["presale", "logistics", "aftersale", "complaint"] | None = None
    skills: list[Text] = Field(min_length=1, max_length=MAX_ITEMS)
    structure: Literal[STRUCTURES]  # type: ignore[valid-type]
    description: str = ""
    persona: Persona
    authority: Authority
    timing: Timing = Timing()
    state: dict[Slug, Variable] = Field(max_length=MAX_KEYS)
    move_effects: dict[str, Effects] = Field(default={}, max_length=MAX_KEYS)
    opening: Lines
    start: Slug
    nodes: list[Node] = Field(min_length=1, max_length=MAX_NODES)
    interrupts: list[Transition] = Field(default=[], max_length=MAX_TRANSITIONS)
    endings: dict[Literal[ENDINGS], Ending]  # type: ignore[valid-type]
    max_turns: int = Field(default=12, ge=1, le=50)
    scoring: Scoring = Scoring()
    handoff: Handoff | None = None  # the chat arrives from the bot (warm or cold handoff)

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
            check_move(name)
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


def parse_script(doc: YamlDocument) -> Script:
    """Validate a :class:`~simulator.common.yamlio.YamlDocument` into a :class:`Script` (schema only)."""
    script = validate_document(Script, doc)
    script._path = Path(doc.path)
    return script
