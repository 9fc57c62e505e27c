"""Scoring a role-play session into a :class:`~simulator.roleplay.records.Scorecard`.

The rubric is documented in ``docs/roleplay-scripts.md``; its tables and the scorer of each
dimension live in :mod:`simulator.roleplay.rubric` (re-exported here: the names are a contract).

Seven dimensions (:data:`DIMENSIONS`, names are a contract). Each gives a fraction 0–1 of its
weight, a quote of the trainee's own words that earned or lost the points, and a model answer
from the script as the suggestion. Compliance is a blocker: a violation fails the session
whatever the points. Weights per conversation structure are data (:data:`DEFAULT_WEIGHTS`),
overridable by a script's ``scoring.weights``.

A pass needs the customer served: a resolving ending reached with a real solution (a session
that only soothed and said "let me check" is not served, whatever the script's ending).
"""

from __future__ import annotations

from dataclasses import replace

from simulator.roleplay.bursts import as_sent
from simulator.roleplay.coaching import SOOTHING
from simulator.roleplay.copying import copied_turns
from simulator.roleplay.records import DimensionScore, Penalty, Scorecard, Turn, quote
from simulator.roleplay.rubric import (
    DEFAULT_WEIGHTS,
    ENDING_CREDIT,
    ENGAGED_DIMENSIONS,
    PASS_MARK,
    SCORERS,
    STAGES,
    STALL_PENALTY,
    UNSERVED_SHARE,
    has_move,
    resolution,
    solved,
)
from simulator.roleplay.script import DIMENSIONS, GOOD_ENDINGS, Script
from simulator.roleplay.turn_checks import ACTION_MOVES, PAD_CHARS, SOOTHE_MOVES, empty_check

__all__ = [
    "DEFAULT_WEIGHTS",
    "DIMENSIONS",
    "ENDING_CREDIT",
    "PASS_MARK",
    "STAGES",
    "STALL_PENALTY",
    "UNSERVED_SHARE",
    "score_session",
]

_SUBSTANTIVE = tuple(dict.fromkeys(SOOTHING + SOOTHE_MOVES + ACTION_MOVES))


def _suggestion(script: Script, dim: str, node_id: str | None, visited: list[str]) -> str:
    nodes = script.node_map
    order = [node_id] if node_id else []
    order += visited + [n.id for n in script.nodes]
    for nid in order:
        for ans in nodes[nid].model_answers if nid in nodes else []:
            if dim in ans.shows:
                return ans.text
    for nid in order:
        if nid in nodes and nodes[nid].model_answers:
            return nodes[nid].model_answers[0].text
    return ""


def _without_checks(turn: Turn, lang: str) -> Turn:
    """The turn as the rubric sees it: empty checks ("我帮您查一下") dropped from its moves."""
    moves = tuple(m for m in turn.moves if not empty_check(m, lang, turn.trainee_text))
    return turn if len(moves) == len(turn.moves) else replace(turn, moves=moves)


def _engaged(turn: Turn) -> bool:
    """The reply dealt with the customer: a substantive move, or a script fact / key point
    stated (a bare "您最后付499元就行" answers her even when no move is read)."""
    if turn.doubt is not None:
        return False
    return bool(turn.facts_stated) or has_move(turn, _SUBSTANTIVE) is not None


