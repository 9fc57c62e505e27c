"""Non-homogeneous Poisson arrivals with a piecewise-constant hourly rate."""

from __future__ import annotations

import numpy as np

from simulator.scenario.schema import INTENTS, Scenario


def arrival_times(scenario: Scenario, rng: np.random.Generator, scale: float = 1.0) -> np.ndarray:
    """Sorted arrival times (s) over the whole horizon (``scale`` times the scenario's rates:
    proactive invitations arrive with the shop's hourly shape).

    Within each hour the rate is constant, so the count is Poisson with that hour's mean and
    the times are uniform in the hour: exact for a piecewise-constant rate.
    """
    base = np.asarray(scenario.arrivals.hourly_rates())
    days = scenario.horizon.days
    mult = np.array([scenario.arrivals.day_multiplier(d) for d in range(days)])
    means = (mult[:, None] * base[None, :]).ravel()
    if scale != 1.0:
        means = means * scale
    counts = rng.poisson(means)
    starts = np.repeat(np.arange(means.size) * 3600.0, counts)
    times = starts + rng.uniform(0.0, 3600.0, counts.sum())
    times.sort()
    return times


def entry_and_intent(
    scenario: Scenario, n: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Draw each session's entry point and intent (indices into the entry list and INTENTS)."""
    names = list(scenario.arrivals.entry_points)
    eps = [scenario.arrivals.entry_points[k] for k in names]
    shares = np.array([e.share for e in eps])
    entry = rng.choice(len(eps), size=n, p=shares / shares.sum())
    u = rng.random(n)
    intent = np.zeros(n, dtype=np.int8)
    for k, ep in enumerate(eps):
        mix = np.array([ep.intents.get(i, 0.0) for i in INTENTS])
        cdf = np.cumsum(mix / mix.sum())
        sel = entry == k
        intent[sel] = np.minimum(np.searchsorted(cdf, u[sel], side="right"), len(INTENTS) - 1)
    return entry.astype(np.int8), intent, names
