"""The script validator on a table of broken scripts (written to tmp_path)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from simulator.common.data import roleplay_dir
from simulator.common.errors import InputError
from simulator.roleplay.script import load_script
from simulator.roleplay.validate import check_script_file

REFERENCE = roleplay_dir() / "late_delivery_angry.yaml"
BASE = yaml.safe_load(REFERENCE.read_text(encoding="utf-8"))


def _node(data: dict, node_id: str) -> dict:
    return next(n for n in data["nodes"] if n["id"] == node_id)


def _goto_nowhere(d: dict) -> None:
    _node(d, "wants_answer")["transitions"][2]["goto"] = "need_plan"


def _duplicate_id(d: dict) -> None:
    copy_ = copy.deepcopy(_node(d, "wrap_up"))
    d["nodes"].append(copy_)


def _dead_end(d: dict) -> None:
    d["nodes"].append(
        {
            "id": "limbo",
            "say": ["嗯?"],
            "transitions": [{"when": {"any_of": ["apology"]}, "goto": "limbo"}],
        }
    )
    _node(d, "furious")["transitions"].insert(
        0, {"when": {"any_of": ["off_topic"]}, "goto": "limbo"}
    )


def _unreachable(d: dict) -> None:
    d["nodes"].append({"id": "island", "say": ["?"], "transitions": [{"ending": "bad_review"}]})


def _undeclared(d: dict) -> None:
    _node(d, "needs_plan")["transitions"][0]["when"]["condition"] = "trust > 3"


def _unused(d: dict) -> None:
    d["state"]["trust"] = {"initial": 0, "min": 0, "max": 10}


def _bad_condition(d: dict) -> None:
    d["interrupts"][0]["when"]["condition"] = "anger >> 95"


def _code_in_condition(d: dict) -> None:
    d["interrupts"][0]["when"]["condition"] = "__import__('os').system('rm -rf /') > 0"


def _unknown_move(d: dict) -> None:
    _node(d, "furious")["transitions"][0]["when"]["any_of"] = ["blame"]


def _bad_difficulty(d: dict) -> None:
    d["difficulty"] = 5


def _unknown_field(d: dict) -> None:
    d["persona"]["mood"] = "angry"


def _undefined_ending(d: dict) -> None:
    del d["endings"]["refund_forced"]


def _bad_start(d: dict) -> None:
    d["start"] = "furios"


def _no_win(d: dict) -> None:
    for node in d["nodes"]:
        for t in node.get("transitions", []):
            if t.get("ending") == "resolved_happy":
                t["ending"] = "resolved_neutral"


def _missing_anger(d: dict) -> None:
    del d["state"]["anger"]


def _effect_on_builtin(d: dict) -> None:
    _node(d, "wrap_up")["transitions"][0]["effects"] = {"turn": 1}


def _bad_kb_fact(d: dict) -> None:
    _node(d, "needs_plan")["transitions"][2]["when"]["states_fact"] = "warp_speed"


CASES: list[tuple[str, Callable[[dict], None], str, str, str]] = [
    # name, mutation, severity, where fragment, message fragment
    (
        "goto undefined node",
        _goto_nowhere,
        "error",
        "nodes[1].transitions[2].goto",
        "undefined node 'need_plan'",
    ),
    ("duplicate node id", _duplicate_id, "error", "nodes[7].id", "duplicate node id 'wrap_up'"),
    (
        "no path to an ending",
        _dead_end,
        "error",
        "nodes[7].id",
        "'limbo' has no path to any ending",
    ),
    ("unreachable node", _unreachable, "warning", "nodes[7].id", "'island' is unreachable"),
    (
        "undeclared variable",
        _undeclared,
        "warning",
        "nodes[2].transitions[0].when",
        "undeclared variable 'trust'",
    ),
    ("declared never used", _unused, "info", "state.trust", "'trust' is declared but never used"),
    (
        "condition syntax",
        _bad_condition,
        "error",
        "interrupts[0].when.condition",
        "expected a number",
    ),
    (
        "code in condition",
        _code_in_condition,
        "error",
        "interrupts[0].when.condition",
        "cannot read",
    ),
    (
        "unknown move",
        _unknown_move,
        "error",
        "nodes[0].transitions[0].when.any_of",
        "unknown move 'blame'",
    ),
    ("out of range", _bad_difficulty, "error", "difficulty", "less than or equal to 3"),
    ("unknown field", _unknown_field, "error", "persona.mood", "allowed here: name"),
    (
        "undefined ending",
        _undefined_ending,
        "error",
        "nodes[5].transitions[0].ending",
        "'refund_forced' is used but not defined",
    ),
    ("undefined start", _bad_start, "error", "start", "did you mean 'furious'"),
    ("not winnable", _no_win, "warning", "start", "cannot be won"),
    ("anger required", _missing_anger, "error", "state", "must declare anger"),
    ("builtin effect", _effect_on_builtin, "error", "effects.turn", "built in"),
    ("unknown KB fact", _bad_kb_fact, "error", "states_fact[0]", "no fact 'warp_speed'"),
]


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "roleplay" / "broken.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "mutate", "severity", "where", "message"), CASES, ids=[c[0] for c in CASES]
)
def test_broken_script_diagnostics(tmp_path, name, mutate, severity, where, message) -> None:
    data = copy.deepcopy(BASE)
    mutate(data)
    path = _write(tmp_path, data)
    diags = check_script_file(path)
    hits = [
        d
        for d in diags
        if d.severity == severity and where in d.field and message in d.message + d.hint
    ]
    assert hits, "\n".join(map(str, diags))
    d = hits[0]
    assert d.file == str(path) and d.line is not None and d.line >= 1  # file and line
    assert d.hint
    assert "\n" not in str(d)
    if severity == "error":
        with pytest.raises(InputError) as exc:
            load_script(path)
        assert str(path) in str(exc.value) and "\n" not in str(exc.value)
    else:
        load_script(path)  # warnings and infos do not stop a script from loading


def test_reference_script_is_clean() -> None:
    assert [str(d) for d in check_script_file(REFERENCE) if d.severity != "info"] == []


def test_duplicate_mapping_key_is_an_error(tmp_path) -> None:
    text = (
        REFERENCE.read_text(encoding="utf-8")
        .replace("max_turns", "max_turns")
        .replace("difficulty: 2\n", "difficulty: 2\ndifficulty: 3\n")
    )
    path = tmp_path / "dup.yaml"
    path.write_text(text, encoding="utf-8")
    diags = check_script_file(path)
    assert any(
        d.severity == "error" and "appears twice" in d.message and d.field == "difficulty"
        for d in diags
    )


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("", "empty file"), ("- a\n- b\n", "mapping"), ("id: [unclosed\n", "invalid YAML")],
)
def test_unreadable_scripts(tmp_path, text, fragment) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    diags = check_script_file(path)
    assert len(diags) == 1 and diags[0].severity == "error" and fragment in diags[0].message
