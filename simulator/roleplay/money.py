"""Money values in a reply: :func:`amounts` (20元, ¥35.5, 叁佰元, 3千块, 1.5万, 2k, 2w, 5块5,
"补张30的券", "a 20 coupon", "退40"), thresholds (满200), prices ("按99块的价格") and sums named as a
topic ("关于500元:", "As for the $200 you mentioned,": :func:`topics`) skipped, a range
read as its upper end ("补您30到50的券", "金额在10到20之间", "between $10 and $20": the upper
end), and the small numbers that number a list
("1.退货退款;2.不退货", :func:`list_marker`).

The forms are the lexicon's ``amounts`` section (compiled by :mod:`simulator.roleplay.lexicon`);
:mod:`simulator.roleplay.offers` gives each value to the offer it belongs to.
"""

from __future__ import annotations

import re

from simulator.roleplay.lexicon import Lexicon
from simulator.roleplay.textnorm import read_number

__all__ = ["amounts", "given_topics", "list_marker", "money_number", "step_numbers", "topics"]

_SENTENCE_END = re.compile(r"[。.!?!?]")
_STOP = re.compile(r"[。!?!?]|\.(?!\d)")  # a sentence's end, not the point of "2.5万"

_DIGITS = "一二三四五六七八九"
#: two neighbouring digits before a unit: a rough range ("二三十", "两三百")
_ROUGH = re.compile("([一二两三四五六七八])([二三四五六七八九])([十百千万])")


def money_number(token: str | None, lex: Lexicon) -> float | None:
    if not token:
        return None
    token = token.strip()
    if token in lex.number_words:
        return lex.number_words[token]
    rough = _ROUGH.fullmatch(token)
    if (
        rough
        and _DIGITS.index(rough.group(2)) == _DIGITS.index(rough.group(1).replace("两", "二")) + 1
    ):
        return read_number(token[1:])  # "二三十" is 20 to 30: the upper end, as a range
    return read_number(token)


