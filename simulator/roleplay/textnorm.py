"""Text normalisation and number reading shared by the reply classifier and the knowledge base.

Trainees type full-width punctuation, full-width digits, mixed case, Chinese numerals and
Cantonese function words.
:func:`normalise` folds all of that (NFKC + lower case) character by character and keeps, for
every normalised character, the offset of the original character it came from, so evidence can
be quoted in the trainee's own words.
"""

from __future__ import annotations

import math
import re
import unicodedata

from simulator.roleplay.dialect import fold_cantonese, fold_contractions, fold_unit_typos
from simulator.roleplay.traditional import TO_SIMPLIFIED

#: Characters that end a clause (after NFKC, full-width ``，？！`` are already ASCII).
CLAUSE_BREAKS = ",.;!?。、;\n~…"

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_CN_DIGITS |= {"七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
#: 大写 (financial) numerals, as on receipts and in formal replies: 叁佰 = 三百.
_FINANCIAL = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬", "一二二三三四五六六七八九十百千万")

_CN = "零〇一二两三四五六七八九十百千万壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬"
#: Every character of a Chinese numeral (lower case and 大写 digits and units).
CN_NUMERALS = _CN
#: A number as trainees write it: ``20``, ``35.5``, ``二十``, ``一百五``, ``叁佰``, ``3千``,
#: ``1.5万``, ``2k``, ``2w`` (万), ``半``.
#: Every repeat is bounded and a run of digits is only read from its start, so a search costs
#: time in proportion to the reply's length (an unbounded ``\d+`` made a 4,000-digit reply take
#: tens of seconds: every start position re-read the rest of the run).
NUMBER_RE = (
    rf"(?:(?<![\d,])\d{{1,3}}(?:,\d{{3}}){{1,4}}(?![\d.])"
    rf"|(?<![\d.])\d{{1,9}}(?:\.\d{{1,4}})?(?:[十百千万拾佰仟萬][\d{_CN}]{{0,8}}|[kw](?![a-z]))?"
    rf"|(?<![{_CN}])[{_CN}]{{1,12}}|半)"
)
#: A number after a value word with no currency mark ("补偿您50", "退您二十", "赔1.5万"): Arabic,
#: or Chinese with a unit (not the "一" of "补偿一张20元券").
VALUE_NUMBER_RE = (
    rf"(?:(?<![\d,])\d{{1,3}}(?:,\d{{3}}){{1,4}}(?![\d.])"
    rf"|(?<![\d.])\d{{1,9}}(?:\.\d{{1,4}})?(?:[十百千万拾佰仟萬][\d{_CN}]{{0,8}}|[kw](?![a-z]))?"
    rf"|(?<![{_CN}])[{_CN}]{{0,8}}[十百千万拾佰仟萬][{_CN}]{{0,8}})"
)
#: A Chinese character (unified ideographs, extension A, compatibility ideographs).
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: a question mark, half- or full-width
QUESTION_MARK = re.compile(r"[??]")
_TOKEN = re.compile(r"\d+(?:\.\d+)?|.")
#: Circled and dingbat step numbers ("① 发货;② 取件;③ 运费我们出") read as a list's "1、": a
#: step's number is no sum, nor a digit run into the sum after it ("①10元券"); NFKC alone makes
#: ③ a bare "3", which an offer beside it took.
_STEPS = {
    chr(base + i): f"{i + first}、"
    for base, first, count in ((0x2460, 1, 20), (0x24EB, 11, 10), (0x24F5, 1, 10))
    + ((0x2776, 1, 10), (0x2780, 1, 10), (0x278A, 1, 10))
    for i in range(count)
}


def normalise(text: str) -> tuple[str, list[int]]:
    """Fold width, case, Traditional characters (:mod:`~simulator.roleplay.traditional`),
    Cantonese function words, apostrophe-less contractions and mistyped money units
    (:mod:`~simulator.roleplay.dialect`); return
    the normalised text and each character's original offset."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = _FOLDED.get(ch)
        if folded is None:
            folded = _fold_char(ch)
        out.append(folded)
        if len(folded) == 1:
            index.append(i)
        else:
            index += [i] * len(folded)
    return fold_unit_typos(*fold_contractions(*fold_cantonese("".join(out), index)))


#: Characters folded so far (a reply repeats most of its characters, and replies each other's).
_FOLDED: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    folded = _STEPS.get(ch) or unicodedata.normalize("NFKC", ch).lower()
    if ch in "\u3000\u00a0":
        folded = " "
    elif ch in "\u2018\u2019\uff07":  # typographic apostrophes (can’t): as typed on phones
        folded = "'"
    folded = "".join(TO_SIMPLIFIED.get(part, part) for part in folded)
    if len(_FOLDED) < 50_000:
        _FOLDED[ch] = folded
    return folded


def fold(text: str) -> str:
    """Normalised text only (for lexicon keywords and search queries)."""
    return normalise(text)[0]


def chinese_number(token: str) -> float | None:
    """Read a Chinese numeral (``二十`` -> 20, ``一百五`` -> 150, ``十五`` -> 15, ``半`` -> 0.5).

    大写 numerals (``叁佰`` -> 300) and Arabic digits before a unit (``3千`` -> 3000,
    ``1.5万`` -> 15000, ``2万5`` -> 25000) are read too.
    """
    if not token:
        return None
    if token == "半":
        return 0.5
    parts = _TOKEN.findall(token.translate(_FINANCIAL))
    total = 0.0
    section = 0.0
    digit: float | None = None
    last_unit = 1
    prev = ""
    for ch in parts:
        if ch[0].isdigit():
            if prev and prev not in _CN_UNITS:
                return None  # "3二" is not a number
            digit = float(ch)
        elif ch in _CN_DIGITS:
            if (prev in _CN_DIGITS and prev not in "零〇") or prev[:1].isdigit():
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
        scale = last_unit // 10 if len(parts) >= 2 and parts[-2] in _CN_UNITS else 1
        section += digit * max(scale, 1)
    return float(total + section)


_EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_SMALL = (
    rf"(?:(?:{'|'.join(_EN_TENS)})(?:[ -](?:{'|'.join(_EN_UNITS[1:10])}))?"
    rf"|{'|'.join(reversed(_EN_UNITS))})"
)
#: An English number with a multiplier, as written in replies: "three hundred", "a thousand",
#: "two hundred and fifty", "one thousand five hundred", or tens and units ("twenty-five");
#: smaller numbers are lexicon words.
EN_COMPOUND_RE = (
    rf"(?:(?:a|{_EN_SMALL})\s+(?:hundred|thousand)"
    rf"(?:\s+(?:and\s+)?(?:{_EN_SMALL}\s+hundred(?:\s+(?:and\s+)?{_EN_SMALL})?|{_EN_SMALL}))?"
    # tens and units with no multiplier: "twenty-five dollars", "thirty two quid"
    rf"|(?<![a-z])(?:{'|'.join(_EN_TENS)})[ -](?:{'|'.join(_EN_UNITS[1:10])})(?![a-z]))"
)
_EN_WORD = re.compile(r"[a-z]+")


def english_number(token: str) -> float | None:
    """Read an English number in words ("three hundred and fifty"); None when it is not one."""
    total = current = 0
    seen = False
    for word in _EN_WORD.findall(token.lower().replace("-", " ")):
        if word == "and":
            continue
        if word == "a":
            current, seen = 1, True
        elif word in _EN_UNITS:
            current, seen = current + _EN_UNITS.index(word), True
        elif word in _EN_TENS:
            current, seen = current + 10 * (_EN_TENS.index(word) + 2), True
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total, current = total + max(current, 1) * 1000, 0
        else:
            return None
    return float(total + current) if seen else None


def read_number(token: str) -> float | None:
    """Read an Arabic, Chinese or English-words number token; None when it is not a number."""
    token = token.strip()
    if "," in token:  # "1,000"
        token = token.replace(",", "")
    if token[-1:] in ("k", "w") and token[:1].isdigit():  # "2k" = 2000, "2w" = 20000 (万)
        value = read_number(token[:-1])
        return value * (1000 if token[-1] == "k" else 10000) if value is not None else None
    try:
        value = float(token)
    except ValueError:
        return chinese_number(token) if not _EN_WORD.match(token.lower()) else english_number(token)
    return value if math.isfinite(value) else None


def _is_break(text: str, i: int) -> bool:
    """A clause break, except a decimal point or thousands comma between digits (¥35.5)."""
    ch = text[i]
    if ch not in CLAUSE_BREAKS:
        return False
    if ch in ".," and 0 < i < len(text) - 1:
        return not (text[i - 1].isdigit() and text[i + 1].isdigit())
    return True


def clause_spans(text: str, extra_breaks: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """Every clause of ``text`` as ``[start, end)``, in order, in one pass (the spans
    :func:`clause_bounds` gives for each position, without its cost per position)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [i for i in range(len(text)) if _is_break(text, i)] + [len(text)]:
        cuts = [start]
        if extra_breaks is not None:  # a break word opens the next clause and belongs to it
            cuts += [
                m.start() for m in extra_breaks.finditer(text, start, end) if m.start() > start
            ]
        for a, b in zip(cuts, cuts[1:] + [end], strict=True):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                spans.append((a, b))
        start = end + 1
    return spans


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
