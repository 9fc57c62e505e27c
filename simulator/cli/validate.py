"""``kefulab validate FILE...``: check scenario files, role-play scripts and knowledge bases."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from pathlib import Path

from simulator.common.diagnostics import Diagnostic
from simulator.common.errors import InputError, diagnostics_of
from simulator.common.filekinds import KINDS, kind_by_content, kind_by_folder
from simulator.common.yamlio import read_yaml

#: kind -> "module:function" returning ``list[Diagnostic]`` for one file path.
CHECKERS: dict[str, str] = {
    "scenario": "simulator.scenario.loader:check_scenario_file",
    "script": "simulator.roleplay.validate:check_script_file",
    "kb": "simulator.roleplay.kb:check_kb_file",
    "lexicon": "simulator.cli.validate:check_lexicon_file",
    "certification": "simulator.roleplay.certification:check_certification_file",
    "training_mapping": "simulator.cli.training:check_mapping_file",
}


def detect_kind(path: Path) -> str:
    """Tell a traffic scenario from a role-play script, a knowledge-base file or a lexicon.

    The folder decides first (``scenarios/roleplay``, ``scenarios/kb``, ``scenarios/lexicons``);
    otherwise the top-level keys do (a script has ``nodes``, a knowledge base has ``entries``).
    """
    kind = kind_by_folder(path)
    if kind is None or sum(k.folder == kind.folder for k in KINDS.values()) > 1:
        data = read_yaml(path).data  # no folder, or one several kinds share: the keys decide
        kind = kind_by_folder(path, data) or kind_by_content(data)
    return kind.name if kind is not None else "scenario"


def check_lexicon_file(path: Path) -> list[Diagnostic]:
    """A reply-classifier lexicon: schema, move names and that every regex compiles."""
    from simulator.roleplay.lexicon import read_lexicon

    try:
        read_lexicon(path)
    except InputError as exc:
        return list(diagnostics_of(exc))
    return []


#: Most problems printed per file: a badly broken file gives a screenful, not a flood.
MAX_SHOWN = 50


def _checker(kind: str) -> Callable[[Path], list[Diagnostic]]:
    module, func = CHECKERS[kind].split(":")
    return getattr(importlib.import_module(module), func)


def check_file(path: Path) -> list[Diagnostic]:
    """Return every diagnostic for one file (a read or parse failure is one error)."""
    try:
        return _checker(detect_kind(path))(path)
    except InputError as exc:
        return list(diagnostics_of(exc))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "validate",
        help="check scenario files, role-play scripts and knowledge-base files",
        description=(
            "Check each FILE and print the problems found (the first 50 per file), one per "
            "line, with the file, the field path or node and a hint. Exit status: 0 when no errors (warnings and infos "
            "allowed), 2 when any file has an error."
        ),
    )
    p.add_argument("files", nargs="+", metavar="FILE", type=Path, help="YAML files to check")
    p.add_argument("--quiet", action="store_true", help="print errors only")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    n_errors = n_warnings = 0
    for path in args.files:
        diags = check_file(path)
        errors = sum(d.severity == "error" for d in diags)
        warnings = sum(d.severity == "warning" for d in diags)
        n_errors += errors
        n_warnings += warnings
        shown = [d for d in diags if not args.quiet or d.severity == "error"]
        for d in shown[:MAX_SHOWN]:
            print(d, file=sys.stdout)
        if len(shown) > MAX_SHOWN:
            print(f"{path}: ... and {len(shown) - MAX_SHOWN:,} more problem(s) not shown")
        if not errors:
            note = f" ({warnings} warning(s))" if warnings else ""
            print(f"{path}: ok{note}")
    summary = f"{len(args.files)} file(s) checked: {n_errors} error(s), {n_warnings} warning(s)"
    print(summary, file=sys.stderr)
    return 2 if n_errors else 0
