"""Bad input through the real entry point: one line on stderr, exit status 2."""

from __future__ import annotations

from simulator.cli.main import main
from tests.model.helpers import TRAFFIC

SCENARIOS = TRAFFIC.parent


def _one_error_line(capsys) -> str:
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_running_a_script_or_kb_file_says_what_kind_of_file_it_is(capsys):
    script = SCENARIOS / "roleplay" / "late_delivery_angry.yaml"
    assert main(["run", str(script), "-n", "1"]) == 2
    line = _one_error_line(capsys)
    assert line.startswith(f"kefulab: error: {script}: this looks like a role-play script")
    assert "kefulab train" in line
    kb = SCENARIOS / "kb" / "shipping.yaml"
    assert main(["run", str(kb), "-n", "1"]) == 2
    assert "looks like a knowledge-base file" in _one_error_line(capsys)


def test_typo_in_a_scenario_is_one_line_at_the_typo(tmp_path, capsys):
    path = tmp_path / "typo.yaml"
    text = (TRAFFIC / "mmc_reference.yaml").read_text(encoding="utf-8")
    path.write_text(text.replace("agents:", "agnets:"), encoding="utf-8")
    line = next(i for i, t in enumerate(text.splitlines(), 1) if t.startswith("agents:"))
    assert main(["run", str(path), "-n", "1"]) == 2
    err = _one_error_line(capsys)
    assert err.startswith(
        f"kefulab: error: {path}:{line}: agnets: unknown field (did you mean agents?"
    )
    assert main(["validate", str(path)]) == 2
    out = capsys.readouterr().out
    assert f"{path}:{line}: agnets: error: unknown field (did you mean agents?" in out
