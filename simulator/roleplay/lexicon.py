"""Lexicons of the reply classifier: keyword lists and regular expressions per move, as data.

A lexicon lives in ``scenarios/lexicons/LANG.yaml``. It is read with the safe YAML loader and
validated here; regular expressions are compiled (data, not code) and a bad one is reported as a
one-line :class:`~simulator.common.errors.InputError` naming the file, line and field path, like any
other validation problem. ``{NUM}`` inside a pattern stands for a number as trainees type it
(``24``, ``二十四``, ``two``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo

from simulator.common.data import lexicons_dir
from simulator.common.yamlio import read_yaml, validate_document
from simulator.roleplay.textnorm import NUMBER_RE, fold

MOVES: tuple[str, ...] = (
    "greeting",
    "acknowledge_emotion",
    "apology",
    "take_responsibility",
    "thank_for_feedback",
    "explain_cause",
    "offer_solution",
    "offer_compensation",
    "ask_clarifying_question",
    "exchange_or_upsell_offer",
    "escalate_to_supervisor",
    "promise_followup",
    "negation_or_blame",
    "mechanical_phrase",
    "off_topic",
)

#: Kinds of compensation an offer can name.
COMPENSATION_KINDS = ("coupon", "refund", "cash", "free_return_shipping", "gift", "full_refund")

MoveName = Literal[MOVES]  # type: ignore[valid-type]
KindName = Literal[COMPENSATION_KINDS]  # type: ignore[valid-type]


def _check_regex(value: str, info: ValidationInfo) -> str:
    number_words = (info.context or {}).get("number_words", ())
    try:
        re.compile(expand(value, number_words))
    except re.error as exc:
        raise ValueError(f"invalid regular expression ({exc.msg} at position {exc.pos})") from None
    return value


def _check_keyword(value: str) -> str:
    if not value.strip():
        raise ValueError("empty keyword")
    return value


Regex = Annotated[str, AfterValidator(_check_regex)]
Keyword = Annotated[str, AfterValidator(_check_keyword)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Terms(_Strict):
    """Literal keywords and regular expressions that signal one thing."""

    keywords: list[Keyword] = []
    patterns: list[Regex] = []


class MoveRules(Terms):
    """How one move is recognised.

    A keyword or pattern hit counts unless it overlaps a ``guards`` match (e.g. "不是您的错" is
    not blame). The move is dropped afterwards when one of ``suppressed_by`` was also found, or
    one of ``suppressed_by_patterns`` matches anywhere in the reply (a mechanical phrase next to
    a concrete answer is not mechanical).
    """

    guards: list[Regex] = []
    suppressed_by: list[MoveName] = []
    suppressed_by_patterns: list[Regex] = []


class Kind(Terms):
    """Words naming one kind of compensation.

    With ``needs_offer_verb`` a mention counts only in a clause that also has an offer verb
    ("给您一张券" is an offer, "店铺券可以叠加" explains a rule).
    """

    needs_offer_verb: bool = False


class CompensationRules(MoveRules):
    """``offer_compensation``: generic offer words plus the words naming each kind."""

    kinds: dict[KindName, Kind] = {}
    offer_verbs: Terms = Terms()


class Moves(_Strict):
    """Rules per move; ``off_topic`` has none: it is what is left when nothing relevant is said."""

    greeting: MoveRules = MoveRules()
    acknowledge_emotion: MoveRules = MoveRules()
    apology: MoveRules = MoveRules()
    take_responsibility: MoveRules = MoveRules()
    thank_for_feedback: MoveRules = MoveRules()
    explain_cause: MoveRules = MoveRules()
    offer_solution: MoveRules = MoveRules()
    offer_compensation: CompensationRules = CompensationRules()
    ask_clarifying_question: MoveRules = MoveRules()
    exchange_or_upsell_offer: MoveRules = MoveRules()
    escalate_to_supervisor: MoveRules = MoveRules()
    promise_followup: MoveRules = MoveRules()
    negation_or_blame: MoveRules = MoveRules()
    mechanical_phrase: MoveRules = MoveRules()


class Amounts(_Strict):
    """How money is written: currency marks before/after a number, and threshold words."""

    currency_before: list[Keyword] = []
    currency_after: list[Keyword] = []
    threshold_before: list[Keyword] = []  # "满200减20": 200 is a threshold, not a value
    value_before: list[Keyword] = []  # "减20": a value even without a currency mark
    not_money_after: list[Keyword] = []  # "退款3天": a unit after the number means not money


class Duration(_Strict):
    """A time expression; with a ``(?P<n>...)`` group (or ``{NUM}``) hours are per unit."""

    pattern: Regex
    hours: float = Field(gt=0)


class LexiconFile(_Strict):
    """Top level of ``scenarios/lexicons/LANG.yaml``."""

    lang: Literal["zh", "en"]
    word_boundaries: bool = False
    number_words: dict[str, float] = {}
    clause_breaks: list[Regex] = []
    relevant: Terms = Terms()
    moves: Moves
    amounts: Amounts = Amounts()
    durations: list[Duration] = []
    # the end of a clause that declines what follows: "我不能保证|明天送到", "I can't|promise"
    declines: list[Regex] = []


def expand(pattern: str, number_words: tuple[str, ...] | list[str] = ()) -> str:
    """Replace ``{NUM}`` by the number regex (Arabic, Chinese and the lexicon's number words)."""
    words = sorted(number_words, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    body = f"{NUMBER_RE}{'|' + alt if alt else ''}"
    # only the first {NUM} is captured as ``n`` (a group name may appear once per regex)
    pattern = pattern.replace("{NUM}", f"(?P<n>{body})", 1)
    return pattern.replace("{NUM}", f"(?:{body})")


@dataclass(frozen=True)
class CompiledTerms:
    """Keywords and patterns merged into one compiled alternation (or None when empty)."""

    regex: re.Pattern[str] | None

    def finditer(self, text: str):
        return self.regex.finditer(text) if self.regex is not None else iter(())

    def search(self, text: str) -> bool:
        return self.regex is not None and self.regex.search(text) is not None


@dataclass(frozen=True)
class CompiledMove:
    """A move's rules, compiled."""

    hits: CompiledTerms
    guards: CompiledTerms
    suppressed_by: frozenset[str]
    suppressors: CompiledTerms


@dataclass(frozen=True)
class Lexicon:
    """A validated, compiled lexicon for one language."""

    lang: str
    path: Path
    moves: dict[str, CompiledMove]
    kinds: dict[str, CompiledTerms]
    kinds_needing_verb: frozenset[str]
    offer_verbs: CompiledTerms
    relevant: CompiledTerms
    clause_breaks: re.Pattern[str] | None
    money: re.Pattern[str] | None
    durations: tuple[tuple[re.Pattern[str], float], ...]
    number_words: dict[str, float] = field(default_factory=dict)
    declines: re.Pattern[str] | None = None  # matches the end of a clause that declines


def _alternation(keywords: list[str], patterns: list[str], lex: LexiconFile) -> CompiledTerms:
    parts = [re.escape(fold(k)) for k in sorted(keywords, key=len, reverse=True)]
    if lex.word_boundaries:
        parts = [rf"(?<![a-z]){p}(?![a-z])" for p in parts]
    parts += [f"(?:{expand(p, list(lex.number_words))})" for p in patterns]
    if not parts:
        return CompiledTerms(None)
    # a pattern may use (?P<n>) through {NUM}; give each alternative its own group names
    joined = "|".join(_rename_groups(p, i) for i, p in enumerate(parts))
    return CompiledTerms(re.compile(joined))


def _rename_groups(pattern: str, i: int) -> str:
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}_{i}>", pattern)


def _money_regex(lex: LexiconFile) -> re.Pattern[str] | None:
    a = lex.amounts
    num = expand("{NUM}", list(lex.number_words)).replace("(?P<n>", "(?:")

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))

    forms = []
    if a.currency_before:
        forms.append(rf"(?P<pre>{alt(a.currency_before)})\s*(?P<n1>{num})")
    if a.currency_after:
        tail = r"(?![a-z])" if lex.word_boundaries else ""
        forms.append(rf"(?P<n2>{num})\s*-?\s*(?P<post>{alt(a.currency_after)}){tail}")
    if a.value_before:
        unit = rf"(?![\d.]*\s*(?:{alt(a.not_money_after)}))" if a.not_money_after else ""
        # Arabic digits only: "补偿一张20元券" must not read "一" as the value
        forms.append(rf"(?P<val>{alt(a.value_before)})\s*(?P<n3>\d+(?:\.\d+)?){unit}")
    if not forms:
        return None
    thr = rf"(?P<thr>(?:{alt(a.threshold_before)})\s*)?" if a.threshold_before else ""
    return re.compile(thr + "(?:" + "|".join(forms) + ")")


