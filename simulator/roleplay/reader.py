"""The statistical reader: an n-gram linear model that backs the rule-based move classifier.

Per language, one logistic regression per move (multi-label, balanced class weights) over
TF-IDF n-grams of the normalised reply: Chinese character 1-3-grams; English character
2-5-grams inside word boundaries plus word 1-2-grams. Digits are folded to ``0`` (``20元`` and
``50元`` are the same evidence). A reply of several clauses is also scored clause by clause
(:meth:`ReplyModel.probabilities`). The model is trained at first use from the shipped labelled
corpus (:mod:`simulator.roleplay.reader_corpus`), kept in memory, and saved as plain arrays for
the next start (:mod:`simulator.roleplay.reader_cache`: no pickle, keyed by the corpus and the
code, so a saved model is only used while it equals the one training would give). Training is
deterministic: a fixed solver (liblinear, primal, ``random_state=0``), files in name order, no
global random state.

:func:`simulator.roleplay.moves.read_reply` combines the model with the rules; this module only
scores. The decision thresholds, class weights, regularisation and features below were chosen on
the training corpus only (``benchmarks/bench_classifier.py --cv-only``: leaving one writer out),
never on the held-out files. Reading one reply does not go through sklearn's
``transform`` (about 1 ms of overhead): :class:`_Block` replays the same analyzer, TF and IDF on
a dictionary, equal to ``transform`` to 1e-9 (``tests/roleplay/test_reader.py``).
"""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from simulator.common.errors import KefuLabError
from simulator.roleplay.lexicon import MOVES, load_lexicon
from simulator.roleplay.reader_cache import cache_dir, model_key, read_arrays, write_arrays
from simulator.roleplay.reader_corpus import LabelledReply, load_corpus
from simulator.roleplay.textnorm import fold

__all__ = [
    "THRESHOLDS",
    "ReplyModel",
    "Thresholds",
    "model_for",
    "ready_to_read",
    "train_model",
    "warm_up",
]


@dataclass(frozen=True)
class Thresholds:
    """How rules and model are combined (chosen on cross-validation of the training corpus)."""

    veto: float  # a move the rules found is dropped when the model gives it less than this
    add: float  # a move the rules missed is added when the model gives it at least this
    off_topic: float  # off_topic needs nothing relevant and at least this probability
    doubt: float  # rules and model disagree "in the middle" from this probability up to ``add``
    # ...a rule hit only below this: read moves the model rates 0.45-0.5 are right as often as
    # sure ones (2-fold CV: 83% exact over 30 replies against 83% zh, 78% en; 0.3-0.45: 61%)
    doubt_read: float = 0.45
    # off_topic over moves the rules read (small talk taken for a question) needs at least this
    off_topic_over: float = 0.6
    # a compensation offer the rules read with its kind or value is vetoed below this only
    veto_offer: float = 0.05
    # ...and so is a hit of a move's ``firm`` patterns (lexicon: a reading specific enough that
    # most writers label it so), unless the move's own veto is lower already
    veto_firm: float = 0.05
    # an offer the model alone reads, with no money and no offer the rules can name, needs this
    offer_alone: float = 0.9
    # moves whose rule hits need a surer veto than ``veto`` (the model learnt few of their forms)
    veto_by_move: dict[str, float] = field(default_factory=lambda: {"acknowledge_emotion": 0.02})
    # an offer read with no kind, sum or multiple takes a kind the model gives at least this
    # (writers left out, 2,565 offers in nine groups: +12 offers right at 0.95, +15 from 0.85 to
    # 0.7, no group worse)
    kind_named: float = 0.85
    # moves the model alone adds from a lower probability than ``add``
    add_by_move: dict[str, float] = field(default_factory=dict)


#: Per language, chosen by leaving one writer out (``benchmarks/bench_classifier.py --cv-only``:
#: the corpus files group by writer; train on the others, read the one left out, as new text
#: by a new hand will be). One pair of thresholds per language, shared by every move: thresholds
#: chosen per move did worse on the writer left out than shared ones. The per-move models are
#: trained with balanced class weights, so their probabilities run high; hence ``add`` 0.65
#: (0.6 to 0.7 read the writers left out about as well; 0.65 was best for the newest two).
#: The English rules are trusted more (a veto only when the model is all but sure).
#: explain_cause and take_responsibility are added from 0.55: the forms of a cause and of owning
#: the case are the most varied, and two writers new on 2026-12-02, read by the model before they
#: joined the corpus, had recall 0.58/0.45 (causes) and 0.78/0.63 (ownership) at 0.65; at 0.55
#: +0.06/+0.06 and +0.04/+0.05, micro F1 +0.003, while three groups of writers left out lost at
#: most 0.002 of micro F1.
_ADD_BY_MOVE = {"explain_cause": 0.55, "take_responsibility": 0.55}
THRESHOLDS = {
    "zh": Thresholds(veto=0.2, add=0.65, off_topic=0.4, doubt=0.3, add_by_move=_ADD_BY_MOVE),
    "en": Thresholds(veto=0.02, add=0.65, off_topic=0.4, doubt=0.3, add_by_move=_ADD_BY_MOVE),
}