def topics(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Spans naming a sum as the topic of what follows, up to and with their colon or comma
    (lexicon ``amounts.topics``: "关于500元:", "至于您说的500,", "Regarding the 500:"): the
    customer's figure the agent answers, not a sum the agent gives."""
    if lex.topic is None:
        return []
    return [
        m.span() for m in lex.topic.finditer(text) if m.end() > m.start() and not _given(m, lex)
    ]


def given_topics(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Topics that name the agent's own offer, given in the rest of the sentence ("As for the $20
    voucher, I've sent it"): the topic names a kind and not the customer's words ("you mentioned",
    "您说的": the lexicon pattern's ``you`` group), and what follows has an offer verb and no sum."""
    if lex.topic is None:
        return []
    return [m.span() for m in lex.topic.finditer(text) if m.end() > m.start() and _given(m, lex)]


def _given(m: re.Match[str], lex: Lexicon) -> bool:
    if any(v for k, v in m.groupdict().items() if v and k.startswith("you")):
        return False
    text, (a, b) = m.string, m.span()
    if not any(t.regex is not None and t.regex.search(text, a, b) for t in lex.kinds.values()):
        return False
    end = _SENTENCE_END.search(text, b)
    rest = text[b : end.start() if end is not None else len(text)]
    if lex.money is not None and lex.money.search(rest) is not None:
        return False
    refused = lex.moves["offer_compensation"].guards.regex  # "..., we can't send it"
    if refused is not None and refused.search(rest) is not None:
        return False
    return lex.offer_verbs.search(rest)


#: The last readings of :func:`amounts`, by lexicon and text: the steps that read a reply's offers
#: ask for the money in the same text again and again (a long reply has dozens of clauses).
_AMOUNTS: dict[tuple[int, str], tuple[Lexicon, list[tuple[int, int, float]]]] = {}
_AMOUNTS_KEPT = 64


#: A half before a word that makes a bare number a sum ("一半原路退回") is a share, not half a yuan.
_HALVES = frozenset({"半", "一半"})


def amounts(text: str, lex: Lexicon) -> list[tuple[int, int, float]]:
    """Money values in normalised ``text``: ``(start, end, yuan)``; thresholds (满200), prices
    ("按99块的价格", "the 2k order") and sums named as a topic ("关于500元:") skipped."""
    key = (id(lex), text)
    hit = _AMOUNTS.get(key)
    if hit is not None and hit[0] is lex:
        return list(hit[1])
    found = _amounts(text, lex)
    if len(_AMOUNTS) >= _AMOUNTS_KEPT:
        _AMOUNTS.clear()
    _AMOUNTS[key] = (lex, found)
    return list(found)


def _amounts(text: str, lex: Lexicon) -> list[tuple[int, int, float]]:
    if lex.money is None:
        return []
    out = []
    topical = topics(text, lex)
    unglued = _unglued_steps(text)
    for m in lex.money.finditer(unglued):
        g = m.groupdict()
        if g.get("price") or (g.get("thr") and not _value_lead(text, m, lex)):
            continue  # "满200", "按99块的价格": no value offered
        if (g.get("n5") or "").strip() in _HALVES:
            continue  # "多付的那一半原路退回": a share of the price, no sum
        if g.get("n4"):  # "5毛"
            value = money_number(g["n4"], lex)
            unit = lex.minor_units.get(g.get("mu") or "", 0.1)
            value = value * unit if value is not None else None
        else:
            token = next((g[k] for k in ("n1", "n2", "n3", "n5") if g.get(k)), None)
            value = money_number(token, lex)
            minor = money_number(g.get("mi") or g.get("mb"), lex)
            if value is not None and minor is not None and minor < 10:  # "5块5", "5元5角"
                value += minor * lex.minor_units.get(g.get("miu") or "", 0.1)
            elif value is not None and minor is not None and len(g.get("mb") or "") == 2:
                value += minor / 100  # "89块85": cents
        if value is not None:
            out.append((m.start(), m.end(), round(value, 2)))
    found = _range_ends(text, lex, _listed(text, lex, out))
    found = [v for v in found if not any(a <= v[0] < b for a, b in topical)]
    steps = step_numbers(unglued)  # "给您补20元券 2、运费我们出": the 2 is a step
    found = [
        v for v in found if not any(v[0] <= a and b <= v[1] and v[2] == n for a, b, n in steps)
    ]
    return _parts_of_wholes(text, lex, found)


def _parts_of_wholes(text: str, lex: Lexicon, found: list[tuple[int, int, float]]):
    """Of a sum given out of a larger one ("退您2.5万里的三千块", "$30 of the $200"), the part:
    the whole (lexicon ``amounts.wholes``) is no value when its sentence has another sum."""
    if lex.whole is None or len(found) < 2:
        return found
    spans = [m.span() for m in lex.whole.finditer(text) if m.end() > m.start()]
    wholes = {v for v in found if any(a < v[1] <= b for a, b in spans)}

    def sentence(pos: int) -> int:
        return len(_STOP.findall(text, 0, pos))

    return [
        v
        for v in found
        if v not in wholes
        or not any(w not in wholes and sentence(w[0]) == sentence(v[0]) for w in found)
    ]


def _value_lead(text: str, m, lex: Lexicon) -> bool:
    """A threshold word after an offer's kind gives its value ("a store credit worth 50 yuan")."""
    lead = lex.value_lead
    return lead is not None and lead.search(text, max(0, m.start() - 40), m.end("thr")) is not None


def _listed(text: str, lex: Lexicon, found: list[tuple[int, int, float]]):
    """Bare numbers counted as items of a list ("两张券,一张20一张10", "one 20 and one 10"):
    the span runs from the counter, so that only a joiner or a comma stands between them."""
    if lex.amount_listed is None:
        return found
    out = list(found)
    for m in lex.amount_listed.finditer(text):
        group = next((k for k, v in m.groupdict().items() if v and k[0] == "n"), None)
        value = money_number(m.group(group), lex) if group else None
        span = (m.start(), m.end(group) if group else m.end())
        if value and not any(a < span[1] and span[0] < b for a, b, _v in found):
            out.append((*span, round(value, 2)))
    return sorted(out)


def _range_ends(text: str, lex: Lexicon, found: list[tuple[int, int, float]]):
    """Of two values joined as a range ("补您30到50的券", "$20 to $30"), the upper end only; so
    too when the upper end is a bare number ("金额在10到20之间") or the range is written around
    its ends ("between $10 and $20")."""
    found = _ranges_between(text, lex, found)
    if lex.range_joiner is None:
        return found
    out = []
    for v, nxt in zip(found, [*found[1:], None], strict=False):
        joined = nxt is not None and lex.range_joiner.fullmatch(text[v[1] : nxt[0]].strip())
        if joined and nxt[2] > v[2]:
            continue
        upper = lex.range_upper.match(text, v[1]) if lex.range_upper is not None else None
        if not joined and upper is not None:
            value = money_number(upper.group("n"), lex)
            if value is not None and value > v[2]:
                v = (v[0], upper.end(), round(value, 2))
        out.append(v)
    return out


def _ranges_between(text: str, lex: Lexicon, found: list[tuple[int, int, float]]):
    """ "between $10 and $20": one value, the upper end (the pattern's ``{NUM}``)."""
    if lex.range_between is None:
        return found
    for m in lex.range_between.finditer(text):
        group = next((k for k, v in m.groupdict().items() if v and k[0] == "n"), None)
        value = money_number(m.group(group), lex) if group else None
        if value is None:
            continue
        # the value spans the whole range: an offer in the clause of either end takes it
        end = max([m.end(), *(v[1] for v in found if m.start() <= v[0] < m.end())])
        found = [v for v in found if not m.start() <= v[0] < m.end()]
        found.append((m.start(), end, round(value, 2)))
    return sorted(found)


#: A small number opening a clause and closed by a list's mark: "1、", "2.", "3)" (① is "1、").
_STEP = re.compile(r"(?:^|(?<=[\s,;:!?。;:]))(\d{1,2})(?=[.、)](?!\d))")


#: A step's number run into a sum after it: "…退回;3.30元无门槛券已经发了" after "1." and "2."
#: (a step that follows a step's end, not a comma, colon or space: "2.差价 3.5元" is 3.5元).
_GLUED_STEP = re.compile(r"(?:^|(?<=[;。;\n]))(\d{1,2})\.(?=\d)")


def _unglued_steps(text: str) -> str:
    """``text`` with the point after a list's next step number made a list mark ("...;3.30元
    券" reads 30元 after step 3, not 3.30元), when the steps before it were numbered."""
    seen = {int(n) for _a, _b, n in step_numbers(text)}
    if not seen:
        return text
    for m in _GLUED_STEP.finditer(text):
        if int(m.group(1)) - 1 in seen:
            text = f"{text[: m.end(1)]}、{text[m.end(1) + 1 :]}"
    return text


def step_numbers(text: str) -> list[tuple[int, int, float]]:
    """The numbers of a numbered list ("1、退货退款 2、运费我们出"): a step's number is 1, or one
    more than a step number before it, so "红包30、现金券20" numbers nothing."""
    out: list[tuple[int, int, float]] = []
    seen: set[int] = set()
    for m in _STEP.finditer(text):
        n = int(m.group(1))
        if n == 1 or n - 1 in seen:
            seen.add(n)
            out.append((m.start(1), m.end(1), float(n)))
    return out


def list_marker(text: str, span: tuple[int, int]) -> bool:
    """A bare small number numbering a list ("1.退货退款...;2.不退货"), not an amount."""
    token = text[span[0] : span[1]].strip()
    numeral = token.isdigit() or all(ch in "一二三四五六七八九十" for ch in token)
    after = text[span[1] : span[1] + 1]
    return numeral and 0 < len(token) <= 2 and after != "" and after in ".、)"
