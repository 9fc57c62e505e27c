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

from simulator.common.data import lexicons_dir
from simulator.common.yamlio import read_yaml, validate_document
from simulator.roleplay.alternation import Alternation
from simulator.roleplay.lexicon_schema import (
    COMPENSATION_KINDS,
    MOVES,
    PAYMENT_CHANNELS,
    KindName,
    LexiconFile,
    MoveName,
    MoveRules,
    Moves,
    expand,
)
from simulator.roleplay.textnorm import CN_NUMERALS, VALUE_NUMBER_RE, fold
from simulator.roleplay.values import (
    CompiledPayments,
    CompiledTimes,
    compile_payments,
    compile_times,
    time_alternation,
)

# the file format's names stay importable from here (the lexicon's public face)
__all__ = [
    "COMPENSATION_KINDS",
    "MOVES",
    "PAYMENT_CHANNELS",
    "CompiledMove",
    "CompiledTerms",
    "KindName",
    "Lexicon",
    "LexiconFile",
    "MoveName",
    "compile_lexicon",
    "expand",
    "load_lexicon",
    "read_lexicon",
]


@dataclass(frozen=True)
class CompiledTerms:
    """Keywords and patterns merged into one compiled alternation (or None when empty)."""

    regex: Alternation | None

    def finditer(self, text: str):
        return self.regex.finditer(text) if self.regex is not None else iter(())

    def search(self, text: str) -> bool:
        return self.regex is not None and self.regex.search(text) is not None

    def first_outside(self, text: str, spans: list[tuple[int, int]]) -> re.Match[str] | None:
        """The first non-empty match overlapping none of ``spans`` (guards). After one that does,
        the search goes on from its next character: a long match running into a guard must not
        hide a later one ("师傅明天联系您上门,我下午三点前给您回电话")."""
        pos = 0
        while self.regex is not None and (m := self.regex.search(text, pos)) is not None:
            if m.end() > m.start() and not any(a < m.end() and m.start() < b for a, b in spans):
                return m
            pos = m.start() + 1
        return None


@dataclass(frozen=True)
class CompiledMove:
    """A move's rules, compiled."""

    hits: CompiledTerms
    guards: CompiledTerms
    suppressed_by: frozenset[str]
    suppressors: CompiledTerms
    firm: CompiledTerms = CompiledTerms(None)  # hits the model vetoes only when all but sure


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
    # said to someone else (wrong window, a test): off topic if not relevant
    off_topic: CompiledTerms
    clause_breaks: Alternation | None
    money: re.Pattern[str] | None
    durations: tuple[tuple[re.Pattern[str], float], ...]
    number_words: dict[str, float] = field(default_factory=dict)
    declines: re.Pattern[str] | None = None  # matches the end of a clause that declines
    third_parties: Alternation | None = None  # the courier, the warehouse: not the agent
    # values (simulator.roleplay.values, moves.extract_amounts)
    amount_alone: Alternation | None = None
    per_unit: Alternation | None = None  # amounts.per_unit, amounts.total, range_joiners
    total: Alternation | None = None
    range_joiner: Alternation | None = None
    # a joiner and a bare upper end after a value ("金额在10到20之间"), and "between $10 and $20"
    range_upper: re.Pattern[str] | None = None
    range_between: Alternation | None = None
    list_joiner: Alternation | None = None  # amounts.list_joiners (offers.py)
    amount_listed: Alternation | None = None  # amounts.listed, amounts.value_lead (money.py)
    amount_counts: Alternation | None = None  # amounts.counts (offer_lists.py)
    value_lead: Alternation | None = None
    increment: Alternation | None = None  # amounts.increments, amounts.raises (offer_totals.py)
    increment_after: Alternation | None = None
    unit_count: Alternation | None = None  # amounts.unit_counts (offer_totals.py)
    raise_to: Alternation | None = None
    price_stated: Alternation | None = None  # amounts.prices (offer_totals.py)
    topic: Alternation | None = None  # amounts.topics (money.py, offers.py)
    whole: Alternation | None = None  # amounts.wholes (money.py)
    correction: Alternation | None = None  # amounts.corrections (offer_corrections)
    price_word: Alternation | None = None  # amounts.price_words (offers.py)
    share: Alternation | None = None  # amounts.shares (offers.py)
    multiples: tuple[tuple[Alternation, float | None, bool, float, bool], ...] = ()
    minor_units: dict[str, float] = field(default_factory=dict)
    times: CompiledTimes | None = None
    payments: CompiledPayments | None = None
    keep_item: CompiledTerms | None = None  # offer_compensation.keep_item (offers.py)
    points: CompiledTerms | None = None  # offer_compensation.points (offers.py)


