"""Reading values in a reply: when a follow-up is promised, and money sent outside the platform.

Times are read from the lexicon's ``times`` and ``durations`` sections (data, compiled once at
lexicon load): clock times (下午三点前, 8pm), days (明天, tonight), weekdays (周五, next Monday)
and durations (48小时内, in two hours). Words of one time that stand together ("明天下午4点",
"by 8pm tonight") are read as one time. Hours count from :data:`NOW` (Monday 10:00, the
labelling convention of the reply corpus): 下午3点 = 5, 今晚8点 = 10, 明天上午10点 = 24,
周五 = 96. A day named without a clock time is 24 hours per day ahead (明天 = 24, 后天 = 48),
today without a clock time (今天, 下班前, end of day) is 12 and tonight (今晚) is 20:00, 10. A part
of the day or a word of no day of its own (当天, 下班前, EOD) takes the day of the time before it
("明天上午取件,下午我再跟您确认": tomorrow afternoon, 24); a recurring time (每天中午12点) is its
next time to come (2); a bare hour before 8 with no am/pm is in the afternoon ("by 5 tomorrow").

Payment channels (lexicon ``payments``) name how money would reach the customer outside the
platform (支付宝, 微信, bank transfer, PayPal, cash in hand, 私下): a compliance breach.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from simulator.roleplay.textnorm import read_number

__all__ = ["NOW", "CompiledPayments", "CompiledTimes", "compile_payments", "compile_times"]

#: The moment hours are counted from: (ISO weekday, hour of the day): Monday 10:00.
NOW = (1, 10.0)

_PM_PARTS = ("afternoon", "evening")
#: The hour "tonight" without a clock time means (the corpus convention: 今晚 = 10 h from NOW).
_EVENING = 20.0
#: A bare hour below this (no am/pm, no part of the day) is in the afternoon: "by 5 tomorrow".
_FIRST_MORNING_HOUR = 8
#: Parts of the day still ahead at NOW's hour: a recurring time in them comes today.
_PARTS_AHEAD = ("noon", "afternoon", "evening")
_UNNAMED = re.compile(r"\(\?P<\w+>")


@dataclass(frozen=True)
class _Word:
    regex: re.Pattern[str]
    days: int | None
    part: str | None
    every: bool = False


@dataclass(frozen=True)
class CompiledTimes:
    """A lexicon's time words, compiled."""

    clocks: tuple[tuple[re.Pattern[str], bool], ...]  # (pattern, counts when alone)
    words: tuple[_Word, ...]  # days and parts of the day
    weekdays: re.Pattern[str] | None
    weekday_names: dict[str, int]
    durations: tuple[tuple[re.Pattern[str], float], ...]
    joiner: re.Pattern[str]
    past_before: re.Pattern[str] | None
    past_after: re.Pattern[str] | None
    number_words: dict[str, float]
    latest: re.Pattern[str] | None = None  # before a time: the latest bound (最迟明天)


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    kind: str  # clock, word, weekday, duration
    hours: float | None = None  # duration: its length; clock: the hour of the day
    ap: str | None = None  # clock: am / pm when written
    days: int | None = None
    part: str | None = None
    alone: bool = True  # clock: counts without a day or part word next to it
    next_week: bool = False
    every: bool = False  # word: a recurring time (每天)


def _joined(patterns: Iterable[str]) -> re.Pattern[str] | None:
    parts = [f"(?:{p})" for p in patterns]
    return re.compile("|".join(parts)) if parts else None


def compile_times(times, durations, number_words: dict[str, float], expand: Callable[[str], str]):
    """Compile a lexicon's ``times`` section and ``durations`` (schema objects, see lexicon.py)."""
    names = {k: v for k, v in (times.weekdays.names.items() if times.weekdays else ())}
    return CompiledTimes(
        clocks=tuple((re.compile(expand(c.pattern)), c.alone) for c in times.clock),
        words=tuple(
            _Word(re.compile(expand(w.pattern)), w.days, w.part, w.every)
            for w in times.days + times.parts
        ),
        weekdays=re.compile(expand(times.weekdays.pattern)) if times.weekdays else None,
        weekday_names=names,
        durations=tuple((re.compile(expand(d.pattern)), d.hours) for d in durations),
        joiner=re.compile(times.joiner),
        past_before=_joined(f"(?:{p})$" for p in times.past_before),
        past_after=_joined(f"^(?:{p})" for p in times.past_after),
        number_words=number_words,
        latest=_joined(f"(?:{p})$" for p in times.latest),
    )


