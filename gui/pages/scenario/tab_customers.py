"""The Customers and money tab: patience and tolerance, satisfaction, economics, targets."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCompleter, QLineEdit

from gui.pages.scenario.fields import NumberBinding, TextBinding, dist_binding
from gui.pages.scenario.form import FormTab
from simulator.scenario.schema import faker_locales


def customers_tab() -> FormTab:
    tab = FormTab()
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "Customers"))
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Patience"),
        dist_binding("customers.patience"),
        QT_TRANSLATE_NOOP("ScenarioForm", "Wait for an agent before leaving; empty = never leaves"),
    )
    tab.row(
        form, QT_TRANSLATE_NOOP("ScenarioForm", "Think time"), dist_binding("customers.think_time")
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Bot tolerance"),
        dist_binding("customers.bot_tolerance"),
        QT_TRANSLATE_NOOP("ScenarioForm", "Failed bot answers a customer puts up with"),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "VIP share"),
        NumberBinding("customers.vip_share", 3, 0.01),
    )
    locale = QLineEdit()
    locale.setCompleter(QCompleter(list(faker_locales())))  # Faker's own list, as it checks
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Names locale"),
        TextBinding("customers.locale", widget=locale),
        QT_TRANSLATE_NOOP(
            "ScenarioForm", "Faker locale of the sample customers' names, e.g. zh_CN, zh_TW, en_US"
        ),
    )
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "Satisfaction (1-5 stars)"))
    for path, label, tip in (
        ("base", QT_TRANSLATE_NOOP("ScenarioForm", "Base score"), ""),
        (
            "per_minute_first_wait",
            QT_TRANSLATE_NOOP("ScenarioForm", "Less per minute of first wait"),
            "",
        ),
        (
            "per_minute_response",
            QT_TRANSLATE_NOOP("ScenarioForm", "Less per minute of slow replies"),
            QT_TRANSLATE_NOOP(
                "ScenarioForm",
                "Per minute the later replies took on average beyond the grace time",
            ),
        ),
        (
            "response_grace_s",
            QT_TRANSLATE_NOOP("ScenarioForm", "Reply grace time (s)"),
            QT_TRANSLATE_NOOP(
                "ScenarioForm", "Later replies within this time on average cost no points"
            ),
        ),
        (
            "per_failed_bot_answer",
            QT_TRANSLATE_NOOP("ScenarioForm", "Less per failed bot answer"),
            "",
        ),
        ("unresolved", QT_TRANSLATE_NOOP("ScenarioForm", "Less when unresolved"), ""),
        ("cold_handoff", QT_TRANSLATE_NOOP("ScenarioForm", "Less after a cold handoff"), ""),
        ("abandoned", QT_TRANSLATE_NOOP("ScenarioForm", "Score when abandoned"), ""),
        ("noise_sd", QT_TRANSLATE_NOOP("ScenarioForm", "Noise (standard deviation)"), ""),
    ):
        seconds = path.endswith("_s")
        binding = NumberBinding(f"satisfaction.{path}", 0 if seconds else 2, 5 if seconds else 0.05)
        tab.row(form, label, binding, tip)
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "Economics"), "right")
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Agent cost per hour (¥)"),
        NumberBinding("economics.agent_cost_per_hour", 2),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Average order value (¥)"),
        NumberBinding("economics.average_order_value", 2),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "VIP order value factor"),
        NumberBinding("economics.vip_order_value_factor", 2, 0.1),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Margin"),
        NumberBinding("economics.margin", 2, 0.01),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "One-off cost (¥)"),
        NumberBinding("economics.one_off_cost", 0, 1000),
    )
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "Targets"), "right")
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "First response within (s)"),
        NumberBinding("kpi.frt_threshold_s", 0),
        QT_TRANSLATE_NOOP("ScenarioForm", "Threshold of the first-response SLA"),
    )
    tab.finish()
    return tab
