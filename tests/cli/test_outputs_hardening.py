"""The command line's outputs under careless input (issue 13), one test per class.

Option errors are one line without the usage block (plugins included); output paths that are
folders, files, missing or full are one line naming the path with nothing half-written; a
closed pipe exits quietly; undecodable stdin does not crash the trainer; seeds are bounded;
every CSV cell that a spreadsheet would run is neutralised; names are escaped on the terminal.
"""

from __future__ import annotations

import argparse
import csv
import errno
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import simulator.cli.main as cli_main
import simulator.cli.run as run_cmd
import simulator.common.atomicfile as atomicfile
from simulator.cli.common import MAX_SEED
from simulator.cli.format import printable
from simulator.cli.main import build_parser, main
from simulator.common.csvsafe import safe_cell, safe_row
from simulator.common.errors import InputError
from simulator.roleplay.store import ProgressStore

ROOT = Path(__file__).resolve().parents[2]
ERLANG = ["erlang", "--volume", "100", "--aht", "300", "--interval", "1800", "--target", "0.8"]
ERLANG += ["--answer-time", "20"]


def _one_line(err: str) -> str:
    assert err.count("\n") == 1, err
    assert "Traceback" not in err and "usage:" not in err
    return err.strip()


def _exit_code(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exc:  # argparse exits from inside parse_args
        return int(exc.code or 0)


# -- 1. option errors ------------------------------------------------------------------------


def test_option_error_is_one_line_without_usage(capsys):
    assert _exit_code(["run", "tmall_daily", "--days", "x"]) == 2
    line = _one_line(capsys.readouterr().err)
    assert line.startswith("kefulab run: --days: ") and "'x'" in line


def test_nested_and_plugin_commands_share_the_one_line_errors(capsys, monkeypatch):
    assert _exit_code(["roleplay", "assign", "late_delivery_angry"]) == 2
    assert "required" in _one_line(capsys.readouterr().err)

    def register(sub):
        p = sub.add_parser("plugin-x")
        p.add_argument("--count", type=int, required=True)

    class Entry:
        def load(self):
            return register

    monkeypatch.setattr(cli_main, "entry_points", lambda group: [Entry()])
    assert _exit_code(["plugin-x", "--count", "many"]) == 2
    assert _one_line(capsys.readouterr().err).startswith("kefulab plugin-x: --count: ")
    assert _exit_code(["plugin-x", "--help"]) == 0
    assert "usage:" in capsys.readouterr().out


# -- 2. output paths -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["run", "tmall_daily", "--json", "{tmp}"], "is a folder"),
        (["run", "tmall_daily", "--csv", "{tmp}/file.txt"], "is a file"),
        (["run", "tmall_daily", "--csv", "{tmp}/file.txt/sub"], "is not a folder"),
        (["run", "tmall_daily", "--json", "{tmp}/no/such/out.json"], "does not exist"),
        (["history", "tmall_daily", "--out", "."], "is a folder"),
        (["sweep", "tmall_daily", "--grid", "agents.count=5", "--csv", "{tmp}"], "is a folder"),
        ([*ERLANG, "--json", "{tmp}"], "is a folder"),
    ],
)
def test_bad_output_paths_are_one_line_before_any_work(tmp_path, capsys, argv, words):
    (tmp_path / "file.txt").write_text("keep me")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main(argv) == 2
    out = capsys.readouterr()
    line = _one_line(out.err)
    assert words in line
    assert out.out == ""  # refused before anything ran or printed
    assert (tmp_path / "file.txt").read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


def test_full_disk_leaves_the_old_file_and_no_partial_one(tmp_path, capsys, monkeypatch):
    out = tmp_path / "plan.json"
    out.write_text("old plan")

    class FullDisk(io.StringIO):
        def write(self, text):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    real_open = open

    def open_full(file, mode="r", *args, **kwargs):
        if isinstance(file, int):  # the temporary file beside the target
            real_open(file, mode, *args, **kwargs).close()
            return FullDisk()
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(atomicfile, "open", open_full, raising=False)
    assert main([*ERLANG, "--json", str(out)]) == 2
    line = _one_line(capsys.readouterr().err)
    assert str(out) in line and "No space left" in line
    assert out.read_text() == "old plan"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_writing_to_dev_full_is_one_line(capsys):
    assert main([*ERLANG, "--json", "/dev/full"]) == 2
    assert "/dev/full" in _one_line(capsys.readouterr().err)


