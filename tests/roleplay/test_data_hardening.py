"""Role-play data files refuse bad input with one line (issue 13): scripts, knowledge base,
lexicons, transcripts; through the loaders and through ``kefulab validate`` / ``kefulab train``.

Every case writes a mutated copy of a shipped file to ``tmp_path`` and checks the contract:
an :class:`InputError` whose message is one line ``FILE:LINE: field: message``, the same
problem from ``kefulab validate`` (exit 2), and no traceback.
"""

from __future__ import annotations

import copy
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from simulator.cli.main import main
from simulator.common.data import kb_dir, lexicons_dir, roleplay_dir
from simulator.common.errors import InputError
from simulator.roleplay import limits
from simulator.roleplay.kb import check_kb_file, read_kb_file
from simulator.roleplay.lexicon import read_lexicon
from simulator.roleplay.script import load_script, script_file
from simulator.roleplay.session import load_transcript
from simulator.roleplay.validate import check_script_file

SCRIPT_ID = "late_delivery_angry"
REFERENCE = roleplay_dir() / f"{SCRIPT_ID}.yaml"
BASE = yaml.safe_load(REFERENCE.read_text(encoding="utf-8"))
GOOD_TRANSCRIPT = Path(__file__).parent / "transcripts" / f"{SCRIPT_ID}_good.yaml"
ONE_LINE = re.compile(r"^\S+\.yaml:\d+: \S+: .+$")


