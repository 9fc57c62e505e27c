"""Classes of misreading found on dev transcript sets 9 (benchmarks/data/transcripts_dev9: a
上海老字号 formal agent, a 客服组长 with ①②③ steps, a 宝妈 shop owner, Welsh/Jamaican English) and
11 (transcripts_dev11: a retired teacher working sums through, a 得物 sneaker seller, Kenyan and
Singaporean English); each case fails without its fix. Earlier sets: test_reading_dev8.py."""

from __future__ import annotations

import pytest

from simulator.roleplay.kb import states_fact
from simulator.roleplay.moves import classify
from simulator.roleplay.textnorm import normalise
from tests.roleplay.readings import move_names as _names


def _offers(text: str, lang: str) -> list[tuple[str | None, float | None]]:
    return [(m.kind, m.amount_yuan) for m in classify(text, lang) if m.name == "offer_compensation"]


@pytest.mark.parametrize(
    ("text", "lang", "move", "read"),
    [
        # the customer's worry or caution called normal or sensible is empathy, not a brush-off
        ("怕买贵了很正常,我给您算笔账。", "zh", "negation_or_blame", False),
        ("怕买贵了很正常,我给您算笔账。", "zh", "acknowledge_emotion", True),
        ("多比一比再买,是会过日子的做法。", "zh", "acknowledge_emotion", True),
        ("这是正常现象,都这样", "zh", "negation_or_blame", True),
        # the customer's choice confirmed ("您没选错") is no blame; "您选错了" still is
        ("是我们表上没写清楚,您没选错。", "zh", "negation_or_blame", False),
        ("您自己没看清楚尺码表", "zh", "negation_or_blame", True),
        # a date or an outcome not guaranteed with a plain 不
        ("快递哪天到我不打包票,我两边一起催。", "zh", "negation_or_blame", False),
        ("我报主管复核,能不能批下来我不打包票。", "zh", "negation_or_blame", False),
        # the rules applied by whoever the matter is handed to
        ("三倍赔偿要法务按规定审,我明天给您回话。", "zh", "negation_or_blame", False),
        ("按规定不能退", "zh", "negation_or_blame", True),
        # the shop named in other words owning its slip; a packing slip as the cause
        ("说到底是本店发货的疏忽。", "zh", "take_responsibility", True),
        ("打包的时候漏放了说明书,", "zh", "explain_cause", True),
        # anyone would hesitate too; the feeling named back and understood; her past let-down
        ("被虚标续航的耳机坑过,换谁都犹豫。", "zh", "acknowledge_emotion", True),
        ("您怕买完就降价,这份心我懂。", "zh", "acknowledge_emotion", True),
        ("之前那家肯定让您吃过亏。", "zh", "acknowledge_emotion", True),
        # a chore spared her a second time is empathy (as "I won't make you go through more steps")
        ("单子我直接改成换货,不用再填一遍退货申请。", "zh", "acknowledge_emotion", True),
        ("不用再填了,系统不支持", "zh", "acknowledge_emotion", False),
        # the case taken on with 管
        ("生日不能耽误,这事我管。", "zh", "take_responsibility", True),
        ("这事我管不了", "zh", "take_responsibility", False),
        # one coupon of a kind per order named as the reason
        ("两张都是店铺券,每单只能用一张。", "zh", "explain_cause", True),
        # English: the let-down named as a pity or a headache; ownership as "our failing"
        ("Losing a whole evening to this is a proper hassle.", "en", "acknowledge_emotion", True),
        ("Such a pity, you'd waited weeks for it.", "en", "acknowledge_emotion", True),
        ("A cracked lid on arrival is our failing, not yours.", "en", "take_responsibility", True),
    ],
)
def test_dev9_classes(text: str, lang: str, move: str, read: bool) -> None:
    assert (move in _names(text, lang)) is read


@pytest.mark.parametrize(
    ("text", "offers"),
    [
        # what she pays is a price, not an offer
        ("这件大衣您到手付389元,结算时自动减。", []),
        ("您最后只要付259就行。", []),
        ("给您退20,您实付379元", [("refund", 20.0)]),
        # her own promotion coupon worked into the sum or kept for later
        ("先用满300减30的店铺券,剩369。", []),
        ("满200减10那张先留着,下次用。", []),
        ("再给您补一张满200减40的券", [("coupon", 40.0)]),
        # an example worked through, her sum weighed: not offers
        ("打个比方,降了15块,就退您15。", []),
        ("50块不是小钱,我懂。", []),
        # the customer's demand taken up as a topic and handed over is no offer
        ("至于假一赔三,要主管按规定核,我做不了主。", []),
        ("关于您依据第55条提出的三倍赔偿,是否适用需要法务专员认定。", []),
        # a step's number is no sum: ① ② ③ and 1、 2、
        ("① 新的今天发出;② 明天上门取件;③ 来回运费我们出。", [("free_return_shipping", None)]),
        ("1、给您补20元券 2、运费我们出", [("coupon", 20.0), ("free_return_shipping", None)]),
        ("红包30、现金券20,都给您发了", [("coupon", 30.0), ("coupon", 20.0)]),
    ],
)
def test_dev9_offers(text: str, offers: list) -> None:
    assert _offers(text, "zh") == offers


def test_step_numbers_fold_to_a_list_mark() -> None:
    assert normalise("③ 运费")[0] == "3、 运费"
    assert normalise("❶➊⑳")[0] == "1、1、20、"


def test_a_count_of_something_else_states_no_fact() -> None:
    """ "两三天充一次" says nothing about a one-year warranty; "保修一年" does."""
    assert not states_fact("两三天充一次", "1", "warranty_years")
    assert states_fact("整机保修一年", "1", "warranty_years")
    assert states_fact("保修1年", "1", "warranty_years")