def compile_lexicon(lex: LexiconFile, path: Path) -> Lexicon:
    """Compile a validated lexicon file."""
    moves: dict[str, CompiledMove] = {}
    for name in Moves.model_fields:
        rules: MoveRules = getattr(lex.moves, name)
        moves[name] = CompiledMove(
            hits=_alternation(rules.keywords, rules.patterns, lex),
            guards=_alternation([], rules.guards, lex),
            suppressed_by=frozenset(rules.suppressed_by),
            suppressors=_alternation([], rules.suppressed_by_patterns, lex),
        )
    kinds = {
        k: _alternation(t.keywords, t.patterns, lex)
        for k, t in lex.moves.offer_compensation.kinds.items()
    }
    comp = lex.moves.offer_compensation
    breaks = _alternation([], lex.clause_breaks, lex).regex
    durations = tuple(
        (re.compile(expand(d.pattern, list(lex.number_words))), d.hours) for d in lex.durations
    )
    declines = _alternation([], lex.declines, lex).regex
    return Lexicon(
        lang=lex.lang,
        path=path,
        moves=moves,
        kinds=kinds,
        kinds_needing_verb=frozenset(k for k, t in comp.kinds.items() if t.needs_offer_verb),
        offer_verbs=_alternation(comp.offer_verbs.keywords, comp.offer_verbs.patterns, lex),
        relevant=_alternation(lex.relevant.keywords, lex.relevant.patterns, lex),
        clause_breaks=breaks,
        money=_money_regex(lex),
        durations=durations,
        number_words={fold(k): v for k, v in lex.number_words.items()},
        declines=re.compile(rf"(?:{declines.pattern})\s*$") if declines else None,
    )


def read_lexicon(path: str | Path) -> Lexicon:
    """Read, validate and compile one lexicon file; raise InputError on any problem."""
    doc = read_yaml(path)
    words = []
    if isinstance(doc.data, dict) and isinstance(doc.data.get("number_words"), dict):
        words = [str(k) for k in doc.data["number_words"]]
    lex = validate_document(LexiconFile, doc, context={"number_words": words})
    return compile_lexicon(lex, Path(path))


@cache
def load_lexicon(lang: str, folder: Path | None = None) -> Lexicon:
    """The shipped lexicon for ``lang`` (``zh`` or ``en``), cached."""
    folder = folder if folder is not None else lexicons_dir()
    return read_lexicon(folder / f"{lang}.yaml")
