"""One attempt at a script as the window plays it: a :class:`Practice` plus the replies so far.

Qt-free. The window keeps the replies (text and seconds taken) so that "try again from turn N"
can replay the first N-1 of them into a new :class:`Practice` with the same seed and continue
live from there; the engine is deterministic for a seed, so the customer says the same lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from simulator.roleplay.practice import Practice, TurnResult
from simulator.roleplay.records import Scorecard
from simulator.roleplay.script import Script
from simulator.roleplay.store import ProgressStore

__all__ = ["Attempt", "PlayedReply"]


@dataclass(frozen=True)
class PlayedReply:
    """A reply the trainee sent and the seconds it took."""

    text: str
    elapsed_s: float


class Attempt:
    """A trainee's attempt at one script, stored turn by turn through :class:`Practice`.

    Args:
        store: the progress store (``None`` plays without storing).
        trainee: who plays.
        script: the script to play.
        seed: fixes the customer's line choices.
        mode: ``"practice"`` or ``"exam"``.
        handoff: ``"warm"``/``"cold"`` for a chat that arrives from the bot (``None``: the
            script's default, see :class:`Practice`).
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
        self.store = store
        self.practice = Practice(store, trainee, script, seed=seed, mode=mode, handoff=handoff)
        self.replies: list[PlayedReply] = []
        self.results: list[TurnResult] = []
        self.scorecard: Scorecard | None = None

    @property
    def script(self) -> Script:
        return self.practice.script

    @property
    def trainee(self) -> str:
        return self.practice.trainee

    @property
    def mode(self) -> str:
        return self.practice.mode

    @property
    def handoff(self) -> str:
        """``"none"``, ``"warm"`` or ``"cold"``."""
        return self.practice.handoff

    @property
    def seed(self) -> int:
        return self.practice.seed

    @property
    def session_id(self) -> int | None:
        return self.practice.session_id

    @property
    def finished(self) -> bool:
        return self.practice.finished

    def opening_lines(self) -> tuple[str, ...]:
        return self.practice.opening_lines()

    def reply(self, text: str, elapsed_s: float) -> TurnResult:
        """Play one reply (see :meth:`Practice.reply`) and remember it."""
        result = self.practice.reply(text, elapsed_s)
        self.replies.append(PlayedReply(text, float(elapsed_s)))
        self.results.append(result)
        return result

    def finish(self) -> Scorecard:
        """Score the attempt (an unfinished one ends as ``customer_left``)."""
        self.scorecard = self.practice.finish()
        return self.scorecard

    def retry_from(self, turn: int) -> Attempt:
        """A new attempt with the same seed and mode that replays replies ``1..turn-1``.

        Raises:
            ValueError: ``turn`` is not between 1 and the number of replies played.
        """
        if not 1 <= turn <= len(self.replies):
            raise ValueError(f'"turn" must be between 1 and {len(self.replies)}, got {turn}')
        again = Attempt(
            self.store, self.trainee, self.script, self.seed, self.mode, handoff=self.handoff
        )
        for played in self.replies[: turn - 1]:
            again.reply(played.text, played.elapsed_s)
        return again
