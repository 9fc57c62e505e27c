"""Understanding a trainee's free-text reply: which moves it makes (apology, offer, blame...).

Rule-based and data-driven: the words and patterns of each move live in
``scenarios/lexicons/LANG.yaml`` (see :mod:`simulator.roleplay.lexicon`). :func:`classify`
normalises the reply (full/half width, case), finds every move's first unguarded hit, reads the
value of compensation offers and the time of follow-up promises, then applies the suppression
rules of the lexicon (a mechanical phrase next to a real answer is not mechanical).

``off_topic`` is the rest: a reply in which no move was found and nothing relevant to the
order, the product or the shop's policies (lexicon ``relevant`` terms) was said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from simulator.roleplay.lexicon import MOVES, CompiledTerms, Lexicon, load_lexicon
from simulator.roleplay.textnorm import clause_bounds, normalise, read_number

__all__ = ["MOVES", "Move", "classify", "detect_language", "extract_amounts", "extract_hours"]

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Move:
    """One move found in a reply, with the trainee's own words as evidence."""

    name: str  # one of MOVES
    evidence: str  # the clause of the reply holding the hit, in the trainee's own words
    start: int  # char offset of the evidence in the reply
    amount_yuan: float | None = None  # offer_compensation: the value offered
    kind: str | None = None  # offer_compensation: coupon, refund, cash, ... (None: unspecified)
    hours: float | None = None  # promise_followup: the time promised


def detect_language(text: str) -> str:
    """``zh`` when the reply has Chinese characters (at least 1 per 5 letters), else ``en``."""
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN.findall(text))
    return "zh" if cjk and cjk * 5 >= latin else "en"


@dataclass(frozen=True)
class _Hit:
    name: str
    start: int  # in normalised text
    end: int
    amount: float | None = None
    kind: str | None = None
    hours: float | None = None


def _spans(terms: CompiledTerms, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in terms.finditer(text)]


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in others)


def _first_hit(name: str, lex: Lexicon, text: str) -> _Hit | None:
    rules = lex.moves[name]
    guards = _spans(rules.guards, text)
    for m in rules.hits.finditer(text):
        if m.end() > m.start() and not _overlaps(m.span(), guards):
            return _Hit(name, m.start(), m.end())
    return None


def extract_amounts(text: str, lex: Lexicon) -> list[tuple[int, int, float]]:
    """Money values in normalised ``text``: ``(start, end, yuan)``; thresholds (满200) skipped."""
    if lex.money is None:
        return []
    out = []
    for m in lex.money.finditer(text):
        if m.group("thr"):
            continue
        token = next(
            (m.group(g) for g in ("n1", "n2", "n3") if g in m.re.groupindex and m.group(g)), None
        )
        value = _number(token, lex) if token else None
        if value is not None:
            out.append((m.start(), m.end(), value))
    return out


def extract_hours(text: str, lex: Lexicon, start: int = 0, end: int | None = None) -> float | None:
    """The earliest time expression in ``text[start:end]``, in hours (``明天`` -> 24)."""
    end = len(text) if end is None else end
    best: tuple[int, int, float] | None = None
    for regex, hours in lex.durations:
        for m in regex.finditer(text, start, end):
            if "n" in regex.groupindex and m.group("n") is not None:
                n = _number(m.group("n"), lex)
                if n is None:
                    continue
                value = n * hours
            else:
                value = hours
            key = (m.start(), -(m.end() - m.start()), value)
            if best is None or key[:2] < best[:2]:
                best = key
            break
    return best[2] if best is not None else None


def _number(token: str, lex: Lexicon) -> float | None:
    token = token.strip()
    if token in lex.number_words:
        return lex.number_words[token]
    return read_number(token)