def _write(tmp_path: Path, data: object, name: str = "x.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _first_transition(d: dict) -> dict:
    return next(n for n in d["nodes"] if n.get("transitions"))["transitions"][0]


def _set(path: tuple, value: object) -> Callable[[dict], None]:
    def mutate(d: dict) -> None:
        target = d
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def _effect(value: object) -> Callable[[dict], None]:
    return lambda d: _first_transition(d).setdefault("effects", {}).update(anger=value)


def _when(**parts: object) -> Callable[[dict], None]:
    return lambda d: _first_transition(d)["when"].update(parts)


def _forbidden(pattern: str) -> Callable[[dict], None]:
    return lambda d: (
        d["authority"].setdefault("forbidden", []).insert(0, {"pattern": pattern, "reason": "x"})
    )


def _many_nodes(d: dict) -> None:
    extra = {"id": "n", "say": ["?"], "transitions": [{"ending": "customer_left"}]}
    d["nodes"] += [{**extra, "id": f"n{i}"} for i in range(limits.MAX_NODES)]


def _many_transitions(d: dict) -> None:
    first = next(n for n in d["nodes"] if n.get("transitions"))
    first["transitions"] += [{"ending": "customer_left"}] * limits.MAX_TRANSITIONS


# (mutation, field path the error must name, words the message must contain)
SCRIPT_CASES: dict[str, tuple[Callable[[dict], None], str, str]] = {
    "effect text nan": (_effect("nan"), "effects.anger", "valid number"),
    "effect boolean": (_effect(True), "effects.anger", "valid number"),
    "effect huge": (_effect(1e300), "effects.anger", "less than or equal"),
    "cost_yuan inf text": (
        _set(("endings", "bad_review", "consequence", "cost_yuan"), "inf"),
        "endings.bad_review.consequence.cost_yuan",
        "valid number",
    ),
    "state initial boolean": (
        _set(("state", "anger", "initial"), False),
        "state.anger.initial",
        "valid number",
    ),
    "compensation list": (_when(compensation=[20]), "when.compensation", "got a list"),
    "compensation mapping": (_when(compensation={"a": 1}), "when.compensation", "mapping"),
    "compensation boolean": (_when(compensation=True), "when.compensation", "true/false"),
    "id too long": (_set(("id",), "a" * 300), "id", "at most 64"),
    "id unsafe": (_set(("id",), "../../etc"), "id", "pattern"),
    "nested quantifier": (_forbidden("(a+)+$"), "authority.forbidden[0].pattern", "nested"),
    "star of star": (_forbidden("(a*)*b"), "authority.forbidden[0].pattern", "nested"),
    "ambiguous alternation": (_when(text_matches="(a|a)*$"), "when.text_matches", "ambiguous"),
    "polynomial chain": (
        _set(("scoring",), {"key_points": [{"name": "k", "pattern": ".*a.*a.*b"}]}),
        "scoring.key_points[0].pattern",
        "in a row",
    ),
    "regex syntax": (_forbidden("(unclosed"), "authority.forbidden[0].pattern", "not a valid"),
    "regex too long": (_forbidden("a" * 2001), "authority.forbidden[0].pattern", "too long"),
    "huge repeat": (_forbidden("a{99999}"), "authority.forbidden[0].pattern", "too large"),
    "text too long": (
        _set(("opening",), ["好" * (limits.MAX_TEXT_CHARS + 1)]),
        "opening[0]",
        "at most 4000",
    ),
    "too many nodes": (_many_nodes, "nodes", "at most 200"),
    "too many transitions": (_many_transitions, "transitions", "at most 50"),
    "unknown key": (_set(("max_turnz",), 5), "max_turnz", "did you mean max_turns?"),
}


@pytest.mark.parametrize("case", SCRIPT_CASES, ids=list(SCRIPT_CASES))
def test_bad_script_is_one_line_from_validate_and_load(tmp_path: Path, case: str) -> None:
    mutate, field, words = SCRIPT_CASES[case]
    data = copy.deepcopy(BASE)
    mutate(data)
    path = _write(tmp_path, data)
    errors = [d for d in check_script_file(path) if d.severity == "error"]
    assert errors, "validate accepted it"
    assert any(field in d.field and words in d.one_line() for d in errors), [
        d.one_line() for d in errors
    ]
    assert all(d.file == str(path) and d.line for d in errors)
    with pytest.raises(InputError) as exc:  # the trainer refuses what validate flags
        load_script(path)
    message = str(exc.value)
    assert "\n" not in message and message.startswith(f"{path}:"), message


def test_script_yaml_nan_and_infinity_are_refused(tmp_path: Path) -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    for bad in (".nan", ".inf", "-.inf"):
        path = tmp_path / "nan.yaml"
        path.write_text(re.sub(r"cost_yuan: \S+", f"cost_yuan: {bad}", text, count=1), "utf-8")
        with pytest.raises(InputError) as exc:
            load_script(path)
        assert "\n" not in str(exc.value) and str(path) in str(exc.value)


def test_shipped_data_still_validate() -> None:
    from simulator.cli.validate import check_file

    files = [*roleplay_dir().glob("*.yaml"), *kb_dir().glob("*.yaml")]
    files += [*lexicons_dir().glob("*.yaml")]
    errors = [d.one_line() for f in files for d in check_file(f) if d.severity == "error"]
    assert errors == []


# -- script ids never reach the file system unchecked ---------------------------------------


@pytest.mark.parametrize("script_id", ["a" * 300, "../x", "A", "", "a/b", "a" * 65, "x\x00"])
def test_ill_formed_script_ids_are_unknown(script_id: str) -> None:
    assert not limits.is_script_id(script_id)
    assert script_file(script_id) is None


def test_well_formed_id_finds_its_file() -> None:
    assert script_file(SCRIPT_ID) == REFERENCE


# -- knowledge base -----------------------------------------------------------------------------

KB_BASE = yaml.safe_load((kb_dir() / "products.yaml").read_text(encoding="utf-8"))


def _entry(**fields: object) -> Callable[[dict], None]:
    return lambda d: d["entries"][0].update(fields)


KB_CASES: dict[str, tuple[Callable[[dict], None], str, str]] = {
    "unknown key": (_entry(anwser="x"), "entries[0].anwser", "did you mean answer?"),
    "question not text": (_entry(questions=[123]), "entries[0].questions[0]", "valid string"),
    "fact boolean": (_entry(facts={"battery_hours": True}), "entries[0].facts", "valid string"),
    "id too long": (_entry(id="a" * 100), "entries[0].id", "at most 64"),
    "answer too long": (_entry(answer="x" * 4001), "entries[0].answer", "at most 4000"),
    "lang unknown": (_entry(lang="fr"), "entries[0].lang", "'zh' or 'en'"),
    "too many entries": (
        lambda d: d.update(entries=d["entries"] * (limits.MAX_KB_ENTRIES // len(d["entries"]) + 1)),
        "entries",
        "at most 2000",
    ),
}


@pytest.mark.parametrize("case", KB_CASES, ids=list(KB_CASES))
def test_bad_kb_file_is_one_line(tmp_path: Path, case: str) -> None:
    mutate, field, words = KB_CASES[case]
    data = copy.deepcopy(KB_BASE)
    mutate(data)
    path = _write(tmp_path, data, "kb.yaml")
    errors = [d for d in check_kb_file(path) if d.severity == "error"]
    assert any(d.field.startswith(field) and words in d.one_line() for d in errors), [
        d.one_line() for d in errors
    ]
    with pytest.raises(InputError) as exc:
        read_kb_file(path)
    assert ONE_LINE.match(str(exc.value).split(" (+")[0]), str(exc.value)


# -- lexicons -----------------------------------------------------------------------------------

LEX_BASE = yaml.safe_load((lexicons_dir() / "en.yaml").read_text(encoding="utf-8"))

LEX_CASES: dict[str, tuple[Callable[[dict], None], str, str]] = {
    "number word nan text": (
        lambda d: d["number_words"].update(one="nan"),
        "number_words.one",
        "valid number",
    ),
    "number word boolean": (
        lambda d: d["number_words"].update(one=True),
        "number_words.one",
        "valid number",
    ),
    "duration inf text": (
        lambda d: d["durations"][0].update(hours="inf"),
        "durations[0].hours",
        "valid number",
    ),
    "catastrophic pattern": (
        lambda d: d["moves"]["greeting"].setdefault("patterns", []).insert(0, "(a+)+$"),
        "moves.greeting.patterns[0]",
        "nested",
    ),
    "nested {NUM}": (
        lambda d: d["moves"]["greeting"].setdefault("patterns", []).insert(0, "({NUM} )+x"),
        "moves.greeting.patterns[0]",
        "exponential time",
    ),
    "pattern syntax": (
        lambda d: d["moves"]["greeting"].setdefault("patterns", []).insert(0, "(x"),
        "moves.greeting.patterns[0]",
        "not a valid",
    ),
    "unknown key": (
        lambda d: d["moves"]["greeting"].update(keywrods=["hi"]),
        "moves.greeting.keywrods",
        "did you mean keywords?",
    ),
    "keyword not text": (
        lambda d: d["moves"]["greeting"].update(keywords=[5]),
        "moves.greeting.keywords[0]",
        "valid string",
    ),
}


@pytest.mark.parametrize("case", LEX_CASES, ids=list(LEX_CASES))
def test_bad_lexicon_is_one_line(tmp_path: Path, case: str) -> None:
    mutate, field, words = LEX_CASES[case]
    data = copy.deepcopy(LEX_BASE)
    mutate(data)
    folder = tmp_path / "lexicons"
    folder.mkdir()
    path = _write(folder, data, "en.yaml")
    with pytest.raises(InputError) as exc:
        read_lexicon(path)
    assert any(field == d.field and words in d.one_line() for d in exc.value.diagnostics), [
        d.one_line() for d in exc.value.diagnostics
    ]
    assert ONE_LINE.match(str(exc.value).split(" (+")[0]), str(exc.value)


# -- transcripts --------------------------------------------------------------------------------

TRANSCRIPT_CASES: dict[str, tuple[str, str, str]] = {
    "elapsed inf": ("- {text: hi, elapsed_s: .inf}\n", "", "finite"),
    "elapsed nan text": ("- {text: hi, elapsed_s: nan}\n", "[0].elapsed_s", "number of seconds"),
    "elapsed boolean": ("- {text: hi, elapsed_s: true}\n", "[0].elapsed_s", "got True"),
    "elapsed quoted": ("- {text: hi, elapsed_s: '5'}\n", "[0].elapsed_s", "got '5'"),
    "elapsed negative": ("- {text: hi, elapsed_s: -1}\n", "[0].elapsed_s", ">= 0"),
    "elapsed over a day": ("- {text: hi, elapsed_s: 1e9}\n", "[0].elapsed_s", "<= 86400"),
    "unknown key": ("- {text: hi, elapsd_s: 3}\n", "[0].elapsd_s", "did you mean elapsed_s?"),
    "text not text": ("- {text: 5, elapsed_s: 3}\n", "[0].text", "valid string"),
    "text blank": ("- {text: '   ', elapsed_s: 3}\n", "[0].text", "empty reply"),
    "text too long": (
        f"- {{text: {'x' * (limits.MAX_REPLY_CHARS + 1)}, elapsed_s: 3}}\n",
        "[0].text",
        f"at most {limits.MAX_REPLY_CHARS}",
    ),
    "too many replies": ("- {text: hi, elapsed_s: 1}\n" * 501, "", "at most 500"),
    "not a list": ("text: hi\n", "", "non-empty list"),
    "item not a mapping": ("- hello\n", "[0]", "valid dictionary"),
}


@pytest.mark.parametrize("case", TRANSCRIPT_CASES, ids=list(TRANSCRIPT_CASES))
def test_bad_transcript_is_one_line(tmp_path: Path, case: str) -> None:
    text, field, words = TRANSCRIPT_CASES[case]
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_transcript(path)
    message = str(exc.value)
    assert "\n" not in message and message.startswith(f"{path}:"), message
    assert words in message and field in message, message


def test_good_transcript_still_reads() -> None:
    replies = load_transcript(GOOD_TRANSCRIPT)
    assert replies and all(isinstance(t, str) and isinstance(s, float) for t, s in replies)


# -- through the command line -------------------------------------------------------------------


def _one_error_line(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Traceback" not in err, err
    return err


def test_validate_cli_exits_2_on_a_catastrophic_pattern(tmp_path: Path, capsys) -> None:
    data = copy.deepcopy(BASE)
    _forbidden("(a+)+$")(data)
    path = _write(tmp_path, data)
    assert main(["validate", "--quiet", str(path)]) == 2
    captured = capsys.readouterr()
    assert "1 file(s) checked" in captured.err and captured.err.strip().count("\n") == 0
    assert f"{path}:" in captured.out and "authority.forbidden[0].pattern" in captured.out


@pytest.mark.parametrize("case", ["compensation list", "effect text nan", "nested quantifier"])
def test_train_refuses_a_script_validate_flags(tmp_path: Path, capsys, monkeypatch, case) -> None:
    folder = tmp_path / "roleplay"
    folder.mkdir()
    data = copy.deepcopy(BASE)
    SCRIPT_CASES[case][0](data)
    path = _write(folder, data, f"{SCRIPT_ID}.yaml")
    monkeypatch.setattr("simulator.cli.train.roleplay_dir", lambda: folder)
    assert [d for d in check_script_file(path) if d.severity == "error"]
    argv = ["train", SCRIPT_ID, "--replay", str(GOOD_TRANSCRIPT), "--db", str(tmp_path / "p.db")]
    assert main(argv) == 2
    assert str(path) in _one_error_line(capsys)
    assert not (tmp_path / "p.db").exists()  # nothing was played or stored


def test_train_cli_long_script_id_is_one_line(tmp_path: Path, capsys) -> None:
    assert main(["train", "a" * 300, "--db", str(tmp_path / "p.db")]) == 2
    assert "unknown script" in _one_error_line(capsys)


def test_train_cli_bad_transcript_is_one_line(tmp_path: Path, capsys) -> None:
    transcript = tmp_path / "t.yaml"
    transcript.write_text("- {text: hi, elapsed_s: .inf}\n", encoding="utf-8")
    argv = ["train", SCRIPT_ID, "--replay", str(transcript), "--db", str(tmp_path / "p.db")]
    assert main(argv) == 2
    assert str(transcript) in _one_error_line(capsys)


def test_validate_cli_kb_and_lexicon(tmp_path: Path, capsys) -> None:
    (tmp_path / "kb").mkdir()
    kb = copy.deepcopy(KB_BASE)
    kb["entries"][0]["anwser"] = "x"
    kb_path = _write(tmp_path / "kb", kb, "products.yaml")
    (tmp_path / "lexicons").mkdir()
    lex = copy.deepcopy(LEX_BASE)
    lex["number_words"]["one"] = "nan"
    lex_path = _write(tmp_path / "lexicons", lex, "en.yaml")
    shutil.copy(kb_dir() / "returns.yaml", tmp_path / "kb" / "returns.yaml")
    assert main(["validate", "--quiet", str(kb_path), str(lex_path)]) == 2
    captured = capsys.readouterr()
    assert "did you mean answer?" in captured.out and "number_words.one" in captured.out
    assert captured.err.strip().count("\n") == 0


# -- the regular-expression guard on its own ----------------------------------------------------

UNSAFE = ["(a+)+$", "(a*)*", "(a|a)*", "(?:a|aa)*b", "a*a*a*x", ".*a.*a.*b", "(.{1,5})*", "(a+){5}"]
UNSAFE += ["(a+b?)+", r"(\w+\s?)+$", r"^(\d+)*$", "([a-z]+)*@", "(", "a{5000}", "x" * 2001]
SAFE = [r"\s*-?\s*", "(a|ab)*c", r"(\s*x)+", "(ab+)+", r"(x\s*)+", "(?:a++)+", "(?>a+)+"]
SAFE += ["(的|的样子)*", "(很|挺|太)*(着急|生气)", "[^,。!?]{0,8}(退款|退钱)", "(abc|abd)*"]


@pytest.mark.parametrize("pattern", UNSAFE)
def test_unsafe_patterns_are_refused_in_one_line(pattern: str) -> None:
    from simulator.roleplay.saferegex import regex_problem

    problem = regex_problem(pattern)
    assert problem and "\n" not in problem


@pytest.mark.parametrize("pattern", SAFE)
def test_safe_patterns_are_accepted(pattern: str) -> None:
    from simulator.roleplay.saferegex import regex_problem

    assert regex_problem(pattern) is None


# -- certification plan and training mapping: strict numbers -----------------------------------


def test_certification_and_mapping_refuse_booleans_and_text_numbers(tmp_path: Path) -> None:
    from simulator.common.data import shipped_dir
    from simulator.experiments.training import load_mapping
    from simulator.roleplay.certification import load_certification_plan

    plan = yaml.safe_load((shipped_dir() / "training" / "certification.yaml").read_text("utf-8"))
    plan["certifications"][0]["pass_mark"] = "80"
    with pytest.raises(InputError) as exc:
        load_certification_plan(_write(tmp_path, plan, "certification.yaml"))
    assert "pass_mark" in str(exc.value) and "\n" not in str(exc.value)
    mapping = yaml.safe_load((shipped_dir() / "training" / "mapping.yaml").read_text("utf-8"))
    mapping["recent_sessions"] = True
    with pytest.raises(InputError) as exc:
        load_mapping(_write(tmp_path, mapping, "mapping.yaml"))
    assert "recent_sessions" in str(exc.value) and "\n" not in str(exc.value)
