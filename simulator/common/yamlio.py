"""Safe YAML loading and one-line validation messages shared by every data file.

Nothing here can execute code from a file: YAML is read with PyYAML's safe loader only (the
libyaml-backed ``CSafeLoader`` when available). Pydantic
errors become lines of the form ``FILE:LINE: field.path: what is wrong (what is allowed)``.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from simulator.common.errors import InputError

Loc = tuple[str | int, ...]


class YamlDocument:
    """A parsed YAML file: its data plus the line of every node, for error messages."""

    def __init__(self, path: Path, data: Any, root: yaml.Node | None) -> None:
        self.path = path
        self.data = data
        self._root = root

    def line_of(self, loc: Sequence[str | int]) -> int | None:
        """Return the 1-based line of the node at ``loc`` (or its nearest existing parent)."""
        node = self._root
        line = node.start_mark.line + 1 if node is not None else None
        for key in loc:
            if isinstance(node, yaml.MappingNode):
                match = next((v for k, v in node.value if getattr(k, "value", None) == key), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
                match = node.value[key] if 0 <= key < len(node.value) else None
            else:
                match = None
            if match is None:
                break
            node = match
            line = node.start_mark.line + 1
        return line


def read_yaml(path: str | Path) -> YamlDocument:
    """Read a YAML file safely; raise :class:`InputError` with file and line on any problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, expected a YAML file") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return parse_yaml(text, path)


#: libyaml's safe loader when PyYAML was built with it (several times faster), else pure Python.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str, path: str | Path = "<string>") -> YamlDocument:
    """Parse YAML text safely, once, into data plus the node tree (for line numbers)."""
    path = Path(path)
    loader = SafeLoader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f":{mark.line + 1}" if mark is not None else ""
        raise InputError(f"{path}{where}: invalid YAML: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: invalid YAML: {exc}") from None
    finally:
        loader.dispose()
    return YamlDocument(path, data, root)


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


def describe_errors(
    exc: ValidationError, doc: YamlDocument | None, model: type[BaseModel], prefix: Loc = ()
) -> list[str]:
    """Render each pydantic error as one line: ``file:line: path: message``."""
    lines = []
    for err in exc.errors(include_url=False):
        loc = tuple(prefix) + tuple(p for p in err["loc"] if not _is_union_tag(p))
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            owner = _model_at(model, loc[:-1])
            allowed = ", ".join(owner.model_fields) if owner is not None else ""
            msg = f"unknown field; allowed here: {allowed}" if allowed else "unknown field"
        elif err["type"].startswith("value_error"):
            msg = msg.removeprefix("Value error, ")
        elif err["type"] == "missing":
            msg = "required field is missing"
        inp = err.get("input")
        if err["type"] not in ("missing", "extra_forbidden") and _is_scalar(inp):
            msg = f"{msg}, got {inp!r}"
        where = ""
        if doc is not None:
            line = doc.line_of(loc)
            where = f":{line}" if line else ""
        fname = doc.path if doc is not None else "<input>"
        lines.append(f"{fname}{where}: {format_loc(loc)}: {msg}")
    return lines


def _is_union_tag(part: str | int) -> bool:
    """Pydantic inserts the chosen union member's name into locations; hide it."""
    return isinstance(part, str) and (
        part.startswith(("function-", "tagged-union[", "literal[")) or "[" in part
    )


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool) or value is None


def validate_document(model: type[BaseModel], doc: YamlDocument, context: dict | None = None):
    """Validate ``doc.data`` against ``model``; raise one :class:`InputError` with all problems.

    The exception message is the first problem (one line); ``exc.problems`` holds every line.
    """
    if not isinstance(doc.data, dict):
        kind = "empty file" if doc.data is None else f"a {type(doc.data).__name__}"
        raise InputError(f"{doc.path}: expected a mapping of fields at the top level, got {kind}")
    try:
        return model.model_validate(doc.data, context=context)
    except ValidationError as exc:
        problems = describe_errors(exc, doc, model)
        err = InputError(
            problems[0] if len(problems) == 1 else f"{problems[0]} (+{len(problems) - 1} more)"
        )
        err.problems = problems  # type: ignore[attr-defined]
        raise err from None
