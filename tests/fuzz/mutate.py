"""Hypothesis strategies that mutate the shipped data files structurally.

A case starts from a shipped file of one kind (scenario, script, knowledge base, lexicon,
transcript, certification plan, training mapping), parsed to plain data. Tree mutations replace
a value with one of another type or a hostile one (NaN, inf, huge, negative, a date, yes/no,
deep nesting, a long or control-character string, an alias bomb, a self-reference), drop or
duplicate keys and items, or add unknown ones. The tree is written back as YAML; hostile values
go in as raw YAML text through placeholders, so ``2026-02-30`` or ``yes`` reach the loader as
the plain scalars a user would type. Text mutations then duplicate lines (duplicate keys), insert
control characters or tabs, corrupt or truncate bytes, or change the encoding.

Each case carries ``must_refuse``: a reason the input has to be refused (a duplicate key, a
non-finite number, a non-number where a number was), or "" when either answer is fine.
"""

from __future__ import annotations

import copy
import functools
import re
import reprlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

from tests.fuzz.harness import SCENARIOS, TRANSCRIPTS

#: The shipped files of each kind and the folder a copy must sit in to be read as that kind.
CORPUS: dict[str, tuple[str, list[Path]]] = {
    "scenario": ("traffic", sorted((SCENARIOS / "traffic").glob("*.yaml"))),
    "script": ("roleplay", sorted((SCENARIOS / "roleplay").glob("*.yaml"))),
    "kb": ("kb", sorted((SCENARIOS / "kb").glob("*.yaml"))),
    "lexicon": ("lexicons", sorted((SCENARIOS / "lexicons").glob("*.yaml"))),
    "transcript": ("transcripts", sorted(TRANSCRIPTS.glob("*.yaml"))),
    "certification": ("training", [SCENARIOS / "training" / "certification.yaml"]),
    "training_mapping": ("training", [SCENARIOS / "training" / "mapping.yaml"]),
}

#: Values that are not numbers, each as the raw YAML a user would type.
NOT_NUMBERS = [
    "true", "false", "yes", "no", "on", "off", "y", "n", "Yes", "NO",
    "2026-02-30", "2026-11-01", "2026-11-01 20:00:00", "2026-13-45T99:00:00",
    "abc", "'12'", '""', "[]", "{}", "[1, 2]", "{a: 1}", "!!binary aGVsbG8=", "!!set {a, b}",
    '"\\x1b[31mred\\x1b[0m"', '"a\\nb"', '"\\0"', '"\\ud800"', '"\\u202eevil"', "'\u200b'",
]  # fmt: skip
NON_FINITE = [".nan", ".NaN", ".inf", "-.inf", ".Inf", "!!float nan", "!!float inf"]
NUMBERS = [
    "-1", "0", "-0.0", "1e308", "1e30", "1e-320", "99999999999999999999", "1" + "0" * 400,
    "2147483648", "9223372036854775808", "0x7fffffff", "0o17", "1_000", "12:30:00", "1e400",
    "-1e400", "0.5", "3", "100000000", "~", "null",
]  # fmt: skip
HOSTILE = [
    "!!python/object/apply:os.system ['echo pwned']", "!!python/name:os.system", "*nowhere",
    "&a [*a]", "!!timestamp 2026-02-30", "!!int abc", "!!str", "? [a]", "[[1]]: x", "|",
]  # fmt: skip


#: Regular expressions a data file may carry (patterns): slow, broken or odd ones.
REGEXES = [
    "(a+)+$", "(a|a)*b", "(.*)*x", "(\\w+\\s?)+$", "(x+x+)+y", "a{1,100000}", "(.*a){20}",
    "\\1", "(?P<x>a)(?P<x>b)", "[", "*", "(?i)", "(?=a)*", "", ".*", "^$", "\\", "(?#",
    "[^]", "(?<=a+)b", "\\p{Han}", "(?P<amount>\\d+)", "\\d{2,1}", "a**",
]  # fmt: skip
#: Plausible strings: empty, blank, long, other scripts, markup, path-like, format strings.
STRINGS = [
    "", " ", "\t", "x" * 300, "é" * 50, "😀" * 20, "<script>alert(1)</script>", "=HYPERLINK(\"x\")",
    "../../etc/passwd", "{0}{1}%s%d", "a" * 5000, "多" * 2000, "\u202e", "NUL\x00", "a\nb\r\nc",
]  # fmt: skip


