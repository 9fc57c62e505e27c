"""Traffic scenario schema: a tree of immutable, validated objects.

Field names follow the scenario-file contract (see ``docs/scenarios.md``). Load files with
:func:`simulator.scenario.loader.load_scenario`; nothing after the loader touches raw dicts.
"""

from __future__ import annotations

import functools
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from simulator.common.diagnostics import did_you_mean, join_hints
from simulator.scenario.distributions import Distribution
from simulator.scenario.numbers import (
    MAX_AGENTS,
    MAX_COUNT_MEAN,
    MAX_DAY_MULTIPLIER,
    MAX_DAYS,
    MAX_FACTOR,
    MAX_MONEY,
    MAX_RUN_SESSIONS,
    MAX_SECONDS,
    MAX_SESSIONS_PER_DAY,
    MAX_STARS,
    MAX_WEIGHT,
    Flag,
    Float,
    Int,
    Probability,
)
from simulator.scenario.proactive import KnowledgeBase, Proactive
from simulator.scenario.shrinkage import on_duty_after_shrinkage

INTENTS: tuple[str, ...] = ("presale", "logistics", "aftersale", "complaint")
IntentName = Literal["presale", "logistics", "aftersale", "complaint"]
SHARE_TOLERANCE = 0.01


def _count_distribution(v: Distribution, what: str) -> Distribution:
    if v.upper > MAX_COUNT_MEAN:
        raise ValueError(f"{what} counts must stay <= {MAX_COUNT_MEAN:g}, got {v.upper:g}")
    return v


@functools.cache
def faker_locales() -> tuple[str, ...]:
    """The locales Faker can make names in (empty when Faker is not installed)."""
    try:
        from faker.config import AVAILABLE_LOCALES
    except ImportError:  # pragma: no cover - faker is a dependency
        return ()
    return tuple(AVAILABLE_LOCALES)


