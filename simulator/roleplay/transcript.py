"""Transcript files (``kefulab train --replay``): a YAML list of ``{text, elapsed_s}`` replies.

Read through the strict YAML layer and validated by a schema like every other data file:
unknown keys are refused with a "did you mean" hint, ``elapsed_s`` is a finite number of seconds
(``true``, ``.inf`` and ``"5"`` are not), and the list and each reply are bounded
(:mod:`simulator.roleplay.limits`).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints, ValidationError

from simulator.common.diagnostics import Diagnostic
from simulator.common.errors import InputError
from simulator.common.yamlio import YamlDocument, read_yaml, validation_diagnostics
from simulator.roleplay.limits import (
    MAX_ELAPSED_S,
    MAX_REPLY_CHARS,
    MAX_TRANSCRIPT_REPLIES,
    STRICT_CONFIG,
    Number,
)

HINT = "a transcript is a list of {text: ..., elapsed_s: seconds} replies"


class TranscriptReply(BaseModel):
    """One reply of a transcript."""

    model_config = STRICT_CONFIG

    text: Annotated[str, StringConstraints(min_length=1, max_length=MAX_REPLY_CHARS)]
    elapsed_s: Annotated[Number, Field(ge=0, le=MAX_ELAPSED_S)]


class _Transcript(BaseModel):
    model_config = STRICT_CONFIG

    replies: Annotated[
        list[TranscriptReply], Field(min_length=1, max_length=MAX_TRANSCRIPT_REPLIES)
    ]


class _Shifted(YamlDocument):
    """The document seen as ``{replies: <the list>}`` (line lookups skip the wrapper key)."""

    def __init__(self, doc: YamlDocument) -> None:
        super().__init__(doc.path, {"replies": doc.data}, doc.root)

    def line_of(self, loc):  # type: ignore[override]
        return super().line_of(tuple(loc)[1:] if loc and loc[0] == "replies" else loc)


def read_transcript(path: str | Path) -> list[tuple[str, float]]:
    """Read a transcript file into ``(text, elapsed_s)`` pairs.

    Raises:
        InputError: one line per problem, ``FILE:LINE: [i].field: what is wrong``.
    """
    doc = read_yaml(path)
    if not isinstance(doc.data, list) or not doc.data:
        kind = "empty file" if doc.data is None else f"a {type(doc.data).__name__}"
        if isinstance(doc.data, list):
            kind = "an empty list"
        raise InputError(
            Diagnostic(
                "error",
                str(doc.path),
                f"expected a non-empty list of replies, got {kind}",
                hint=HINT,
            )
        )
    try:
        data = _Transcript.model_validate({"replies": doc.data})
    except ValidationError as exc:
        diags = validation_diagnostics(exc, _Transcript, _Shifted(doc))
        raise InputError([_unwrap(d) for d in diags]) from None
    out = []
    for i, reply in enumerate(data.replies):
        if not reply.text.strip():
            raise InputError(doc.error("empty reply (only spaces)", (i, "text"), HINT))
        out.append((reply.text, float(reply.elapsed_s)))
    return out


def _unwrap(d: Diagnostic) -> Diagnostic:
    field = d.field.removeprefix("replies")
    message = d.message
    if field.endswith(".elapsed_s") and message != "unknown field":
        got = message[message.index(", got ") :] if ", got " in message else ""
        message = f"must be a number of seconds >= 0 and <= {MAX_ELAPSED_S:g}{got}"
    return dataclasses.replace(
        d, field=field or "(top level)", message=message, hint=d.hint or HINT
    )