def score_session(script: Script, turns: list[Turn], ending: str, seed: int = 0) -> Scorecard:
    """Score a session's turns and ending against the script's rubric.

    Turns the customer asked about because the reading was unsure are left out; turns she could
    not read (wrong language, too long, a repeat of an earlier reply) count for timeliness,
    compliance and as stalls only. Empty checks ("let me check") are not solutions; a resolving
    ending without any solution is not a served customer (no pass). See
    "Scoring and policy" in ``docs/roleplay-scripts.md`` for the rules and thresholds."""
    lang = script.lang
    weights = dict(script.scoring.weights or DEFAULT_WEIGHTS[script.structure])
    visited = list(dict.fromkeys(t.node for t in turns))
    engaged_in = [t for t in turns if t.doubt != "unsure"]
    # a piece of a burst is judged with the reply that ends it; its time and words still count
    whole = [t for t in engaged_in if t.doubt != "unfinished"]
    engaged = sum(_engaged(t) for t in whole) / len(whole) if whole else 0.0
    # "let me check" is a next step, not a solution: the rubric does not see it
    judged = [_without_checks(t, lang) for t in engaged_in]  # what the score is about
    read = [t for t in judged if t.doubt is None]  # what the customer read
    resolved = ending in GOOD_ENDINGS
    served = resolved and solved(read)  # a resolving ending reached by solving something
    replies = [t for t in judged if t.doubt != "unfinished"]  # a burst's pieces: in its reply
    padded = [t for t in replies if t.padded]
    dims: dict[str, DimensionScore] = {}
    penalties: list[Penalty] = []
    total = 0.0
    for dim in DIMENSIONS:
        w = weights[dim]
        these = judged if dim in ("compliance", "resolution") else read
        these = list(as_sent(judged)) if dim == "timeliness" else these  # a burst: one reply
        if not these:
            sug = _suggestion(script, dim, script.start, [])
            dims[dim] = DimensionScore(
                0.0, w, "", sug, "no reply" if not turns else "no reply read"
            )
            continue
        if dim == "resolution":
            frac, evidence, lost, note, pens = resolution(script, these, ending)
            if resolved and not served:  # the script closed, but nothing was solved
                pens.append((None, "no_solution", "", frac * (1 - UNSERVED_SHARE), ending))
                frac *= UNSERVED_SHARE
                note += ", no solution offered"
        else:
            frac, evidence, lost, note, pens = SCORERS[dim](script, these)
        frac = min(1.0, max(0.0, frac))
        if dim == "structure" and padded:  # a wall of text is not a structured chat
            pens += [
                (t.index, "padding", quote(t.trainee_text), frac / len(replies)) for t in padded
            ]
            frac *= 1 - len(padded) / len(replies)
            note += f", {len(padded)} reply/replies over {PAD_CHARS.get(lang, 400)} characters"
        if dim in ENGAGED_DIMENSIONS and engaged < 1:
            pens.append((None, "not_engaged", "", frac * (1 - engaged)))
            frac *= engaged
            note += f", engaged in {engaged:.0%} of replies"
        if dim != "resolution" and not served:
            pens.append((None, "not_served", "", frac * (1 - UNSERVED_SHARE), ending))
            frac *= UNSERVED_SHARE
        total += frac * w
        node = turns[lost - 1].node if lost else None
        dims[dim] = DimensionScore(
            round(frac * w, 1), w, evidence, _suggestion(script, dim, node, visited), note
        )
        for turn, move, words, share, *why in pens:
            pts = round(min(share, 1.0) * w, 1)
            if pts > 0:
                penalties.append(Penalty(turn, dim, move, words, pts, why[0] if why else ""))
    reasons = [  # the explanation: the trainee's words and why they break policy
        (f"第{t.index}轮: {v}" if lang == "zh" else f"turn {t.index}: {v}")
        for t in turns
        for v in t.violations
    ]
    blocked = bool(reasons)
    total_int = int(round(total))
    initial = float(script.state["anger"].initial)
    curve = [initial] + [t.state.get("anger", initial) for t in turns]
    end = script.endings.get(ending)
    consequence = end.consequence.model_dump() if end else {"text": ending}
    penalties.sort(key=lambda p: (p.turn or 0, -p.points))
    copied = copied_turns(script, turns)
    flags = {
        "not_served": () if not served else None,
        "implausible_timing": tuple(t.index for t in turns if t.fast),
        "padding": tuple(t.index for t in padded),
        "wrong_language": tuple(t.index for t in turns if t.doubt == "wrong_language"),
        "repeated": tuple(t.index for t in turns if t.doubt == "repeated"),
        "unsure": tuple(t.index for t in turns if t.doubt == "unsure"),
        "copied": copied,
    }
    return Scorecard(
        script=script.id,
        title=script.title,
        lang=lang,
        seed=seed,
        ending=ending,
        ending_consequence=consequence,
        total=total_int,
        passed=total_int >= PASS_MARK and not blocked and served,
        blocked=blocked,
        block_reasons=reasons,
        dimensions=dims,
        turns=list(turns),
        anger_curve=curve,
        penalties=penalties,
        copied_turns=copied,
        flags={k: v for k, v in flags.items() if v is not None and (v or k == "not_served")},
    )