def time_alternation(times, durations, expand: Callable[[str], str]) -> str:
    """One regex (no named groups) for any time expression: ``{TIME}`` in lexicon patterns."""
    pats = [c.pattern for c in times.clock] + [w.pattern for w in times.days + times.parts]
    pats += [times.weekdays.pattern] if times.weekdays else []
    pats += [d.pattern for d in durations]
    if not pats:
        return "(?!)"
    atom = "(?:" + "|".join(f"(?:{_UNNAMED.sub('(?:', expand(p))})" for p in pats) + ")"
    return f"{atom}(?:(?:{times.joiner}){atom}){{0,3}}"


def _number(token: str | None, words: dict[str, float]) -> float | None:
    if token is None:
        return None
    token = token.strip()
    return words[token] if token in words else read_number(token)


def _group(m: re.Match[str], name: str) -> str | None:
    return m.group(name) if name in m.re.groupindex else None


def _atoms(text: str, t: CompiledTimes, start: int, end: int) -> list[_Atom]:
    found: list[_Atom] = []
    for regex, alone in t.clocks:
        for m in regex.finditer(text, start, end):
            h = _number(_group(m, "h") or _group(m, "n"), t.number_words)
            if h is None or h > 24:
                continue
            minutes = _number(_group(m, "m"), t.number_words) or 0.0
            h += 0.5 if _group(m, "half") else min(minutes, 59) / 60
            ap = _group(m, "ap")
            ap = None if not ap else ("pm" if ap.startswith("p") else "am")
            found.append(_Atom(m.start(), m.end(), "clock", h, ap, alone=alone))
    for w in t.words:
        for m in w.regex.finditer(text, start, end):
            found.append(_Atom(m.start(), m.end(), "word", days=w.days, part=w.part, every=w.every))
    if t.weekdays is not None:
        for m in t.weekdays.finditer(text, start, end):
            wd = t.weekday_names.get(m.group("wd"))
            if wd is not None:
                nxt = bool(_group(m, "next"))
                found.append(_Atom(m.start(), m.end(), "weekday", days=wd, next_week=nxt))
    for regex, per in t.durations:
        for m in regex.finditer(text, start, end):
            n = _number(_group(m, "n"), t.number_words) if "n" in regex.groupindex else 1.0
            if n is not None and _group(m, "half"):
                n += 0.5  # 一个半小时
            if n is not None and n > 0:
                found.append(_Atom(m.start(), m.end(), "duration", n * per))
    # longest first; an atom overlapping a kept one is dropped (a clock that counts alone wins)
    found.sort(key=lambda a: (-(a.end - a.start), not a.alone, a.start))
    kept: list[_Atom] = []
    for a in found:
        if a.end > a.start and not any(a.start < k.end and k.start < a.end for k in kept):
            kept.append(a)
    return sorted((a for a in kept if not _is_past(text, a, t)), key=lambda a: a.start)


def _is_past(text: str, a: _Atom, t: CompiledTimes) -> bool:
    if t.past_before is not None and t.past_before.search(text[max(0, a.start - 8) : a.start]):
        return True
    if a.kind == "duration" and t.past_after is not None:
        return t.past_after.search(text[a.end : a.end + 6]) is not None
    return False


def _groups(text: str, atoms: list[_Atom], t: CompiledTimes) -> list[list[_Atom]]:
    groups: list[list[_Atom]] = []
    for a in atoms:
        last = groups[-1] if groups else None
        if (
            last is not None
            and a.kind != "duration"
            and all(b.kind != "duration" for b in last)
            and t.joiner.fullmatch(text[last[-1].end : a.start])
            and not _clash(last, a)
        ):
            last.append(a)
        else:
            groups.append([a])
    return groups


def _clash(group: list[_Atom], a: _Atom) -> bool:
    """Two clock times, two days or two parts of the day make two times, not one."""
    for b in group:
        if a.kind == "clock" and b.kind == "clock":
            return True
        if a.kind in ("word", "weekday") and b.kind in ("word", "weekday"):
            if a.days is not None and b.days is not None:
                return True
            if a.part is not None and b.part is not None:
                return True
    return False


def _day_of(group: list[_Atom], now_wd: int) -> int | None:
    """The day a group names, in days from today (a weekday counted forward); None: no day."""
    day = next((a.days for a in group if a.kind == "word" and a.days is not None), None)
    wd = next((a for a in group if a.kind == "weekday"), None)
    if wd is not None and wd.days is not None:
        day = 7 + wd.days - now_wd if wd.next_week else (wd.days - now_wd) % 7 or 7
    return day


def is_latest(text: str, start: int, t: CompiledTimes) -> bool:
    """The time at ``start`` is named as the latest bound of a promise ("最迟明天", "by tomorrow
    at the latest": an earlier time of the same promise is the one promised)."""
    return t.latest is not None and t.latest.search(text[max(0, start - 8) : start]) is not None


