"""The assumptions behind each scenario, in words a shop owner reads: demand, bot, handoff
policy, agents, customers and money. Cells that differ from the baseline are marked."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from simulator.common.names import entry_mix_text
from simulator.metrics.fields import INTENT_LABELS
from simulator.report.document import Cell, Table
from simulator.report.words import money, seconds, w
from simulator.scenario.schema import INTENTS, Scenario


def _days(sc: Scenario) -> range:
    return range(sc.horizon.days)


def first_contacts_per_day(sc: Scenario) -> float:
    """Expected first-contact sessions per day over the horizon (day multipliers included)."""
    base = sum(sc.arrivals.hourly_rates())
    days = _days(sc)
    return base * sum(sc.arrivals.day_multiplier(d) for d in days) / len(days)


def _volume(sc: Scenario, lang: str) -> str:
    per_day = first_contacts_per_day(sc)
    text = f"{per_day:,.0f}"
    mults = [sc.arrivals.day_multiplier(d) for d in _days(sc)]
    if len(set(mults)) > 1:
        text += "\n" + " / ".join(f"x{m:g}" for m in mults)
    return text


def _peak(sc: Scenario, lang: str) -> str:
    rates = sc.arrivals.hourly_rates()
    hour = max(range(24), key=lambda h: rates[h])
    if max(rates) - min(rates) < 1e-9:
        return {"en": "flat", "zh": "全天均匀"}[lang] + f" ({rates[0]:,.0f}/h)"
    return f"{hour:02d}:00 ({rates[hour]:,.0f}/h)"


def _entries(sc: Scenario, lang: str) -> str:
    """The entry points by name in ``lang`` with their shares (``爆款商品页 35%、...``)."""
    return entry_mix_text(sc.arrivals.entry_points, lang)


def intent_mix(sc: Scenario) -> dict[str, float]:
    """Share of first contacts per intent, over the entry points."""
    mix = dict.fromkeys(INTENTS, 0.0)
    for entry in sc.arrivals.entry_points.values():
        for intent, p in entry.intents.items():
            mix[intent] += entry.share * p
    return mix


def _intent_name(intent: str, lang: str) -> str:
    return INTENT_LABELS[intent][0 if lang == "zh" else 1]


def _intents(sc: Scenario, lang: str) -> str:
    return ", ".join(f"{_intent_name(i, lang)} {p:.0%}" for i, p in intent_mix(sc).items() if p > 0)


def _bot(sc: Scenario, lang: str) -> str:
    if not sc.bot.enabled:
        return w("bot_off", lang)
    rates = ", ".join(f"{_intent_name(i, lang)} {sc.bot.hit_rate(i):.0%}" for i in INTENTS)
    text = w("bot_on", lang, rates=rates)
    if sc.bot.entry_point_greeting:
        text += w("greeting", lang)
    return text


def _bot_cost(sc: Scenario, lang: str) -> str:
    return money(sc.bot.cost_per_session, lang) if sc.bot.enabled else "–"


def _handoff(sc: Scenario, lang: str) -> str:
    h = sc.handoff
    if not sc.bot.enabled:
        return "–"
    return w(
        "handoff_rule",
        lang,
        n=h.max_failed_answers,
        k=len(h.keywords),
        req=w("on_request", lang) if h.on_request else "",
        emo=w("on_emotion", lang, v=h.on_negative_emotion)
        if h.on_negative_emotion is not None
        else "",
    )


def _context(sc: Scenario, lang: str) -> str:
    if not sc.bot.enabled:
        return "–"
    return w("warm", lang) if sc.handoff.context_transfer else w("cold", lang)


def _agents(sc: Scenario, lang: str) -> str:
    a = sc.agents
    hours = sum(a.on_duty(h) for h in range(24))
    if a.schedule is None:
        head = w("agents_count", lang, n=a.count)
    else:
        head = w("agents_schedule", lang, lo=min(a.schedule), hi=max(a.schedule))
    return head + "\n" + w("agent_hours_day", lang, h=hours)


def _patience(sc: Scenario, lang: str) -> str:
    p = sc.customers.patience
    return w("unlimited", lang) if p is None else w("mean_s", lang, v=p.center)


def _proactive(sc: Scenario, lang: str) -> str:
    p = sc.proactive
    parts = []
    if p.delay_notices.enabled:
        parts.append(w("p_notices", lang))
    if p.invitations.enabled:
        parts.append(w("p_invitations", lang, n=p.invitations.per_day))
    if p.payment_stage:
        parts.append(w("p_paid", lang, p=f"{p.pay_rate:.0%}"))
        if p.unpaid_follow_up.enabled:
            parts.append(w("p_follow_up", lang, p=f"{p.unpaid_follow_up.recovered:.0%}"))
    return "\n".join(parts) or "–"


def _knowledge_base(sc: Scenario, lang: str) -> str:
    kb = sc.knowledge_base
    if not kb.snowball:
        return "–"
    return w("kb_snowball", lang, c=f"{kb.capture:.0%}", q=f"{kb.ceiling:.0%}")


def _source(path: str) -> Callable[[Scenario, str], str]:
    return lambda _sc, _lang: Path(path).name if path else "–"


ROWS: tuple[tuple[str, Callable[[Scenario, str], str]], ...] = (
    (
        "a_horizon",
        lambda sc, lang: w("days_warmup", lang, d=sc.horizon.days, w=sc.horizon.warmup_hours),
    ),
    ("a_volume", _volume),
    ("a_peak", _peak),
    ("a_entries", _entries),
    ("a_intents", _intents),
    ("a_bot", _bot),
    ("a_bot_cost", _bot_cost),
    ("a_handoff", _handoff),
    ("a_context", _context),
    ("a_agents", _agents),
    ("a_concurrency", lambda sc, lang: str(sc.agents.concurrency)),
    ("a_reply", lambda sc, lang: w("mean_s", lang, v=sc.agents.reply_time.center)),
    ("a_patience", _patience),
    ("a_wage", lambda sc, lang: money(sc.economics.agent_cost_per_hour, lang)),
    (
        "a_aov",
        lambda sc, lang: (
            f"{money(sc.economics.average_order_value, lang)} ({sc.economics.margin:.0%})"
        ),
    ),
    ("a_one_off", lambda sc, lang: money(sc.economics.one_off_cost, lang)),
    ("a_threshold", lambda sc, lang: seconds(sc.kpi.frt_threshold_s, lang)),
    ("a_proactive", _proactive),
    ("a_kb", _knowledge_base),
)


def assumptions_table(
    scenarios: Sequence[Scenario], names: Sequence[str], sources: Sequence[str], lang: str
) -> Table:
    """Rows of assumptions, one column per scenario; cells unlike the baseline's are marked."""
    rows = []
    getters = [("a_source", None), *ROWS]
    for key, get in getters:
        texts = [
            (_source(src) if get is None else get)(sc, lang)
            for sc, src in zip(scenarios, sources, strict=True)
        ]
        cells = [Cell(w(key, lang))]
        for i, text in enumerate(texts):
            changed = i > 0 and key != "a_source" and text != texts[0]
            cells.append(Cell(text, style="changed" if changed else ""))
        rows.append(cells)
    header = [w("assumption", lang), *names]
    return Table(header, rows, note=w("changed_note", lang) if len(names) > 1 else "")
