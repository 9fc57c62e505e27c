"""Entry point of the ``kefulab`` console script.

Each subcommand lives in its own module under ``simulator.cli`` and exposes
``register(subparsers) -> None``, which adds its parser and sets ``handler`` (a function
taking the parsed ``argparse.Namespace`` and returning an exit status). Add a module's name to
:data:`COMMANDS` to expose it.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from importlib.metadata import entry_points

from simulator import __version__
from simulator.cli.format import printable
from simulator.cli.parser import OneLineParser
from simulator.common.errors import InputError, KefuLabError

#: Entry-point group through which other packages (e.g. ``gui``) add subcommands; each entry
#: is a ``register(subparsers)`` function. The simulator never imports those packages itself.
PLUGIN_GROUP = "kefulab.commands"

#: Subcommand modules, in the order ``kefulab --help`` lists them.
COMMANDS: tuple[str, ...] = (
    # managers and consultants: simulate, compare, plan, report
    "run",
    "compare",
    "sweep",
    "staff",
    "erlang",
    "shifts",
    "report",
    "calibrate",
    "validate",
    # trainees
    "train",
    "progress",
    "roleplay",
    "training",
)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2
#: Exit status when the reader of stdout went away (``kefulab run ... | head -1``): 128 +
#: SIGPIPE, as a shell reports a command that a closed pipe stopped.
EXIT_BROKEN_PIPE = 141


def build_parser() -> argparse.ArgumentParser:
    """Build the full argument parser with every registered subcommand."""
    parser = OneLineParser(
        prog="kefulab",
        description=(
            "KefuLab (客服沙盘): simulate an e-commerce shop's customer service (traffic, AI bot, "
            "handoff rules, agents), plan staffing and ROI, and train agents against scripted "
            "difficult customers."
        ),
    )
    parser.add_argument("--version", action="version", version=f"kefulab {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"simulator.cli.{name}").register(sub)
    for entry in entry_points(group=PLUGIN_GROUP):
        try:
            register = entry.load()
        except ImportError:  # an extra command whose package is missing: leave it out
            continue
        register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the process exit status (2 for bad input)."""
    _tolerant_stdin()
    try:
        status = _run(argv)
        sys.stdout.flush()  # a closed pipe shows here, not as a traceback at exit
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    return status


def _run(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        return int(args.handler(args) or EXIT_OK)
    except InputError as exc:
        _error(exc)
        return EXIT_BAD_INPUT
    except KefuLabError as exc:
        _error(exc)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("kefulab: interrupted", file=sys.stderr)
        return 130


def _error(exc: BaseException) -> None:
    # one line whatever the message holds (a name with a newline or an ANSI escape in it)
    print(f"kefulab: error: {printable(exc)}", file=sys.stderr)


def _tolerant_stdin() -> None:
    """Undecodable bytes on stdin (replies piped to ``kefulab train``) become U+FFFD instead
    of a UnicodeDecodeError traceback."""
    reconfigure = getattr(sys.stdin, "reconfigure", None)
    if reconfigure is not None:
        # a closed or detached stdin has nothing to read anyway
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="replace")


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so the flush at exit stays quiet
    (Python's documented recipe, see the ``signal`` module's notes on SIGPIPE)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real stdout (tests): nothing to flush
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
