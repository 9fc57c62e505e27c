"""``kefulab training apply``: store scores -> a trained scenario that loads, validates, compares."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.cli.main import main
from simulator.cli.training import apply_training, scores_from_store
from simulator.common.data import roleplay_dir
from simulator.experiments.training import load_mapping, map_scores
from simulator.roleplay.practice import Practice
from simulator.roleplay.script import load_script
from simulator.roleplay.session import load_transcript
from simulator.roleplay.store import ProgressStore
from simulator.scenario.loader import load_scenario

ROOT = Path(__file__).resolve().parents[2]
TRANSCRIPTS = ROOT / "tests" / "roleplay" / "transcripts"
MAPPING = ROOT / "scenarios" / "training" / "mapping.yaml"
SCRIPTS = ("late_delivery_angry", "wrong_size_exchange", "bad_review_threat")
MMC = ROOT / "scenarios" / "traffic" / "mmc_reference.yaml"


def _play(store: ProgressStore, trainee: str, script_id: str, kind: str) -> None:
    script = load_script(roleplay_dir() / f"{script_id}.yaml")
    practice = Practice(store, trainee, script)
    for text, elapsed in load_transcript(TRANSCRIPTS / f"{script_id}_{kind}.yaml"):
        if practice.finished:
            break
        practice.reply(text, elapsed)
    practice.finish()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """小王 played the good transcripts, 小李 the bad ones (oldest) then one good one."""
    path = tmp_path_factory.mktemp("store") / "p.db"
    with ProgressStore.open(path) as store:
        for script_id in SCRIPTS:
            _play(store, "小王", script_id, "good")
            _play(store, "小李", script_id, "bad")
        _play(store, "小李", SCRIPTS[0], "good")
    return path


def _one_error_line(capsys) -> str:
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_recent_scores_per_trainee_and_for_the_team(db):
    with ProgressStore.open(db) as store:
        good = scores_from_store(store, "小王")
        recent = scores_from_store(store, "小李", last=1)  # only the latest (good) session
        bad = scores_from_store(store, "小李", last=3)  # the three bad ones
        team = scores_from_store(store, None, last=3)
    assert good.sessions == 3 and good.who == "小王" and recent.sessions == 1
    assert team.sessions == 6 and team.who == "team (2 trainees)"
    assert all(0 <= v <= 100 for v in good.dimensions.values())
    assert good.dimensions["empathy"] > bad.dimensions["empathy"]
    assert recent.dimensions["empathy"] > bad.dimensions["empathy"]
    for dim, value in team.dimensions.items():
        assert min(good.dimensions[dim], bad.dimensions[dim]) <= value
        assert value <= max(good.dimensions[dim], bad.dimensions[dim])


def test_apply_writes_a_scenario_that_loads_validates_and_compares(db, tmp_path, capsys):
    out = tmp_path / "trained.yaml"
    args = ["training", "apply", str(MMC), "--trainee", "小王", "--db", str(db)]
    assert main([*args, "--share", "0.5", "--one-off-cost", "3000", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "scores of 小王: 3 finished session(s)" in printed
    assert "reply_time_factor" in printed and "csat_effect" in printed
    assert f"kefulab compare {MMC} {out}" in printed
    trained = load_scenario(out)
    level = trained.agents.proficiency["trained"]
    with ProgressStore.open(db) as store:
        mapped = map_scores(scores_from_store(store, "小王"), load_mapping())
    assert (level.reply_time_factor, level.resolution_factor, level.csat_effect) == (
        mapped.reply_time_factor,
        mapped.resolution_factor,
        mapped.csat_effect,
    )
    assert level.share == 0.5 and trained.agents.proficiency["today"].share == 0.5
    assert mapped.csat_effect > 0 and mapped.reply_time_factor < 1  # good replies, better agents
    assert trained.economics.one_off_cost == 3000
    assert main(["validate", str(out)]) == 0
    assert f"{out}: ok" in capsys.readouterr().out
    assert main(["compare", str(MMC), str(out), "-n", "2"]) == 0
    assert "payback" in capsys.readouterr().out


def test_the_gui_api_gives_the_same_scenario(db, tmp_path):
    out = tmp_path / "t.yaml"
    assert (
        main(["training", "apply", "mmc_reference", "--team", "--db", str(db), "--out", str(out)])
        == 0
    )
    with ProgressStore.open(db) as store:
        scores = scores_from_store(store, None, last=load_mapping().recent_sessions)
    made = apply_training(load_scenario("mmc_reference"), scores)
    assert load_scenario(out) == made.scenario


@pytest.mark.parametrize(
    "extra, message",
    [
        ([], "give either --trainee NAME or --team"),
        (["--trainee", "小王", "--team"], "give either --trainee NAME or --team"),
        (["--trainee", "小黄"], "no finished role-play session of trainee '小黄'"),
        (["--team", "--share", "0"], "--share: must be a share in (0, 1]"),
        (["--team", "--share", "half"], "--share: must be a share in (0, 1]"),
        (["--team", "--last", "0"], "--last: must be a whole number >= 1"),
        (["--team", "--one-off-cost", "-5"], "--one-off-cost: must be a number of yuan >= 0"),
    ],
)
def test_bad_arguments_are_one_line_and_exit_2(db, tmp_path, capsys, extra, message):
    out = tmp_path / "x.yaml"
    code = main(["training", "apply", "mmc_reference", "--db", str(db), *extra, "--out", str(out)])
    assert code == 2
    assert message in _one_error_line(capsys)
    assert not out.exists()


def test_a_missing_database_is_one_line_and_not_created(tmp_path, capsys):
    db = tmp_path / "none.db"
    args = ["training", "apply", "mmc_reference", "--team", "--db", str(db), "--out", "x.yaml"]
    assert main(args) == 2
    assert "no progress database" in _one_error_line(capsys) and not db.exists()


@pytest.mark.parametrize(
    "old, new, message",
    [
        ("csat_effect: 0.2}", "csat_effect: -0.2}", "csat_effect falls"),
        ("[timeliness]", "[timelines]", "unknown rubric dimension 'timelines' (did you mean"),
        ("recent_sessions: 10", "recent_sessions: 0", "recent_sessions"),
    ],
)
def test_a_bad_mapping_file_is_one_line_and_exit_2(db, tmp_path, capsys, old, new, message):
    folder = tmp_path / "training"  # the folder it shares with certification plans
    folder.mkdir()
    bad = folder / "mapping.yaml"
    text = MAPPING.read_text(encoding="utf-8")
    assert old in text
    bad.write_text(text.replace(old, new, 1), encoding="utf-8")
    args = ["training", "apply", "mmc_reference", "--team", "--db", str(db), "--mapping", str(bad)]
    assert main([*args, "--out", str(tmp_path / "x.yaml")]) == 2
    line = _one_error_line(capsys)
    assert line.startswith(f"kefulab: error: {bad}:") and message in line
    assert main(["validate", str(bad)]) == 2  # checked as a mapping, not as a certification
    assert message in capsys.readouterr().out


def test_validate_tells_the_two_kinds_of_training_file_apart(capsys):
    training = ROOT / "scenarios" / "training"
    files = [str(training / "mapping.yaml"), str(training / "certification.yaml")]
    assert main(["validate", *files]) == 0
    out = capsys.readouterr().out
    assert all(f"{f}: ok" in out for f in files)