def _offers(text: str, lex: Lexicon) -> list[_Hit]:
    """Every compensation offer, with its kind and value, one per kind and clause."""
    rules = lex.moves["offer_compensation"]
    guards = _spans(rules.guards, text)
    mentions: list[tuple[int, int, str | None]] = []
    for kind, terms in lex.kinds.items():
        mentions += [(a, b, kind) for a, b in _spans(terms, text)]
    mentions += [(a, b, None) for a, b in _spans(rules.hits, text)]
    # longest mention wins where two overlap ("全额退款" over "退款"), specific over generic
    mentions.sort(key=lambda m: (-(m[1] - m[0]), m[2] is None, m[0]))
    kept: list[tuple[int, int, str | None]] = []
    for m in mentions:
        if (
            m[1] > m[0]
            and not _overlaps(m[:2], guards)
            and not _overlaps(m[:2], [k[:2] for k in kept])
        ):
            kept.append(m)
    amounts = extract_amounts(text, lex)
    by_clause: dict[tuple[int, int], list[tuple[int, int, str | None]]] = {}
    for m in kept:
        by_clause.setdefault(clause_bounds(text, m[0], lex.clause_breaks), []).append(m)
    offers: list[_Hit] = []
    for (c0, c1), items in sorted(by_clause.items()):
        values = [a for a in amounts if c0 <= a[0] < c1]
        has_verb = lex.offer_verbs.search(text[c0:c1]) or any(m[2] is None for m in items)
        items = [m for m in items if has_verb or m[2] not in lex.kinds_needing_verb]
        if not items:
            continue
        specific = sorted((m for m in items if m[2] is not None), key=lambda m: m[0])
        if not specific:
            offers.append(_Hit("offer_compensation", c0, c1, values[0][2] if values else None))
            continue
        assigned: dict[int, float] = {}
        for a0, a1, value in values:
            nearest = min(range(len(specific)), key=lambda i: _gap((a0, a1), specific[i][:2]))
            assigned.setdefault(nearest, value)
        seen: set[str] = set()
        kinds_here = {m[2] for m in specific}
        for i, (_s0, _s1, kind) in enumerate(specific):
            if kind in seen and i not in assigned:
                continue
            if kind == "refund" and "full_refund" in kinds_here and i not in assigned:
                continue  # "refund you the full amount" is one full refund
            seen.add(kind)  # type: ignore[arg-type]
            offers.append(_Hit("offer_compensation", c0, c1, assigned.get(i), kind))
    return _merge_offers(offers)


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(b[0] - a[1], a[0] - b[1], 0)


#: Kinds whose value a neighbouring generic offer can carry ("补偿10元,以红包形式发放").
_VALUED_KINDS = ("coupon", "refund", "cash")


def _merge_offers(offers: list[_Hit]) -> list[_Hit]:
    """Drop repeats: same kind and value, a value-less mention of a kind offered with a value,
    and a generic value-less mention ("作为补偿") when a concrete offer exists. A generic offer
    with a value followed by a value-less coupon/refund/cash is one offer of that kind."""
    merged: list[_Hit] = []
    for o in offers:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.kind is None
            and prev.amount is not None
            and o.kind in _VALUED_KINDS
            and o.amount is None
        ):
            merged[-1] = _Hit(o.name, prev.start, o.end, prev.amount, o.kind)
            continue
        merged.append(o)
    offers = merged
    out: list[_Hit] = []
    for o in offers:
        if o.kind is None and o.amount is None and len(offers) > 1:
            continue
        if o.amount is None and any(p.kind == o.kind and p.amount is not None for p in offers):
            continue
        if any(p.kind == o.kind and p.amount == o.amount for p in out):
            continue
        out.append(o)
    return out


def classify(text: str, lang: str | None = None) -> list[Move]:
    """Tag a reply with its moves, ordered by where they occur.

    At most one move per name, except ``offer_compensation`` (one per distinct offer).
    """
    if not text or not text.strip():
        return []
    lex = load_lexicon(lang or detect_language(text))
    norm, index = normalise(text)
    hits: dict[str, _Hit] = {}
    for name in lex.moves:
        if name == "offer_compensation":
            continue
        hit = _first_hit(name, lex, norm)
        if hit is not None:
            hits[name] = hit
    offers = _offers(norm, lex)
    present = set(hits) | ({"offer_compensation"} if offers else set())
    for name in list(hits):
        rules = lex.moves[name]
        if rules.suppressed_by & (present - {name}) or rules.suppressors.search(norm):
            del hits[name]
    if "promise_followup" in hits:
        h = hits["promise_followup"]
        c0, c1 = clause_bounds(norm, h.start, lex.clause_breaks)
        hours = extract_hours(norm, lex, h.start, h.end)
        if hours is None:
            hours = extract_hours(norm, lex, min(c0, h.start), max(c1, h.end))
        hits["promise_followup"] = _Hit(h.name, h.start, h.end, hours=hours)
    found = list(hits.values()) + offers
    if not found and not lex.relevant.search(norm):
        found = [_Hit("off_topic", 0, len(norm))]
    found.sort(key=lambda h: (h.start, MOVES.index(h.name)))
    moves = [_to_move(h, text, norm, index, lex) for h in found]
    return sorted(moves, key=lambda m: m.start)  # stable: ties keep the order of the hits


def _to_move(hit: _Hit, text: str, norm: str, index: list[int], lex: Lexicon) -> Move:
    if hit.name in ("offer_compensation", "off_topic"):
        c0, c1 = hit.start, hit.end
    else:
        c0, c1 = clause_bounds(norm, hit.start, lex.clause_breaks)
        c0, c1 = min(c0, hit.start), max(c1, hit.end)
    while c0 < c1 and norm[c0].isspace():
        c0 += 1
    while c1 > c0 and norm[c1 - 1].isspace():
        c1 -= 1
    start = index[c0] if c0 < len(index) else len(text)
    end = index[c1 - 1] + 1 if c1 > c0 else start
    return Move(hit.name, text[start:end], start, hit.amount, hit.kind, hit.hours)