@dataclass
class Case:
    """One generated input file."""

    kind: str
    source: Path
    data: bytes = field(repr=False)
    notes: list[str]
    must_refuse: str = ""


@functools.cache
def _parsed(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _paths(root: Any) -> list[tuple]:
    """Every place in a tree, each shared or recursive container walked once."""
    out: list[tuple] = []
    seen: set[int] = set()
    stack: list[tuple[tuple, Any]] = [((), root)]
    while stack:
        prefix, node = stack.pop()
        out.append(prefix)
        if isinstance(node, dict | list):
            if id(node) in seen:
                continue
            seen.add(id(node))
            items = node.items() if isinstance(node, dict) else enumerate(node)
            stack += [((*prefix, k), v) for k, v in items]
    return sorted(out, key=lambda p: [str(k) for k in p])


def _leaves(root: Any) -> set[str]:
    return {v for p in _paths(root) if isinstance(v := _get(root, p), str)}


def _get(node: Any, path: tuple) -> Any:
    for k in path:
        node = node[k]
    return node


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def deep(n: int, open_: str = "[", close: str = "]") -> str:
    return open_ * n + "1" + close * n


def alias_bomb(levels: int, width: int = 9) -> list:
    """A list that expands to ``width ** levels`` strings (shared sublists become YAML aliases)."""
    node: Any = ["lol"] * width
    for _ in range(levels - 1):
        node = [node] * width
    return node


def self_reference() -> list:
    node: list = []
    node.append(node)
    return node


@st.composite
def raw_value(draw: st.DrawFn) -> str:
    """A hostile value as raw (one-line) YAML text."""
    kind = draw(st.sampled_from(["not", "nonfinite", "number", "hostile", "deep", "long", "text"]))
    if kind == "not":
        return draw(st.sampled_from(NOT_NUMBERS))
    if kind == "nonfinite":
        return draw(st.sampled_from(NON_FINITE))
    if kind == "number":
        return draw(st.sampled_from(NUMBERS))
    if kind == "hostile":
        return draw(st.sampled_from(HOSTILE))
    if kind == "deep":
        n = draw(st.sampled_from([30, 200, 900, 3000]))
        return deep(n, *draw(st.sampled_from([("[", "]"), ("{a: ", "}")])))
    if kind == "long":
        return "x" * draw(st.sampled_from([300, 10_000, 300_000]))
    text = draw(st.text(min_size=1, max_size=30))
    return '"' + text.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'


_NON_NUMBER_RAW = set(NOT_NUMBERS) | set(NON_FINITE)


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(
    str,
    lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", v, style="|" if "\n" in v else None),
)


@st.composite
def tree_mutation(draw: st.DrawFn, data: Any, raws: list[str], notes: list[str]) -> Any:
    """Apply one structural mutation to ``data`` (in place where possible); return the root."""
    paths = _paths(data)
    path = draw(st.sampled_from(paths))
    target = _get(data, path)
    parent = _get(data, path[:-1]) if path else None
    op = draw(
        st.sampled_from(
            ["replace"] * 4
            + ["plausible"] * 6
            + ["drop", "dup_item", "add_key", "wrap", "empty", "bomb", "selfref"]
        )
    )
    where = ".".join(str(p) for p in path) or "(top)"

    def put(value: Any) -> Any:
        nonlocal data
        if not path:
            data = value
        else:
            parent[path[-1]] = value
        return data

    if op == "replace":
        raw = draw(raw_value())
        raws.append(raw)
        notes.append(f"{where} = {raw[:60]}")
        put(f"ZZRAW{len(raws) - 1}ZZ")
        ph = f"ZZRAW{len(raws) - 1}ZZ"
        if raw in NON_FINITE:
            return data, (f"non-finite number {raw} at {where}", ph)
        if _is_number(target) and raw in _NON_NUMBER_RAW and not {"facts", "profile"} & set(path):
            return data, (f"{raw} where a number belongs ({where})", ph)
        return data, None
    if op == "plausible":
        value = draw(plausible(target, data))
        notes.append(f"{where} = {_short(value)}")
        put(value)
        return data, None
    if op == "drop" and path:
        notes.append(f"drop {where}")
        del parent[path[-1]]
    elif op == "dup_item" and isinstance(target, list) and target:
        i = draw(st.integers(0, len(target) - 1))
        notes.append(f"duplicate {where}[{i}]")
        target.insert(i, copy.deepcopy(target[i]))
    elif op == "add_key" and isinstance(target, dict):
        raw = draw(raw_value())
        raws.append(raw)
        key = draw(st.sampled_from(["zz_unknown", f"ZZRAW{len(raws) - 1}ZZ", "<<", "name", "id"]))
        notes.append(f"{where}.{key[:40]} added = {raw[:60]}")
        target[key] = f"ZZRAW{len(raws) - 1}ZZ"
    elif op == "wrap":
        notes.append(f"{where} wrapped in a list")
        put([target])
    elif op == "empty":
        value = [{}, [], "", None][draw(st.integers(0, 3))]  # fresh containers each time
        notes.append(f"{where} = {value!r}")
        put(value)
    elif op == "bomb":
        levels = draw(st.sampled_from([4, 7, 10]))
        notes.append(f"{where} = alias bomb 9**{levels}")
        put(alias_bomb(levels))
    elif op == "selfref":
        notes.append(f"{where} = self-referencing alias")
        put(self_reference())
    return data, None


_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxlist, _REPR.maxdict, _REPR.maxstring = 3, 4, 4, 50


def _short(value: Any) -> str:
    """A short repr (never expands an alias bomb or a self-reference)."""
    return _REPR.repr(value)


@st.composite
def plausible(draw: st.DrawFn, target: Any, root: Any) -> Any:
    """A value of the same type as ``target`` but odd: another number, another string of the
    file (a dangling or crossed reference), a slow regex, a reordered or emptied list."""
    if isinstance(target, bool):
        return not target
    if isinstance(target, int | float):
        return draw(
            st.sampled_from([0, -1, 1, 2, 10**6, 10**9, 10**18, -(10**9), 0.5, 1e-9, 1e9, 1e300])
        )
    if isinstance(target, str):
        strings = sorted(v for v in _leaves(root) if not v.startswith("ZZRAW"))
        pick = st.sampled_from(strings) if strings else st.just("")
        return draw(st.one_of(pick, st.sampled_from(REGEXES), st.sampled_from(STRINGS), pick))
    if isinstance(target, list) and target:
        how = draw(st.sampled_from(["reverse", "double", "first", "many"]))
        if how == "reverse":
            return target[::-1]
        if how == "double":
            return target + copy.deepcopy(target)
        if how == "first":
            return target[:1]
        return [copy.deepcopy(target[0]) for _ in range(draw(st.sampled_from([50, 2000])))]
    if isinstance(target, dict) and target:
        keys = list(target)
        return {k: target[keys[(i + 1) % len(keys)]] for i, k in enumerate(keys)}
    return target


def dump(data: Any, raws: list[str]) -> str:
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**9)
    # longest index first so ZZRAW1ZZ does not eat the start of ZZRAW12ZZ
    return re.sub(r"ZZRAW(\d+)ZZ", lambda m: raws[int(m.group(1))], text)


