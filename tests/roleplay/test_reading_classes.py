"""Classes of misreading found on the dev transcripts (benchmarks/data/transcripts_dev*), each
pinned with text that is not in those transcripts: what an excellent agent writes must not read
as blame, and its empathy, ownership and remedies must be read."""

from __future__ import annotations

import pytest

from simulator.roleplay.moves import classify, read_reply
from tests.roleplay.readings import move_names as _names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a demand declined with an alternative
        ("这个价我确实改不了,不过可以帮您申请一张20元的券", "zh"),
        ("运费险这个我批不了,但是可以给您补10元红包", "zh"),
        ("最多给您补偿50元,再高的我做不了主", "zh"),
        ("We can't match that price, but I can add a 20 yuan coupon to your order.", "en"),
        # the customer's repetition owned, the other shop not judged, the page quoted for her
        ("让您跟客服说了两遍,实在抱歉", "zh"),
        ("别家的情况我不评价,我只说我们这边的保障", "zh"),
        ("商品页写的是“不掉色”,您洗一次就掉色,这跟描述不一致,是我们的问题", "zh"),
        # a worry answered with a reason
        ("不会的,因为这款是IPX5防水,下雨天跑步也没问题", "zh"),
        # a decision handed over, our failure owned in negative words
        ("这个金额我定不了,我现在就帮您申请主管", "zh"),
        ("这本来就不是您该操心的事", "zh"),
        ("Honestly, this is not the service you deserve.", "en"),
        ("A late parcel is not good enough on our part.", "en"),
        # not promising what cannot be kept, a limit after a demand for more, a decision above
        # the agent handed over, the customer's wish called normal (dev set 3)
        ("我不敢乱承诺做不到的事,先帮您问一下主管", "zh"),
        ("再多加20我真的给不了", "zh"),
        ("这个金额超出我的权限,我做不了主,下午报给主管", "zh"),
        ("想货比三家很正常", "zh"),
    ],
)
def test_not_blame(text: str, lang: str) -> None:
    assert "negation_or_blame" not in _names(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("这个我们做不到", "zh"),
        ("价格改不了,您自己没看清楚就下单了", "zh"),
        ("We can't do that.", "en"),
        # a difference called normal or put on the customer's screen
        ("这个是手机屏幕不同导致的,存在轻微色差", "zh"),
        ("亲,实物和图片会有一定色差的哦", "zh"),
    ],
)
def test_a_bare_refusal_or_real_blame_still_is(text: str, lang: str) -> None:
    assert "negation_or_blame" in _names(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "move"),
    [
        ("辛苦您跟机器人来回讲了好几遍,这单我接了", "zh", "acknowledge_emotion"),
        ("辛苦您跟机器人来回讲了好几遍,这单我接了", "zh", "take_responsibility"),
        ("同样的东西谁都想少花点钱", "zh", "acknowledge_emotion"),
        ("买过质量差的,肯定要谨慎一点", "zh", "acknowledge_emotion"),
        ("Waiting a week for a reply is really frustrating.", "en", "acknowledge_emotion"),
        # (what she should not have had to do is our failure owned: W-corpus5 and W-heldout8 label
        # it take_responsibility, and the model no longer reads empathy in it)
        ("You shouldn't have to chase us for an answer.", "en", "take_responsibility"),
        ("The correct size ships today by express.", "en", "exchange_or_upsell_offer"),
        ("The courier will collect the old pair tomorrow morning.", "en", "offer_solution"),
        ("这份失望我真的理解", "zh", "acknowledge_emotion"),
        ("想货比三家很正常", "zh", "acknowledge_emotion"),
    ],
)
def test_read(text: str, lang: str, move: str) -> None:
    assert move in _names(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        # a multiple named as a rule with its condition, a remedy said to fall short
        "三倍赔偿需要鉴定后才适用,我先帮您报给主管",
        "只退款确实弥补不了您的损失",
    ],
)
def test_no_offer(text: str) -> None:
    assert "offer_compensation" not in _names(text, "zh")


def test_asking_for_understanding_is_not_empathy() -> None:
    assert "acknowledge_emotion" not in _names("券已经给您发了,希望您可以谅解", "zh")
    assert "mechanical_phrase" in _names("希望您能体谅一下", "zh")


