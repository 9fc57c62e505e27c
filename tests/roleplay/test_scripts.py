"""Every shipped role-play script: validates, is winnable with its good transcript and is lost,
with the losing words quoted, by its bad transcript."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from simulator.common.data import roleplay_dir
from simulator.roleplay.coaching import quote
from simulator.roleplay.scoring import PASS_MARK
from simulator.roleplay.script import GOOD_ENDINGS, Script, list_scripts, scan_scripts
from simulator.roleplay.script import load_script as _load_script
from simulator.roleplay.session import load_transcript, replay
from simulator.roleplay.validate import check_script_file

SCRIPTS = sorted(roleplay_dir().glob("*.yaml"))
TRANSCRIPTS = Path(__file__).parent / "transcripts"
#: moves whose words must be quoted by a penalty when a bad reply uses them
LOSING_MOVES = ("negation_or_blame", "mechanical_phrase", "off_topic")


@cache
def load_script(path: Path) -> Script:
    """Each script is parsed once per test run (scripts are immutable)."""
    return _load_script(path)


def _ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


@pytest.mark.parametrize("path", SCRIPTS, ids=_ids(SCRIPTS))
def test_script_validates_without_errors(path: Path) -> None:
    diags = check_script_file(path)
    assert [str(d) for d in diags if d.severity == "error"] == []
    assert not [d for d in diags if "cannot be won" in d.message], "no path to resolved_happy"
    script = load_script(path)
    assert script.id == path.stem, "file name and id must agree (transcripts are found by id)"


def test_list_scripts_is_sorted_and_complete() -> None:
    scripts = list_scripts()
    assert [s.id for s in scripts] == sorted(p.stem for p in SCRIPTS)
    assert all(1 <= s.difficulty <= 3 and s.skills and s.lang in ("zh", "en") for s in scripts)


def test_one_broken_script_does_not_hide_the_others(tmp_path: Path) -> None:
    for path in SCRIPTS[:2]:
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("id: broken\nnodes: 3\n", encoding="utf-8")
    scan = scan_scripts(tmp_path)
    assert [s.id for s in scan.scripts] == sorted(p.stem for p in SCRIPTS[:2])
    (bad,) = scan.broken
    assert bad.path.name == "broken.yaml" and str(bad.path) in bad.error and "\n" not in bad.error
    assert [s.id for s in list_scripts(tmp_path)] == [s.id for s in scan.scripts]


@pytest.mark.parametrize("path", SCRIPTS, ids=_ids(SCRIPTS))
def test_good_transcript_passes(path: Path) -> None:
    script = load_script(path)
    report = replay(script, load_transcript(TRANSCRIPTS / f"{script.id}_good.yaml"), seed=0)
    detail = {k: (v.score, v.note) for k, v in report.dimensions.items()}
    assert report.ending in GOOD_ENDINGS, (report.ending, [t.feedback for t in report.turns])
    assert not report.blocked, report.block_reasons
    assert report.total >= PASS_MARK, detail
    assert report.passed


@pytest.mark.parametrize("path", SCRIPTS, ids=_ids(SCRIPTS))
def test_bad_transcript_fails_and_quotes_the_losing_words(path: Path) -> None:
    script = load_script(path)
    report = replay(script, load_transcript(TRANSCRIPTS / f"{script.id}_bad.yaml"), seed=0)
    assert not report.passed
    assert report.total < PASS_MARK or report.blocked
    texts = [t.trainee_text for t in report.turns]
    quoted = [p for p in report.penalties if p.quote]
    assert quoted, "the report must quote the trainee's words that lost points"
    for p in quoted:
        words = p.quote.removesuffix("…").split(" (")[0].removesuffix("…")
        assert any(words in t for t in texts), (p, texts)
    # every blaming / canned / off-topic move the bad replies made is named with its words
    for turn in report.turns:
        for move in turn.moves:
            if move.name in LOSING_MOVES:
                assert any(
                    p.turn == turn.index and p.move == move.name for p in report.penalties
                ), (move, report.penalties)
    # a compliance violation is named with the trainee's own words; the rule goes in the reason
    for turn in report.turns:
        for v in turn.violations:
            assert v.words in turn.trainee_text, v
            assert any(
                p.turn == turn.index
                and p.move == "violation"
                and p.dimension == "compliance"
                and p.quote == quote(v.words)
                and p.reason == v.reason
                for p in report.penalties
            ), (v, report.penalties)
            assert any(v.reason in r and v.words in r for r in report.block_reasons)
    if report.blocked:
        assert report.dimensions["compliance"].score == 0
        assert report.dimensions["compliance"].evidence in [
            quote(v.words) for t in report.turns for v in t.violations
        ]
    lost = {p.move for p in report.penalties}
    assert lost & {*LOSING_MOVES, "slow_reply", "violation", "missing:soothing"}, lost
    # and the dimensions that lost points say so with a quote and a suggestion
    for name, dim in report.dimensions.items():
        if dim.score < dim.max:
            assert dim.suggestion, name


HANDOFF_SCRIPTS = [p for p in SCRIPTS if "handoff:" in p.read_text(encoding="utf-8")]


@pytest.mark.parametrize("path", HANDOFF_SCRIPTS, ids=_ids(HANDOFF_SCRIPTS))
def test_handoff_script_is_winnable_cold_and_losable_warm(path: Path) -> None:
    """A script that arrives from the bot is also won cold (its ``_cold`` transcript asks for
    what it cannot see) and its bad transcript, asking again what the bot collected, loses."""
    script = load_script(path)
    assert script.handoff is not None
    cold = replay(script, load_transcript(TRANSCRIPTS / f"{script.id}_cold.yaml"), 0, "cold")
    assert cold.ending in GOOD_ENDINGS and cold.passed, (cold.ending, cold.total)
    bad = replay(script, load_transcript(TRANSCRIPTS / f"{script.id}_bad.yaml"), 0, "warm")
    assert not bad.passed and any(p.move == "reasked" for p in bad.penalties)


def test_some_bad_transcripts_lose_on_compliance() -> None:
    """At least two bad transcripts go beyond the agent's authority, so the blocker and its
    quoted evidence are exercised by real transcripts (not only by unit tests)."""
    blocked = []
    for path in SCRIPTS:
        script = load_script(path)
        report = replay(script, load_transcript(TRANSCRIPTS / f"{script.id}_bad.yaml"), seed=0)
        if any(p.move == "violation" for p in report.penalties):
            blocked.append(script.id)
            assert report.blocked and not report.passed
    assert len(blocked) >= 2, blocked


def test_every_shipped_script_names_its_intent():
    """The trainer's script list shows each script's intent (售前 / 物流 / 售后 / 投诉)."""
    from simulator.roleplay import scan_scripts

    scripts = scan_scripts().scripts
    assert scripts and all(
        s.intent in ("presale", "logistics", "aftersale", "complaint") for s in scripts
    )
