"""Exceptions KefuLab raises on purpose.

Everything the product raises deliberately derives from :class:`KefuLabError`, so the CLI can
catch one type, print a one-line message and exit with status 2 without a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from simulator.common.diagnostics import Diagnostic, summary_line


class KefuLabError(Exception):
    """Base class of every error KefuLab raises on purpose."""


class InputError(KefuLabError):
    """Bad input from a user: a malformed file, a wrong CLI value, a corrupt database.

    Built from a message or from :class:`Diagnostic` records. ``diagnostics`` holds every
    problem (empty when built from a plain message); ``str(err)`` is one line naming the file,
    the place in it and what is allowed: the first problem, with ``(+N more)``.
    """

    def __init__(self, message_or_diagnostics: str | Diagnostic | Iterable[Diagnostic]) -> None:
        if isinstance(message_or_diagnostics, str):
            diagnostics: tuple[Diagnostic, ...] = ()
            message = message_or_diagnostics
        else:
            if isinstance(message_or_diagnostics, Diagnostic):
                diagnostics = (message_or_diagnostics,)
            else:
                diagnostics = tuple(message_or_diagnostics)
            if not diagnostics:
                raise ValueError("InputError needs a message or at least one diagnostic")
            message = summary_line(diagnostics)
        super().__init__(message)
        self.diagnostics = diagnostics

    def __reduce__(self) -> tuple[Any, ...]:
        # Survive pickling (process pools) with the diagnostics and any subclass attributes.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


def diagnostics_of(exc: InputError) -> tuple[Diagnostic, ...]:
    """The problems an input error carries; one (without a place) for a plain-message error."""
    return exc.diagnostics or (Diagnostic("error", "", str(exc)),)


def _restore(cls: type[BaseException], args: tuple, state: dict) -> BaseException:
    err = cls.__new__(cls)
    err.args = args
    err.__dict__.update(state)
    return err


class ScenarioError(InputError):
    """A traffic scenario (or an override of one) does not validate."""
