"""Promo-event presets: scale the daily volume and reshape the hourly profile in one edit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from simulator.scenario.schema import Scenario


@dataclass(frozen=True)
class Preset:
    """A promo day: volume factor against the current day and the day's hourly shape."""

    key: str
    label: str  # source text, translated in context "Presets"
    factor: float
    profile: tuple[float, ...]

    def values(self, scenario: Scenario) -> dict[str, Any]:
        """The field values that turn ``scenario`` into this promo day."""
        daily = sum(scenario.arrivals.hourly_rates())
        return {
            "arrivals.sessions_per_day": round(daily * self.factor),
            "arrivals.hourly_profile": list(self.profile),
        }


PRESETS: tuple[Preset, ...] = (
    Preset(  # Singles' Day: the sale opens at midnight, a second peak in the evening
        "double11",
        QT_TRANSLATE_NOOP("Presets", "Singles' Day 11.11 (×5)"),
        5.0,
        (
            9.0,
            6.0,
            2.5,
            1.0,
            0.6,
            0.6,
            1.0,
            2.0,
            3.2,
            4.2,
            4.6,
            4.6,
            4.2,
            4.2,
            4.3,
            4.3,
            4.2,
            4.2,
            4.4,
            5.0,
            6.0,
            6.8,
            6.8,
            6.0,
        ),
    ),
    Preset(  # 618: the evening launch (20:00) and the midnight rush carry the day
        "618",
        QT_TRANSLATE_NOOP("Presets", "618 mid-year sale (×3)"),
        3.0,
        (
            7.0,
            4.0,
            2.0,
            1.0,
            0.6,
            0.6,
            1.0,
            2.0,
            3.2,
            4.2,
            4.6,
            4.6,
            4.2,
            4.2,
            4.3,
            4.3,
            4.2,
            4.2,
            4.6,
            6.0,
            8.5,
            8.5,
            8.0,
            7.0,
        ),
    ),
    Preset(  # New Year goods festival: daytime food and gift shopping, a milder evening
        "new_year",
        QT_TRANSLATE_NOOP("Presets", "New Year goods festival (×2)"),
        2.0,
        (
            1.2,
            0.7,
            0.4,
            0.3,
            0.3,
            0.4,
            0.9,
            2.0,
            3.5,
            5.0,
            5.6,
            5.6,
            5.0,
            5.0,
            5.4,
            5.4,
            5.2,
            5.0,
            5.0,
            5.6,
            6.6,
            7.0,
            6.0,
            3.5,
        ),
    ),
)
