"""``kefulab train``: play a scripted difficult customer in the terminal, or replay a transcript.

Interactive play shows the customer's lines, the anger meter and patience after each turn and
the seconds spent on the current reply at the prompt; ``/kb`` searches the knowledge base while
the clock keeps running. ``--replay`` plays a YAML list of ``{text, elapsed_s}`` headlessly.
The session itself is a :class:`~simulator.roleplay.practice.Practice` (shared with the window),
which writes every turn to the progress store the moment it is played.
"""

from __future__ import annotations

import argparse
import getpass
import json
import secrets
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from simulator.cli.common import seed_int
from simulator.cli.format import printable
from simulator.cli.trainer_ui import (
    LANGS,
    Style,
    Text,
    anger_meter,
    clock,
    colour_enabled,
    pad,
    scorecard_lines,
    width,
)
from simulator.common.atomicfile import check_output_file, write_text
from simulator.common.data import roleplay_dir
from simulator.common.errors import InputError
from simulator.roleplay.kb import KnowledgeBase, load_kb
from simulator.roleplay.practice import Practice, TurnResult
from simulator.roleplay.reader import warm_up
from simulator.roleplay.records import Scorecard
from simulator.roleplay.script import Script, load_script, scan_scripts, script_file
from simulator.roleplay.session import load_transcript
from simulator.roleplay.store import ProgressStore, default_db_path

EXIT_BAD_INPUT = 2


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "train",
        help="practise a scripted difficult customer in the terminal (or replay a transcript)",
        description=(
            "Play a role-play script: the customer writes, you reply, the anger meter moves, "
            "and at the end you get a scored report with quotes and better replies. Without "
            "SCRIPT_ID, list the scripts to choose from. Every turn is saved to the progress "
            "database as it happens."
        ),
    )
    p.add_argument("script_id", nargs="?", metavar="SCRIPT_ID", help="script to play")
    p.add_argument("--trainee", metavar="NAME", help="who is training (default: login name)")
    p.add_argument("--lang", choices=LANGS, help="filter the list; UI language (default: script's)")
    p.add_argument(
        "--seed", type=seed_int, help="fixes the customer's line choices (default: random)"
    )
    p.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="progress database (default: $KEFULAB_DB, else the user data folder)",
    )
    p.add_argument(
        "--replay",
        type=Path,
        metavar="TRANSCRIPT",
        help="play a YAML list of {text, elapsed_s} replies headlessly (seed defaults to 0)",
    )
    p.add_argument("--json", type=Path, metavar="FILE", help="write the report as JSON")
    p.add_argument(
        "--handoff",
        choices=("warm", "cold"),
        help="for a chat that arrives from the bot: warm shows the bot transcript and profile "
        "(the default), cold hides them",
    )
    p.add_argument(
        "--exam", action="store_true", help="exam mode: no hints; counts for certificates"
    )
    p.set_defaults(handler=handle)


def _trainee(name: str | None) -> str:
    if name and name.strip():
        return name.strip()
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): fall back to a neutral one
        return "trainee"


def handle(args: argparse.Namespace) -> int:
    if args.replay is not None and args.script_id is None:
        raise InputError("--replay needs a SCRIPT_ID")
    if args.json is not None and args.replay is None:
        raise InputError("--json is only available with --replay")
    if args.json is not None:  # refuse an unwritable report path before the session
        check_output_file(args.json, "--json")
    if args.script_id is not None:
        script = find_script(args.script_id, Text(args.lang or "en"))
    else:
        scan = scan_scripts(roleplay_dir())
        for broken in scan.broken:  # one line each; the other scripts stay playable
            print(Text(args.lang or "zh")("broken_script", error=broken.error), file=sys.stderr)
        script = _choose(scan.scripts, args.lang)
    if script is None:
        return EXIT_BAD_INPUT if not sys.stdin.isatty() else 0
    text = Text(args.lang or script.lang)
    trainee = _trainee(args.trainee)
    if args.replay is not None:
        replies = load_transcript(args.replay)
        seed = 0 if args.seed is None else args.seed
    else:
        replies = None
        seed = secrets.randbits(31) if args.seed is None else args.seed
    with ProgressStore.open(args.db or default_db_path()) as store:
        practice = Practice(
            store,
            trainee,
            script,
            seed,
            mode="exam" if args.exam else "practice",
            handoff=args.handoff,
        )
        trainer = TerminalTrainer(practice, text, Style(colour_enabled(sys.stdout)))
        trainer.show_header()
        if replies is None:
            trainer.play_interactive(input if sys.stdin.isatty() else _echoed_input)
        else:
            trainer.play_replay(replies)
        scorecard = trainer.finish()
        print(text("saved", path=store.path, session=practice.session_id))
    if args.json is not None:
        _write_json(args.json, scorecard.to_dict())
        print(text("json_written", path=args.json))
    return 0