CONTROL = ["\x00", "\x07", "\x08", "\x1b", "\x7f", "\x85", "\u2028", "\ufeff", "\x0c", "\x0b", "\t"]


@st.composite
def text_mutation(draw: st.DrawFn, data: bytes, notes: list[str]) -> bytes:
    """One byte- or line-level mutation of a file's content."""
    op = draw(
        st.sampled_from(
            ["dup_line"] * 4
            + ["drop_line", "control", "tab_indent", "truncate", "flip", "bom", "crlf",
               "utf16", "latin1", "empty", "two_docs", "garbage", "huge_comment"]
        )
    )  # fmt: skip
    lines = data.split(b"\n")
    if op == "dup_line":
        keyed = [i for i, ln in enumerate(lines) if re.match(rb"^\s*[^\s#-][^:#]*:", ln)]
        i = draw(st.sampled_from(keyed)) if keyed else 0
        notes.append(f"line {i + 1} duplicated")
        lines.insert(i + 1, lines[i])
        return b"\n".join(lines)
    if op == "drop_line":
        i = draw(st.integers(0, len(lines) - 1))
        notes.append(f"line {i + 1} dropped")
        del lines[i]
        return b"\n".join(lines)
    if op == "control":
        ch = draw(st.sampled_from(CONTROL)).encode()
        at = draw(st.integers(0, len(data)))
        notes.append(f"control {ch!r} at byte {at}")
        return data[:at] + ch + data[at:]
    if op == "tab_indent":
        indented = [i for i, ln in enumerate(lines) if ln.startswith(b"  ")]
        if indented:
            i = draw(st.sampled_from(indented))
            notes.append(f"tab indent on line {i + 1}")
            lines[i] = b"\t" + lines[i][2:]
        return b"\n".join(lines)
    if op == "truncate":
        at = draw(st.integers(0, max(0, len(data) - 1)))
        notes.append(f"truncated at byte {at}")
        return data[:at]
    if op == "flip":
        if not data:
            return data
        at = draw(st.integers(0, len(data) - 1))
        byte = draw(st.integers(0, 255))
        notes.append(f"byte {at} := {byte:#x}")
        return data[:at] + bytes([byte]) + data[at + 1 :]
    if op == "bom":
        notes.append("UTF-8 BOM")
        return b"\xef\xbb\xbf" + data
    if op == "crlf":
        notes.append("CRLF line ends")
        return data.replace(b"\n", b"\r\n")
    if op == "utf16":
        notes.append("UTF-16")
        return data.decode("utf-8", "replace").encode("utf-16")
    if op == "latin1":
        notes.append("GBK")
        return data.decode("utf-8", "replace").encode("gbk", "replace")
    if op == "empty":
        notes.append("emptied")
        return draw(st.sampled_from([b"", b"\n", b"---\n", b"~\n", b"[]\n", b"{}\n", b"0\n"]))
    if op == "two_docs":
        notes.append("two documents")
        return data + b"\n---\n" + data
    if op == "garbage":
        junk = draw(st.binary(min_size=1, max_size=40))
        notes.append(f"appended {junk!r}")
        return data + junk
    notes.append("2 MB of comments prepended")
    return b"# padding padding padding padding padding padding padding\n" * 35_000 + data


