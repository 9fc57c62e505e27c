"""A lexicon's alternation of many patterns, searched pattern by pattern with the same result.

Python's engine tries every branch of ``a|b|c|...`` at every position of the text. Compiled
alone, a pattern that begins with a literal or a character class skips ahead in C to where it can
start; joined, no branch can. A lexicon's list of a few hundred patterns searched as one
alternation therefore costs several times the sum of its patterns searched one by one (the offer
guards of the English lexicon: 2.3 ms a reply against 0.25 ms). :class:`Alternation` keeps the
branches apart and answers ``search`` and ``finditer`` exactly as the joined pattern would:

- the joined pattern's match is the leftmost start any branch matches at, and there the first
  branch in order that matches; a branch's match from a fixed start does not depend on where the
  search began (look-behinds see the whole string, ``^`` only its real start), so the earliest
  match of each branch from a position decides;
- a branch's earliest match from a position stays its earliest from any later position up to its
  start, so :meth:`Alternation.finditer` searches a branch again only once it has been passed;
- a branch is skipped when no character of the text can begin it (:func:`first_chars`); one the
  engine cannot skip through by itself (it begins with a look-behind, an optional part or an
  alternation of patterns) is tried only where one of those characters stands, when they are
  few; one the engine would search through is skipped when the text holds none of the strings
  one of which its every match contains (:func:`factors`: "(i|we) (call|text) you" after a
  time);
- ``match`` and ``fullmatch`` take the first branch that matches at the position, as the joined
  pattern does;
- after an empty match the joined pattern's own ``finditer`` takes over (Python's rule for
  empty matches is its own), so the result stays the same match for match;
- a branch that would read differently alone (a global flag, a group with flags of its own, a
  back-reference or a conditional: :func:`_irregular`) has the whole alternation searched
  joined, as written (no shipped lexicon has one).

Match objects come from the branch that matched: group names are the branch's (the lexicon gives
each branch its own names, ``n_3``); numbered groups are not the joined pattern's.
"""

from __future__ import annotations

import re
import re._compiler as K  # noqa: N812 - whether the engine finds a prefix by itself
import re._constants as C  # noqa: N812 - the engine's opcode names
import re._parser as P  # noqa: N812
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache

from simulator.roleplay.saferegex import first_atoms

__all__ = ["Alternation", "factors", "first_chars"]

#: A first-character set larger than this is not worth checking against the text.
_WIDEST = 512
#: A branch is tried at its possible starts when there are at most one in this many characters;
#: one in two for a branch of ``_MANY_ATOMS`` first atoms or more, whose every position costs the
#: engine ten times as much (measured on long corpus replies: 0.03 against 0.3 µs a character;
#: trying one position from Python costs 0.25 to 0.6 µs).
_FEW, _FEW_MANY, _MANY_ATOMS = 16, 2, 40
#: Stand-ins in a first-character set for Unicode classes: any decimal digit, any space.
DIGIT, SPACE = "\\d", "\\s"