def _alternation(keywords: list[str], patterns: list[str], lex: LexiconFile) -> CompiledTerms:
    words = sorted((fold(k) for k in keywords), key=len, reverse=True)  # longest first, as read
    # keywords of one first character are one branch: keywords of different first characters
    # never match at the same start, so the order between those branches does not matter
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[:1], []).append(w)
    branches = [_keywords(group, lex.word_boundaries) for group in by_first.values()]
    # a pattern may use (?P<n>) through {NUM}; give each its own group names (numbered as in the
    # joined list of keywords and patterns)
    branches += [
        _rename_groups(f"(?:{expand(_with_time(p, lex), list(lex.number_words))})", i)
        for i, p in enumerate(patterns, start=len(words))
    ]
    return CompiledTerms(Alternation(branches) if branches else None)


def _keywords(words: list[str], word_boundaries: bool) -> str:
    """Keywords sharing their first character as one pattern, longest first. With word
    boundaries the look-behind follows that character ("t(?<![a-z]t)(?:he\\ courier(?![a-z])|...)"
    rather than "(?<![a-z])the\\ courier(?![a-z])|..."), so the engine can skip to it."""
    if not word_boundaries or not words[0]:
        return "|".join(re.escape(w) for w in words)
    head = re.escape(words[0][0])
    rests = "|".join(rf"{re.escape(w[1:])}(?![a-z])" for w in words)
    return rf"{head}(?<![a-z]{head})(?:{rests})"


def _with_time(pattern: str, lex: LexiconFile) -> str:
    """Replace ``{TIME}`` by any time expression of the lexicon's ``times`` and ``durations``."""
    if "{TIME}" not in pattern:
        return pattern
    words = list(lex.number_words)
    alt = time_alternation(lex.times, lex.durations, lambda p: expand(p, words))
    return pattern.replace("{TIME}", alt)


def _rename_groups(pattern: str, i: int) -> str:
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}_{i}>", pattern)


def _money_regex(lex: LexiconFile) -> re.Pattern[str] | None:
    a = lex.amounts
    num = expand("{NUM}", list(lex.number_words)).replace("(?P<n>", "(?:")

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))

    forms = []
    if a.currency_before:
        # a currency word is a word of its own ("RM20", not the "rm 2" of "confirm 2 items")
        head = r"(?<![a-z])" if lex.word_boundaries else ""
        forms.append(rf"{head}(?P<pre>{alt(a.currency_before)})\s*(?P<n1>{num})")
    tail = r"(?![a-z])" if lex.word_boundaries else ""
    if a.currency_after:
        minor = ""
        if a.minor_units:  # "5块5", "5元5角", "两块五毛"
            digit = "[0-9一二两三四五六七八九]"
            bare = r"(?=\s*(?:[,.;!?~…。]|$|的|吧|呢|哦|哈|啊|给|红包|券|卷|现金|无门槛|补偿|赔偿|直接|原路|退|返|打|转|到))"
            # "89块85" is 89.85: two bare digits after the unit are cents
            minor = (
                rf"(?:(?P<mi>{digit})\s*(?:{alt(list(a.minor_units))})|(?P<mb>\d\d|{digit}){bare})?"
            )
        forms.append(rf"(?P<n2>{num})\s*-?\s*(?P<post>{alt(a.currency_after)}){tail}{minor}")
    if a.minor_units:  # "5毛", "3角钱"
        forms.append(rf"(?P<n4>{num})\s*(?P<mu>{alt(list(a.minor_units))})")
    if a.value_after:  # "补张30的券", "a 20 coupon"
        forms.append(rf"(?P<n5>{num})\s*-?\s*(?:{alt(a.value_after)}){tail}")
    if a.value_before:
        units = [u for u in a.not_money_after if u != "周"]
        unit = rf"(?!\s*(?:{alt(units)}))" if units else ""
        if "周" in a.not_money_after:  # weeks, not a weekday after the sum ("退你二十 周五前到账")
            unit += r"(?!\s*周(?![一二三四五六日天末1-7]))"
        # a currency mark after the number is read by the currency form ("补偿您5块5")
        cur = rf"(?!\s*-?\s*(?:{alt(a.currency_after)}))" if a.currency_after else ""
        # no bare "一": "补偿一张20元券" must not read "一" as the value; a full stop, not an
        # ellipsis, may end it ("the most I can give is 40.")
        forms.append(
            rf"(?P<val>{alt(a.value_before)})\s*(?P<n3>{VALUE_NUMBER_RE})(?![\d{CN_NUMERALS}]|[.,]\d|\.\.|[kw](?![a-z])){unit}{cur}"
        )
    if not forms:
        return None
    thr = rf"(?P<thr>(?:{alt(a.threshold_before)})\s*)?" if a.threshold_before else ""
    price = rf"(?P<price>\s*(?:{alt(a.price_after)}){tail})?" if a.price_after else ""
    return re.compile(thr + "(?:" + "|".join(forms) + ")" + price)


