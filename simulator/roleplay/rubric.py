"""The rubric of the role-play scorer: its tables and one scorer per dimension.

:mod:`simulator.roleplay.scoring` combines these into a
:class:`~simulator.roleplay.records.Scorecard` (and re-exports the tables, whose names are a
contract). The rules and thresholds are documented in ``docs/roleplay-scripts.md`` ("Scoring and
policy").

Every dimension scorer takes the script and the turns it judges and returns ``(fraction 0-1,
evidence quote, index of the turn that lost most or None, note, penalties)``; a penalty is
``(turn, move, the trainee's words, share of the weight[, reason])``.
"""

from __future__ import annotations

from simulator.roleplay.coaching import SOOTHING
from simulator.roleplay.moves import Move
from simulator.roleplay.records import Turn, quote
from simulator.roleplay.script import Script
from simulator.roleplay.turn_checks import ACTION_MOVES, SOOTHE_MOVES

__all__ = [
    "DEFAULT_WEIGHTS",
    "ENDING_CREDIT",
    "ENGAGED_DIMENSIONS",
    "FACT",
    "MORE_FACT",
    "PASS_MARK",
    "SCORERS",
    "SOLUTION_MOVES",
    "STAGES",
    "STALL_PENALTY",
    "UNSERVED_SHARE",
    "has_move",
    "resolution",
    "solved",
]

PASS_MARK = 80
#: Points per dimension (sum 100) by the script's ``structure``.
DEFAULT_WEIGHTS: dict[str, dict[str, float]] = {
    "complaint": dict(
        empathy=20,
        no_blame=15,
        responsibility=15,
        structure=15,
        timeliness=10,
        resolution=15,
        compliance=10,
    ),
    "prep": dict(
        empathy=15,
        no_blame=15,
        responsibility=5,
        structure=20,
        timeliness=10,
        resolution=25,
        compliance=10,
    ),
}
DEFAULT_WEIGHTS["fabe"] = dict(DEFAULT_WEIGHTS["prep"])
#: Share of the resolution points each ending earns (a script's ``scoring.ending_credit`` wins).
ENDING_CREDIT: dict[str, float] = {
    "resolved_happy": 1.0,
    "resolved_neutral": 0.7,
    "escalated_to_supervisor": 0.4,
    "refund_forced": 0.1,
    "bad_review": 0.0,
    "customer_left": 0.0,
}
STALL_PENALTY = 0.15  # resolution lost per reply with a mechanical phrase or off-topic
#: Share of the six manner dimensions kept when the customer was not served (the ending is not
#: resolving): good manners without a solution are half the job, and never a pass.
UNSERVED_SHARE = 0.5
#: Dimensions that a reply earns by not doing something wrong; they count only in the share of
#: replies that engaged with the customer (a substantive move), so empty sessions earn nothing.
ENGAGED_DIMENSIONS = ("no_blame", "timeliness", "compliance")
FACT = "fact"  # pseudo-move: the reply states one of the script's knowledge-base facts
#: pseudo-move: a later reply states a fact the first one did not (PREP's reason: the case's 32
#: hours behind the 8 hours of the point)
MORE_FACT = "more_fact"
#: Stages per structure: (name, rank, required, moves). Stages of equal rank may come in any order.
STAGES: dict[str, tuple[tuple[str, int, bool, tuple[str, ...]], ...]] = {
    "complaint": (
        ("problem", 0, False, ("ask_clarifying_question",)),
        ("soothe", 0, True, SOOTHING),
        ("cause", 1, True, ("explain_cause", "take_responsibility")),
        (
            "solution",
            2,
            True,
            (
                "offer_solution",
                "offer_compensation",
                "exchange_or_upsell_offer",
                "escalate_to_supervisor",
            ),
        ),
        ("prevention", 3, True, ("promise_followup",)),
    ),
    "prep": (
        ("point", 0, True, (FACT, "offer_solution")),
        ("reason", 1, True, ("explain_cause", MORE_FACT)),
        (
            "close",
            2,
            False,
            ("ask_clarifying_question", "promise_followup", "exchange_or_upsell_offer"),
        ),
    ),
    "fabe": (
        ("feature", 0, True, (FACT,)),
        ("advantage", 1, True, ("explain_cause",)),
        ("benefit", 2, True, ("offer_solution", "exchange_or_upsell_offer")),
    ),
}
#: Moves that solve the customer's problem (an empty check, "我帮您查一下", does not: the scorer
#: drops it first, turn_checks.empty_check). A resolving ending counts as serving the customer
#: only when the session had one of these or stated a script fact.
SOLUTION_MOVES = (
    "offer_solution",
    "offer_compensation",
    "exchange_or_upsell_offer",
    "escalate_to_supervisor",
)
_ACTION = (
    "offer_solution",
    "offer_compensation",
    "exchange_or_upsell_offer",
    "promise_followup",
    "escalate_to_supervisor",
)