def has_duplicate_key(text: bytes) -> str:
    """The first key that appears twice in one mapping (by the YAML node tree), or ""."""
    try:
        root = yaml.compose(
            text.decode("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )
    except Exception:  # noqa: BLE001 - unparsable: refused for that reason anyway
        return ""
    seen_nodes: set[int] = set()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if id(node) in seen_nodes:
            continue
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: dict[tuple, int] = {}
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode) and k.value != "<<":
                    sig = (k.tag, k.value)
                    if sig in keys:
                        return f"duplicate key {k.value!r} (lines {keys[sig]} and {k.start_mark.line + 1})"
                    keys[sig] = k.start_mark.line + 1
                stack += [k, v]
        elif isinstance(node, yaml.SequenceNode):
            stack += node.value
    return ""


@st.composite
def mutated_file(draw: st.DrawFn, kind: str, max_tree: int = 3, max_text: int = 2) -> Case:
    """A shipped file of ``kind`` with 0..max_tree tree and 0..max_text text mutations."""
    source = draw(st.sampled_from(CORPUS[kind][1]))
    notes: list[str] = [f"from {source.name}"]
    raws: list[str] = []
    must = ""
    n_tree = draw(st.integers(0, max_tree))
    n_text = (
        draw(st.sampled_from([0, 0, 0, 1, max_text])) if n_tree else draw(st.integers(1, max_text))
    )
    if n_tree:
        data = copy.deepcopy(_parsed(source))
        reasons = []
        for _ in range(n_tree):
            data, reason = draw(tree_mutation(data, raws, notes))
            reasons.append(reason)
        text = dump(data, raws).encode("utf-8")
        # a reason holds only while its value is still in the tree (not dropped later)
        leaves = _leaves(data)
        must = next((r[0] for r in reasons if r is not None and r[1] in leaves), "")
    else:
        text = source.read_bytes()
    if n_text:
        must = ""  # a line dropped or a file truncated may remove what the reason is about
        for _ in range(n_text):
            text = draw(text_mutation(text, notes))
    dup = has_duplicate_key(text)
    return Case(kind, source, text, notes, dup or must)
