"""The one strict YAML reader behind every data file and ``--set``/``--grid`` value.

PyYAML's safe loader (libyaml's parser when available) reads the events; this module builds the
node tree itself, without recursion, so it can refuse what the plain loader lets through:

- a key given twice in one mapping (the last would silently win), naming both lines;
- nesting deeper than :data:`MAX_DEPTH`, more than :data:`MAX_NODES` values once aliases are
  expanded (an "alias bomb"), an alias inside the node it names (a cycle), more than
  :data:`MAX_ALIASES` aliases;
- tags other than the plain YAML types (``!!python/...``, ``!!timestamp``, ``!!set``...);
- numbers that are not finite (``.nan``, ``.inf``, ``1e999``) and integers too long to read;
- control characters (reported with their line and column).

Values are read as YAML 1.2 does where YAML 1.1 surprises: ``yes``/``no``/``on``/``off`` are
text (only ``true``/``false`` are booleans), dates such as ``2026-02-30`` are text (the schema
decides whether a date is valid), ``=`` is text, and ``1e5`` is a number like ``1.0e+5``.
Every problem is an :class:`~simulator.common.errors.InputError` with one
:class:`~simulator.common.diagnostics.Diagnostic`: file, line, what is wrong, on one line.
"""

from __future__ import annotations

import math
import re
from typing import Any

import yaml
from yaml import events as ev
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from simulator.common.diagnostics import Diagnostic
from simulator.common.errors import InputError

#: Deepest nesting of lists and mappings (the shipped files use under 10 levels).
MAX_DEPTH = 50
#: Most values (scalars, lists, mappings) in one document, counting each alias use in full.
MAX_NODES = 50_000
#: Most alias uses (``*name``) in one document.
MAX_ALIASES = 10_000
#: Longest text read (characters); :data:`simulator.common.inputfile.MAX_FILE_BYTES` for files.
MAX_TEXT_CHARS = 2 * 1024 * 1024

_TAG = "tag:yaml.org,2002:"
#: The only tags a data file may use (explicitly or implicitly).
ALLOWED_TAGS = frozenset(
    _TAG + t for t in ("str", "int", "float", "bool", "null", "seq", "map", "merge")
)

#: Characters YAML forbids (C0 controls except tab/LF/CR, DEL, C1 except NEL, surrogates).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


class StrictResolver(yaml.resolver.Resolver):
    """YAML 1.1's implicit types, minus the surprising ones (see the module docstring)."""

    yaml_implicit_resolvers: dict = {}  # noqa: RUF012 (PyYAML's class-level registry)