@pytest.mark.parametrize(
    ("text", "move", "read"),
    [
        ("Comparing prices first is totally reasonable.", "acknowledge_emotion", True),
        ("Comparing prices first is totally reasonable.", "negation_or_blame", False),
        (
            "I won't promise a date I can't keep, so my manager will call you.",
            "negation_or_blame",
            False,
        ),
        ("The shade may look different because of your phone screen.", "negation_or_blame", True),
        ("We hope you can understand.", "acknowledge_emotion", False),
        ("A coupon alone doesn't make up for a missed trip.", "offer_compensation", False),
        ("Triple the price only applies once fraud is confirmed.", "offer_compensation", False),
    ],
)
def test_english_classes(text: str, move: str, read: bool) -> None:
    assert (move in _names(text, "en")) is read


@pytest.mark.parametrize("text", ["搁谁都急", "这事放在谁身上都会着急"])
def test_the_rules_read_that_anyone_would_feel_it(text: str) -> None:
    """The rules back the model where it hesitates (a long reply: 0.65, under its own bar)."""
    moves = read_reply(text, "zh", rules_only=True).moves
    assert "acknowledge_emotion" in {m.name for m in moves}


# --- dev set 4 (agent styles: terse senior, 00后, northern, UK/US/Singapore English) ---------


@pytest.mark.parametrize(
    ("text", "lang", "move", "read"),
    [
        # taking the case over after thanks for waiting is ownership; the thanks is not feedback
        ("王女士,谢谢您等我接手,鞋码的事我看到了", "zh", "take_responsibility", True),
        ("王女士,谢谢您等我接手,鞋码的事我看到了", "zh", "thank_for_feedback", False),
        # the retelling spared once the record is read owns the trouble she took
        ("跟机器人聊的我全看了,不用再讲一遍", "zh", "acknowledge_emotion", True),
        (
            "I've read your whole chat with the bot, no need to explain it again.",
            "en",
            "acknowledge_emotion",
            True,
        ),
        # ... but "不用再说了" before a rule is a brush-off
        ("不用再说了,规定就是这样", "zh", "acknowledge_emotion", False),
        # the let-down named in an exclamation
        ("买来第三天就坏,真够糟心的!", "zh", "acknowledge_emotion", True),
        ("Really sad to hear the strap snapped already.", "en", "acknowledge_emotion", True),
        # the fault owned in a clause of its own; 我认为 is no ownership
        ("漏发了两次,这不应该,我认。", "zh", "take_responsibility", True),
        ("我认为这是正常磨损", "zh", "take_responsibility", False),
        # a size recommended or sent, the right colour sent (not one sent back)
        ("At your height an XL will fit much better.", "en", "exchange_or_upsell_offer", True),
        ("The XL will be posted tomorrow morning.", "en", "exchange_or_upsell_offer", True),
        ("I'm sending the black mug out today.", "en", "exchange_or_upsell_offer", True),
        ("Please send the black mug back to us first.", "en", "exchange_or_upsell_offer", False),
        # shipping 'both' on us is free return shipping; the price she pays is no offer
        ("The collection and postage both are on us.", "en", "offer_compensation", True),
        ("这双鞋您到手是259元,不用再算了", "zh", "offer_compensation", False),
        # a size named without 码 or recommended; a policy's condition and a refund awaited
        ("按尺码表您在XL,换XL刚好", "zh", "exchange_or_upsell_offer", True),
        # (a size recommended alone is no exchange for most writers: 4 of the 5 corpus replies of
        # that shape; with the swap offered it is one)
        ("您这个腰围穿M正合适,给您换M", "zh", "exchange_or_upsell_offer", True),
        ("寄回的运费要是有运费险的话能报销", "zh", "offer_compensation", False),
        ("请您耐心等待退款,有问题随时找我", "zh", "offer_compensation", False),
    ],
)
def test_dev4_classes(text: str, lang: str, move: str, read: bool) -> None:
    assert (move in _names(text, lang)) is read


# --- dev set 5 (hotel front desk, 东北, typos, Australian/Irish/Filipino/Canadian English) ------
@pytest.mark.parametrize(
    ("text", "lang", "move", "read"),
    [
        # a guarantee declined with what does hold is no blame; a bare refusal to guarantee is
        ("物流哪天到我不敢给您打包票,但今天就用顺丰再寄一份", "zh", "negation_or_blame", False),
        ("价格以后变不变我没法保证,不过有价保给您兜底", "zh", "negation_or_blame", False),
        ("这个我可没法打包票", "zh", "negation_or_blame", True),
        (
            "I can't guarantee the courier's timing, but a second parcel goes out today.",
            "en",
            "negation_or_blame",
            False,
        ),
        ("I can't guarantee it gets there by Friday.", "en", "negation_or_blame", True),
        # an estimate given, then hedged, is honest; a dismissal then a refusal is not
        ("中通一般三天到,具体哪天我没法给您打包票", "zh", "negation_or_blame", False),
        ("正常来说都没问题,这个我不能保证", "zh", "negation_or_blame", True),
        (
            "It normally arrives in two days, but we can't promise the exact day.",
            "en",
            "negation_or_blame",
            False,
        ),
        ("It should be fine, but I can't guarantee anything.", "en", "negation_or_blame", True),
        # a second item sent in place of the lost one is a resend; another message is not
        (
            "We're shipping you another kettle by express this afternoon.",
            "en",
            "offer_solution",
            True,
        ),
        ("I'll post a duplicate order out to you tomorrow morning.", "en", "offer_solution", True),
        ("I'll send you another email with the details.", "en", "offer_solution", False),
    ],
)
def test_dev5_classes(text: str, lang: str, move: str, read: bool) -> None:
    assert (move in _names(text, lang)) is read