# -- 3. a closed pipe ------------------------------------------------------------------------


def test_closed_stdout_pipe_exits_quietly():
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader (head -1) is gone before kefulab writes
    try:
        proc = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from simulator.cli.main import main; sys.exit(main())",
                *ERLANG,
            ],  # fmt: skip
            stdout=write_end,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert proc.returncode == cli_main.EXIT_BROKEN_PIPE
    assert proc.stderr == ""


# -- 4. undecodable stdin --------------------------------------------------------------------


def test_invalid_utf8_replies_on_stdin_do_not_crash_the_trainer(tmp_path):
    db = tmp_path / "p.db"
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from simulator.cli.main import main; sys.exit(main())",
            "train",
            "late_delivery_angry",
            "--seed",
            "1",
            "--db",
            str(db),
            "--lang",
            "en",
        ],  # fmt: skip
        input=b"hello \xff\xfe world\n\xc3(\xa0\xa1 ok\n",
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert b"Traceback" not in proc.stderr and b"UnicodeDecodeError" not in proc.stderr
    assert proc.returncode == 0
    with ProgressStore.open(db) as store:
        texts = [t["trainee_text"] for t in store.turns(store.sessions()[0].id)]
    assert "hello \ufffd\ufffd world" in texts


# -- 5. seeds --------------------------------------------------------------------------------


def _seed_options() -> dict[str, argparse.Action]:
    """``{command: its --seed action}`` for every command and subcommand that has one."""
    found = {}

    def walk(parser: argparse.ArgumentParser, prefix: str) -> None:
        for action in parser._actions:
            if "--seed" in action.option_strings:
                found[prefix] = action
            if isinstance(action.choices, dict):  # subcommands
                for name, child in action.choices.items():
                    walk(child, f"{prefix} {name}".strip())

    walk(build_parser(), "")
    return found


def test_every_seed_option_is_bounded_at_parse_time(capsys):
    options = _seed_options()
    assert {"run", "compare", "sweep", "staff", "report", "calibrate", "train"} <= set(options)
    for command, action in options.items():
        for bad in ("99999999999999999999", str(MAX_SEED + 1), "-1", "1.5"):
            with pytest.raises(argparse.ArgumentTypeError):
                action.type(bad)
        assert action.type(str(MAX_SEED)) == MAX_SEED, command
    assert _exit_code(["train", "late_delivery_angry", "--seed", "99999999999999999999"]) == 2
    assert "--seed" in _one_line(capsys.readouterr().err)


def test_largest_seed_is_stored_by_the_trainer(tmp_path):
    db = tmp_path / "p.db"
    replay = ROOT / "tests/roleplay/transcripts/late_delivery_angry_good.yaml"
    argv = ["train", "late_delivery_angry", "--replay", str(replay), "--db", str(db)]
    assert main([*argv, "--seed", str(MAX_SEED)]) == 0
    with ProgressStore.open(db) as store:
        assert store.sessions()[0].seed == MAX_SEED


# -- 7. CSV injection ------------------------------------------------------------------------


def test_formula_cells_are_neutralised_and_numbers_stay_numbers():
    assert safe_row(["=1+1", "+cmd", "-x", "@SUM(A1)", "\tx", "\rx", "＝1", "plain", ""]) == [
        "'=1+1",
        "'+cmd",
        "'-x",
        "'@SUM(A1)",
        "'\tx",
        "'\rx",
        "'＝1",
        "plain",
        "",
    ]
    for number in ("-12.5", "+3", "-1e-05", "0.25", -7, 3.5, True, None):
        assert safe_cell(number) == number


