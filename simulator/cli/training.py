"""``kefulab training apply``: a scenario whose agents work at the level their training shows.

The bridge between the trainer and the traffic model, so it lives at the CLI layer, the only
layer that may import both: :func:`scores_from_store` reads recent rubric scores from the
progress store into plain numbers (:class:`~simulator.experiments.training.TrainingScores`),
and :func:`apply_training` maps them to a proficiency level and writes it into a scenario.
``kefulab compare SCENARIO NEW.yaml`` then shows the training ROI (``docs/training-roi.md``).
A GUI calls the same two functions.
"""

from __future__ import annotations

import argparse
import math
from dataclasses import dataclass
from pathlib import Path

from simulator.common.atomicfile import check_output_file, write_text
from simulator.common.diagnostics import Diagnostic, did_you_mean
from simulator.common.errors import InputError, diagnostics_of
from simulator.common.inputfile import holds_data
from simulator.common.yamlio import YamlDocument, read_yaml, validate_document
from simulator.experiments.training import (
    EFFECTS,
    MappedProficiency,
    TrainingMapping,
    TrainingScores,
    default_mapping_path,
    map_scores,
    trained_scenario,
)
from simulator.roleplay.nodes import DIMENSIONS
from simulator.roleplay.store import ProgressStore, default_db_path
from simulator.scenario.loader import load_scenario, scenario_to_yaml
from simulator.scenario.schema import Scenario

__all__ = [
    "TrainedScenario",
    "apply_training",
    "check_mapping_file",
    "load_checked_mapping",
    "scores_from_store",
]


@dataclass(frozen=True)
class TrainedScenario:
    """What :func:`apply_training` made: the scores it used, what they map to, the scenario."""

    scores: TrainingScores
    mapped: MappedProficiency
    share: float
    scenario: Scenario


def scores_from_store(
    store: ProgressStore, trainee: str | None = None, last: int = 10
) -> TrainingScores:
    """Mean rubric scores (0-100) over the ``last`` finished sessions of ``trainee``, or of
    every trainee when ``trainee`` is None (the team: the ``last`` sessions of each, pooled).

    A session's score on a dimension is its points as a share of that dimension's maximum;
    dimensions with no maximum in a script are left out of that session.

    Raises:
        InputError: no finished session to read (one line).
    """
    if last < 1:
        raise InputError(f'"last" must be >= 1, got {last}')
    history = store.dimension_history(trainee)
    per_trainee: dict[str, list[dict]] = {}
    for session, dims in history:  # oldest first
        if dims:
            per_trainee.setdefault(session.trainee, []).append(dims)
    recent = [dims for sessions in per_trainee.values() for dims in sessions[-last:]]
    if not recent:
        who = f"trainee {trainee!r}" if trainee is not None else "any trainee"
        known = store.trainees()
        hint = did_you_mean(trainee, known) if trainee is not None else ""
        raise InputError(
            Diagnostic(
                "error",
                str(store.path),
                f"no finished role-play session of {who}",
                hint=hint or "practise with kefulab train first",
            )
        )
    shares: dict[str, list[float]] = {}
    for dims in recent:
        for name, (score, mx) in dims.items():
            if mx and mx > 0:
                shares.setdefault(name, []).append(100.0 * min(max(score / mx, 0.0), 1.0))
    means = {name: sum(v) / len(v) for name, v in shares.items()}
    who = trainee if trainee is not None else f"team ({len(per_trainee)} trainees)"
    return TrainingScores(means, len(recent), who)


def _unknown_dimensions(mapping: TrainingMapping, doc: YamlDocument) -> list[Diagnostic]:
    """A problem at each dimension name the rubric does not have."""
    out = []
    for effect in EFFECTS:
        for j, name in enumerate(getattr(mapping.dimensions, effect)):
            if name not in DIMENSIONS:
                hint = did_you_mean(name, DIMENSIONS) or f"one of {', '.join(DIMENSIONS)}"
                out.append(
                    doc.error(f"unknown rubric dimension {name!r}", ("dimensions", effect, j), hint)
                )
    return out


