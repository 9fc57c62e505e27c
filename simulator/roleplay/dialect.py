"""Cantonese-influenced Mandarin chat read as Mandarin (嘅/咗/哋/系/唔该 -> 的/了/们/是/麻烦),
English contractions typed without the apostrophe (thats, youre, isnt -> that's, you're, isn't),
and the money words a pinyin keyboard mistypes or Cantonese writes (15快 -> 15块, 10远 -> 10元, 廿蚊 ->
二十块: :func:`fold_unit_typos`).

Agents from Guangdong and Hong Kong often type Mandarin chat with Cantonese function words
("系我哋嘅质量问题", "唔该拍张相畀我"). The lexicons and the reader's corpus are Mandarin, so such
a reply read as typed finds no move. :func:`fold_cantonese` maps those words to their Mandarin
equivalents, only in a reply that has an unambiguous Cantonese marker (嘅, 咗, 哋, 冇, 畀, 喺,
...): plain Mandarin (系统, 联系, 同款, the interjection 唔) is never touched. Offsets are kept,
so evidence is still quoted in the trainee's own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Characters that only Cantonese writing uses: their presence switches the fold on.
MARKERS = "嘅咗哋冇畀俾喺佢嗰啲睇嚟搵揾攞嘢乜噉冚嘞啱"

#: Cantonese -> Mandarin, longest first when matched; applied only when a marker is present.
#: Ambiguous characters are folded only in the contexts listed (系 as the copula, not 系统).
FOLDS: dict[str, str] = {
    # phrases
    "唔该晒": "多谢",
    "啱啱": "刚刚",
    "补返": "补回",
    "退返": "退还",
    "唔该": "麻烦",
    "唔使": "不用",
    "唔好意思": "不好意思",
    "对唔住": "对不起",
    "顶唔顺": "受不了",
    "而家": "现在",
    "点样": "怎样",
    "点解": "为什么",
    "几多": "多少",
    "边个": "哪个",
    "边度": "哪里",
    "听日": "明天",
    "听朝": "明早",
    "朝早": "早上",
    "下昼": "下午",
    "覆你": "回复你",
    "覆您": "回复您",
    "琴日": "昨天",
    "寻日": "昨天",
    "同埋": "还有",
    "搞掂": "搞定",
    "先得": "才行",
    "赶得切": "来得及",
    "钟意": "喜欢",
    "即刻": "马上",
    "好返": "好起来",
    "话畀": "告诉",
    "喺度": "在这",
    # function words
    "嘅": "的",
    "咗": "了",
    "哋": "们",
    "冇": "没",
    "畀": "给",
    "俾": "给",
    "喺": "在",
    "佢": "他",
    "嗰": "那",
    "啲": "些",
    "睇": "看",
    "嚟": "来",
    "搵": "找",
    "揾": "找",
    "攞": "拿",
    "嘢": "东西",
    "乜": "什么",
    "咩": "什么",
    "咁": "这么",
    "噉": "这样",
    "冚": "全",
    "嘞": "了",
    "啱身": "合身",
    "啱": "对",
    "唔": "不",
    "拣": "选",
}
#: Characters folded only before these (呢个 = 这个, 仲有 = 还有, 同您 = 跟您, 系 = 是).
_CONTEXT = [  # (character, Mandarin, what may not come before it, what must come after it)
    ("呢", "这", "", "(?=[个批款件罐次单位样度种台条])"),
    ("仲", "还", "", "(?!裁)"),
    ("同", "跟", "", "(?=[您你我他佢])"),
    ("系", "是", "(?<![联关体派维直星水世谱父母])", "(?![统列数])"),
]
_KEYS = sorted(FOLDS, key=len, reverse=True)
_PATTERN = re.compile(
    "|".join(
        [re.escape(k) for k in _KEYS]
        + [f"{pre}{re.escape(c)}{post}" for c, _m, pre, post in _CONTEXT]
    )
)
_SINGLE = {c: m for c, m, _pre, _post in _CONTEXT}
_MARKED = re.compile(f"[{MARKERS}]|唔(该|使|系|好|会|得|识|知|可以)|而家")


def _put_in(
    text: str, index: list[int], spans: Iterable[tuple[int, int, str, list[int] | None]]
) -> tuple[str, list[int]]:
    """``text`` with each ``(start, end, replacement, its map)`` of ``spans`` (in order, not
    overlapping) put in, and ``index`` carried over: a replacement given no map of its own maps
    to its source's characters in turn (a longer one repeats the last)."""
    out: list[str] = []
    new_index: list[int] = []
    pos = 0
    for a, b, repl, mapped in spans:
        out.append(text[pos:a])
        new_index.extend(index[pos:a])
        out.append(repl)
        if mapped is None:
            mapped = [index[a + min(j, b - a - 1)] for j in range(len(repl))]
        new_index.extend(mapped)
        pos = b
    out.append(text[pos:])
    new_index.extend(index[pos:])
    return "".join(out), new_index


