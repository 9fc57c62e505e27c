"""The kinds of YAML data file KefuLab reads, and how to tell them apart.

``kefulab validate`` routes a file to its checker by kind, and a loader given the wrong kind of
file (a role-play script passed to ``kefulab run``) says what the file looks like instead of
listing a dozen missing fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class FileKind:
    """One kind of data file.

    Attributes:
        name: ``scenario``, ``script``, ``kb`` or ``lexicon``.
        label: What it is, for messages ("a role-play script").
        folder: The folder under ``scenarios/`` where the shipped ones live.
        markers: Top-level keys that only this kind has.
        usage: How such a file is used, for hints.
    """

    name: str
    label: str
    folder: str
    markers: tuple[str, ...]
    usage: str


KINDS: dict[str, FileKind] = {
    k.name: k
    for k in (
        FileKind(
            "scenario",
            "a traffic scenario",
            "traffic",
            ("arrivals", "intents", "agents"),
            "simulate it with kefulab run FILE",
        ),
        FileKind(
            "script",
            "a role-play script",
            "roleplay",
            ("nodes",),
            "practise it with kefulab train SCRIPT_ID; check it with kefulab validate FILE",
        ),
        FileKind(
            "kb",
            "a knowledge-base file",
            "kb",
            ("entries",),
            "the trainer searches it; check it with kefulab validate FILE",
        ),
        FileKind(
            "lexicon",
            "a reply-classifier lexicon",
            "lexicons",
            ("moves",),
            "the trainer reads it; check it with kefulab validate FILE",
        ),
    )
}


def kind_by_folder(path: str | Path) -> FileKind | None:
    """The kind a file's folder says (``scenarios/roleplay/x.yaml`` is a script), if any."""
    parts = {p.lower() for p in Path(path).parts[:-1]}
    for name in ("lexicon", "script", "kb"):
        if KINDS[name].folder in parts:
            return KINDS[name]
    return None


def kind_by_content(data: Any) -> FileKind | None:
    """The kind a file's top-level keys suggest, if any (None for a non-mapping).

    Scenario keys win, so a scenario with a stray ``entries:`` is still a (broken) scenario.
    """
    if not isinstance(data, Mapping):
        return None
    for name in ("scenario", "script", "kb", "lexicon"):
        if any(key in data for key in KINDS[name].markers):
            return KINDS[name]
    return None
