"""Coaching words: the one-line feedback after each reply and the lost-points lines, zh and en.

Display names of moves live in :mod:`simulator.roleplay.names`; this module only builds
sentences from records (:mod:`simulator.roleplay.records`).
"""

from __future__ import annotations

from simulator.roleplay.lexicon import MOVES
from simulator.roleplay.names import move_name
from simulator.roleplay.records import Scorecard, Turn, quote
from simulator.roleplay.script import Script
from simulator.roleplay.turn_checks import PAD_CHARS, reply_chars

__all__ = ["SOOTHING", "penalty_labels", "quote", "text", "turn_feedback"]

_TEXT: dict[str, dict[str, str]] = {
    "zh": {
        "violation": "合规问题:{reason}。超出权限要先请示主管。",
        "blame": "「{quote}」在否定/指责客户,火上浇油;改说「可能是我们没解释清楚」,先认下问题。",
        "mechanical": "「{quote}」是机械话术,没有回答问题;给出具体信息和下一步动作。",
        "off_topic": "这句没有回应客户的问题,客户的耐心在下降。",
        "slow": "这条回复用了{elapsed:.0f}秒(上限{limit:.0f}秒),客户等得更火了;{first}",
        "slow_first": "第一句话要最快,先发一句安抚再查询。",
        "slow_later": "先回一句再慢慢查。",
        "heated": "客户情绪激动,先接住情绪(理解、道歉)再谈方案。",
        "stalled": "这句没有推进问题,客户还在原地等答复。",
        "unsure": "客户没看懂这句,换个说法把意思说清楚(这一轮不计分)。",
        "unfinished": "这句话还没说完,客户在等下一条(这一轮不计分,和下一条一起算)。",
        "wrong_language": "客户看不懂,请用店铺的语言(中文)回复。",
        "repeated": "这句和你之前的回复几乎一样,客户没有得到新信息;说下一步。",
        "too_long": "回复太长({chars}字),客户没有看;一条消息说清一件事,控制在{limit}字以内。",
        "padded": "回复偏长({chars}字),像在堆话术;聊天消息控制在{limit}字以内。",
        "repeat_soothe": "又是道歉/安抚,但没有新进展;客户要的是下一步怎么办。",
        "good": "很好:{labels}。",
        "plain": "客户继续。",
        "sep": "、",
    },
    "en": {
        "violation": "Compliance: {reason}. Above your authority, ask a supervisor first.",
        "blame": '"{quote}" negates or blames the customer; say "maybe we didn\'t explain it clearly" and own it.',
        "mechanical": '"{quote}" is a canned phrase with no answer; give concrete facts and a next step.',
        "off_topic": "That reply does not address the customer's problem; patience is running out.",
        "slow": "This reply took {elapsed:.0f} s (limit {limit:.0f} s) and the customer grew angrier; {first}",
        "slow_first": "the first reply must be fastest: soothe first, then look things up.",
        "slow_later": "acknowledge first, then look things up.",
        "heated": "The customer is upset: acknowledge the feeling (understand, apologise) before the fix.",
        "stalled": "That reply did not move the problem forward; the customer is still waiting.",
        "unsure": "The customer did not follow; say it another way (this turn is not scored).",
        "unfinished": "The message stops mid-sentence; the customer waits for the rest (scored with your next reply).",
        "wrong_language": "The customer cannot read that; reply in the shop's language (English).",
        "repeated": "That repeats an earlier reply; the customer learned nothing new. Give the next step.",
        "too_long": "Too long ({chars} characters): the customer did not read it. One point per message, under {limit} characters.",
        "padded": "Long reply ({chars} characters) reads like padding; keep chat messages under {limit} characters.",
        "repeat_soothe": "Soothing again without anything new; the customer wants the next step.",
        "good": "Good: {labels}.",
        "plain": "The customer goes on.",
        "sep": ", ",
    },
}

SOOTHING = ("acknowledge_emotion", "apology", "thank_for_feedback")
# every substantive move: all but the greeting and the failures
_POSITIVE = tuple(
    m for m in MOVES if m not in ("greeting", "negation_or_blame", "mechanical_phrase", "off_topic")
)


def text(lang: str, key: str, **kw: object) -> str:
    """A coaching sentence in ``lang`` (``zh`` or ``en``)."""
    return _TEXT.get(lang, _TEXT["en"])[key].format(**kw)


def turn_feedback(script: Script, turn: Turn, note: str | None) -> str:
    """One line of coaching for a reply: the most important thing to fix, else what went well."""
    lang = script.lang
    by_name = {m.name: m for m in reversed(turn.moves)}
    if turn.violations:
        return text(lang, "violation", reason=str(turn.violations[0]))
    chars = reply_chars(turn.trainee_text)
    if turn.doubt == "too_long":
        return text(lang, "too_long", chars=chars, limit=PAD_CHARS.get(lang, 400))
    if turn.doubt is not None:
        return text(lang, turn.doubt)
    if "negation_or_blame" in by_name:
        return text(lang, "blame", quote=quote(by_name["negation_or_blame"].evidence))
    if "mechanical_phrase" in by_name:
        return text(lang, "mechanical", quote=quote(by_name["mechanical_phrase"].evidence))
    if "off_topic" in by_name:
        return text(lang, "off_topic")
    if turn.slow_steps:
        first = turn.index == 1
        limit = script.timing.first_reply_s if first else script.timing.reply_s
        tail = text(lang, "slow_first" if first else "slow_later")
        return text(lang, "slow", elapsed=turn.elapsed_s, limit=limit, first=tail)
    if note:
        return note
    if turn.padded:
        return text(lang, "padded", chars=chars, limit=PAD_CHARS.get(lang, 400))
    heated = turn.state_before.get("anger", 0) >= script.scoring.heated_anger
    if heated and not any(n in by_name for n in SOOTHING):
        return text(lang, "heated")
    if not turn.matched:
        return text(lang, "stalled")
    good = [move_name(n, lang) for n in turn.move_names if n in _POSITIVE]
    if good:
        return text(lang, "good", labels=text(lang, "sep").join(good))
    return text(lang, "plain")


def penalty_labels(scorecard: Scorecard) -> list[str]:
    """Human-readable lines naming the moves that lost points (for the terminal report)."""
    zh = scorecard.lang == "zh"
    prefixes = {"missing": "缺少" if zh else "missing ", "early": "过早: " if zh else "too early: "}
    prefixes["missing_fact"] = "没说出事实 " if zh else "fact not stated: "
    lines = []
    for p in scorecard.penalties:
        kind, _, name = p.move.rpartition(":")
        where = f"#{p.turn} " if p.turn else ""
        words = (f" 「{p.quote}」" if zh else f' "{p.quote}"') if p.quote else ""
        why = f" ({p.reason})" if p.reason else ""
        what = prefixes.get(kind, "") + move_name(name, scorecard.lang)
        lines.append(f"{where}{p.dimension} -{p.points:g}: {what}{words}{why}")
    return lines
