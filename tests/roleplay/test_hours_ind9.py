"""Follow-up times that set 9 (W-heldout10) and the later corpus writers wrote and the reader
missed, each a general class: hours count from Monday 10:00 (the corpus header)."""

import pytest

from simulator.roleplay.moves import read_reply
from tests.roleplay.readings import followup_hours


@pytest.mark.parametrize(
    ("text", "lang", "hours"),
    [
        # a half after the count adds half a unit: 一个半小时 is 1.5 h, not the 半小时 inside it
        ("我一个半小时内给您回电话", "zh", 1.5),
        ("两个半小时以后我再联系您", "zh", 2.5),
        ("I'll get back to you in an hour and a half.", "en", 1.5),
        # 一刻钟 is a quarter of an hour; 24h written with the letter h
        ("我帮您问下主管,一刻钟后回您", "zh", 0.25),
        ("专员24h内给您回电", "zh", 24.0),
        # dialect 后儿个 is 后天
        ("后儿个我再给您打个电话问问", "zh", 48.0),
        # a bare hour before the agent's own 我再…
        ("十一点我再来找您", "zh", 1.0),
        # a promise whose last clause starts at 再给您… takes the time of its part of the sentence,
        # not the parcel's arrival before it
        ("新锅明天到,后天下午我再给您打电话确认", "zh", 48.0),
        # minutes ending a sentence ("by 11:30.") are a clock time, not a decimal
        ("I'll ring you back before 12:30.", "en", 2.5),
        ("Let me check and get back to you at 11:30.", "en", 1.5),
        # a bare hour right after the follow-up's words
        ("I'll check again at 5 and text you the result.", "en", 7.0),
        ("You'll hear from me by 11.", "en", 1.0),
        ("Replacement goes out today. Update coming by 4 with the tracking.", "en", 6.0),
    ],
)
def test_follow_upfollowup_hours(text: str, lang: str, hours: float) -> None:
    assert followup_hours(text, lang) == pytest.approx(hours)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I'll refund 12.50 now.", "en"),  # money, not a time
        ("半小时前已经帮您催过了", "zh"),  # past
    ],
)
def test_no_follow_up_time(text: str, lang: str) -> None:
    found = [m.hours for m in read_reply(text, lang).moves if m.name == "promise_followup"]
    assert not [h for h in found if h is not None]
