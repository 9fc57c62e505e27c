"""Independent random streams per random source, derived from one seed.

Every source of randomness gets its own ``numpy.random.Generator`` spawned from
``SeedSequence(seed)``, always in the same order, so two scenarios run with the same seed share
their arrivals (common random numbers) and differ only where the scenarios differ.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Spawn-key part of the day-by-day first-contact streams (far above any re-contact batch).
DAY_KEY = (1 << 40) + 2

SOURCES = (
    "arrivals",  # arrival times
    "mix",  # entry point and intent of each session
    "customers",  # VIP tier, starting anger, rounds needed, bot tolerance
    "bot",  # whether the bot can resolve, keywords, requests for a human
    "think",  # customer think time between rounds
    "service",  # agents' work time per reply
    "patience",  # time a customer waits in the queue before leaving
    "outcome",  # resolution, conversion, CSAT noise
    "recontact",  # whether and when a customer comes back
    "messages",  # messages per agent reply (last: adding it shifted no other stream)
)


@dataclass(frozen=True)
class Streams:
    """One Generator per random source."""

    arrivals: np.random.Generator
    mix: np.random.Generator
    customers: np.random.Generator
    bot: np.random.Generator
    think: np.random.Generator
    service: np.random.Generator
    patience: np.random.Generator
    outcome: np.random.Generator
    recontact: np.random.Generator
    messages: np.random.Generator

    @classmethod
    def for_batch(cls, seed: int, replication: int, batch: int) -> Streams:
        """Streams of one batch of sessions: batch 0 holds the first contacts, batch ``k``
        the re-contacts due at the ``k``-th flush. Keying by batch keeps each batch's random
        numbers independent of how many draws earlier batches made."""
        return cls.from_seed(np.random.SeedSequence(seed, spawn_key=(replication, batch)))

    @classmethod
    def for_day(cls, seed: int, replication: int, day: int) -> Streams:
        """Streams of one day's first contacts in a run of several days (planned day by
        day); keyed apart from the re-contact batches and shared by every scenario run with
        the seed (common random numbers)."""
        key = (replication, DAY_KEY, day)
        return cls.from_seed(np.random.SeedSequence(seed, spawn_key=key))

    @classmethod
    def from_seed(cls, seed: int | np.random.SeedSequence) -> Streams:
        ss = seed if isinstance(seed, np.random.SeedSequence) else np.random.SeedSequence(seed)
        children = ss.spawn(len(SOURCES))
        return cls(*(np.random.Generator(np.random.PCG64(c)) for c in children))
