"""Practice: a session's life for any front end, every turn stored as it happens, exam mode."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from simulator.common.data import roleplay_dir
from simulator.common.errors import InputError, KefuLabError
from simulator.roleplay.moves import MOVES
from simulator.roleplay.practice import Practice
from simulator.roleplay.script import ENDINGS, load_script
from simulator.roleplay.session import load_transcript, replay
from simulator.roleplay.store import ProgressStore

SCRIPT = "late_delivery_angry"
TRANSCRIPTS = Path(__file__).parent / "transcripts"


@pytest.fixture(scope="module")
def script():
    return load_script(roleplay_dir() / f"{SCRIPT}.yaml")


@pytest.fixture(scope="module")
def good() -> list[tuple[str, float]]:
    return load_transcript(TRANSCRIPTS / f"{SCRIPT}_good.yaml")


def _stored(db: Path) -> tuple[list[str], list[tuple]]:
    """What another process would read right now: turn texts and session rows."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        texts = [r[0] for r in con.execute("SELECT trainee_text FROM turns ORDER BY idx")]
        sessions = con.execute("SELECT ending, total FROM sessions").fetchall()
    finally:
        con.close()
    return texts, sessions


def test_practice_plays_to_an_ending_storing_every_turn_as_it_happens(tmp_path, script, good):
    db = tmp_path / "p.db"
    with ProgressStore.open(db) as store:
        practice = Practice(store, "小王", script, seed=4)
        assert practice.opening() and practice.opening() == "\n".join(practice.opening_lines())
        assert _stored(db) == ([], [(None, None)])  # the session exists before the first reply
        played: list[str] = []
        for text, elapsed in good:
            assert not practice.finished
            result = practice.reply(text, elapsed)
            played.append(text)
            texts, sessions = _stored(db)
            assert texts == played, "each turn is committed the moment it is played"
            assert sessions == [(None, None)]  # not scored before finish()
            assert result.index == len(played) and result.customer_lines
            assert result.anger == practice.anger and result.patience == practice.patience
            assert set(result.moves) <= set(MOVES) and result.hint
            if result.finished:
                break
        assert practice.finished and result.finished
        assert result.ending == practice.ending == "resolved_happy"
        scorecard = practice.finish()
        assert practice.finish() is scorecard  # idempotent, stored once
        assert _stored(db)[1] == [("resolved_happy", scorecard.total)]
        assert scorecard.to_dict() == replay(script, good, seed=4).to_dict()
        assert store.report(practice.session_id)["total"] == scorecard.total
        with pytest.raises(KefuLabError):
            practice.reply("还在吗?", 1)


def test_finishing_early_ends_as_customer_left(tmp_path, script, good):
    with ProgressStore.open(tmp_path / "p.db") as store:
        practice = Practice(store, "t", script)
        practice.reply(*good[0])
        scorecard = practice.finish()
        [row] = store.sessions("t")
    assert scorecard.ending == "customer_left" == row.ending and practice.finished
    assert row.n_turns == 1 and practice.turn_count == 1


def test_exam_mode_returns_no_hints_but_the_same_customer(tmp_path, script, good):
    with ProgressStore.open(tmp_path / "p.db") as store:
        coached = Practice(store, "a", script, seed=2)
        exam = Practice(store, "b", script, seed=2, mode="exam")
        for text, elapsed in good:
            hinted, silent = coached.reply(text, elapsed), exam.reply(text, elapsed)
            assert silent.hint is None and hinted.hint
            assert silent.customer_lines == hinted.customer_lines
            assert (silent.anger, silent.ending) == (hinted.anger, hinted.ending)
            if silent.finished:
                break
        assert exam.finish().to_dict() == coached.finish().to_dict()
        # the review afterwards keeps the coaching
        assert all(t["feedback"] for t in store.turns(exam.session_id))


def test_without_a_store_nothing_is_stored(script, good):
    practice = Practice(None, "t", script)
    practice.reply(*good[0])
    assert practice.session_id is None and practice.finish().ending in ENDINGS


@pytest.mark.parametrize(
    ("trainee", "seed", "mode"),
    [("t", 0, "quiz"), ("  ", 0, "practice"), ("t", "1", "exam")],
)
def test_bad_arguments_are_refused_before_anything_is_stored(tmp_path, script, trainee, seed, mode):
    with ProgressStore.open(tmp_path / "p.db") as store:
        with pytest.raises(InputError):
            Practice(store, trainee, script, seed=seed, mode=mode)
        assert store.sessions() == []


def test_bad_reply_is_refused_and_not_stored(tmp_path, script):
    with ProgressStore.open(tmp_path / "p.db") as store:
        practice = Practice(store, "t", script)
        with pytest.raises(InputError):
            practice.reply("好的", -1)
        assert store.turns(practice.session_id) == [] and not practice.finished
