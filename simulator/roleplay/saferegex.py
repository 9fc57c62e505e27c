"""Regular expressions from data files, checked before they can run: syntax, size, backtracking.

Scripts (forbidden promises, ``text_matches``, key points) and lexicons carry regular
expressions that run on every reply with Python's backtracking engine. A pattern such as
``(a+)+$`` takes seconds on a 28-character reply and grows exponentially, so
:func:`regex_problem` refuses, before anything runs:

- a pattern longer than :data:`MAX_PATTERN_CHARS` or a repeat count over :data:`MAX_REPEAT_COUNT`;
- **nested quantifiers** that can split the same text in many ways: a repeated group holding a
  variable-length repeat whose characters could also be what follows it, or start the group's
  next round (``(a+)+``, ``(a*)*``, ``(a+b?)+``, ``(.{1,5})*``); ``(x\\s*)+`` is fine;
- **ambiguous alternation** under a repeat: two branches that can match the same text
  (``(a|a)*``, ``(a|aa)+``); ``(的|的样子)*`` is fine;
- a **chain of three or more unbounded repeats** that can match the same characters with only
  optional items between them (``a*a*a*``, ``.*.*.*x``): polynomial, but of a high degree.

The check is conservative (it refuses some patterns that would in fact run fast); the message
names the construct and suggests a rewrite. Possessive repeats and atomic groups (``a++``,
``(?>...)``) never backtrack and are accepted. What remains is polynomial in the length of the
text searched (quadratic for one unbounded repeat under ``search``), so the reply length must be
bounded where replies enter (see ``docs/input-limits.md``).
"""

from __future__ import annotations

import re
import re._constants as C  # noqa: N812 - the engine's opcode names
import re._parser as P  # noqa: N812
from functools import lru_cache
from typing import Any

#: Longest regular expression a data file may give (characters, before ``{NUM}`` is expanded).
MAX_PATTERN_CHARS = 2000
#: Largest explicit repeat count (``x{0,1000}``).
MAX_REPEAT_COUNT = 1000
#: A repeat whose upper bound exceeds this counts as unbounded for the chain rule.
UNBOUNDED = 64
#: Most unbounded overlapping repeats in a row (``\\s*-?\\s*`` is 2: allowed).
MAX_CHAIN = 2

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)
_ANY_ATOM = (C.ANY, None)
#: Characters tried when telling whether two character sets overlap (plus those they name).
_PROBES = "aA0 \t\n_-.,。,中é!?"
_CATEGORIES = {
    name: re.compile(rx)
    for name, rx in (
        ("DIGIT", r"\d"),
        ("NOT_DIGIT", r"\D"),
        ("SPACE", r"\s"),
        ("NOT_SPACE", r"\S"),
        ("WORD", r"\w"),
        ("NOT_WORD", r"\W"),
        ("LINEBREAK", r"\n"),
        ("NOT_LINEBREAK", r"[^\n]"),
    )
}


class UnsafeRegex(ValueError):
    """A pattern that does not compile or that could make matching take very long."""


def check_regex(pattern: str) -> str:
    """Return ``pattern`` if it is safe to run on replies; raise :class:`UnsafeRegex` if not."""
    problem = regex_problem(pattern)
    if problem is not None:
        raise UnsafeRegex(problem)
    return pattern


@lru_cache(maxsize=4096)
def regex_problem(pattern: str, max_chars: int | None = MAX_PATTERN_CHARS) -> str | None:
    """What is wrong with ``pattern`` (one line), or None when it is valid and safe.

    ``max_chars=None`` skips the length limit (for a pattern the program expanded itself).
    """
    if not isinstance(pattern, str):
        return f"expected a regular expression (text), got {type(pattern).__name__}"
    if max_chars is not None and len(pattern) > max_chars:
        return f"regular expression too long ({len(pattern)} characters, at most {max_chars})"
    try:
        re.compile(pattern)
        tree = P.parse(pattern)
    except re.error as exc:
        return f"not a valid regular expression ({exc.msg} at position {exc.pos})"
    except (RecursionError, OverflowError, ValueError) as exc:
        return f"not a valid regular expression ({type(exc).__name__})"
    try:
        _Checker(ignore_case=True).sequence(list(tree))
    except UnsafeRegex as exc:
        return str(exc)
    except RecursionError:
        return "regular expression nested too deeply"
    return None


