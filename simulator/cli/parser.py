"""The argument parser of every ``kefulab`` command: option errors as one line, exit status 2.

argparse prints the usage block before an error; KefuLab promises one line on stderr for every
bad input, so :class:`OneLineParser` prints only ``kefulab run: --days: expected ...``.
``add_subparsers`` builds sub-parsers of the parser's own class, so every subcommand, nested
action and plugin command (entry points ``kefulab.commands``) inherits this behaviour.
``--help`` still prints the full help.
"""

from __future__ import annotations

import argparse
import re
from typing import NoReturn

from simulator.cli.format import printable

#: Exit status for bad input (as for every InputError).
EXIT_BAD_INPUT = 2

_ARGUMENT = re.compile(r"^argument ([^:]+): ")


def one_line_message(prog: str, message: str) -> str:
    """``PROG: message`` on one line, with argparse's ``argument --x/-y:`` shortened to
    ``--x:`` and control characters escaped."""
    message = _ARGUMENT.sub(lambda m: f"{m.group(1).split('/')[0]}: ", message)
    return printable(f"{prog}: {' '.join(message.split())}")


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr (no usage block), exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, one_line_message(self.prog, message) + "\n")


__all__ = ["EXIT_BAD_INPUT", "OneLineParser", "one_line_message"]
