"""A role-play session: a scripted customer reacting to a trainee's replies, turn by turn.

``Session(script, seed)`` keeps the customer's state (anger, patience, the script's own
variables) and the current node. Each :meth:`Session.reply` classifies the trainee's text into
moves, applies the slow-reply penalty and the moves' effects, follows the first transition whose
conditions hold, and returns a :class:`~simulator.roleplay.records.Turn` with the customer's
answer and one line of coaching. A script that arrives from the bot is played ``warm`` or
``cold`` (``Session(script, seed, handoff)``; :mod:`simulator.roleplay.handoff`).
The seed only picks among line variants (``random.Random(seed)``), so the flow of a transcript is
the same for every seed and a seed fixes the whole session. The order of the steps is documented
in ``docs/roleplay-scripts.md``.
"""

from __future__ import annotations

import math
import random
from dataclasses import replace
from pathlib import Path
from typing import Any

from simulator.common.errors import InputError, KefuLabError
from simulator.roleplay.ahead import Heard, answered_ahead
from simulator.roleplay.bursts import Burst, holds
from simulator.roleplay.clarify import clarified
from simulator.roleplay.coaching import text as coaching_text
from simulator.roleplay.coaching import turn_feedback
from simulator.roleplay.compliance import Granted, burst_violations, compliance_violations
from simulator.roleplay.customer_lines import line_ok, line_text
from simulator.roleplay.handoff import HandoffContext, HandoffPlay, handoff_mode
from simulator.roleplay.moves import Move, read_reply, with_order_price
from simulator.roleplay.nodes import Node
from simulator.roleplay.records import Scorecard, Turn
from simulator.roleplay.scoring import score_session
from simulator.roleplay.script import Script, Transition
from simulator.roleplay.script_facts import ScriptFacts, fact_refs
from simulator.roleplay.transitions import first_holding, text_matches
from simulator.roleplay.turn_checks import (
    ACTION_MOVES,
    MAX_DOUBTS,
    PAD_CHARS,
    SOOTHE_MOVES,
    WALL_CHARS,
    arranged,
    check_reply,
    doubt_lines,
    doubt_of,
    implausible_typing,
    repeats,
    reply_chars,
)

__all__ = ["NOT_COMPENSATION", "Session", "fact_refs", "load_transcript", "replay"]


#: Offer kinds that give the order's own money back rather than compensate (the ``compensation``
#: built-in ignores them; compliance still judges a full refund).
NOT_COMPENSATION = ("full_refund", "free_return_shipping")