# --- dev set 6 (reordered replies; Cantonese-influenced, ex-telecom, South African English) -----
@pytest.mark.parametrize(
    ("text", "lang", "move", "read"),
    [
        # Cantonese function words are read as their Mandarin equivalents
        ("呢个系我哋嘅问题,唔系您用错", "zh", "take_responsibility", True),
        ("真系对唔住,搞到您白等咗三日", "zh", "apology", True),
        ("唔该拍张相畀我睇下,我即刻帮您核实", "zh", "ask_clarifying_question", True),
        # a guarantee declined, and what is done because of it, is not blame
        ("这个时效我不敢打包票,所以今天就再给您寄一份", "zh", "negation_or_blame", False),
        (
            "I can't guarantee the timing, so I'm sending another one by SF today.",
            "en",
            "negation_or_blame",
            False,
        ),
        # a demand declined, then what the agent can do in the next sentence
        ("50我批不了,店里的规矩在那儿。我能做的是今天给您换一件", "zh", "negation_or_blame", False),
        # money kept apart from the review (platform rules) is compliance, not blame
        ("补偿跟评价没关系,评价您如实写就好", "zh", "negation_or_blame", False),
        ("我们不拿返现换好评,这个您放心", "zh", "negation_or_blame", False),
        # the agent in the customer's place is empathy, not blame
        ("换我都受不了,真是对不起", "zh", "negation_or_blame", False),
        # the page quoted in the customer's favour
        ("和详情页写的“不掉色”有落差,您的不满我理解", "zh", "negation_or_blame", False),
        # the parcel's failure described is no refusal
        (
            "Honestly, a tracking page that won't move for three days is awful.",
            "en",
            "negation_or_blame",
            False,
        ),
        # in her place, the fear named; her worry named back before it is answered
        ("换我是您也吓坏了,先别给宝宝吃了", "zh", "acknowledge_emotion", True),
        ("您担心买完就降价:我们有15天价保", "zh", "acknowledge_emotion", True),
        # a coupon rule stated is the reason, with or without 因为
        ("满200减20和满300减30的券二选一,系统会挑省得多的那张", "zh", "explain_cause", True),
        # a bare refusal still is blame
        ("三倍赔偿我给不了,您去投诉吧", "zh", "negation_or_blame", True),
        ("We can't guarantee anything.", "en", "negation_or_blame", True),
    ],
)
def test_dev6_classes(text: str, lang: str, move: str, read: bool) -> None:
    assert (move in _names(text, lang)) is read


def test_cantonese_fold_leaves_mandarin_alone_and_quotes_the_trainee() -> None:
    from simulator.roleplay.textnorm import normalise

    for text in ["系统自动联系您", "唔,好的,我马上查", "同款同批次都查过了"]:
        assert normalise(text)[0] == text
    norm, index = normalise("系我哋嘅质量问题,同您冇关系")
    assert norm == "是我们的质量问题,跟您没关系"
    assert len(norm) == len(index)
    own = [
        m
        for m in classify("系我哋嘅质量问题,唔该等我一阵", "zh")
        if m.name == "take_responsibility"
    ]
    assert own and "嘅" in own[0].evidence


def test_contractions_without_apostrophes_are_read() -> None:
    from simulator.roleplay.textnorm import normalise

    norm, index = normalise("Thats on us, youre an L. Its fine, ill check")
    assert norm == "that's on us, you're an l. its fine, ill check"  # its, ill: words of their own
    assert len(norm) == len(index)
    assert "take_responsibility" in _names("ok thats on us not you", "en")


