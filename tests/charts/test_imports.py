"""Charts and KPIs sit below the CLI and the report: they read the KPI catalogue, never
``simulator.cli`` (charts once imported ``simulator.cli.format`` for number formats)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SIMULATOR = Path(__file__).resolve().parents[2] / "simulator"
#: package -> packages it must not import (higher layers)
RULES = {
    "charts": ("simulator.cli", "simulator.report"),
    "metrics": ("simulator.cli", "simulator.report", "simulator.charts", "simulator.experiments"),
}


def imported_modules(path: Path, package: str) -> list[str]:
    """Absolute names of every module ``path`` imports (relative imports resolved)."""
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            names.append(base)
            names += [f"{base}.{a.name}" for a in node.names]
    return names


@pytest.mark.parametrize("package", sorted(RULES))
def test_lower_layers_do_not_import_higher_ones(package):
    offenders = []
    for path in sorted((SIMULATOR / package).rglob("*.py")):
        for name in imported_modules(path, f"simulator.{package}"):
            if any(name == f or name.startswith(f + ".") for f in RULES[package]):
                offenders.append(f"{path.relative_to(SIMULATOR.parent)}: {name}")
    assert offenders == []


def test_the_check_sees_absolute_and_relative_imports(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from simulator.cli.format import kpi_table\nfrom ..cli import format\n")
    names = imported_modules(bad, "simulator.charts")
    assert "simulator.cli.format" in names and "simulator.cli" in names
