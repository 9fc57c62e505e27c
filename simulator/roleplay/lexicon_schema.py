"""The lexicon file format: what ``scenarios/lexicons/LANG.yaml`` may hold, as pydantic models.

Every field is validated (strict types, bounded lists, regular expressions checked for syntax and
catastrophic backtracking with ``{NUM}`` and ``{TIME}`` expanded); :mod:`simulator.roleplay.lexicon`
compiles a validated :class:`LexiconFile` into the matchers the reader uses.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field, ValidationInfo

from simulator.roleplay.limits import MAX_TERMS, STRICT_CONFIG
from simulator.roleplay.saferegex import MAX_PATTERN_CHARS, regex_problem
from simulator.roleplay.textnorm import EN_COMPOUND_RE, NUMBER_RE

MOVES: tuple[str, ...] = (
    "greeting",
    "acknowledge_emotion",
    "apology",
    "take_responsibility",
    "thank_for_feedback",
    "explain_cause",
    "offer_solution",
    "offer_compensation",
    "ask_clarifying_question",
    "exchange_or_upsell_offer",
    "escalate_to_supervisor",
    "promise_followup",
    "negation_or_blame",
    "mechanical_phrase",
    "off_topic",
)

#: Kinds of compensation an offer can name.
COMPENSATION_KINDS = ("coupon", "refund", "cash", "free_return_shipping", "gift", "full_refund")

#: Payment channels outside the platform (``Move.channel``); any of them is a compliance breach.
PAYMENT_CHANNELS = ("alipay", "wechat", "bank", "cash", "paypal", "private")

MoveName = Literal[MOVES]  # type: ignore[valid-type]
ChannelName = Literal[PAYMENT_CHANNELS]  # type: ignore[valid-type]
KindName = Literal[COMPENSATION_KINDS]  # type: ignore[valid-type]


def _check_regex(value: str, info: ValidationInfo) -> str:
    """Valid, bounded and safe from catastrophic backtracking once ``{NUM}`` is expanded
    (:mod:`simulator.roleplay.saferegex`); ``{TIME}`` is checked as a variable-length part."""
    number_words = (info.context or {}).get("number_words", ())
    problem = regex_problem(value) if len(value) > MAX_PATTERN_CHARS else None
    expanded = expand(value.replace("{TIME}", "(?:\\d+)"), number_words)
    problem = problem or regex_problem(expanded, max_chars=None)
    if problem is not None:
        raise ValueError(problem)
    return value


def _check_keyword(value: str) -> str:
    if not value.strip():
        raise ValueError("empty keyword")
    return value


Regex = Annotated[str, AfterValidator(_check_regex)]
Keyword = Annotated[str, AfterValidator(_check_keyword)]


class _Strict(BaseModel):
    # unknown keys refused, strict finite numbers, bounded text: see simulator.roleplay.limits
    model_config = STRICT_CONFIG


class Terms(_Strict):
    """Literal keywords and regular expressions that signal one thing."""

    keywords: Annotated[list[Keyword], Field(max_length=MAX_TERMS)] = []
    patterns: Annotated[list[Regex], Field(max_length=MAX_TERMS)] = []


class MoveRules(Terms):
    """How one move is recognised.

    A keyword or pattern hit counts unless it overlaps a ``guards`` match (e.g. "不是您的错" is
    not blame). The move is dropped afterwards when one of ``suppressed_by`` was also found, or
    one of ``suppressed_by_patterns`` matches anywhere in the reply (a mechanical phrase next to
    a concrete answer is not mechanical). ``firm`` patterns are hits too, of a reading specific
    enough that the model vetoes them only when all but sure (``reader.Thresholds.veto_firm``).
    """

    firm: Annotated[list[Regex], Field(max_length=MAX_TERMS)] = []
    guards: list[Regex] = []
    suppressed_by: list[MoveName] = []
    suppressed_by_patterns: list[Regex] = []


class Kind(Terms):
    """Words naming one kind of compensation.

    With ``needs_offer_verb`` a mention counts only in a clause that also has an offer verb
    ("给您一张券" is an offer, "店铺券可以叠加" explains a rule).
    """

    needs_offer_verb: bool = False


class CompensationRules(MoveRules):
    """``offer_compensation``: generic offer words plus the words naming each kind."""

    kinds: dict[KindName, Kind] = {}
    offer_verbs: Terms = Terms()
    # keeping the item ("东西您留着用", "keep the wrong one"): a gift, unless the reply pays
    # money for it (a partial refund, an amount): then it is that offer's condition
    keep_item: Terms = Terms()
    # loyalty points offered ("补您500积分"): an offer of no kind and no amount, beside any other
    points: Terms = Terms()


class Moves(_Strict):
    """Rules per move; ``off_topic`` has none: it is what is left when nothing relevant is said."""

    greeting: MoveRules = MoveRules()
    acknowledge_emotion: MoveRules = MoveRules()
    apology: MoveRules = MoveRules()
    take_responsibility: MoveRules = MoveRules()
    thank_for_feedback: MoveRules = MoveRules()
    explain_cause: MoveRules = MoveRules()
    offer_solution: MoveRules = MoveRules()
    offer_compensation: CompensationRules = CompensationRules()
    ask_clarifying_question: MoveRules = MoveRules()
    exchange_or_upsell_offer: MoveRules = MoveRules()
    escalate_to_supervisor: MoveRules = MoveRules()
    promise_followup: MoveRules = MoveRules()
    negation_or_blame: MoveRules = MoveRules()
    mechanical_phrase: MoveRules = MoveRules()


class Multiple(_Strict):
    """An offer as a multiple of the order's price ("三倍赔偿", "退一赔三", "double the price").

    The multiple is ``times``, or the number captured by ``{NUM}`` (a percentage of the price
    with ``per_cent``: 百分之二十 = 0.2); a share of it is a multiple below 1 (一半, half = 0.5);
    ``with_refund``: the price is refunded as well (退一赔三 refunds the price and pays three times it);
    ``discount``: ``{NUM}`` is the tenths of the price still paid (打八折 = 0.8), the offer the rest;
    ``tenths``: ``{NUM}`` counts tenths of the price (三成 = 0.3).
    """

    pattern: Regex
    times: float | None = Field(default=None, gt=0)
    with_refund: bool = False
    per_cent: bool = False
    discount: bool = False
    tenths: bool = False


class Amounts(_Strict):
    """How money is written: currency marks before/after a number, and threshold words."""

    currency_before: list[Keyword] = []
    currency_after: list[Keyword] = []
    threshold_before: list[Keyword] = []  # "满200减20": 200 is a threshold, not a value
    price_after: list[Keyword] = []  # "按99块的价格", "the 2k order": a price, not a value
    value_before: list[Keyword] = []  # "减20": a value even without a currency mark
    not_money_after: list[Keyword] = []  # "退款3天": a unit after the number means not money
    value_after: list[Keyword] = []  # "补张30的券", "a 20 coupon": a bare number before these
    minor_units: dict[str, float] = {}  # "5块5", "3毛": 角/毛 as fractions of a yuan
    # an amount standing in a clause of its own ("补偿您。50元。", "补个差价吧,20")
    alone: list[Regex] = []
    multiples: list[Multiple] = []
    # an amount per item or day ("每件退您25", "$5 per item") gives way to a total stated after it
    # ("共50元", "so $15"): words of each, and what joins the ends of a range ("30到50": 50)
    per_unit: list[Regex] = []
    total: list[Regex] = []
    # the count an amount per item or day is for, stated after it with no total ("您买了6件",
    # "you bought 6"; ``{NUM}``): the offer is the amount times the count
    unit_counts: list[Regex] = []
    range_joiners: list[Regex] = []
    # a range written around its ends ("between $10 and $20"): ``{NUM}`` is the upper end
    range_between: list[Regex] = []
    # what joins two sums of one kind listed in a clause ("一张10元一张5元", "$10 and $5 coupons"):
    # each sum is an offer of that kind
    list_joiners: list[Regex] = []
    # a bare number counted as one item of a list ("一张20一张10", "one 20 and one 10"): ``{NUM}``
    listed: list[Regex] = []
    # a sum given as several pieces of one kind, ``(?P<c>...)`` the count ("两张10元券", "券5元×2张",
    # "two $10 vouchers"): with no total stated, one offer per piece
    counts: list[Regex] = []
    # what before a threshold word makes its number the value of an offer, not a price ("a store
    # credit worth 50 yuan", against "an item worth 50 yuan"): searched up to the threshold's end
    value_lead: list[Regex] = []
    # a sum added to one given ("再加5块", "another $5"): with a total after it ("一共25"), the
    # total is the offer; a raise ("补到10块", "bumped it to $25") replaces the smaller sums before
    increments: list[Regex] = []
    increments_after: list[Regex] = []  # the increment word after the sum: "S$5 more"
    raises: list[Regex] = []
    # the order's price stated in the reply ("这单实付88", "the price was $25"; ``{NUM}``): a
    # multiple of the price offered in the same reply is valued at it (三倍 of 45 = 135)
    prices: list[Regex] = []
    # a sum named as the topic of what follows, up to its colon or comma ("关于500元:", "至于您说的
    # 500,", "As for the $200 you mentioned:"): the customer's figure, neither a value nor an offer
    topics: list[Regex] = []
    # a larger sum the one given is taken out of ("2.5万里的三千", "$30 of the $200"; ``{NUM}``):
    # the whole is no value, the part is the offer
    wholes: list[Regex] = []
    # the agent correcting a sum of their own ("说错了", "更正一下", "Correction:", "I meant"): the
    # sum after it is the offer, of the kind it corrects, and the sum corrected is none
    corrections: list[Regex] = []
    # a price named before a raised sum (the raise is the price's, not an offer's: "价格调到79了")
    price_words: list[Regex] = []
    # a share of the price, no sum itself ("订单的10%", "10 percent of it"): a clause holding one is
    # skipped between an offer and the sum it comes to ("金额是订单的10%,也就是9块9")
    shares: list[Regex] = []


class Clock(_Strict):
    """A clock time: ``(?P<h>...)`` hour, optional ``(?P<m>...)``, ``(?P<half>...)``, ``(?P<ap>)``.

    ``alone: false``: counts only next to a day or part-of-day word ("两点" may be two points).
    """

    pattern: Regex
    alone: bool = True


class TimeWord(_Strict):
    """A day (``days`` from today: 明天 = 1) and/or a part of the day (下午, tonight).

    ``every``: a recurring time (每天, every morning): its next time to come, today when a clock
    time or a part of the day still ahead today goes with it, else ``days`` ahead."""

    pattern: Regex
    days: int | None = Field(default=None, ge=0, le=14)
    part: Literal["morning", "noon", "afternoon", "evening"] | None = None
    every: bool = False


class Weekdays(_Strict):
    """Weekday names: ``(?P<wd>...)`` is a key of ``names`` (1 = Monday); ``(?P<next>)`` next week."""

    pattern: Regex
    names: dict[str, Annotated[int, Field(ge=1, le=7)]]


class Times(_Strict):
    """Clock times, days and weekdays of follow-up promises (read by simulator.roleplay.values)."""

    clock: list[Clock] = []
    days: list[TimeWord] = []
    parts: list[TimeWord] = []
    weekdays: Weekdays | None = None
    joiner: Regex = "\\s*"  # what may stand between the words of one time ("明天 下午", " at ")
    past_before: list[Regex] = []  # the end of the text before a time that makes it past (等了)
    past_after: list[Regex] = []  # the start of the text after a duration that makes it past (前)
    # the end of the text before a time that makes it the latest bound of a promise (最迟)
    latest: list[Regex] = []


class Payments(_Strict):
    """Money through channels outside the platform (Alipay, WeChat, bank, cash): a breach."""

    channels: dict[ChannelName, Terms] = {}
    guards: list[Regex] = []  # "不要私下转账", "never pay outside the platform"
    transfer: Terms = Terms()  # makes a channel mention a payment when no offer was read
    # a channel named as the way money goes (words just before it: "走微信", "by PayPal") or asked
    # for (words just after it: "您的支付宝账号", "your PayPal email"): money of no named form is cash
    routes: list[Regex] = []
    accounts: list[Regex] = []


class Duration(_Strict):
    """A time expression; with a ``(?P<n>...)`` group (or ``{NUM}``) hours are per unit."""

    pattern: Regex
    hours: float = Field(gt=0)


class LexiconFile(_Strict):
    """Top level of ``scenarios/lexicons/LANG.yaml``."""

    lang: Literal["zh", "en"]
    word_boundaries: bool = False
    number_words: dict[str, float] = {}
    clause_breaks: list[Regex] = []
    relevant: Terms = Terms()
    # said to someone else, whatever else it reads as: a message sent to the wrong window, a test
    off_topic: Terms = Terms()
    moves: Moves
    amounts: Amounts = Amounts()
    durations: list[Duration] = []
    times: Times = Times()
    payments: Payments = Payments()
    # the end of a clause that declines what follows: "我不能保证|明天送到", "I can't|promise"
    declines: list[Regex] = []
    # someone else acting (the courier, the warehouse): their time is not the agent's follow-up
    third_parties: list[Regex] = []


def expand(pattern: str, number_words: tuple[str, ...] | list[str] = ()) -> str:
    """Replace ``{NUM}`` by the number regex (Arabic, Chinese and the lexicon's number words)."""
    words = sorted(number_words, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    body = f"{NUMBER_RE}|{EN_COMPOUND_RE}{'|' + alt if alt else ''}"
    # only the first {NUM} is captured as ``n`` (a group name may appear once per regex)
    pattern = pattern.replace("{NUM}", f"(?P<n>{body})", 1)
    return pattern.replace("{NUM}", f"(?:{body})")