# --- dev set 7 (a duty supervisor, 四川话, 小红书 emoji, Scottish/Kenyan/HK/Texan English) -------
@pytest.mark.parametrize(
    ("text", "lang", "move", "read"),
    [
        # the agent introducing herself as the supervisor hands nothing over
        ("您好,我是今天当班的售后主管,这单我来管", "zh", "escalate_to_supervisor", False),
        (
            "Hello, I'm the customer care manager on shift today.",
            "en",
            "escalate_to_supervisor",
            False,
        ),
        ("这个金额我批不了,我报给店长,下午3点前回您", "zh", "escalate_to_supervisor", True),
        ("I'll pass this to my manager and call you by 5pm.", "en", "escalate_to_supervisor", True),
        # an apology owned as not enough, a matter not let slide: ownership, not blame
        ("连着出两次问题,不是一句抱歉就能过去的", "zh", "negation_or_blame", False),
        ("这回不能就这么算了,我给您一个交代", "zh", "negation_or_blame", False),
        # anyone's anger named with 哪个 / a dialect word; a let-down shared; in her place
        ("快递拖了五天,换哪个都要冒火", "zh", "acknowledge_emotion", True),
        ("妹儿莫慌,订单我看到了", "zh", "acknowledge_emotion", True),
        ("盼了一周等来个坏的,这口气放谁身上都忍不了", "zh", "acknowledge_emotion", True),
        ("生日前没收到,真是太可惜了", "zh", "acknowledge_emotion", True),
        ("碰上这种事,换我早就去投诉了", "zh", "acknowledge_emotion", True),
        ("Two weeks of waiting, that's absolutely rotten.", "en", "acknowledge_emotion", True),
        ("Anybody would be livid after three tries.", "en", "acknowledge_emotion", True),
        # the fault placed with the shop, the shop's own choice owned
        ("发错码这事,在我们。", "zh", "take_responsibility", True),
        ("快递公司是我们选的,延误我们负责", "zh", "take_responsibility", True),
        ("We chose that carrier, so it's ours to sort out.", "en", "take_responsibility", True),
        # a size recommended without a verb
        ("按您的身高体重,M码刚好", "zh", "exchange_or_upsell_offer", True),
        ("您现在这件M码刚好吗?", "zh", "exchange_or_upsell_offer", False),
        # a process recited with no time is a stock phrase, not a cause; with a time it is a promise
        ("商品寄回之后我们会按流程处理", "zh", "explain_cause", False),
        ("商品寄回之后我们会按流程处理", "zh", "mechanical_phrase", True),
    ],
)
def test_dev7_classes(text: str, lang: str, move: str, read: bool) -> None:
    assert (move in _names(text, lang)) is read


def test_what_she_pays_is_no_offer_whoever_pays_it() -> None:
    for text in ["这款到手399,结算时自动减", "算下来到手459元"]:
        assert not [m for m in classify(text, "zh") if m.name == "offer_compensation"], text
    assert [m for m in classify("给您补20元,到手价更低", "zh") if m.name == "offer_compensation"]


# --- one reply split over two messages (the dev transcripts with each reply cut in two) --------
@pytest.mark.parametrize(
    ("text", "lang", "move", "read"),
    [
        # each half read alone must not turn honesty into blame
        ("用了五天就不响,属于质量问题。", "zh", "negation_or_blame", False),
        ("这个不属于质量问题", "zh", "negation_or_blame", True),
        ("我们没及时发现包裹停了,是我们的疏忽。", "zh", "negation_or_blame", False),
        ("不修了,直接换台新的。", "zh", "negation_or_blame", False),
        ("So that's a faulty unit, nothing you did.", "en", "negation_or_blame", False),
        (
            "You've tried the reset already, so I won't make you do more steps.",
            "en",
            "negation_or_blame",
            False,
        ),
        ("It leaves today, so you should be fine for Friday.", "en", "negation_or_blame", False),
        ("If the old one turns up, just refuse the parcel.", "en", "negation_or_blame", False),
        ("You should have checked the size chart.", "en", "negation_or_blame", True),
        # a formal request for evidence; a clause run on with spaces keeps its soothing words
        ("烦请您提供:1. 破损处照片;2. 快递面单。", "zh", "ask_clarifying_question", True),
        ("王姐实在对不住 等了这么久真够糟心的 我马上给您补发", "zh", "apology", True),
        ("王姐实在对不住 等了这么久真够糟心的 我马上给您补发", "zh", "acknowledge_emotion", True),
        ("谢谢您第一时间来找我们,我先帮您登记", "zh", "thank_for_feedback", True),
    ],
)
def test_half_messages_classes(text: str, lang: str, move: str, read: bool) -> None:
    assert (move in _names(text, lang)) is read
