"""Safe YAML loading and structured validation problems shared by every data file.

Nothing here can execute code from a file: YAML is read with PyYAML's safe parser only (libyaml's
when available), through the strict reader of :mod:`simulator.common.yamlstrict` (duplicate keys,
depth, aliases, tags, finite numbers; no implicit dates or yes/no booleans). Pydantic errors become
:class:`~simulator.common.diagnostics.Diagnostic` records (file, line, field path, message,
hint) directly; their one-line form is ``FILE:LINE: field.path: what is wrong (what is allowed)``.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from simulator.common.diagnostics import Diagnostic, Severity, closest, did_you_mean, join_hints
from simulator.common.errors import InputError
from simulator.common.inputfile import read_input_text
from simulator.common.yamlstrict import compose

Loc = tuple[str | int, ...]


class YamlDocument:
    """A parsed YAML file: its data plus the line of every node, for error messages."""

    def __init__(self, path: Path, data: Any, root: yaml.Node | None) -> None:
        self.path = path
        self.data = data
        self._root = root

    @property
    def root(self) -> yaml.Node | None:
        """The YAML node tree (None for an empty document)."""
        return self._root

    def line_of(self, loc: Sequence[str | int]) -> int | None:
        """Return the 1-based line of the field at ``loc`` (or of its nearest existing parent).

        A mapping entry is found at its key's line (where an editor puts the cursor), a list
        item at the item's line.
        """
        node = self._root
        line = node.start_mark.line + 1 if node is not None else None
        for key in loc:
            if isinstance(node, yaml.MappingNode):
                pair = next((p for p in node.value if getattr(p[0], "value", None) == key), None)
                if pair is None:
                    break
                line, node = pair[0].start_mark.line + 1, pair[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
                if not 0 <= key < len(node.value):
                    break
                node = node.value[key]
                line = node.start_mark.line + 1
            else:
                break
        return line

    def diagnostic(
        self, severity: Severity, message: str, loc: Sequence[str | int] = (), hint: str = ""
    ) -> Diagnostic:
        """A diagnostic at ``loc`` of this document (its line looked up); ``()``: the file."""
        if not loc:
            return Diagnostic(severity, str(self.path), message, hint=hint)
        line = self.line_of(loc)
        return Diagnostic(severity, str(self.path), message, line, format_loc(loc), hint)

    def error(self, message: str, loc: Sequence[str | int] = (), hint: str = "") -> Diagnostic:
        """An error diagnostic at ``loc`` of this document."""
        return self.diagnostic("error", message, loc, hint)


def read_yaml(path: str | Path) -> YamlDocument:
    """Read a YAML data file strictly; raise :class:`InputError` with file and line on any problem.

    Only regular files up to :data:`~simulator.common.inputfile.MAX_FILE_BYTES` are read (a
    FIFO or device is refused without blocking); the text is parsed by :func:`parse_yaml`.
    """
    path = Path(path)
    return parse_yaml(read_input_text(path, what="a YAML file"), path)


#: libyaml's safe loader when PyYAML was built with it (several times faster), else pure Python.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str, path: str | Path = "<string>") -> YamlDocument:
    """Parse YAML text strictly, once, into data plus the node tree (for line numbers).

    The rules (duplicate keys, depth, aliases, tags, finite numbers, no implicit dates or
    yes/no booleans) are those of :mod:`simulator.common.yamlstrict`.
    """
    path = Path(path)
    root, data = compose(text, str(path))
    return YamlDocument(path, data, root)


def parse_value(text: str, origin: str) -> Any:
    """One value given on the command line (``--set PATH=VALUE``, ``--grid``), read as YAML.

    The same strict rules as data files; a problem is one :class:`InputError` whose
    diagnostic names ``origin`` (no line: the value is one line).
    """
    try:
        _root, data = compose(text, origin)
    except InputError as exc:
        d = exc.diagnostics[0]
        detail = d.message.removeprefix("invalid YAML: ")
        if d.line and d.line > 1:
            detail += f" (line {d.line} of the value)"
        raise InputError(
            Diagnostic("error", origin, f"value is not valid YAML ({detail})", hint=d.hint)
        ) from None
    return data


def format_loc(loc: Iterable[str | int]) -> str:
    """Turn a pydantic location tuple into a dotted field path (``agents.schedule[3]``)."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


