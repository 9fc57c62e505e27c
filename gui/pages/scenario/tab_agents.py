"""The Agents tab: the hourly schedule, the work of a reply, overload and skill groups."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from gui.pages.scenario.fields import IntBinding, dist_binding
from gui.pages.scenario.form import FormTab
from gui.pages.scenario.tables import GroupsBinding, ScheduleBinding


def agents_tab() -> FormTab:
    tab = FormTab()
    form = tab.group(
        QT_TRANSLATE_NOOP("ScenarioForm", "Agents on duty by hour (drag a bar or edit the table)"),
        "top",
    )
    tab.wide(form, ScheduleBinding())
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "Work"))
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
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "Skill groups"), "right")
    tab.wide(form, GroupsBinding())
    tab.finish()
    return tab
