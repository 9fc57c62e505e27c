"""The Traffic tab: daily volume and hourly profile, days, entry points and intent mix."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from gui.pages.scenario.fields import IntBinding, NumberBinding, TextBinding, parse_optional_number
from gui.pages.scenario.form import (
    FormTab,
    numbers_text,
    optional_number_text,
    parse_numbers,
)
from gui.pages.scenario.tables import EntryPointsBinding, ProfileBinding


def traffic_tab() -> FormTab:
    tab = FormTab()
    form = tab.group(
        QT_TRANSLATE_NOOP(
            "ScenarioForm", "Daily volume and hourly profile (drag a bar or edit the table)"
        ),
        "top",
    )
    tab.wide(form, ProfileBinding())
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "Volume and days"))
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Sessions per day"),
        TextBinding("arrivals.sessions_per_day", optional_number_text, parse_optional_number),
        QT_TRANSLATE_NOOP("ScenarioForm", "Expected first contacts per ordinary day"),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Or flat rate per hour"),
        TextBinding("arrivals.rate_per_hour", optional_number_text, parse_optional_number),
        QT_TRANSLATE_NOOP(
            "ScenarioForm", "A stationary rate instead of the daily volume and profile"
        ),
    )
    tab.row(form, QT_TRANSLATE_NOOP("ScenarioForm", "Simulated days"), IntBinding("horizon.days"))
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Warm-up (hours)"),
        NumberBinding("horizon.warmup_hours", 1),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Day multipliers"),
        TextBinding("arrivals.day_multipliers", numbers_text, parse_numbers),
        QT_TRANSLATE_NOOP(
            "ScenarioForm", "Factor per day, e.g. 1 1 5 for a promo on day 3; missing days are 1"
        ),
    )
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "Entry points and intent mix"), "right")
    tab.wide(form, EntryPointsBinding())
    tab.finish()
    return tab