def load_checked_mapping(path: str | Path | None = None) -> TrainingMapping:
    """Read a mapping file (default: the shipped one) and check its dimension names.

    Raises:
        InputError: one line (file, line, field, problem); ``diagnostics`` holds every problem.
    """
    doc = read_yaml(default_mapping_path() if path is None else path)
    mapping = validate_document(TrainingMapping, doc)
    problems = _unknown_dimensions(mapping, doc)
    if problems:
        raise InputError(problems)
    return mapping


def check_mapping_file(path: Path) -> list[Diagnostic]:
    """``kefulab validate``: the mapping's schema, monotone anchors and known dimensions."""
    try:
        load_checked_mapping(path)
    except InputError as exc:
        return list(diagnostics_of(exc))
    return []


def apply_training(
    scenario: Scenario,
    scores: TrainingScores,
    mapping: TrainingMapping | None = None,
    share: float = 1.0,
    one_off_cost: float | None = None,
) -> TrainedScenario:
    """The scenario with ``share`` of its agents at the level ``scores`` map to.

    Raises:
        InputError: ``share`` outside (0, 1], a negative ``one_off_cost`` (one line).
    """
    mapping = load_checked_mapping() if mapping is None else mapping
    if not (isinstance(share, int | float) and math.isfinite(share) and 0 < share <= 1):
        raise InputError(
            f"--share: must be a share in (0, 1] (0.5 = half the agents), got {share!r}"
        )
    if one_off_cost is not None and not (math.isfinite(one_off_cost) and one_off_cost >= 0):
        raise InputError(f"--one-off-cost: must be a number of yuan >= 0, got {one_off_cost!r}")
    new = trained_scenario(scenario, scores, mapping, share=share, one_off_cost=one_off_cost)
    return TrainedScenario(scores, map_scores(scores, mapping), float(share), new)


# ---- command line -----------------------------------------------------------------------------


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "training",
        help="turn trainees' role-play scores into agent proficiency in a scenario",
        description=(
            "Training feeds the simulator: 'apply' writes a copy of a scenario whose agents work "
            "at the level the trainees' recent role-play scores map to (docs/training-roi.md)."
        ),
    )
    p.set_defaults(handler=lambda args: _usage(p))
    tp = p.add_subparsers(dest="training_command", metavar="ACTION")
    ap = tp.add_parser(
        "apply",
        help="write SCENARIO with a trained proficiency level from the progress store",
        description=(
            "Read the most recent finished role-play sessions (the mapping's recent_sessions, "
            "10 by default, per trainee; --last changes it) of one trainee or of the whole team, "
            "average each rubric dimension's score (0-100), map the scores to a reply-time "
            "factor, a resolution factor and a CSAT effect (scenarios/training/mapping.yaml, or "
            "--mapping), and write SCENARIO with that proficiency level for --share of its "
            "agents to --out. Then 'kefulab compare SCENARIO OUT' shows the training ROI."
        ),
        epilog=(
            "example: kefulab training apply tmall_daily --team --out trained.yaml && "
            "kefulab compare tmall_daily trained.yaml -n 10"
        ),
    )
    ap.add_argument("scenario", metavar="SCENARIO", help="scenario YAML file or shipped name")
    ap.add_argument("--trainee", metavar="NAME", help="use this trainee's sessions")
    ap.add_argument("--team", action="store_true", help="use every trainee's sessions, pooled")
    ap.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="progress database (default: $KEFULAB_DB, else the user data folder)",
    )
    ap.add_argument(
        "--mapping",
        type=Path,
        metavar="FILE",
        help="score-to-proficiency mapping (default: the shipped scenarios/training/mapping.yaml)",
    )
    ap.add_argument(
        "--share",
        default="1",
        metavar="S",
        help="share of agents trained, in (0, 1] (default 1: every agent)",
    )
    ap.add_argument(
        "--last",
        default=None,
        metavar="N",
        help="finished sessions per trainee that count (default: the mapping's recent_sessions)",
    )
    ap.add_argument(
        "--one-off-cost",
        default=None,
        metavar="YUAN",
        help="cost of the training, written as economics.one_off_cost (gives a payback period)",
    )
    ap.add_argument("--out", type=Path, metavar="NEW.yaml", required=True, help="file to write")
    ap.set_defaults(handler=handle_apply)


