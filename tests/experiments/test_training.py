"""Training feeds the simulator: the score-to-proficiency mapping and the trained scenario."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.common.errors import InputError
from simulator.common.yamlio import parse_yaml, validate_document
from simulator.experiments.compare import compare_scenarios
from simulator.experiments.replications import run_replication
from simulator.experiments.training import (
    TrainingMapping,
    TrainingScores,
    load_mapping,
    map_scores,
    trained_scenario,
)
from simulator.scenario.loader import load_scenario, scenario_from_yaml, scenario_to_yaml

DIMS = ("timeliness", "resolution", "structure", "empathy", "no_blame")
SHIPPED = load_mapping()


def _scores(value: float, **other: float) -> TrainingScores:
    return TrainingScores({**dict.fromkeys(DIMS, value), **other}, sessions=10, who="t")


def _mapping(text: str) -> TrainingMapping:
    return validate_document(TrainingMapping, parse_yaml(text, "m.yaml"))


# ---------------------------------------------------------------- the mapping


def test_shipped_anchors_are_reproduced_exactly():
    for anchor in SHIPPED.anchors:
        got = map_scores(_scores(anchor.score), SHIPPED)
        assert got.reply_time_factor == anchor.reply_time_factor
        assert got.resolution_factor == anchor.resolution_factor
        assert got.csat_effect == anchor.csat_effect
    today = map_scores(_scores(60), SHIPPED)  # today's agent: the scenario unchanged
    assert (today.reply_time_factor, today.resolution_factor, today.csat_effect) == (1, 1, 0)
    good = map_scores(_scores(90), SHIPPED)
    assert (good.reply_time_factor, good.resolution_factor, good.csat_effect) == (0.8, 1.1, 0.2)


def test_linear_between_anchors_and_clamped_outside():
    mid = map_scores(_scores(75), SHIPPED)  # halfway from 60 to 90
    assert mid.reply_time_factor == pytest.approx(0.9)
    assert mid.resolution_factor == pytest.approx(1.05)
    assert mid.csat_effect == pytest.approx(0.1)

    def factors(value: float) -> tuple[float, float, float]:
        m = map_scores(_scores(value), SHIPPED)
        return m.reply_time_factor, m.resolution_factor, m.csat_effect

    assert factors(100) == factors(90)
    assert factors(0) == factors(SHIPPED.anchors[0].score)


def test_each_effect_reads_only_its_own_dimensions():
    m = map_scores(_scores(60, timeliness=90), SHIPPED)
    assert m.reply_time_factor == 0.8 and m.resolution_factor == 1.0 and m.csat_effect == 0.0
    m = map_scores(_scores(60, empathy=90, no_blame=60), SHIPPED)  # csat: mean 75
    assert m.csat_effect == pytest.approx(0.1) and m.inputs["csat"] == 75
    missing = map_scores(TrainingScores({"compliance": 100.0}, 3), SHIPPED)
    assert (missing.reply_time_factor, missing.resolution_factor, missing.csat_effect) == (1, 1, 0)
    assert missing.inputs == {"reply_time": None, "resolution": None, "csat": None}


score = st.floats(0, 100, allow_nan=False)


@st.composite
def monotone_mappings(draw) -> TrainingMapping:
    """Random valid mappings: anchors at increasing scores moving each effect the right way."""
    xs = sorted(set(draw(st.lists(score, min_size=1, max_size=5))))
    steps = st.floats(0, 0.3, allow_nan=False)
    rt = [draw(st.floats(1.0, 2.0))]
    rf = [draw(st.floats(0.5, 1.0))]
    ce = [draw(st.floats(-1.0, 0.0))]
    for _ in xs[1:]:
        rt.append(max(rt[-1] - draw(steps), 0.01))
        rf.append(min(rf[-1] + draw(steps), 2.0))
        ce.append(min(ce[-1] + draw(steps), 1.0))
    anchors = [
        {"score": x, "reply_time_factor": a, "resolution_factor": b, "csat_effect": c}
        for x, a, b, c in zip(xs, rt, rf, ce, strict=True)
    ]
    return TrainingMapping.model_validate(
        {
            "dimensions": {
                "reply_time": ["timeliness"],
                "resolution": ["resolution", "structure"],
                "csat": ["empathy", "no_blame"],
            },
            "anchors": anchors,
        }
    )


@settings(max_examples=300, deadline=None)
@given(
    mapping=st.one_of(st.just(SHIPPED), monotone_mappings()),
    low=st.fixed_dictionaries({d: score for d in DIMS}),
    raise_by=st.fixed_dictionaries({d: st.floats(0, 100, allow_nan=False) for d in DIMS}),
)
def test_a_higher_score_never_makes_an_agent_worse(mapping, low, raise_by):
    high = {d: min(100.0, low[d] + raise_by[d]) for d in DIMS}
    a = map_scores(TrainingScores(low, 1), mapping)
    b = map_scores(TrainingScores(high, 1), mapping)
    assert b.reply_time_factor <= a.reply_time_factor  # never slower replies
    assert b.resolution_factor >= a.resolution_factor  # never lower resolution
    assert b.csat_effect >= a.csat_effect  # never lower CSAT


BASE = """
dimensions: {reply_time: [timeliness], resolution: [resolution], csat: [empathy]}
anchors:
  - {score: 60, reply_time_factor: 1.0, resolution_factor: 1.0, csat_effect: 0.0}
  - {score: 90, reply_time_factor: 0.8, resolution_factor: 1.1, csat_effect: 0.2}
