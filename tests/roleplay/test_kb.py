"""Knowledge base: shipped entries, search ranking, facts, states_fact and file errors."""

from __future__ import annotations

import pytest

from simulator.common.errors import InputError
from simulator.roleplay.kb import check_kb_file, load_kb, read_kb_file, states_fact, tokens


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_shipped_kb_has_enough_entries_across_topics(kb):
    assert len(kb.entries) >= 60
    tags = {t for e in kb.entries for t in e.tags}
    for topic in ("尺码", "物流", "退货", "优惠券", "保修"):
        assert topic in tags, topic
    assert sum(e.lang == "en" for e in kb.entries) >= 5
    assert all(len(e.questions) >= 2 for e in kb.entries)


def test_shipped_kb_covers_the_script_products(kb):
    products = kb.products()
    for name in ("声浪 Pro", "北极光 轻暖款", "小禾 米粉", "米家风 3L", "夏漾 碎花裙"):
        assert name in products


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("续航", "earbuds_battery"),
        ("物流延迟", "ship_stuck"),  # not the earbuds' gaming latency
        ("耳机充满电能听多久", "earbuds_battery"),
        ("防水吗", "earbuds_waterproof"),
        ("蓝牙连不上", "earbuds_pairing"),
        ("我170 60公斤穿羽绒服什么码", "jacket_size_chart"),
        ("含绒量", "jacket_down_content"),
        ("运费险", "return_shipping_insurance"),
        ("七天无理由", "return_no_reason"),
        ("退款多久到账", "refund_when"),
        ("衣服小了想换大一码", "exchange_size"),
        ("发错货了", "return_wrong_item"),
        ("价保", "price_protection"),
        ("双11店铺券和跨店满减能一起用吗", "coupon_stacking"),
        ("物流三天没动", "ship_stuck"),
        ("快递晚了有没有补偿", "ship_delay_compensation"),
        ("地址写错了", "ship_change_address"),
        ("宝宝吃了米粉拉肚子", "rice_food_safety_report"),
        ("电饭煲保修几年", "warranty_cooker"),
        ("过保了能修吗", "warranty_out_of_period"),
        ("米粉开封了还能退吗", "return_food_opened"),
        ("battery life", "earbuds_battery_en"),
        ("can I return it", "return_window_en"),
        ("my parcel is stuck", "ship_late_en"),
        ("price protection", "price_protection_en"),
        ("which size jacket", "jacket_size_en"),
    ],
)
def test_search_ranks_the_right_entry_first(kb, query, expected):
    hits = kb.search(query)
    assert hits, query
    assert hits[0].entry.id == expected, [(h.entry.id, round(h.score, 2)) for h in hits]
    assert all(a.score >= b.score for a, b in zip(hits, hits[1:], strict=False))


def test_search_limit_and_no_match(kb):
    assert len(kb.search("退货", limit=2)) == 2
    assert kb.search("zzzz qqqq") == []


def test_tokens_are_character_ngrams_for_chinese_and_words_for_english():
    toks = tokens("续航 Battery")
    assert {"续", "航", "续航", "battery"} <= set(toks)
    assert "续航 " not in toks


def test_fact_prefers_product_then_policy(kb):
    assert kb.fact("battery_hours", "声浪 Pro") == "8"
    assert kb.fact("battery_hours", "声浪pro") == "8"  # spaces and case do not matter
    assert kb.fact("warranty_years", "米家风 3L") == "2"
    assert kb.fact("return_window_days", "声浪 Pro") == "7"  # shop policy applies to products
    assert kb.fact("warranty_years") is None  # products disagree and no policy value
    assert kb.fact("price_protection_days") == "15"
    assert kb.fact("no_such_fact", "声浪 Pro") is None
    assert kb.fact("free_return_shipping") == "运费险"
    assert kb.fact("free_return_shipping", lang="en") == "shipping insurance"


