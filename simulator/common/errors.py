"""Exceptions KefuLab raises on purpose.

Everything the product raises deliberately derives from :class:`KefuLabError`, so the CLI can
catch one type, print a one-line message and exit with status 2 without a traceback.
"""

from __future__ import annotations


class KefuLabError(Exception):
    """Base class of every error KefuLab raises on purpose."""


class InputError(KefuLabError):
    """Bad input from a user: a malformed file, a wrong CLI value, a corrupt database.

    The message is one line naming the file, the place in it and what is allowed.
    """


class ScenarioError(InputError):
    """A traffic scenario (or an override of one) does not validate."""