# -- dimensions: each returns (fraction, evidence, turn that lost most, note, penalties) ---------
#: A penalty: (turn, move, the trainee's words, share of the weight[, reason]).
_Pen = tuple[int | None, str, str, float] | tuple[int | None, str, str, float, str]
_Result = tuple[float, str, int | None, str, list[_Pen]]


def has_move(turn: Turn, names: tuple[str, ...]) -> Move | None:
    """The first move of ``turn`` named in ``names``, else None."""
    return next((m for m in turn.moves if m.name in names), None)


def _progress(turn: Turn) -> bool:
    """The reply moved the problem on: an action move, a stated fact, or a new node/ending."""
    moved = turn.ending is not None or (turn.next_node not in (None, turn.node))
    return moved or bool(turn.facts_stated) or has_move(turn, ACTION_MOVES) is not None


def _repeated_soothing(turns: list[Turn]) -> set[int]:
    """Replies that soothe again, after an earlier soothing reply, without progress: they earn
    nothing (the first soothing reply earns its points; later ones only with progress)."""
    out: set[int] = set()
    soothed = False
    for t in turns:
        soothes = has_move(t, SOOTHE_MOVES) is not None
        if soothes and soothed and not _progress(t):
            out.add(t.index)
        soothed = soothed or soothes
    return out


#: Share of a soothing reply's empathy that owning the problem earns without a soothing word
#: ("这不该发生,我认", "这事是我们的问题,马上给您处理"): a terse agent who owns the trouble
#: has answered the feeling, though naming it is still better.
OWNING = ("take_responsibility",)
OWNING_CREDIT = 0.75


def _soothe_credit(turn: Turn) -> float:
    """How far a reply answers the customer's feeling: 1 soothing, 0.75 owning, else 0."""
    return 1.0 if has_move(turn, SOOTHING) else OWNING_CREDIT if has_move(turn, OWNING) else 0.0


def _opening_credit(turns: list[Turn]) -> float:
    """How far the opening answers the feeling: the first reply's soothing, or the second's when
    the first went straight to the substance (an action move or a stated fact: "8小时。" then
    "让您问了三遍,是我们没做好") or only greeted ("您好,我是值班主管。" then the rest); a greeting
    alone earns a quarter."""
    first = _soothe_credit(turns[0])
    greeted = {m.name for m in turns[0].moves} == {"greeting"}
    went_on = turns[0].facts_stated or has_move(turns[0], ACTION_MOVES) or greeted
    if first < 1 and len(turns) > 1 and went_on:
        first = max(first, _soothe_credit(turns[1]))
    return first or (0.25 if has_move(turns[0], ("greeting",)) else 0.0)


def _empathy(script: Script, turns: list[Turn]) -> _Result:
    first = _opening_credit(turns)
    heated = [t for t in turns if t.state_before.get("anger", 0) >= script.scoring.heated_anger]
    pens: list[_Pen] = []
    if first < 1:
        pens.append(
            (turns[0].index, "missing:soothing", quote(turns[0].trainee_text), 0.4 * (1 - first))
        )
    repeats = _repeated_soothing(turns)
    credit = {t.index: 0.0 if t.index in repeats else _soothe_credit(t) for t in turns}
    if heated:
        coverage = sum(credit[t.index] for t in heated) / len(heated)
        pens += [
            (
                t.index,
                "repeated:soothing" if t.index in repeats else "missing:soothing",
                quote(t.trainee_text),
                0.4 * (1 - credit[t.index]) / len(heated),
            )
            for t in heated
            if credit[t.index] < 1 and t.index != turns[0].index
        ]
    else:
        coverage = max(_soothe_credit(t) for t in turns)
    named = any(has_move(t, ("acknowledge_emotion",)) for t in turns)
    if not named:
        pens.append((None, "missing:acknowledge_emotion", "", 0.2))
    frac = 0.4 * first + 0.4 * coverage + 0.2 * named
    good = next((m for t in turns if (m := has_move(t, SOOTHING) or has_move(t, OWNING))), None)
    lost = next((p for p in pens if p[0] is not None), None)
    note = f"first reply soothes {first:.2g}, heated replies soothed {coverage:.0%}, feeling named {named}"
    if lost is not None and (frac < 0.75 or good is None):
        return frac, lost[2], lost[0], note, pens
    return frac, quote(good.evidence) if good else "", lost[0] if lost else None, note, pens


