"""Messages sent in a burst: a reply that stops mid-sentence is held and read with the next.

Agents often split one answer over several chat messages: "我这样给您处理：", then "1. 全额退款；",
"2. 明天上门取件；" and "3. ...。". A customer does not answer each piece; she waits for the rest.
A reply whose last visible character says more is coming (a comma, colon, enumeration comma or
semicolon) is therefore held (:func:`holds`): the customer only says "嗯,你说。", and the reply
that completes it is read together with the held pieces (as after a doubt, see
:mod:`simulator.roleplay.clarify`). The pieces and that reply are one reply for everything a
split could dodge: its time is theirs together, counted from the first piece (:class:`Burst`,
:func:`as_sent`); its length is theirs together (padding, too long); a promise, a payment
outside the platform or a model answer split across pieces is caught on the joined text. At most
:data:`MAX_HELD` pieces are held between two replies the customer answered, and a transcript's
last reply is never held.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from simulator.roleplay.records import Turn

__all__ = ["MAX_HELD", "Burst", "as_sent", "holds", "unfinished"]

#: Pieces held in a row before the next reply is judged as usual.
MAX_HELD = 4

#: Marks that leave a sentence open: comma, colon, enumeration comma, semicolon (both widths).
_OPEN_END = re.compile(r"[,，:：、;；]$")
#: Characters that are not what the message ends with: spaces and format characters. (An emoji
#: after the comma ends the message: "有问题随时找我，😊".)
_TRAILING = ("Zs", "Zl", "Zp", "Cc", "Cf", "Mn", "Me")


def unfinished(text: str) -> bool:
    """True when ``text`` ends mid-sentence (its last visible character is ``,`` ``:``
    ``、`` or ``;``, full or half width), so its sender is still typing the rest."""
    end = len(text)
    while end and unicodedata.category(text[end - 1]) in _TRAILING:
        end -= 1
    return bool(_OPEN_END.search(text[:end]))


def holds(text: str, held: int) -> bool:
    """Whether the customer waits for the rest of ``text`` with ``held`` pieces already held:
    it ends mid-sentence and the run is short. (A question is held too: "麻烦拍一下照片，" is
    often followed by "再拍一下批次号。"; when it was complete after all, she waits, and the
    trainee sends it again without it counting as a repeat.)"""
    return held < MAX_HELD and unfinished(text)


@dataclass
class Burst:
    """The pieces held since the customer last answered: ``(index, text, seconds)``."""

    pieces: list[tuple[int, str, float]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.pieces)

    def hold(self, index: int, text: str, elapsed_s: float) -> None:
        self.pieces.append((index, text, elapsed_s))

    def texts(self) -> list[str]:
        return [text for _i, text, _s in self.pieces]

    def first(self, index: int) -> int:
        """The index the burst ending with reply ``index`` started at."""
        return self.pieces[0][0] if self.pieces else index

    def waited(self, elapsed_s: float) -> float:
        """How long the customer waited for the whole burst ending with a reply of ``elapsed_s``."""
        return sum(s for _i, _t, s in self.pieces) + elapsed_s

    def joined(self, text: str) -> str:
        """The pieces and ``text`` as the customer reads them, one message per line."""
        return "\n".join([*self.texts(), text])

    def clear(self) -> None:
        self.pieces.clear()


def as_sent(turns: Iterable[Turn]) -> Iterator[Turn]:
    """``turns`` as replies: each held piece folded into the reply that completes it, which
    takes the first piece's index and the pieces' time added to its own (for timeliness)."""
    held: list[Turn] = []
    for turn in turns:
        if turn.doubt == "unfinished":
            held.append(turn)
            continue
        if held:
            waited = sum(t.elapsed_s for t in held) + turn.elapsed_s
            turn = replace(turn, index=held[0].index, elapsed_s=waited)
        held = []
        yield turn