def test_sweep_and_session_csv_carry_no_formula(tmp_path, capsys):
    out = tmp_path / "sweep.csv"
    summary = tmp_path / "summary.csv"
    argv = ["sweep", "mmc_reference", "--grid", "name==HYPERLINK(1),'@SUM(A1)',+1+1"]
    argv += ["-n", "1", "--days", "1", "--workers", "1", "--csv", str(out)]
    assert main([*argv, "--summary-csv", str(summary)]) == 0
    capsys.readouterr()
    for path in (out, summary):
        rows = list(csv.reader(path.open(encoding="utf-8")))
        cells = [c for row in rows for c in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "@")]
        assert {"'=HYPERLINK(1)", "'@SUM(A1)", "'+1+1"} <= set(cells)


def test_every_csv_writer_goes_through_csvsafe():
    raw = re.compile(r"csv\.writer\(|csv\.DictWriter\(|\.to_csv\(")
    offenders = [
        f"{path.relative_to(ROOT)}"
        for folder in ("simulator", "gui")
        for path in (ROOT / folder).rglob("*.py")
        if path.name != "csvsafe.py" and raw.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_progress_history_csv_neutralises_trainee_names(tmp_path, capsys):
    db = tmp_path / "p.db"
    with ProgressStore.open(db) as store:
        sid = store.start_session("=cmd|'/c calc'!A1", "late_delivery_angry", 1)
        store.finish_session(sid, {"ending": "x", "total": -5, "passed": False})
    out = tmp_path / "h.csv"
    assert main(["progress", "--db", str(db), "--csv", str(out), "--lang", "en"]) == 0
    capsys.readouterr()
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[1][1] == "'=cmd|'/c calc'!A1"
    assert "-5" in rows[1]  # a negative number stays a number


# -- 8. names on the terminal ----------------------------------------------------------------


def test_printable_escapes_controls_and_keeps_chinese():
    assert printable("\x1b[31m红\x1b[0m\n\u202e") == "\\x1b[31m红\\x1b[0m\\n\\u202e"
    assert printable("小王 ok") == "小王 ok"


def test_ansi_in_a_trainee_name_is_escaped_by_progress(tmp_path, capsys):
    db = tmp_path / "p.db"
    with ProgressStore.open(db) as store:
        sid = store.start_session("\x1b]0;pwned\x07\x1b[2J小王", "late_delivery_angry", 1)
        store.finish_session(sid, {"ending": "x", "total": 50, "passed": False})
    assert main(["progress", "--db", str(db), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b]0;pwned" in out


def test_error_messages_with_control_characters_stay_one_line(capsys, monkeypatch):
    def boom(args):
        raise InputError("bad name 'a\nb\x1b[31m'")

    monkeypatch.setattr(run_cmd, "handle", boom)
    assert main(["run", "x"]) == 2
    line = _one_line(capsys.readouterr().err)
    assert "\x1b" not in line and "\\n" in line


def test_validate_shows_at_most_50_problems_per_file(tmp_path, capsys):
    """A file with thousands of problems gives a screenful and a count, not a flood."""
    from simulator.cli.main import main

    path = tmp_path / "many.yaml"
    body = "\n".join(f"  - {{id: s{i}, questions: 5}}" for i in range(300))  # 600 problems
    path.write_text("entries:\n" + body + "\n", encoding="utf-8")
    code = main(["validate", str(path)])
    out = capsys.readouterr().out.splitlines()
    assert code == 2
    assert len(out) == 51, len(out)
    assert "550 more problem(s)" in out[-1]


@pytest.mark.parametrize(
    "argv",
    [
        ["run", "s" * 300],
        ["progress", "--db", "/tmp/" + "d" * 300],
        ["roleplay", "assignments", "--db", "/tmp/" + "d" * 300],
    ],
)
def test_a_path_too_long_to_look_up_is_one_line(argv, capsys):
    """A name longer than the file system allows used to raise OSError from Path.exists()."""
    from simulator.cli.main import main

    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "too long" in err[0]


@pytest.mark.parametrize(
    "argv",
    [
        ["progress", "--db", "{db}"],
        ["training", "apply", "tmall_daily", "--team", "--out", "{out}", "--db", "{db}"],
    ],
)
def test_reading_commands_leave_an_empty_database_file_empty(argv, tmp_path, capsys):
    from simulator.cli.main import main

    db = tmp_path / "empty.sqlite3"
    db.touch()
    main([a.format(db=db, out=tmp_path / "t.yaml") for a in argv])
    assert db.stat().st_size == 0
