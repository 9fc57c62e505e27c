"""A tiny, safe condition language for role-play scripts: ``anger > 70 and patience <= 1``.

Grammar (no parentheses, ``and`` binds tighter than ``or``)::

    condition  := clause ("or" clause)*
    clause     := comparison ("and" comparison)*
    comparison := NAME OP NUMBER
    OP         := "<" | "<=" | ">" | ">=" | "==" | "!="

``NAME`` is a declared state variable or a built-in (:data:`BUILTINS`). The text is tokenised
and parsed here; nothing is ever evaluated as Python.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

#: Values every condition can read besides the script's state variables.
BUILTINS: dict[str, str] = {
    "compensation": "largest compensation (yuan) offered in this reply (not a full refund), else 0",
    "elapsed_s": "seconds the trainee took for this reply",
    "turn": "number of this reply (1 for the first; replies the customer asked about not counted)",
    "visits": "times the customer has been in the current node before this reply (0 first)",
    "context_used": "handoff facts the trainee knows and uses in this reply (0 without handoff)",
    "context_total": "handoff facts the trainee has used so far, this reply included (0 without)",
    "retold": "handoff facts the customer has had to tell again so far, this reply included",
    "arranged": "remedies this reply arranges with their time (a solution, exchange or handover)",
}

_OPS: dict[str, Callable[[float, float], bool]] = {
    "<=": operator.le,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    ">": operator.gt,
}

_TOKEN = re.compile(
    r"\s*(?:(?P<num>[-+]?\d+(?:\.\d+)?)|(?P<op><=|>=|==|!=|<|>)|(?P<name>[A-Za-z_][A-Za-z0-9_]*))"
)


class ConditionSyntaxError(ValueError):
    """A condition string does not follow the grammar."""


@dataclass(frozen=True)
class Comparison:
    """``name op value``."""

    name: str
    op: str
    value: float

    def test(self, env: Mapping[str, float]) -> bool:
        return _OPS[self.op](float(env.get(self.name, 0.0)), self.value)


@dataclass(frozen=True)
class Condition:
    """A parsed condition: an OR of ANDs of comparisons."""

    text: str
    clauses: tuple[tuple[Comparison, ...], ...]

    def test(self, env: Mapping[str, float]) -> bool:
        """True when any clause has all its comparisons true (missing names read as 0)."""
        return any(all(c.test(env) for c in clause) for clause in self.clauses)

    @property
    def names(self) -> frozenset[str]:
        """Every variable name the condition reads."""
        return frozenset(c.name for clause in self.clauses for c in clause)


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            bad = text[pos:].strip()[:12]
            raise ConditionSyntaxError(
                f"cannot read {bad!r} at character {pos + 1}; expected NAME OP NUMBER "
                "joined by 'and'/'or' (OP one of < <= > >= == !=)"
            )
        kind = m.lastgroup or ""
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


def parse_condition(text: str) -> Condition:
    """Parse ``text``; raise :class:`ConditionSyntaxError` with what was expected."""
    if not isinstance(text, str) or not text.strip():
        raise ConditionSyntaxError("empty condition; write e.g. 'anger > 70'")
    toks = _tokens(text)
    clauses: list[tuple[Comparison, ...]] = []
    current: list[Comparison] = []
    i = 0
    while True:
        if i + 3 > len(toks):
            raise ConditionSyntaxError(
                f"incomplete comparison in {text!r}; expected NAME OP NUMBER, e.g. 'anger > 70'"
            )
        (k1, name), (k2, op), (k3, num) = toks[i : i + 3]
        if k1 != "name" or name in ("and", "or"):
            raise ConditionSyntaxError(f"expected a variable name, got {name!r} in {text!r}")
        if k2 != "op":
            raise ConditionSyntaxError(
                f"expected a comparison (< <= > >= == !=) after {name!r}, got {op!r} in {text!r}"
            )
        if k3 != "num":
            raise ConditionSyntaxError(f"expected a number after '{name} {op}', got {num!r}")
        current.append(Comparison(name, op, float(num)))
        i += 3
        if i == len(toks):
            break
        kind, word = toks[i]
        if kind != "name" or word not in ("and", "or"):
            raise ConditionSyntaxError(f"expected 'and' or 'or', got {word!r} in {text!r}")
        if word == "or":
            clauses.append(tuple(current))
            current = []
        i += 1
    clauses.append(tuple(current))
    return Condition(text.strip(), tuple(clauses))


def parse_comparison_shorthand(text: object, name: str) -> Condition:
    """Read ``">= 20"`` (or a bare number, meaning ``>=``) as a condition on ``name``.

    Anything else (a list, a mapping, ``true``, a number that is not finite) is a
    :class:`ConditionSyntaxError` saying what is expected, never an ``AttributeError``.
    """
    expected = "expected a comparison like '>= 20' or a number of yuan"
    if isinstance(text, bool) or not isinstance(text, str | int | float):
        shown = "true/false" if isinstance(text, bool) else _kind(text)
        raise ConditionSyntaxError(f"{expected}, got {shown}")
    if isinstance(text, int | float):
        if not math.isfinite(text):
            raise ConditionSyntaxError(f"{expected}, got {text!r}")
        return parse_condition(f"{name} >= {_number(text)}")
    return parse_condition(f"{name} {text.strip()}")


def _kind(value: object) -> str:
    names = {list: "a list", dict: "a mapping", type(None): "an empty value"}
    return names.get(type(value), f"a {type(value).__name__}")


def _number(value: float) -> str:
    """A number as the condition tokenizer reads it (no exponent: ``1e+20`` is not a NUMBER)."""
    text = repr(value)
    return text if "e" not in text else f"{value:.20f}".rstrip("0").rstrip(".")
