"""What a regular expression's every match must begin with and contain, read from its parse.

:class:`~simulator.roleplay.alternation.Alternation` uses these facts to skip the branches of a
lexicon's alternation that cannot match a text: :func:`first_chars` (the characters a match can
begin with), :func:`factors` (strings one of which every match contains), and whether a branch
reads the same alone as joined (:func:`irregular`) and whether the engine skips ahead through a
text by itself (:func:`engine_skips`).
"""

from __future__ import annotations

import re
import re._compiler as K  # noqa: N812 - whether the engine finds a prefix by itself
import re._constants as C  # noqa: N812 - the engine's opcode names
import re._parser as P  # noqa: N812

from simulator.roleplay.saferegex import first_atoms

__all__ = [
    "DIGIT",
    "SHORTEST_FACTOR",
    "SPACE",
    "engine_skips",
    "factors",
    "first_chars",
    "irregular",
    "parsed_first_chars",
]

#: A first-character set larger than this is not worth checking against the text.
_WIDEST = 512
#: Stand-ins in a first-character set for Unicode classes: any decimal digit, any space.
DIGIT, SPACE = "\\d", "\\s"


def first_chars(pattern: str) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can begin with (``DIGIT`` and ``SPACE`` standing for
    those classes), or None when that is not known: an empty match is possible, a class is
    negated or too wide, a construct is not handled."""
    return parsed_first_chars(P.parse(pattern))


def parsed_first_chars(parsed) -> frozenset[str] | None:
    """:func:`first_chars` of a pattern already parsed (``re._parser.parse``)."""
    if irregular(parsed):
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
_MOST_FACTORS, SHORTEST_FACTOR = 64, 4
#: A factor of Chinese characters (or other ideographs) is worth checking from this length on: a
#: word of two is as rare in a reply as four letters.
_SHORTEST_IDEOGRAPHS = 2


def factors(parsed) -> frozenset[str] | None:
    """Strings one of which every match of the parsed pattern contains ("(i|we) (call|text) you"
    gives "i call you", "we call you", ...), or None when no such set is known or worth
    checking (a string shorter than ``SHORTEST_FACTOR``, or ``_SHORTEST_IDEOGRAPHS`` of
    Chinese: "[^,。]{0,8}(修身|紧身)" gives "修身", "紧身")."""
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _factors(list(parsed.data))
    return frozenset(found) if found and all(map(_worth_checking, found)) else None


def _worth_checking(factor: str) -> bool:
    return len(factor) >= SHORTEST_FACTOR or (
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


def irregular(parsed) -> bool:
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


def engine_skips(parsed) -> bool:
    """Whether the engine, given the parsed pattern alone, skips to where it can start by itself."""
    flags = parsed.state.flags
    return bool(K._get_literal_prefix(parsed, flags)[0] or K._get_charset_prefix(parsed, flags))