"""


@pytest.mark.parametrize(
    "old, new, problem",
    [
        ("reply_time_factor: 0.8", "reply_time_factor: 1.2", "reply_time_factor rises"),
        ("resolution_factor: 1.1", "resolution_factor: 0.9", "resolution_factor falls"),
        ("csat_effect: 0.2", "csat_effect: -0.2", "csat_effect falls"),
        ("score: 90", "score: 50", "strictly increasing score"),
        ("score: 90", "score: 120", "less than or equal to 100"),
        ("csat_effect: 0.2", "csat_effect: 1.5", "less than or equal to 1"),
        ("reply_time:", "reply_tmie:", "reply_tmie"),
    ],
)
def test_a_bad_mapping_is_rejected_with_one_line(old, new, problem):
    with pytest.raises(InputError) as exc:
        _mapping(BASE.replace(old, new, 1))
    line = str(exc.value)
    assert problem in line and line.startswith("m.yaml:") and "\n" not in line


def test_scores_are_checked():
    with pytest.raises(ValueError, match="between 0 and 100"):
        TrainingScores({"empathy": 101.0}, 1)
    with pytest.raises(ValueError, match="between 0 and 100"):
        TrainingScores({"empathy": math.nan}, 1)
    with pytest.raises(ValueError, match="sessions"):
        TrainingScores({"empathy": 50.0}, 0)


# ---------------------------------------------------------------- the trained scenario


@pytest.fixture(scope="module")
def tmall():
    return load_scenario("tmall_daily")


def test_trained_scenario_adds_a_level_and_round_trips(tmall):
    t = trained_scenario(tmall, _scores(90), SHIPPED, share=0.25, one_off_cost=5000)
    levels = t.agents.proficiency
    assert list(levels) == ["trained", "today"]
    assert levels["trained"].share == 0.25 and levels["today"].share == 0.75
    assert levels["trained"].reply_time_factor == 0.8 and levels["trained"].csat_effect == 0.2
    assert levels["today"].reply_time_factor == 1 and levels["today"].csat_effect == 0
    assert t.economics.one_off_cost == 5000 and tmall.economics.one_off_cost == 0
    assert scenario_from_yaml(scenario_to_yaml(t)) == t
    again = trained_scenario(t, _scores(75), SHIPPED, share=1.0)  # replaces, never stacks
    assert list(again.agents.proficiency) == ["trained"]
    assert again.agents.proficiency["trained"].reply_time_factor == pytest.approx(0.9)
    with pytest.raises(ValueError, match="share"):
        trained_scenario(tmall, _scores(90), SHIPPED, share=0)


def test_existing_levels_keep_their_mix_for_the_untrained(tmall):
    mixed = trained_scenario(tmall, _scores(40), SHIPPED, share=0.5, level_name="novice")
    t = trained_scenario(mixed, _scores(90), SHIPPED, share=0.2)
    shares = {k: v.share for k, v in t.agents.proficiency.items()}
    assert shares == pytest.approx({"trained": 0.2, "novice": 0.4, "today": 0.4})
    assert t.agents.proficiency["novice"].reply_time_factor == 1.15


def test_todays_scores_leave_every_figure_unchanged(tmall):
    """Score 60 maps to factors 1 and effect 0: the trained run equals today's, bit for bit."""
    same = trained_scenario(tmall, _scores(60), SHIPPED)
    a = run_replication(tmall, seed=3, replication=0).kpis
    b = run_replication(same, seed=3, replication=0).kpis
    assert a.keys() == b.keys()
    for k in a:
        assert a[k] == b[k] or (math.isnan(a[k]) and math.isnan(b[k])), k


def test_better_scores_give_higher_csat_and_fcr_and_no_slower_replies(tmall):
    """Common random numbers, 6 replications of one simulated day. Against today, the trained
    scenario's paired mean difference must lie more than 3 standard errors above 0 for CSAT and
    FCR (fcr_3day: the model has no other FCR KPI), and ART may not rise by more than 3 SE;
    scores below today's anchor must move all three the other way by the same rule. Measured
    margins with the shipped anchors (scores 90 and 40): CSAT about +190 / -30 SE, FCR +31 /
    -24 SE, ART -62 / +58 SE, so a false alarm is practically impossible, and the test fails
    if an effect is dropped or reversed."""
    trained = trained_scenario(tmall, _scores(90), SHIPPED)
    worse = trained_scenario(tmall, _scores(40), SHIPPED)
    cmp = compare_scenarios([tmall, trained, worse], replications=6, seed=11)
    _, csat, csat_worse = cmp.diff_vs_first("csat_mean")
    _, fcr, fcr_worse = cmp.diff_vs_first("fcr_3day")
    _, art, art_worse = cmp.diff_vs_first("art_mean_s")
    assert csat.mean > 3 * csat.se, csat
    assert fcr.mean > 3 * fcr.se, fcr
    assert art.mean < 3 * art.se, art
    assert csat_worse.mean < -3 * csat_worse.se, csat_worse
    assert fcr_worse.mean < -3 * fcr_worse.se, fcr_worse
    assert art_worse.mean > -3 * art_worse.se, art_worse
