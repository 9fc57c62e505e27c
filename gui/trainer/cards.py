"""The briefing cards: the customer, the order, the trainee's authority and the rubric.

Each card is a :class:`QGroupBox` with one word-wrapped rich-text label, rebuilt from the
script on :meth:`show_script` and on a language change (labels follow the interface language,
the script's own words stay in the script's language).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from gui.app import current_language
from simulator.roleplay.handoff import HandoffContext
from simulator.roleplay.names import dimension_name, order_fact_name
from simulator.roleplay.scoring import DEFAULT_WEIGHTS, PASS_MARK
from simulator.roleplay.script import Script

__all__ = [
    "AuthorityCard",
    "CustomerCard",
    "HandoffCard",
    "OrderCard",
    "RubricCard",
    "rubric_weights",
]


def rubric_weights(script: Script) -> dict[str, float]:
    """Points per rubric dimension for ``script`` (its own weights, else its structure's)."""
    return dict(script.scoring.weights or DEFAULT_WEIGHTS[script.structure])


def _money(value: float) -> str:
    return f"¥{value:,.0f}"


def _rows(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='color:#5b6270; padding-right:10px'>{escape(k)}</td><td>{v}</td></tr>"
        for k, v in rows
    )
    return f"<table cellspacing='0' cellpadding='2'>{cells}</table>"


class _Card(QGroupBox):
    """A titled box with one rich-text label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.script: Script | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(self.label)

    def show_script(self, script: Script | None) -> None:
        self.script = script
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.title_text())
        self.label.setText(self.body() if self.script is not None else "")

    def title_text(self) -> str:  # pragma: no cover - overridden
        return ""

    def body(self) -> str:  # pragma: no cover - overridden
        return ""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CustomerCard(_Card):
    """Who the customer is and what happened."""

    def title_text(self) -> str:
        return self.tr("The customer")

    def body(self) -> str:
        p = self.script.persona
        rows = [(self.tr("Name"), escape(p.name)), (self.tr("Member level"), escape(p.vip_tier))]
        if p.traits:
            rows.append((self.tr("Manner"), escape("、".join(p.traits))))
        html = _rows(rows)
        # the customer's own story; the script's description is an author's note that often
        # names the approach, so a trainee (in an exam above all) never sees it here
        story = p.background
        if story:
            head = self.tr("What happened")
            html += f"<p><b>{escape(head)}</b><br>{escape(story)}</p>"
        return html


class OrderCard(_Card):
    """The order the conversation is about."""

    def title_text(self) -> str:
        return self.tr("The order")

    def body(self) -> str:
        order = self.script.persona.order
        if order is None:
            return escape(self.tr("No order: the customer has not bought yet."))
        lang = current_language()
        rows = [(self.tr("Item"), escape(order.item)), (self.tr("Price"), _money(order.price_yuan))]
        for fact in ("order_id", "order_date", "promised_date", "days_late", "status"):
            value = getattr(order, fact)
            if value is not None:
                rows.append((order_fact_name(fact, lang), escape(str(value))))
        rows += [(escape(order_fact_name(k, lang)), escape(str(v))) for k, v in order.facts.items()]
        return _rows(rows)


class AuthorityCard(_Card):
    """What the trainee may grant on the spot and what needs a supervisor."""

    def title_text(self) -> str:
        return self.tr("Your authority")

    def body(self) -> str:
        a = self.script.authority
        refund = (
            self.tr("a full refund of the order is allowed")
            if a.full_refund_allowed
            else self.tr("no full refund of the order")
        )
        rows = [
            (self.tr("Coupon up to"), _money(a.max_coupon_yuan)),
            (self.tr("Cash refund up to"), _money(a.max_refund_yuan)),
            (self.tr("Order refund"), escape(refund)),
        ]
        html = _rows(rows)
        html += "<p>" + escape(self.tr("Anything above this: escalate to a supervisor.")) + "</p>"
        if a.forbidden:
            items = "".join(f"<li>{escape(f.reason)}</li>" for f in a.forbidden)
            never = self.tr("Never")
            html += f"<b>{escape(never)}</b><ul style='margin:2px'>{items}</ul>"
        return html


class RubricCard(_Card):
    """The rubric up front: dimensions and weights, the pass mark and what blocks a pass."""

    def title_text(self) -> str:
        return self.tr("How you are scored")

    def body(self) -> str:
        lang = current_language()
        weights = rubric_weights(self.script)
        rows = [
            (dimension_name(d, lang), escape(self.tr("{points:g} points").format(points=w)))
            for d, w in weights.items()
            if w > 0
        ]
        html = _rows(rows)
        html += "<p>" + escape(self.tr("Pass mark: {mark} of 100.").format(mark=PASS_MARK))
        html += "<br>" + escape(
            self.tr(
                "A compliance violation (a promise above your authority or a forbidden "
                "promise) blocks a pass whatever the points."
            )
        )
        t = self.script.timing
        html += "<br>" + escape(
            self.tr("Reply within {first:g} s at first, then within {later:g} s.").format(
                first=t.first_reply_s, later=t.reply_s
            )
        )
        return html + "</p>"


class HandoffCard(QGroupBox):
    """What the bot collected before a warm handoff (hidden for any other chat)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: HandoffContext | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(self.label)
        self.setStyleSheet("QGroupBox { background: #eef3fa; }")
        self.hide()

    def show_context(self, context: HandoffContext | None) -> None:
        self.context = context
        self.setVisible(context is not None)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What the bot collected"))
        if self.context is not None:
            self.label.setText(
                _rows([(p.label, escape(str(p.value))) for p in self.context.profile])
            )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
