"""Measuring and wrapping text for hand-laid PDF pages.

Widths come from the glyph advances of the fonts the text is drawn in (the first family of
:func:`simulator.charts.fonts.font_families` that has the character), read once per character
and cached, so wrapped lines fill their box without running over it.
"""

from __future__ import annotations

import functools
import re

from matplotlib import font_manager

from simulator.charts.fonts import font_families

POINTS_PER_INCH = 72.0
_MEASURE_PT = 48.0
#: Characters that must not start a line (closing brackets and punctuation).
NO_LINE_START = set(")]}）】》」』，。、；：！？,.;:!?%")
_CJK = "\u2e80-\u9fff\u3000-\u303f\uff00-\uffef"
_TOKEN = re.compile(rf"\s+|[{_CJK}]|[^\s{_CJK}]+")


class TextMeasure:
    """Text widths in the fonts of one language (``zh`` or ``en``)."""

    def __init__(self, lang: str):
        self.fonts = []
        for family in font_families(lang):
            path = font_manager.findfont(
                font_manager.FontProperties(family=family), fallback_to_default=True
            )
            self.fonts.append(font_manager.get_font(path))
        self._em = functools.lru_cache(maxsize=4096)(self._char_em)

    def _char_em(self, ch: str) -> float:
        for font in self.fonts:
            if font.get_char_index(ord(ch)):
                font.set_size(_MEASURE_PT, POINTS_PER_INCH)
                glyph = font.load_char(ord(ch))
                return glyph.linearHoriAdvance / 65536 / _MEASURE_PT
        return 1.0

    def width_in(self, text: str, size_pt: float) -> float:
        """Width in inches of one line of ``text`` at ``size_pt`` points."""
        return sum(self._em(c) for c in text) * size_pt / POINTS_PER_INCH

    def widest_line_in(self, text: str, size_pt: float) -> float:
        return max((self.width_in(line, size_pt) for line in text.split("\n")), default=0.0)

    def _break_long(self, word: str, size_pt: float, width_in: float) -> list[str]:
        parts, cur = [], ""
        for ch in word:
            if cur and self.width_in(cur + ch, size_pt) > width_in:
                parts.append(cur)
                cur = ch
            else:
                cur += ch
        return [*parts, cur] if cur else parts

    def wrap(self, text: str, size_pt: float, width_in: float) -> list[str]:
        """Lines of ``text`` (``\\n`` kept as breaks) that fit ``width_in`` at ``size_pt``;
        breaks between words and between Chinese characters, never before closing marks."""
        lines: list[str] = []
        for para in text.split("\n"):
            cur = ""
            for token in _TOKEN.findall(para):
                if token.isspace():
                    if cur:
                        cur += " "
                    continue
                if self.width_in(cur + token, size_pt) <= width_in or (
                    cur.strip() and token[0] in NO_LINE_START and len(token) <= 2
                ):
                    cur += token
                    continue
                if cur.strip():
                    lines.append(cur.rstrip())
                cur = ""
                if self.width_in(token, size_pt) > width_in:
                    *full, cur = self._break_long(token, size_pt, width_in)
                    lines.extend(full)
                else:
                    cur = token
            lines.append(cur.rstrip())
        return lines


def line_height_in(size_pt: float, leading: float = 1.4) -> float:
    """Baseline-to-baseline distance in inches."""
    return size_pt * leading / POINTS_PER_INCH
