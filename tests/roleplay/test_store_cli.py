"""``kefulab roleplay`` (examples, assign, assignments, certifications) and ``progress --csv``."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from simulator.cli.main import main
from simulator.roleplay.examples import read_examples
from simulator.roleplay.store import ProgressStore

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = "late_delivery_angry"
GOOD = ROOT / "tests/roleplay/transcripts/late_delivery_angry_good.yaml"
BAD = ROOT / "tests/roleplay/transcripts/late_delivery_angry_bad.yaml"


def _train(db: Path, transcript: Path, *extra: str) -> None:
    assert main(["train", SCRIPT, "--replay", str(transcript), "--db", str(db), *extra]) == 0


def test_misread_mark_is_exported_as_labelled_replies(tmp_path, capsys):
    db = tmp_path / "p.db"
    _train(db, BAD)
    with ProgressStore.open(db) as store:
        [session] = store.sessions()
        reply = store.turns(session.id)[0]["trainee_text"]
        store.mark_misread(session.id, 1, ["apology", "explain_cause"], "李主管", note="有道歉")
    out = tmp_path / "examples.yaml"
    assert main(["roleplay", "examples", "--out", str(out), "--db", str(db)]) == 0
    assert "1 labelled reply" in capsys.readouterr().out
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    [item] = data["replies"]
    assert (item["text"], item["moves"], item["script"], item["lang"], item["marked_by"]) == (
        reply,
        ["apology", "explain_cause"],
        SCRIPT,
        "zh",
        "李主管",
    )
    assert isinstance(item["moves_read"], list)
    [example] = read_examples(out)
    assert example.moves_marked == ("apology", "explain_cause") and example.note == "有道歉"


def test_examples_without_a_database_is_one_line_exit_2(tmp_path, capsys):
    db = tmp_path / "none.db"
    assert main(["roleplay", "examples", "--out", str(tmp_path / "x.yaml"), "--db", str(db)]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "no progress database" in err and not db.exists()


def test_assign_then_pass_then_list(tmp_path, capsys):
    db = tmp_path / "p.db"
    due = (date.today() + timedelta(days=7)).isoformat()
    args = ["roleplay", "assign", SCRIPT, "--trainee", "小王", "--due", due, "--db", str(db)]
    assert main([*args, "--pass-mark", "85", "--by", "李主管"]) == 0
    old = (date.today() - timedelta(days=1)).isoformat()
    late = ["roleplay", "assign", "presale_hesitant", "--trainee", "小李", "--due", old]
    assert main([*late, "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["roleplay", "assignments", "--db", str(db), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "not started" in out and "overdue" in out and "passed 0" in out
    _train(db, GOOD, "--trainee", "小王")  # passes, but its first reply is a model answer
    with ProgressStore.open(db) as store:
        assert [a.status for a in store.assignments("小王")] == ["in_progress"]
    _train(db, _own_words(tmp_path), "--trainee", "小王")
    capsys.readouterr()
    assert main(["roleplay", "assignments", "--db", str(db), "--trainee", "小王"]) == 0
    out = capsys.readouterr().out
    assert "已通过 1" in out and "进行中 0" in out and "小李" not in out
    with ProgressStore.open(db) as store:
        [mine] = store.assignments("小王")
        assert (mine.status, mine.attempts) == ("passed", 2)


def _own_words(tmp_path: Path) -> Path:
    """The good transcript with its copied first reply rewritten in the trainee's own words."""
    replies = yaml.safe_load(GOOD.read_text(encoding="utf-8"))
    replies[0]["text"] = (
        "王女士您好,让您等了这么多天真是对不起,换我也一样着急。我现在就去查这单物流卡在哪一站。"
    )
    path = tmp_path / "own_words.yaml"
    path.write_text(yaml.safe_dump(replies, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["nope", "--due", "2026-12-01"], "unknown script 'nope'"),
        ([SCRIPT, "--due", "tomorrow"], "--due: expected a date YYYY-MM-DD"),
        ([SCRIPT, "--due", "2026-12-01", "--pass-mark", "high"], "--pass-mark: expected"),
        ([SCRIPT, "--due", "2026-12-01", "--pass-mark", "120"], "between 0 and 100"),
    ],
)
def test_bad_assignments_are_one_line_exit_2(tmp_path, capsys, extra, message):
    db = tmp_path / "p.db"
    assert main(["roleplay", "assign", *extra, "--trainee", "a", "--db", str(db)]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and message in err
    assert not db.exists()


def test_listing_commands_do_not_create_a_database(tmp_path, capsys):
    db = tmp_path / "none.db"
    assert main(["roleplay", "assignments", "--db", str(db), "--lang", "en"]) == 0
    assert main(["roleplay", "certifications", "--db", str(db), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "No assignments yet" in out and "No certificates yet" in out
    assert not db.exists()


def test_exam_mode_from_the_terminal_is_stored(tmp_path, capsys):
    db = tmp_path / "p.db"
    _train(db, BAD, "--exam")
    assert main(["progress", "--db", str(db), "--lang", "en"]) == 0
    assert "[exam" in capsys.readouterr().out
    with ProgressStore.open(db) as store:
        assert store.sessions()[0].mode == "exam"


def test_progress_csv_has_a_bom_and_chinese_intact(tmp_path, capsys):
    db = tmp_path / "p.db"
    _train(db, GOOD, "--trainee", "小王")
    _train(db, BAD, "--trainee", "小王")
    out = tmp_path / "history.csv"
    assert main(["progress", "--db", str(db), "--csv", str(out)]) == 0
    assert "2 条会话" in capsys.readouterr().out
    assert out.read_bytes()[:3] == b"\xef\xbb\xbf"
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["学员"] for r in rows] == ["小王", "小王"]
    assert [r["结局"] for r in rows] == ["resolved_happy", "refund_forced"]
    assert all(r["共情"] for r in rows)


def test_progress_csv_without_a_database_is_one_line_exit_2(tmp_path, capsys):
    db = tmp_path / "none.db"
    assert main(["progress", "--db", str(db), "--csv", str(tmp_path / "h.csv")]) == 2
    assert "no progress database" in capsys.readouterr().err
    assert not db.exists()


def test_validate_accepts_the_shipped_certification_file(capsys):
    path = ROOT / "scenarios/training/certification.yaml"
    assert main(["validate", str(path)]) == 0
    assert f"{path}: ok" in capsys.readouterr().out


def test_validate_reports_an_unknown_required_script(tmp_path, capsys):
    path = tmp_path / "training" / "certification.yaml"
    path.parent.mkdir()
    path.write_text(
        "certifications:\n  - id: x\n    name: {en: X}\n    required_scripts: [late_delivery]\n",
        encoding="utf-8",
    )
    assert main(["validate", str(path)]) == 2
    out = capsys.readouterr().out
    assert (
        "certifications[0].required_scripts[0]" in out and "unknown script 'late_delivery'" in out
    )
