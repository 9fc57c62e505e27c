"""The trained reader saved between runs: read back equal, keyed by corpus and code, never trusted
when unusable, and never able to run code (no pickle)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from simulator.common.data import corpus_dir
from simulator.common.errors import InputError
from simulator.roleplay import reader, reader_cache, reader_corpus
from simulator.roleplay.reader_cache import KEEP, cache_dir, model_key, read_arrays, write_arrays

PROBES = [
    "亲,非常抱歉让您久等了,是我们发错了货,明天下午3点前给您回电话",
    "给您补一张20元无门槛券,您看可以吗?",
    "I'm so sorry, that's on us. I'll refund $15 and check back with you tomorrow morning.",
    "",
]


@pytest.fixture
def small_corpus(tmp_path, monkeypatch):
    """A corpus of two shipped files, and a cache folder, in place of the shipped ones."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("replies_en.yaml", "replies_zh.yaml"):
        shutil.copy(corpus_dir() / name, folder / name)
    monkeypatch.setattr(reader_cache, "corpus_dir", lambda: folder)
    monkeypatch.setattr(reader_corpus, "corpus_dir", lambda: folder)
    monkeypatch.setenv("KEFULAB_CACHE_DIR", str(tmp_path / "cache"))
    reader.model_for.cache_clear()
    yield folder
    reader.model_for.cache_clear()


def _scores(model) -> np.ndarray:
    return np.array([model.score(reader.prepare(t)) for t in PROBES])


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_saved_model_reads_exactly_as_the_trained_one(small_corpus, lang):
    trained = reader.model_for(lang)
    saved = list((small_corpus.parent / "cache").glob(f"reader-{lang}-*.npz"))
    assert len(saved) == 1
    reader.model_for.cache_clear()
    loaded = reader.model_for(lang)
    assert loaded is not trained
    assert np.array_equal(_scores(loaded), _scores(trained))  # bit for bit
    assert np.array_equal(loaded.weights, trained.weights)
    assert loaded.trained_on == trained.trained_on
    texts = [reader.prepare(t) for t in PROBES]  # sklearn's transform still works on it
    assert np.allclose(loaded.features(texts).toarray(), trained.features(texts).toarray())


def test_a_saved_model_is_used_instead_of_training(small_corpus, monkeypatch):
    first = reader.model_for("en")
    reader.model_for.cache_clear()

    def no_training(*_):
        raise AssertionError("trained again although a saved model fits")

    monkeypatch.setattr(reader, "train_model", no_training)
    assert np.array_equal(_scores(reader.model_for("en")), _scores(first))


def test_a_changed_corpus_or_code_gets_another_key(small_corpus, tmp_path):
    before = model_key("zh")
    assert model_key("en") != before
    path = small_corpus / "replies_zh.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert model_key("zh") != before
    # the code is part of the key: the same corpus next to another copy of the code differs
    code = tmp_path / "code"
    code.mkdir()
    (code / "x.py").write_text("A = 1\n")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(reader_cache, "_CODE", (code,))
        one = model_key("zh")
        (code / "x.py").write_text("A = 2\n")
        assert model_key("zh") != one


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(b"not a zip"),
        lambda p: p.write_bytes(p.read_bytes()[:200]),
        lambda p: p.write_bytes(b""),
    ],
    ids=["garbage", "truncated", "empty"],
)
def test_an_unusable_saved_model_is_trained_again_and_replaced(small_corpus, damage):
    trained = reader.model_for("en")
    (path,) = (small_corpus.parent / "cache").glob("reader-en-*.npz")
    damage(path)
    reader.model_for.cache_clear()
    again = reader.model_for("en")
    assert np.array_equal(_scores(again), _scores(trained))
    assert read_arrays("en", model_key("en"), path.parent) is not None  # rewritten whole


