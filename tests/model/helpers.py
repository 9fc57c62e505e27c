"""Small scenario builders for the traffic-model tests."""

from __future__ import annotations

from pathlib import Path

from simulator.scenario.loader import load_scenario

ROOT = Path(__file__).resolve().parents[2]
TRAFFIC = ROOT / "scenarios" / "traffic"
MMC = TRAFFIC / "mmc_reference.yaml"


def mmc(
    rate_per_hour: float,
    servers: int,
    service_s: float,
    patience_s: float | None = None,
    days: int = 1,
    warmup_hours: float = 2,
):
    """The shipped M/M/c reference, moved to another load with ``--set`` overrides."""
    sets = [
        f"arrivals.rate_per_hour={rate_per_hour}",
        f"agents.count={servers}",
        f"agents.reply_time.mean_s={service_s}",
        f"horizon.days={days}",
        f"horizon.warmup_hours={warmup_hours}",
    ]
    if patience_s is not None:
        sets.append(f"customers.patience={{dist: exponential, mean_s: {patience_s}}}")
    return load_scenario(MMC, sets)
