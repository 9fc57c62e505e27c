"""The trainer under fuzzing: mutated transcripts, scripts, knowledge bases and lexicons played
through ``kefulab train --replay``, and arbitrary replies through the API.

``train`` exits 0 or 2 with one line naming the file, never a traceback, within the time limit,
and refuses a script ``validate`` flags. ``Practice.reply`` and ``classify`` answer any text
(unicode, control characters, long) or raise ``InputError``, within the time limit.
"""

from __future__ import annotations

import shutil

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.fuzz.cases import check_train, check_validate, fresh_dir, script_for, write_case
from tests.fuzz.harness import LONG, QUICK, SCENARIOS, TRANSCRIPTS, describe, run_isolated, warm_up
from tests.fuzz.mutate import CORPUS, mutated_file

GOOD = sorted(TRANSCRIPTS.glob("*_good.yaml"))


def setup_module() -> None:
    warm_up()
    from simulator.roleplay.moves import classify

    classify("您好，非常抱歉", "zh")  # train the reader once, before forking
    classify("Sorry about that", "en")


def _transcript_case(case) -> None:
    path = write_case(case)
    found = check_train(script_for(case.source), path, must_refuse=case.must_refuse)
    assert not found, "\n".join(found) + "\n" + describe(path, case.notes)


def _data_case(case) -> None:
    """A mutated script, KB or lexicon file swapped into the shipped data, then a transcript
    played against it; a script validate flags must be refused by train too."""
    base = fresh_dir()
    path = write_case(case, base)
    rel = f"{CORPUS[case.kind][0]}/{case.source.name}"
    if case.kind == "script":
        transcript = next(t for t in sorted(TRANSCRIPTS.glob(f"{case.source.stem}_*.yaml")))
        script_id = case.source.stem
    else:
        lang = case.source.stem if case.kind == "lexicon" else "zh"
        pool = [t for t in GOOD if (script_for(t).startswith("en_")) == (lang == "en")]
        transcript = pool[len(case.notes) % len(pool)]
        script_id = script_for(transcript)
    (base / "transcripts").mkdir()
    replay = base / "transcripts" / transcript.name
    shutil.copyfile(transcript, replay)
    found = []
    # train reads the KB only for scripts that check facts: a broken KB may go unread
    must = "" if case.kind == "kb" else case.must_refuse
    if case.kind == "script":
        found += check_validate(path, case.must_refuse)
        flagged = not found and _validate_rc(path) == 2
        if flagged and not must:
            must = "train plays a script that validate flags"
    found += check_train(script_id, replay, {rel: path}, must, names=(path.name,))
    assert not found, "\n".join(found) + "\n" + describe(path, case.notes)


def _validate_rc(path) -> int | None:
    from tests.fuzz.harness import call_cli

    return run_isolated(call_cli, ["validate", "--quiet", str(path)]).rc


@QUICK
@given(case=mutated_file("transcript"))
def test_mutated_transcript_replay_quick(case) -> None:
    _transcript_case(case)


@pytest.mark.parametrize("kind", ["script", "kb", "lexicon"])
def test_mutated_data_in_training_quick(kind: str) -> None:
    @QUICK
    @given(case=mutated_file(kind, max_tree=2, max_text=1))
    def prop(case) -> None:
        _data_case(case)

    prop()


@pytest.mark.slow
@LONG
@given(case=mutated_file("transcript", max_tree=5, max_text=3))
def test_mutated_transcript_replay_long(case) -> None:
    _transcript_case(case)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["script", "kb", "lexicon"])
def test_mutated_data_in_training_long(kind: str) -> None:
    @LONG
    @given(case=mutated_file(kind, max_tree=4, max_text=1))
    def prop(case) -> None:
        _data_case(case)

    prop()


# --- replies through the API ----------------------------------------------------------------

#: Longest reply tried (twice the API's cap): a longer one is refused, but not slowly.
MAX_TEXT = 4_000

_ODD = st.characters(codec=None, categories=["Cc", "Cf", "Cs", "Co", "Zs", "Zl", "Zp", "Mn", "So"])
replies = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=_ODD, max_size=100),
    st.text(alphabet=st.characters(codec=None), max_size=300),
    st.builds(
        lambda chunk, n: (chunk * n)[:MAX_TEXT],
        st.one_of(st.text(min_size=1, max_size=12), st.sampled_from(["退款", "a", "sorry ", "亲"])),
        st.integers(1, MAX_TEXT),
    ),
    st.sampled_from(
        [
            "非常抱歉" * 1000,
            "¯" * 2000,
            "a " * 1000,
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaa!",
            "我给您退一赔三" + "，" * 1900,
            "9" * 1999 + "元",
            "三" * 1999 + "天",
            "\x1b[31m抱歉\x1b[0m",
            "\ud800\udfff",
            "支付宝转账" * 400,
        ]
    ),
)
elapsed = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-10, 10**15),
    st.sampled_from([True, None, "30", 0, 1e308]),
)
SCRIPTS = sorted(p.stem for p in (SCENARIOS / "roleplay").glob("*.yaml"))


def play(script_id: str, turns: list[tuple[str, object]]) -> dict:
    """Child body: play replies with the API; only InputError may come out."""
    from simulator.common.data import roleplay_dir
    from simulator.common.errors import InputError, KefuLabError
    from simulator.roleplay import Practice, load_script
    from simulator.roleplay.moves import classify

    practice = Practice(None, "fz", load_script(roleplay_dir() / f"{script_id}.yaml"), seed=0)
    answered = 0
    for text, secs in turns:
        classify(text, None)  # the public reader, language detected
        if practice.finished:
            break
        try:
            result = practice.reply(text, secs)  # type: ignore[arg-type]
        except InputError as exc:
            if "\n" in str(exc):
                return {"status": "multi-line error", "message": str(exc)}
            continue
        except KefuLabError:
            break
        answered += 1
        str(result)
    practice.finish()
    return {"status": "ok", "answered": answered}


def _replies_case(script_id: str, turns) -> None:
    res = run_isolated(play, script_id, turns)
    shown = [(t[:80], len(t), s) for t, s in turns]
    assert res.status == "ok", f"{res.status}: {res.message[-1500:]}\nscript {script_id}: {shown}"


@QUICK
@example(script_id=SCRIPTS[0], turns=[("¯" * 2000, 30.0)])  # once quadratic (finding F7)
@given(
    script_id=st.sampled_from(SCRIPTS),
    turns=st.lists(st.tuples(replies, elapsed), min_size=1, max_size=3),
)
def test_replies_to_the_trainer_quick(script_id, turns) -> None:
    _replies_case(script_id, turns)


@pytest.mark.slow
@LONG
@given(
    script_id=st.sampled_from(SCRIPTS),
    turns=st.lists(st.tuples(replies, elapsed), min_size=1, max_size=8),
)
def test_replies_to_the_trainer_long(script_id, turns) -> None:
    _replies_case(script_id, turns)
