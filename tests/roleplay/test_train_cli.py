"""``kefulab train`` (replay and interactive) and ``kefulab progress`` end to end."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from simulator.cli.main import main
from simulator.cli.train import TerminalTrainer
from simulator.cli.trainer_ui import Style, Text, anger_meter, colour_enabled, sparkline
from simulator.roleplay.practice import Practice
from simulator.roleplay.script import DIMENSIONS
from simulator.roleplay.store import ProgressStore

ROOT = Path(__file__).resolve().parents[2]
TRANSCRIPTS = Path(__file__).parent / "transcripts"
SCRIPT = "late_delivery_angry"
GOOD = TRANSCRIPTS / f"{SCRIPT}_good.yaml"
BAD = TRANSCRIPTS / f"{SCRIPT}_bad.yaml"
SOOTHE = "王女士您好,真的非常抱歉让您等了这么久,换成我也会着急的。我马上帮您查一下物流。"


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "simulator.cli.main", *args]


def test_replay_writes_the_json_contract_and_stores_every_turn(tmp_path, capsys):
    out, db = tmp_path / "r.json", tmp_path / "p.db"
    argv = ["train", SCRIPT, "--replay", str(GOOD), "--json", str(out), "--db", str(db)]
    assert main([*argv, "--trainee", "小王"]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert {"script", "ending", "total", "passed", "blocked", "dimensions", "turns"} <= set(report)
    assert report["script"] == SCRIPT and report["ending"] == "resolved_happy"
    assert report["passed"] is True and report["total"] >= 80
    assert set(report["dimensions"]) == set(DIMENSIONS)
    for dim in report["dimensions"].values():
        assert {"score", "evidence", "suggestion"} <= set(dim)
    printed = capsys.readouterr().out
    assert "圆满解决" in printed and "怒气曲线" in printed
    with ProgressStore.open(db) as store:
        [session] = store.sessions("小王")
        assert session.ending == "resolved_happy" and session.total == report["total"]
        assert [t["trainee_text"] for t in store.turns(session.id)] == [
            t["trainee_text"] for t in report["turns"]
        ]


def test_replay_is_deterministic_for_a_seed(tmp_path):
    outs = []
    for n in range(2):
        out = tmp_path / f"r{n}.json"
        argv = ["train", SCRIPT, "--replay", str(BAD), "--seed", "5", "--json", str(out)]
        assert main([*argv, "--db", str(tmp_path / "p.db")]) == 0
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1]


def test_transcript_that_runs_out_ends_as_customer_left(tmp_path, capsys):
    short = tmp_path / "short.yaml"
    short.write_text(f"- text: {SOOTHE}\n  elapsed_s: 10\n", encoding="utf-8")
    out = tmp_path / "r.json"
    argv = ["train", SCRIPT, "--replay", str(short), "--json", str(out)]
    assert main([*argv, "--db", str(tmp_path / "p.db")]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["ending"] == "customer_left" and not report["passed"]
    assert len(report["turns"]) == 1
    assert "记录用完了" in capsys.readouterr().out


def test_bad_transcript_is_a_one_line_error(tmp_path, capsys):
    bad = tmp_path / "t.yaml"
    bad.write_text(f"- text: {SOOTHE}\n  elapsed_s: 10\n- text: 好的\n  elapsed_s: -3\n", "utf-8")
    db = tmp_path / "p.db"
    assert main(["train", SCRIPT, "--replay", str(bad), "--db", str(db)]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and str(bad) in err and "[1].elapsed_s" in err and ">= 0" in err
    assert not db.exists()  # nothing recorded for a transcript that never played


def test_unknown_script_id_exits_2_with_the_valid_ids(tmp_path, capsys):
    assert main(["train", "no_such_script", "--db", str(tmp_path / "p.db")]) == 2
    err = capsys.readouterr().err
    assert "no_such_script" in err and SCRIPT in err
    assert not (tmp_path / "p.db").exists()


def test_without_id_and_without_a_terminal_lists_scripts_by_lang_and_exits_2(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["train", "--lang", "en"]) == 2
    captured = capsys.readouterr()
    assert "SCRIPT_ID" in captured.err
    shipped = [p.stem for p in (ROOT / "scenarios" / "roleplay").glob("*.yaml")]
    listed = [i for i in shipped if f" {i} " in captured.out]
    assert listed and all(i.startswith("en_") for i in listed)
    assert len(listed) == sum(i.startswith("en_") for i in shipped)


class _Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_interactive_reply_time_includes_kb_lookups_which_are_not_replies(tmp_path):
    from simulator.roleplay.script import load_script

    script = load_script(ROOT / "scenarios" / "roleplay" / f"{SCRIPT}.yaml")
    clock, prompts = _Clock(), []
    # (seconds the trainee spends, what they type)
    inputs = iter([(10, "/kb 羽绒服 尺码"), (15, SOOTHE), (20, "/quit")])

    def read(prompt: str) -> str:
        prompts.append(prompt)
        spent, line = next(inputs)
        clock.t += spent
        return line

    out = io.StringIO()
    with ProgressStore.open(tmp_path / "p.db") as store:
        practice = Practice(store, "t", script, 1)
        trainer = TerminalTrainer(practice, Text("zh"), Style(False), out, clock)
        trainer.play_interactive(read)
        report = trainer.finish()
        [turn] = store.turns(practice.session_id)
    assert turn["elapsed_s"] == 25  # the /kb look-up's 10 s count towards the reply
    assert report.ending == "customer_left"  # /quit
    assert "[ 10s" in prompts[1]  # the prompt shows the running clock
    text = out.getvalue()
    assert "XXL" in text  # the KB hit about sizes was printed
    assert "怒气 [" in text and "\x1b[" not in text


def test_interactive_session_through_a_pipe_with_kb_and_quit(tmp_path):
    db = tmp_path / "p.db"
    stdin = f"/help\n/kb 羽绒服 尺码\n{SOOTHE}\n/quit\n"
    proc = subprocess.run(
        _cli("train", SCRIPT, "--db", str(db), "--trainee", "pipe", "--seed", "2"),
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "/quit" in out and "XXL" in out  # help text and a KB answer
    assert "怒气 [" in out and "耐心" in out  # the meter after the reply
    assert "你结束了对话" in out and "顾客离开" in out and "总分" in out
    assert "\x1b[" not in out  # no colour on a pipe
    with ProgressStore.open(db) as store:
        [session] = store.sessions("pipe")
        assert session.ending == "customer_left" and session.n_turns == 1
        assert store.turns(session.id)[0]["trainee_text"] == SOOTHE


def test_killed_trainer_keeps_the_turns_it_played(tmp_path):
    db = tmp_path / "p.db"
    proc = subprocess.Popen(
        _cli("train", SCRIPT, "--db", str(db), "--trainee", "crash", "--seed", "1"),
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
        text=True,
    )
    try:
        proc.stdin.write(f"{SOOTHE}\n我马上帮您催件,再用顺丰补发一件。\n")
        proc.stdin.flush()  # the third reply never comes: the trainer waits at its prompt
        # a bound, not a pause: the loop ends as soon as both turns are stored. The trainer first
        # trains its reader (about 3 s alone, over 25 s on a loaded 2-core machine)
        deadline = time.monotonic() + 180
        turns = 0
        while turns < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
            if db.exists():
                con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
                try:
                    turns = con.execute("SELECT COUNT(*) FROM turns").fetchone()[0]
                except sqlite3.Error:  # the schema may not be there yet
                    turns = 0
                finally:
                    con.close()
        assert turns == 2, f"{turns} turns stored after 180 s"
        assert proc.poll() is None, "the trainer should still be waiting for a reply"
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=10) == -signal.SIGKILL
    finally:
        proc.kill()
        proc.stdin.close()
    with ProgressStore.open(db) as store:
        [session] = store.sessions("crash")
        assert session.ending is None and session.n_turns == 2


def test_progress_after_two_sessions_shows_both_and_the_weakest_skills(tmp_path, capsys):
    db = tmp_path / "p.db"
    for transcript in (GOOD, BAD):
        assert main(["train", SCRIPT, "--replay", str(transcript), "--db", str(db)]) == 0
    capsys.readouterr()
    out_json = tmp_path / "progress.json"
    assert main(["progress", "--db", str(db), "--json", str(out_json)]) == 0
    printed = capsys.readouterr().out
    assert printed.count(SCRIPT) >= 2
    assert "圆满解决" in printed and "被迫退款" in printed
    summary = json.loads(out_json.read_text(encoding="utf-8"))
    assert [s["ending"] for s in summary["sessions"]] == ["resolved_happy", "refund_forced"]
    weakest = summary["weakest"]
    assert len(weakest) == 3
    shares = [w["mean_share"] for w in weakest]
    assert shares == sorted(shares) and shares[0] < 1
    assert "最弱的技能" in printed
    for w in weakest:
        assert w["dimension"] in printed and w["suggestion"]
    # the weakest dimension is one the bad session lost points on
    with ProgressStore.open(db) as store:
        bad_report = store.report(summary["sessions"][1]["id"])
    dim = bad_report["dimensions"][weakest[0]["dimension"]]
    assert dim["score"] < dim["max"]


def test_progress_on_a_missing_database_is_friendly_and_creates_nothing(tmp_path, capsys):
    db = tmp_path / "none.db"
    assert main(["progress", "--db", str(db), "--lang", "en"]) == 0
    assert "No practice sessions yet" in capsys.readouterr().out
    assert not db.exists()


def test_progress_refuses_a_foreign_file(tmp_path, capsys):
    db = tmp_path / "notes.db"
    db.write_bytes(b"not a database at all")
    assert main(["progress", "--db", str(db)]) == 2
    assert "not a SQLite database" in capsys.readouterr().err
    assert db.read_bytes() == b"not a database at all"


def test_colour_only_on_a_terminal_without_no_color():
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert colour_enabled(Tty(), {}) is True
    assert colour_enabled(Tty(), {"NO_COLOR": "1"}) is False
    assert colour_enabled(io.StringIO(), {}) is False


def test_meter_and_sparkline():
    assert anger_meter(50, Style(False), width=10) == "[█████░░░░░]  50/100"
    assert anger_meter(130, Style(False), width=4) == "[████] 130/100"
    assert sparkline([0, 50, 100]) == "▁▅█"
    assert "\x1b[31m" in anger_meter(90, Style(True))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_message_exists_in_both_languages(lang):
    from simulator.cli.trainer_ui import MESSAGES

    assert set(MESSAGES[lang]) == set(MESSAGES["zh"])


BLOCKED = sorted(TRANSCRIPTS.glob("*_blocked.yaml"))


@pytest.mark.parametrize("transcript", BLOCKED, ids=[p.stem for p in BLOCKED])
def test_promises_beyond_authority_block_the_pass_despite_high_points(transcript, tmp_path, capsys):
    script_id = transcript.stem.removesuffix("_blocked")
    out = tmp_path / "r.json"
    argv = ["train", script_id, "--replay", str(transcript), "--json", str(out)]
    assert main([*argv, "--db", str(tmp_path / "p.db")]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["blocked"] is True and report["passed"] is False
    assert report["total"] >= 80  # the points alone would pass
    assert report["dimensions"]["compliance"]["score"] == 0
    printed = capsys.readouterr().out
    assert "合规否决" in printed and "未通过" in printed
    for reason in report["block_reasons"]:
        words = reason.split("「", 1)[1].split("」", 1)[0]
        assert any(words in t["trainee_text"] for t in report["turns"])


def test_english_script_gets_an_english_ui_and_report(tmp_path, capsys):
    transcript = TRANSCRIPTS / "en_defect_refund_good.yaml"
    argv = ["train", "en_defect_refund", "--replay", str(transcript)]
    assert main([*argv, "--db", str(tmp_path / "p.db")]) == 0
    out = capsys.readouterr().out
    # display names come from roleplay.names, in the script's language
    assert "Ending: resolved, customer happy" in out and "no blame 15/15  (no_blame)" in out
    assert "PASSED" in out and "Anger curve" in out
    assert "anger [" in out and "Customer Sarah" in out
    assert "总分" not in out and "怒气" not in out


def _folder_with_broken_scripts(tmp_path: Path) -> Path:
    """A scenarios folder: two good scripts, one with a YAML syntax error, one failing the schema,
    one reusing another's id."""
    folder = tmp_path / "scenarios" / "roleplay"
    folder.mkdir(parents=True)
    for sid in (SCRIPT, "en_late_delivery_angry"):
        text = (ROOT / "scenarios" / "roleplay" / f"{sid}.yaml").read_text(encoding="utf-8")
        (folder / f"{sid}.yaml").write_text(text, encoding="utf-8")
    (folder / "zz_syntax.yaml").write_text("id: zz_syntax\ntitle: [unclosed\n", encoding="utf-8")
    good = (folder / f"{SCRIPT}.yaml").read_text(encoding="utf-8")
    assert "\ndifficulty: " in good
    (folder / "zz_schema.yaml").write_text(
        good.replace(f"id: {SCRIPT}", "id: zz_schema", 1).replace(
            "\ndifficulty: ", "\ndifficulty: 9 #", 1
        ),
        encoding="utf-8",
    )
    (folder / "zz_copy.yaml").write_text(good, encoding="utf-8")  # same id as late_delivery_angry
    return folder