def _no_blame(script: Script, turns: list[Turn]) -> _Result:
    blamed = [(t, m) for t in turns if (m := has_move(t, ("negation_or_blame",)))]
    frac = max(0.0, 1 - 0.5 * len(blamed))
    pens = [(t.index, "negation_or_blame", quote(m.evidence), 0.5) for t, m in blamed]
    note = f"{len(blamed)} reply/replies negated or blamed the customer"
    if blamed:
        return frac, quote(blamed[0][1].evidence), blamed[0][0].index, note, pens
    own = next((m for t in turns if (m := has_move(t, ("take_responsibility",)))), None)
    return frac, quote(own.evidence if own else turns[0].trainee_text), None, note, pens


def _responsibility(script: Script, turns: list[Turn]) -> _Result:
    own = next((m for t in turns if (m := has_move(t, ("take_responsibility",)))), None)
    act = next((m for t in turns if (m := has_move(t, _ACTION))), None)
    pens = []
    if own is None:
        pens.append((None, "missing:take_responsibility", "", 0.5))
    if act is None:
        pens.append((None, "missing:offer_solution", "", 0.5))
    frac = 0.5 * (own is not None) + 0.5 * (act is not None)
    note = f"owned the problem: {own is not None}; acted on it: {act is not None}"
    blame = next((m for t in turns if (m := has_move(t, ("negation_or_blame",)))), None)
    words = own or act or blame
    evidence = quote(words.evidence) if words else quote(turns[0].trainee_text)
    return frac, evidence, None if own else 1, note, pens


def _structure(script: Script, turns: list[Turn]) -> _Result:
    stages = STAGES[script.structure]
    first: dict[str, tuple[tuple[int, int], Turn, str]] = {}
    told: set[str] = set()  # facts stated in earlier replies
    for t in turns:
        found = [(m.start, m.name, m.evidence) for m in t.moves]
        if t.facts_stated:
            found.append((-1, FACT, t.trainee_text))
            if told and set(t.facts_stated) - told:
                found.append((-1, MORE_FACT, t.trainee_text))
            told |= set(t.facts_stated)
        for start, name, evidence in sorted(found):
            for stage, _rank, _req, moves in stages:
                if name in moves and stage not in first:
                    first[stage] = ((t.index, start), t, evidence)
    required = [s for s in stages if s[2]]
    present_req = [s for s in required if s[0] in first]
    coverage = len(present_req) / len(required)
    pens: list[_Pen] = [
        (None, f"missing:{s[0]}", "", 1 / len(required)) for s in required if s[0] not in first
    ]
    present = [s for s in stages if s[0] in first]
    pairs = wrong = 0
    early: tuple[Turn, str] | None = None
    for i, a in enumerate(present):
        for b in present[i + 1 :]:
            if a[1] == b[1]:
                continue
            pairs += 1
            lo, hi = (a, b) if a[1] < b[1] else (b, a)
            if first[lo[0]][0] > first[hi[0]][0]:
                wrong += 1
                t, ev = first[hi[0]][1], first[hi[0]][2]
                early = early or (t, ev)
                pens.append((t.index, f"early:{hi[0]}", quote(ev), 0.4 / max(1, len(present))))
    order = 1 - wrong / pairs if pairs else 1.0
    frac = coverage * (0.6 + 0.4 * order)
    seq = " -> ".join(s for s, *_ in sorted(present, key=lambda s: first[s[0]][0]))
    note = f"{script.structure}: {seq or 'no stages'}; coverage {coverage:.0%}, order {order:.0%}"
    if early is not None:
        return frac, quote(early[1]), early[0].index, note, pens
    best = max(turns, key=lambda t: sum(1 for s in first.values() if s[1] is t))
    return frac, quote(best.trainee_text), None, note, pens


def _in_time(elapsed: float, limit: float) -> float:
    return 1.0 if elapsed <= limit else max(0.0, 1 - (elapsed - limit) / limit)