def _echoed_input(prompt: str) -> str:
    """``input`` for piped stdin: echo the reply so the printed log reads like a chat."""
    line = input(prompt)
    print(line, flush=True)
    return line


def _write_json(path: Path, data: dict) -> None:
    write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n", option="--json")


def find_script(script_id: str, text: Text) -> Script:
    """Load the shipped script ``script_id`` (its file is named after it); InputError if none."""
    # None for an ill-formed id (too long, "../x"): it never reaches the file system
    path = script_file(script_id, roleplay_dir())
    if path is not None:
        script = load_script(path)
        if script.id == script_id:
            return script
    # shipped scripts are named after their ids (tests enforce it): list them without parsing
    ids = sorted(p.stem for p in roleplay_dir().glob("*.yaml"))
    raise InputError(text("unknown_script", id=script_id, ids=", ".join(ids)))


def _choose(scripts: list[Script], lang: str | None) -> Script | None:
    """List scripts and let the user pick one by number or id (only on a terminal)."""
    text = Text(lang or "zh")
    shown = [s for s in scripts if lang is None or s.lang == lang]
    if not shown:
        print(text("no_scripts", lang=lang))
        return None
    print(text("scripts_header"))
    id_w = max(width(s.id) for s in shown)
    title_w = min(40, max(width(s.title) for s in shown))
    for n, s in enumerate(shown, 1):
        print(
            text(
                "script_row",
                n=n,
                id=pad(s.id, id_w),
                title=pad(s.title, title_w),
                difficulty=s.difficulty,
                skills=", ".join(s.skills),
                lang=s.lang,
            )
        )
    if not sys.stdin.isatty():
        print(text("need_id", example=shown[0].id), file=sys.stderr)
        return None
    while True:
        try:
            choice = input(text("pick")).strip()
        except EOFError:
            return None
        if not choice:
            return None
        if choice.isdigit() and 1 <= int(choice) <= len(shown):
            return shown[int(choice) - 1]
        match = next((s for s in scripts if s.id == choice), None)
        if match is not None:
            return match
        print(text("pick_bad", choice=choice))


