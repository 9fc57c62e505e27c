"""``--set PATH=VALUE`` and ``--grid PATH=VALUES`` under fuzzing.

Paths come from the shipped scenario itself (every field and list item it has) plus broken
ones; values are hostile YAML (types swapped, NaN/inf, huge, dates, yes/no, deep nesting, long
or control-character strings, unknown locales, distributions with odd parameters). Through
``load_scenario`` and ``kefulab run``/``sweep`` (which simulate and export): success, or exit 2
with one line naming the option; never a traceback or a hang. NaN/inf, a non-number where a
number was, and an unknown Faker locale must be refused.
"""

from __future__ import annotations

import functools

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.cases import fresh_dir
from tests.fuzz.harness import (
    LONG,
    QUICK,
    SCENARIOS,
    call_cli,
    call_loader,
    cli_violations,
    loader_violations,
    run_isolated,
    warm_up,
)
from tests.fuzz.mutate import HOSTILE, NON_FINITE, NOT_NUMBERS, NUMBERS, deep

BASE = SCENARIOS / "traffic" / "mmc_reference.yaml"
RICH = SCENARIOS / "traffic" / "tmall_daily.yaml"


def setup_module() -> None:
    warm_up()


@functools.cache
def field_paths() -> dict[str, object]:
    """Every dotted path of the shipped scenarios (``agents.schedule[3]``) with its value."""
    out: dict[str, object] = {}

    def walk(node: object, prefix: str) -> None:
        if prefix:
            out.setdefault(prefix, node)
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, f"{prefix}.{k}" if prefix else str(k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{prefix}[{i}]")

    for path in (BASE, RICH):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")), "")
    for extra in (
        "customers.locale", "arrivals.rate_per_hour", "agents.count", "horizon.days",
        "customers.patience", "agents.proficiency", "agents.groups", "arrivals.day_multipliers",
        "bot.answer_quality.presale", "economics.one_off_cost", "kpi.frt_threshold_s",
    ):  # fmt: skip
        out.setdefault(extra, 1.0)
    return out


BROKEN_PATHS = [
    "", ".", "a..b", "agents.", "agents.schedule[99]", "agents.schedule[-1]", "agents.schedule[",
    "agents.schedule[0][0]", "agents.count.x", "x" * 5000, ".".join(["a"] * 2000), "名字",
    "agents[0]", "agents.schedule[99999999999999999999]", "\x1b[31m", "a=b", " agents.count ",
]  # fmt: skip
LOCALES = ["xx", "zh_CN", "en_US", "de", "../../etc/passwd", "zh_CN\\n", "", "ZH_cn", "ja_JP"]
DISTS = [
    "{dist: exponential, mean_s: 1e-300}", "{dist: lognormal, mean_s: 1, cv: 1e200}",
    "{dist: lognormal, mean_s: 1e300, cv: 0.5}", "{dist: nope}", "{dist: uniform, low: 5, high: 1}",
    "{dist: poisson1, mean: 1e15}", "{dist: geometric, mean: 0}", "{dist: fixed, value_s: -1}",
    "{dist: exponential}", "{dist: exponential, mean_s: 200, extra: 1}",
]  # fmt: skip


@st.composite
def override(draw: st.DrawFn) -> tuple[str, str]:
    """One ``PATH=VALUE`` and the reason it must be refused ("" if either answer is fine)."""
    paths = field_paths()
    path = draw(st.one_of(st.sampled_from(sorted(paths)), st.sampled_from(BROKEN_PATHS)))
    value = draw(
        st.one_of(
            st.sampled_from(NUMBERS + NOT_NUMBERS + NON_FINITE + HOSTILE),
            st.sampled_from(DISTS),
            st.sampled_from([deep(n) for n in (40, 300, 1000)]),
            st.sampled_from(["x" * 100_000, "[" + ", ".join(["1e308"] * 24) + "]", "[0] ", "[]"]),
            st.just("locale").flatmap(lambda _: st.sampled_from(LOCALES)),
            st.text(max_size=20),
        )
    )
    must = ""
    original = paths.get(path)
    if value in NON_FINITE:
        must = f"non-finite {value} for {path}"
    elif (
        isinstance(original, int | float)
        and not isinstance(original, bool)
        and value in NOT_NUMBERS + NON_FINITE
    ):
        must = f"{value} for the number {path}"
    elif path == "customers.locale" and value in ("xx", "../../etc/passwd", "ZH_cn", ""):
        must = f"unknown Faker locale {value!r}"
    return f"{path}={value}", must


def _load(overrides: list[str]):
    from simulator.scenario.loader import load_scenario

    return functools.partial(load_scenario, overrides=overrides)


def _check(sets: list[tuple[str, str]], days: int | None, cli: bool) -> None:
    texts = [s for s, _ in sets]
    must = next((m for _, m in sets if m), "")
    load = _load(texts)
    if days is not None:
        load = functools.partial(load, days=days)
    found = loader_violations(run_isolated(call_loader, load, BASE), BASE, must)
    found = [
        f for f in found if not f.startswith("error does not name the file") or "--set" not in f
    ]
    if cli:
        out = fresh_dir()
        argv = ["run", str(BASE), "-n", "1", "--csv", str(out / "csv")]
        for t in texts:
            argv += ["--set", t]
        if days is not None:
            argv += ["--days", str(days)]
        found += cli_violations(run_isolated(call_cli, argv), [BASE.name, "--set", "--days"], must)
    shown = [t[:120] for t in texts]
    assert not found, "\n".join(found) + f"\n--set {shown} --days {days}"


DAYS = st.one_of(st.none(), st.sampled_from([1, 2, 366, 367, 10**6, 99999999999999999999]))


@QUICK
@given(sets=st.lists(override(), min_size=1, max_size=3), days=DAYS)
def test_set_quick(sets, days) -> None:
    _check(sets, days, cli=True)


@pytest.mark.slow
@LONG
@given(sets=st.lists(override(), min_size=1, max_size=4), days=DAYS)
def test_set_long(sets, days) -> None:
    _check(sets, days, cli=True)


@st.composite
def grid(draw: st.DrawFn) -> str:
    path = draw(st.one_of(st.sampled_from(sorted(field_paths())), st.sampled_from(BROKEN_PATHS)))
    if draw(st.booleans()):
        nums = st.sampled_from(["0", "1", "-1", "0.1", "1e15", "1e16", "nan", "inf", "1e-300", "x"])
        values = ":".join(draw(st.lists(nums, min_size=2, max_size=4)))
    else:
        items = st.sampled_from(NUMBERS + NOT_NUMBERS + NON_FINITE + DISTS + LOCALES)
        values = ",".join(draw(st.lists(items, min_size=1, max_size=4)))
    return f"{path}={values}"


def _check_grid(grids: list[str]) -> None:
    out = fresh_dir()
    argv = ["sweep", str(BASE), "-n", "1", "--days", "1", "--csv", str(out / "rows.csv")]
    for g in grids:
        argv += ["--grid", g]
    found = cli_violations(run_isolated(call_cli, argv), [BASE.name, "--grid"])
    assert not found, "\n".join(found) + f"\n--grid {[g[:120] for g in grids]}"


@QUICK
@given(grids=st.lists(grid(), min_size=1, max_size=2))
def test_grid_quick(grids) -> None:
    _check_grid(grids)


@pytest.mark.slow
@LONG
@given(grids=st.lists(grid(), min_size=1, max_size=3))
def test_grid_long(grids) -> None:
    _check_grid(grids)
