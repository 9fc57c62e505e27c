"""The statistical reader: corpus, determinism, fast path, how it combines with the rules, CV floor."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from simulator.common.data import corpus_dir
from simulator.common.errors import InputError
from simulator.roleplay.lexicon import load_lexicon
from simulator.roleplay.moves import MOVES, _clauses, classify, detect_language, read_reply
from simulator.roleplay.reader import MAX_CLAUSES, model_for, prepare, train_model
from simulator.roleplay.reader_corpus import LabelledReply, load_corpus, reply_language, writer_of
from simulator.roleplay.textnorm import normalise

CORPUS = load_corpus()


def test_corpus_is_shipped_large_and_labelled_with_known_moves():
    assert sorted(p.name for p in corpus_dir().glob("*.yaml"))  # found through the package
    by_lang = Counter(r.lang for r in CORPUS)
    assert by_lang["zh"] >= 1500 and by_lang["en"] >= 400, by_lang
    for lang in ("zh", "en"):
        counts = Counter(m for r in CORPUS if r.lang == lang for m in r.moves)
        assert set(counts) == set(MOVES), set(MOVES) - set(counts)
        assert min(counts.values()) >= 8, counts
    assert all(r.moves <= set(MOVES) for r in CORPUS)
    texts = [" ".join(r.text.split()).lower() for r in CORPUS]
    assert len(texts) == len(set(texts))  # a repeated reply counts once


def test_corpus_language_rule_is_the_classifiers():
    for r in CORPUS:
        assert reply_language(r.text) == detect_language(r.text), r.text
    for text in (
        "ok",
        "亲,在的",
        "I'm sorry about the 声浪 Pro earbuds",
        "声浪 Pro 续航8小时",
        "🙂",
    ):
        assert reply_language(text) == detect_language(text)


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_corpus_folder_reads_every_yaml_file_in_name_order(tmp_path):
    _write(tmp_path, "b.yaml", 'replies:\n  - text: "您好"\n    moves: [greeting]\n')
    _write(tmp_path, "a.yaml", 'replies:\n  - text: "sorry!"\n    moves: [apology]\n')
    _write(tmp_path, "notes.txt", "not read")
    replies = load_corpus(tmp_path)
    assert [(r.text, r.lang, r.source) for r in replies] == [
        ("sorry!", "en", "a.yaml"),
        ("您好", "zh", "b.yaml"),
    ]
    assert load_corpus(tmp_path, lang="zh")[0].moves == frozenset({"greeting"})


@pytest.mark.parametrize(
    ("body", "where"),
    [
        (
            'replies:\n  - text: "您好"\n    moves: [greetings]\n',
            r"bad\.yaml:3: replies\[0\]\.moves",
        ),
        ('replies:\n  - text: "您好"\n    moves: [greeting\n', r"bad\.yaml:\d+: invalid YAML"),
        ('replies:\n  - text: ""\n    moves: []\n', r"bad\.yaml:2: replies\[0\]\.text"),
        ('replies:\n  - text: "x"\n    moves: []\n    hours: .nan\n', r"bad\.yaml:4: "),
    ],
)
def test_a_malformed_corpus_file_is_a_one_line_input_error(tmp_path, body, where):
    _write(tmp_path, "good.yaml", 'replies:\n  - text: "您好"\n    moves: [greeting]\n')
    _write(tmp_path, "bad.yaml", body)
    with pytest.raises(InputError) as err:
        load_corpus(tmp_path)
    assert "\n" not in str(err.value)
    assert re.search(where, str(err.value)), str(err.value)


SAMPLE = [r for r in CORPUS if r.lang == "zh"][:300]
PROBES = [
    "非常抱歉让您久等了",
    "您好,包裹在转运中心滞留了,明天给您答复",
    "今天天气不错",
    "物流慢不是我们的问题",
]


def test_training_is_deterministic():
    a, b = train_model("zh", SAMPLE), train_model("zh", SAMPLE)
    assert np.array_equal(a.weights, b.weights) and np.array_equal(a.bias, b.bias)
    for text in PROBES:
        assert a.probabilities(text) == b.probabilities(text)
        assert read_reply(text, "zh", model=a) == read_reply(text, "zh", model=b)


_DETERMINISM = """
import json, sys
from simulator.roleplay.reader import train_model
from simulator.roleplay.reader_corpus import load_corpus
model = train_model("zh", [r for r in load_corpus() if r.lang == "zh"][:300])
print(json.dumps([model.probabilities(t) for t in json.loads(sys.argv[1])]))
"""


def test_training_gives_the_same_model_in_another_process():
    # another hash seed: nothing may depend on set or dict-of-str ordering across processes
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", _DETERMINISM, json.dumps(PROBES)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    here = train_model("zh", SAMPLE)
    assert json.loads(out) == [here.probabilities(t) for t in PROBES]


def test_a_move_in_one_clause_of_a_long_reply_is_not_drowned():
    model = model_for("zh")
    norm = "亲您好,在的,这边看了一下,仓库那边说这批货在路上耽误了两天,明天给您回个电话"
    spans = _clauses(norm, load_lexicon("zh"))
    assert len(spans) == 5
    whole = model.probabilities(norm, normalised=True)
    read = model.probabilities(norm, normalised=True, clauses=spans)
    assert read["off_topic"] == whole["off_topic"]
    assert all(read[m] >= whole[m] for m in MOVES)
    assert any(read[m] > whole[m] + 0.01 for m in MOVES)
    # a reply of more clauses (a numbered list, clauses run on with spaces) is read in
    # MAX_CLAUSES runs of neighbouring clauses: the same as those runs given as its clauses
    many = [(i, i + 1) for i in range(2 * MAX_CLAUSES)]
    runs = [(2 * i, 2 * i + 2) for i in range(MAX_CLAUSES)]
    assert model.probabilities(norm, normalised=True, clauses=many) == model.probabilities(
        norm, normalised=True, clauses=runs
    )


def test_a_move_in_one_part_of_a_reply_of_many_clauses_is_not_drowned():
    """A merged reply with a numbered plan: more clauses than MAX_CLAUSES, and the handover to
    the supervisor in its last part was vetoed when such a reply was read whole."""
    text = (
        "刘女士,新锅一到就裂盖带坑,还搭上半天假,太糟心了。打包是我们没做好,麻烦拍下锅盖和内胆发我。"
        "照片收到,分三步:1. 新锅今天从仓库发出,京东快递明天上门送新取旧,您不用再请假;"
        "2. 我权限内给您补一张30元无门槛券,已到账;"
        "3. 500元超出我的权限,我现在提交主管特批,今天下午5点前给您结果。"
    )
    norm = normalise(text)[0]
    assert len(_clauses(norm, load_lexicon("zh"))) > MAX_CLAUSES
    assert "escalate_to_supervisor" in {m.name for m in read_reply(text, "zh").moves}


def test_a_different_corpus_gives_a_different_model():
    a, b = train_model("zh", SAMPLE), train_model("zh", SAMPLE[:-50])
    assert not np.array_equal(a.bias, b.bias)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_fast_scoring_equals_sklearn_transform(lang):
    model = model_for(lang)
    texts = [prepare(r.text) for r in CORPUS if r.lang == lang][::9] + [prepare("")]
    slow = np.asarray(model.features(texts) @ model.weights) + model.bias
    fast = np.array([model.score(t) for t in texts])
    assert np.allclose(slow, fast, rtol=0, atol=1e-9)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_word_by_word_ngrams_are_the_analyzers(lang):
    """The English character n-grams, read word by word and kept per word, are sklearn's
    ``char_wb`` analyzer's, in its order (odd spacing, one-letter words, long words)."""
    model = model_for(lang)
    texts = [prepare(r.text) for r in CORPUS if r.lang == lang][::7]
    texts += ["", " ", "a", "a  b\tc\n", "?! x", "supercalifragilistic  ok", "好 的 亲"]
    for block in model.blocks:
        for text in texts * 2:  # the second time from the words kept
            slow = [block.vocabulary[g] for g in block.analyzer(text) if g in block.vocabulary]
            assert block.columns(text) == slow, text
    assert any(b.word_ngrams for b in model.blocks) == (lang == "en")