class TerminalTrainer:
    """Drives one :class:`Practice` from the terminal (which stores each turn as it happens)."""

    def __init__(
        self,
        practice: Practice,
        text: Text,
        style: Style,
        out: TextIO | None = None,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self.practice = practice
        self.script = practice.script
        self.text = text
        self.style = style
        self.out = out or sys.stdout
        self.now = now
        self._kb: KnowledgeBase | None = None

    def say(self, line: str = "") -> None:
        print(line, file=self.out, flush=True)

    def show_header(self) -> None:
        s, t, st = self.script, self.text, self.style
        trainee, seed = self.practice.trainee, self.practice.seed
        self.say(
            st.bold(
                t(
                    "header",
                    title=s.title,
                    id=s.id,
                    difficulty=s.difficulty,
                    trainee=trainee,
                    seed=seed,
                )
            )
        )
        self.say(t("persona", name=s.persona.name, vip=s.persona.vip_tier))
        order = s.persona.order
        if order is not None:
            facts = [order.item, f"¥{order.price_yuan:g}"]
            facts += [f"{self.text.order_fact(k)}: {v}" for k, v in _order_facts(order).items()]
            self.say(t("facts", facts=" · ".join(str(f) for f in facts)))
        self.say(
            t(
                "authority",
                refund=f"{s.authority.max_refund_yuan:g}",
                coupon=f"{s.authority.max_coupon_yuan:g}",
            )
        )
        self._show_handoff()
        self.say(st.dim(t("hint")))
        self.say()

    def _show_handoff(self) -> None:
        """Warm: the bot transcript and profile before the opening; cold: only that it is cold."""
        t, context = self.text, self.practice.handoff_context
        if self.practice.handoff == "cold":
            self.say(self.style.bold(t("handoff_cold")))
        if context is None:
            return
        reason = f" ({context.reason})" if context.reason else ""
        self.say(self.style.bold(t("handoff_warm", reason=reason)))
        for line in context.transcript:
            who = self.script.persona.name if line.who == "customer" else t("handoff_bot")
            self.say(self.style.dim(t("handoff_line", who=who, text=line.text)))
        facts = "; ".join(f"{item.label}: {item.value}" for item in context.profile)
        self.say(t("handoff_profile", facts=facts))

    def _customer(self, lines: tuple[str, ...]) -> None:
        who = f"{self.text('customer')} {self.script.persona.name}"
        for line in lines:
            self.say(f"{self.style.yellow(who)}: {line}")

    def _show_state(self, result: TurnResult) -> None:
        meter = anger_meter(result.anger, self.style, top=self.practice.anger_max)
        line = f"  {self.text('anger')} {meter}"
        if result.patience is not None:
            line += f"   {self.text('patience')} {result.patience:g}"
        self.say(line)
        if result.hint:
            self.say(self.style.dim(f"  {self.text('coach')}: {result.hint}"))

    def _play(self, reply: str, elapsed_s: float, last: bool = False) -> TurnResult:
        result = self.practice.reply(reply, elapsed_s, last=last)
        self._customer(result.customer_lines)
        self._show_state(result)
        self.say()
        return result

    def play_replay(self, replies: list[tuple[str, float]]) -> None:
        """Play recorded replies; leave the customer (customer_left) if they run out early."""
        self._customer(self.practice.opening_lines())
        self.say()
        for i, (reply, elapsed_s) in enumerate(replies, 1):
            if self.practice.finished:
                break
            self.say(f"{self.style.bold(self.text('you'))} [{elapsed_s:g}s]: {reply}")
            self._play(reply, elapsed_s, last=i == len(replies))
        if not self.practice.finished:
            self.say(self.text("replay_ran_out"))  # finish() ends it as customer_left

    def play_interactive(self, read: Callable[[str], str]) -> None:
        """Read replies with ``read(prompt)`` until an ending, ``/quit`` or end of input."""
        warm_up(self.practice.script.lang)  # ready while the trainee reads and types
        started = self.now()
        self._customer(self.practice.opening_lines())
        self.say()
        turn_started = self.now()
        while not self.practice.finished:
            prompt = self.text(
                "prompt", turn_s=self.now() - turn_started, total=clock(self.now() - started)
            )
            try:
                line = read(prompt).strip()
            except EOFError:
                self.say()
                line = "/quit"
            elapsed = self.now() - turn_started
            if not line:
                continue
            if line.startswith("/"):
                command, _, rest = line.partition(" ")
                if command == "/quit":
                    self.say(self.text("quit"))  # finish() ends it as customer_left
                    return
                elif command == "/help":
                    self.say(self.text("help"))
                elif command == "/kb":
                    self._search_kb(rest.strip())
                else:
                    self.say(self.text("unknown_command", cmd=command))
                continue
            try:
                self._play(line, elapsed)
            except InputError as exc:  # e.g. a reply over MAX_REPLY_CHARS: say why, ask again
                self.say(printable(str(exc)))
                continue
            turn_started = self.now()

    def _search_kb(self, query: str) -> None:
        if not query:
            self.say(self.text("kb_usage"))
            return
        if self._kb is None:
            self._kb = load_kb()
        found = self._kb.search(query, limit=10)
        # entries in the session's language first; the other language only if nothing else
        hits = [h for h in found if h.entry.lang == self.text.lang][:3] or found[:3]
        if not hits:
            self.say(self.text("kb_none", query=query))
        for n, hit in enumerate(hits, 1):
            entry = hit.entry
            shown = self.text("kb_hit", n=n, question=entry.questions[0], answer=entry.answer)
            self.say(self.style.cyan(shown))

    def finish(self) -> Scorecard:
        """Score the session, store the scorecard and print it; return the scorecard."""
        scorecard = self.practice.finish()
        exam = self.practice.mode == "exam"
        for line in scorecard_lines(scorecard, self.text, self.style, exam=exam):
            self.say(line)
        return scorecard


def _order_facts(order: Any) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    for key in ("order_id", "order_date", "promised_date", "days_late", "status"):
        value = getattr(order, key, None)
        if value is not None:
            facts[key] = value
    facts.update(order.facts)
    return facts