class Model(BaseModel):
    """Base of every scenario object: unknown keys are errors, objects are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


def _check_shares(shares: dict[str, float], what: str) -> None:
    total = sum(shares.values())
    if abs(total - 1.0) > SHARE_TOLERANCE:
        raise ValueError(f"{what} must sum to 1 (±{SHARE_TOLERANCE}), got {total:.3f}")


class Horizon(Model):
    days: Int = Field(default=1, ge=1, le=MAX_DAYS)
    warmup_hours: Float = Field(default=0.0, ge=0, le=MAX_DAYS * 24)


class EntryPoint(Model):
    """Where customers start a chat, and what they ask about from there."""

    share: Probability
    intents: dict[IntentName, Probability]

    @field_validator("intents")
    @classmethod
    def _mix(cls, v: dict[str, float]) -> dict[str, float]:
        _check_shares(v, "the intent mix")
        return v


class Arrivals(Model):
    """Non-homogeneous Poisson arrivals: a daily volume shaped by hour, or a flat rate."""

    sessions_per_day: Float | None = Field(default=None, gt=0, le=MAX_SESSIONS_PER_DAY)
    hourly_profile: tuple[Annotated[Float, Field(le=MAX_WEIGHT)], ...] | None = None
    rate_per_hour: Float | None = Field(default=None, gt=0, le=MAX_SESSIONS_PER_DAY / 24)
    day_multipliers: tuple[Annotated[Float, Field(ge=0, le=MAX_DAY_MULTIPLIER)], ...] = Field(
        default=(), max_length=MAX_DAYS
    )
    entry_points: dict[str, EntryPoint]

    @field_validator("hourly_profile")
    @classmethod
    def _profile(cls, v: tuple[float, ...] | None) -> tuple[float, ...] | None:
        if v is not None:
            if len(v) != 24:
                raise ValueError(f"needs 24 hourly weights (00:00-23:00), got {len(v)}")
            if min(v) < 0 or sum(v) <= 0:
                raise ValueError("weights must be >= 0 with a positive sum")
        return v

    @field_validator("entry_points")
    @classmethod
    def _entries(cls, v: dict[str, EntryPoint]) -> dict[str, EntryPoint]:
        if not v:
            raise ValueError("needs at least one entry point")
        _check_shares({k: e.share for k, e in v.items()}, "entry point shares")
        return v

    @model_validator(mode="after")
    def _one_form(self) -> Arrivals:
        daily = self.sessions_per_day is not None
        if daily == (self.rate_per_hour is not None):
            raise ValueError(
                "give either sessions_per_day (with hourly_profile) or rate_per_hour, not both"
            )
        if daily and self.hourly_profile is None:
            raise ValueError("sessions_per_day needs hourly_profile (24 weights)")
        if not daily and self.hourly_profile is not None:
            raise ValueError("hourly_profile goes with sessions_per_day, not rate_per_hour")
        return self

    def hourly_rates(self) -> tuple[float, ...]:
        """Expected sessions in each hour of an ordinary day (multiplier 1)."""
        if self.rate_per_hour is not None:
            return (self.rate_per_hour,) * 24
        total = sum(self.hourly_profile)  # type: ignore[arg-type]
        return tuple(self.sessions_per_day * w / total for w in self.hourly_profile)  # type: ignore[operator, union-attr]

    def day_multiplier(self, day: int) -> float:
        return self.day_multipliers[day] if day < len(self.day_multipliers) else 1.0


class Conversion(Model):
    """Chance that a chat ends in an order (pre-sale mainly).

    ``p = (base + human_lift * helped_by_human) * exp(-first_wait_s / wait_decay_s)`` for a
    resolved chat; ``lost`` for one that ended unresolved.
    """

    base: Probability
    human_lift: Probability = 0.0
    wait_decay_s: Float = Field(default=600.0, gt=0, le=MAX_SECONDS)
    lost: Probability = 0.0


class RequestHuman(Model):
    """How often a customer types 人工/转人工 to the bot."""

    at_start: Probability = 0.0
    after_failure: Probability = 0.0


class Recontact(Model):
    """Whether and when a customer comes back (a new session) after this one."""

    if_unresolved: Probability = 0.5
    if_resolved: Probability = 0.02
    min_delay_s: Float = Field(default=1800.0, ge=60, le=MAX_SECONDS)
    delay: Distribution = Distribution(dist="exponential", mean_s=12 * 3600)


class Intent(Model):
    """What customers with one kind of question need and how they behave."""

    rounds: Distribution
    human_resolution: Probability = 0.9
    conversion: Conversion | None = None
    sensitive_words: dict[str, Probability] = {}
    request_human: RequestHuman = RequestHuman()
    anger: Distribution = Distribution(dist="uniform", low=0, high=30)
    recontact: Recontact = Recontact()

    @field_validator("rounds")
    @classmethod
    def _rounds(cls, v: Distribution) -> Distribution:
        return _count_distribution(v, "rounds")


class Intents(Model):
    presale: Intent
    logistics: Intent
    aftersale: Intent
    complaint: Intent

    def __getitem__(self, name: str) -> Intent:
        return getattr(self, name)


class Bot(Model):
    """The AI bot that answers first, around the clock.

    ``answer_quality`` is a competence, not a resolved share: per intent, the chance that the
    bot can answer a customer's question well. The share it resolves is lower (keywords,
    requests for a human and anger hand chats over first); the run reports it per intent
    (KPIs ``bot_resolved_<intent>``).
    """

    enabled: Flag = False
    answer_quality: dict[IntentName, Probability] = {}
    entry_point_greeting: Flag = False
    greeting_presale_lift: Probability = 0.08
    reply_delay_s: Float = Field(default=3.0, ge=0, le=MAX_SECONDS)
    cost_per_session: Float = Field(default=0.0, ge=0, le=MAX_MONEY)

    @model_validator(mode="before")
    @classmethod
    def _renamed(cls, data: object) -> object:
        if isinstance(data, dict) and "interception" in data:
            raise ValueError(
                "'interception' is now 'answer_quality' (the bot's answer quality per intent, "
                "not the share it resolves): rename the key"
            )
        return data

    def hit_rate(self, intent: str) -> float:
        p = self.answer_quality.get(intent, 0.0)  # type: ignore[call-overload]
        if intent == "presale" and self.entry_point_greeting:
            p += self.greeting_presale_lift
        return min(p, 1.0)


class Handoff(Model):
    """When the bot hands the chat to a human (转人工), and how well."""

    max_failed_answers: Int = Field(default=3, ge=1, le=50)
    keywords: tuple[str, ...] = ("投诉", "举报", "差评", "退款", "赔偿", "315", "消协")
    on_request: Flag = True
    on_negative_emotion: Float | None = Field(default=80.0, ge=0, le=100)
    anger_per_failed_answer: Float = Field(default=15.0, ge=0, le=100)
    context_transfer: Flag = True
    warm_read_s: Float = Field(default=10.0, ge=0, le=MAX_SECONDS)
    cold_extra_rounds: Int = Field(default=1, ge=0, le=10)
    #: cold: a human's chance to resolve the chat is multiplied by this (a customer made to
    #: repeat himself to an agent without the context is less often resolved)
    cold_resolution_factor: Float = Field(default=0.9, gt=0, le=1)


class Proficiency(Model):
    """One proficiency level of agents: its share and how it changes the work."""

    share: Probability
    reply_time_factor: Float = Field(default=1.0, gt=0, le=MAX_FACTOR)
    resolution_factor: Float = Field(default=1.0, gt=0, le=MAX_FACTOR)
    #: points (1-5 scale) added to the rating of a chat an agent of this level served
    csat_effect: Float = Field(default=0.0, ge=-1, le=1)


class Overload(Model):
    """Quality above a comfortable number of concurrent chats (the seeds: about five).

    Per chat an agent holds above ``threshold``: his work per reply grows by
    ``reply_time_per_chat`` (a share), his chance to resolve falls by ``resolution_per_chat``
    (a share of that chance) and the rating falls by ``csat_per_chat`` points. At or below the
    threshold nothing changes.
    """

    threshold: Int = Field(default=5, ge=1, le=10)
    reply_time_per_chat: Float = Field(default=0.15, ge=0, le=MAX_FACTOR)
    resolution_per_chat: Probability = 0.05
    csat_per_chat: Float = Field(default=0.15, ge=0, le=MAX_STARS)


class SkillGroup(Model):
    """Agents who serve only some intents (e.g. a pre-sale team and an after-sale team)."""

    share: Float = Field(gt=0, le=1)
    intents: tuple[IntentName, ...] = Field(min_length=1)


class Agents(Model):
    """Human agents: headcount, chats per agent, and the work each reply takes."""

    count: Int | None = Field(default=None, ge=0, le=MAX_AGENTS)
    schedule: tuple[Annotated[Int, Field(ge=0, le=MAX_AGENTS)], ...] | None = None
    concurrency: Int = Field(default=3, ge=1, le=10)
    #: Share of paid (scheduled) time not available for chats: breaks, meetings, training,
    #: absence. On duty in an hour = floor(scheduled x (1 - shrinkage)) (see on_duty).
    shrinkage: Float = Field(default=0.0, ge=0, lt=1)
    reply_time: Distribution
    first_reply_time: Distribution | None = None
    proficiency: dict[str, Proficiency] = {}
    groups: dict[str, SkillGroup] = {}
    #: messages an agent sends per reply (greeting, answer, link, follow-up): a count
    #: distribution, rounded, at least 1 (the bot sends one message per reply)
    messages_per_reply: Distribution = Distribution(dist="poisson1", mean=1.5)
    #: an agent who starts a reply while this many other replies wait for him sends it as a
    #: single message, the bare answer (null: never terse)
    terse_backlog: Int | None = Field(default=2, ge=1, le=10)

    @field_validator("messages_per_reply")
    @classmethod
    def _messages(cls, v: Distribution) -> Distribution:
        return _count_distribution(v, "messages_per_reply")

    overload: Overload = Overload()

    @model_validator(mode="after")
    def _headcount(self) -> Agents:
        if (self.count is None) == (self.schedule is None):
            raise ValueError("give either count or schedule (24 hourly headcounts), not both")
        if self.schedule is not None and len(self.schedule) != 24:
            raise ValueError(f"schedule needs 24 hourly headcounts, got {len(self.schedule)}")
        if self.proficiency:
            _check_shares({k: p.share for k, p in self.proficiency.items()}, "proficiency shares")
        if self.groups:
            _check_shares({k: g.share for k, g in self.groups.items()}, "skill group shares")
            served = [i for g in self.groups.values() for i in g.intents]
            missing = [i for i in INTENTS if i not in served]
            twice = sorted({i for i in served if served.count(i) > 1})
            if missing or twice:
                raise ValueError(
                    "skill groups must serve every intent exactly once"
                    + (f"; unserved: {', '.join(missing)}" if missing else "")
                    + (f"; served twice: {', '.join(twice)}" if twice else "")
                )
        return self

    def group_headcounts(self, total: int) -> list[int]:
        """Split a headcount over the skill groups by share (largest remainder)."""
        if not self.groups:
            return [total]
        shares = [g.share for g in self.groups.values()]
        raw = [total * w / sum(shares) for w in shares]
        counts = [int(r) for r in raw]
        by_remainder = sorted(range(len(raw)), key=lambda k: (counts[k] - raw[k], k))
        for k in by_remainder[: total - sum(counts)]:
            counts[k] += 1
        if total >= len(counts):  # every team keeps at least one agent while it can
            for k in range(len(counts)):
                if counts[k] == 0:
                    counts[counts.index(max(counts))] -= 1
                    counts[k] = 1
        return counts

    def scheduled(self, hour_of_day: int) -> int:
        """Agents scheduled (paid) in an hour of the day: ``count`` or ``schedule[hour]``."""
        return self.count if self.schedule is None else self.schedule[hour_of_day]  # type: ignore[return-value, index]

    def on_duty(self, hour_of_day: int) -> int:
        """Agents available for chats in an hour of the day, after shrinkage:
        ``floor(scheduled x (1 - shrinkage))`` (the inverse of the Erlang calculator's
        ``scheduled = ceil(on duty / (1 - shrinkage))``)."""
        return on_duty_after_shrinkage(self.scheduled(hour_of_day), self.shrinkage)

    @property
    def max_on_duty(self) -> int:
        return max(self.on_duty(h) for h in range(24))


class Customers(Model):
    """How customers wait, think and put up with a bot."""

    patience: Distribution | None = None
    think_time: Distribution = Distribution(dist="lognormal", mean_s=30, cv=0.8)
    bot_tolerance: Distribution = Distribution(dist="geometric", mean=3.0)
    vip_share: Probability = 0.05
    locale: str = "zh_CN"

    @field_validator("bot_tolerance")
    @classmethod
    def _tolerance(cls, v: Distribution) -> Distribution:
        return _count_distribution(v, "bot_tolerance")

    @field_validator("locale")
    @classmethod
    def _locale(cls, v: str) -> str:
        known = faker_locales()
        if known and v.replace("-", "_").lower() not in {k.lower() for k in known}:
            hints = join_hints(
                did_you_mean(v, known),
                f"one of Faker's {len(known)} locales such as zh_CN, zh_TW, en_US, ja_JP; "
                "all are listed in docs/input-limits.md",
            )
            raise ValueError(f"not a locale Faker has ({hints})")
        return v


class Satisfaction(Model):
    """The CSAT model (1-5 stars): a base score less penalties, plus noise."""

    base: Float = Field(default=4.7, ge=1, le=5)
    per_minute_first_wait: Float = Field(default=0.15, ge=0, le=MAX_STARS)
    #: points per minute by which the chat's later replies (after the first) took longer, on
    #: average, than ``response_grace_s``
    per_minute_response: Float = Field(default=0.3, ge=0, le=MAX_STARS)
    response_grace_s: Float = Field(default=30.0, ge=0, le=MAX_SECONDS)
    per_failed_bot_answer: Float = Field(default=0.25, ge=0, le=MAX_STARS)
    unresolved: Float = Field(default=1.5, ge=0, le=MAX_STARS)
    cold_handoff: Float = Field(default=0.5, ge=0, le=MAX_STARS)
    abandoned: Float = Field(default=1.0, ge=1, le=5)
    noise_sd: Float = Field(default=0.5, ge=0, le=MAX_STARS)


class Economics(Model):
    """Money: wages, order value and margin, and the one-off cost of the change a scenario
    represents (bot set-up, training), which ROI uses for the payback period."""

    agent_cost_per_hour: Float = Field(default=35.0, ge=0, le=MAX_MONEY)
    average_order_value: Float = Field(default=200.0, ge=0, le=MAX_MONEY)
    vip_order_value_factor: Float = Field(default=1.5, gt=0, le=MAX_FACTOR)
    margin: Probability = 0.3
    one_off_cost: Float = Field(default=0.0, ge=0, le=MAX_MONEY)


class Kpi(Model):
    frt_threshold_s: Float = Field(default=30.0, gt=0, le=MAX_SECONDS)


class Scenario(Model):
    """A whole traffic scenario: demand, bot, handoff policy, agents, customers, money."""

    schema_version: Literal[1] = 1
    name: str = Field(min_length=1, max_length=200)
    description: str = ""
    horizon: Horizon = Horizon()
    arrivals: Arrivals
    intents: Intents
    bot: Bot = Bot()
    handoff: Handoff = Handoff()
    agents: Agents
    customers: Customers = Customers()
    satisfaction: Satisfaction = Satisfaction()
    economics: Economics = Economics()
    kpi: Kpi = Kpi()
    proactive: Proactive = Proactive()
    knowledge_base: KnowledgeBase = KnowledgeBase()

    @model_validator(mode="after")
    def _consistent(self) -> Scenario:
        if self.horizon.warmup_hours >= self.horizon.days * 24:
            raise ValueError("horizon.warmup_hours must be shorter than the horizon")
        if self.expected_sessions > MAX_RUN_SESSIONS:
            raise ValueError(
                f"about {self.expected_sessions:,.0f} first contacts over the "
                f"{self.horizon.days}-day horizon, more than one run takes "
                f"({MAX_RUN_SESSIONS:,}; about 0.5 kB of memory each): shorten horizon.days "
                "or lower arrivals"
            )
        return self

    @property
    def expected_sessions(self) -> float:
        """Expected first contacts over the whole horizon (re-contacts come on top)."""
        daily = sum(self.arrivals.hourly_rates())
        return daily * sum(self.arrivals.day_multiplier(d) for d in range(self.horizon.days))

    @property
    def horizon_s(self) -> float:
        return self.horizon.days * 86400.0
