"""Classes of misreading found on dev transcript set 12 (benchmarks/data/transcripts_dev12, the
released held-out set 7 by W-heldoutT6) and in the follow-up times of reply set 6
(scenarios/corpus/replies_ind6_*, W-heldout7): the courier pressed is no supervisor, a multiple
said not to be the agent's to give is no offer, and times as agents write them (a weekday's end
of day, dialect days, a recurring time, the day of the time before, a bare afternoon hour, the
time of the follow-up rather than of another action). Sentences are our own; each case fails
without its fix. Earlier sets: test_reading_dev10.py, test_reading_dev9.py."""

from __future__ import annotations

import pytest

from simulator.roleplay.lexicon import load_lexicon
from simulator.roleplay.moves import classify, extract_hours
from simulator.roleplay.textnorm import normalise
from tests.roleplay.readings import move_names as _names


def _hours(text: str, lang: str = "zh") -> float | None:
    """The soonest time named in ``text``."""
    return extract_hours(normalise(text)[0], load_lexicon(lang))


def _followups(text: str, lang: str = "zh") -> list:
    return [m.hours for m in classify(text, lang) if m.name == "promise_followup"]


@pytest.mark.parametrize(
    "text",
    [
        "I've escalated the delay with the courier's Hangzhou depot this morning.",
        "We are escalating it to the carrier today, and a new parcel goes out by SF.",
    ],
)
def test_the_courier_pressed_is_no_supervisor(text: str) -> None:
    """Escalating with the courier chases it (offer_solution by the corpus header); only a
    supervisor, manager or specialist is a handover (the customer of en_late_delivery_angry
    asked for "someone who can actually decide" after an excellent plan)."""
    assert "escalate_to_supervisor" not in _names(text, "en")


def test_a_supervisor_next_to_the_courier_is_still_a_handover() -> None:
    assert "escalate_to_supervisor" in _names("I'm escalating this to my team leader now.", "en")
    assert "escalate_to_supervisor" in _names(
        "I've escalated it to the carrier and to my manager.", "en"
    )


@pytest.mark.parametrize(
    "text",
    [
        "假一赔十这个我说了不算,已经报给店长了,今晚给您答复",
        "三倍赔偿我这边没那个权力,得经理来定",
        "退一赔三咱没这个权,我帮您往上提",
    ],
)
def test_a_multiple_not_the_agents_to_give_is_no_offer(text: str) -> None:
    """The customer's 退一赔三 said to be beyond the agent, in the agent's own words, offers
    nothing (the authority check flagged 1197 yuan in an excellent transcript)."""
    assert not any(m.multiple for m in classify(text, "zh") if m.name == "offer_compensation")


def test_a_multiple_the_agent_gives_is_still_an_offer() -> None:
    offers = [
        m for m in classify("这单给您假一赔十,我能做主", "zh") if m.name == "offer_compensation"
    ]
    assert any(m.multiple == 10 for m in offers)


@pytest.mark.parametrize(
    ("text", "lang", "hours"),
    [
        # the end of the day named: the day counts whole (Monday 10:00 is now)
        ("周五下班前", "zh", 96),
        ("这周二下班之前", "zh", 24),
        ("下班前", "zh", 12),
        ("by end of day Thursday", "en", 72),
        ("Tuesday EOD", "en", 24),
        ("by EOD tomorrow", "en", 24),
        ("by EOD", "en", 12),
        # dialect days and parts of the day
        ("明儿个上午十点", "zh", 24),
        ("聽日下晝四點", "zh", 30),
        ("明仔載下晡三點", "zh", 29),
        # a recurring time is its next time to come
        ("每天下午三点", "zh", 5),
        ("每天上午", "zh", 24),
        ("every evening at 7", "en", 9),
        # a bare hour before 8 with no am/pm is in the afternoon
        ("by 4 tomorrow", "en", 30),
        ("明天6点前", "zh", 32),
        ("明天早上6点", "zh", 20),
    ],
)
def test_times_as_agents_write_them(text: str, lang: str, hours: float) -> None:
    assert _hours(text, lang) == pytest.approx(hours)


@pytest.mark.parametrize(
    ("text", "lang", "hours"),
    [
        # a part of the day takes the day of the time before it in the sentence
        ("明天上午师傅上门取件,下午我再联系您确认", "zh", 24),
        ("周三补货,到了当天我联系您", "zh", 48),
        # ...but a bare day asked about lends it nothing
        ("明天能不能到我不好说,下午四点前我给您回电话", "zh", 6),
        # the time of the follow-up, not of another action before it
        ("差价今天就给您提交,周四我回访一下", "zh", 72),
        ("今天下午我先打电话给物流那边,明天中午给您答复", "zh", 26),
        # ...unless the later time is only the latest bound of the same promise
        ("今天之内要是办不下来,最晚明天上午给您回复", "zh", 12),
        # a promise with no time of its own takes the time of the next one
        ("这单我全程跟进,周三下午把新单号发您", "zh", 48),
        # (a bare "等我二十分钟" may be a "please wait": since two more writers joined, the model
        # vetoes it; the minutes are read in a promise that says it will come back)
        ("给我二十分钟,查好了回您", "zh", 1 / 3),
        # the follow-up named as a noun, or promised in so many words
        ("Answer coming by 3pm tomorrow.", "en", 29),
        ("By Thursday EOD, I promise.", "en", 72),
        ("I'll text you at 4 with the tracking number.", "en", 6),
        # a promise declined, then one made in the next clause
        ("I won't promise a delivery date; I'll call you by 2 pm today.", "en", 4),
    ],
)
def test_the_time_of_the_follow_up(text: str, lang: str, hours: float) -> None:
    assert _followups(text, lang) == [pytest.approx(hours)]


@pytest.mark.parametrize(
    ("text", "handed_over"),
    [
        # a supervisor's decision reported hands nothing over (replies_ind6 labels)
        ("店长已经同意了,给您补一张15元券", False),
        ("经理说运费险这单开不了,我给您换个办法", False),
        ("组长那边没批,抱歉只能先退您差价", False),
        # ...one still awaited, or the case told to her, does
        ("等经理批下来我再给您加10块", True),
        ("我已经跟店长说了您的情况,他会联系您", True),
        ("这个我做不了主,我马上帮您申请主管", True),
    ],
)
def test_a_supervisors_decision_reported_is_no_handover(text: str, handed_over: bool) -> None:
    assert ("escalate_to_supervisor" in _names(text)) is handed_over
