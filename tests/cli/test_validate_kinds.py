"""``kefulab validate`` routes each file to the right checker by folder or content."""

from __future__ import annotations

from pathlib import Path

from simulator.cli.validate import check_file, detect_kind

ROOT = Path(__file__).resolve().parents[2]


def test_kinds_by_folder():
    assert detect_kind(ROOT / "scenarios/traffic/mmc_reference.yaml") == "scenario"
    assert detect_kind(ROOT / "scenarios/lexicons/zh.yaml") == "lexicon"
    assert detect_kind(ROOT / "scenarios/kb/shipping.yaml") == "kb"
    assert detect_kind(ROOT / "scenarios/roleplay/late_delivery_angry.yaml") == "script"


def test_shipped_lexicons_are_clean_and_a_broken_one_is_not(tmp_path):
    for lang in ("zh", "en"):
        assert check_file(ROOT / f"scenarios/lexicons/{lang}.yaml") == []
    folder = tmp_path / "lexicons"
    folder.mkdir()
    bad = folder / "zh.yaml"
    text = (ROOT / "scenarios/lexicons/zh.yaml").read_text(encoding="utf-8")
    bad.write_text(
        text.replace("moves:", "moves:\n  not_a_move:\n    keywords: [x]", 1), encoding="utf-8"
    )
    diags = check_file(bad)
    assert diags and diags[0].severity == "error" and "not_a_move" in str(diags[0])
