"""``kefulab sweep --heatmap``: the sweep heat map drawn from the CLI."""

from __future__ import annotations

from simulator.cli.main import main
from tests.model.helpers import MMC

SMALL = [
    "--set",
    "arrivals.rate_per_hour=60",
    "--set",
    "horizon.days=1",
    "--set",
    "horizon.warmup_hours=1",
    "-n",
    "1",
    "--workers",
    "1",
]


def test_heatmap_is_written_for_two_grid_paths(tmp_path):
    out = tmp_path / "heat.png"
    code = main(
        [
            "sweep",
            str(MMC),
            "--grid",
            "agents.count=2,3",
            "--grid",
            "agents.reply_time.mean_s=60,90",
            "--kpi",
            "queue_wait_mean_s",
            "--heatmap",
            str(out),
            *SMALL,
        ]
    )
    assert code == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 5_000


def test_heatmap_needs_two_grid_paths_and_a_known_format(tmp_path, capsys):
    one = ["sweep", str(MMC), "--grid", "agents.count=2,3", *SMALL]
    assert main([*one, "--heatmap", str(tmp_path / "h.png")]) == 2
    assert "two --grid paths" in capsys.readouterr().err
    two = [*one, "--grid", "agents.reply_time.mean_s=60,90"]
    assert main([*two, "--heatmap", str(tmp_path / "h.bmp")]) == 2
    assert ".png, .pdf, .svg" in capsys.readouterr().err
    assert not (tmp_path / "h.png").exists()
