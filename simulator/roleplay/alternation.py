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
- a branch is skipped when no character of the text can begin it (``pattern_facts.first_chars``);
  one the engine cannot skip through by itself (it begins with a look-behind, an optional part or
  an alternation of patterns) is tried only where one of those characters stands, when they are
  few (at most one character in 16, or one in two for a branch of many first atoms, which the
  engine tries slowly at every position); one the engine would search through is skipped when
  the text holds none of the strings one of which its every match contains
  (``pattern_facts.factors``: "(i|we) (call|text) you" after a time), each looked for only where
  its key run of four characters (two Chinese) stands;
- ``match`` and ``fullmatch`` take the first branch that matches at the position, as the joined
  pattern does;
- after an empty match the joined pattern's own ``finditer`` takes over (Python's rule for
  empty matches is its own), so the result stays the same match for match;
- a branch that would read differently alone (a global flag, a group with flags of its own, a
  back-reference or a conditional: ``pattern_facts.irregular``) has the whole alternation searched
  joined, as written (no shipped lexicon has one).

Match objects come from the branch that matched: group names are the branch's (the lexicon gives
each branch its own names, ``n_3``); numbered groups are not the joined pattern's.
"""

from __future__ import annotations

import re
import re._parser as P  # noqa: N812
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache

from simulator.roleplay.pattern_facts import (
    DIGIT,
    SHORTEST_FACTOR,
    SPACE,
    engine_skips,
    factors,
    irregular,
    parsed_first_chars,
)
from simulator.roleplay.saferegex import first_atoms

__all__ = ["Alternation"]

#: A branch is tried at its possible starts when there are at most one in this many characters;
#: one in two for a branch of ``_MANY_ATOMS`` first atoms or more, whose every position costs the
#: engine ten times as much (measured on long corpus replies: 0.03 against 0.3 µs a character;
#: trying one position from Python costs 0.25 to 0.6 µs).
_FEW, _FEW_MANY, _MANY_ATOMS = 16, 2, 40


@lru_cache(maxsize=64)
def _counts(text: str) -> tuple[dict[str, int], frozenset[str]]:
    """How often each character of ``text`` stands in it (and ``DIGIT``, ``SPACE``: how many),
    and those characters as a set (a lexicon's characters are intersected with it from the
    smaller side)."""
    out = dict(Counter(text))
    for ch, n in list(out.items()):
        if ch.isdecimal():
            out[DIGIT] = out.get(DIGIT, 0) + n
        elif ch.isspace():
            out[SPACE] = out.get(SPACE, 0) + n
    return out, frozenset(out)


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
    """The run of ``SHORTEST_FACTOR`` characters of ``factor`` least likely to be in a text (a
    shorter factor is its own key)."""
    n = min(SHORTEST_FACTOR, len(factor))

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
        self.plain = any(irregular(p) for p in parsed)
        if self.plain:
            self._joined = re.compile(self.pattern)  # a flag out of place is an error now
        self.starts = tuple(parsed_first_chars(p) for p in parsed)
        # branches the engine cannot skip through by itself: tried where they can begin
        self.at_starts = tuple(
            s is not None and not engine_skips(p) for p, s in zip(parsed, self.starts, strict=True)
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
        counts, chars = _counts(text)
        mask = self.unknown
        by_char = self.by_char
        for c in self.chars & chars:
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
                starts = self.starts[i] & chars
                if sum(map(counts.__getitem__, starts)) <= few:
                    at = _positions(text, starts)
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
