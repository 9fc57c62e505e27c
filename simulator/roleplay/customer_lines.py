"""Which customer line may answer a reply: a script line variant tagged ``requires`` is chosen
only when the conversation had every tag, and none of its ``unless`` tags (see "Lines that refer
to what the agent said" in ``docs/roleplay-scripts.md``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from simulator.roleplay.moves import Move
from simulator.roleplay.nodes import TaggedLine

__all__ = ["line_ok", "line_text", "requirement_met"]


def requirement_met(tag: str, moves: Iterable[Move]) -> bool:
    """A ``requires`` tag holds for a reply: a move it made, or an offer kind it offered
    (``refund`` also by a full refund)."""
    kinds = {"refund", "full_refund"} if tag == "refund" else {tag}
    return any(m.name == tag or (m.name == "offer_compensation" and m.kind in kinds) for m in moves)


def line_ok(variant: object, moves: Sequence[Move]) -> bool:
    """True when every requirement of a line variant holds for the reply's moves and none of
    its ``unless`` tags does."""
    if not isinstance(variant, TaggedLine):
        return True
    return all(requirement_met(tag, moves) for tag in variant.requires) and not any(
        requirement_met(tag, moves) for tag in variant.unless
    )


def line_text(variant: object) -> list[str]:
    """The messages of a line variant."""
    if isinstance(variant, TaggedLine):
        variant = variant.say
    return [variant] if isinstance(variant, str) else list(variant)  # type: ignore[arg-type]
