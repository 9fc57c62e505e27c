"""``kefulab roleplay``: the trainer's records: misread examples, assignments, certificates.

- ``examples --out F.yaml``: "I was misread" marks as labelled replies for the classifier;
- ``assign SCRIPT --trainee T --due YYYY-MM-DD --pass-mark N``: a supervisor's assignment;
- ``assignments [--trainee T]``: assignments with their status today;
- ``certifications [--trainee T]``: certificates earned, with their dates.

Reading commands never create a database; bad input is one line and exit status 2.
"""

from __future__ import annotations

import argparse
import getpass
from datetime import date
from pathlib import Path

from simulator.cli.format import printable
from simulator.cli.trainer_ui import LANGS, pad, width
from simulator.common.atomicfile import check_output_file, write_text
from simulator.common.diagnostics import did_you_mean
from simulator.common.errors import InputError
from simulator.common.inputfile import holds_data
from simulator.roleplay.certification import load_certification_plan
from simulator.roleplay.examples import examples_yaml
from simulator.roleplay.store import ProgressStore, default_db_path

STATUS_NAMES = {
    "zh": {
        "not_started": "未开始",
        "in_progress": "进行中",
        "overdue": "已逾期",
        "passed": "已通过",
    },
    "en": {
        "not_started": "not started",
        "in_progress": "in progress",
        "overdue": "overdue",
        "passed": "passed",
    },
}


def _db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="progress database (default: $KEFULAB_DB, else the user data folder)",
    )


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "roleplay",
        help="trainer records: misread examples, assignments, certificates",
        description=(
            "Export 'I was misread' marks as labelled replies, assign scripts to trainees with a "
            "due date and a pass mark, list assignments and certificates."
        ),
    )
    p.set_defaults(handler=lambda args: _usage(p))
    rp = p.add_subparsers(dest="roleplay_command", metavar="ACTION")

    ex = rp.add_parser(
        "examples",
        help="export misread marks as labelled replies (YAML)",
        description="Write every 'I was misread' mark as a labelled reply (format: "
        "docs/roleplay-scripts.md, 'Labelled replies').",
    )
    ex.add_argument("--out", type=Path, metavar="FILE", required=True, help="YAML file to write")
    _db_option(ex)
    ex.set_defaults(handler=handle_examples)

    asg = rp.add_parser(
        "assign",
        help="assign a script to a trainee with a due date and a pass mark",
        description="Assign SCRIPT to a trainee, to pass (in practice or exam mode) by a date.",
    )
    asg.add_argument("script_id", metavar="SCRIPT", help="id of a shipped role-play script")
    asg.add_argument("--trainee", metavar="NAME", required=True, help="who must pass it")
    asg.add_argument("--due", metavar="YYYY-MM-DD", required=True, help="due date")
    asg.add_argument("--pass-mark", metavar="N", default="80", help="total to reach, 0-100")
    asg.add_argument("--by", metavar="NAME", help="the supervisor (default: login name)")
    _db_option(asg)
    asg.set_defaults(handler=handle_assign)

    lst = rp.add_parser(
        "assignments",
        help="list assignments and their status",
        description="List assignments: not started, in progress, overdue or passed (today).",
    )
    lst.add_argument("--trainee", metavar="NAME", help="only this trainee (default: everyone)")
    lst.add_argument("--lang", choices=LANGS, default="zh", help="language of the output")
    _db_option(lst)
    lst.set_defaults(handler=handle_assignments)

    cert = rp.add_parser(
        "certifications",
        help="list certificates earned",
        description="List certificates earned by passing every required script in exam mode.",
    )
    cert.add_argument("--trainee", metavar="NAME", help="only this trainee (default: everyone)")
    cert.add_argument("--lang", choices=LANGS, default="zh", help="language of the output")
    _db_option(cert)
    cert.set_defaults(handler=handle_certifications)


def _usage(p: argparse.ArgumentParser) -> int:
    p.print_help()
    return 2