class _Checker:
    """Walks the parsed pattern and raises :class:`UnsafeRegex` at the first risky construct.

    Patterns run case-insensitively (``re.IGNORECASE``), so overlaps are judged that way.
    """

    def __init__(self, ignore_case: bool) -> None:
        self.ignore_case = ignore_case

    # -- the walk ---------------------------------------------------------------------------
    def sequence(self, items: list[tuple[Any, Any]]) -> None:
        self._chain(items)
        for op, av in items:
            if op in _REPEATS or op == C.POSSESSIVE_REPEAT:
                lo, hi, body = av
                for n in (lo, hi):
                    if n != C.MAXREPEAT and n > MAX_REPEAT_COUNT:
                        raise UnsafeRegex(
                            f"repeat count {n} is too large (at most {MAX_REPEAT_COUNT})"
                        )
                if op in _REPEATS and hi > 1:
                    self._repeated(list(body))
                self.sequence(list(body))
            elif op == C.SUBPATTERN:
                self.sequence(list(av[-1]))
            elif op == C.BRANCH:
                for branch in av[1]:
                    self.sequence(list(branch))
            elif op in (C.ASSERT, C.ASSERT_NOT):
                self.sequence(list(av[1]))
            elif op == C.ATOMIC_GROUP:
                self.sequence(list(av))
            elif op == C.GROUPREF_EXISTS:
                for sub in av[1:]:
                    if sub is not None:
                        self.sequence(list(sub))

    def _repeated(self, body: list[tuple[Any, Any]]) -> None:
        """Rules for the body of a repeat that can run more than one round."""
        self._ambiguity(body, first_atoms(body)[0])

    def _ambiguity(self, items: list[tuple[Any, Any]], follow: list) -> None:
        """Inside a repeated body: a variable repeat whose characters could also be what comes
        after it (``follow``: the next round's start at the end of the body), or two branches
        of an alternation that can start alike, give the same text many matches."""
        for k, (op, av) in enumerate(items):
            rest, rest_empty = first_atoms(items[k + 1 :])
            after = rest + follow if rest_empty else rest
            if op in _REPEATS:
                lo, hi, inner = av
                inner_first = first_atoms(list(inner))[0]
                if hi != lo and self.overlap(inner_first, after):
                    raise UnsafeRegex(
                        "nested quantifiers: a repeated group holds a variable repeat whose "
                        "text could also start what follows it, e.g. (a+)+ or (a*)*, which "
                        "takes exponential time on some replies (make the parts distinct, or "
                        "use a possessive ++/*+ or an atomic group (?>...))"
                    )
                self._ambiguity(list(inner), inner_first + after if hi > 1 else after)
            elif op == C.SUBPATTERN:
                self._ambiguity(list(av[-1]), after)
            elif op == C.BRANCH:
                branches = [list(b) for b in av[1]]
                firsts = []
                for branch in branches:
                    atoms, empty = first_atoms(branch)
                    firsts.append(atoms + after if empty else atoms)
                    self._ambiguity(branch, after)
                pairs = [(i, j) for i in range(len(branches)) for j in range(i + 1, len(branches))]
                for i, j in pairs:
                    if self.overlap(firsts[i], firsts[j]) and self._may_share(
                        branches[i], branches[j], after
                    ):
                        raise UnsafeRegex(
                            "ambiguous alternation under a repeat: two branches can match the "
                            "same text, e.g. (a|a)* or (a|aa)+, which takes exponential time "
                            "on some replies (make the branches start differently)"
                        )

    def _may_share(self, a: list, b: list, after: list) -> bool:
        """Can two branches that start alike both match the start of the same text?

        Literal prefixes that differ somewhere cannot (``左右|的样子``); a literal branch that is
        a prefix of another (``的|的样子``) can only when the rest of the longer one (``样``)
        could also come after the shorter one. Anything else is assumed to (conservative).
        """
        x, y = _literal_prefix(a), _literal_prefix(b)
        n = min(len(x), len(y))
        if x[:n] != y[:n]:
            return False
        short, long_ = (x, y) if len(x) <= len(y) else (y, x)
        if len(short) == len(long_) or len(short) < len(a if short is x else b):
            return True  # equal literals, or the shorter is not a plain literal
        if len(long_) < len(b if long_ is y else a):
            return True
        return self.overlap([(C.LITERAL, ord(long_[len(short)]))], after)

    def _chain(self, items: list[tuple[Any, Any]]) -> None:
        """Refuse more than :data:`MAX_CHAIN` unbounded overlapping repeats in a row.

        Optional items and single characters the repeats could also match (``.*a.*a.*``) do
        not break a chain; anything longer does (``\\s*( will)\\s+`` is two short chains).
        """
        chain: list[list] = []
        for op, av in _flatten(items):
            if op in _REPEATS and av[1] > UNBOUNDED:
                atoms = first_atoms(list(av[2]))[0]
                if chain and not all(self.overlap(atoms, c) for c in chain):
                    chain = []
                chain.append(atoms)
                if len(chain) > MAX_CHAIN:
                    raise UnsafeRegex(
                        f"{len(chain)} unbounded repeats in a row can match the same text "
                        "(e.g. a*a*a* or .*a.*a.*), which takes very long on some replies "
                        "(merge them into one repeat or bound them, e.g. .{0,20})"
                    )
                continue
            atoms, nullable = first_atoms([(op, av)])
            single = op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN)
            if (
                chain
                and not nullable
                and not (single and all(self.overlap(atoms, c) for c in chain))
            ):
                chain = []

    def overlap(self, a: list, b: list) -> bool:
        """Can some character start both ``a`` and ``b``?"""
        if not a or not b:
            return False
        if _ANY_ATOM in a or _ANY_ATOM in b:
            return True
        probes = set(_PROBES) | _named_chars(a) | _named_chars(b)
        for ch in probes:
            variants = {ch, ch.lower(), ch.upper()} if self.ignore_case else {ch}
            if any(_matches(x, v) for x in a for v in variants) and any(
                _matches(y, v) for y in b for v in variants
            ):
                return True
        return False


