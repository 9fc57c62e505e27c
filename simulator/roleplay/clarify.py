"""The reply after a doubt: the customer asked what the agent meant, and reads the next reply
together with the one she asked about.

When the reader is unsure the customer asks ("你的意思是?") and nothing moves
(:func:`~simulator.roleplay.turn_checks.doubt_of`). The agent then says it another way, or goes
on to the next thing. Either way she now reads both messages: a plan she half-understood
("the navy one I've already put through, going out by express today") counts once the agent
carries on, instead of leaving her one step behind for the rest of the session, asking for the
plan while the agent answers her next question. :func:`clarified` reads the asked-about replies
and the new one as one text and adds the moves found in the earlier part that the new reply
does not already make. Blame, canned phrases and off-topic talk count only when that reading
is sure of them: a guess is taken in the agent's favour, not against it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from simulator.roleplay.moves import Move, Reading

__all__ = ["NEGATIVE_MOVES", "clarified"]

#: Moves an earlier, doubted reply adds only when the joint reading is sure of them.
NEGATIVE_MOVES = ("negation_or_blame", "mechanical_phrase", "off_topic")


def clarified(
    unclear: Sequence[str],
    text: str,
    moves: tuple[Move, ...],
    lang: str,
    read: Callable[..., Reading],
) -> tuple[str, tuple[Move, ...]]:
    """What the customer hears in ``text`` after asking about the ``unclear`` replies before it:
    the replies joined (one message per line) and ``moves`` plus the moves ``read`` (a reader
    like :func:`~simulator.roleplay.moves.read_reply`) finds in the earlier part of the joined
    text whose names ``moves`` lacks. Evidence stays the trainee's own words. With nothing
    unclear: ``(text, moves)`` unchanged."""
    if not unclear:
        return text, moves
    before = "\n".join(unclear) + "\n"
    reading = read(before + text, lang=lang)
    own = {m.name for m in moves}
    earlier = tuple(
        m
        for m in reading.moves
        if m.start < len(before)
        and m.name not in own
        and not (m.name in NEGATIVE_MOVES and m.name in reading.doubtful)
    )
    return before + text, moves + earlier
