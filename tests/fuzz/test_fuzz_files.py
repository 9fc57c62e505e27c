"""Mutated data files of every kind: the loader and ``kefulab validate`` keep the contract.

Success, or ``InputError`` whose every diagnostic is one line naming the file; ``validate``
exits 0 or 2 with one line per problem naming the file; never a traceback, never longer than
the time limit; the file is not modified. Inputs that must be refused (a duplicate key, a
non-finite number, a non-number where a number was) must not be accepted.
"""

from __future__ import annotations

import pytest
from hypothesis import given

from tests.fuzz.cases import check_loader, check_validate, write_case
from tests.fuzz.harness import LONG, QUICK, describe, warm_up
from tests.fuzz.mutate import mutated_file

LOADED = ["scenario", "script", "kb", "lexicon", "transcript"]
VALIDATED = ["scenario", "script", "kb", "lexicon", "certification", "training_mapping"]


def setup_module() -> None:
    warm_up()


def _check(case) -> None:
    path = write_case(case)
    found = []
    if case.kind in LOADED:
        found += check_loader(case.kind, path, case.must_refuse)
    if case.kind in VALIDATED:
        found += check_validate(path, case.must_refuse)
    assert not found, "\n".join(found) + "\n" + describe(path, case.notes)


@pytest.mark.parametrize("kind", LOADED + ["certification", "training_mapping"])
def test_mutated_file_quick(kind: str) -> None:
    @QUICK
    @given(case=mutated_file(kind))
    def prop(case) -> None:
        _check(case)

    prop()


@pytest.mark.slow
@pytest.mark.parametrize("kind", LOADED + ["certification", "training_mapping"])
def test_mutated_file_long(kind: str) -> None:
    @LONG
    @given(case=mutated_file(kind, max_tree=5, max_text=3))
    def prop(case) -> None:
        _check(case)

    prop()
