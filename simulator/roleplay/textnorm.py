"""Text normalisation and number reading shared by the reply classifier and the knowledge base.

Trainees type full-width punctuation, full-width digits, mixed case and Chinese numerals.
:func:`normalise` folds all of that (NFKC + lower case) character by character and keeps, for
every normalised character, the offset of the original character it came from, so evidence can
be quoted in the trainee's own words.
"""

from __future__ import annotations

import re
import unicodedata

#: Characters that end a clause (after NFKC, full-width ``，？！`` are already ASCII).
CLAUSE_BREAKS = ",.;!?。、;\n~…"

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_CN_DIGITS |= {"七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}

#: A number as trainees write it: ``20``, ``35.5``, ``二十``, ``一百五``, ``半``.
NUMBER_RE = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+|半)"


def normalise(text: str) -> tuple[str, list[int]]:
    """Fold width and case; return the normalised text and each character's original offset."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = unicodedata.normalize("NFKC", ch).lower()
        if ch in "\u3000\u00a0":
            folded = " "
        for part in folded:
            out.append(part)
            index.append(i)
    return "".join(out), index


def fold(text: str) -> str:
    """Normalised text only (for lexicon keywords and search queries)."""
    return normalise(text)[0]


def chinese_number(token: str) -> float | None:
    """Read a Chinese numeral (``二十`` -> 20, ``一百五`` -> 150, ``十五`` -> 15, ``半`` -> 0.5)."""
    if not token:
        return None
    if token == "半":
        return 0.5
    total = 0
    section = 0
    digit: int | None = None
    last_unit = 1
    prev = ""
    for ch in token:
        if ch in _CN_DIGITS:
            if prev in _CN_DIGITS and prev not in "零〇":
                return None  # "二三" is not a numeral
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            unit = _CN_UNITS[ch]
            if unit == 10000:
                total = (total + section + (digit or 0)) * unit
                section = 0
            else:
                section += (1 if digit is None else digit) * unit
            digit = None
            last_unit = unit
        else:
            return None
        prev = ch
    if digit is not None:
        # "一百五" is 150 (the digit after a unit counts in the next lower unit); "一千零五" is 1005
        scale = last_unit // 10 if len(token) >= 2 and token[-2] in _CN_UNITS else 1
        section += digit * max(scale, 1)
    return float(total + section)


def read_number(token: str) -> float | None:
    """Read an Arabic or Chinese number token; None when it is not a number."""
    token = token.strip()
    try:
        return float(token)
    except ValueError:
        return chinese_number(token)


def _is_break(text: str, i: int) -> bool:
    """A clause break, except a decimal point or thousands comma between digits (¥35.5)."""
    ch = text[i]
    if ch not in CLAUSE_BREAKS:
        return False
    if ch in ".," and 0 < i < len(text) - 1:
        return not (text[i - 1].isdigit() and text[i + 1].isdigit())
    return True


def clause_bounds(
    text: str, pos: int, extra_breaks: re.Pattern[str] | None = None
) -> tuple[int, int]:
    """Return the ``[start, end)`` of the clause of ``text`` that contains ``pos``."""
    start = pos
    while start > 0 and not _is_break(text, start - 1):
        start -= 1
    end = pos
    while end < len(text) and not _is_break(text, end):
        end += 1
    if extra_breaks is not None:
        # a break word ("再送", "另外") opens the next clause and belongs to it
        for m in extra_breaks.finditer(text, start, end):
            if m.start() <= pos:
                start = max(start, m.start())
            else:
                end = min(end, m.start())
                break
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