def _hours(group: list[_Atom], now: tuple[int, float], carried: int | None = None) -> float | None:
    """Hours from ``now`` to a group's time; ``carried``: the day of the time before it in the
    sentence, taken by a part of the day or a word of no day of its own."""
    now_wd, now_h = now
    if group[0].kind == "duration":
        return group[0].hours
    clock = next((a for a in group if a.kind == "clock"), None)
    if clock is not None and not clock.alone and len(group) == 1:
        return None  # "两点" alone may be "two points"; "两点前" or "下午两点" is a time
    part = next((a.part for a in group if a.part is not None), None)
    day = _day_of(group, now_wd)
    if any(a.every for a in group):  # the next time to come: today if still ahead
        today = _at(0, clock, part, now_h) if clock or part in _PARTS_AHEAD else None
        return today if today is not None else _at(day or 1, clock, part, now_h)
    if day is None and any(a.kind == "word" for a in group):
        day = carried  # (the caller carries a day only to where it belongs, see read_times)
    return _at(day or 0, clock, part, now_h)


def _at(day: int, clock: _Atom | None, part: str | None, now_h: float) -> float | None:
    if clock is None:
        if part == "noon":
            hour = 12.0
        elif part == "evening" and not day:
            hour = _EVENING  # "今晚", "tonight": 20:00
        else:
            return 24.0 * day if day else 12.0
    else:
        hour = clock.hours or 0.0
        if clock.ap == "pm" and hour < 12:
            hour += 12
        elif clock.ap == "am" and hour >= 12:
            hour -= 12
        elif clock.ap is None and hour < 12:
            if part in _PM_PARTS or (part == "noon" and hour < 6):
                hour += 12
            elif part is None and (hour < _FIRST_MORNING_HOUR or (day == 0 and hour <= now_h)):
                hour += 12  # "3点前" said at 10:00 is 15:00; "by 5 tomorrow" is 17:00
    hours = 24.0 * day + hour - now_h
    return hours if hours > 0 else None


_SENTENCE_END = re.compile(r"[。!?!?\n]|\.(\s|$)")


def read_times(
    text: str, t: CompiledTimes, start: int = 0, end: int | None = None, now=NOW
) -> list[tuple[int, int, float]]:
    """Every time expression in ``text[start:end]``: ``(start, end, hours from now)``."""
    end = len(text) if end is None else end
    out = []
    # the day of the last time in this sentence, and whether it named a part of the day too: a
    # later part takes it ("明天上午取件,下午我确认"); a bare day does not lend it to a part
    # ("明天能不能到说不准,下午五点前给您回话": today), only to a word of no day (当天, EOD)
    carried: int | None = None
    with_part = False
    last_end = start
    for g in _groups(text, _atoms(text, t, start, end), t):
        if _SENTENCE_END.search(text, last_end, g[0].start):
            carried = None
        bare = all(a.kind == "word" and a.part is None for a in g)
        hours = _hours(g, now, carried if with_part or bare else None)
        if hours is not None:
            out.append((g[0].start, g[-1].end, hours))
        day = _day_of(g, now[0])
        if day is not None and not any(a.every for a in g):
            carried, with_part = day, any(a.part is not None for a in g)
        last_end = g[-1].end
    return out


@dataclass(frozen=True)
class CompiledPayments:
    """Words naming a payment channel outside the platform, per channel, and their guards."""

    channels: tuple[tuple[str, re.Pattern[str]], ...]
    guards: re.Pattern[str] | None
    transfer: re.Pattern[str] | None  # words that make a channel mention a payment
    route: re.Pattern[str] | None = None  # just before a channel: the way money goes ("走微信")
    account: re.Pattern[str] | None = None  # just after a channel: asked for ("支付宝账号")


def compile_payments(
    channels: dict[str, re.Pattern[str] | None], guards, transfer, route=None, account=None
):
    """Compile the lexicon's ``payments`` section (already compiled alternations)."""
    return CompiledPayments(
        tuple((k, v) for k, v in channels.items() if v is not None),
        guards,
        transfer,
        route,
        account,
    )


def find_channels(text: str, p: CompiledPayments | None) -> list[tuple[int, int, str]]:
    """Off-platform channels named in ``text`` (not inside a guard: "不要私下转账")."""
    if p is None:
        return []
    guards = [m.span() for m in p.guards.finditer(text)] if p.guards is not None else []
    out = []
    for name, regex in p.channels:
        for m in regex.finditer(text):
            if m.end() > m.start() and not any(m.start() < b and a < m.end() for a, b in guards):
                out.append((m.start(), m.end(), name))
    return sorted(out)