def test_shipped_model_is_cached_and_trained_on_the_corpus():
    assert model_for("zh") is model_for("zh")
    assert model_for("zh").trained_on == sum(r.lang == "zh" for r in CORPUS)
    assert model_for("en").train_seconds > 0


class _Stub:
    """A model that answers fixed probabilities (0.01 for the moves not named)."""

    def __init__(self, best: int = 0, **probs: float) -> None:
        self.probs = {m: probs.get(m, 0.01) for m in MOVES}
        self.best = best

    def probabilities(self, text: str, normalised: bool = False, clauses=()) -> dict[str, float]:
        return dict(self.probs)

    def best_span(self, move, spans, norm) -> int:
        return min(self.best, len(spans) - 1)


def _names(reading) -> list[str]:
    return [m.name for m in reading.moves]


def test_a_move_only_the_model_finds_is_read_with_its_best_clause_as_evidence():
    text = "嗯嗯,这批货在仓库压了两天,今天补上"
    assert "explain_cause" not in _names(read_reply(text, "zh", rules_only=True))
    reading = read_reply(text, "zh", model=_Stub(best=1, explain_cause=0.9))
    (cause,) = [m for m in reading.moves if m.name == "explain_cause"]
    assert cause.evidence == "这批货在仓库压了两天"
    assert text[cause.start : cause.start + len(cause.evidence)] == cause.evidence


def test_a_followup_only_the_model_finds_takes_the_time_of_its_clause():
    text = "行,周五下午我这边再跟您说一声"
    reading = read_reply(text, "zh", model=_Stub(best=1, promise_followup=0.95))
    (promise,) = [m for m in reading.moves if m.name == "promise_followup"]
    assert promise.hours is not None and promise.hours > 24