def _existing_db(path: Path | None) -> Path | None:
    """The database to read, or None when there is none yet (reading must not create one)."""
    path = path or default_db_path()
    if not holds_data(path, "database path"):
        return None  # an empty file holds no progress yet: read it as none, leave it empty
    return path


def handle_examples(args: argparse.Namespace) -> int:
    check_output_file(args.out, "--out")
    path = _existing_db(args.db)
    if path is None:
        raise InputError(f"{args.db or default_db_path()}: no progress database (nothing marked)")
    with ProgressStore.open(path) as store:
        examples = store.misread_examples()
    write_text(args.out, examples_yaml(examples), option="--out")
    print(f"{len(examples)} labelled reply/replies written to {args.out}")
    return 0


def parse_due(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"--due: expected a date YYYY-MM-DD, got {text!r}") from None


def parse_pass_mark(text: str) -> int:
    try:
        mark = int(text)
    except ValueError:
        raise InputError(f"--pass-mark: expected a whole number 0-100, got {text!r}") from None
    if not 0 <= mark <= 100:
        raise InputError(f"--pass-mark: must be between 0 and 100, got {mark}")
    return mark


def _check_script(script_id: str) -> None:
    from simulator.roleplay.script import list_scripts

    ids = [s.id for s in list_scripts()]
    if script_id not in ids:
        hint = did_you_mean(script_id, ids) or "see kefulab train for the list"
        raise InputError(f"unknown script {script_id!r} ({hint})")


def handle_assign(args: argparse.Namespace) -> int:
    due = parse_due(args.due)
    mark = parse_pass_mark(args.pass_mark)
    if not args.trainee.strip():
        raise InputError("--trainee: must not be empty")
    _check_script(args.script_id)
    by = (args.by or "").strip() or _login()
    with ProgressStore.open(args.db or default_db_path()) as store:
        ident = store.assign(args.script_id, args.trainee.strip(), due, mark, by)
    print(
        printable(
            f"assignment #{ident}: {args.script_id} to {args.trainee.strip()}, due {due}, "
            f"pass mark {mark} (by {by})"
        )
    )
    return 0


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers)
        return "supervisor"


def handle_assignments(args: argparse.Namespace) -> int:
    path = _existing_db(args.db)
    rows = []
    if path is not None:
        with ProgressStore.open(path) as store:
            rows = store.assignments(args.trainee)
    zh = args.lang == "zh"
    if not rows:
        print("还没有布置任务。" if zh else "No assignments yet.")
        return 0
    names = STATUS_NAMES[args.lang]
    head = ("#", "学员", "剧本", "截止", "及格", "状态", "最好", "次数")
    if not zh:
        head = ("#", "trainee", "script", "due", "mark", "status", "best", "tries")
    table = [
        (
            str(a.id),
            printable(a.trainee),
            printable(a.script_id),
            a.due.isoformat(),
            str(a.pass_mark),
            names[a.status],
            "-" if a.best_score is None else f"{a.best_score:.0f}",
            str(a.attempts),
        )
        for a in rows
    ]
    widths = [max(width(r[i]) for r in [head, *table]) for i in range(len(head))]
    for row in [head, *table]:
        print("  ".join(pad(cell, w) for cell, w in zip(row, widths, strict=True)).rstrip())
    counts = {s: sum(a.status == s for a in rows) for s in names}
    print(
        ("共 " if zh else "total ")
        + f"{len(rows)}: "
        + ", ".join(f"{names[s]} {n}" for s, n in counts.items())
    )
    return 0


def handle_certifications(args: argparse.Namespace) -> int:
    path = _existing_db(args.db)
    certs = []
    if path is not None:
        with ProgressStore.open(path) as store:
            certs = store.certifications(args.trainee)
    if not certs:
        print("还没有获得认证。" if args.lang == "zh" else "No certificates yet.")
        return 0
    plan = load_certification_plan()
    for c in certs:
        info = plan.get(c.certificate)
        label = info.label(args.lang) if info else c.certificate
        line = f"{c.certified_on}  {c.trainee}  {label}  ({', '.join(c.scripts)})"
        print(printable(line))
    return 0
