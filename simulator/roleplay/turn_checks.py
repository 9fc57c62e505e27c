"""Checks on one reply before and after the script judges it: doubt, language, length, typing
speed, repeated soothing, and which customer line may answer it.

The session (:mod:`simulator.roleplay.session`) asks these questions each turn; scoring
(:mod:`simulator.roleplay.scoring`) reads the answers from the :class:`~.records.Turn`. The
thresholds are documented in ``docs/roleplay-scripts.md`` ("Scoring and policy").

- **Doubt out loud** (:func:`doubt_of`): when the reading found nothing (or only ``off_topic``
  in a reply that mentions the order, the product or the shop's policies), the customer asks
  what the agent means instead of losing patience: no state change, no node change, and the
  scorecard leaves the turn out. After :data:`MAX_DOUBTS` such turns in a row the next one is
  judged as usual, so a trainee cannot stall forever.
- **Wrong language**: a reply with none of the script's script (no Chinese character in a
  Chinese script, mostly Chinese in an English one) makes the customer ask for the shop's
  language, no anger; the scorecard flags it and counts it as a stall.
- **Too long**: a reply over :data:`WALL_CHARS` is not read at all ("说重点"), costs one
  patience and counts as padding; a reply over :data:`PAD_CHARS` is read but marked down on
  structure.
- **Repeated** (:func:`repeats`): a near-verbatim copy of one of the trainee's earlier replies
  in the session is not read again ("你刚才说过了"): it costs one patience, changes no node and
  counts as a stall, so the same good reply sent every turn cannot walk the script.
- **Blank** (:func:`blank`): a reply with no visible character (whitespace, zero-width and
  other format characters) is refused like an empty one.
- **Answered ahead** (:func:`shortcut_names`, :func:`evidence`): when a reply moves the
  customer to a node whose question the same reply has already answered with something more
  ("运费不用您出" in the reply that offers the exchange), the session follows that node's
  transition at once instead of letting her ask it: one forward hop to a node (never an
  ending), not on blame, canned or off-topic replies, not for padded replies, empty checks do
  not count, and the hop must rest on content (a fact, a text pattern, an amount, the handoff
  context) the first transition did not use (:func:`shortcut_allowed`), or on a remedy the
  reply arranged (a solution or exchange with its time in its sentence, :func:`arranged`):
  to a node always, to the best ending only when the first transition held without it
  (:func:`spare_remedy`).
- **Empty checks** (:func:`empty_check`): "let me check" / "我帮您查一下" is read as
  ``offer_solution`` (it is a next step), but it solves nothing: the scorer does not count it as
  the solution of the session.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from difflib import SequenceMatcher

from simulator.common.errors import InputError
from simulator.roleplay.copying import fold_for_copy
from simulator.roleplay.lexicon import load_lexicon
from simulator.roleplay.limits import MAX_REPLY_CHARS
from simulator.roleplay.moves import Move, extract_hours
from simulator.roleplay.nodes import When
from simulator.roleplay.textnorm import normalise

__all__ = [
    "ACTION_MOVES",
    "MAX_DOUBTS",
    "PAD_CHARS",
    "REMEDY_MOVES",
    "SOOTHE_MOVES",
    "TYPING_CPS",
    "WALL_CHARS",
    "arranged",
    "blank",
    "check_reply",
    "content_only",
    "doubt_lines",
    "doubt_of",
    "empty_check",
    "evidence",
    "implausible_typing",
    "repeats",
    "reply_chars",
    "shortcut_allowed",
    "shortcut_names",
    "spare_remedy",
]

#: Longest reply that is still a chat message (characters, whitespace runs count once). Longer
#: replies lose structure points (padding).
PAD_CHARS = {"zh": 200, "en": 400}
#: Longer than this the customer does not read the reply at all.
WALL_CHARS = {"zh": 400, "en": 800}
#: Fastest believable typing (characters per second) for replies of at least
#: :data:`TYPING_MIN_CHARS`; faster ones are flagged (pasted or scripted), not scored down.
TYPING_CPS = {"zh": 15.0, "en": 20.0}
TYPING_MIN_CHARS = 20
#: Unsure turns in a row the customer asks about before judging the next reply as usual.
MAX_DOUBTS = 2

#: Moves that soothe: after the first soothing reply they earn nothing without progress.
SOOTHE_MOVES = ("acknowledge_emotion", "apology", "thank_for_feedback", "take_responsibility")
#: Moves that move the problem on (a reply with one of these, or a stated fact, is progress).
ACTION_MOVES = (
    "offer_solution",
    "offer_compensation",
    "exchange_or_upsell_offer",
    "promise_followup",
    "escalate_to_supervisor",
    "explain_cause",
    "ask_clarifying_question",
)

#: Moves that are a remedy: a reply may skip ahead on one, arranged (:func:`arranged`), that the
#: step it took did not need (:func:`spare_remedy`).
REMEDY_MOVES = ("offer_solution", "exchange_or_upsell_offer", "escalate_to_supervisor")

#: Moves after which the customer never skips ahead: blame and canned phrases set her back.
NO_SHORTCUT = ("negation_or_blame", "mechanical_phrase", "off_topic")

#: A reply at least this similar (difflib ratio of the folded texts) to an earlier reply of the
#: session repeats it; replies shorter than :data:`REPEAT_MIN_CHARS` folded characters never do.
REPEAT_RATIO = 0.85
REPEAT_MIN_CHARS = 12

#: An ``offer_solution`` clause that only looks something up or promises to ("我帮您查一下",
#: "let me check"): a next step, not a solution. Matched on the move's evidence (its clause);
#: a clause naming a concrete remedy (:data:`_REMEDY`) is never an empty check.
_CHECK_ONLY = {
    "zh": re.compile(
        r"(查|看|核实|核对|确认|了解|问|跟进|处理|反馈|登记|记录)(一下|一查|看|看看|下|清楚)?"
    ),
    "en": re.compile(
        r"\b(check|look into|look at|looking into|find out|see what|investigate|take a look|"
        r"follow up|get back|sort (it|this) out|handle (it|this)|note (it|this) down)\b",
        re.IGNORECASE,
    ),
}
_REMEDY = {
    "zh": re.compile(
        r"补发|重发|换|退|赔|补偿|修|寄|安排|加急|催|顺丰|上门|取件|券|返现|送|免费|运费|包邮"
    ),
    "en": re.compile(
        r"\b(replace\w*|resend|re-?ship|send (you )?(a|the|another|new)|exchange|swap|refund\w*|"
        r"repair|pick-?up|courier|express|coupon|voucher|free|shipping|compensat\w*|credit|"
        r"money back|arrange\w*)\b",
        re.IGNORECASE,
    ),
}
_ZERO_WIDTH = ("Cf", "Cc", "Zs", "Zl", "Zp", "Mn", "Me")
#: Where a sentence ends (a remedy and its time are read together within one sentence).
_SENTENCE_END = re.compile(r"[。!?!?\n]+|(?<=[a-z0-9)])[.!?]+(?=\s|$)", re.IGNORECASE)

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")

#: What the customer says for each kind of doubt (neutral, in the script's language).
_DOUBT_LINES: dict[str, dict[str, list]] = {
    "unsure": {
        "zh": ["你的意思是?我没太看懂。", "不好意思,你具体是说什么?", "嗯?你说的是什么意思?"],
        "en": [
            "Sorry, what do you mean?",
            "I'm not sure I follow. What are you saying?",
            "Sorry, can you say that another way?",
        ],
    },
    "wrong_language": {
        "zh": ["能说中文吗?我看不懂。", "不好意思,麻烦用中文说,我英文不好。"],
        "en": [
            "Sorry, could you write in English, please?",
            "Can you reply in English? I can't read that.",
        ],
    },
    "neutral": {"zh": ["嗯。然后呢?", "嗯,你接着说。"], "en": ["OK. And?", "Go on."]},
    "unfinished": {
        "zh": ["嗯,你说。", "嗯。", "嗯嗯,我看着呢。"],
        "en": ["Go on.", "OK...", "I'm listening."],
    },
    "repeated": {
        "zh": ["这话你刚才说过了。然后呢?", "你已经说过一遍了,我要的是下一步。"],
        "en": [
            "You said that already. And?",
            "That's the same thing you just told me. What happens next?",
        ],
    },
    "too_long": {
        "zh": ["太长了,我看不过来。你就说重点吧。", "一大段的……能不能直接说怎么办?"],
        "en": [
            "That's a wall of text. Can you just tell me the main point?",
            "Too long, I'm not reading all that. What's the answer?",
        ],
    },
}


def check_reply(text: object, elapsed_s: object) -> None:
    """Refuse a reply the session cannot play, with a one-line :class:`InputError`: not a
    string, blank, longer than ``MAX_REPLY_CHARS``, or ``elapsed_s`` not a finite number >= 0."""
    if not isinstance(text, str):
        raise InputError(f"reply text must be a string, got {type(text).__name__}")
    if blank(text):
        raise InputError("reply text is empty: write what you would send the customer")
    if len(text) > MAX_REPLY_CHARS:
        raise InputError(
            f"reply text is {len(text):,} characters: a reply is at most "
            f"{MAX_REPLY_CHARS:,} (send it as several shorter messages)"
        )
    if isinstance(elapsed_s, bool) or not isinstance(elapsed_s, int | float):
        raise InputError(f"elapsed_s must be a number of seconds, got {elapsed_s!r}")
    if not math.isfinite(elapsed_s) or elapsed_s < 0:
        raise InputError(f"elapsed_s must be a finite number >= 0, got {elapsed_s!r}")


def reply_chars(text: str) -> int:
    """The length of a reply as a chat message: characters, a whitespace run counted once."""
    return len(" ".join(text.split()))


def blank(text: str) -> bool:
    """True when the reply shows nothing: only whitespace, zero-width, format or control
    characters (and combining marks with nothing to combine with)."""
    return all(unicodedata.category(ch) in _ZERO_WIDTH for ch in text)


def repeats(text: str, earlier: Iterable[str]) -> bool:
    """True when ``text`` is a near-verbatim copy of one of the ``earlier`` replies (folded as
    for copy detection: width, case, punctuation, spaces and emoji do not count)."""
    a = fold_for_copy(text)
    if len(a) < REPEAT_MIN_CHARS:
        return False
    for prev in earlier:
        b = fold_for_copy(prev)
        if len(b) >= REPEAT_MIN_CHARS and (
            a == b or SequenceMatcher(None, a, b, autojunk=False).ratio() >= REPEAT_RATIO
        ):
            return True
    return False


def empty_check(move: Move, lang: str, text: str = "") -> bool:
    """True for an ``offer_solution`` whose clause only looks something up or promises to
    ("我帮您查一下", "let me check and get back to you") without naming a remedy, nor goes on in
    its sentence of ``text`` (the reply) to a remedy with its time ("我这就让网点查件,同时今天下午
    4点前用顺丰给您另发一台": the check is one half of a plan)."""
    if move.name != "offer_solution":
        return False
    zh = "zh" if lang == "zh" else "en"
    words = move.evidence
    if not _CHECK_ONLY[zh].search(words) or _REMEDY[zh].search(words):
        return False
    return not _timed_remedy(move, lang, text)


def shortcut_names(moves: Sequence[Move], text: str, lang: str) -> list[str] | None:
    """The move names a reply may skip ahead on (empty checks left out), or None when it may
    not skip at all (blame, a canned phrase, off-topic, or a reply longer than a chat message)."""
    names = list(dict.fromkeys(m.name for m in moves if not empty_check(m, lang, text)))
    if set(names) & set(NO_SHORTCUT) or reply_chars(text) > PAD_CHARS.get(lang, 400):
        return None
    return names


def shortcut_allowed(first: set[str], hop: set[str], timed: bool = False) -> bool:
    """May a reply that moved the customer on by ``first`` (its :func:`evidence`) also take the
    next node's transition resting on ``hop``? Only on new content: a fact, a text pattern, an
    amount, the handoff context, or a follow-up promised for a stated time (``timed``) the first
    step did not use. Other moves alone never do (they are read loosely, and a recommendation is
    not yet the arranged exchange)."""
    content = {"move:promise_followup"} if timed else set()
    return any(not e.startswith("move:") or e in content for e in hop - first)


def arranged(move: Move, lang: str, text: str = "") -> bool:
    """A remedy stated as arranged, not loosely: a solution, exchange or handover whose own
    clause says when it happens ("今天下午用顺丰给您补发", "the new pair ships today"), or whose
    sentence in ``text`` (the reply) names a concrete remedy with its time ("我直接给您换一副新的,
    今天下午发顺丰"); "我直接给您换" or "麻烦您拍一下发给我" are not. An offer is never one: a coupon
    given while asking her size is a sweetener, not the answer to her question (amounts hop as
    content)."""
    if move.name not in REMEDY_MOVES:
        return False
    if extract_hours(normalise(move.evidence)[0], load_lexicon(lang)) is not None:
        return True
    return _timed_remedy(move, lang, text)


def _timed_remedy(move: Move, lang: str, text: str) -> bool:
    """The sentence of ``text`` holding the move's evidence names a remedy with its time; for a
    solution, whose evidence is only its first hit, so may any sentence after it ("I've opened a
    trace with ZTO. I'm sending a second jacket by SF Express today.")."""
    lex = load_lexicon(lang)
    at = text.find(move.evidence) if move.evidence else -1
    if at < 0:
        return False
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    end = next(
        (m.start() for m in _SENTENCE_END.finditer(text, at + len(move.evidence))), len(text)
    )
    stop = len(text) if move.name == "offer_solution" else end
    cuts = [begin] + [m.end() for m in _SENTENCE_END.finditer(text, end, stop)] + [stop]
    zh = "zh" if lang == "zh" else "en"
    for a, b in zip(cuts, cuts[1:], strict=False):
        sentence = normalise(text[a:b])[0]
        if _REMEDY[zh].search(sentence) and extract_hours(sentence, lex) is not None:
            return True
    return False


def spare_remedy(
    first: When,
    hop: When,
    names: Sequence[str],
    done: set[str],
    holds_on: Callable[[When, list[str]], bool],
    to_node: bool = True,
) -> bool:
    """May a reply skip ahead on remedies it arranged (``done``: :data:`REMEDY_MOVES` read by
    :func:`arranged`, a follow-up for a stated time)? "辛苦您跟机器人说了一遍…L码今天先发出"
    moved her on by the soothing and also gave the plan she would ask for next. The hop must hold
    on those remedies alone (``holds_on(when, names)`` judges a condition on a set of moves). To
    a node (``to_node``) that is enough: she would only ask for the plan she was just given
    ("a new navy M goes out by SF this afternoon" moved her to the plan node by that plan). To an
    ending the step taken must also have held without them, so one remedy does not answer two
    questions at once."""
    used = {e[5:] for e in evidence(hop, names) if e.startswith("move:")} & done
    rest = [n for n in names if n not in used]
    return bool(used) and holds_on(hop, sorted(used)) and (to_node or holds_on(first, rest))


def content_only(when: When) -> bool:
    """A transition that rests on what the reply says (a text pattern or a script fact) and on no
    move: what an earlier reply said can satisfy it as well as this one."""
    return not when.any_of and not when.all_of and bool(when.text_matches or when.states_fact)


def evidence(when: When, names: Sequence[str]) -> set[str]:
    """What a transition's condition rests on in a reply: the reply's moves it names, its
    facts, its text pattern, its amount condition and handoff-context conditions (conditions
    on the customer's state are not evidence from the reply)."""
    named = set(when.any_of)
    for item in when.all_of:
        named.update(item if isinstance(item, list) else [item])
    out = {f"move:{n}" for n in names if n in named}
    out.update(f"fact:{r.key}" for r in when.states_fact)
    if when.text_matches:
        out.add(f"text:{when.text_matches}")
    if when.compensation:
        out.add(f"compensation:{when.compensation}")
    if when.condition and "context_" in when.condition:
        out.add(f"condition:{when.condition}")
    return out


def doubt_lines(kind: str, lang: str) -> list:
    """The customer's line variants for a doubt of ``kind`` in ``lang``."""
    return _DOUBT_LINES[kind][lang if lang in ("zh", "en") else "en"]


def _wrong_language(text: str, lang: str) -> bool:
    cjk = len(_CJK.findall(text))
    words = len(_LATIN_WORD.findall(text))
    if lang == "zh":
        return cjk == 0 and words >= 3
    return cjk >= 4 and cjk * 2 >= sum(len(w) for w in _LATIN_WORD.findall(text))


def _relevant(text: str, lang: str) -> bool:
    from simulator.roleplay.lexicon import load_lexicon
    from simulator.roleplay.textnorm import normalise

    return bool(load_lexicon(lang).relevant.search(normalise(text)[0]))


def doubt_of(
    text: str, moves: Sequence[Move], lang: str, doubtful: Sequence[str] = ()
) -> str | None:
    """Why the customer would rather ask than react: ``too_long``, ``wrong_language`` or
    ``unsure``; None when the reply is judged as usual. (The session bounds ``unsure``.)

    ``doubtful`` names the moves the reader was unsure of (rules and model disagreeing, see
    :class:`~simulator.roleplay.moves.Reading`): when those are all it read, the customer asks."""
    if reply_chars(text) > WALL_CHARS.get(lang, 800):
        return "too_long"
    if _wrong_language(text, lang):
        return "wrong_language"
    names = {m.name for m in moves}
    if not names:
        return "unsure"
    if names == {"off_topic"} and _relevant(text, lang):
        return "unsure"
    if doubtful and not names - set(doubtful) - {"off_topic"}:
        return "unsure"  # nothing read for sure: ask rather than react to a guess
    return None


def implausible_typing(text: str, elapsed_s: float, lang: str) -> bool:
    """True when the reply came faster than a person types (see :data:`TYPING_CPS`)."""
    chars = reply_chars(text)
    if chars < TYPING_MIN_CHARS:
        return False
    rate = chars / elapsed_s if elapsed_s > 0 else math.inf
    return rate > TYPING_CPS.get(lang, 20.0)
