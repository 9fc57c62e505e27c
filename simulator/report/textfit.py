"""Measuring and wrapping text for hand-laid PDF pages (no renderer needed).

Widths are estimated from the characters: an East Asian wide character is one em, a Latin
character about 0.55 em on average (DejaVu Sans / Noto Sans). The estimate errs wide, so text
wrapped with it stays inside its box.
"""

from __future__ import annotations

import re
import unicodedata

POINTS_PER_INCH = 72.0
LATIN_EM = 0.56
WIDE_EM = 1.0
#: Characters that must not start a line (closing brackets and punctuation).
NO_LINE_START = set(")]}）】》」』，。、；：！？,.;:!?%")
_TOKEN = re.compile(
    r"\s+|[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]|[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+"
)


def char_em(ch: str) -> float:
    return WIDE_EM if unicodedata.east_asian_width(ch) in "WF" else LATIN_EM


def text_width_in(text: str, size_pt: float) -> float:
    """Estimated width in inches of one line of ``text`` at ``size_pt`` points."""
    return sum(char_em(c) for c in text) * size_pt / POINTS_PER_INCH


def line_height_in(size_pt: float, leading: float = 1.4) -> float:
    return size_pt * leading / POINTS_PER_INCH


def _break_long(word: str, size_pt: float, width_in: float) -> list[str]:
    parts, cur = [], ""
    for ch in word:
        if cur and text_width_in(cur + ch, size_pt) > width_in:
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    return [*parts, cur] if cur else parts


def wrap(text: str, size_pt: float, width_in: float) -> list[str]:
    """Lines of ``text`` (``\\n`` kept as breaks) that fit ``width_in`` at ``size_pt``; breaks
    between words, and between any two Chinese characters."""
    lines: list[str] = []
    for para in text.split("\n"):
        cur = ""
        for token in _TOKEN.findall(para):
            if token.isspace():
                if cur:
                    cur += " "
                continue
            if text_width_in(cur + token, size_pt) <= width_in or (
                cur.strip() and token[0] in NO_LINE_START and len(token) <= 2
            ):
                cur += token
                continue
            if cur.strip():
                lines.append(cur.rstrip())
            cur = ""
            if text_width_in(token, size_pt) > width_in:
                *full, cur = _break_long(token, size_pt, width_in)
                lines.extend(full)
            else:
                cur = token
        lines.append(cur.rstrip())
    return lines


def widest_line_in(text: str, size_pt: float) -> float:
    return max((text_width_in(line, size_pt) for line in text.split("\n")), default=0.0)
