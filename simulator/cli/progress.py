"""``kefulab progress``: a trainee's sessions, scores per dimension over time, weakest skills.

``--csv FILE`` also writes the history, one row per session, as UTF-8 CSV with a byte-order mark
(Excel opens the Chinese intact); ``--lang`` sets its header language.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from simulator.cli.format import printable
from simulator.cli.trainer_ui import LANGS, Style, Text, colour_enabled, local_time, pad, width
from simulator.common.atomicfile import check_output_file, write_text
from simulator.common.errors import InputError
from simulator.common.inputfile import holds_data
from simulator.roleplay.store import ProgressStore, default_db_path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "progress",
        help="show a trainee's practice sessions, scores over time and weakest skills",
        description=(
            "Print the stored role-play sessions (date, script, ending, total, pass), the score "
            "of each rubric dimension per session, and the weakest skills with a model reply."
        ),
    )
    p.add_argument("--trainee", metavar="NAME", help="only this trainee (default: everyone)")
    p.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="progress database (default: $KEFULAB_DB, else the user data folder)",
    )
    p.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON")
    p.add_argument(
        "--csv",
        type=Path,
        metavar="FILE",
        help="also write the history as CSV (UTF-8 with BOM: opens in Excel), one row per session",
    )
    p.add_argument("--lang", choices=LANGS, default="zh", help="language of the output")
    p.set_defaults(handler=handle, db=None)


def handle(args: argparse.Namespace) -> int:
    path = args.db or default_db_path()
    text = Text(args.lang)
    who = f" ({printable(args.trainee)})" if args.trainee else ""
    if args.json:  # refuse an unwritable output before reading anything
        check_output_file(args.json, "--json")
    if args.csv:
        check_output_file(args.csv, "--csv")
    if not holds_data(path, "database path"):
        # reading progress must not create an empty database as a side effect
        if args.csv:
            raise InputError(f"{path}: no progress database (no history to export)")
        print(text("no_sessions", who=who))
        summary = {"db": str(path), "sessions": [], "dimension_history": [], "weakest": []}
    else:
        with ProgressStore.open(path) as store:
            summary = collect(store, args.trainee)
            if args.csv:
                rows = store.export_history_csv(args.csv, args.trainee, lang=args.lang)
        summary["db"] = str(path)
        print_summary(summary, text, Style(colour_enabled(sys.stdout)), who)
        if args.csv:
            print(text("csv_written", path=args.csv, rows=rows))
    if args.json:
        text = json.dumps(summary, ensure_ascii=False, indent=2) + "\n"
        write_text(args.json, text, option="--json")
    return 0


def collect(store: ProgressStore, trainee: str | None) -> dict:
    """Everything ``progress`` shows, as plain JSON-ready data."""
    sessions = [
        {
            "id": s.id,
            "trainee": s.trainee,
            "script": s.script_id,
            "seed": s.seed,
            "started_at": s.started_at,
            "ended_at": s.ended_at,
            "ending": s.ending,
            "total": s.total,
            "passed": s.passed,
            "blocked": s.blocked,
            "turns": s.n_turns,
            "mode": s.mode,
            "handoff": s.handoff,
            "copied": s.copied,
        }
        for s in store.sessions(trainee)
    ]
    history = [
        {
            "session": s.id,
            "started_at": s.started_at,
            "script": s.script_id,
            "scores": {name: {"score": sc, "max": mx} for name, (sc, mx) in dims.items()},
        }
        for s, dims in store.dimension_history(trainee)
    ]
    weakest = [
        {
            "dimension": w.dimension,
            "mean_share": round(w.mean_share, 4),
            "sessions": w.n_sessions,
            "suggestion": w.last_suggestion,
        }
        for w in store.weakest_skills(trainee, n=3)
    ]
    return {"sessions": sessions, "dimension_history": history, "weakest": weakest}


def print_summary(summary: dict, text: Text, style: Style, who: str) -> None:
    """Print sessions, the per-dimension table and the weakest skills."""
    sessions = summary["sessions"]
    if not sessions:
        print(text("no_sessions", who=who))
        return
    print(style.bold(text("sessions", who=who)))
    script_w = max(width(printable(s["script"])) for s in sessions)
    ending_w = max(width(text.ending(s["ending"])) for s in sessions)
    for s in sessions:
        if s["ending"] is None:
            verdict = style.dim("…")
        elif s["blocked"]:
            verdict = style.red("✗!")
        else:
            verdict = style.green("✓ ") if s["passed"] else style.red("✗ ")
        total = "-" if s["total"] is None else f"{s['total']:.0f}"
        name = f"{printable(s['trainee'])}  " if not who else ""
        line = text(
            "session_row",
            id=s["id"],
            date=local_time(s["started_at"]),
            script=pad(printable(s["script"]), script_w),
            ending=pad(text.ending(s["ending"]), ending_w),
            total=pad(total, 3, right=True),
            verdict=verdict,
            turns=s["turns"],
        )
        tags = [text(s["mode"])] if s.get("mode") == "exam" else []
        tags += [text("copied_tag")] if s.get("copied") else []
        print(f"  {name}{line}" + (f"  [{', '.join(tags)}]" if tags else ""))
    history = summary["dimension_history"]
    if history:
        print()
        print(style.bold(text("trend")))
        names: list[str] = []
        for row in history:
            names += [n for n in row["scores"] if n not in names]
        heads = [printable(text.dimension(n)) for n in names]
        widths = [max(width(h), 4) + 2 for h in heads]
        print(
            "  "
            + pad("#", 5, right=True)
            + "".join(pad(h, w, True) for h, w in zip(heads, widths, strict=True))
        )
        for row in history:
            cells = []
            for n, w in zip(names, widths, strict=True):
                cell = row["scores"].get(n)
                if cell is None:
                    value = "-"
                elif cell["max"]:
                    value = f"{cell['score'] / cell['max']:.0%}"
                else:
                    value = f"{cell['score']:g}"
                cells.append(pad(value, w, right=True))
            print(
                "  "
                + pad(str(row["session"]), 5, right=True)
                + "".join(cells)
                + f"  {printable(row['script'])}"
            )
    if summary["weakest"]:
        print()
        print(style.bold(text("weakest")))
        for n, w in enumerate(summary["weakest"], 1):
            label = printable(text.dimension(w["dimension"]))
            raw = printable(w["dimension"])
            name = label if label == raw else f"{label} ({raw})"
            print(
                "  " + text("weak_row", n=n, name=name, share=w["mean_share"], count=w["sessions"])
            )
            if w["suggestion"]:
                print("  " + style.cyan(text("weak_hint", text=printable(w["suggestion"]))))
