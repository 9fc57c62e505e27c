"""Messages sent in a burst: a reply that stops mid-sentence is held and read with the next.

Agents often split one answer over several chat messages: "我这样给您处理：", then "1. 全额退款；",
"2. 明天上门取件；" and "3. ...。". A customer does not answer each piece; she waits for the rest.
A reply whose last visible character says more is coming (a comma, colon, enumeration comma or
semicolon) is therefore held: the customer only says "嗯,你说。", nothing changes, the turn is not
scored, and the next reply is read together with it (as after a doubt, see
:mod:`simulator.roleplay.clarify`). At most :data:`MAX_HELD` replies in a row are held, so a
trainee cannot put off being judged forever.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["MAX_HELD", "unfinished"]

#: Replies in a row the customer waits through before judging the next one as usual.
MAX_HELD = 4

#: Marks that leave a sentence open: comma, colon, enumeration comma, semicolon (both widths).
_OPEN_END = re.compile(r"[,，:：、;；]$")
#: Characters that are not what the message ends with: spaces, emoji, format characters.
_TRAILING = ("Zs", "Zl", "Zp", "Cc", "Cf", "Mn", "Me", "So", "Sk")


def unfinished(text: str) -> bool:
    """True when ``text`` ends mid-sentence (its last visible character is ``,`` ``:``
    ``、`` or ``;``, full or half width), so its sender is still typing the rest."""
    end = len(text)
    while end and unicodedata.category(text[end - 1]) in _TRAILING:
        end -= 1
    return bool(_OPEN_END.search(text[:end]))
