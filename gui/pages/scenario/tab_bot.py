"""The Bot and handoff tab: the AI bot, when and how it hands over, what each intent needs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from gui.pages.scenario.fields import (
    CheckBinding,
    ChoiceBinding,
    IntBinding,
    NumberBinding,
    TextBinding,
    parse_optional_number,
    parse_words,
)
from gui.pages.scenario.form import CONTEXT, FormTab, optional_number_text
from gui.pages.scenario.tables import IntentsBinding
from simulator.scenario.schema import INTENTS

BOT_INTENT_LABELS = {
    "presale": QT_TRANSLATE_NOOP("ScenarioForm", "Answer quality, pre-sale"),
    "logistics": QT_TRANSLATE_NOOP("ScenarioForm", "Answer quality, logistics"),
    "aftersale": QT_TRANSLATE_NOOP("ScenarioForm", "Answer quality, after-sale"),
    "complaint": QT_TRANSLATE_NOOP("ScenarioForm", "Answer quality, complaints"),
}


def bot_tab() -> FormTab:
    tab = FormTab()
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "AI bot"))
    tab.row(
        form, QT_TRANSLATE_NOOP("ScenarioForm", "Bot answers first"), CheckBinding("bot.enabled")
    )
    for intent in INTENTS:
        tab.row(
            form,
            BOT_INTENT_LABELS[intent],
            NumberBinding(f"bot.answer_quality.{intent}", 2, 0.05),
            QT_TRANSLATE_NOOP(
                "ScenarioForm",
                "Chance the bot answers a question of this kind well (0-1); it resolves fewer:"
                " sensitive words, requests for a human and anger hand the chat over first",
            ),
        )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Greeting by entry point"),
        CheckBinding("bot.entry_point_greeting"),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Greeting pre-sale lift"),
        NumberBinding("bot.greeting_presale_lift", 2, 0.01),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Bot reply time (s)"),
        NumberBinding("bot.reply_delay_s", 1),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Bot cost per session (¥)"),
        NumberBinding("bot.cost_per_session", 2, 0.01),
    )
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "Handoff to a human"), "right")
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "After failed answers"),
        IntBinding("handoff.max_failed_answers"),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Sensitive keywords"),
        TextBinding("handoff.keywords", lambda v: " ".join(v or ()), parse_words),
        QT_TRANSLATE_NOOP("ScenarioForm", "Words that hand over at once, separated by spaces"),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Honour requests for a human"),
        CheckBinding("handoff.on_request"),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Anger threshold (0-100)"),
        TextBinding("handoff.on_negative_emotion", optional_number_text, parse_optional_number),
        QT_TRANSLATE_NOOP("ScenarioForm", "Hand over at this anger; leave empty to switch off"),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Anger per failed answer"),
        NumberBinding("handoff.anger_per_failed_answer", 1),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Handoff"),
        ChoiceBinding(
            "handoff.context_transfer",
            [
                (True, QT_TRANSLATE_NOOP("ScenarioForm", "Warm (context passed on)")),
                (False, QT_TRANSLATE_NOOP("ScenarioForm", "Cold (customer repeats)")),
            ],
            CONTEXT,
        ),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Warm read time (s)"),
        NumberBinding("handoff.warm_read_s", 1),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Cold extra rounds"),
        IntBinding("handoff.cold_extra_rounds"),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Cold resolution factor"),
        NumberBinding("handoff.cold_resolution_factor", 2, 0.05),
        QT_TRANSLATE_NOOP(
            "ScenarioForm",
            "After a cold handoff the agent's chance to resolve is multiplied by this (0-1]",
        ),
    )
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "What customers need, by intent"), "bottom")
    tab.wide(form, IntentsBinding())
    tab.finish()
    return tab
