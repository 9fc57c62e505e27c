"""The scenario-editing API the GUI uses (from ``simulator.scenario.loader``) and helpers to
read the diagnostics its errors carry."""

from __future__ import annotations

from typing import Any

from gui.diagnostic_words import diagnostic_words
from simulator.common.diagnostics import Diagnostic
from simulator.scenario.loader import (
    load_scenario,
    scenario_from_yaml,
    scenario_to_yaml,
    with_values,
)

__all__ = [
    "describe",
    "diagnostics_of",
    "field_of",
    "load_scenario",
    "scenario_from_yaml",
    "scenario_to_yaml",
    "with_values",
]


def diagnostics_of(exc: Exception) -> list[Diagnostic]:
    """The diagnostics of an InputError (one made from its message if it carries none)."""
    found = list(getattr(exc, "diagnostics", ()) or ())
    return found or [Diagnostic("error", "", str(exc))]


def field_of(diagnostic: Any) -> str:
    """The dotted field path of a diagnostic (empty when it names none)."""
    return str(getattr(diagnostic, "field", "") or "")


def describe(diagnostic: Any) -> str:
    """Message plus hint of a diagnostic, for a tooltip or an inline label, in the window's
    language where the message has a known form (:mod:`gui.diagnostic_words`)."""
    message = str(getattr(diagnostic, "message", "") or diagnostic)
    return diagnostic_words(message, str(getattr(diagnostic, "hint", "") or ""))
