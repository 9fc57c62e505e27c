"""Which scripts a trainee should practise next: the ones that train their weakest skills.

A script trains a rubric dimension as much as its rubric weights it (a script's own
``scoring.weights``, else its structure's defaults). Each script the trainee has not yet passed
gets ``sum(weight[d] * (1 - mean share earned on d))`` over the trainee's weakest dimensions;
the highest come first, easier scripts first on a tie. A trainee with no weakness yet (no
finished session) is pointed at the easiest scripts. Scripts are kept to the language the
trainee practises most, when they have practised.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from simulator.roleplay.script_schema import Script
from simulator.roleplay.store import ProgressStore, SkillScore

__all__ = ["Recommendation", "passed_scripts", "recommend_for", "recommend_scripts", "weights_of"]


@dataclass(frozen=True)
class Recommendation:
    """A script to practise next and the weak dimensions it trains."""

    script_id: str
    title: str
    lang: str
    difficulty: int
    dimensions: tuple[str, ...]  # the trainee's weak dimensions this script weights, most first
    score: float  # points at stake on the weak dimensions, weighted by how weak they are


def weights_of(script: Script) -> dict[str, float]:
    """Points per rubric dimension of ``script``."""
    from simulator.roleplay.scoring import DEFAULT_WEIGHTS

    return dict(script.scoring.weights or DEFAULT_WEIGHTS[script.structure])


def recommend_scripts(
    scripts: Sequence[Script],
    weakest: Sequence[SkillScore],
    passed: set[str] | frozenset[str] = frozenset(),
    lang: str | None = None,
    n: int = 3,
) -> list[Recommendation]:
    """The ``n`` best scripts to practise next (see the module docstring)."""
    pool = [s for s in scripts if s.id not in passed and (lang is None or s.lang == lang)]
    out = []
    for script in pool:
        weights = weights_of(script)
        gains = {w.dimension: weights.get(w.dimension, 0.0) * (1 - w.mean_share) for w in weakest}
        trained = tuple(d for d, g in sorted(gains.items(), key=lambda kv: -kv[1]) if g > 0)
        out.append(
            Recommendation(
                script.id,
                script.title,
                script.lang,
                script.difficulty,
                trained,
                round(sum(gains.values()), 3),
            )
        )
    out.sort(key=lambda r: (-r.score, r.difficulty, r.script_id))
    return out[:n]


def passed_scripts(store: ProgressStore, trainee: str) -> set[str]:
    """Scripts the trainee has passed in their own words (no copied reply)."""
    return {s.script_id for s in store.sessions(trainee) if s.passed and not s.copied}


def recommend_for(
    store: ProgressStore, trainee: str, scripts: Sequence[Script], n: int = 3
) -> list[Recommendation]:
    """Recommendations for ``trainee`` from their stored sessions."""
    langs = {s.id: s.lang for s in scripts}
    played = Counter(langs[s.script_id] for s in store.sessions(trainee) if s.script_id in langs)
    lang = played.most_common(1)[0][0] if played else None
    weakest = store.weakest_skills(trainee, n=3)
    return recommend_scripts(scripts, weakest, passed_scripts(store, trainee), lang, n)
