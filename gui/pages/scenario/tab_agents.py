"""The Agents tab: the hourly schedule, the work of a reply, overload and skill groups."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from gui.pages.scenario.fields import (
    IntBinding,
    NumberBinding,
    TextBinding,
    dist_binding,
    parse_optional_int,
)
from gui.pages.scenario.form import FormTab
from gui.pages.scenario.tables import GroupsBinding, ProficiencyBinding, ScheduleBinding


def agents_tab() -> FormTab:
    tab = FormTab()
    form = tab.group(
        QT_TRANSLATE_NOOP(
            "ScenarioForm", "Agents scheduled by hour (drag a bar or edit the table)"
        ),
        "top",
    )
    tab.wide(form, ScheduleBinding())
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "Work"))
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Shrinkage"),
        NumberBinding("agents.shrinkage", 2, 0.01),
        QT_TRANSLATE_NOOP(
            "ScenarioForm",
            "Share of paid time not on chats (breaks, meetings, training, absence), 0 to 0.99; "
            "on duty in an hour = scheduled x (1 - shrinkage), rounded down",
        ),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Chats per agent"),
        IntBinding("agents.concurrency"),
        QT_TRANSLATE_NOOP("ScenarioForm", "Chats one agent holds at once (1-10)"),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Reply time"),
        dist_binding("agents.reply_time"),
        QT_TRANSLATE_NOOP("ScenarioForm", "The agent's work per reply, a distribution in seconds"),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "First reply time"),
        dist_binding("agents.first_reply_time"),
        QT_TRANSLATE_NOOP(
            "ScenarioForm", "Work on the first reply after a handoff; empty = same as reply time"
        ),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Messages per reply"),
        dist_binding("agents.messages_per_reply", "{dist: poisson1, mean: 1.5}"),
        QT_TRANSLATE_NOOP(
            "ScenarioForm",
            "Messages an agent sends per reply (answer ratio); a count distribution, at least 1",
        ),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Terse when backlog reaches"),
        TextBinding(
            "agents.terse_backlog", lambda v: "" if v is None else str(v), parse_optional_int
        ),
        QT_TRANSLATE_NOOP(
            "ScenarioForm",
            "With this many replies owed, an agent sends one bare message; empty = never terse",
        ),
    )
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "Overload (too many chats at once)"))
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Comfortable chats"),
        IntBinding("agents.overload.threshold"),
        QT_TRANSLATE_NOOP(
            "ScenarioForm", "Above this many chats at once, quality drops with each extra chat"
        ),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Extra reply work per chat"),
        NumberBinding("agents.overload.reply_time_per_chat", 2, 0.05),
        QT_TRANSLATE_NOOP(
            "ScenarioForm", "Share added to the work per reply for each chat above it (0.15 = +15%)"
        ),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Resolution lost per chat"),
        NumberBinding("agents.overload.resolution_per_chat", 2, 0.01),
        QT_TRANSLATE_NOOP(
            "ScenarioForm", "Share of the chance to resolve lost for each chat above it (0-1)"
        ),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Rating lost per chat"),
        NumberBinding("agents.overload.csat_per_chat", 2, 0.05),
        QT_TRANSLATE_NOOP("ScenarioForm", "Stars taken from the rating for each chat above it"),
    )
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "Skill groups"), "right")
    tab.wide(form, GroupsBinding())
    form = tab.group(
        QT_TRANSLATE_NOOP("ScenarioForm", "Proficiency levels (shares add up to 1)"), "right"
    )
    tab.wide(form, ProficiencyBinding())
    tab.finish()
    return tab
