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
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from simulator.common.errors import InputError, KefuLabError
from simulator.common.yamlio import read_yaml
from simulator.roleplay.coaching import turn_feedback
from simulator.roleplay.compliance import compliance_violations
from simulator.roleplay.handoff import HandoffContext, HandoffPlay, handoff_mode
from simulator.roleplay.kb import load_kb, states_fact
from simulator.roleplay.moves import classify
from simulator.roleplay.records import Scorecard, Turn
from simulator.roleplay.scoring import score_session
from simulator.roleplay.script import FactRef, Script, Transition, When, compile_condition

__all__ = ["NOT_COMPENSATION", "Session", "fact_refs", "load_transcript", "replay"]


def fact_refs(script: Script) -> list[FactRef]:
    """Every knowledge-base fact the script mentions (required facts and transition facts)."""
    refs = list(script.scoring.required_facts)
    for t in [t for n in script.nodes for t in n.transitions] + list(script.interrupts):
        refs += t.when.states_fact
    out: dict[tuple[str, str | None], FactRef] = {}
    for r in refs:
        out.setdefault((r.key, script.fact_product(r)), r)
    return list(out.values())


class _Facts:
    """Checks whether a reply states the script's knowledge-base facts (loads the KB lazily)."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.refs = fact_refs(script)
        self._values: dict[tuple[str, str | None], Any] | None = None

    def _load(self) -> dict[tuple[str, str | None], Any]:
        if self._values is None:
            base = load_kb()
            self._values = {}
            for r in self.refs:
                product = self.script.fact_product(r)
                # worded facts (e.g. the return policy) exist per language: the script's wins
                value = base.fact(r.key, product, lang=self.script.lang)
                if value is None:
                    raise InputError(f"{self.script.path}: no KB fact {r.key!r} for {product!r}")
                self._values[(r.key, product)] = getattr(value, "value", value)
        return self._values

    def stated(self, text: str) -> set[tuple[str, str | None]]:
        if not self.refs:
            return set()
        values = self._load()
        return {k for k, v in values.items() if states_fact(text, str(v), k[0])}

    def key(self, ref: FactRef) -> tuple[str, str | None]:
        return (ref.key, self.script.fact_product(ref))


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
        self._facts = _Facts(script)
        self._opening = self._pick(self._handoff.opening or script.opening)
        self._scorecard: Scorecard | None = None

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

    def reply(self, text: str, elapsed_s: float) -> Turn:
        """Play one trainee reply that took ``elapsed_s`` seconds; return what it caused."""
        if self.finished:
            raise KefuLabError(f"the session has ended ({self._ending}); start a new one")
        if not isinstance(text, str):
            raise InputError(f"reply text must be a string, got {type(text).__name__}")
        if isinstance(elapsed_s, bool) or not isinstance(elapsed_s, int | float):
            raise InputError(f"elapsed_s must be a number of seconds, got {elapsed_s!r}")
        if not math.isfinite(elapsed_s) or elapsed_s < 0:
            raise InputError(f"elapsed_s must be a finite number >= 0, got {elapsed_s!r}")
        script, index = self.script, len(self._turns) + 1
        before = dict(self._state)
        node = self._nodes[self._node]
        moves = tuple(classify(text, lang=script.lang))
        names = list(dict.fromkeys(m.name for m in moves))
        stated = self._facts.stated(text)
        handed = self._handoff.read(text, moves)

        steps = self._slow_steps(index, float(elapsed_s))
        t = script.timing
        self._add({"anger": steps * (t.first_slow_anger if index == 1 else t.slow_anger)})
        self._add({"patience": -steps * t.slow_patience})
        for name in names:
            self._add(script.effects_of(name))
        self._add({"anger": handed.anger})

        env_extra = {
            "compensation": max(
                (m.amount_yuan or 0.0 for m in moves if m.kind not in NOT_COMPENSATION),
                default=0.0,
            ),
            "elapsed_s": float(elapsed_s),
            "turn": float(index),
            "visits": float(self._visits.get(node.id, 0)),
            "context_used": float(len(handed.used)),
        }
        chosen = self._first(node.transitions, names, text, stated, env_extra)
        self._visits[node.id] = self._visits.get(node.id, 0) + 1
        lines_source: Any = None
        if chosen is not None:
            self._add(chosen.effects)
            target, feedback_note, lines_source = chosen, chosen.feedback, chosen.say
        else:
            if not handed.answered:  # a cold question about the bot's facts is fair: no penalty
                self._add(node.otherwise.effects)
            target, feedback_note = None, node.otherwise.feedback
            lines_source = node.otherwise.say or node.say or script.opening
        ending = target.ending if target is not None else None
        next_node = target.goto if target is not None and target.goto else node.id
        if ending is None:
            hit = self._first(script.interrupts, names, text, stated, env_extra)
            if hit is not None:
                self._add(hit.effects)
                ending = hit.ending
                if hit.goto:
                    next_node = hit.goto
                lines_source = hit.say
        if ending is None and (self._state.get("patience", 1) <= 0 or index >= script.max_turns):
            ending = "customer_left"

        if ending is not None:
            self._ending = ending
            lines_source = script.endings[ending].say if ending in script.endings else ["..."]
        elif lines_source is None:
            nxt = self._nodes[next_node]
            lines_source = nxt.say or script.opening
        repeated = [line for src in self._handoff.lines(handed) for line in self._pick(src)]
        if handed.answered and chosen is None and ending is None:
            lines = repeated  # cold: she only answers the question
        else:
            lines = repeated + self._pick(lines_source)
        feedback_note = self._handoff.feedback(handed) or feedback_note
        self._node = next_node

        violations = tuple(compliance_violations(script, text, moves))
        facts = tuple(sorted(k for k, _p in stated))
        facts += tuple(
            k.name for k in script.scoring.key_points if re.search(k.pattern, text, re.IGNORECASE)
        )
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
            matched=chosen is not None,
            violations=violations,
            facts_stated=facts,
            reasked=handed.reasked,
        )
        feedback = turn_feedback(script, turn, feedback_note)
        turn = replace(turn, feedback=feedback)
        self._turns.append(turn)
        return turn

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
        return [variant] if isinstance(variant, str) else list(variant)

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

    def _holds(
        self,
        when: When,
        names: list[str],
        text: str,
        stated: set[tuple[str, str | None]],
        env_extra: dict[str, float],
    ) -> bool:
        present = set(names)
        for item in when.all_of:
            options = item if isinstance(item, list) else [item]
            if not present.intersection(options):
                return False
        if when.any_of and not present.intersection(when.any_of):
            return False
        if present.intersection(when.none_of):
            return False
        if when.text_matches and not re.search(when.text_matches, text, re.IGNORECASE):
            return False
        if any(self._facts.key(r) not in stated for r in when.states_fact):
            return False
        env = {**self._state, **env_extra}
        for text_cond in (when.compensation, when.condition):
            if text_cond and not compile_condition(text_cond).test(env):
                return False
        return True

    def _first(
        self,
        transitions: list[Transition],
        names: list[str],
        text: str,
        stated: set[tuple[str, str | None]],
        env_extra: dict[str, float],
    ) -> Transition | None:
        for t in transitions:
            if self._holds(t.when, names, text, stated, env_extra):
                return t
        return None


def load_transcript(path: str | Path) -> list[tuple[str, float]]:
    """Read a transcript file: a YAML list of ``{text, elapsed_s}`` replies.

    Raises:
        InputError: one line naming the file, the entry and what is expected.
    """
    doc = read_yaml(path)
    if not isinstance(doc.data, list) or not doc.data:
        raise InputError(f"{doc.path}: expected a non-empty list of {{text, elapsed_s}} replies")
    out: list[tuple[str, float]] = []
    for i, item in enumerate(doc.data):
        where = f"{doc.path}:{doc.line_of((i,)) or '?'}: [{i}]"
        if not isinstance(item, dict) or set(item) - {"text", "elapsed_s"}:
            raise InputError(f"{where}: expected a mapping with only 'text' and 'elapsed_s'")
        text, elapsed = item.get("text"), item.get("elapsed_s")
        if not isinstance(text, str) or not text.strip():
            raise InputError(f"{where}.text: required, a non-empty string")
        if isinstance(elapsed, bool) or not isinstance(elapsed, int | float) or elapsed < 0:
            raise InputError(f"{where}.elapsed_s: required, a number of seconds >= 0")
        out.append((text, float(elapsed)))
    return out


def replay(
    script: Script, replies: list[tuple[str, float]], seed: int = 0, handoff: str | None = None
) -> Scorecard:
    """Play ``replies`` headlessly; stop at an ending (or end as customer_left); score it.
    ``handoff`` as for :class:`Session` (a handoff script plays warm by default)."""
    session = Session(script, seed, handoff)
    for text, elapsed_s in replies:
        if session.finished:
            break
        session.reply(text, elapsed_s)
    return session.scorecard()