def test_a_rule_hit_the_model_vetoes_is_dropped():
    text = "非常抱歉让您久等了"
    assert _names(read_reply(text, "zh", rules_only=True)) == ["apology"]
    assert _names(read_reply(text, "zh", model=_Stub(apology=0.01))) == []
    kept = read_reply(text, "zh", model=_Stub(apology=0.35))  # mild doubt: kept, but unsure
    assert _names(kept) == ["apology"] and kept.unsure and kept.doubtful == ("apology",)
    sure = read_reply(text, "zh", model=_Stub(apology=0.97))
    assert _names(sure) == ["apology"] and not sure.unsure


def test_the_model_cannot_add_a_move_its_rules_guard_against():
    text = "You'll have to cover the return shipping yourself."
    reading = read_reply(text, "en", model=_Stub(offer_compensation=0.99))
    assert "offer_compensation" not in _names(reading)


def test_off_topic_needs_rules_and_model_to_agree():
    agreed = read_reply("今天天气真好哈哈", "zh", model=_Stub(off_topic=0.9))
    assert _names(agreed) == ["off_topic"] and not agreed.unsure
    doubted = read_reply("今天天气真好哈哈", "zh", model=_Stub(off_topic=0.05))
    assert _names(doubted) == [] and doubted.unsure  # not read as off topic: the reader doubts
    relevant = read_reply("这款续航8小时", "zh", model=_Stub(off_topic=0.9))
    assert _names(relevant) == []  # a product fact is relevant, never off topic
    # small talk the rules read as a question: the model rates off_topic above the question
    text = "亲最近有没有看世界杯?"
    assert _names(read_reply(text, "zh", rules_only=True)) == ["ask_clarifying_question"]
    chat = read_reply(text, "zh", model=_Stub(off_topic=0.8, ask_clarifying_question=0.4))
    assert _names(chat) == ["off_topic"]
    asked = read_reply(text, "zh", model=_Stub(off_topic=0.4, ask_clarifying_question=0.3))
    assert _names(asked) == ["ask_clarifying_question"]
    # off_topic must beat every move, even one too unsure to be read: empathy the rules missed
    feel = read_reply(
        "唉这也太扫兴了吧", "zh", model=_Stub(off_topic=0.5, acknowledge_emotion=0.55)
    )
    assert _names(feel) == [] and feel.unsure
    assert _names(read_reply("唉这也太扫兴了吧", "zh", model=_Stub(off_topic=0.5))) == ["off_topic"]


def test_reading_reports_language_and_classify_is_its_moves():
    for text, lang in [("非常抱歉让您久等了", "zh"), ("Sorry for the wait!", "en")]:
        reading = read_reply(text)
        assert reading.language == lang
        assert classify(text) == list(reading.moves)
        assert set(reading.probabilities) == set(MOVES)
    wrong = read_reply("Sorry for the wait!", "zh")  # the script's language is zh
    assert wrong.language == "en"
    empty = read_reply("   ")
    assert empty.moves == () and empty.unsure


def _leave_one_writer_out(replies: list[LabelledReply]) -> tuple[float, float]:
    tp = fp = fn = false_off = 0
    for lang in ("zh", "en"):
        data = [r for r in replies if r.lang == lang]
        for writer in sorted({writer_of(r.source) for r in data}):
            train = [r for r in data if writer_of(r.source) != writer]
            model = train_model(lang, train, kinds=False)  # moves only: faster
            for r in data:
                if writer_of(r.source) != writer:
                    continue
                got = set(_names(read_reply(r.text, lang, model=model)))
                tp += len(got & r.moves)
                fp += len(got - r.moves)
                fn += len(r.moves - got)
                false_off += "off_topic" in got - r.moves
    return 2 * tp / (2 * tp + fp + fn), false_off / len(replies)


def test_corpus_files_group_by_writer():
    assert writer_of("replies_zh.yaml") == writer_of("replies_en.yaml") == "W-corpus"
    assert writer_of("replies2_en.yaml") == "W-corpus2" != writer_of("replies3_en.yaml")
    assert writer_of("labelled_replies.yaml") == writer_of("corpus_tune_zh.yaml")
    assert writer_of("mine.yaml") == "mine.yaml"  # an unknown file is its own writer
    assert len({writer_of(r.source) for r in CORPUS}) >= 3


def test_reading_a_writer_left_out_stays_above_its_floor():
    # measured (benchmarks/bench_classifier.py, leaving one writer out): micro F1 0.88 pooled
    # (0.77-0.94 per writer), false off_topic 0.3% on 4,320 replies by four writers. One SE of micro F1 over ~5,800
    # labels is ~0.005: the floor 0.80 is over 10 SE below, so only a real regression (or a
    # badly labelled corpus batch) trips it.
    micro_f1, false_off = _leave_one_writer_out(CORPUS)
    assert micro_f1 >= 0.80, micro_f1
    assert false_off <= 0.03, false_off
