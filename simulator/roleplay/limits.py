"""Input limits and strict field types of the role-play data files (scripts, knowledge base,
lexicons, transcripts, certification plans); the figures are listed in ``docs/input-limits.md``.

Every schema of these files builds on :data:`STRICT_CONFIG`: unknown keys are refused (the
message suggests the closest field), numbers must be real numbers (``true`` is not 1, the text
``"nan"`` is not a number) and finite, and no text is longer than :data:`MAX_TEXT_CHARS`. The
YAML layer (:mod:`simulator.common.yamlstrict`) already bounds file size, nesting and aliases;
the limits here bound what one file may ask the trainer to do.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, ConfigDict, Field

from simulator.roleplay.saferegex import MAX_PATTERN_CHARS, check_regex

#: Longest text in any field (a customer line, an answer, a note), in characters.
MAX_TEXT_CHARS = 4000
#: Most nodes in one script.
MAX_NODES = 200
#: Most transitions of one node (and most interrupts of a script).
MAX_TRANSITIONS = 50
#: Most variants in one ``say`` list, model answers of a node, items of other lists.
MAX_ITEMS = 100
#: Most state variables, move effects, endings and the like in one mapping.
MAX_KEYS = 100
#: Most entries in one knowledge-base file.
MAX_KB_ENTRIES = 2000
#: Most keywords or patterns in one lexicon list.
MAX_TERMS = 2000
#: Most replies in one transcript (``kefulab train --replay``).
MAX_TRANSCRIPT_REPLIES = 500
#: Longest reply (characters), typed or in a transcript: several chat messages' worth; reading
#: one this long takes a fraction of a second, and nothing longer is read (a bound on the work
#: one input can cause).
MAX_REPLY_CHARS = 2000
#: Largest ``elapsed_s`` of a transcript reply (one day, in seconds).
MAX_ELAPSED_S = 86_400.0
#: Longest script id (ids name files: ``scenarios/roleplay/ID.yaml``).
MAX_ID_CHARS = 64
#: Largest magnitude of a number in a script (state values, effects, yuan).
MAX_NUMBER = 1e9

#: Model configuration of every role-play data schema (see the module docstring).
STRICT_CONFIG = ConfigDict(
    extra="forbid",
    frozen=True,
    strict=True,
    allow_inf_nan=False,
    str_max_length=MAX_TEXT_CHARS,
)

#: A finite number (an integer is fine, ``true`` and ``"3"`` are not), within +-1e9.
Number = Annotated[float, Field(strict=True, allow_inf_nan=False, ge=-MAX_NUMBER, le=MAX_NUMBER)]

_ID = re.compile(rf"[a-z][a-z0-9_]{{0,{MAX_ID_CHARS - 1}}}")


def is_script_id(text: object) -> bool:
    """Is ``text`` a well-formed script id (``[a-z][a-z0-9_]*``, at most 64 characters)?

    Checked before an id is turned into a file name, so a long or odd id never reaches the
    file system (``File name too long``, ``../x``).
    """
    return isinstance(text, str) and _ID.fullmatch(text) is not None


def _safe(value: str) -> str:
    try:
        return check_regex(value)
    except ValueError as exc:  # pydantic reports ValueError as a validation error
        raise ValueError(str(exc)) from None


#: A regular expression from a data file: valid, bounded, without catastrophic backtracking.
SafePattern = Annotated[str, Field(max_length=MAX_PATTERN_CHARS), AfterValidator(_safe)]