#: Inverse regularisation strength of the per-move logistic regressions, per language (the
#: English corpus is smaller: a stronger prior generalises better across writers).
_C = {"zh": 30.0, "en": 10.0}
#: Columns beside the moves: the kind of compensation offered (``kind:coupon`` ...), trained on
#: the replies that offer compensation only. They name the kind of an offer the model reads that
#: the rules cannot name ("仓库多寄了一个给您,不用退": a gift); see ``moves._named_kinds``.
OFFER_KINDS = ("coupon", "cash", "refund", "full_refund", "free_return_shipping", "gift")
KIND_COLUMNS = tuple(f"kind:{k}" for k in OFFER_KINDS)
COLUMNS = (*MOVES, *KIND_COLUMNS)
#: Clauses scored one by one at most (see :meth:`ReplyModel.probabilities`).
MAX_CLAUSES = 16
_DIGIT = re.compile(r"\d")


def prepare(text: str, normalised: bool = False) -> str:
    """The text the model sees: normalised (width, case), digits as ``0``, spaces collapsed.

    ``normalised``: ``text`` is already :func:`~simulator.roleplay.textnorm.fold`-ed.
    """
    return _DIGIT.sub("0", " ".join((text if normalised else fold(text)).split()))


def _vectorizers(lang: str) -> list[TfidfVectorizer]:
    common = {"sublinear_tf": True, "lowercase": False, "dtype": np.float64}
    if lang == "zh":
        return [TfidfVectorizer(analyzer="char", ngram_range=(1, 3), min_df=2, **common)]
    return [
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, **common),
        TfidfVectorizer(
            analyzer="word", ngram_range=(1, 2), token_pattern=r"(?u)\b\w+\b|[?!]", **common
        ),
    ]


