"""Whether an offer's kind has its offer verb (:mod:`simulator.roleplay.offers`).

Some kinds are offers only with an offer verb ("券" is talk, "给您发张券" an offer: lexicon
``kinds.*.needs_offer_verb``). The verb is in the kind's clause, in the clause before it when a
break word split them ("offer you free return shipping and a 15 yuan voucher"), before a list of
offers the clause is an item of ("给您申请了 ¥20 补偿 + 一张 ¥10 优惠券", "Here's what I can do: -
$10 refund - free return shipping - a $5 coupon"), after a list of short clauses naming sums
("红包30,现金券20,都给您发了"), or the form is named in a clause of its own after an offer
("补偿的话,20。红包。").
"""

from __future__ import annotations

from simulator.roleplay.lexicon import Lexicon
from simulator.roleplay.offer_corrections import corrects
from simulator.roleplay.offer_merge import SHORT_CLAUSE, overlaps
from simulator.roleplay.textnorm import CJK, CLAUSE_BREAKS, clause_bounds

__all__ = ["LISTED_WITH", "has_verb", "next_clause"]

#: A clause naming only a kind (at most this long) after an offer's clause, at most
#: ``_KIND_GAP`` characters on (a sum in between): the form of that offer ("补偿的话,20。红包。").
_KIND_ALONE = 9
_KIND_GAP = 8
#: Kinds offered with no verb that vouch for a coupon listed beside them with its own sum.
LISTED_WITH = ("cash", "refund")
#: The most clauses an item of a list of offers looks back for the list's verb.
_LIST_ITEMS = 8


def has_verb(text: str, lex: Lexicon, c0: int, c1: int, offered=()) -> bool:
    """An offer verb in the clause, or in the clause before it when only a break word ("and",
    "另外") split them: "Can I offer you free return shipping and a 15 yuan voucher?"; for a
    short clause naming a sum, also after a list of such clauses ("红包30,现金券20,都给您发了")."""
    if lex.offer_verbs.search(text[c0:c1]):
        return True
    if c1 - c0 <= _KIND_ALONE and any(0 <= c0 - b <= _KIND_GAP for _a, b in offered):
        return True  # the form in a clause of its own: "补偿的话,20。红包。", "20. In credit."
    money = lex.money is not None and lex.money.search(text, c0, c1) is not None
    if money and corrects(text, lex, c0, c1):
        return True  # a sum corrected restates an offer: "说错了,不是5块是8块的券"
    if money and _short_clause(text, c0, c1) and _verb_after(text, lex, c1, offered):
        return True
    pos = c0 - 1
    while pos >= 0 and text[pos].isspace():
        pos -= 1
    if pos < 0:
        return False
    if text[pos] in CLAUSE_BREAKS:
        # a short clause listing what the clause before offers ("帮您申请个补偿,20元券",
        # "给您全额退款,另外10元券明天到账"): that clause has an offer (``offered``) and its verb
        # (an item of a list runs longer: "给您发放一张满50减10元券,一张满100减25元券"; in a
        # spaced script a few words: "Here's what I can do: a $15 refund, a $10 coupon")
        listed = lex.list_joiner is not None and lex.list_joiner.match(text, c0) is not None
        long = c1 - c0 > SHORT_CLAUSE * (1 + listed) and not _short_clause(text, c0, c1)
        if long or text[pos] in "。.!?!?":
            return False
        while pos >= 0 and (text[pos] in CLAUSE_BREAKS or text[pos].isspace()):
            pos -= 1
        # (or the short clause names the sum: "补您一杯奶茶钱,20块红包哈")
        if pos < 0 or not (money or clause_bounds(text, pos, lex.clause_breaks) in offered):
            return False
    for _ in range(_LIST_ITEMS):
        p0, p1 = clause_bounds(text, pos, lex.clause_breaks)
        if p1 > c0:
            return False
        if lex.offer_verbs.search(text[p0:p1]):
            return True
        # an item of a list of offers takes the verb before the list ("给您申请了 ¥20 补偿 + 一张
        # ¥10 优惠券", "Here's what I can do: - $10 refund - free return shipping - a $5 coupon")
        money = lex.money is not None and lex.money.search(text, p0, p1) is not None
        piece = p1 - p0 <= 3 and not any(ch.isdigit() for ch in text[p0:p1])  # "+", "一张"
        if not (money or piece or overlaps((p0, p1), list(offered))):
            return False
        pos = p0 - 1
        while pos >= 0 and (text[pos] in CLAUSE_BREAKS or text[pos].isspace()):
            if text[pos] in "。!?!?" or text.startswith(". ", pos):
                return False
            pos -= 1
        if pos < 0:
            return False
    return False


def _short_clause(text: str, c0: int, c1: int) -> bool:
    """A clause of a few words: ``SHORT_CLAUSE`` characters, or four words in a spaced script
    ("Voucher: 20 yuan", "$3 cash back")."""
    piece = text[c0:c1]  # (spaced: no CJK; a currency sign may stand in it: "a ¥10 coupon")
    spaced = CJK.search(piece) is None
    return c1 - c0 <= SHORT_CLAUSE or (spaced and len(piece.split()) <= 4)


def _verb_after(text: str, lex: Lexicon, pos: int, offered=()) -> bool:
    """The offer verb closing a list of short clauses that name sums ("红包30,现金券20,都给您发了",
    "Voucher: 20 yuan. Both sent."), or a sum of a kind given with no verb listed with them
    ("A $5 voucher and $3 cash back": ``offered``, the mentions by clause)."""
    no_verb = [a for items in dict(offered).values() for a, _b, k in items if k in LISTED_WITH]
    for _ in range(3):
        near = next_clause(text, lex, pos, 1)
        if near is None:
            return False
        money = lex.money is not None and lex.money.search(text, *near) is not None
        # (listed bare, not given apart; its route may follow: "a ¥5 cashback via Alipay")
        if money and any(near[0] <= a < near[1] for a in no_verb):
            return not lex.offer_verbs.search(text[near[0] : near[1]])
        if not _short_clause(text, *near):
            return False
        if money:
            pos = near[1]  # another sum of the list
            continue
        return lex.offer_verbs.search(text[near[0] : near[1]])
    return False


def next_clause(text: str, lex: Lexicon, pos: int, step: int) -> tuple[int, int] | None:
    """The clause after ``pos`` (``step`` 1) or before it (``step`` -1), skipping breaks."""
    while 0 <= pos < len(text) and (text[pos] in CLAUSE_BREAKS or text[pos].isspace()):
        pos += step
    if not 0 <= pos < len(text):
        return None
    return clause_bounds(text, pos, lex.clause_breaks)
