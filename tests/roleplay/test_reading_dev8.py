"""Classes of misreading found on dev transcript set 8 (benchmarks/data/transcripts_dev8: a 抖音
live room, 繁體字, Cantonese- and Shanghainese-flavoured Mandarin, Irish, Gen-Z and South African
English) and on its replies cut in two or merged; each case fails without its fix. Earlier sets:
test_reading_classes.py."""

from __future__ import annotations

import pytest

from simulator.roleplay.moves import read_reply
from simulator.roleplay.textnorm import normalise
from tests.roleplay.readings import move_names as _names


# --- dev set 8 (抖音 live room, 繁體, Cantonese/Shanghainese Mandarin, Irish/Gen-Z/SA English) ----
@pytest.mark.parametrize(
    ("text", "lang", "move", "read"),
    [
        # her plight pictured and agreed to be unacceptable is not "only you"
        ("伴娘一排浅粉,就您一个肉粉,那肯定不行。", "zh", "negation_or_blame", False),
        ("别人都没问题,就您一个人说有问题", "zh", "negation_or_blame", True),
        # a delivery date not guaranteed (no script lets the agent promise one)
        ("顺丰几时到我唔敢打包票,两件一齐跑稳阵啲。", "zh", "negation_or_blame", False),
        ("具体哪天送到我不敢保证,两件一起发更稳。", "zh", "negation_or_blame", False),
        ("这个我可没法打包票", "zh", "negation_or_blame", True),
        # a decision above the agent handed to whoever answers later; no outcome promised ahead
        (
            "500元我做不了主,也不能提前说一定能批;2. 主管今天5点前给答复",
            "zh",
            "negation_or_blame",
            False,
        ),
        ("这个我做不了主", "zh", "negation_or_blame", True),
        # the customer's fault denied in any negative form
        ("such a pain, and none of it was your fault.", "en", "negation_or_blame", False),
        ("That wasn't your fault at all.", "en", "negation_or_blame", False),
        ("Honestly that's your own fault for not checking.", "en", "negation_or_blame", True),
        # a cost spared in a message of its own (a reply cut in two)
        ("You pay nothing.", "en", "negation_or_blame", False),
        ("It costs you nothing.", "en", "negation_or_blame", False),
        # caution called wise, not only normal
        ("赵先生,货比三家是精明之举。", "zh", "acknowledge_emotion", True),
        ("Shopping around first is smart.", "en", "acknowledge_emotion", True),
        # a replacement with two words before the item, a courier chased by name
        ("A fresh navy M goes out by SF tonight.", "en", "exchange_or_upsell_offer", True),
        ("I'm chasing ZTO now.", "en", "offer_solution", True),
    ],
)
def test_dev8_classes(text: str, lang: str, move: str, read: bool) -> None:
    assert (move in _names(text, lang)) is read


def test_traditional_characters_are_read_as_simplified_and_quoted_as_written() -> None:
    """繁體字 (a Taiwanese agent in dev set 8): the rules read the Simplified forms, evidence
    stays the trainee's own characters, and Simplified text is never changed. (The model alone
    half-read such replies; the rules read nothing.)"""
    text = "直接幫您換一副全新的,運費我們出,新耳機的單號今晚9點前傳給您"
    moves = read_reply(text, "zh", rules_only=True).moves
    assert {"exchange_or_upsell_offer", "offer_compensation"} <= {m.name for m in moves}
    assert all(m.evidence and m.evidence in text for m in moves)
    simplified = "直接帮您换一副全新的,运费我们出,显著的差别,狼藉"
    assert normalise(simplified)[0] == simplified