def test_arrays_that_do_not_fit_the_code_are_not_used(small_corpus):
    model = reader.model_for("en")
    arrays = reader._to_arrays(model)
    assert reader._from_arrays("en", arrays) is not None
    assert reader._from_arrays("en", {**arrays, "weights": arrays["weights"][:-1]}) is None
    assert reader._from_arrays("en", {**arrays, "moves": arrays["moves"][::-1]}) is None
    assert reader._from_arrays("en", {k: v for k, v in arrays.items() if k != "idf1"}) is None
    assert reader._from_arrays("zh", arrays) is None  # one block, not two: shapes differ


def test_a_file_holding_objects_is_refused_not_unpickled(tmp_path):
    path = tmp_path / "reader-en-k.npz"
    np.savez(path, weights=np.array([{"x": 1}], dtype=object))
    assert read_arrays("en", "k", tmp_path) is None


def test_a_folder_that_cannot_be_written_is_skipped(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    write_arrays("en", "k", blocker / "sub", {"a": np.zeros(2)})  # no error
    assert read_arrays("en", "k", blocker / "sub") is None
    assert not list(tmp_path.glob(".*tmp"))


def test_where_the_cache_lives():
    home = Path("/home/li")
    assert cache_dir({}, "linux", home) == home / ".cache" / "kefulab"
    assert cache_dir({"XDG_CACHE_HOME": "/c"}, "linux", home) == Path("/c/kefulab")
    assert cache_dir({"LOCALAPPDATA": "C:/L"}, "win32", home) == Path("C:/L/kefulab")
    assert cache_dir({"KEFULAB_CACHE_DIR": "/k", "XDG_CACHE_HOME": "/c"}, "linux", home) == Path(
        "/k"
    )
    assert cache_dir({"KEFULAB_CACHE_DIR": ""}, "linux", home) is None
    assert read_arrays("en", "k", None) is None
    write_arrays("en", "k", None, {"a": np.zeros(1)})  # no cache: nothing written, no error


def test_each_language_keeps_its_newest_models_and_no_dead_temporary_files(tmp_path):
    for age, key in enumerate(["d", "c", "b", "a"]):  # "a" oldest
        write_arrays("en", key, tmp_path, {"a": np.zeros(1)})
        os.utime(tmp_path / f"reader-en-{key}.npz", (1e9 - age, 1e9 - age))
    write_arrays("zh", "z", tmp_path, {"a": np.zeros(1)})
    dead, alive = tmp_path / ".reader-en-dead.tmp", tmp_path / ".reader-en-alive.tmp"
    dead.write_bytes(b"")
    alive.write_bytes(b"")
    os.utime(dead, (1e9, 1e9))
    write_arrays("en", "e", tmp_path, {"a": np.ones(1)})
    names = sorted(p.name for p in tmp_path.iterdir())
    kept = [f"reader-en-{k}.npz" for k in ("c", "d", "e")][:KEEP]
    assert KEEP == 3
    assert names == sorted([".reader-en-alive.tmp", *kept, "reader-zh-z.npz"])


def test_no_source_to_hash_means_no_cache(small_corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(reader_cache, "_CODE", (tmp_path / "nothing",))
    assert model_key("en") is None
    reader.model_for("en")
    assert not list((small_corpus.parent / "cache").glob("*.npz"))


def test_two_threads_asking_at_once_make_the_reader_once(small_corpus, monkeypatch):

    made = []
    train = reader.train_model

    def counted(lang, replies):
        made.append(lang)
        return train(lang, replies)

    monkeypatch.setattr(reader, "train_model", counted)
    monkeypatch.setenv("KEFULAB_CACHE_DIR", "")  # no saved model: both would train
    background = reader.warm_up("en")
    here = reader.model_for("en")
    background.join(timeout=120)
    assert not background.is_alive()
    assert made == ["en"] and reader.model_for("en") is here


def test_a_warm_up_that_fails_leaves_the_error_to_the_next_call(small_corpus):
    (small_corpus / "replies_en.yaml").write_text("replies: [{text: hi, moves: [hug]}]\n")
    reader.warm_up("en").join(timeout=60)  # no traceback printed, nothing raised here
    with pytest.raises(InputError, match="replies_en.yaml"):
        reader.model_for("en")
