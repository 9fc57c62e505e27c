"""Practice: one trainee's session with a scripted customer, from the opening to the scorecard.

``Practice(store, trainee, script, seed, mode)`` owns a session's life for any front end: the
terminal trainer calls :meth:`Practice.reply` in its input loop, a window calls it once per sent
message. Every turn is written to the progress store the moment it is played (a process killed
mid-session keeps the turns so far) and :meth:`Practice.finish` stores the scorecard.

In ``"exam"`` mode the customer behaves the same but :class:`TurnResult` carries no coaching
hint; the stored turns and the scorecard keep the coaching for the review afterwards. Finishing
an exam records any certificate the trainee has now earned (:attr:`Practice.certification`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from simulator.common.errors import InputError
from simulator.roleplay.handoff import HandoffContext
from simulator.roleplay.records import Scorecard, Turn
from simulator.roleplay.script import Script
from simulator.roleplay.session import Session
from simulator.roleplay.store import Certification, ProgressStore

__all__ = ["MODES", "Practice", "TurnResult"]

#: ``practice`` shows a coaching hint after each reply; ``exam`` does not.
MODES = ("practice", "exam")


@dataclass(frozen=True)
class TurnResult:
    """What a front end shows after one reply."""

    index: int  # 1 for the first reply
    customer_lines: tuple[str, ...]  # the customer's answer, one chat message each
    anger: float  # after the reply
    patience: float | None  # after the reply; None when the script has no patience
    moves: tuple[str, ...]  # names of the moves read in the reply (see roleplay.names)
    hint: str | None  # one line of coaching; None in exam mode
    finished: bool
    ending: str | None  # how the session ended, when it did


class Practice:
    """One trainee's session of one script, stored turn by turn.

    Args:
        store: where turns and the scorecard go; ``None`` plays without storing anything.
        trainee: who is training (stored by name).
        script: the loaded script to play.
        seed: fixes the customer's line choices (see :class:`~simulator.roleplay.session.Session`).
        mode: ``"practice"`` (coaching hint after each reply) or ``"exam"`` (none).
        handoff: ``"none"``, ``"warm"`` or ``"cold"``: how the chat reached the trainee (stored);
            ``None``: ``"warm"`` for a script with a ``handoff`` block, else ``"none"``. Warm
            shows :attr:`handoff_context`; cold hides it (see :mod:`simulator.roleplay.handoff`).

    Raises:
        InputError: an empty trainee name, a seed that is not an integer, an unknown mode, or a
            handoff the script cannot be played with (warm/cold need a ``handoff`` block).
    """

    def __init__(
        self,
        store: ProgressStore | None,
        trainee: str,
        script: Script,
        seed: int = 0,
        mode: str = "practice",
        handoff: str | None = None,
    ) -> None:
        if mode not in MODES:
            raise InputError(f'"mode" must be "practice" or "exam", got {mode!r}')
        if not isinstance(trainee, str) or not trainee.strip():
            raise InputError(f'"trainee" must be a non-empty name, got {trainee!r}')
        self.script = script
        self.trainee = trainee
        self.mode = mode
        self._session = Session(script, seed, handoff)
        self.handoff = self._session.handoff  # "none", "warm" or "cold", resolved
        self._store = store
        self._scorecard: Scorecard | None = None
        #: the certificate this exam completed (set by :meth:`finish`), else None
        self.certification: Certification | None = None
        self.session_id: int | None = (
            None
            if store is None
            else store.start_session(trainee, script.id, seed, mode=mode, handoff=self.handoff)
        )

    # -- what a front end reads -------------------------------------------------------------
    @property
    def seed(self) -> int:
        return self._session.seed

    @property
    def handoff_context(self) -> HandoffContext | None:
        """The bot transcript and the profile the bot collected, to show before the opening in a
        warm handoff; None when cold (the trainee sees nothing) or the chat is not a handoff."""
        return self._session.handoff_context

    def opening_lines(self) -> tuple[str, ...]:
        """The customer's opening messages, one chat message each (the same on every call)."""
        return tuple(self._session.opening())

    def opening(self) -> str:
        """The customer's opening line (several messages joined by newlines)."""
        return "\n".join(self._session.opening())

    @property
    def finished(self) -> bool:
        """True once the session reached an ending or :meth:`finish` was called."""
        return self._session.finished

    @property
    def ending(self) -> str | None:
        return self._session.ending

    @property
    def anger(self) -> float:
        """The customer's anger now."""
        return self._session.state.get("anger", 0.0)

    @property
    def anger_max(self) -> float:
        """The top of the anger scale (for a meter)."""
        return float(self.script.state["anger"].max)

    @property
    def patience(self) -> float | None:
        """The customer's patience now (None when the script has no patience)."""
        return self._session.state.get("patience")

    @property
    def turn_count(self) -> int:
        """Replies played so far."""
        return len(self._session.turns)

    # -- playing ------------------------------------------------------------------------------
    def reply(self, text: str, elapsed_s: float, *, last: bool = False) -> TurnResult:
        """Play one reply that took ``elapsed_s`` seconds, store the turn, return what to show
        (``last``: nothing follows it, so it is never held, see :meth:`Session.reply`).

        Raises:
            InputError: the text is not a string or ``elapsed_s`` not a finite number >= 0.
            KefuLabError: the session has already ended.
        """
        turn = self._session.reply(text, elapsed_s, last=last)
        if self._store is not None and self.session_id is not None:
            self._store.record_turn(self.session_id, turn)
        return self._result(turn)

    def finish(self) -> Scorecard:
        """Score the session (an unfinished one ends as ``customer_left``) and store the
        scorecard; later calls return the same scorecard without storing it again."""
        if self._scorecard is None:
            scorecard = self._session.scorecard()
            if self._store is not None and self.session_id is not None:
                self._store.finish_session(self.session_id, scorecard.to_dict())
                if self.mode == "exam":
                    self.certification = self._store.certify_if_earned(self.trainee, date.today())
            self._scorecard = scorecard
        return self._scorecard

    def _result(self, turn: Turn) -> TurnResult:
        return TurnResult(
            index=turn.index,
            customer_lines=turn.customer_lines,
            anger=turn.state.get("anger", 0.0),
            patience=turn.state.get("patience"),
            moves=turn.move_names,
            hint=(turn.feedback or None) if self.mode == "practice" else None,
            finished=turn.finished,
            ending=turn.ending,
        )
