"""The labelled replies the statistical reader learns from: every ``*.yaml`` in the shipped corpus.

The corpus lives in ``scenarios/corpus/`` (installed as ``simulator.shipped.corpus``, found
through :func:`simulator.common.data.corpus_dir`). Each file has a top-level ``replies`` list in
the format of ``labelled_replies.yaml``: ``text``, ``moves`` (the exact set of moves the reply
makes), optional ``offers`` (``{kind, amount}``) and ``hours`` (the follow-up time promised).
A new file dropped in that folder is read on the next start: nothing else to register.

Files are read in name order and replies in file order, so training is reproducible. A reply
repeated across files (same normalised text) counts once, with its first labels. A malformed
file is an :class:`~simulator.common.errors.InputError` naming file, line and field: the shipped
corpus must be right, like any other shipped data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from simulator.common.data import corpus_dir
from simulator.common.yamlio import read_yaml, validate_document
from simulator.roleplay.lexicon import COMPENSATION_KINDS, MoveName
from simulator.roleplay.textnorm import CJK, fold

__all__ = ["LabelledReply", "load_corpus", "read_corpus_file", "reply_language", "writer_of"]

#: Who wrote which corpus file, by file-name prefix (first match): leaving one writer out is how
#: the reader is tuned for text by new hands (``benchmarks/bench_classifier.py``). A file whose
#: name matches none is its own writer.
WRITERS = (
    ("replies_ind10_", "W-heldout11"),  # held-out set 10, released (before ind1_: prefix)
    ("replies_ind1_", "W-heldout1"),  # held-out set 1, released for tuning
    ("replies_ind6_", "W-heldout7"),  # held-out set 6, released for tuning
    ("replies_ind7_", "W-heldout8"),  # held-out set 7, released for tuning
    ("replies_ind8_", "W-heldout9"),  # held-out set 8, released for tuning
    ("replies_ind9_", "W-heldout10"),  # held-out set 9, released for tuning
    ("replies_c4_", "W-corpus4"),  # written 2026-12-01 as training data
    ("replies_c5_", "W-corpus5"),  # likewise
    ("replies_c6_", "W-corpus6"),  # written 2026-12-01 (second session) as training data
    ("replies_c7_", "W-corpus7"),  # likewise
    ("replies_c8_", "W-corpus8"),  # written 2026-12-01 (third session) as training data
    ("replies_c9_", "W-corpus9"),  # likewise
    ("replies_c10_", "W-corpus10"),  # written 2026-12-01 (fourth session) as training data
    ("replies_c11_", "W-corpus11"),  # likewise
    ("replies_c12_", "W-corpus12"),  # written 2026-12-02 as training data
    ("replies_c13_", "W-corpus13"),  # likewise
    ("replies_c14_", "W-corpus14"),  # written 2026-12-02 (second session) as training data
    ("replies_c15_", "W-corpus15"),  # likewise
    ("replies_c16_", "W-corpus16"),  # likewise
    ("replies_c17_", "W-corpus17"),  # likewise
    ("replies_c18_", "W-corpus18"),  # likewise
    ("replies_c19_", "W-corpus19"),  # written 2026-12-03 as training data
    ("replies_c20_", "W-corpus20"),  # likewise
    ("replies_c21_", "W-corpus21"),  # written 2026-12-03 (second session) as training data
    ("replies_c22_", "W-corpus22"),  # likewise
    ("replies_c23_", "W-corpus23"),  # written 2026-12-03 (third session) as training data
    ("replies_c24_", "W-corpus24"),  # likewise
    ("replies_c25_", "W-corpus25"),  # likewise
    ("replies_c26_", "W-corpus26"),  # likewise
    ("replies_c27_", "W-corpus27"),  # written 2026-12-03 (fourth session) as training data
    ("replies_c28_", "W-corpus28"),  # likewise
    ("replies_c29_", "W-corpus29"),  # likewise
    ("replies_c30_", "W-corpus30"),  # likewise
    ("replies_c31_", "W-corpus31"),  # likewise
    ("replies_c32_", "W-corpus32"),  # likewise
    ("replies_c33_", "W-corpus33"),  # likewise
    ("replies_c34_", "W-corpus34"),  # likewise
    ("replies_c35_", "W-corpus35"),  # written 2026-12-03 (fifth session) as training data
    ("replies_c36_", "W-corpus36"),  # likewise
    ("replies_c37_", "W-corpus37"),  # likewise
    ("replies_c38_", "W-corpus38"),  # likewise
    ("replies_c39_", "W-corpus39"),  # likewise
    ("replies_w5_", "W-heldout5"),  # held-out set s5, released for tuning
    ("replies_offers7_", "W-offers7"),  # before "replies_offers_": prefixes match in order
    ("replies_offers6_", "W-offers6"),
    ("replies_offers5_", "W-offers5"),
    ("replies_offers4_", "W-offers4"),
    ("replies_offers3_", "W-offers3"),
    ("replies_offers2_", "W-offers2"),
    ("replies_offers_", "W-offers"),
    ("replies3_", "W-corpus3"),
    ("replies2_", "W-corpus2"),
    ("replies_", "W-corpus"),
    ("labelled_replies", "A/B"),
    ("corpus_tune_", "A/B"),
    ("handoff_acks_", "W-sessions"),
    ("limits_norms_", "W-sessions2"),
    ("sessions3_", "W-sessions3"),
    ("sessions7_", "W-sessions7"),
    ("sessions9_", "W-sessions9"),
)


def writer_of(source: str) -> str:
    """The writer of corpus file ``source`` (a file name), see :data:`WRITERS`."""
    for prefix, writer in WRITERS:
        if source.startswith(prefix):
            return writer
    return source


_LATIN = re.compile(r"[A-Za-z]")


def reply_language(text: str) -> str:
    """``zh`` when the text has Chinese characters (at least 1 per 5 letters), else ``en``.

    The same rule as :func:`simulator.roleplay.moves.detect_language` (which cannot be imported
    here without a cycle); ``tests/roleplay/test_reader.py`` checks that they agree.
    """
    cjk = len(CJK.findall(text))
    latin = len(_LATIN.findall(text))
    return "zh" if cjk and cjk * 5 >= latin else "en"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Offer(_Strict):
    kind: Literal[COMPENSATION_KINDS] | None = None  # type: ignore[valid-type]
    amount: float | None = Field(default=None, ge=0, allow_inf_nan=False)


class _Reply(_Strict):
    text: str = Field(min_length=1, max_length=4000)
    moves: list[MoveName]
    offers: list[_Offer] | None = None
    hours: float | None = Field(default=None, gt=0, allow_inf_nan=False)
    lang: Literal["zh", "en"] | None = None
    note: str = ""


class _CorpusFile(_Strict):
    replies: list[_Reply]


@dataclass(frozen=True)
class LabelledReply:
    """One labelled reply of the corpus."""

    text: str
    moves: frozenset[str]
    lang: str  # zh or en
    source: str  # file name
    offers: tuple[tuple[str | None, float | None], ...] | None = None
    hours: float | None = None


def read_corpus_file(path: str | Path) -> list[LabelledReply]:
    """Read and validate one corpus file.

    Raises:
        InputError: one line with the file, line and field of the first problem.
    """
    path = Path(path)
    data = validate_document(_CorpusFile, read_yaml(path))
    out = []
    for r in data.replies:
        offers = None if r.offers is None else tuple((o.kind, o.amount) for o in r.offers)
        lang = r.lang or reply_language(r.text)
        out.append(LabelledReply(r.text, frozenset(r.moves), lang, path.name, offers, r.hours))
    return out


def load_corpus(folder: str | Path | None = None, lang: str | None = None) -> list[LabelledReply]:
    """Every labelled reply of ``folder`` (default: the shipped corpus), optionally one language.

    Raises:
        InputError: a corpus file does not parse or validate.
    """
    folder = Path(folder) if folder is not None else corpus_dir()
    seen: set[str] = set()
    out: list[LabelledReply] = []
    for path in sorted(folder.glob("*.yaml")):
        for reply in read_corpus_file(path):
            key = " ".join(fold(reply.text).split())
            if key in seen:
                continue
            seen.add(key)
            if lang is None or reply.lang == lang:
                out.append(reply)
    return out
