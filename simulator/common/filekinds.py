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
        name: ``scenario``, ``script``, ``kb``, ``lexicon``, ``certification`` or
            ``training_mapping``.
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
        FileKind(
            "certification",
            "a certification plan",
            "training",
            ("certifications",),
            "exam passes of its scripts earn the certificate; check it with kefulab validate FILE",
        ),
        FileKind(
            "training_mapping",
            "a training-to-proficiency mapping",
            "training",
            ("anchors",),
            "kefulab training apply --mapping FILE reads it; check it with kefulab validate FILE",
        ),
    )
}


def kind_by_folder(path: str | Path, data: Any = None) -> FileKind | None:
    """The kind a file's folder says (``scenarios/roleplay/x.yaml`` is a script), if any.

    Where kinds share a folder (``training``), the one whose top-level keys ``data`` has wins;
    the first listed otherwise.
    """
    parts = {p.lower() for p in Path(path).parts[:-1]}
    found = [
        KINDS[name]
        for name in ("lexicon", "script", "kb", "certification", "training_mapping")
        if KINDS[name].folder in parts
    ]
    if len(found) > 1 and isinstance(data, Mapping):
        found = [k for k in found if any(key in data for key in k.markers)] or found
    return found[0] if found else None


def kind_by_content(data: Any) -> FileKind | None:
    """The kind a file's top-level keys suggest, if any (None for a non-mapping).

    Scenario keys win, so a scenario with a stray ``entries:`` is still a (broken) scenario.
    """
    if not isinstance(data, Mapping):
        return None
    for name in ("scenario", "script", "kb", "lexicon", "certification", "training_mapping"):
        if any(key in data for key in KINDS[name].markers):
            return KINDS[name]
    return None
