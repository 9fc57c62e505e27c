"""Each batch's sessions on two sorted time lines, read past a cursor by
:mod:`simulator.model.snapshot`: when they arrived, and when they ended their bot phase.

A bot-phase line holds each session's outcome as a code, and its ``row``: the count of each
outcome (``BOT_COLUMNS``) of the sessions before its cursor. A long stretch passed at once (a
snapshot after hours) is counted in numpy (``bincount``); the first short one makes the line's
table of running counts (a row per session, ``n + 1`` rows, 48 bytes a session, let go when the
line is read to its end), after which a snapshot reads one row per line, however many sessions
ended their bot phase since the last. (Two counts packed in a 64-bit word halve the rows but
cost more to read: Python's arithmetic on ints above 2**30 is several times slower.)
"""

from __future__ import annotations

import math
from array import array

import numpy as np

from simulator.model.plan import BOT_LEFT, BOT_RESOLVED, HANDED_OFF, NO_BOT, REASONS, SessionBatch
from simulator.scenario.schema import INTENTS, Scenario

PRESALE = INTENTS.index("presale")
#: The counts of a bot-phase line: handoffs by reason (``REASONS[1:]``), handoffs, bot
#: resolved, bot left, orders of chats that ended with the bot; then of the sessions that
#: arrived after the warm-up: bot resolved, presale sessions that ended with the bot, their
#: orders.
BOT_COLUMNS = len(REASONS) - 1 + 7
INF = math.inf


class Cursor:
    """Sorted ``times``, of which the first ``pos`` are before the time last read; ``next_s`` is
    the first of the others (infinity once all are read), so a read that passes none of them
    costs one comparison."""

    __slots__ = ("times", "size", "pos", "next_s", "codes", "table", "row")

    def __init__(self, times: array, codes: np.ndarray | None = None) -> None:
        self.times = times
        self.size = len(times)
        self.pos = 0
        self.next_s = times[0] if self.size else INF
        # of a bot-phase line: the sessions' codes, the table once made, the counts at pos
        self.codes = codes
        self.table: array | None = None
        self.row = _ZEROS


def bot_conversion(s: Scenario) -> tuple[np.ndarray, np.ndarray]:
    """Per intent, the chance of an order of a chat that ends with the bot, resolved or not:
    what :func:`~simulator.model.outcomes.conversion_probability` gives with no human reply and
    no wait (a test checks it), without its per-intent masks over the whole batch."""
    convs = [s.intents[i].conversion for i in INTENTS]
    resolved = [0.0 if c is None else min(c.base, 1.0) for c in convs]
    not_resolved = [0.0 if c is None else c.lost for c in convs]
    return np.array(resolved), np.array(not_resolved)


def arrival_line(b: SessionBatch) -> Cursor:
    """The batch's arrival times (first contacts and each flush's re-contacts are made in time
    order)."""
    return Cursor(array("d", b.arrival_s.tobytes()))


# a session's code (see bot_line) is in column j when ``code & _MASKS[j] == _VALUES[j]``
_HANDED, _RESOLVED, _LEFT, _ORDERED, _LATE, _PRESALE = 256, 8, 16, 32, 64, 128
_MASKS = np.array([7] * (len(REASONS) - 1) + [_HANDED, _RESOLVED, _LEFT, _ORDERED]
                  + [_LATE | _RESOLVED, _LATE | _PRESALE, _LATE | _PRESALE | _ORDERED], np.uint16)  # fmt: skip
_VALUES = _MASKS.copy()
_VALUES[: len(REASONS) - 1] = np.arange(1, len(REASONS))
_CODES = 512  # codes are below this
_IN_COLUMN = ((np.arange(_CODES)[:, None] & _MASKS) == _VALUES).astype(np.int64)
_ZEROS = (0,) * BOT_COLUMNS
#: sessions passed at once from which a line without a table counts them in numpy
BULK = 256


def bot_line(b: SessionBatch, conversion: tuple[np.ndarray, np.ndarray], warmup_s: float) -> Cursor:
    """When each session of ``b`` ended its bot phase (handed off, or with the bot), in time
    order, with the running counts of ``BOT_COLUMNS`` up to each of them."""
    phase, intent = b.bot_phase, b.intent
    handed = (phase == HANDED_OFF) | (phase == NO_BOT)
    resolved = phase == BOT_RESOLVED
    # orders of chats that end with the bot, decided as finish_log decides them: with no human
    # reply and no wait, the chance is min(base, 1) if resolved, else lost
    if_resolved, if_not = conversion
    p = np.where(resolved, if_resolved[intent], if_not[intent])
    # a session's code: the handoff reason (0: none) in bits 0-2, then the bits above
    bit = np.uint16
    code = np.where(handed, b.reason + bit(_HANDED), 0).astype(bit)
    code |= resolved * bit(_RESOLVED)
    code |= (phase == BOT_LEFT) * bit(_LEFT)
    code |= (~handed & (b.u_convert < p)) * bit(_ORDERED)
    code |= (b.arrival_s >= warmup_s) * bit(_LATE)
    code |= (~handed & (intent == PRESALE)) * bit(_PRESALE)
    times = np.where(handed, b.handoff_s, b.bot_end_s)
    order = np.argsort(times, kind="stable")  # nearly sorted already: arrival order
    return Cursor(array("d", times[order].tobytes()), code[order])


def move_bot_line(line: Cursor, k: int) -> None:
    """Set ``line.row`` to the counts of the sessions before ``k`` (``line.pos`` not moved
    yet)."""
    if line.table is None:
        if k - line.pos >= BULK or (k == line.size and line.pos == 0):
            add = np.bincount(line.codes[line.pos : k], minlength=_CODES) @ _IN_COLUMN
            line.row = tuple((add + line.row).tolist())
            return
        # the running counts from the start, a row per session (row 0: none)
        table = np.empty((line.size + 1, BOT_COLUMNS), np.int32)
        table[0] = 0
        np.cumsum(line.codes[:, None] & _MASKS == _VALUES, axis=0, dtype=np.int32, out=table[1:])
        # a flat array of plain numbers: a row is read without a numpy call, and the garbage
        # collector does not walk it as it would walk a list
        line.table = array("i")
        line.table.frombytes(memoryview(table).cast("B"))
    r = k * BOT_COLUMNS
    line.row = tuple(line.table[r : r + BOT_COLUMNS])