def first_atoms(items: list[tuple[Any, Any]]) -> tuple[list, bool]:
    """The atoms (``LITERAL``, ``NOT_LITERAL``, ``ANY``, ``IN`` items) a match of the parsed
    ``items`` can start with, and whether it can be empty (used by
    :mod:`simulator.roleplay.alternation` too)."""
    out: list = []
    for op, av in items:
        atoms, nullable = _first_one(op, av)
        out += atoms
        if not nullable:
            return out, False
    return out, True


def _first_one(op: Any, av: Any) -> tuple[list, bool]:
    if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
        return [(op, av)], False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return [], True
    if op == C.SUBPATTERN:
        return first_atoms(list(av[-1]))
    if op == C.ATOMIC_GROUP:
        return first_atoms(list(av))
    if op == C.BRANCH:
        out, nullable = [], False
        for branch in av[1]:
            atoms, empty = first_atoms(list(branch))
            out += atoms
            nullable = nullable or empty
        return out, nullable
    if op in (*_REPEATS, C.POSSESSIVE_REPEAT):
        atoms, empty = first_atoms(list(av[2]))
        return atoms, empty or av[0] == 0
    return [_ANY_ATOM], True  # back references, conditionals: anything


def _flatten(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """The sequence with plain groups opened (``(\\s*)-?(\\s*)`` is a chain like ``\\s*-?\\s*``)."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op == C.SUBPATTERN:
            out += _flatten(list(av[-1]))
        else:
            out.append((op, av))
    return out


def _literal_prefix(items: list[tuple[Any, Any]]) -> str:
    """The leading plain characters of a branch, lower-cased (matching ignores case)."""
    out = []
    for op, av in _flatten(items):
        if op != C.LITERAL:
            break
        out.append(chr(av).lower())
    return "".join(out)


def _named_chars(atoms: list) -> set[str]:
    out: set[str] = set()
    for op, av in atoms:
        if op in (C.LITERAL, C.NOT_LITERAL):
            out.add(chr(av))
        elif op == C.IN:
            for iop, iav in av:
                if iop in (C.LITERAL, C.NOT_LITERAL):
                    out.add(chr(iav))
                elif iop == C.RANGE:
                    out |= {chr(iav[0]), chr(iav[1]), chr(min(iav[0] + 1, iav[1]))}
    return out


def _matches(atom: tuple[Any, Any], ch: str) -> bool:
    op, av = atom
    if op == C.ANY:
        return ch != "\n"
    if op == C.LITERAL:
        return ord(ch) == av
    if op == C.NOT_LITERAL:
        return ord(ch) != av
    if op == C.IN:
        negate = any(iop == C.NEGATE for iop, _ in av)
        hit = any(_in_item(iop, iav, ch) for iop, iav in av if iop != C.NEGATE)
        return hit != negate
    return True


def _in_item(op: Any, av: Any, ch: str) -> bool:
    if op == C.LITERAL:
        return ord(ch) == av
    if op == C.RANGE:
        return av[0] <= ord(ch) <= av[1]
    if op == C.CATEGORY:
        name = str(av).removeprefix("CATEGORY_").removeprefix("UNI_").removeprefix("LOC_")
        rx = _CATEGORIES.get(name)
        return rx is None or rx.match(ch) is not None
    return True  # anything unusual: assume it can match
