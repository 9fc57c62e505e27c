"""One small validated form for every random quantity in a scenario.

Durations use ``mean_s`` (seconds); counts use ``mean``. Examples::

    {dist: exponential, mean_s: 240}
    {dist: lognormal, mean_s: 25, cv: 0.6}
    {dist: gamma, mean_s: 40, cv: 1.2}
    {dist: constant, value: 3}
    {dist: uniform, low: 20, high: 80}
    {dist: geometric, mean: 2.5}          # counts 1, 2, 3, ...
    {dist: poisson1, mean: 3}             # 1 + Poisson(mean - 1): counts >= 1
    {dist: discrete, values: [1, 2, 3], weights: [5, 3, 2]}

Sampling is always vectorised through a caller-supplied ``numpy.random.Generator``.
"""

from __future__ import annotations

import math
from typing import Annotated, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator

from simulator.scenario.numbers import MAX_CV, MAX_SECONDS, MAX_WEIGHT, Float

DistName = Literal[
    "exponential", "lognormal", "gamma", "constant", "uniform", "geometric", "poisson1", "discrete"
]

_NEEDS = {
    "exponential": ("mean",),
    "lognormal": ("mean", "cv"),
    "gamma": ("mean", "cv"),
    "constant": ("value",),
    "uniform": ("low", "high"),
    "geometric": ("mean",),
    "poisson1": ("mean",),
    "discrete": ("values",),
}


class Distribution(BaseModel):
    """A validated distribution; call :meth:`sample` with a Generator."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    dist: DistName
    mean_s: Float | None = Field(default=None, gt=0, le=MAX_SECONDS)
    mean: Float | None = Field(default=None, gt=0, le=MAX_SECONDS)
    cv: Float | None = Field(default=None, gt=0, le=MAX_CV)
    value: Float | None = Field(default=None, ge=0, le=MAX_SECONDS)
    low: Float | None = Field(default=None, ge=0, le=MAX_SECONDS)
    high: Float | None = Field(default=None, ge=0, le=MAX_SECONDS)
    values: tuple[Annotated[Float, Field(ge=0, le=MAX_SECONDS)], ...] | None = None
    weights: tuple[Annotated[Float, Field(ge=0, le=MAX_WEIGHT)], ...] | None = None

    @model_validator(mode="after")
    def _check(self) -> Distribution:
        if self.mean_s is not None and self.mean is not None:
            raise ValueError("give either mean_s (seconds) or mean, not both")
        have = {
            "mean": self.mean_s is not None or self.mean is not None,
            "cv": self.cv is not None,
            "value": self.value is not None,
            "low": self.low is not None,
            "high": self.high is not None,
            "values": bool(self.values),
        }
        allowed = set(_NEEDS[self.dist]) | ({"weights"} if self.dist == "discrete" else set())
        given = {k for k, v in have.items() if v} | ({"weights"} if self.weights else set())
        unused = sorted(given - allowed)
        if unused:
            names = ", ".join("mean_s/mean" if k == "mean" else k for k in unused)
            need = ", ".join("mean_s (or mean)" if k == "mean" else k for k in _NEEDS[self.dist])
            raise ValueError(f"dist '{self.dist}' does not use {names}; it takes {need}")
        missing = [k for k in _NEEDS[self.dist] if not have[k]]
        if missing:
            need = " and ".join("mean_s (or mean)" if k == "mean" else k for k in _NEEDS[self.dist])
            raise ValueError(f"dist '{self.dist}' needs {need}")
        if self.dist == "uniform" and self.high < self.low:  # type: ignore[operator]
            raise ValueError("uniform needs high >= low")
        if self.dist in ("geometric", "poisson1") and self.center < 1:
            raise ValueError(f"dist '{self.dist}' counts from 1, so its mean must be >= 1")
        if self.dist == "discrete":
            w = self.weights
            if w is not None and (len(w) != len(self.values) or min(w) < 0 or sum(w) <= 0):
                raise ValueError("discrete weights must match values in length, be >= 0, sum > 0")
        return self

    @property
    def center(self) -> float:
        """The mean value of the distribution."""
        if self.dist == "constant":
            return float(self.value)  # type: ignore[arg-type]
        if self.dist == "uniform":
            return (self.low + self.high) / 2  # type: ignore[operator]
        if self.dist == "discrete":
            v = np.asarray(self.values, float)
            w = np.ones_like(v) if self.weights is None else np.asarray(self.weights, float)
            return float(v @ w / w.sum())
        return float(self.mean_s if self.mean_s is not None else self.mean)  # type: ignore[arg-type]

    @property
    def upper(self) -> float:
        """The largest value the distribution gives (its mean when it has no upper bound)."""
        if self.dist == "uniform":
            return float(self.high)  # type: ignore[arg-type]
        if self.dist == "discrete":
            return float(max(self.values))  # type: ignore[arg-type]
        return self.center

    def sample(self, rng: np.random.Generator, size: int | None = None) -> np.ndarray | float:
        """Draw ``size`` values (a float when ``size`` is None)."""
        m = self.center
        d = self.dist
        if d == "exponential":
            return rng.exponential(m, size)
        if d == "lognormal":
            sigma2 = math.log1p(self.cv**2)  # type: ignore[operator]
            return rng.lognormal(math.log(m) - sigma2 / 2, math.sqrt(sigma2), size)
        if d == "gamma":
            shape = 1.0 / self.cv**2  # type: ignore[operator]
            return rng.gamma(shape, m / shape, size)
        if d == "constant":
            return np.full(size, m) if size is not None else m
        if d == "uniform":
            return rng.uniform(self.low, self.high, size)
        if d == "geometric":
            return rng.geometric(1.0 / m, size).astype(float)
        if d == "poisson1":
            return 1.0 + rng.poisson(m - 1.0, size)
        v = np.asarray(self.values, float)
        p = None if self.weights is None else np.asarray(self.weights, float) / sum(self.weights)
        return rng.choice(v, size=size, p=p)
