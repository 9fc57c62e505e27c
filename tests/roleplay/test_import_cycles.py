"""No import cycle inside ``simulator/roleplay``, counting imports inside functions too.

Read from the source with :mod:`ast`, so an import moved into a function (or anywhere but an
``if TYPE_CHECKING:`` block, which never runs) to dodge a cycle still counts as an edge.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

import simulator.roleplay

PACKAGE = "simulator.roleplay"
FOLDER = Path(simulator.roleplay.__file__).parent


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, modules: set[str]) -> Iterator[str]:
    """Modules of the package that ``tree`` imports outside ``if TYPE_CHECKING:`` blocks."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(PACKAGE + "."):
                    yield alias.name.split(".")[2]
        elif isinstance(node, ast.ImportFrom) and node.module is not None and node.level == 0:
            if node.module == PACKAGE:  # from simulator.roleplay import kb
                yield from (a.name for a in node.names if a.name in modules)
            elif node.module.startswith(PACKAGE + "."):
                yield node.module.split(".")[2]
        stack.extend(ast.iter_child_nodes(node))


def import_graph(folder: Path = FOLDER) -> dict[str, set[str]]:
    """``{module: modules of the package it imports}`` for every module in ``folder``."""
    modules = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    graph = {}
    for name in sorted(modules):
        tree = ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))
        graph[name] = set(_imports(tree, modules)) - {name}
    return graph


def find_cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return groups


def test_the_checker_finds_cycles_including_ones_hidden_in_functions(tmp_path):
    (tmp_path / "a.py").write_text(f"from {PACKAGE}.b import x\n", encoding="utf-8")
    (tmp_path / "b.py").write_text(
        f"def f():\n    from {PACKAGE} import c\n    return c\n", encoding="utf-8"
    )
    (tmp_path / "c.py").write_text(
        f"from typing import TYPE_CHECKING\nimport {PACKAGE}.a\n"
        f"if TYPE_CHECKING:\n    from {PACKAGE}.d import y\n",
        encoding="utf-8",
    )
    (tmp_path / "d.py").write_text(f"from {PACKAGE}.c import z\n", encoding="utf-8")
    graph = import_graph(tmp_path)
    assert graph == {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"c"}}
    assert find_cycles(graph) == [["a", "b", "c"]]


def test_roleplay_has_no_import_cycle():
    graph = import_graph()
    assert {"records", "session", "scoring", "coaching", "compliance", "practice"} <= set(graph)
    cycles = find_cycles(graph)
    assert cycles == [], "import cycles in simulator/roleplay: " + "; ".join(
        " <-> ".join(c) for c in cycles
    )


def test_records_sit_at_the_bottom():
    """The records import no engine module but the move they hold."""
    assert import_graph()["records"] <= {"moves"}
