"""Assignments: a supervisor gives a trainee a script to pass by a due date with a pass mark.

A mixin of :class:`~simulator.roleplay.store.ProgressStore` (the ``assignments`` table of schema
version 3). An assignment's status is derived, never stored, from the trainee's sessions of that
script started since it was assigned (sessions with a higher id than the last one stored when it
was assigned: timestamps have whole seconds, ids never tie):

- ``passed``: a finished session counts as a pass (:func:`counts_as_pass`), whenever it was;
- ``overdue``: not passed and the due date is before today;
- ``in_progress``: not passed, not overdue, at least one session started;
- ``not_started``: none of the above.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime

from simulator.common.errors import InputError

__all__ = ["STATUSES", "Assignment", "AssignmentsMixin", "counts_as_pass"]

#: Assignment statuses in the order a team view lists them.
STATUSES = ("not_started", "in_progress", "overdue", "passed")


def counts_as_pass(total: float | None, passed: bool | None, copied: int, pass_mark: int) -> bool:
    """A finished session passes an assignment (or a certification requirement) when the
    scorecard passed (no compliance block), the total reaches ``pass_mark`` and no reply was a
    copy of a model answer."""
    return bool(passed) and total is not None and total >= pass_mark and not copied


@dataclass(frozen=True)
class Assignment:
    """One assignment and where the trainee stands on it (see the module docstring)."""

    id: int
    script_id: str
    trainee: str
    due: date
    pass_mark: int
    assigned_by: str
    assigned_at: str  # UTC ISO timestamp
    status: str  # one of STATUSES
    best_score: float | None  # best total of a finished session since it was assigned
    attempts: int  # sessions started since it was assigned
    passed_at: str | None = None  # when the first passing session ended (UTC ISO)


class AssignmentsMixin:
    """``assign`` and ``assignments`` for the progress store."""

    _db: sqlite3.Connection
    _transaction: Callable[[], AbstractContextManager[None]]
    _trainee_id: Callable[[str], int]

    def assign(
        self, script_id: str, trainee: str, due: date, pass_mark: int, assigned_by: str
    ) -> int:
        """Assign ``script_id`` to ``trainee``, to pass with ``pass_mark`` (0-100) by ``due``;
        return the assignment's id.

        Raises:
            InputError: an empty script id, trainee or supervisor name, a due date that is not a
                date, or a pass mark outside 0-100.
        """
        if not isinstance(script_id, str) or not script_id.strip():
            raise InputError(f'"script_id" must be a script id, got {script_id!r}')
        if not isinstance(assigned_by, str) or not assigned_by.strip():
            raise InputError(f'"assigned_by" must name the supervisor, got {assigned_by!r}')
        if not isinstance(due, date) or isinstance(due, datetime):
            raise InputError(f'"due" must be a date (YYYY-MM-DD), got {due!r}')
        if isinstance(pass_mark, bool) or not isinstance(pass_mark, int):
            raise InputError(f'"pass_mark" must be a whole number 0-100, got {pass_mark!r}')
        if not 0 <= pass_mark <= 100:
            raise InputError(f'"pass_mark" must be between 0 and 100, got {pass_mark}')
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._transaction():
            trainee_id = self._trainee_id(trainee)
            cur = self._db.execute(
                "INSERT INTO assignments (trainee_id, script_id, due, pass_mark, assigned_by,"
                " assigned_at, after_session)"
                " VALUES (?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(id), 0) FROM sessions))",
                (trainee_id, script_id, due.isoformat(), pass_mark, assigned_by, now),
            )
        return int(cur.lastrowid)

    def assignments(
        self, trainee: str | None = None, today: date | None = None
    ) -> list[Assignment]:
        """Assignments (of one trainee, or everyone's) by due date, with their status on
        ``today`` (default: the local date)."""
        today = date.today() if today is None else today
        rows = self._db.execute(
            "SELECT a.id, a.script_id, t.name, a.due, a.pass_mark, a.assigned_by, a.assigned_at,"
            " a.trainee_id, a.after_session FROM assignments a JOIN trainees t ON t.id = a.trainee_id"
            " WHERE (? IS NULL OR t.name = ?) ORDER BY a.due, t.name, a.id",
            (trainee, trainee),
        ).fetchall()
        return [self._assignment(row, today) for row in rows]

    def _assignment(self, row: tuple, today: date) -> Assignment:
        ident, script_id, name, due_text, pass_mark, by, assigned_at, trainee_id, after = row
        due = date.fromisoformat(due_text)
        best: float | None = None
        passed_at: str | None = None
        attempts = 0
        for ended_at, total, passed, copied in self._attempts(trainee_id, script_id, after):
            attempts += 1
            if total is not None:
                best = total if best is None else max(best, total)
            if passed_at is None and counts_as_pass(total, passed, copied, pass_mark):
                passed_at = ended_at
        if passed_at is not None:
            status = "passed"
        elif due < today:
            status = "overdue"
        elif attempts:
            status = "in_progress"
        else:
            status = "not_started"
        return Assignment(
            ident,
            script_id,
            name,
            due,
            pass_mark,
            by,
            assigned_at,
            status,
            best,
            attempts,
            passed_at,
        )

    def _attempts(self, trainee_id: int, script_id: str, after: int) -> Iterator[tuple]:
        yield from self._db.execute(
            "SELECT ended_at, total, passed, copied FROM sessions WHERE trainee_id = ?"
            " AND script_id = ? AND id > ? ORDER BY ended_at IS NULL, ended_at, id",
            (trainee_id, script_id, after),
        )
