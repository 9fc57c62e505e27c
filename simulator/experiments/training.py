"""Training feeds the simulator: rubric scores mapped to agent proficiency.

A trainee's (or a team's) recent role-play scores, as plain numbers in a :class:`TrainingScores`
record, become a proficiency level of the traffic model (``agents.proficiency``): a reply-time
factor, a resolution factor and a CSAT effect. The mapping is data, a small YAML file
(``scenarios/training/mapping.yaml``, read by :func:`load_mapping`): anchors ``score -> effects``
with linear interpolation between them and clamping outside, and which rubric dimensions feed
which effect. Anchors must move every effect the right way as the score rises, so the mapping is
monotone by construction. :func:`trained_scenario` returns a scenario with a "trained" level;
compare it with the original (``compare_scenarios``) for the training ROI. What the mapping
assumes is in ``docs/training-roi.md``.

This module never imports the trainer (:mod:`simulator.roleplay`): the caller reads the progress
store and builds the scores (``simulator.cli.training.scores_from_store``).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from simulator.common.yamlio import read_yaml, validate_document
from simulator.scenario.loader import with_values
from simulator.scenario.schema import Scenario

__all__ = [
    "EFFECTS",
    "Anchor",
    "EffectInputs",
    "MappedProficiency",
    "TrainingMapping",
    "TrainingScores",
    "default_mapping_path",
    "load_mapping",
    "map_scores",
    "trained_scenario",
]

#: The three effects, each fed by its own rubric dimensions.
EFFECTS: tuple[str, ...] = ("reply_time", "resolution", "csat")
#: numbers are strict (``true`` and ``"5"`` are not numbers) and finite (``_Model``)
Score = Annotated[float, Field(strict=True, ge=0, le=100)]
DimensionName = Annotated[str, Field(min_length=1, max_length=64)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Anchor(_Model):
    """What an agent with this rubric score (0-100) does, relative to ``agents.reply_time``
    and ``intents.*.human_resolution`` of the scenario (factors) and on the 1-5 CSAT scale."""

    score: Score
    reply_time_factor: float = Field(strict=True, gt=0, le=5)
    resolution_factor: float = Field(strict=True, gt=0, le=2)
    csat_effect: float = Field(strict=True, ge=-1, le=1)


class EffectInputs(_Model):
    """Which rubric dimensions feed each effect (their mean score is the effect's score)."""

    reply_time: tuple[DimensionName, ...] = Field(min_length=1, max_length=20)
    resolution: tuple[DimensionName, ...] = Field(min_length=1, max_length=20)
    csat: tuple[DimensionName, ...] = Field(min_length=1, max_length=20)


class TrainingMapping(_Model):
    """The whole mapping file: anchors, dimension inputs and how many recent sessions count."""

    recent_sessions: int = Field(default=10, strict=True, ge=1, le=1000)
    dimensions: EffectInputs
    anchors: tuple[Anchor, ...] = Field(min_length=1, max_length=100)

    @model_validator(mode="after")
    def _monotone(self) -> TrainingMapping:
        scores = [a.score for a in self.anchors]
        if any(b <= a for a, b in zip(scores, scores[1:], strict=False)):
            raise ValueError("anchors must be listed by strictly increasing score")
        for a, b in zip(self.anchors, self.anchors[1:], strict=False):
            wrong = [
                what
                for what, bad in (
                    (
                        "reply_time_factor rises (slower replies)",
                        b.reply_time_factor > a.reply_time_factor,
                    ),
                    ("resolution_factor falls", b.resolution_factor < a.resolution_factor),
                    ("csat_effect falls", b.csat_effect < a.csat_effect),
                )
                if bad
            ]
            if wrong:
                raise ValueError(
                    f"from score {a.score:g} to {b.score:g} the {'; the '.join(wrong)}: a higher "
                    "score must never make an agent worse"
                )
        return self

    def effect_at(self, score: float) -> Anchor:
        """The effects at ``score``: linear between anchors, clamped to the end anchors."""
        xs = [a.score for a in self.anchors]
        s = min(max(float(score), 0.0), 100.0)

        def at(name: str) -> float:
            return _interpolate(s, xs, [getattr(a, name) for a in self.anchors])

        return Anchor(
            score=s,
            reply_time_factor=at("reply_time_factor"),
            resolution_factor=at("resolution_factor"),
            csat_effect=at("csat_effect"),
        )


def _interpolate(x: float, xs: list[float], ys: list[float]) -> float:
    """Piecewise-linear ``y(x)`` through ``(xs, ys)``, flat outside; exact at every anchor and,
    being kept within each segment's end values, monotone wherever ``ys`` is, even in floats."""
    if x <= xs[0]:
        return ys[0]
    if x >= xs[-1]:
        return ys[-1]
    j = bisect_right(xs, x) - 1
    y0, y1 = ys[j], ys[j + 1]
    y = y0 + (x - xs[j]) / (xs[j + 1] - xs[j]) * (y1 - y0)
    return min(max(y, min(y0, y1)), max(y0, y1))


@dataclass(frozen=True)
class TrainingScores:
    """Recent rubric scores of a trainee or a team, as the store gave them.

    Attributes:
        dimensions: Per rubric dimension, the mean score as a share of its maximum, 0-100.
        sessions: How many finished sessions the means are over.
        who: Whose scores (a trainee's name, or a label such as "team (3 trainees)").
    """

    dimensions: Mapping[str, float]
    sessions: int
    who: str = ""

    def __post_init__(self) -> None:
        if self.sessions < 1:
            raise ValueError(f'"sessions" must be >= 1, got {self.sessions}.')
        for name, value in self.dimensions.items():
            if not (isinstance(value, int | float) and math.isfinite(value) and 0 <= value <= 100):
                raise ValueError(f'score of "{name}" must be between 0 and 100, got {value!r}.')
        object.__setattr__(self, "dimensions", dict(self.dimensions))


@dataclass(frozen=True)
class MappedProficiency:
    """The proficiency a set of scores maps to, and the score that fed each effect.

    ``inputs[effect]`` is the mean of the effect's dimensions (None when the scores had none of
    them: that effect stays at today's value, factor 1 or effect 0).
    """

    reply_time_factor: float
    resolution_factor: float
    csat_effect: float
    inputs: Mapping[str, float | None] = field(default_factory=dict)

    def level(self, share: float) -> dict[str, float]:
        """The ``agents.proficiency`` entry for this level with ``share`` of the agents."""
        return {
            "share": share,
            "reply_time_factor": self.reply_time_factor,
            "resolution_factor": self.resolution_factor,
            "csat_effect": self.csat_effect,
        }


def map_scores(scores: TrainingScores, mapping: TrainingMapping) -> MappedProficiency:
    """Map recent scores to a proficiency level (monotone in every dimension's score)."""
    inputs: dict[str, float | None] = {}
    for effect in EFFECTS:
        dims = [
            scores.dimensions[d]
            for d in getattr(mapping.dimensions, effect)
            if d in scores.dimensions
        ]
        inputs[effect] = sum(dims) / len(dims) if dims else None

    def effect_of(effect: str, name: str, today: float) -> float:
        score = inputs[effect]
        return today if score is None else getattr(mapping.effect_at(score), name)

    return MappedProficiency(
        reply_time_factor=effect_of("reply_time", "reply_time_factor", 1.0),
        resolution_factor=effect_of("resolution", "resolution_factor", 1.0),
        csat_effect=effect_of("csat", "csat_effect", 0.0),
        inputs=inputs,
    )


def trained_scenario(
    scenario: Scenario,
    scores: TrainingScores,
    mapping: TrainingMapping,
    share: float = 1.0,
    level_name: str = "trained",
    one_off_cost: float | None = None,
) -> Scenario:
    """A copy of ``scenario`` in which ``share`` of the agents work at the trained level.

    The other agents keep the scenario's proficiency levels (shares scaled by ``1 - share``),
    or today's work (factors 1, a level named "today") when it has none. A level already named
    ``level_name`` is replaced, so applying training twice does not stack.

    Args:
        scenario: today's scenario.
        scores: recent rubric scores of the trainee or team.
        mapping: the score-to-proficiency mapping (:func:`load_mapping`).
        share: share of agents trained, in (0, 1].
        level_name: name of the new proficiency level.
        one_off_cost: cost of the training in yuan, as ``economics.one_off_cost`` (for the
            payback period); None keeps the scenario's.

    Raises:
        ValueError: ``share`` outside (0, 1] or an empty ``level_name``.
        ScenarioError: the new scenario does not validate.
    """
    if not (isinstance(share, int | float) and 0 < share <= 1):
        raise ValueError(f'"share" must be in (0, 1], got {share!r}.')
    if not level_name or "." in level_name:
        raise ValueError(f'"level_name" must be a non-empty name without dots, got {level_name!r}.')
    mapped = map_scores(scores, mapping)
    rest = {k: v for k, v in scenario.agents.proficiency.items() if k != level_name}
    levels: dict[str, dict] = {level_name: mapped.level(float(share))}
    if share < 1:
        if not rest:
            levels["today"] = {"share": 1.0 - share}
        total = sum(p.share for p in rest.values())
        for name, p in rest.items():
            levels[name] = {
                **p.model_dump(exclude_unset=True),
                "share": p.share / total * (1 - share),
            }
    values: dict = {
        "agents.proficiency": levels,
        "name": f"{scenario.name} + training",
        "description": (
            f"{scenario.name} with {share:.0%} of agents at the level that the recent role-play "
            f"scores of {scores.who or 'the trainees'} map to (kefulab training apply)"
        ),
    }
    if one_off_cost is not None:
        values["economics.one_off_cost"] = float(one_off_cost)
    return with_values(scenario, values)


def default_mapping_path() -> Path:
    """The shipped ``training/mapping.yaml``."""
    from simulator.common.data import shipped_dir

    return shipped_dir() / "training" / "mapping.yaml"


def load_mapping(path: str | Path | None = None) -> TrainingMapping:
    """Read and validate a mapping file (default: the shipped one).

    Raises:
        InputError: one line (file, line, field, problem); ``diagnostics`` holds every problem.
    """
    doc = read_yaml(default_mapping_path() if path is None else path)
    return validate_document(TrainingMapping, doc)
