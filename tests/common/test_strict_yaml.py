"""The one strict YAML layer every data file goes through (simulator.common.yamlstrict).

Each failure class of issue 13 gives an InputError whose message is one line naming the file
and, where there is one, the line.
"""

from __future__ import annotations

import os
import threading

import pytest

from simulator.common import inputfile, yamlstrict
from simulator.common.errors import InputError
from simulator.common.yamlio import parse_value, parse_yaml, read_yaml


def _refused(tmp_path, text: str, line: int | None = None) -> str:
    """Read ``text`` from a file; return the one-line error naming the file (and line)."""
    path = tmp_path / "data.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_yaml(path)
    message = str(info.value)
    assert "\n" not in message and "\r" not in message
    place = f"{path}:{line}:" if line is not None else f"{path}:"
    assert message.startswith(place), message
    return message


def test_duplicate_key_names_both_lines(tmp_path):
    msg = _refused(tmp_path, "agents:\n  count: 11\nname: x\nagents:\n  count: 1\n", 4)
    assert "'agents' appears twice" in msg and "lines 1 and 4" in msg


def test_duplicate_key_inside_a_list_names_its_field(tmp_path):
    path = tmp_path / "d.yaml"
    path.write_text("a:\n  - x: 1\n  - y: 1\n    y: 2\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_yaml(path)
    (d,) = info.value.diagnostics
    assert (d.line, d.field) == (4, "a[1].y")


def test_equal_numbers_written_differently_are_the_same_key(tmp_path):
    assert "appears twice" in _refused(tmp_path, "1: a\n01: b\n", 2)


def test_merge_keys_may_be_overridden(tmp_path):
    doc = parse_yaml("base: &b {x: 1, y: 2}\nother:\n  <<: *b\n  x: 3\n")
    assert doc.data["other"] == {"x": 3, "y": 2}


@pytest.mark.parametrize("text", ["2026-02-30", "2026-11-01", "2026-11-01 20:00:00"])
def test_dates_stay_text(text):
    assert parse_yaml(f"d: {text}\n").data == {"d": text}


def test_an_explicit_timestamp_tag_is_refused(tmp_path):
    assert "tag '!!timestamp' is not allowed" in _refused(
        tmp_path, "d: !!timestamp 2026-02-30\n", 1
    )


@pytest.mark.parametrize("word", ["yes", "no", "on", "off", "Yes", "OFF", "y", "n"])
def test_yaml11_booleans_are_text(word):
    assert parse_yaml(f"x: {word}\n").data == {"x": word}


def test_true_false_and_exponent_numbers():
    data = parse_yaml("a: true\nb: False\nc: 1e5\nd: 1.5e-3\ne: 2.0e+3\nf: 40\n").data
    assert data == {"a": True, "b": False, "c": 1e5, "d": 1.5e-3, "e": 2000.0, "f": 40}
    assert type(data["c"]) is float and type(data["f"]) is int


@pytest.mark.parametrize("value", [".nan", ".NaN", ".inf", "-.inf", "1e999", "-1.0e+400"])
def test_non_finite_numbers_are_refused(tmp_path, value):
    assert "not a finite number" in _refused(tmp_path, f"a: 1\nx: {value}\n", 2)


def test_alias_bomb_is_refused_early(tmp_path):
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for k, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[k]
        lines.append(f"{name}: &{name} [{', '.join([f'*{prev}'] * 10)}]")
    msg = _refused(tmp_path, "\n".join(lines) + "\n")
    assert f"more than {yamlstrict.MAX_NODES:,} values" in msg


@pytest.mark.parametrize("text", ["zz: &r [*r]\n", "zz: &r {a: *r}\n", "a: &r [1, [2, *r]]\n"])
def test_self_referencing_alias_is_refused(tmp_path, text):
    assert "a cycle" in _refused(tmp_path, text, 1)


def test_aliases_to_earlier_nodes_still_work():
    assert parse_yaml("a: &x [1, 2]\nb: *x\n").data == {"a": [1, 2], "b": [1, 2]}


@pytest.mark.parametrize("levels", [51, 300, 5000])
def test_deep_flow_nesting_is_one_line(tmp_path, levels):
    msg = _refused(tmp_path, "x: " + "[" * levels + "]" * levels + "\n", 1)
    assert "nest" in msg


def test_deep_block_nesting_names_the_line(tmp_path):
    text = "".join("  " * i + f"k{i}:\n" for i in range(60)) + "  " * 60 + "v\n"
    assert "nested more than 50 levels" in _refused(tmp_path, text, 51)


def test_nesting_at_the_limit_is_fine():
    depth = yamlstrict.MAX_DEPTH
    assert parse_yaml("[" * depth + "]" * depth).data is not None


def test_alias_cannot_smuggle_depth(tmp_path):
    deep = "[" * 40 + "1" + "]" * 40
    msg = _refused(tmp_path, f"a: &d {deep}\nb: {'[' * 20}*d{']' * 20}\n", 2)
    assert "nested more than" in msg


def test_control_character_is_one_line_with_line_and_column(tmp_path):
    msg = _refused(tmp_path, "a: 1\nb: x\x01y\n", 2)
    assert "U+0001 at column 5" in msg


@pytest.mark.parametrize(
    ("text", "line"),
    [("a: [1, 2\nb: 3\n", 2), ("a:\n\tb: 1\n", 2), ("a: 'x\n", 2), ("a: b: c\n", 1)],
)
def test_parse_errors_are_one_line(tmp_path, text, line):
    assert "invalid YAML" in _refused(tmp_path, text, line)


@pytest.mark.parametrize(
    "text",
    [
        "a: !!python/object/apply:os.system ['true']\n",
        "a: !custom x\n",
        "a: !!set {x}\n",
        "a: !!binary aGk=\n",
    ],
)
def test_other_tags_are_refused(tmp_path, text):
    assert "is not allowed" in _refused(tmp_path, text, 1)


@pytest.mark.parametrize(
    "text", ["a: !!int abc\n", "a: !!float x\n", "a: !!bool maybe\n", "a: " + "9" * 5000 + "\n"]
)
def test_values_that_cannot_be_read_are_refused(tmp_path, text):
    assert "cannot read" in _refused(tmp_path, text, 1)


def test_a_second_document_is_refused(tmp_path):
    assert "more than one YAML document" in _refused(tmp_path, "a: 1\n---\nb: 2\n", 2)


def test_duplicate_anchor_is_refused(tmp_path):
    assert "defined twice" in _refused(tmp_path, "a: &x 1\nb: &x 2\n", 2)


def test_undefined_alias_is_refused(tmp_path):
    assert "names no anchor" in _refused(tmp_path, "a: *nope\n", 1)


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "scenario.yaml"
    os.mkfifo(fifo)
    result: list = []
    # if read_yaml blocked on the FIFO, the thread would never finish; nobody opens the write end
    worker = threading.Thread(target=lambda: result.append(_catch(read_yaml, fifo)), daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive(), "read_yaml blocked on a FIFO"
    (message,) = result
    assert message.startswith(f"{fifo}: is a FIFO") and "\n" not in message


def _catch(fn, *args) -> str:
    try:
        fn(*args)
    except InputError as exc:
        return str(exc)
    return "no error"


def test_a_directory_or_a_device_is_refused(tmp_path):
    assert _catch(read_yaml, tmp_path).startswith(f"{tmp_path}: is a directory")
    assert _catch(read_yaml, "/dev/null").startswith("/dev/null: is a device")
    assert _catch(read_yaml, tmp_path / "missing.yaml").endswith("file not found")


def test_a_file_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(inputfile, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * 2000 + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        inputfile.read_input_text(path, max_bytes=1000)
    assert str(info.value).startswith(f"{path}: file is 2,004 bytes, too large")


def test_text_over_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr(yamlstrict, "MAX_TEXT_CHARS", 100)
    with pytest.raises(InputError, match="more than 100"):
        parse_yaml("a: " + "x" * 200)


def test_invalid_utf8_names_the_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_bytes(b"a: 1\nb: \xff\n")
    assert _catch(read_yaml, path).startswith(f"{path}:2: not UTF-8 text")


def test_command_line_values_use_the_same_rules():
    assert parse_value("2026-02-30", "--set 'x'") == "2026-02-30"
    assert parse_value("yes", "--set 'x'") == "yes"
    for bad, fragment in [
        ("[" * 400 + "]" * 400, "nest"),
        ("{a: 1, a: 2}", "appears twice"),
        (".nan", "not a finite number"),
        ("&r [*r]", "a cycle"),
    ]:
        with pytest.raises(InputError) as info:
            parse_value(bad, "--set 'x=...'")
        message = str(info.value)
        assert (
            message.startswith("--set 'x=...': value is not valid YAML (") and fragment in message
        )
        assert "\n" not in message


def test_shipped_files_read_the_same_as_before_apart_from_dates():
    """The strict reader changes nothing in the shipped data (dates were the only implicit
    type they used; the script schema parses them)."""
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parents[2] / "scenarios"
    files = sorted(root.rglob("*.yaml"))
    assert len(files) > 20

    def undate(value):
        if isinstance(value, dict):
            return {k: undate(v) for k, v in value.items()}
        if isinstance(value, list):
            return [undate(v) for v in value]
        return value.isoformat() if hasattr(value, "isoformat") else value

    for path in files:
        text = path.read_text(encoding="utf-8")
        assert parse_yaml(text, path).data == undate(yaml.load(text, yaml.CSafeLoader)), path