def _usage(p: argparse.ArgumentParser) -> int:
    p.print_help()
    return 2


def _number(option: str, text: str | None, allowed: str) -> float | None:
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise InputError(f"{option}: must be {allowed}, got {text!r}")
    return value


def handle_apply(args: argparse.Namespace) -> int:
    if bool(args.trainee) == bool(args.team):
        raise InputError("give either --trainee NAME or --team (whose scores to use)")
    share = _number("--share", args.share, "a share in (0, 1] (0.5 = half the agents)")
    last = _number("--last", args.last, "a whole number >= 1")
    if last is not None and (last < 1 or last != int(last)):
        raise InputError(f"--last: must be a whole number >= 1, got {args.last!r}")
    cost = _number("--one-off-cost", args.one_off_cost, "a number of yuan >= 0")
    check_output_file(args.out, "--out")
    scenario = load_scenario(args.scenario)
    mapping = load_checked_mapping(args.mapping)
    db = args.db or default_db_path()
    # reading scores must not create a database, nor write a schema into an empty file
    if not holds_data(db, "database path"):
        raise InputError(f"{db}: no progress database (practise with kefulab train first)")
    with ProgressStore.open(db) as store:
        n = mapping.recent_sessions if last is None else int(last)
        scores = scores_from_store(store, args.trainee if not args.team else None, n)
    trained = apply_training(scenario, scores, mapping, share, cost)  # type: ignore[arg-type]
    write_text(
        args.out, _header(args, trained) + scenario_to_yaml(trained.scenario), option="--out"
    )
    _print_summary(args, trained, n, mapping)
    return 0


def _header(args: argparse.Namespace, t: TrainedScenario) -> str:
    m = t.mapped
    return (
        f"# Written by kefulab training apply from {t.scores.sessions} role-play session(s) of "
        f"{t.scores.who}.\n# Trained level: reply_time_factor {m.reply_time_factor:.3f}, "
        f"resolution_factor {m.resolution_factor:.3f}, csat_effect {m.csat_effect:+.3f}, "
        f"{t.share:.0%} of agents.\n# Compare: kefulab compare {args.scenario} {args.out}\n"
    )


def _print_summary(
    args: argparse.Namespace, t: TrainedScenario, last: int, mapping: TrainingMapping
) -> None:
    s, m = t.scores, t.mapped
    print(f"scores of {s.who}: {s.sessions} finished session(s), the last {last} per trainee")
    for name in DIMENSIONS:
        if name in s.dimensions:
            print(f"  {name:<15} {s.dimensions[name]:5.1f}")
    print(f"mapped ({args.mapping or default_mapping_path()}):")
    rows = (
        ("reply_time_factor", f"{m.reply_time_factor:.3f}", "reply_time"),
        ("resolution_factor", f"{m.resolution_factor:.3f}", "resolution"),
        ("csat_effect", f"{m.csat_effect:+.3f}", "csat"),
    )
    for label, value, effect in rows:
        dims = ", ".join(getattr(mapping.dimensions, effect))
        score = m.inputs.get(effect)
        source = "no scores: unchanged" if score is None else f"{dims} {score:.1f}"
        print(f"  {label:<18} {value:>7}  ({source})")
    print(f"trained agents: {t.share:.0%} (proficiency level 'trained')")
    print(f"wrote {args.out}: {t.scenario.name}")
    print(f"training ROI: kefulab compare {args.scenario} {args.out}")