@dataclass(frozen=True)
class _Block:
    """One vectorizer, flattened for reading one reply fast (sklearn's transform costs ~1 ms)."""

    analyzer: Callable[[str], list[str]]
    vocabulary: dict[str, int]
    idf: np.ndarray
    offset: int  # first column of this block in the weight matrix
    # character n-grams inside word boundaries: (shortest, longest) n, read word by word
    word_ngrams: tuple[int, int] | None = None
    # a word's n-grams' columns, in the analyzer's order (a reply's clauses and the next replies
    # repeat its words)
    _words: dict[str, list[int]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, vectorizer: TfidfVectorizer, offset: int) -> _Block:
        plain = not vectorizer.lowercase and vectorizer.strip_accents is None
        by_word = vectorizer.analyzer == "char_wb" and plain and vectorizer.preprocessor is None
        return cls(
            vectorizer.build_analyzer(),
            vectorizer.vocabulary_,
            vectorizer.idf_,
            offset,
            tuple(vectorizer.ngram_range) if by_word else None,
        )

    def columns(self, text: str) -> list[int]:
        """The block's columns of the analyzer's n-grams of ``text`` (those in the vocabulary), in
        its order, repeated as the n-grams are."""
        vocabulary = self.vocabulary
        if self.word_ngrams is None:
            return [c for c in map(vocabulary.get, self.analyzer(text)) if c is not None]
        out: list[int] = []
        for word in text.split():
            known = self._words.get(word)
            if known is None:
                if len(self._words) >= _WORDS:
                    self._words.clear()
                grams = map(vocabulary.get, _word_grams(word, *self.word_ngrams))
                known = self._words[word] = [c for c in grams if c is not None]
            out += known
        return out

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Columns and values of ``text``: sublinear TF times IDF, L2-normalised per block."""
        counts = Counter(self.columns(text))
        if not counts:
            return np.zeros(0, int), np.zeros(0)
        cols = np.fromiter(counts, int, len(counts))
        values = (1.0 + np.log(np.fromiter(counts.values(), float, len(counts)))) * self.idf[cols]
        return cols + self.offset, values / np.sqrt(values @ values)


#: Words whose n-grams a block keeps.
_WORDS = 8192


def _word_grams(word: str, shortest: int, longest: int) -> list[str]:
    """The character n-grams of one word padded with a space each side, as sklearn's ``char_wb``
    analyzer gives them (a word shorter than n gives itself once)."""
    w = f" {word} "
    out = []
    for n in range(shortest, longest + 1):
        out += [w[i : i + n] for i in range(max(len(w) - n, 0) + 1)]
        if len(w) <= n:
            break
    return out


@dataclass(frozen=True)
class ReplyModel:
    """A trained reader for one language: vectorizers plus one weight column per move."""

    lang: str
    vectorizers: tuple[TfidfVectorizer, ...]
    weights: np.ndarray  # (n_features, n_moves), dense for fast products
    bias: np.ndarray  # (n_moves,)
    moves: tuple[str, ...]  # the column order (every move of MOVES, then KIND_COLUMNS)
    trained_on: int  # labelled replies
    train_seconds: float
    blocks: tuple[_Block, ...] = field(default=(), repr=False)
    # the last texts scored: a reply's clauses are scored again to quote the one making a move
    _scored: dict[str, np.ndarray] = field(default_factory=dict, repr=False, compare=False)

    def features(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """TF-IDF features of already :func:`prepare`-d texts (blocks side by side)."""
        blocks = [v.transform(texts) for v in self.vectorizers]
        return blocks[0] if len(blocks) == 1 else sparse.hstack(blocks, format="csr")

    def score(self, prepared: str) -> np.ndarray:
        """Decision values (log-odds) of every move for one :func:`prepare`-d text (read-only)."""
        if (known := self._scored.get(prepared)) is not None:
            return known
        out = self.bias.copy()
        for block in self.blocks:
            cols, values = block.vector(prepared)
            if len(cols):
                out += values @ self.weights[cols]
        out.flags.writeable = False
        if len(self._scored) >= _SCORED:
            self._scored.clear()
        self._scored[prepared] = out
        return out

    def probabilities(
        self, text: str, normalised: bool = False, clauses: Sequence[tuple[int, int]] = ()
    ) -> dict[str, float]:
        """The probability of every move for one reply (prepared here; see :func:`prepare`).

        ``clauses``: spans of ``text`` (which must then be normalised). With more than one, a
        move's probability is the mean of the whole reply's and the larger of that and its best
        clause's: a move made in one clause of a long reply is not drowned by the other clauses
        (``off_topic`` stays the whole reply's). A reply of more than :data:`MAX_CLAUSES` clauses
        (a numbered list, clauses run on with spaces) is scored in that many runs of neighbouring
        clauses, so reading stays fast and a move in one part is still not drowned.
        """
        probs = _sigmoid(self.score(prepare(text, normalised)))
        if len(clauses) > MAX_CLAUSES:
            n = len(clauses)
            cuts = [i * n // MAX_CLAUSES for i in range(MAX_CLAUSES + 1)]
            runs = zip(cuts[:-1], cuts[1:], strict=True)
            clauses = [(clauses[a][0], clauses[b - 1][1]) for a, b in runs]
        if len(clauses) > 1:
            text = text if normalised else fold(text)
            best = _sigmoid(np.max([self.score(prepare(text[a:b], True)) for a, b in clauses], 0))
            best[self.moves.index("off_topic")] = 0.0
            probs = (probs + np.maximum(probs, best)) / 2
        return dict(zip(self.moves, probs.tolist(), strict=True))

    def best_span(self, move: str, spans: Sequence[tuple[int, int]], norm: str) -> int:
        """Index of the span of ``norm`` (a clause) that on its own scores highest for ``move``."""
        if len(spans) <= 1:
            return 0
        column = self.moves.index(move)
        values = [self.score(prepare(norm[a:b], True))[column] for a, b in spans]
        return int(np.argmax(values))


#: Texts whose scores a model keeps (a long reply's clauses and the reply itself).
_SCORED = 64


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def train_model(lang: str, replies: Sequence[LabelledReply], *, kinds: bool = True) -> ReplyModel:
    """Fit the reader for ``lang`` on ``replies`` (those of another language are ignored);
    ``kinds=False`` leaves the kind columns untrained (they name no kind: moves only)."""
    start = time.perf_counter()
    data = [r for r in replies if r.lang == lang]
    texts = [prepare(r.text) for r in data]
    vectorizers = _vectorizers(lang)
    blocks = [v.fit_transform(texts) for v in vectorizers]
    x = blocks[0] if len(blocks) == 1 else sparse.hstack(blocks, format="csr")
    weights = np.zeros((x.shape[1], len(COLUMNS)))
    bias = np.full(len(COLUMNS), -10.0)  # a move never seen in training is never predicted
    offering = [i for i, r in enumerate(data) if r.offers and "offer_compensation" in r.moves]
    for j, move in enumerate(COLUMNS):
        rows: Sequence[int] | slice = slice(None)
        if move in KIND_COLUMNS:  # a kind, among the replies that offer compensation
            if not kinds:
                continue
            rows, kind = offering, move.split(":", 1)[1]
            y = np.array([any(k == kind for k, _a in data[i].offers) for i in rows], dtype=bool)
        else:
            y = np.fromiter((move in r.moves for r in data), dtype=bool, count=len(data))
        if y.all() or not y.any():
            continue
        clf = LogisticRegression(
            C=_C[lang],
            solver="liblinear",
            random_state=0,
            max_iter=1000,
            class_weight="balanced",  # rare moves weigh as much as common ones
        )
        clf.fit(x[rows], y)
        weights[:, j] = clf.coef_[0]
        bias[j] = clf.intercept_[0]
    offsets = np.cumsum([0] + [b.shape[1] for b in blocks])
    return ReplyModel(
        lang,
        tuple(vectorizers),
        weights,
        bias,
        COLUMNS,
        len(data),
        time.perf_counter() - start,
        tuple(_Block.of(v, int(o)) for v, o in zip(vectorizers, offsets, strict=False)),
    )


def _to_arrays(model: ReplyModel) -> dict[str, np.ndarray] | None:
    """``model`` as plain arrays (``None``: a term numpy's strings cannot hold, trailing NUL)."""
    arrays = {
        "weights": model.weights,
        "bias": model.bias,
        "moves": np.array(model.moves),
        "trained_on": np.array(model.trained_on),
        "train_seconds": np.array(model.train_seconds),
    }
    for i, vectorizer in enumerate(model.vectorizers):
        terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
        if any(term.endswith("\0") for term in terms):
            return None
        arrays[f"terms{i}"] = np.array(terms)
        arrays[f"idf{i}"] = vectorizer.idf_
    return arrays


def _from_arrays(lang: str, arrays: dict[str, np.ndarray]) -> ReplyModel | None:
    """The model saved as ``arrays`` by :func:`_to_arrays`, or ``None`` if they do not fit."""
    try:
        vectorizers = _vectorizers(lang)
        blocks, offset = [], 0
        for i, vectorizer in enumerate(vectorizers):
            terms, idf = arrays[f"terms{i}"], arrays[f"idf{i}"]
            if terms.dtype.kind != "U" or idf.dtype != np.float64 or idf.shape != terms.shape:
                return None
            terms = terms.tolist()
            if len(set(terms)) != len(terms):
                return None
            vectorizer.vocabulary_ = {term: j for j, term in enumerate(terms)}
            vectorizer.idf_ = idf
            blocks.append(_Block.of(vectorizer, offset))
            offset += len(terms)
        weights, bias = arrays["weights"], arrays["bias"]
        moves = tuple(arrays["moves"].tolist())
        if moves != COLUMNS or weights.dtype != np.float64 or bias.dtype != np.float64:
            return None
        if weights.shape != (offset, len(COLUMNS)) or bias.shape != (len(COLUMNS),):
            return None
        trained_on, seconds = int(arrays["trained_on"]), float(arrays["train_seconds"])
    except Exception:  # saved by other code: trained again  # noqa: BLE001
        return None
    return ReplyModel(
        lang, tuple(vectorizers), weights, bias, COLUMNS, trained_on, seconds, tuple(blocks)
    )


#: The readers made so far, and one lock per language: a second caller of a language being
#: made (the UI thread while a worker readies it) waits for it instead of making it again,
#: while a reader already made is returned without waiting for another language's.
_MADE: dict[str, ReplyModel] = {}
_MAKING: dict[str, threading.Lock] = {}


def _load_or_train(lang: str) -> ReplyModel:
    folder, key = cache_dir(), model_key(lang)
    arrays = read_arrays(lang, key, folder)
    model = _from_arrays(lang, arrays) if arrays is not None else None
    if model is None:
        model = train_model(lang, load_corpus(lang=lang))
        saved = _to_arrays(model)
        if saved is not None:
            write_arrays(lang, key, folder, saved)
    return model


def model_for(lang: str) -> ReplyModel:
    """The reader for ``lang`` (``zh`` or ``en``): saved from an earlier start, else trained on
    the shipped corpus and saved (:mod:`~simulator.roleplay.reader_cache`). Thread-safe.

    Raises:
        InputError: a shipped corpus file is malformed.
    """
    model = _MADE.get(lang)
    if model is None:
        with _MAKING.setdefault(lang, threading.Lock()):
            model = _MADE.get(lang)
            if model is None:
                model = _MADE[lang] = _load_or_train(lang)
    return model


model_for.cache_clear = _MADE.clear  # type: ignore[attr-defined]


def ready_to_read(lang: str) -> None:
    """Load what reading a ``lang`` reply first needs: the model and the compiled lexicon (a few
    seconds each in a new process)."""
    model_for(lang)
    load_lexicon(lang)


def warm_up(lang: str) -> threading.Thread:
    """Start readying the ``lang`` reader in a daemon thread (while the trainee reads the
    customer's opening); an error is left for the next :func:`model_for` call to raise."""

    def ready() -> None:
        with suppress(KefuLabError):
            ready_to_read(lang)

    thread = threading.Thread(target=ready, name=f"kefulab-reader-{lang}", daemon=True)
    thread.start()
    return thread
