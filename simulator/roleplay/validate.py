"""Check role-play scripts like a dialogue compiler: schema, references, reachability, variables.

:func:`check_script_file` backs ``kefulab validate`` for files under ``scenarios/roleplay/``.
Errors make a script unplayable (``load_script`` refuses it); warnings and infos point at likely
authoring mistakes. Every finding names the file (with line), the field path or node, and a hint.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from simulator.common.diagnostics import SEVERITY_ORDER, Diagnostic, Severity, closest
from simulator.common.errors import InputError, diagnostics_of
from simulator.common.yamlio import YamlDocument, read_yaml
from simulator.roleplay.conditions import BUILTINS
from simulator.roleplay.handoff_checks import handoff_diagnostics
from simulator.roleplay.limits import MAX_ITEMS, MAX_KEYS, MAX_TRANSITIONS
from simulator.roleplay.nodes import DIMENSIONS, Transition
from simulator.roleplay.script_schema import Script, parse_script

DOC_HINT = "see docs/roleplay-scripts.md"


class _Collector:
    """Builds diagnostics that carry the file and line of a location in the document."""

    def __init__(self, doc: YamlDocument) -> None:
        self.doc = doc
        self.items: list[Diagnostic] = []

    def add(self, severity: Severity, loc: tuple, message: str, hint: str) -> None:
        self.items.append(self.doc.diagnostic(severity, message, loc, hint))


def _close(name: str, options: list[str]) -> str:
    match = closest(name, options)
    return f"did you mean {match!r}? " if match else ""


def _transitions(script: Script) -> Iterator[tuple[tuple, str | None, Transition]]:
    """Every transition with its location and owning node id (None for interrupts)."""
    for i, node in enumerate(script.nodes):
        for j, t in enumerate(node.transitions):
            yield ("nodes", i, "transitions", j), node.id, t
    for j, t in enumerate(script.interrupts):
        yield ("interrupts", j), None, t


def _duplicate_ids(raw_nodes: Any, out: _Collector) -> set[str]:
    """Report node ids used more than once in the YAML list (a dict would silently merge them)."""
    seen: dict[str, int] = {}
    dups: set[str] = set()
    for i, node in enumerate(raw_nodes if isinstance(raw_nodes, list) else []):
        nid = node.get("id") if isinstance(node, dict) else None
        if not isinstance(nid, str):
            continue
        if nid in seen:
            dups.add(nid)
            out.add(
                "error",
                ("nodes", i, "id"),
                f"duplicate node id {nid!r} (first defined at nodes[{seen[nid]}])",
                "rename one of the nodes; every transition 'goto' must name exactly one node",
            )
        else:
            seen[nid] = i
    return dups


def _references(script: Script, out: _Collector) -> None:
    ids = [n.id for n in script.nodes]
    if script.start not in ids:
        out.add(
            "error",
            ("start",),
            f"start node {script.start!r} is not defined",
            f"{_close(script.start, ids)}start must be one of: {', '.join(ids)}",
        )
    for loc, owner, t in _transitions(script):
        where = f"node {owner!r}" if owner else "interrupt"
        if t.goto is not None and t.goto not in ids:
            out.add(
                "error",
                (*loc, "goto"),
                f"{where}: transition to undefined node {t.goto!r}",
                f"{_close(t.goto, ids)}add a node with id {t.goto!r} or fix the goto",
            )
        if t.ending is not None and t.ending not in script.endings:
            out.add(
                "error",
                (*loc, "ending"),
                f"{where}: ending {t.ending!r} is used but not defined under 'endings'",
                f"add endings.{t.ending} with 'say' and 'consequence'",
            )


def _edges(script: Script) -> dict[str, set[str]]:
    """node id -> successors; endings appear as ``"ending:NAME"``."""
    edges: dict[str, set[str]] = {n.id: set() for n in script.nodes}
    for node in script.nodes:
        for t in node.transitions:
            edges[node.id].add(t.goto if t.goto is not None else f"ending:{t.ending}")
    return edges


def _reach(edges: dict[str, set[str]], start: str) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _graph(script: Script, out: _Collector) -> None:
    edges = _edges(script)
    index = {n.id: i for i, n in enumerate(script.nodes)}
    if script.start in edges:
        reachable = _reach(edges, script.start)
        for t in script.interrupts:
            if t.goto is not None:
                reachable |= _reach(edges, t.goto)
        for nid, i in index.items():
            if nid not in reachable:
                out.add(
                    "warning",
                    ("nodes", i, "id"),
                    f"node {nid!r} is unreachable from start {script.start!r}",
                    "add a transition that goes to it, or delete the node",
                )
        if "ending:resolved_happy" not in reachable:
            out.add(
                "warning",
                ("start",),
                "no path from the start node reaches resolved_happy: the script cannot be won",
                "give a good reply a transition chain that ends in 'ending: resolved_happy'",
            )
        used = {e.removeprefix("ending:") for e in reachable if e.startswith("ending:")}
        used |= {t.ending for t in script.interrupts if t.ending} | {"customer_left"}
        for name in script.endings:
            if name not in used:
                out.add(
                    "info",
                    ("endings", name),
                    f"ending {name!r} is defined but no transition leads to it",
                    "add a transition with this ending or remove it",
                )
    for nid, i in index.items():
        if not any(e.startswith("ending:") for e in _reach(edges, nid)):
            out.add(
                "error",
                ("nodes", i, "id"),
                f"node {nid!r} has no path to any ending (its transitions only loop)",
                "add a transition from it (or a node after it) with 'ending: ...'",
            )


def _variables(script: Script, out: _Collector) -> None:
    declared = set(script.state)
    used: set[str] = {"anger", "patience"}  # the engine itself reads these

    def effects(loc: tuple, fx: dict[str, float], where: str) -> None:
        for name in fx:
            used.add(name)
            if name in BUILTINS:
                out.add(
                    "error",
                    (*loc, name),
                    f"{where}: {name!r} is built in and cannot be changed",
                    "change a declared state variable instead",
                )
            elif name not in declared:
                out.add(
                    "warning",
                    (*loc, name),
                    f"{where}: effect on undeclared variable {name!r}",
                    f"{_close(name, sorted(declared))}declare it under 'state'",
                )

    def names(loc: tuple, when: Any, where: str) -> None:
        for cond in when.conditions():
            for name in sorted(cond.names):
                used.add(name)
                if name not in declared and name not in BUILTINS:
                    out.add(
                        "warning",
                        loc,
                        f"{where}: condition reads undeclared variable {name!r} (reads as 0)",
                        f"{_close(name, sorted(declared | set(BUILTINS)))}declare it under "
                        f"'state' or use a built-in ({', '.join(BUILTINS)})",
                    )

    for loc, owner, t in _transitions(script):
        where = f"node {owner!r}" if owner else "interrupt"
        names((*loc, "when"), t.when, where)
        effects((*loc, "effects"), t.effects, where)
    for i, node in enumerate(script.nodes):
        effects(("nodes", i, "otherwise", "effects"), node.otherwise.effects, f"node {node.id!r}")
    for move, fx in script.move_effects.items():
        effects(("move_effects", move), fx, f"move_effects.{move}")
    for name in sorted(declared - used):
        out.add(
            "info",
            ("state", name),
            f"variable {name!r} is declared but never used",
            "use it in a condition or an effect, or remove it",
        )


def _facts(script: Script, out: _Collector) -> None:
    refs = [
        (("scoring", "required_facts", k), r) for k, r in enumerate(script.scoring.required_facts)
    ]
    for loc, _owner, t in _transitions(script):
        refs += [((*loc, "when", "states_fact", k), r) for k, r in enumerate(t.when.states_fact)]
    if not refs:
        return
    from simulator.roleplay.kb import load_kb

    kb = load_kb()
    for loc, ref in refs:
        product = script.fact_product(ref)
        try:
            value = kb.fact(ref.key, product, lang=script.lang)
        except (KeyError, LookupError, InputError):
            value = None
        if value is None:
            out.add(
                "error",
                loc,
                f"knowledge base has no fact {ref.key!r} for product {product!r}",
                "use a key and product from scenarios/kb/*.yaml (kefulab validate scenarios/kb/*.yaml)",
            )


def _model_answers(script: Script, out: _Collector) -> None:
    shown = {d for n in script.nodes for a in n.model_answers for d in a.shows}
    if not any(n.model_answers for n in script.nodes):
        out.add(
            "warning",
            ("nodes",),
            "no node has model_answers: the report cannot suggest better replies",
            "add model_answers (text + shows: [dimensions]) to the key nodes",
        )
        return
    missing = [d for d in DIMENSIONS if d not in shown and d not in ("timeliness", "compliance")]
    if missing:
        out.add(
            "info",
            ("nodes",),
            f"no model answer shows {', '.join(missing)}; the report falls back to another answer",
            "tag model answers with 'shows: [...]' for these dimensions",
        )


def _limits(script: Script, out: _Collector) -> bool:
    """Per-node sizes (the schema bounds the script's own lists); True when all are within."""
    ok = True

    def check(loc: tuple, count: int, limit: int, what: str) -> None:
        nonlocal ok
        if count > limit:
            ok = False
            out.add("error", loc, f"{count} {what}, at most {limit}", "split it into smaller parts")

    for i, node in enumerate(script.nodes):
        check(("nodes", i, "transitions"), len(node.transitions), MAX_TRANSITIONS, "transitions")
        check(("nodes", i, "model_answers"), len(node.model_answers), MAX_ITEMS, "model answers")
        for key, lines in (("say", node.say), ("otherwise", node.otherwise.say)):
            if lines is not None:
                check(("nodes", i, key), len(lines), MAX_ITEMS, "line variants")
        for j, t in enumerate(node.transitions):
            check(("nodes", i, "transitions", j, "effects"), len(t.effects), MAX_KEYS, "effects")
            if t.say is not None:
                check(("nodes", i, "transitions", j, "say"), len(t.say), MAX_ITEMS, "line variants")
    check(("opening",), len(script.opening), MAX_ITEMS, "line variants")
    return ok


def semantic_diagnostics(script: Script, doc: YamlDocument) -> list[Diagnostic]:
    """Cross-reference, graph, variable and knowledge-base checks of a schema-valid script."""
    out = _Collector(doc)
    if not _limits(script, out):
        return out.items
    raw = doc.data.get("nodes") if isinstance(doc.data, dict) else None
    if _duplicate_ids(raw, out):
        return out.items
    _references(script, out)
    if not any(d.severity == "error" for d in out.items):
        _graph(script, out)
    _variables(script, out)
    _facts(script, out)
    _model_answers(script, out)
    out.items += handoff_diagnostics(script, doc)
    return out.items


def diagnose(doc: YamlDocument) -> tuple[Script | None, list[Diagnostic]]:
    """The script in ``doc`` (None when the schema refuses it) and every diagnostic about it.

    The one check behind both ``kefulab validate`` and :func:`~simulator.roleplay.script.
    load_script`: a script with any error here is refused by the trainer too.
    """
    try:
        script = parse_script(doc)
    except InputError as exc:
        out = _Collector(doc)
        _duplicate_ids(doc.data.get("nodes") if isinstance(doc.data, dict) else None, out)
        return None, _with_doc_hint(exc) + out.items
    return script, semantic_diagnostics(script, doc)


def check_script_file(path: str | Path) -> list[Diagnostic]:
    """Every diagnostic for one script file, errors first (a read/parse failure is one error)."""
    try:
        doc = read_yaml(Path(path))
    except InputError as exc:
        return _with_doc_hint(exc)
    _script, diags = diagnose(doc)
    return sorted(diags, key=lambda d: SEVERITY_ORDER[d.severity])


def _with_doc_hint(exc: InputError) -> list[Diagnostic]:
    """The error's diagnostics, pointing at the format's documentation where they have no hint."""
    return [dataclasses.replace(d, hint=d.hint or DOC_HINT) for d in diagnostics_of(exc)]


def check_script(script: Script) -> list[Diagnostic]:
    """Diagnostics of an already loaded script (re-reads its file for line numbers)."""
    if script.path is None:
        raise InputError("script was not loaded from a file; use check_script_file")
    return check_script_file(script.path)