def _timeliness(script: Script, turns: list[Turn]) -> _Result:
    t = script.timing
    marks = [_in_time(x.elapsed_s, t.first_reply_s if x.index == 1 else t.reply_s) for x in turns]
    later = marks[1:]
    frac = 0.5 * marks[0] + 0.5 * (sum(later) / len(later)) if later else marks[0]
    pens = [
        (x.index, "slow_reply", f"{quote(x.trainee_text)} ({x.elapsed_s:.0f} s)", 1 - m)
        for x, m in zip(turns, marks, strict=True)
        if m < 1
    ]
    worst = min(range(len(turns)), key=lambda i: marks[i])
    x = turns[worst]
    note = f"first reply {turns[0].elapsed_s:.0f} s (limit {t.first_reply_s:g} s)"
    lost = x.index if marks[worst] < 1 else None
    return frac, f"{quote(x.trainee_text)} ({x.elapsed_s:.0f} s)", lost, note, pens


def _labels(facts: dict, keys: tuple[str, ...]) -> list[str]:
    """How handoff facts are named (their ``label``, else the key)."""
    return [facts[k].label if k in facts and facts[k].label else k for k in keys]


def resolution(script: Script, turns: list[Turn], ending: str) -> _Result:
    credit = script.scoring.ending_credit.get(ending, ENDING_CREDIT[ending])
    read = [t for t in turns if t.doubt is None]
    stalls = [(t, m) for t in read if (m := has_move(t, ("mechanical_phrase", "off_topic")))]
    pens: list[_Pen] = [(t.index, m.name, quote(m.evidence), STALL_PENALTY) for t, m in stalls]
    # a reply the customer could not read (wrong language, a wall of text, the same again) stalls
    unread = [t for t in turns if t.doubt in ("wrong_language", "too_long", "repeated")]
    pens += [(t.index, t.doubt or "", quote(t.trainee_text), STALL_PENALTY) for t in unread]
    # a warm handoff's facts asked again stall like a canned phrase (roleplay.handoff)
    reasks = [
        (t, m) for t in read if t.reasked and (m := has_move(t, ("ask_clarifying_question",)))
    ]
    facts = script.handoff.facts if script.handoff is not None else {}
    sep = "、" if script.lang == "zh" else ", "
    pens += [
        (t.index, "reasked", quote(m.evidence), STALL_PENALTY, sep.join(_labels(facts, t.reasked)))
        for t, m in reasks
    ]
    frac = max(0.0, credit - STALL_PENALTY * (len(stalls) + len(reasks) + len(unread)))
    note = (
        f"ending {ending} (credit {credit:g}), {len(stalls) + len(unread)} stalling reply/replies"
    )
    req = script.scoring.required_facts
    if req:
        said = {k for t in read for k in t.facts_stated}
        share = sum(r.key in said for r in req) / len(req)
        pens += [
            (None, f"missing_fact:{r.key}", "", 0.3 / len(req)) for r in req if r.key not in said
        ]
        frac = 0.7 * frac + 0.3 * share
        note += f", facts stated {share:.0%}"
    if reasks:
        note += f", {len(reasks)} reply/replies asked again for what the bot had collected"
    lost = [(t.index, m.evidence) for t, m in stalls + reasks] + [
        (t.index, t.trainee_text) for t in unread
    ]
    if lost:
        index, words = min(lost)
        return frac, quote(words), index, note, pens
    return frac, quote(turns[-1].trainee_text), turns[-1].index if frac < 1 else None, note, pens


def _compliance(script: Script, turns: list[Turn]) -> _Result:
    bad = [t for t in turns if t.violations]
    pens: list[_Pen] = [
        (t.index, "violation", quote(v.words), 1.0, v.reason) for t in bad for v in t.violations
    ]
    if bad:
        first = bad[0].violations[0]
        return 0.0, quote(first.words), bad[0].index, first.reason, pens
    offer = next((m for t in turns if (m := has_move(t, ("offer_compensation",)))), None)
    words = quote(offer.evidence) if offer else quote(turns[0].trainee_text)
    return 1.0, words, None, "within authority, no forbidden promise", pens


def solved(turns: list[Turn]) -> bool:
    """The session offered a solution or stated a script fact (empty checks already dropped)."""
    return any(t.facts_stated or has_move(t, SOLUTION_MOVES) for t in turns)


#: The scorer of every dimension but resolution (which also needs the ending).
SCORERS = {
    "empathy": _empathy,
    "no_blame": _no_blame,
    "responsibility": _responsibility,
    "structure": _structure,
    "timeliness": _timeliness,
    "compliance": _compliance,
}
