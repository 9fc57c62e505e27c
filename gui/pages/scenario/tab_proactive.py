"""The Proactive service and knowledge base tab: the ``proactive:`` and ``knowledge_base:``
sections (delay notices, invitations, unpaid orders, the knowledge-base snowball)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from gui.pages.scenario.fields import CheckBinding, ChecksBinding, MapEntryBinding, NumberBinding
from gui.pages.scenario.form import FormTab
from gui.pages.scenario.tables import INTENT_LABELS
from simulator.scenario.schema import INTENTS

LATE_SHARE_LABELS = {
    "presale": QT_TRANSLATE_NOOP("ScenarioForm", "Late parcels, pre-sale"),
    "logistics": QT_TRANSLATE_NOOP("ScenarioForm", "Late parcels, logistics"),
    "aftersale": QT_TRANSLATE_NOOP("ScenarioForm", "Late parcels, after-sale"),
    "complaint": QT_TRANSLATE_NOOP("ScenarioForm", "Late parcels, complaints"),
}


def _delay_notices(tab: FormTab) -> None:
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "Delay notices (parcels late over 48 h)"))
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Send delay notices"),
        CheckBinding("proactive.delay_notices.enabled"),
        QT_TRANSLATE_NOOP(
            "ScenarioForm", "Tell customers of a parcel stuck over 48 h before they ask"
        ),
    )
    for intent in INTENTS:
        tab.row(
            form,
            LATE_SHARE_LABELS[intent],
            MapEntryBinding(f"proactive.delay_notices.late_share.{intent}"),
            QT_TRANSLATE_NOOP(
                "ScenarioForm",
                "Share of this intent's first contacts about a parcel late over 48 h (0-1)",
            ),
        )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Contacts prevented"),
        NumberBinding("proactive.delay_notices.prevented", 2, 0.05),
        QT_TRANSLATE_NOOP(
            "ScenarioForm", "Share of those contacts a notice makes unnecessary (0-1)"
        ),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Would ask unprompted"),
        NumberBinding("proactive.delay_notices.asking_share", 2, 0.05),
        QT_TRANSLATE_NOOP(
            "ScenarioForm",
            "Share of customers with a late parcel who would write; every late parcel gets a"
            " notice",
        ),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Cost per notice (¥)"),
        NumberBinding("proactive.delay_notices.cost_per_notice", 2, 0.01),
    )


def _invitations(tab: FormTab) -> None:
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "Chat invitations"), "right")
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Invite hesitating shoppers"),
        CheckBinding("proactive.invitations.enabled"),
        QT_TRANSLATE_NOOP(
            "ScenarioForm", "Agents invite shoppers who linger or re-read reviews to chat"
        ),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Invitations per day"),
        NumberBinding("proactive.invitations.per_day", 0, 50),
        QT_TRANSLATE_NOOP(
            "ScenarioForm", "Sent on an ordinary day, spread over the hours like the arrivals"
        ),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Accept rate"),
        NumberBinding("proactive.invitations.accept_rate", 2, 0.05),
        QT_TRANSLATE_NOOP(
            "ScenarioForm", "Share of invitations answered; each is a pre-sale chat for an agent"
        ),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Order chance lift"),
        NumberBinding("proactive.invitations.conversion_lift", 2, 0.01),
        QT_TRANSLATE_NOOP("ScenarioForm", "Added to an invited chat's chance of an order"),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Cost per invitation (¥)"),
        NumberBinding("proactive.invitations.cost_per_invitation", 2, 0.01),
    )


def _unpaid_orders(tab: FormTab) -> None:
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "Unpaid orders"))
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Paid without a reminder"),
        NumberBinding("proactive.pay_rate", 2, 0.01),
        QT_TRANSLATE_NOOP(
            "ScenarioForm", "Chance an order is paid unprompted; 1 = every order is paid"
        ),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Remind unpaid orders"),
        CheckBinding("proactive.unpaid_follow_up.enabled"),
        QT_TRANSLATE_NOOP("ScenarioForm", "Send every unpaid order a payment reminder"),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Paid after a reminder"),
        NumberBinding("proactive.unpaid_follow_up.recovered", 2, 0.05),
        QT_TRANSLATE_NOOP("ScenarioForm", "Share of reminded unpaid orders that are then paid"),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Cost per reminder (¥)"),
        NumberBinding("proactive.unpaid_follow_up.cost_per_follow_up", 2, 0.1),
    )


def _knowledge_base(tab: FormTab) -> None:
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "Knowledge-base snowball"), "right")
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Learn from handed-off chats"),
        CheckBinding("knowledge_base.snowball"),
        QT_TRANSLATE_NOOP(
            "ScenarioForm",
            "Agents' answers become entries that raise the bot's answer quality, day by day",
        ),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Answers captured"),
        NumberBinding("knowledge_base.capture", 2, 0.01),
        QT_TRANSLATE_NOOP(
            "ScenarioForm", "Share of handed-off chats an agent resolved whose answer is added"
        ),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Answer quality ceiling"),
        NumberBinding("knowledge_base.ceiling", 2, 0.05),
        QT_TRANSLATE_NOOP(
            "ScenarioForm", "The best answer quality entries can bring an intent to (0-1)"
        ),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Entries to halve the gap"),
        NumberBinding("knowledge_base.half_gap_entries", 0, 50),
        QT_TRANSLATE_NOOP(
            "ScenarioForm",
            "Entries of one intent that halve the gap between its quality and the ceiling",
        ),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Intents that learn"),
        ChecksBinding(
            "knowledge_base.intents",
            [(intent, INTENT_LABELS[intent]) for intent in INTENTS],
            "ScenarioTables",
        ),
        QT_TRANSLATE_NOOP("ScenarioForm", "Intents whose answers go into the knowledge base"),
    )


def proactive_tab() -> FormTab:
    tab = FormTab()
    _delay_notices(tab)
    _unpaid_orders(tab)
    _invitations(tab)
    _knowledge_base(tab)
    tab.finish()
    return tab
