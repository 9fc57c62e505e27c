"""Display names: every ending, dimension, move and penalty term has a zh and an en name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from simulator.common.data import roleplay_dir
from simulator.roleplay import names
from simulator.roleplay.moves import MOVES
from simulator.roleplay.scoring import STAGES
from simulator.roleplay.script import DIMENSIONS, ENDINGS, load_script
from simulator.roleplay.session import load_transcript, replay

TRANSCRIPTS = Path(__file__).parent / "transcripts"
CJK = re.compile(r"[\u4e00-\u9fff]")

TABLES = {
    "endings": (names.ENDING_NAMES, ENDINGS, names.ending_name),
    "dimensions": (names.DIMENSION_NAMES, DIMENSIONS, names.dimension_name),
    "moves": (names.MOVE_NAMES, MOVES, names.move_name),
}


@pytest.mark.parametrize("lang", names.LANGS)
@pytest.mark.parametrize("kind", sorted(TABLES))
def test_every_identifier_has_a_display_name(kind, lang):
    table, identifiers, lookup = TABLES[kind]
    assert set(table[lang]) == set(identifiers)  # nothing missing, nothing stale
    for ident in identifiers:
        shown = lookup(ident, lang)
        assert shown.strip() and (bool(CJK.search(shown)) == (lang == "zh")), (ident, shown)


@pytest.mark.parametrize("lang", names.LANGS)
def test_structure_stages_and_pseudo_moves_have_names(lang):
    terms = {stage for stages in STAGES.values() for stage, *_ in stages}
    terms |= {"soothing", "slow_reply", "violation"}
    assert set(names.TERM_NAMES[lang]) >= terms
    assert set(names.TERM_NAMES["zh"]) == set(names.TERM_NAMES["en"])


@pytest.mark.parametrize("table", [names.ORDER_FACT_NAMES, names.TERM_NAMES])
def test_both_languages_name_the_same_things(table):
    assert set(table["zh"]) == set(table["en"])


def test_names_within_a_language_tell_endings_and_dimensions_apart():
    for lang in names.LANGS:
        assert len(set(names.ENDING_NAMES[lang].values())) == len(ENDINGS)
        assert len(set(names.DIMENSION_NAMES[lang].values())) == len(DIMENSIONS)


def test_unknown_language_falls_back_to_english_and_unknown_names_show_as_is():
    assert names.ending_name("bad_review", "fr") == names.ending_name("bad_review", "en")
    assert names.dimension_name("no_such_dimension", "zh") == "no_such_dimension"
    assert names.move_name("apology", "zh") == "道歉"
    assert names.move_name("early_bird", "en") == "early_bird"


def test_every_penalty_the_shipped_transcripts_cause_is_named():
    """Penalties name moves, pseudo-moves and stages; each must have a display name."""
    named = set(names.MOVE_NAMES["zh"]) | set(names.TERM_NAMES["zh"])
    seen = set()
    for path in sorted(TRANSCRIPTS.glob("*.yaml")):
        script_id = re.sub(r"_(good|bad|blocked|cold)$", "", path.stem)
        script = load_script(roleplay_dir() / f"{script_id}.yaml")
        for penalty in replay(script, load_transcript(path)).penalties:
            kind, _, name = penalty.move.rpartition(":")
            if kind != "missing_fact":  # those name a knowledge-base fact, shown by its key
                seen.add(name)
    assert seen and seen <= named, seen - named
