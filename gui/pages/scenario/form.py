"""The scenario form: tabs of labelled groups, laid out as the scenario file is."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.pages.scenario.fields import (
    Binding,
    CheckBinding,
    ChoiceBinding,
    IntBinding,
    NumberBinding,
    TextBinding,
    dist_binding,
    parse_optional_number,
    parse_words,
)
from gui.pages.scenario.tables import (
    EntryPointsBinding,
    GroupsBinding,
    IntentsBinding,
    ProfileBinding,
    ScheduleBinding,
)
from simulator.scenario.schema import INTENTS

CONTEXT = "ScenarioForm"


BOT_INTENT_LABELS = {
    "presale": QT_TRANSLATE_NOOP("ScenarioForm", "Answer quality, pre-sale"),
    "logistics": QT_TRANSLATE_NOOP("ScenarioForm", "Answer quality, logistics"),
    "aftersale": QT_TRANSLATE_NOOP("ScenarioForm", "Answer quality, after-sale"),
    "complaint": QT_TRANSLATE_NOOP("ScenarioForm", "Answer quality, complaints"),
}


def _optional_number_text(value: object) -> str:
    return "" if value is None else f"{value:g}"


def _numbers_text(values: object) -> str:
    return " ".join(f"{v:g}" for v in values or ())


def _parse_numbers(text: str) -> list[float]:
    return [float(w) for w in parse_words(text)]


class FormTab(QScrollArea):
    """A scrolling tab of groups; remembers every label's source text to re-translate it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        outer = QVBoxLayout(body)
        self.top = QVBoxLayout()
        self.columns = QHBoxLayout()
        self.left = QVBoxLayout()
        self.right = QVBoxLayout()
        self.columns.addLayout(self.left, 1)
        self.columns.addLayout(self.right, 1)
        self.bottom = QVBoxLayout()
        outer.addLayout(self.top)
        outer.addLayout(self.columns)
        outer.addLayout(self.bottom)
        outer.addStretch(1)
        self.setWidget(body)
        self.bindings: list[Binding] = []
        self.texts: list[tuple[object, str]] = []  # (widget with setText/setTitle, source)

    def group(self, title: str, column: str = "left") -> QFormLayout:
        box = QGroupBox()
        self.texts.append((box, title))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        places = {"top": self.top, "left": self.left, "right": self.right, "bottom": self.bottom}
        places[column].addWidget(box)
        return form

    def row(self, form: QFormLayout, label: str, binding: Binding, tip: str = "") -> Binding:
        text = QLabel()
        text.setBuddy(binding.widget)
        self.texts.append((text, label))
        if tip:
            self.texts.append((binding, tip))
        form.addRow(text, binding.widget)
        self.bindings.append(binding)
        binding.label_source = label
        return binding

    def wide(self, form: QFormLayout, binding: Binding) -> Binding:
        form.addRow(binding.widget)
        box = form.parentWidget()
        binding.label_source = next(src for target, src in self.texts if target is box)
        self.bindings.append(binding)
        return binding

    def finish(self) -> None:
        self.left.addStretch(1)
        self.right.addStretch(1)

    def retranslate(self) -> None:
        for target, source in self.texts:
            text = QCoreApplication.translate(CONTEXT, source)
            if isinstance(target, QGroupBox):
                target.setTitle(text)
            elif isinstance(target, Binding):
                target.base_tooltip = text
                if not target.error:
                    target.widget.setToolTip(text)
            else:
                target.setText(text)
        for binding in self.bindings:
            if hasattr(binding, "retranslate"):
                binding.retranslate()


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
        TextBinding("arrivals.sessions_per_day", _optional_number_text, parse_optional_number),
        QT_TRANSLATE_NOOP("ScenarioForm", "Expected first contacts per ordinary day"),
    )
    tab.row(
        form,
        QT_TRANSLATE_NOOP("ScenarioForm", "Or flat rate per hour"),
        TextBinding("arrivals.rate_per_hour", _optional_number_text, parse_optional_number),
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
        TextBinding("arrivals.day_multipliers", _numbers_text, _parse_numbers),
        QT_TRANSLATE_NOOP(
            "ScenarioForm", "Factor per day, e.g. 1 1 5 for a promo on day 3; missing days are 1"
        ),
    )
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "Entry points and intent mix"), "right")
    tab.wide(form, EntryPointsBinding())
    tab.finish()
    return tab


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
        TextBinding("handoff.on_negative_emotion", _optional_number_text, parse_optional_number),
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
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "What customers need, by intent"), "bottom")
    tab.wide(form, IntentsBinding())
    tab.finish()
    return tab


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
    form = tab.group(QT_TRANSLATE_NOOP("ScenarioForm", "Satisfaction (1-5 stars)"))
    for path, label in (
        ("base", QT_TRANSLATE_NOOP("ScenarioForm", "Base score")),
        (
            "per_minute_first_wait",
            QT_TRANSLATE_NOOP("ScenarioForm", "Less per minute of first wait"),
        ),
        ("per_failed_bot_answer", QT_TRANSLATE_NOOP("ScenarioForm", "Less per failed bot answer")),
        ("unresolved", QT_TRANSLATE_NOOP("ScenarioForm", "Less when unresolved")),
        ("cold_handoff", QT_TRANSLATE_NOOP("ScenarioForm", "Less after a cold handoff")),
        ("abandoned", QT_TRANSLATE_NOOP("ScenarioForm", "Score when abandoned")),
        ("noise_sd", QT_TRANSLATE_NOOP("ScenarioForm", "Noise (standard deviation)")),
    ):
        tab.row(form, label, NumberBinding(f"satisfaction.{path}", 2, 0.05))
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