StrictResolver.add_implicit_resolver(
    _TAG + "bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
StrictResolver.add_implicit_resolver(
    _TAG + "float",
    re.compile(
        r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
        |[-+]?(?:[0-9][0-9_]*)[eE][-+]?[0-9]+
        |[-+]?\.[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?
        |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
        |[-+]?\.(?:inf|Inf|INF)
        |\.(?:nan|NaN|NAN))$""",
        re.X,
    ),
    list("-+0123456789."),
)
for _first, _resolvers in yaml.resolver.Resolver.yaml_implicit_resolvers.items():
    for _tag, _regexp in _resolvers:
        if _tag in (_TAG + "int", _TAG + "null", _TAG + "merge"):
            StrictResolver.add_implicit_resolver(_tag, _regexp, [_first])


class StrictConstructor(yaml.constructor.SafeConstructor):
    """The safe constructor; a scalar it cannot convert becomes a marked error, not ValueError."""

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except (ValueError, TypeError, KeyError, OverflowError, AttributeError) as exc:
            detail = printable(str(exc).split("\n", 1)[0].split(";")[0], 100)
            raise yaml.constructor.ConstructorError(
                None, None, f"cannot read {_short(node)} ({detail})", node.start_mark
            ) from None


try:
    from yaml._yaml import CParser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    CParser = None

if CParser is not None:

    class StrictLoader(CParser, StrictConstructor, StrictResolver):  # type: ignore[misc]
        """libyaml's parser with the strict resolver and constructor."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            StrictConstructor.__init__(self)
            StrictResolver.__init__(self)

else:  # pragma: no cover - PyYAML built without libyaml

    class StrictLoader(  # type: ignore[no-redef]
        yaml.reader.Reader,
        yaml.scanner.Scanner,
        yaml.parser.Parser,
        StrictConstructor,
        StrictResolver,
    ):
        """PyYAML's pure-Python parser with the strict resolver and constructor."""

        def __init__(self, stream: str) -> None:
            yaml.reader.Reader.__init__(self, stream)
            yaml.scanner.Scanner.__init__(self)
            yaml.parser.Parser.__init__(self)
            StrictConstructor.__init__(self)
            StrictResolver.__init__(self)


def printable(text: str, limit: int = 60) -> str:
    """``text`` with control characters escaped and cut to ``limit`` characters, for messages."""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _short(node: Node) -> str:
    tag = node.tag.removeprefix(_TAG)
    if isinstance(node, ScalarNode):
        return f"{tag} value {printable(node.value)!r}"
    return f"{tag} node"


class _Problem(Exception):
    """A strictness violation at a mark (converted to InputError by :func:`compose`)."""

    def __init__(self, message: str, mark: Any, hint: str = "", field: str = "") -> None:
        super().__init__(message)
        self.message, self.mark, self.hint, self.field = message, mark, hint, field


class _Open:
    """A list or mapping being built: its node, and (mappings) the keys seen so far."""

    __slots__ = ("anchor", "height", "key", "keys", "node", "size")

    def __init__(self, node: Node, anchor: str | None) -> None:
        self.node = node
        self.anchor = anchor  # its anchor's name, if it has one
        self.key: Node | None = None  # a mapping's key waiting for its value
        self.keys: dict[Any, int] = {}  # key identity -> line of its first occurrence
        self.size = 1  # values in it so far, itself included, aliases expanded
        self.height = 1  # nesting levels in it so far


class _Composer:
    """Builds the node tree from the parser's events with an explicit stack."""

    def __init__(self, loader: StrictLoader) -> None:
        self.loader = loader
        self.anchors: dict[str, Node] = {}
        self.extent: dict[str, tuple[int, int]] = {}  # anchor -> (size, height) of its node
        self.open: list[_Open] = []
        self.open_ids: set[int] = set()
        self.aliases = 0
        self.total = 0

    def document(self) -> Node | None:
        loader = self.loader
        loader.get_event()  # StreamStart
        if loader.check_event(ev.StreamEndEvent):
            loader.get_event()
            return None
        loader.get_event()  # DocumentStart
        root = self._node()
        loader.get_event()  # DocumentEnd
        if not loader.check_event(ev.StreamEndEvent):
            event = loader.get_event()
            raise _Problem(
                "more than one YAML document (a second '---')",
                event.start_mark,
                "a data file holds one document",
            )
        loader.get_event()
        return root

    def _node(self) -> Node:
        """Read events until the node that starts here is complete; return it."""
        loader = self.loader
        while True:
            event = loader.get_event()
            if isinstance(event, ev.ScalarEvent):
                node, size, height = self._scalar(event), 1, 0
            elif isinstance(event, ev.SequenceStartEvent | ev.MappingStartEvent):
                self._start(event)
                continue
            elif isinstance(event, ev.SequenceEndEvent | ev.MappingEndEvent):
                node, size, height = self._end(event)
            elif isinstance(event, ev.AliasEvent):
                node, size, height = self._alias(event)
            else:  # pragma: no cover - the parser guarantees the grammar
                raise _Problem(f"unexpected {type(event).__name__}", event.start_mark)
            if not self.open:
                return node
            self._attach(node, size, height)

    def _anchor(self, event: Any, node: Node) -> None:
        anchor = event.anchor
        if anchor is None:
            return
        if anchor in self.anchors:
            first = self.anchors[anchor].start_mark.line + 1
            raise _Problem(
                f"anchor &{printable(anchor)} defined twice (first on line {first})",
                event.start_mark,
            )
        self.anchors[anchor] = node

    def _tag(self, event: Any, kind: type[Node]) -> str:
        tag = event.tag
        if tag is None or tag == "!":
            implicit = event.implicit if kind is ScalarNode else True
            return self.loader.resolve(kind, event.value if kind is ScalarNode else None, implicit)
        if tag not in ALLOWED_TAGS:
            raise _Problem(
                f"invalid YAML: tag {printable(tag.replace(_TAG, '!!'))!r} is not allowed",
                event.start_mark,
                "data files use plain values: text, numbers, true/false, lists and mappings",
            )
        return tag

    def _count(self, added: int, mark: Any) -> None:
        self.total += added
        if self.total > MAX_NODES:
            raise _Problem(
                f"more than {MAX_NODES:,} values (aliases counted in full)",
                mark,
                "see docs/input-limits.md",
            )

    def _depth_check(self, extra: int, mark: Any) -> None:
        if len(self.open) + extra > MAX_DEPTH:
            raise _Problem(f"nested more than {MAX_DEPTH} levels deep", mark)

    def _scalar(self, event: ev.ScalarEvent) -> Node:
        tag = self._tag(event, ScalarNode)
        node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style)
        if tag == _TAG + "float" or (tag == _TAG + "int" and len(event.value) > 18):
            value = self.loader.construct_object(node)  # errors are marked by the constructor
            if isinstance(value, float) and not math.isfinite(value):
                raise _Problem(
                    f"{printable(event.value)!r} is not a finite number",
                    event.start_mark,
                    "NaN and infinity are not allowed; numbers must be finite",
                    self._here(),
                )
        elif tag not in (_TAG + "str", _TAG + "merge"):
            self.loader.construct_object(node)  # bool/null: check an explicit tag's value
        self._anchor(event, node)
        if event.anchor is not None:
            self.extent[event.anchor] = (1, 0)
        self.total += 1
        if self.total > MAX_NODES:
            self._count(0, event.start_mark)
        return node

    def _start(self, event: Any) -> None:
        self._depth_check(1, event.start_mark)
        if isinstance(event, ev.SequenceStartEvent):
            node: Node = SequenceNode(
                self._tag(event, SequenceNode), [], event.start_mark, None, event.flow_style
            )
        else:
            node = MappingNode(
                self._tag(event, MappingNode), [], event.start_mark, None, event.flow_style
            )
        self._anchor(event, node)
        self.open.append(_Open(node, event.anchor))
        self.open_ids.add(id(node))

    def _end(self, event: Any) -> tuple[Node, int, int]:
        entry = self.open.pop()
        node = entry.node
        self.open_ids.discard(id(node))
        node.end_mark = event.end_mark
        if entry.anchor is not None:
            self.extent[entry.anchor] = (entry.size, entry.height)
        self._count(1, node.start_mark)
        return node, entry.size, entry.height

    def _alias(self, event: ev.AliasEvent) -> tuple[Node, int, int]:
        name = printable(event.anchor or "")
        node = self.anchors.get(event.anchor)
        if node is None:
            raise _Problem(f"alias *{name} names no anchor defined before it", event.start_mark)
        if id(node) in self.open_ids:
            raise _Problem(
                f"alias *{name} refers to a list or mapping that contains it (a cycle)",
                event.start_mark,
            )
        self.aliases += 1
        if self.aliases > MAX_ALIASES:
            raise _Problem(f"more than {MAX_ALIASES:,} aliases", event.start_mark)
        size, height = self.extent[event.anchor]
        self._depth_check(height, event.start_mark)
        self._count(size, event.start_mark)
        return node, size, height

    def _attach(self, node: Node, size: int, height: int) -> None:
        parent = self.open[-1]
        parent.size += size
        if height >= parent.height:
            parent.height = height + 1
        if isinstance(parent.node, SequenceNode):
            parent.node.value.append(node)
        elif parent.key is None:
            parent.key = node
        else:
            key, parent.key = parent.key, None
            self._check_key(parent, key)
            parent.node.value.append((key, node))

    def _path(self, opens: list[_Open]) -> str:
        """The dotted path (``a.b[2]``) through ``opens``, each waiting for the next value."""
        out = ""
        for outer in opens:
            if isinstance(outer.node, SequenceNode):
                out += f"[{len(outer.node.value)}]"
            elif isinstance(outer.key, ScalarNode):
                out += f".{outer.key.value}" if out else str(outer.key.value)
        return out

    def _here(self) -> str:
        """The dotted path of the value being read now (empty at the top)."""
        return printable(self._path(self.open), 120)

    def _field(self, last: str) -> str:
        """The dotted path (``a.b[2].c``) of key ``last`` in the innermost open mapping."""
        out = self._path(self.open[:-1])
        return printable(f"{out}.{last}" if out else last, 120)

    def _check_key(self, parent: _Open, key: Node) -> None:
        if not isinstance(key, ScalarNode) or key.tag == _TAG + "merge":
            return
        identity: Any = (key.tag, key.value)
        if key.tag != _TAG + "str":
            identity = (key.tag, self.loader.construct_object(key))
        line = key.start_mark.line + 1
        first = parent.keys.get(identity)
        if first is not None:
            raise _Problem(
                f"key {printable(key.value)!r} appears twice in the same mapping "
                + (f"(lines {first} and {line})" if first != line else f"(both on line {line})"),
                key.start_mark,
                "remove one; a repeated key would silently replace the first",
                self._field(key.value),
            )
        parent.keys[identity] = line


def _line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def compose(text: str, path: str) -> tuple[Node | None, Any]:
    """Parse ``text`` strictly into its node tree and data; :class:`InputError` on any problem."""

    def fail(message: str, line: int | None = None, hint: str = "") -> InputError:
        return InputError(Diagnostic("error", path, message, line, hint=hint))

    if len(text) > MAX_TEXT_CHARS:
        raise fail(
            f"text is {len(text):,} characters, more than {MAX_TEXT_CHARS:,}",
            hint="see docs/input-limits.md",
        )
    bad = _CONTROL.search(text)
    if bad is not None:
        line, col = _line_col(text, bad.start())
        raise fail(
            f"control character U+{ord(bad.group()):04X} at column {col} is not allowed in YAML",
            line,
            "only tab, line breaks and printable characters",
        )
    loader = StrictLoader(text)
    try:
        root = _Composer(loader).document()
        data = loader.construct_document(root) if root is not None else None
    except _Problem as exc:
        line = exc.mark.line + 1 if exc.mark is not None else None
        raise InputError(
            Diagnostic("error", path, exc.message, line, exc.field, exc.hint)
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        what = exc.problem or exc.context or "not valid YAML"
        prefix = "invalid YAML: " if not isinstance(exc, yaml.constructor.ConstructorError) else ""
        raise fail(printable(f"{prefix}{what}", 200), line) from None
    except yaml.YAMLError as exc:
        raise fail(printable(f"invalid YAML: {str(exc).splitlines()[0]}", 200)) from None
    except RecursionError:  # pragma: no cover - depth is bounded above
        raise fail(f"nested too deeply (more than {MAX_DEPTH} levels)") from None
    finally:
        loader.dispose()
    return root, data