def _range_upper(lex: LexiconFile) -> re.Pattern[str] | None:
    """A range's joiner and its upper end after a value, the end a number with no unit that
    makes it a count or time ("金额在10到20之间": 20; not "3到5天")."""
    a = lex.amounts
    if not a.range_joiners:
        return None
    joiners = "|".join(f"(?:{expand(j, list(lex.number_words))})" for j in a.range_joiners)
    cur = "|".join(re.escape(fold(w)) for w in sorted(a.currency_before, key=len, reverse=True))
    cur = rf"(?:{cur})?\s*" if cur else ""
    unit = "|".join(re.escape(fold(w)) for w in sorted(a.not_money_after, key=len, reverse=True))
    unit = rf"(?!\s*(?:{unit}))" if unit else ""
    num = expand("{NUM}", list(lex.number_words))
    tail = r"(?![a-z])" if lex.word_boundaries else ""
    end = rf"(?![\d.{CN_NUMERALS}])(?![kw](?![a-z]))"  # the whole number, not "二" of "二十天"
    return re.compile(rf"\s*(?:{joiners})\s*{cur}{num}{end}{tail}{unit}")


def compile_lexicon(lex: LexiconFile, path: Path) -> Lexicon:
    """Compile a validated lexicon file."""
    moves: dict[str, CompiledMove] = {}
    for name in Moves.model_fields:
        rules: MoveRules = getattr(lex.moves, name)
        moves[name] = CompiledMove(
            hits=_alternation(rules.keywords, rules.patterns + rules.firm, lex),
            guards=_alternation([], rules.guards, lex),
            suppressed_by=frozenset(rules.suppressed_by),
            suppressors=_alternation([], rules.suppressed_by_patterns, lex),
            firm=_alternation([], rules.firm, lex),
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
    words = list(lex.number_words)
    folded_words = {fold(k): v for k, v in lex.number_words.items()}
    pay = lex.payments
    return Lexicon(
        lang=lex.lang,
        path=path,
        moves=moves,
        kinds=kinds,
        kinds_needing_verb=frozenset(k for k, t in comp.kinds.items() if t.needs_offer_verb),
        offer_verbs=_alternation(comp.offer_verbs.keywords, comp.offer_verbs.patterns, lex),
        relevant=_alternation(lex.relevant.keywords, lex.relevant.patterns, lex),
        off_topic=_alternation(lex.off_topic.keywords, lex.off_topic.patterns, lex),
        clause_breaks=breaks,
        money=_money_regex(lex),
        durations=durations,
        number_words={fold(k): v for k, v in lex.number_words.items()},
        declines=re.compile(rf"(?:{declines.pattern})\s*$") if declines else None,
        third_parties=_alternation([], lex.third_parties, lex).regex,
        amount_alone=_alternation([], lex.amounts.alone, lex).regex,
        per_unit=_alternation([], lex.amounts.per_unit, lex).regex,
        total=_alternation([], lex.amounts.total, lex).regex,
        range_joiner=_alternation([], lex.amounts.range_joiners, lex).regex,
        range_upper=_range_upper(lex),
        range_between=_alternation([], lex.amounts.range_between, lex).regex,
        list_joiner=_alternation([], lex.amounts.list_joiners, lex).regex,
        amount_listed=_alternation([], lex.amounts.listed, lex).regex,
        amount_counts=_alternation([], lex.amounts.counts, lex).regex,
        value_lead=_alternation([], [rf"(?:{p})\s*$" for p in lex.amounts.value_lead], lex).regex,
        increment=_alternation([], [rf"(?:{p})\s*$" for p in lex.amounts.increments], lex).regex,
        raise_to=_alternation([], [rf"(?:{p})\s*$" for p in lex.amounts.raises], lex).regex,
        increment_after=_alternation([], lex.amounts.increments_after, lex).regex,
        unit_count=_alternation([], lex.amounts.unit_counts, lex).regex,
        price_stated=_alternation([], lex.amounts.prices, lex).regex,
        topic=_alternation([], lex.amounts.topics, lex).regex,
        whole=_alternation([], lex.amounts.wholes, lex).regex,
        correction=_alternation([], lex.amounts.corrections, lex).regex,
        price_word=_alternation([], lex.amounts.price_words, lex).regex,
        share=_alternation([], lex.amounts.shares, lex).regex,
        multiples=tuple(
            (
                Alternation([expand(m.pattern, words)]),  # skipped where it cannot match
                m.times,
                m.with_refund,
                0.01 if m.per_cent else 0.1 if m.tenths else 1.0,  # the scale of {NUM}
                m.discount,
            )
            for m in lex.amounts.multiples
        ),
        minor_units={fold(k): v for k, v in lex.amounts.minor_units.items()},
        keep_item=_alternation(comp.keep_item.keywords, comp.keep_item.patterns, lex),
        points=_alternation(comp.points.keywords, comp.points.patterns, lex),
        times=compile_times(lex.times, lex.durations, folded_words, lambda p: expand(p, words)),
        payments=compile_payments(
            {k: _alternation(t.keywords, t.patterns, lex).regex for k, t in pay.channels.items()},
            _alternation([], pay.guards, lex).regex,
            _alternation(pay.transfer.keywords, pay.transfer.patterns, lex).regex,
            _alternation([], [rf"(?:{p})\s?$" for p in pay.routes], lex).regex,
            _alternation([], pay.accounts, lex).regex,
        ),
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
