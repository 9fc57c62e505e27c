"""Diagnostics stay structured records until printed; InputError carries them."""

from __future__ import annotations

import pickle

import pytest

from simulator.common.diagnostics import Diagnostic, closest, did_you_mean
from simulator.common.errors import InputError, ScenarioError, diagnostics_of
from simulator.common.yamlio import parse_yaml


def test_one_line_forms():
    d = Diagnostic("error", "s.yaml", "must be >= 1, got 0", 12, "agents.concurrency", "1-10")
    assert d.one_line() == "s.yaml:12: agents.concurrency: must be >= 1, got 0 (1-10)"
    assert str(d) == "s.yaml:12: agents.concurrency: error: must be >= 1, got 0 (1-10)"
    assert Diagnostic("error", "s.yaml", "file not found").one_line() == "s.yaml: file not found"
    assert Diagnostic("warning", "", "odd", field="x[2]").one_line() == "x[2]: odd"


def test_input_error_from_message_or_diagnostics():
    plain = InputError("x.yaml: broken")
    assert str(plain) == "x.yaml: broken" and plain.diagnostics == ()
    assert [d.message for d in diagnostics_of(plain)] == ["x.yaml: broken"]
    first = Diagnostic("error", "a.yaml", "bad", 3, "f")
    err = ScenarioError([first, Diagnostic("error", "a.yaml", "worse", 4, "g")])
    assert str(err) == "a.yaml:3: f: bad (+1 more)"
    assert err.diagnostics[0] is first and len(err.diagnostics) == 2
    assert InputError(first).diagnostics == (first,)
    with pytest.raises(ValueError):
        InputError([])


def test_input_error_survives_pickling_with_its_diagnostics():
    err = ScenarioError([Diagnostic("error", "a.yaml", "bad", 3, "agents.count", "hint")])
    err.extra = 42
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is ScenarioError and str(back) == str(err)
    assert back.diagnostics == err.diagnostics and back.extra == 42


def test_did_you_mean():
    assert closest("agnets", ["arrivals", "agents", "bot"]) == "agents"
    assert did_you_mean("agnets", ["agents"]) == "did you mean agents?"
    assert did_you_mean("zzz", ["agents"]) == "" and did_you_mean(3, ["agents"]) == ""


def test_yaml_problems_are_diagnostics_with_a_line():
    with pytest.raises(InputError) as info:
        parse_yaml("a: 1\nb: [unclosed\n", "t.yaml")
    (d,) = info.value.diagnostics
    assert d.file == "t.yaml" and d.line == 3 and d.message.startswith("invalid YAML")
    doc = parse_yaml("top:\n  inner:\n    - 1\n    - 2\n", "t.yaml")
    assert doc.line_of(("top", "inner", 1)) == 4 and doc.line_of(("top", "nope")) == 1
    assert doc.line_of(("top", "inner")) == 2  # a mapping entry is at its key's line