class Session:
    """A playable session of one script; deterministic for a seed."""

    def __init__(self, script: Script, seed: int = 0, handoff: str | None = None) -> None:
        if not isinstance(seed, int) or isinstance(seed, bool):
            raise InputError(f'"seed" must be an integer, got {seed!r}')
        self.script = script
        self.seed = seed
        #: ``none``, ``warm`` or ``cold`` (see :mod:`simulator.roleplay.handoff`)
        self.handoff = handoff_mode(script, handoff)
        self._handoff = HandoffPlay(script, self.handoff)
        self._rng = random.Random(seed)
        self._state: dict[str, float] = {k: float(v.initial) for k, v in script.state.items()}
        self._nodes = script.node_map
        self._node = script.start
        self._visits: dict[str, int] = {}
        self._turns: list[Turn] = []
        self._ending: str | None = None
        self._facts = ScriptFacts(script)
        self._opening = self._pick(self._handoff.opening or script.opening)
        self._scorecard: Scorecard | None = None
        self._doubts = 0  # unsure replies in a row the customer asked about
        self._burst = Burst()  # pieces of a reply she is waiting to see completed
        self._held = 0  # pieces held since the last reply she judged (bounded: MAX_HELD)
        self._unclear: list[str] = []  # those replies: she reads them with the next one
        self._asked = 0  # replies she asked about in the session (not counted as turns)
        self._soothed = False  # a reply has soothed already (later soothing needs progress)
        self._granted = Granted()  # compensation granted so far (authority: running total)
        self._context: set[str] = set()  # handoff facts the trainee has used so far
        self._retold: set[str] = set()  # handoff facts the customer had to tell again

    # -- public API -------------------------------------------------------------------------
    def opening(self) -> list[str]:
        """The customer's opening message(s) (the same on every call)."""
        return list(self._opening)

    @property
    def handoff_context(self) -> HandoffContext | None:
        """The bot transcript and profile a warm handoff shows; None when cold or none."""
        return self._handoff.context

    @property
    def finished(self) -> bool:
        return self._ending is not None

    @property
    def ending(self) -> str | None:
        return self._ending

    @property
    def state(self) -> dict[str, float]:
        return dict(self._state)

    @property
    def node(self) -> str:
        """The node the next reply will be judged at."""
        return self._node

    @property
    def turns(self) -> list[Turn]:
        return list(self._turns)

    def reply(self, text: str, elapsed_s: float, *, last: bool = False) -> Turn:
        """Play one trainee reply that took ``elapsed_s`` seconds; return what it caused.
        ``last``: the trainee sends nothing after it, so it is never held
        (:mod:`simulator.roleplay.bursts`).

        Raises:
            InputError: the text is not a string, is empty or shows nothing (whitespace,
                zero-width characters), is longer than ``MAX_REPLY_CHARS``, or ``elapsed_s``
                is not a finite number >= 0.
            KefuLabError: the session has already ended.
        """
        if self.finished:
            raise KefuLabError(f"the session has ended ({self._ending}); start a new one")
        check_reply(text, elapsed_s)
        script, index = self.script, len(self._turns) + 1
        before = dict(self._state)
        node = self._nodes[self._node]
        price = script.persona.order.price_yuan if script.persona.order else None
        reading = read_reply(text, lang=script.lang)
        moves = tuple(with_order_price(list(reading.moves), price))  # 三倍 -> yuan
        names = list(dict.fromkeys(m.name for m in moves))
        doubt = doubt_of(text, moves, script.lang, reading.doubtful)
        if doubt == "unsure" and self._doubts >= MAX_DOUBTS:
            doubt = None  # asked twice already: judge this one as usual
        if doubt == "unsure" and self._answers(node, text):
            doubt = None  # it gives what she is waiting for (a fact, a key point, her answer)
        sent = (t.trainee_text for t in self._turns if t.doubt != "unfinished")
        if doubt in (None, "unsure") and repeats(text, sent):
            doubt = "repeated"  # the same reply again: nothing new to read
        if doubt in (None, "unsure") and not last and holds(text, self._held):
            doubt = "unfinished"  # she waits for the rest of the sentence
        whole = self._burst.joined(text)  # with the pieces held before it: one reply
        if doubt in (None, "unsure") and reply_chars(whole) > WALL_CHARS.get(script.lang, 800):
            doubt = "too_long"
        # pieces and doubts in a row are bounded apart: neither resets the other's count
        self._held = (
            self._held + 1 if doubt == "unfinished" else 0 if doubt != "unsure" else self._held
        )
        self._doubts = (
            self._doubts + 1 if doubt == "unsure" else 0 if doubt != "unfinished" else self._doubts
        )
        violations = tuple(compliance_violations(script, text, moves, self._granted))
        violations += tuple(burst_violations(script, self._burst.texts(), text, violations))
        heard = text  # (compliance judged each reply on its own turn, the asked-about ones too)
        if doubt is None:  # she asked what an earlier reply meant: she reads both now
            heard, moves = clarified(self._unclear, text, moves, script.lang, read_reply)
            moves = tuple(with_order_price(list(moves), price))
            names = list(dict.fromkeys(m.name for m in moves))
        facts: tuple[str, ...] = ()
        first, waited = self._burst.first(index), self._burst.waited(float(elapsed_s))
        steps = 0 if doubt == "unfinished" else self._slow_steps(first, waited)
        feedback_note: str | None = None
        reasked: tuple[str, ...] = ()
        if doubt is not None:
            chosen, next_node = None, node.id
            if doubt in ("too_long", "repeated"):
                self._add({"patience": -1})
            ending = self._left(index - self._pieces() - (doubt == "unfinished"))
            lines = (
                self._answer([script.endings[ending].say], ())
                if ending
                else self._pick(doubt_lines(doubt, script.lang))
            )
        else:
            self._slow(first, steps)  # the whole burst's time, from its first piece
            chosen, ending, next_node, lines, feedback_note, facts, reasked = self._judge(
                text, heard, float(elapsed_s), index, node, moves, names, steps
            )
        self._unclear = [*self._unclear, text] if doubt in ("unsure", "unfinished") else []
        self._asked += doubt in ("unsure", "unfinished")
        if doubt == "unfinished":
            self._burst.hold(index, text, float(elapsed_s))
        else:
            self._burst.clear()
        if ending is not None:
            self._ending = ending
        self._node = next_node
        turn = Turn(
            index=index,
            trainee_text=text,
            elapsed_s=float(elapsed_s),
            moves=moves,
            customer_lines=tuple(lines),
            state=dict(self._state),
            feedback="",
            finished=ending is not None,
            ending=ending,
            node=node.id,
            next_node=None if ending else next_node,
            state_before=before,
            slow_steps=steps,
            matched=chosen is not None or doubt is not None,
            violations=violations,
            facts_stated=facts,
            reasked=reasked,
            doubt=doubt,
            padded=reply_chars(text if doubt == "unfinished" else whole)
            > PAD_CHARS.get(script.lang, 400),
            fast=implausible_typing(text, float(elapsed_s), script.lang),
        )
        timed = replace(turn, index=first, elapsed_s=waited)  # coaching on a slow burst
        feedback = turn_feedback(script, timed if steps else turn, feedback_note)
        turn = replace(turn, feedback=feedback)
        self._turns.append(turn)
        return turn

    def _judge(
        self,
        own: str,
        text: str,
        elapsed_s: float,
        index: int,
        node: Node,
        moves: tuple[Move, ...],
        names: list[str],
        steps: int,
    ) -> tuple[Any, ...]:
        """Apply a reply the customer reads (``own``; ``text``: with the replies she asked about
        before it): effects, the transition, interrupts and lines. Returns (transition, ending, next node, lines, feedback note, facts, re-asked)."""
        script = self.script
        stated = self._facts.stated(text)
        handed = self._handoff.read(text, moves)
        progress = bool(stated) or any(n in ACTION_MOVES for n in names)
        repeat = self._soothed and not progress  # soothing again, nothing new: no effect
        for name in names:
            if not (repeat and name in SOOTHE_MOVES):
                self._add(script.effects_of(name))
        self._soothed = self._soothed or any(n in SOOTHE_MOVES for n in names)
        self._add({"anger": handed.anger})

        env_extra = {
            "compensation": max(
                (m.amount_yuan or 0.0 for m in moves if m.kind not in NOT_COMPENSATION),
                default=0.0,
            ),
            "elapsed_s": elapsed_s,
            "turn": float(index - self._asked),  # replies she asked about do not count
            "visits": float(self._visits.get(node.id, 0)),
            "context_used": float(len(handed.used)),
            "context_total": float(len(self._context.union(handed.used))),
            "retold": float(len(self._retold.union(handed.reasked, handed.answered))),
            "arranged": float(sum(arranged(m, script.lang, text) for m in moves)),
        }
        self._context.update(handed.used)
        self._retold.update(handed.reasked, handed.answered)
        chosen = self._first(node.transitions, names, text, stated, env_extra)
        self._visits[node.id] = self._visits.get(node.id, 0) + 1
        sources: list[Any]
        if chosen is not None:
            self._add(chosen.effects)
            feedback_note = chosen.feedback
            if repeat and feedback_note is None and any(n in SOOTHE_MOVES for n in names):
                feedback_note = coaching_text(script.lang, "repeat_soothe")
            target = self._nodes.get(chosen.goto or "")
            seen = float(self._visits.get(target.id, 0)) if target else 0.0
            env = {**self._state, **env_extra, "visits": seen}
            earlier = [t.trainee_text for t in self._turns if t.doubt is None]
            heard = Heard(own, text, moves, stated)
            hop = answered_ahead(
                node, chosen, target, heard, env, earlier, self._nodes, self._facts, script.lang
            )
            if hop is not None:  # the reply already answered what the customer would ask next
                assert target is not None
                self._visits[target.id] = self._visits.get(target.id, 0) + 1
                self._add(hop.effects)
                feedback_note = feedback_note or hop.feedback
                chosen, target = hop, self._nodes.get(hop.goto or "")
            sources = [chosen.say, (target.say or script.opening) if target else None]
        else:
            if not handed.answered:  # a cold question about the bot's facts is fair: no penalty
                self._add(node.otherwise.effects)
            feedback_note = node.otherwise.feedback
            sources = [node.otherwise.say, node.say or script.opening]
        ending = chosen.ending if chosen is not None else None
        next_node = chosen.goto if chosen is not None and chosen.goto else node.id
        if ending is None:
            hit = self._first(script.interrupts, names, text, stated, env_extra)
            if hit is not None:
                self._add(hit.effects)
                ending = hit.ending
                if hit.goto:
                    next_node = hit.goto
                    target = self._nodes.get(hit.goto)
                    sources = [hit.say, (target.say or script.opening) if target else None]
                elif hit.say:
                    sources = [hit.say]
        ending = ending or self._left(index - self._pieces())
        if ending is not None:
            sources = [script.endings[ending].say] if ending in script.endings else [["..."]]
        repeated = [line for src in self._handoff.lines(handed) for line in self._pick(src)]
        if handed.answered and chosen is None and ending is None:
            lines = repeated  # cold: she only answers the question
        else:
            lines = repeated + self._answer(sources, moves)
        feedback_note = self._handoff.feedback(handed) or feedback_note
        facts = tuple(sorted(k for k, _p in stated))
        facts += tuple(k.name for k in script.scoring.key_points if text_matches(k.pattern, text))
        return chosen, ending, next_node, lines, feedback_note, facts, handed.reasked

    def scorecard(self) -> Scorecard:
        """Score the session; an unfinished session ends here as ``customer_left``."""
        if self._ending is None:
            self._ending = "customer_left"
        if self._scorecard is None:
            self._scorecard = score_session(self.script, self._turns, self._ending, seed=self.seed)
        return self._scorecard

    # -- internals ----------------------------------------------------------------------------
    def _pick(self, lines: list) -> list[str]:
        variant = lines[self._rng.randrange(len(lines))] if len(lines) > 1 else lines[0]
        return line_text(variant)

    def _answer(self, sources: list[Any], moves: tuple[Move, ...]) -> list[str]:
        """The customer's answer: a variant of the first source that has one whose ``requires``
        the conversation meets (a line about a coupon only once a coupon was offered, in this
        reply or an earlier one); a neutral line when no variant fits."""
        said = [m for t in self._turns if t.doubt is None for m in t.moves] + list(moves)
        for src in sources:
            fitting = [v for v in src or () if line_ok(v, said)]
            if fitting:
                return self._pick(fitting)
        return self._pick(doubt_lines("neutral", self.script.lang))

    def _pieces(self) -> int:
        """Replies held so far as pieces of a burst (not counted as turns)."""
        return sum(t.doubt == "unfinished" for t in self._turns)

    def _left(self, index: int) -> str | None:
        """``customer_left`` when patience ran out or the reply was the script's last."""
        if self._state.get("patience", 1) <= 0 or index >= self.script.max_turns:
            return "customer_left"
        return None

    def _slow(self, index: int, steps: int) -> None:
        """The anger and patience a reply ``steps`` over the time limit costs."""
        t = self.script.timing
        self._add({"anger": steps * (t.first_slow_anger if index == 1 else t.slow_anger)})
        self._add({"patience": -steps * t.slow_patience})

    def _slow_steps(self, index: int, elapsed_s: float) -> int:
        t = self.script.timing
        limit = t.first_reply_s if index == 1 else t.reply_s
        if elapsed_s <= limit:
            return 0
        return min(t.max_steps, math.ceil((elapsed_s - limit) / limit))

    def _add(self, effects: dict[str, float]) -> None:
        for name, delta in effects.items():
            if not delta:
                continue
            value = self._state.get(name, 0.0) + delta
            var = self.script.state.get(name)
            if var is not None:
                value = min(var.max, max(var.min, value))
            self._state[name] = value

    def _answers(self, node: Node, text: str) -> bool:
        """The reply carries what the script listens for though no move was read for sure: a
        script fact, a key point, or a content transition of this node (a text pattern or a
        fact) that holds on its words alone."""
        stated = self._facts.stated(text)
        if stated or any(text_matches(k.pattern, text) for k in self.script.scoring.key_points):
            return True
        turn = len(self._turns) + 1 - self._asked
        env = {"compensation": 0.0, "elapsed_s": 0.0, "turn": float(turn)}
        env |= {"visits": float(self._visits.get(node.id, 0)), "context_used": 0.0}
        env["context_total"] = float(len(self._context))
        env["retold"] = float(len(self._retold))
        content = [t for t in node.transitions if t.when.text_matches or t.when.states_fact]
        return self._first(content, [], text, stated, env) is not None

    def _first(
        self,
        transitions: list[Transition],
        names: list[str],
        text: str,
        stated: set[tuple[str, str | None]],
        env_extra: dict[str, float],
    ) -> Transition | None:
        env = {**self._state, **env_extra}
        return first_holding(transitions, names, text, stated, env, self._facts.key)


def load_transcript(path: str | Path) -> list[tuple[str, float]]:
    """Read a transcript file: a YAML list of ``{text, elapsed_s}`` replies
    (schema and limits: :mod:`simulator.roleplay.transcript`).

    Raises:
        InputError: one line naming the file, the entry and what is expected.
    """
    from simulator.roleplay.transcript import read_transcript

    return read_transcript(path)


def replay(
    script: Script, replies: list[tuple[str, float]], seed: int = 0, handoff: str | None = None
) -> Scorecard:
    """Play ``replies`` headlessly; stop at an ending (or end as customer_left); score it.
    ``handoff`` as for :class:`Session` (a handoff script plays warm by default)."""
    session = Session(script, seed, handoff)
    for i, (text, elapsed_s) in enumerate(replies, 1):
        if session.finished:
            break
        session.reply(text, elapsed_s, last=i == len(replies))
    return session.scorecard()
