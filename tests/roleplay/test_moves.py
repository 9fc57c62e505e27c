"""Reply classifier: every labelled reply classified exactly, value/time extraction, lexicon errors."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from simulator.common.data import corpus_dir, lexicons_dir
from simulator.common.errors import InputError
from simulator.roleplay.lexicon import COMPENSATION_KINDS, load_lexicon, read_lexicon
from simulator.roleplay.moves import (
    MOVES,
    classify,
    detect_language,
    extract_amounts,
    extract_hours,
)
from simulator.roleplay.textnorm import chinese_number, normalise

DATA = corpus_dir() / "labelled_replies.yaml"
LABELLED = yaml.safe_load(DATA.read_text(encoding="utf-8"))["replies"]


def _id(case: dict) -> str:
    return case["text"][:24]


def test_labelled_set_is_large_and_covers_every_move():
    zh = [c for c in LABELLED if re.search(r"[\u4e00-\u9fff]", c["text"])]
    assert len(zh) >= 150 and len(LABELLED) - len(zh) >= 40
    counts = {m: sum(m in c["moves"] for c in LABELLED) for m in MOVES}
    assert min(counts.values()) >= 5, counts
    for case in LABELLED:
        assert set(case["moves"]) <= set(MOVES), case
        if "offer_compensation" in case["moves"]:
            assert case.get("offers"), f"label the offers of: {case['text']}"


@pytest.mark.parametrize("case", LABELLED, ids=_id)
def test_labelled_reply(case):
    moves = classify(case["text"])
    assert sorted({m.name for m in moves}) == sorted(case["moves"]), moves
    if "offers" in case:
        got = sorted(
            ((m.kind or ""), m.amount_yuan or 0.0) for m in moves if m.name == "offer_compensation"
        )
        want = sorted(((o["kind"] or ""), float(o["amount"] or 0.0)) for o in case["offers"])
        assert got == want, moves
    if "hours" in case:
        (promise,) = [m for m in moves if m.name == "promise_followup"]
        assert promise.hours == pytest.approx(case["hours"])


@pytest.mark.parametrize("case", LABELLED[::7], ids=_id)
def test_evidence_is_the_trainees_own_words_in_order(case):
    text = case["text"]
    moves = classify(text)
    for m in moves:
        assert text[m.start : m.start + len(m.evidence)] == m.evidence
        assert m.evidence.strip()
    assert [m.start for m in moves] == sorted(m.start for m in moves)
    names = [m.name for m in moves if m.name != "offer_compensation"]
    assert len(names) == len(set(names))


def test_full_width_input_is_normalised_and_quoted_as_typed():
    moves = classify("非常抱歉！给您补偿２０元无门槛券，２４小时内给您回复。")
    by_name = {m.name: m for m in moves}
    assert by_name["offer_compensation"].amount_yuan == 20.0
    assert by_name["offer_compensation"].evidence == "给您补偿２０元无门槛券"
    assert by_name["promise_followup"].hours == 24.0
    assert by_name["apology"].evidence == "非常抱歉"


def test_move_details():
    (offer,) = classify("补偿您20元无门槛券")
    assert (offer.name, offer.amount_yuan, offer.kind) == ("offer_compensation", 20.0, "coupon")
    (refund,) = classify("I can refund ¥35.5 right away.", lang="en")
    assert (refund.kind, refund.amount_yuan) == ("refund", 35.5)
    (full,) = classify("全额退款")
    assert (full.kind, full.amount_yuan) == ("full_refund", None)
    two = [m for m in classify("退您20元,再送您一张10元券") if m.name == "offer_compensation"]
    assert [(m.kind, m.amount_yuan) for m in two] == [("refund", 20.0), ("coupon", 10.0)]
    assert classify("") == [] and classify("   ") == []


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("补偿您20元无门槛券", "zh", [20.0]),
        ("给您二十元", "zh", [20.0]),
        ("五十块钱的红包", "zh", [50.0]),
        ("¥20的券", "zh", [20.0]),
        ("20块", "zh", [20.0]),
        ("退一百五十元", "zh", [150.0]),
        ("满200减20", "zh", [20.0]),  # 200 is the threshold, not a value
        ("24小时内", "zh", []),  # hours are not money
        ("$20 coupon", "en", [20.0]),
        ("a 20-yuan voucher", "en", [20.0]),
        ("twenty dollars", "en", [20.0]),
        ("¥35.5 back", "en", [35.5]),
        ("on orders over $100", "en", []),
    ],
)
def test_extract_amounts(text, lang, values):
    norm, _ = normalise(text)
    assert [v for _, _, v in extract_amounts(norm, load_lexicon(lang))] == values


@pytest.mark.parametrize(
    ("text", "lang", "hours"),
    [
        ("24小时内给您回复", "zh", 24.0),
        ("二十四小时内", "zh", 24.0),
        ("2个小时", "zh", 2.0),
        ("半小时内", "zh", 0.5),
        ("30分钟内", "zh", 0.5),
        ("3个工作日", "zh", 72.0),
        ("两天内", "zh", 48.0),
        ("明天上午", "zh", 24.0),
        ("后天", "zh", 48.0),
        ("今天下班前", "zh", 12.0),
        ("亲,马上", "zh", None),
        ("within 2 hours", "en", 2.0),
        ("in two hours", "en", 2.0),
        ("within half an hour", "en", 0.5),
        ("by tomorrow", "en", 24.0),
        ("within 3 business days", "en", 72.0),
        ("right away", "en", None),
    ],
)
def test_extract_hours(text, lang, hours):
    norm, _ = normalise(text)
    assert extract_hours(norm, load_lexicon(lang)) == (pytest.approx(hours) if hours else None)


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("二十", 20),
        ("十五", 15),
        ("一百五", 150),
        ("一百零五", 105),
        ("两万五", 25000),
        ("二三", None),
    ],
)
def test_chinese_numbers(token, value):
    assert chinese_number(token) == value


def test_detect_language():
    assert detect_language("亲,在的") == "zh"
    assert detect_language("I'm sorry about the 声浪 Pro earbuds") == "en"
    assert detect_language("声浪 Pro 续航8小时") == "zh"
    assert detect_language("ok") == "en"


def test_compensation_kinds_contract():
    assert COMPENSATION_KINDS == (
        "coupon",
        "refund",
        "cash",
        "free_return_shipping",
        "gift",
        "full_refund",
    )
    kinds = {
        m.kind for c in LABELLED for m in classify(c["text"]) if m.name == "offer_compensation"
    }
    assert kinds <= set(COMPENSATION_KINDS) | {None}


def _broken_lexicon(tmp_path: Path, old: str, new: str) -> Path:
    path = tmp_path / "zh.yaml"
    shutil.copy(lexicons_dir() / "zh.yaml", path)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_bad_regex_in_lexicon_is_one_line_error_with_file_and_field_path(tmp_path):
    path = _broken_lexicon(tmp_path, '- "受[^,。!?]{1,8}影响"', '- "受[^,。!?{1,8}影响"')
    with pytest.raises(InputError) as err:
        read_lexicon(path)
    msg = str(err.value)
    assert "\n" not in msg
    assert re.match(rf"{re.escape(str(path))}:\d+: moves\.explain_cause\.patterns\[0\]: ", msg)
    assert "not a valid regular expression" in msg


def test_unknown_move_name_in_lexicon_is_one_line_error(tmp_path):
    path = _broken_lexicon(tmp_path, "  apology:\n", "  apologie:\n")
    with pytest.raises(
        InputError,
        match=r"zh\.yaml:\d+: moves\.apologie: unknown field \(did you mean apology\?; allowed",
    ):
        read_lexicon(path)
    path = _broken_lexicon(tmp_path, "suppressed_by: [explain_cause,", "suppressed_by: [explains,")
    with pytest.raises(InputError, match=r"moves\.mechanical_phrase\.suppressed_by\[0\]"):
        read_lexicon(path)


@pytest.mark.parametrize(
    ("text", "offers"),
    [
        ("店铺券可以和跨店满减叠加使用", []),  # a coupon rule, not an offer
        ("Store coupons combine with platform discounts.", []),
        ("给您退款50,另外送您一个20元的优惠券", [("refund", 50.0), ("coupon", 20.0)]),
        # a refund's timing is no offer (the corpus conventions); 3 is days, not yuan either
        ("退款3天内到账", []),
        ("给您退款,3天内到账", [("refund", None)]),
        ("再给您补偿一张20元无门槛券", [("coupon", 20.0)]),  # "一张" is not the value
        ("已经帮您申请了补偿10元,会以红包形式发放", [("coupon", 10.0)]),  # a shop 红包 is credit
        ("We will refund you the full amount today.", [("full_refund", None)]),
        ("您要求的赔偿超出了我的权限", []),
        ("赔您777元", [(None, 777.0)]),  # 赔您 offers like 赔偿您; no kind named
        ("理解这张券弥补不了您的损失", []),  # a coupon talked about, not offered
        ("您领的券已经过期了", []),
        ("补发的包裹明天到,券您可以下次用", []),
        ("我再给您发一张10元券", [("coupon", 10.0)]),
        ("According to our policy, you pay for the return shipping", []),  # the customer pays
        ("You'll have to cover the return shipping yourself.", []),
        ("We'll pay for the return shipping.", [("free_return_shipping", None)]),
    ],
)
def test_offer_kinds_and_values(text, offers):
    got = [(m.kind, m.amount_yuan) for m in classify(text) if m.name == "offer_compensation"]
    assert got == offers


def test_spaces_separate_chinese_clauses_for_evidence():
    moves = {m.name: m for m in classify("亲 您好 非常抱歉 给您带来不便了")}
    assert moves["greeting"].evidence == "您好"
    assert moves["apology"].evidence == "非常抱歉"