def first_chars(pattern: str) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can begin with (``DIGIT`` and ``SPACE`` standing for
    those classes), or None when that is not known: an empty match is possible, a class is
    negated or too wide, a construct is not handled."""
    return _first_chars(P.parse(pattern))


def _first_chars(parsed) -> frozenset[str] | None:
    if _irregular(parsed):
        return None  # flags or group references: not read here
    atoms, empty = first_atoms(list(parsed.data))
    if empty:
        return None
    chars: set[str] = set()
    for op, av in atoms:
        one = {chr(av)} if op is C.LITERAL else _class(av) if op is C.IN else None
        if one is None:
            return None  # any character, or all but some
        chars |= one
    return frozenset(chars) if len(chars) <= _WIDEST else None


def _class(av: list) -> set[str] | None:
    chars: set[str] = set()
    for op, arg in av:
        if op is C.LITERAL:
            chars.add(chr(arg))
        elif op is C.RANGE and arg[1] - arg[0] < _WIDEST:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is C.CATEGORY and arg in (C.CATEGORY_DIGIT, C.CATEGORY_SPACE):
            chars.add(DIGIT if arg is C.CATEGORY_DIGIT else SPACE)
        else:
            return None  # negated, wide or another class: any character may begin it
    return chars


#: The most strings a branch's factors may hold, and the shortest a factor worth checking.
_MOST_FACTORS, _SHORTEST_FACTOR = 64, 4
#: A factor of Chinese characters (or other ideographs) is worth checking from this length on: a
#: word of two is as rare in a reply as four letters.
_SHORTEST_IDEOGRAPHS = 2


def factors(parsed) -> frozenset[str] | None:
    """Strings one of which every match of the parsed pattern contains ("(i|we) (call|text) you"
    gives "i call you", "we call you", ...), or None when no such set is known or worth
    checking (a string shorter than ``_SHORTEST_FACTOR``, or ``_SHORTEST_IDEOGRAPHS`` of
    Chinese: "[^,。]{0,8}(修身|紧身)" gives "修身", "紧身")."""
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _factors(list(parsed.data))
    return frozenset(found) if found and all(map(_worth_checking, found)) else None


def _worth_checking(factor: str) -> bool:
    return len(factor) >= _SHORTEST_FACTOR or (
        len(factor) >= _SHORTEST_IDEOGRAPHS and all(c >= "\u2e80" for c in factor)
    )


def _factors(items: list) -> set[str] | None:
    """The best factor set of a sequence: a run of items that are each a finite set of strings
    (their products), or the factors of one item that must match."""
    if len(items) == 1 and items[0][0] is C.BRANCH:
        union: set[str] = set()
        for alt in items[0][1][1]:
            found = _factors(list(alt.data))
            if not found:
                return None
            union |= found
        return union if len(union) <= _MOST_FACTORS else None
    best: set[str] | None = None
    run: set[str] = {""}

    def better(candidate: set[str] | None) -> None:
        nonlocal best
        if (
            candidate
            and "" not in candidate
            and (best is None or min(map(len, candidate)) > min(map(len, best)))
        ):
            best = candidate

    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width: the strings on either side stay neighbours
        strings = _strings(op, av)
        if strings is not None and len(run) * len(strings) <= _MOST_FACTORS:
            run = {a + b for a in run for b in strings}
            continue
        better(run)
        run = {""} if strings is None else set(strings)
        if strings is None:
            inner = None
            if op is C.SUBPATTERN and not av[1] and not av[2]:
                inner = _factors(list(av[3].data))
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
                inner = _factors(list(av[2].data))
            better(inner)
    better(run)
    return best


def _strings(op, av) -> set[str] | None:
    """Every string an item matches, when that is a small finite set."""
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.IN:
        if any(o is not C.LITERAL for o, _a in av) or len(av) > 8:
            return None
        return {chr(a) for _o, a in av}
    if op is C.SUBPATTERN:
        if av[1] or av[2]:
            return None  # a group with flags of its own
        out: set[str] = {""}
        for sub_op, sub_av in av[3].data:
            if sub_op in (C.AT, C.ASSERT, C.ASSERT_NOT):
                continue
            strings = _strings(sub_op, sub_av)
            if strings is None or len(out) * len(strings) > _MOST_FACTORS:
                return None
            out = {a + b for a in out for b in strings}
        return out
    if op is C.BRANCH:
        out = set()
        for alt in av[1]:
            strings = _strings(C.SUBPATTERN, (None, 0, 0, alt))
            if strings is None:
                return None
            out |= strings
        return out if len(out) <= _MOST_FACTORS else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[1] == 1:
        strings = _strings(C.SUBPATTERN, (None, 0, 0, av[2]))
        if strings is None:
            return None
        return strings | {""} if av[0] == 0 else strings
    return None


def _irregular(parsed) -> bool:
    """Whether a branch reads differently alone than joined: a global flag (it would apply to every
    branch joined), a group with flags of its own (the engine's skip-ahead can overlook them), a
    back-reference or a conditional (their group numbers change when joined)."""
    if parsed.state.flags & ~re.UNICODE:
        return True
    todo = [parsed]
    while todo:
        for op, av in todo.pop().data:
            if op in (C.GROUPREF, C.GROUPREF_EXISTS, C.GROUPREF_IGNORE):
                return True
            if op is C.SUBPATTERN:
                if av[1] or av[2]:
                    return True
                todo.append(av[3])
            elif op is C.BRANCH:
                todo += av[1]
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                todo.append(av[2])
            elif op in (C.ASSERT, C.ASSERT_NOT):
                todo.append(av[1])
            elif op is C.ATOMIC_GROUP:
                todo.append(av)
    return False


def _engine_skips(parsed) -> bool:
    """Whether the engine, given the parsed pattern alone, skips to where it can start by itself."""
    flags = parsed.state.flags
    return bool(K._get_literal_prefix(parsed, flags)[0] or K._get_charset_prefix(parsed, flags))


@lru_cache(maxsize=64)
def _counts(text: str) -> dict[str, int]:
    """How often each character of ``text`` stands in it (and ``DIGIT``, ``SPACE``: how many)."""
    out = dict(Counter(text))
    for ch, n in list(out.items()):
        if ch.isdecimal():
            out[DIGIT] = out.get(DIGIT, 0) + n
        elif ch.isspace():
            out[SPACE] = out.get(SPACE, 0) + n
    return out


_CLASS = {DIGIT: re.compile(r"\d"), SPACE: re.compile(r"\s")}


def _positions(text: str, chars: frozenset[str]) -> list[int]:
    """Where in ``text`` the characters ``chars`` stand, in order."""
    out: set[int] = set()
    for c in chars:
        if c in _CLASS:
            out.update(m.start() for m in _CLASS[c].finditer(text))
            continue
        i = text.find(c)
        while i >= 0:
            out.add(i)
            i = text.find(c, i + 1)
    return sorted(out)


@lru_cache(maxsize=128)
def _grams(text: str, n: int) -> frozenset[str]:
    """Every run of ``n`` characters in ``text`` (a factor's key gram is one of them when the
    factor stands in the text)."""
    return frozenset([text[i : i + n] for i in range(len(text) - n + 1)])


#: Characters from the most common in a reply to the least (English letters by frequency):
#: a factor is looked for by its run of characters least likely to stand in any text.
_COMMON = " etaoinsrhldcumfpgwybvkxjqz'"


def _key_gram(factor: str) -> str:
    """The run of ``_SHORTEST_FACTOR`` characters of ``factor`` least likely to be in a text (a
    shorter factor is its own key)."""
    n = min(_SHORTEST_FACTOR, len(factor))

    def rarity(gram: str) -> int:
        return sum(_COMMON.find(c) % (len(_COMMON) + 1) for c in gram)

    return max((factor[i : i + n] for i in range(len(factor) - n + 1)), key=rarity)


class Alternation:
    """``"|".join(branches)`` compiled, searched branch by branch (see the module docstring)."""

    def __init__(self, branches: Sequence[str]) -> None:
        self.pattern = "|".join(branches)
        self._joined: re.Pattern[str] | None = None
        self.branches = tuple(re.compile(b) for b in branches)
        parsed = [P.parse(b) for b in branches]
        # searched joined, as written, when a branch would read differently alone
        self.plain = any(_irregular(p) for p in parsed)
        if self.plain:
            self._joined = re.compile(self.pattern)  # a flag out of place is an error now
        self.starts = tuple(_first_chars(p) for p in parsed)
        # branches the engine cannot skip through by itself: tried where they can begin
        self.at_starts = tuple(
            s is not None and not _engine_skips(p) for p, s in zip(parsed, self.starts, strict=True)
        )
        # one in how many characters may be a possible start for the branch to be tried there
        self.spread = tuple(
            _FEW_MANY if at and len(first_atoms(list(p.data))[0]) >= _MANY_ATOMS else _FEW
            for p, at in zip(parsed, self.at_starts, strict=True)
        )
        # strings one of which a match of the branch holds (checked before the engine searches)
        self.factors = tuple(factors(p) for p in parsed)
        # a key gram of each factor: the factors it keys, each with its branch's bit
        self.factored = 0  # the branches with factors
        by_gram: dict[str, list[tuple[int, str]]] = {}
        for i, found in enumerate(self.factors):
            for factor in sorted(found or ()):
                self.factored |= 1 << i
                by_gram.setdefault(_key_gram(factor), []).append((1 << i, factor))
        self.by_gram = {g: tuple(keyed) for g, keyed in by_gram.items()}
        sizes = sorted({len(g) for g in by_gram})
        self.grams = tuple((n, frozenset(g for g in by_gram if len(g) == n)) for n in sizes)
        # a character: the branches it can begin, as a bit mask (bit i: branch i)
        self.by_char: dict[str, int] = {}
        self.unknown = 0  # the branches any character may begin
        for i, chars in enumerate(self.starts):
            if chars is None:
                self.unknown |= 1 << i
            for c in chars or ():
                self.by_char[c] = self.by_char.get(c, 0) | 1 << i
        self.chars = frozenset(self.by_char)
        self._seen: tuple[str, list[tuple[int, list[int] | None]]] | None = None

    def __repr__(self) -> str:
        return f"Alternation({len(self.branches)} branches)"

    def _live(self, text: str) -> list[tuple[int, list[int] | None]]:
        """The branches that can match in ``text``, in order, each with the positions to try it
        at, or None to let the engine search (it tries every position: worth it unless the
        branch can start at few)."""
        if self._seen is not None and self._seen[0] is text:
            return self._seen[1]
        counts = _counts(text)
        mask = self.unknown
        by_char = self.by_char
        for c in self.chars.intersection(counts):
            mask |= by_char[c]
        if mask & self.factored:
            # a branch none of whose factors stands in the text cannot match (a factor is looked
            # for only where its key gram stands in the text)
            found = 0
            for n, keys in self.grams:
                for g in keys.intersection(_grams(text, n)):
                    for bit, factor in self.by_gram[g]:
                        if not found & bit and factor in text:
                            found |= bit
            mask &= ~self.factored | found
        live = []
        while mask:
            low = mask & -mask
            mask ^= low
            i = low.bit_length() - 1
            at = None
            if self.at_starts[i] and (few := len(text) // self.spread[i]):
                chars = self.starts[i].intersection(counts)
                if sum(map(counts.__getitem__, chars)) <= few:
                    at = _positions(text, chars)
            live.append((i, at))
        self._seen = (text, live)
        return live

    def _first_from(self, i: int, at: list[int] | None, text: str, pos: int, end: int):
        if at is None:
            return self.branches[i].search(text, pos, end)
        match = self.branches[i].match
        for k in range(bisect_left(at, pos), len(at)):
            if at[k] >= end:
                return None
            if (m := match(text, at[k], end)) is not None:
                return m
        return None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        if self.plain:
            return self.joined.search(text, pos, end)
        best = None
        for i, at in self._live(text):
            m = self._first_from(i, at, text, pos, end)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
                if m.start() == pos:
                    break  # no earlier start, and later branches lose a tie
        return best

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        if self.plain:
            yield from self.joined.finditer(text, pos, end)
            return
        pos, end = (min(max(x, 0), len(text)) for x in (pos, end))  # as the engine clamps them
        live = self._live(text)
        ahead: dict[int, re.Match[str] | None] = {}  # each branch's earliest match from pos on
        while pos <= end:
            best = None
            for i, at in live:
                m = ahead.get(i, False)
                if m is False or (m is not None and m.start() < pos):
                    m = ahead[i] = self._first_from(i, at, text, pos, end)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            if best.end() == best.start():
                yield from self.joined.finditer(text, best.start(), end)
                return
            yield best
            pos = best.end()

    @property
    def joined(self) -> re.Pattern[str]:
        """The joined pattern, compiled at first use (after an empty match, for ``sub``)."""
        if self._joined is None:
            self._joined = re.compile(self.pattern)
        return self._joined

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """At ``pos``, the first branch that matches there (as the joined pattern tries them)."""
        return self._at("match", text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self._at("fullmatch", text, pos, endpos)

    def _at(self, how: str, text: str, pos: int, endpos: int | None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        if self.plain:
            return getattr(self.joined, how)(text, pos, end)
        for branch in self.branches:
            if (m := getattr(branch, how)(text, pos, end)) is not None:
                return m
        return None

    def sub(self, repl, text: str, count: int = 0) -> str:
        return self.joined.sub(repl, text, count)