def test_listing_skips_broken_scripts_and_names_each_on_stderr(tmp_path, monkeypatch, capsys):
    folder = _folder_with_broken_scripts(tmp_path)
    monkeypatch.setattr("simulator.cli.train.roleplay_dir", lambda: folder)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["train"]) == 2  # not a terminal: the list, then "pass SCRIPT_ID"
    out, err = capsys.readouterr()
    assert f" {SCRIPT} " in out and " en_late_delivery_angry " in out
    broken = [line for line in err.splitlines() if "zz_" in line]
    assert len(broken) == 3, err
    by_file = {
        name: next(line for line in broken if name in line)
        for name in ("zz_syntax", "zz_schema", "zz_copy")
    }
    assert "difficulty" in by_file["zz_schema"]
    assert "already used" in by_file["zz_copy"] and SCRIPT in by_file["zz_copy"]
    assert "Traceback" not in err


def test_playing_a_named_broken_script_exits_2_with_one_line(tmp_path, monkeypatch, capsys):
    folder = _folder_with_broken_scripts(tmp_path)
    monkeypatch.setattr("simulator.cli.train.roleplay_dir", lambda: folder)
    db = tmp_path / "p.db"
    for sid, what in (("zz_schema", "difficulty"), ("zz_syntax", "zz_syntax.yaml")):
        assert main(["train", sid, "--replay", str(GOOD), "--db", str(db)]) == 2
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and err.startswith("kefulab: error: "), err
        assert f"{sid}.yaml" in err and what in err
    assert not db.exists()
