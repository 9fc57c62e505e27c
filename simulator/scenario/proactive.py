"""Scenario sections for what a shop does beyond answering: proactive service (主动服务) and the
knowledge-base snowball. Every option is off by default, so a scenario without these sections
runs exactly as before. Assumptions and defaults: ``docs/scenarios.md``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from simulator.scenario.numbers import MAX_MONEY, MAX_SESSIONS_PER_DAY, Flag, Float, Probability

IntentName = Literal["presale", "logistics", "aftersale", "complaint"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class DelayNotices(_Model):
    """Tell customers of a parcel stuck more than 48 h before they ask."""

    enabled: Flag = False
    #: share of first contacts of each intent that are about a parcel late by more than 48 h
    late_share: dict[IntentName, Probability] = {"logistics": 0.30, "complaint": 0.30}
    #: share of those contacts a notice makes unnecessary (the customer no longer writes)
    prevented: Probability = 0.7
    #: share of customers with a late parcel who would write to the shop unprompted; a notice
    #: goes to every late parcel, so notices sent = late contacts / asking_share
    asking_share: Float = Field(default=0.4, gt=0, le=1)
    cost_per_notice: Float = Field(default=0.05, ge=0, le=MAX_MONEY)


class Invitations(_Model):
    """An agent invites a hesitating shopper (long dwell, re-reading reviews) to chat."""

    enabled: Flag = False
    #: invitations sent on an ordinary day, spread over the hours like the arrivals
    per_day: Float = Field(default=500.0, ge=0, le=MAX_SESSIONS_PER_DAY)
    #: share of invitations the shopper answers, each one a pre-sale chat served by an agent
    accept_rate: Probability = 0.3
    #: added to an invited chat's chance of an order (on top of the pre-sale conversion model)
    conversion_lift: Probability = 0.10
    cost_per_invitation: Float = Field(default=0.0, ge=0, le=MAX_MONEY)


class UnpaidFollowUp(_Model):
    """Follow up orders placed but not paid (催付): part of them is paid after a reminder."""

    enabled: Flag = False
    #: share of followed-up unpaid orders that are then paid
    recovered: Probability = 0.3
    #: money per unpaid order followed up (an agent's templated message or a paid SMS)
    cost_per_follow_up: Float = Field(default=0.5, ge=0, le=MAX_MONEY)


class Proactive(_Model):
    """Proactive service: delay notices, invitations, and the ordered-but-unpaid stage."""

    delay_notices: DelayNotices = DelayNotices()
    invitations: Invitations = Invitations()
    #: chance that an order is paid without a reminder; 1 (default) turns the unpaid stage off
    pay_rate: Probability = 1.0
    unpaid_follow_up: UnpaidFollowUp = UnpaidFollowUp()

    @property
    def payment_stage(self) -> bool:
        """Whether some orders stay unpaid (and the run draws who pays)."""
        return self.pay_rate < 1.0


class KnowledgeBase(_Model):
    """The knowledge-base snowball: answers from handed-off chats become entries the bot uses.

    The bot's answer quality for an intent, after ``K`` handed-off chats of that intent that an
    agent resolved, is ``ceiling - (ceiling - q0) * 0.5 ** (capture * K / half_gap_entries)``
    (``q0``: the scenario's quality; never lowered). It is updated once a day.
    """

    snowball: Flag = False
    #: share of human-resolved handed-off chats whose answer an agent adds as an entry
    capture: Probability = 0.05
    #: best answer quality entries can bring an intent to (some questions need a person)
    ceiling: Probability = 0.85
    #: entries of an intent that halve the gap between its quality and the ceiling
    half_gap_entries: Float = Field(default=500.0, gt=0, le=1e9)
    #: intents whose answers go into the knowledge base (complaints need a person: not default)
    intents: tuple[IntentName, ...] = ("presale", "logistics", "aftersale")
