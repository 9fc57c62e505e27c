"""Coaching words: move labels and the one-line feedback after each reply, in zh and en."""

from __future__ import annotations

from typing import TYPE_CHECKING

from simulator.roleplay.lexicon import MOVES

if TYPE_CHECKING:
    from simulator.roleplay.scoring import Report
    from simulator.roleplay.script import Script
    from simulator.roleplay.session import Turn

#: How a move is called in coaching lines.
MOVE_LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "greeting": "问候",
        "acknowledge_emotion": "共情",
        "apology": "道歉",
        "take_responsibility": "承担责任",
        "thank_for_feedback": "感谢反馈",
        "explain_cause": "解释原因",
        "offer_solution": "给出方案",
        "offer_compensation": "补偿",
        "ask_clarifying_question": "确认问题",
        "exchange_or_upsell_offer": "换货/推荐",
        "escalate_to_supervisor": "升级主管",
        "promise_followup": "承诺跟进",
        "negation_or_blame": "否定/指责客户",
        "mechanical_phrase": "机械话术",
        "off_topic": "答非所问",
    },
    "en": {
        "greeting": "greeting",
        "acknowledge_emotion": "acknowledging the feeling",
        "apology": "apology",
        "take_responsibility": "taking responsibility",
        "thank_for_feedback": "thanking for the feedback",
        "explain_cause": "explaining the cause",
        "offer_solution": "a concrete solution",
        "offer_compensation": "compensation",
        "ask_clarifying_question": "a clarifying question",
        "exchange_or_upsell_offer": "an exchange/alternative",
        "escalate_to_supervisor": "escalating to a supervisor",
        "promise_followup": "a follow-up promise",
        "negation_or_blame": "negating/blaming the customer",
        "mechanical_phrase": "a canned phrase",
        "off_topic": "an off-topic reply",
    },
}

#: Other names in reports: pseudo-moves and structure stages.
TERM_LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "soothing": "安抚情绪",
        "slow_reply": "回复太慢",
        "violation": "违规",
        "problem": "确认问题",
        "soothe": "安抚",
        "cause": "原因",
        "solution": "方案",
        "prevention": "预防/跟进",
        "point": "结论先行",
        "reason": "理由",
        "close": "收尾",
        "feature": "特点",
        "advantage": "优势",
        "benefit": "利益",
    },
    "en": {"soothing": "soothing", "slow_reply": "slow reply", "violation": "violation"},
}

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


def label(lang: str, move: str) -> str:
    """A move's name as coaching lines say it."""
    table = MOVE_LABELS.get(lang, MOVE_LABELS["en"])
    return table.get(move) or TERM_LABELS.get(lang, {}).get(move, move)


def quote(words: str, limit: int = 40) -> str:
    """The trainee's words, shortened to ``limit`` characters (twice that for Latin script)."""
    words = " ".join(words.split())
    if sum(ch.isascii() for ch in words) > len(words) / 2:
        limit *= 2
    return words if len(words) <= limit else words[: limit - 1] + "…"


def turn_feedback(script: Script, turn: Turn, note: str | None) -> str:
    """One line of coaching for a reply: the most important thing to fix, else what went well."""
    lang = script.lang
    by_name = {m.name: m for m in reversed(turn.moves)}
    if turn.violations:
        return text(lang, "violation", reason=str(turn.violations[0]))
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
    heated = turn.state_before.get("anger", 0) >= script.scoring.heated_anger
    if heated and not any(n in by_name for n in SOOTHING):
        return text(lang, "heated")
    if not turn.matched:
        return text(lang, "stalled")
    good = [label(lang, n) for n in turn.move_names if n in _POSITIVE]
    if good:
        return text(lang, "good", labels=text(lang, "sep").join(good))
    return text(lang, "plain")


def penalty_labels(report: Report) -> list[str]:
    """Human-readable lines naming the moves that lost points (for the terminal report)."""
    zh = report.lang == "zh"
    prefixes = {"missing": "缺少" if zh else "missing ", "early": "过早: " if zh else "too early: "}
    prefixes["missing_fact"] = "没说出事实 " if zh else "fact not stated: "
    lines = []
    for p in report.penalties:
        kind, _, name = p.move.rpartition(":")
        where = f"#{p.turn} " if p.turn else ""
        words = (f" 「{p.quote}」" if zh else f' "{p.quote}"') if p.quote else ""
        why = f" ({p.reason})" if p.reason else ""
        what = prefixes.get(kind, "") + label(report.lang, name)
        lines.append(f"{where}{p.dimension} -{p.points:g}: {what}{words}{why}")
    return lines
