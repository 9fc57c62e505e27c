"""The examples in docs/api.md run as written (one test per Python block)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import simulator
import simulator.roleplay

DOC = Path(__file__).resolve().parent.parent / "docs" / "api.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def test_the_doc_has_an_example_per_user():
    assert len(BLOCKS) >= 4
    text = DOC.read_text(encoding="utf-8")
    for heading in ("A shop manager", "A consultant", "A trainee"):
        assert f"## {heading}" in text


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_example_runs(index, capsys):
    exec(compile(BLOCKS[index], f"{DOC}:block{index}", "exec"), {"__name__": "__api_doc__"})
    assert capsys.readouterr().out.strip(), "an example should print what it found"


@pytest.mark.parametrize("module", [simulator, simulator.roleplay])
def test_every_public_name_resolves_and_is_documented(module):
    text = DOC.read_text(encoding="utf-8")
    for name in module.__all__:
        if name == "__version__":
            continue
        assert getattr(module, name) is not None
        assert f"`{name}" in text or f" {name}(" in text or f", {name}" in text, name
