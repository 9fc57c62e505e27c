"""The layering contract: simulator/ is Qt-free and never reaches into gui/ or pyplot."""

from __future__ import annotations

import ast
from pathlib import Path

SIMULATOR = Path(__file__).resolve().parents[2] / "simulator"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "gui", "matplotlib.pyplot")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{a.name}" for a in node.names]
    return names


def test_simulator_imports_no_qt_gui_or_pyplot():
    offenders = []
    for path in sorted(SIMULATOR.rglob("*.py")):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN):
                offenders.append(f"{path.relative_to(SIMULATOR.parent)}: {name}")
    assert offenders == []


def test_layering_check_catches_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from matplotlib import pyplot\nimport PySide6.QtCore\n")
    names = _imports(bad)
    assert "matplotlib.pyplot" in names and "PySide6.QtCore" in names
