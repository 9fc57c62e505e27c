"""Role-play scripts: load, cross-check and list the scripted difficult customers.

A script is a YAML file under ``scenarios/roleplay/`` (format: ``docs/roleplay-scripts.md``).
:func:`load_script` reads one, validates it against the schema of
:mod:`simulator.roleplay.script_schema` and runs the cross-reference checks of
:mod:`simulator.roleplay.validate` (``goto`` targets, ending names, the start node); every later
step works on the :class:`Script` objects, never on raw dicts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from simulator.common.data import roleplay_dir
from simulator.common.errors import InputError, KefuLabError
from simulator.common.yamlio import read_yaml
from simulator.roleplay.limits import is_script_id
from simulator.roleplay.nodes import (
    DIMENSIONS,
    ENDINGS,
    GOOD_ENDINGS,
    STRUCTURES,
    FactRef,
    ModelAnswer,
    Node,
    Otherwise,
    Transition,
    When,
    compile_condition,
)
from simulator.roleplay.script_schema import DEFAULT_MOVE_EFFECTS, Script, parse_script
from simulator.roleplay.validate import diagnose

__all__ = [
    "DEFAULT_MOVE_EFFECTS",
    "DIMENSIONS",
    "ENDINGS",
    "GOOD_ENDINGS",
    "STRUCTURES",
    "FactRef",
    "ModelAnswer",
    "Node",
    "BrokenScript",
    "Otherwise",
    "Script",
    "ScriptScan",
    "Transition",
    "When",
    "compile_condition",
    "list_scripts",
    "load_script",
    "parse_script",
    "scan_scripts",
    "script_file",
]


def load_script(path: str | Path) -> Script:
    """Read, validate and cross-check one script file.

    The checks are those of ``kefulab validate`` (:func:`simulator.roleplay.validate.diagnose`):
    a script it flags with an error is never played.

    Raises:
        InputError: ``diagnostics`` lists every error (file, line, field path, message, hint);
            ``str()`` is the first on one line.
    """
    doc = read_yaml(path)
    script, diags = diagnose(doc)
    errors = [d for d in diags if d.severity == "error"]
    if errors or script is None:
        raise InputError(errors)
    return script


def script_file(script_id: str, folder: str | Path | None = None) -> Path | None:
    """The file of script ``script_id`` in ``folder`` (default: the shipped scripts), if any.

    The id is checked (``[a-z][a-z0-9_]*``, at most 64 characters) before it becomes a file
    name, so a long or odd id is simply unknown, never an ``OSError``.
    """
    if not is_script_id(script_id):
        return None
    path = Path(folder if folder is not None else roleplay_dir()) / f"{script_id}.yaml"
    try:
        return path if path.is_file() else None
    except OSError:
        return None


@dataclass(frozen=True)
class BrokenScript:
    """A script file that could not be loaded, with its one-line error (file, place, problem)."""

    path: Path
    error: str


@dataclass(frozen=True)
class ScriptScan:
    """The scripts of a folder that load, sorted by id, and the files that do not."""

    scripts: list[Script]
    broken: list[BrokenScript]


def scan_scripts(folder: str | Path | None = None) -> ScriptScan:
    """Load every ``*.yaml`` script in ``folder`` (default: the shipped ones).

    One broken file does not hide the others: it is listed in ``broken`` with its one-line
    error and skipped, and so is a file whose id another file already uses.

    Raises:
        InputError: ``folder`` is not a folder.
    """
    folder = Path(folder) if folder is not None else roleplay_dir()
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder of role-play scripts")
    scripts: dict[str, Script] = {}
    broken: list[BrokenScript] = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            script = load_script(path)
        except (KefuLabError, OSError, ValueError) as exc:
            broken.append(BrokenScript(path, _one_line(path, exc)))
            continue
        if script.id in scripts:
            other = scripts[script.id].path
            broken.append(
                BrokenScript(path, f"{path}: id: {script.id!r} is already used by {other}")
            )
            continue
        scripts[script.id] = script
    return ScriptScan(sorted(scripts.values(), key=lambda s: s.id), broken)


def list_scripts(folder: str | Path | None = None) -> list[Script]:
    """The scripts of ``folder`` that load, sorted by id; broken files are skipped
    (:func:`scan_scripts` tells which and why)."""
    return scan_scripts(folder).scripts


def _one_line(path: Path, exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(exc, OSError):
        text = f"{path}: cannot read ({exc.strerror or text})"
    return text if str(path) in text else f"{path}: {text}"