def is_cantonese(text: str) -> bool:
    """The text uses Cantonese function words (at least one unambiguous marker)."""
    return _MARKED.search(text) is not None


def fold_cantonese(text: str, index: list[int]) -> tuple[str, list[int]]:
    """Fold Cantonese words of normalised ``text`` into Mandarin; ``index`` maps each character
    to its original offset and is carried over (a longer Mandarin word maps to its source's
    characters in turn). Text without a Cantonese marker is returned unchanged."""
    if not is_cantonese(text):
        return text, index
    spans = (
        (*m.span(), FOLDS.get(m.group()) or _SINGLE[m.group()], None)
        for m in _PATTERN.finditer(text)
    )
    return _put_in(text, index, spans)


#: English contractions typed without the apostrophe (lower-case chat: "thats on us", "youre an
#: L"); only forms that are not words themselves (not "ill", "id", "well", "were", "wont", "its").
_CONTRACTIONS = {
    w.replace("'", ""): w
    for w in (  # (not "we're" nor "we'll": "were" and "well" are words)
        "that's",
        "what's",
        "here's",
        "there's",
        "who's",
        "it'll",
        "that'll",
        "you're",
        "they're",
        "i'm",
        "i've",
        "you've",
        "we've",
        "they've",
        "you'll",
        "they'll",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "don't",
        "doesn't",
        "didn't",
        "can't",
        "couldn't",
        "shouldn't",
        "wouldn't",
        "haven't",
        "hasn't",
        "hadn't",
        "mustn't",
        "needn't",
        "let's",
    )
}
_CONTRACTION = re.compile(
    r"(?<![a-z'])(" + "|".join(sorted(_CONTRACTIONS, key=len, reverse=True)) + r")(?![a-z'])"
)


def fold_contractions(text: str, index: list[int]) -> tuple[str, list[int]]:
    """Put the apostrophe back into English contractions of normalised ``text`` ("thats" ->
    "that's"); the added apostrophe maps to the letter before it."""
    if _CONTRACTION.search(text) is None:
        return text, index
    return _put_in(text, index, (_contraction(m, index) for m in _CONTRACTION.finditer(text)))


def _contraction(m: re.Match[str], index: list[int]) -> tuple[int, int, str, list[int]]:
    """A contraction's span, the word with its apostrophe, and the word's index map."""
    a, b = m.span()
    word = _CONTRACTIONS[m.group()]
    cut = word.index("'")
    return a, b, word, index[a : a + cut] + [index[a + cut - 1]] + index[a + cut : b]


#: Money words a pinyin keyboard or a Cantonese hand types for their Mandarin: the unit after a
#: number (快 for 块: "补你15快"; 远 for 元: "10远的优惠卷"; Cantonese 蚊: "10蚊券"), 廿/卅 for 二十/
#: 三十 before a unit ("廿蚊"), 无 for 五 between an offer verb and a unit ("退无元运费"), and 现今
#: for 现金 next to an offer ("现今补您10元"), and the slang 大洋 for 元 ("五十大洋"); not 快 starting a
#: word of its own ("3快递").
_NUM = "[\\d十百千万两一二三四五六七八九廿卅]"
_UNIT_TYPO = re.compile(
    rf"(?<={_NUM})\s?(快(?![递点速乐捷件要些到车餐手照门慢])|远|蚊|大洋)"
    r"|(?P<score>[廿卅])(?=[一二三四五六七八九]?\s?(蚊|块|元|快|远|现金))"
    r"|(?<=[退补返赔给送])(您|你)?(?P<five>无)(?=[元块])"
    r"|现今(?=\s?([补返赔给转打发]|\d|红包))|(?<=[元块\d])现今"
)
_UNIT_FIX = {
    "快": "块",
    "远": "元",
    "蚊": "块",
    "大洋": "元",  # slang: "退你五十大洋"
    "廿": "二十",
    "卅": "三十",
    "无": "五",
    "现今": "现金",
}


def _fix(m: re.Match[str]) -> tuple[int, int, str]:
    """The span of a mistyped money word in a match, and its Mandarin."""
    for group in ("score", "five"):
        if m.group(group):
            return m.start(group), m.end(group), _UNIT_FIX[m.group(group)]
    a, b = m.span()
    while m.string[a] in " 您你":
        a += 1
    return a, b, _UNIT_FIX[m.string[a:b]]


def fold_unit_typos(text: str, index: list[int]) -> tuple[str, list[int]]:
    """Put the money words typed as their homophones right ("15快" -> "15块", "廿蚊" -> "二十块");
    ``index`` is carried over (a longer word maps to its source's characters in turn)."""
    if _UNIT_TYPO.search(text) is None:
        return text, index
    return _put_in(text, index, ((*_fix(m), None) for m in _UNIT_TYPO.finditer(text)))
