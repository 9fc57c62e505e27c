"""``kefulab run --day-chart``: the day-by-day (knowledge-base snowball) chart of a multi-day
run, and a one-line refusal for a one-day run."""

from __future__ import annotations

from simulator.cli.main import main
from tests.model.helpers import TRAFFIC

SNOWBALL = TRAFFIC / "tmall_kb_snowball.yaml"


def test_a_multi_day_run_writes_the_day_chart(tmp_path, capsys):
    out = tmp_path / "kb.png"
    code = main(["run", str(SNOWBALL), "--days", "2", "-n", "1", "--lang", "en",
                 "--set", "arrivals.sessions_per_day=1500", "--day-chart", str(out)])  # fmt: skip
    assert code == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "day 2" in capsys.readouterr().out


def test_a_one_day_run_refuses_the_day_chart(tmp_path, capsys):
    out = tmp_path / "kb.png"
    code = main(["run", str(SNOWBALL), "--days", "1", "-n", "1", "--day-chart", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "--day-chart" in err and "2 days" in err and not out.exists()
    code = main(["run", str(SNOWBALL), "--days", "2", "--day-chart", str(tmp_path / "kb.txt")])
    assert code == 2 and ".png" in capsys.readouterr().err