@pytest.mark.parametrize(
    ("reply", "value", "key", "expected"),
    [
        ("这款单次续航8小时哦", "8", "battery_hours", True),
        ("续航 8 个小时", "8", "battery_hours", True),
        ("能用8h左右", "8", "battery_hours", True),
        ("充满能用八小时", "8", "battery_hours", True),
        ("充满能用八个小时", "8", None, True),
        ("续航８小时", "8", "battery_hours", True),  # full-width digit
        ("lasts 8 hours per charge", "8", "battery_hours", True),
        ("续航18小时", "8", "battery_hours", False),
        ("我8点给您回复", "8", "battery_hours", False),  # a clock time is not a duration
        ("续航很长的", "8", "battery_hours", False),
        ("可以用一下", "1", "warranty_years", False),  # "一下" is not the number one
        ("保修一年", "1", "warranty_years", True),
        ("签收后七天内可以无理由退", "7", "return_window_days", True),
        ("支持15天价保", "15", "price_protection_days", True),
        ("支持十五天价保", "15", "price_protection_days", True),
        ("续航1.5小时充满", "1.5", "charge_time_hours", True),
        ("是ipx 4级防水", "IPX4", None, True),
        ("IPX5防水", "IPX4", None, False),
        ("订单有运费险,退货不花钱", "运费险", None, True),
        ("退货免费", "运费险", None, False),
    ],
)
def test_states_fact(reply, value, key, expected):
    assert states_fact(reply, value, key) is expected


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """entries:
  - id: a
    questions: [退货吗, 能退吗]
    answer: 可以退。
    facts: {return_window_days: 7}
"""


def test_bad_kb_file_is_one_line_error_with_file_and_field_path(tmp_path):
    bad = _write(tmp_path, "bad.yaml", "entries:\n  - id: a\n    questions: [x, y]\n    anser: 1\n")
    with pytest.raises(InputError) as err:
        read_kb_file(bad)
    msg = str(err.value)
    assert "\n" not in msg
    assert msg.startswith(f"{bad}:")
    assert "entries[0]" in msg


def test_unreadable_yaml_is_one_line_error(tmp_path):
    _write(tmp_path, "broken.yaml", "entries: [\n")
    with pytest.raises(InputError, match="broken.yaml:.*invalid YAML"):
        load_kb(tmp_path)


def test_duplicate_id_across_files_is_an_error(tmp_path):
    _write(tmp_path, "a.yaml", GOOD)
    other = _write(tmp_path, "b.yaml", GOOD.replace("facts: {return_window_days: 7}", "tags: [x]"))
    with pytest.raises(InputError, match="duplicate id 'a'"):
        load_kb(tmp_path)
    diags = check_kb_file(other)
    assert [d.severity for d in diags] == ["error"]
    assert "a.yaml" in diags[0].message and diags[0].field == "entries[0].id"


def test_check_kb_file_reports_schema_errors_single_variants_and_conflicting_facts(tmp_path):
    _write(tmp_path, "a.yaml", GOOD)
    path = _write(
        tmp_path,
        "b.yaml",
        "entries:\n  - id: b\n    questions: [只有一种问法]\n    answer: 好的。\n"
        "    facts: {return_window_days: '15'}\n",
    )
    diags = check_kb_file(path)
    by_severity = {d.severity: d for d in diags}
    assert set(by_severity) == {"error", "warning"}
    assert by_severity["warning"].field == "entries[0].questions"
    assert "contradicts '7'" in by_severity["error"].message
    schema = _write(tmp_path, "c.yaml", "entries:\n  - id: Bad-Id\n    questions: [a, b]\n")
    diags = check_kb_file(schema)
    assert {d.field for d in diags} == {"entries[0].id", "entries[0].answer"}
    assert all(d.severity == "error" and d.file == str(schema) and d.line for d in diags)


def test_shipped_kb_files_validate_clean():
    from simulator.common.data import kb_dir

    for path in sorted(kb_dir().glob("*.yaml")):
        assert [str(d) for d in check_kb_file(path) if d.severity != "info"] == []