def _unwrap(annotation: Any) -> list[Any]:
    """Return the candidate inner types of an annotation (Optional, list, dict, Union...)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [t for a in typing.get_args(annotation) for t in _unwrap(a)]
    if origin in (list, tuple, Sequence, set, frozenset):
        return [t for a in typing.get_args(annotation) if a is not Ellipsis for t in _unwrap(a)]
    if origin is dict or origin is typing.Mapping:
        args = typing.get_args(annotation)
        return _unwrap(args[1]) if len(args) == 2 else []
    return [annotation]


def _model_at(model: type[BaseModel], loc: Sequence[str | int]) -> type[BaseModel] | None:
    """Find the model class that owns the fields at ``loc`` (best effort)."""
    current: Any = model
    for key in loc:
        if isinstance(key, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(key)
        if field is None:
            # dict keys (e.g. entry point names) do not name fields: stay on the value type
            continue
        candidates = [
            c for c in _unwrap(field.annotation) if isinstance(c, type) and issubclass(c, BaseModel)
        ]
        if not candidates:
            return None
        current = candidates[0]
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _literals(annotation: Any) -> list[str]:
    """The string values a ``Literal`` inside ``annotation`` allows (through Optional, list...)."""
    if typing.get_origin(annotation) is typing.Literal:
        return [a for a in typing.get_args(annotation) if isinstance(a, str)]
    return [v for inner in _unwrap(annotation) if inner is not annotation for v in _literals(inner)]


def _allowed_values(model: type[BaseModel], raw_loc: Sequence[str | int]) -> list[str]:
    """The literal values allowed at a pydantic error location (a field, list item or dict key)."""
    is_key = bool(raw_loc) and raw_loc[-1] == "[key]"
    loc = [p for p in raw_loc if not _is_union_tag(p)]
    if is_key:
        loc = loc[:-1]  # the offending key itself
    while loc and isinstance(loc[-1], int):
        loc.pop()
    if not loc:
        return []
    owner = _model_at(model, loc[:-1])
    field = owner.model_fields.get(str(loc[-1])) if owner is not None else None
    if field is None:
        return []
    annotation = field.annotation
    if is_key:
        return [v for key in _unwrap_keys(annotation) for v in _literals(key)]
    return _literals(annotation)


def _unwrap_keys(annotation: Any) -> list[Any]:
    """The key types of the mappings in ``annotation``."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap_keys(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [k for a in typing.get_args(annotation) for k in _unwrap_keys(a)]
    if origin is dict or origin is typing.Mapping:
        return list(typing.get_args(annotation)[:1])
    return []


def _is_union_tag(part: str | int) -> bool:
    """Pydantic inserts the chosen union member's name into locations; hide it."""
    return isinstance(part, str) and (
        part.startswith(("function-", "tagged-union[", "literal[", "constrained-")) or "[" in part
    )


#: Union members named by their plain type at the end of a location (``facts.x.int``).
_TYPE_TAGS = frozenset(("str", "int", "float", "bool", "list", "dict", "none"))


def _strip_tags(loc: Sequence[str | int]) -> Loc:
    parts = [p for p in loc if not _is_union_tag(p)]
    if len(loc) > 1 and loc[-1] in _TYPE_TAGS and parts and parts[-1] == loc[-1]:
        parts.pop()  # a union member's error: report it at the field, once
    return tuple(parts)


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool) or value is None


def validation_diagnostics(
    exc: ValidationError,
    model: type[BaseModel],
    doc: YamlDocument | None = None,
    file: str = "",
) -> list[Diagnostic]:
    """Turn each pydantic error into a :class:`Diagnostic` (file, line, field path, hint).

    An unknown key gets "did you mean ...?" and the fields allowed there; when it is a typo of
    a required field, the "required field is missing" error for that field is dropped, so the
    problem is reported once, at the typo's line.
    """
    errors, seen = [], set()
    for err in exc.errors(include_url=False):
        loc = _strip_tags(err["loc"])
        if loc != tuple(err["loc"]) and loc in seen:
            continue  # the same value refused by each member of a union: say it once
        seen.add(loc)
        errors.append((err, loc))
    typos: set[Loc] = set()  # locations of missing fields an unknown sibling key resembles
    hints: dict[Loc, str] = {}
    for err, loc in errors:
        if err["type"] == "extra_forbidden" and loc:
            owner = _model_at(model, loc[:-1])
            allowed = list(owner.model_fields) if owner is not None else []
            hints[loc] = join_hints(
                did_you_mean(loc[-1], allowed),
                f"allowed here: {', '.join(allowed)}" if allowed else "",
            )
            guess = closest(loc[-1], allowed)
            if guess is not None:
                typos.add((*loc[:-1], guess))
    fname = str(doc.path) if doc is not None else file
    out = []
    for err, loc in errors:
        kind, msg, hint = err["type"], err["msg"], ""
        if kind == "missing":
            if loc in typos:
                continue
            msg = "required field is missing"
        elif kind == "extra_forbidden":
            msg, hint = "unknown field", hints.get(loc, "")
        elif kind.startswith("value_error"):
            msg = msg.removeprefix("Value error, ")
        elif kind == "literal_error":
            hint = did_you_mean(err.get("input"), _allowed_values(model, err["loc"]))
        inp = err.get("input")
        if kind not in ("missing", "extra_forbidden") and _is_scalar(inp):
            shown = inp if not isinstance(inp, str) or len(inp) <= 60 else inp[:59] + "…"
            msg = f"{msg}, got {shown!r}"
        line = doc.line_of(loc) if doc is not None else None
        out.append(Diagnostic("error", fname, msg, line, format_loc(loc), hint))
    return out


def validate_document(
    model: type[BaseModel],
    doc: YamlDocument,
    context: dict | None = None,
    error: type[InputError] = InputError,
):
    """Validate ``doc.data`` against ``model``; raise one ``error`` with every problem.

    The exception's message is the first problem (one line); ``exc.diagnostics`` holds all.
    """
    if not isinstance(doc.data, dict):
        kind = "empty file" if doc.data is None else f"a {type(doc.data).__name__}"
        raise error(doc.error(f"expected a mapping of fields at the top level, got {kind}"))
    try:
        return model.model_validate(doc.data, context=context)
    except ValidationError as exc:
        raise error(validation_diagnostics(exc, model, doc)) from None
