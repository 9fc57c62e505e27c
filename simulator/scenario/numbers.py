"""The value types and hard bounds every scenario field uses (see ``docs/input-limits.md``).

Every number in a scenario is a :data:`Float` or :data:`Int`: a real number, never a boolean
or text (``true``, ``"40"``, ``yes`` are refused where a number belongs), and finite. Every
on/off field is a :data:`Flag`. ``tests/scenario/test_strict_schema.py`` checks that no field
of the scenario schema uses a bare ``float``, ``int`` or ``bool``.

The bounds keep every run finite in time and memory: a simulated session costs about 0.5 kB
while the run lasts, so a run is capped at :data:`MAX_RUN_SESSIONS` expected first contacts.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AllowInfNan, BeforeValidator, Field, Strict

#: A finite real number (an int is accepted as a float); never a bool or text.
Float = Annotated[float, Strict(), AllowInfNan(False)]
#: A whole number; never a bool, a float or text.
Int = Annotated[int, Strict()]

_WORDS = {"true": True, "yes": True, "on": True, "false": False, "no": False, "off": False}


def _flag(value: Any) -> Any:
    """``yes``/``no``/``on``/``off`` (text since the strict YAML reader) still mean true/false."""
    if isinstance(value, str) and value.strip().lower() in _WORDS:
        return _WORDS[value.strip().lower()]
    return value


#: true/false (also yes/no, on/off); never a number.
Flag = Annotated[bool, BeforeValidator(_flag), Strict()]

#: A share or chance, 0 to 1.
Probability = Annotated[Float, Field(ge=0, le=1)]

#: Longest duration anywhere in a scenario: 366 days, in seconds.
MAX_SECONDS = 366 * 86400.0
#: Longest horizon, days.
MAX_DAYS = 366
#: Most expected first contacts one run (one replication) simulates, all days together.
MAX_RUN_SESSIONS = 2_000_000
#: Most first contacts per ordinary day (``sessions_per_day``; ``rate_per_hour`` x 24).
MAX_SESSIONS_PER_DAY = MAX_RUN_SESSIONS
#: Largest day multiplier (a promo day at 100x an ordinary day).
MAX_DAY_MULTIPLIER = 100.0
#: Largest weight in an hourly profile (weights are relative; only their ratios matter).
MAX_WEIGHT = 1e9
#: Most agents (headcount, or on duty in any hour).
MAX_AGENTS = 100_000
#: Largest mean of a count distribution (rounds, bot tolerance); rounds are capped at 30 anyway.
MAX_COUNT_MEAN = 1000.0
#: Largest coefficient of variation of a lognormal or gamma distribution.
MAX_CV = 10.0
#: Largest amount of money anywhere (yuan).
MAX_MONEY = 1e9
#: Largest multiplicative factor (reply time, resolution, VIP order value).
MAX_FACTOR = 100.0
#: Largest CSAT penalty or noise (the scale is 1-5 stars).
MAX_STARS = 5.0
