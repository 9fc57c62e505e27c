"""The knowledge base (知识库): Q&A in plain customer language, searched by keyword or question.

Entries live in ``scenarios/kb/*.yaml`` (top-level ``entries:``), each with several question
variants as customers write them, one answer in the agent's voice, tags, an optional product
and optional facts (``battery_hours: "8"``). Search is BM25 over character 1-3-grams for
Chinese (which has no word spaces) and words for English, across questions, tags and product.
:func:`states_fact` tells whether a trainee's reply carries a fact ("8小时", "八个小时", "8h").
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints, field_validator

from simulator.common.data import kb_dir
from simulator.common.diagnostics import Diagnostic
from simulator.common.errors import InputError, diagnostics_of
from simulator.common.yamlio import YamlDocument, read_yaml, validate_document
from simulator.roleplay.limits import (
    MAX_ID_CHARS,
    MAX_ITEMS,
    MAX_KB_ENTRIES,
    MAX_KEYS,
    STRICT_CONFIG,
)
from simulator.roleplay.textnorm import fold, read_number

KB_HINT = "see scenarios/kb/README.md for the entry format"
_K1, _B = 1.2, 0.75  # BM25 constants (the usual defaults)

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Key = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=MAX_ID_CHARS)]


class Entry(BaseModel):
    """One question with its answer (strict types, bounded sizes: :mod:`simulator.roleplay.limits`)."""

    model_config = STRICT_CONFIG

    id: Key
    lang: Literal["zh", "en"] = "zh"
    product: Text | None = None
    questions: Annotated[list[Text], Field(min_length=1, max_length=MAX_ITEMS)]
    answer: Text
    tags: Annotated[list[Text], Field(max_length=MAX_ITEMS)] = []
    facts: Annotated[dict[Key, Text], Field(max_length=MAX_KEYS)] = {}

    @field_validator("facts", mode="before")
    @classmethod
    def _facts_as_text(cls, v: object) -> object:
        if isinstance(v, dict):
            return {
                k: str(x) if isinstance(x, int | float) and not isinstance(x, bool) else x
                for k, x in v.items()
            }
        return v


class KbFile(BaseModel):
    """Top level of a ``scenarios/kb/*.yaml`` file."""

    model_config = STRICT_CONFIG

    entries: Annotated[list[Entry], Field(min_length=1, max_length=MAX_KB_ENTRIES)]


@dataclass(frozen=True)
class Hit:
    """A search result: the entry and its relevance score (higher is better)."""

    entry: Entry
    score: float


_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")


def tokens(text: str) -> list[str]:
    """Search terms: character 1-3-grams of Chinese runs, whole words of everything else."""
    text = fold(text)
    out: list[str] = []
    for run in _CJK_RUN.findall(text):
        for n in (1, 2, 3):
            out += [run[i : i + n] for i in range(len(run) - n + 1)]
    out += _WORD.findall(_CJK_RUN.sub(" ", text))
    return out


def same_product(a: str | None, b: str | None) -> bool:
    """Product names compare without case, width or spaces ("声浪Pro" is "声浪 Pro")."""
    if a is None or b is None:
        return a is b
    return re.sub(r"\s+", "", fold(a)) == re.sub(r"\s+", "", fold(b))


class KnowledgeBase:
    """Entries from one or more KB files, with a BM25 index."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)
        self._docs = [Counter(tokens(self._document(e))) for e in self.entries]
        self._lengths = [sum(d.values()) for d in self._docs]
        self._avg = sum(self._lengths) / len(self._lengths) if self._lengths else 0.0
        df: Counter[str] = Counter()
        for d in self._docs:
            df.update(d.keys())
        n = len(self._docs)
        self._idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    @staticmethod
    def _document(entry: Entry) -> str:
        return "\n".join([*entry.questions, *entry.tags, entry.product or ""])

    def search(self, query: str, limit: int = 5) -> list[Hit]:
        """Entries ranked for a keyword or a question, best first (only those sharing a term)."""
        terms = set(tokens(query))
        hits = []
        for entry, doc, length in zip(self.entries, self._docs, self._lengths, strict=True):
            score = 0.0
            for t in terms:
                tf = doc.get(t, 0)
                if tf:
                    norm = tf * (_K1 + 1) / (tf + _K1 * (1 - _B + _B * length / self._avg))
                    score += self._idf[t] * norm * _gram_weight(t)
            if score > 0:
                hits.append(Hit(entry, score))
        hits.sort(key=lambda h: -h.score)
        return hits[:limit]

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id, if any."""
        return next((e for e in self.entries if e.id == entry_id), None)

    def fact(self, key: str, product: str | None = None, lang: str | None = None) -> str | None:
        """A fact's value: the product's own, else the shop policy's (entries without product).

        ``lang`` prefers entries in that language (a worded fact such as ``free_return_shipping``
        is "运费险" in Chinese entries, "shipping insurance" in English ones). Without
        ``product``, a key that only products carry is returned when they all agree.
        """
        ordered = sorted(self.entries, key=lambda e: lang is not None and e.lang != lang)
        if product is not None:
            for e in ordered:
                if same_product(e.product, product) and key in e.facts:
                    return e.facts[key]
        for e in ordered:
            if e.product is None and key in e.facts:
                return e.facts[key]
        if product is None:
            values = {e.facts[key] for e in ordered if key in e.facts}
            if len(values) == 1:
                return values.pop()
        return None

    def products(self) -> list[str]:
        """Product names, in order of first appearance."""
        seen: list[str] = []
        for e in self.entries:
            if e.product and not any(same_product(e.product, p) for p in seen):
                seen.append(e.product)
        return seen


def _gram_weight(term: str) -> float:
    """Longer Chinese n-grams carry more meaning than single characters."""
    if _CJK_RUN.fullmatch(term):
        return {1: 0.5, 2: 1.0}.get(len(term), 1.5)
    return 1.0


def read_kb_file(path: str | Path) -> KbFile:
    """Read and validate one KB file (one-line InputError with file, line and field path)."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError:
        return _read_kb_file(path, 0, 0)  # read_yaml reports the problem
    return _read_kb_file(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _read_kb_file(path: Path, mtime_ns: int, size: int) -> KbFile:
    """Cached on the file's identity: validate and the trainer read the same files often."""
    doc = read_yaml(path)
    kb = validate_document(KbFile, doc)
    seen: dict[str, int] = {}
    for i, e in enumerate(kb.entries):
        if e.id in seen:
            raise InputError(
                doc.error(
                    f"duplicate id {e.id!r} (first at entries[{seen[e.id]}])",
                    ("entries", i, "id"),
                    "give each entry its own id",
                )
            )
        seen[e.id] = i
    return kb


def load_kb(folder: Path | None = None) -> KnowledgeBase:
    """Load every ``*.yaml`` in ``folder`` (default: the shipped ``scenarios/kb``)."""
    folder = Path(folder) if folder is not None else kb_dir()
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise InputError(f"{folder}: no knowledge-base files (*.yaml) found")
    signature = []
    for path in files:
        stat = path.stat()
        signature.append((path, stat.st_mtime_ns, stat.st_size))
    return _load_kb(tuple(signature))


@lru_cache(maxsize=8)
def _load_kb(files: tuple[tuple[Path, int, int], ...]) -> KnowledgeBase:
    entries: list[Entry] = []
    where: dict[str, Path] = {}
    for path, mtime_ns, size in files:
        for i, e in enumerate(_read_kb_file(path, mtime_ns, size).entries):
            if e.id in where:
                raise InputError(
                    Diagnostic(
                        "error",
                        str(path),
                        f"duplicate id {e.id!r} (also in {where[e.id].name})",
                        field=f"entries[{i}].id",
                        hint="ids must be unique across the folder",
                    )
                )
            where[e.id] = path
            entries.append(e)
    return KnowledgeBase(entries)


# --- does a reply carry a fact? -------------------------------------------------------------

_UNITS: dict[str, tuple[str, ...]] = {
    "hours": ("个小时", "小时", "个钟头", "钟头", "hours", "hour", "hrs", "hr", "h"),
    "minutes": ("分钟", "minutes", "minute", "mins", "min"),
    "days": ("个工作日", "工作日", "天", "日", "days", "day"),
    "months": ("个月", "months", "month"),
    "years": ("年", "years", "year", "yrs"),
    "yuan": ("元", "块钱", "块", "yuan", "rmb"),
    "percent": ("%", "percent"),
    "clock": ("点", "号", "o'clock"),
}
_KEY_UNITS = {
    "_hours": "hours",
    "_minutes": "minutes",
    "_days": "days",
    "_months": "months",
    "_years": "years",
    "_yuan": "yuan",
    "_percent": "percent",
}
_NUM = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)|([零〇一二两三四五六七八九十百千万]+|半)")
_MEASURE = "个小时天年月元块次周岁码斤公%倍分秒点号钟日"


def _numbers(reply: str) -> list[tuple[float, str]]:
    """Numbers in a reply with the unit that follows each (``""`` if none; ``measure:次`` when
    another measure word follows: "充一次" is no year)."""
    text = re.sub(r"\s+", "", fold(reply))
    out = []
    for m in _NUM.finditer(text):
        rest = text[m.end() :]
        if m.group(2) is not None:  # a Chinese numeral counts only before a unit or measure word
            if not rest or rest[0] not in _MEASURE:
                continue
            value = read_number(m.group(2))
        else:
            value = float(m.group(1))
        if value is None:
            continue
        unit = next(
            (
                name
                for name, words in _UNITS.items()
                for w in words
                if rest.startswith(w)
                and not (w.isalpha() and w.isascii() and rest[len(w) : len(w) + 1].isalpha())
            ),
            "",
        )
        if not unit and rest and rest[0] in _MEASURE:  # "充一次", "3件": a count of something else
            unit = "measure:" + rest[0]
        out.append((value, unit))
    return out


def states_fact(reply: str, value: str, key: str | None = None) -> bool:
    """Does the reply carry the fact ``value``?

    A numeric value matches any equal number in the reply, Arabic or Chinese ("8", "8小时",
    "8 个小时", "8h", "八小时"); with ``key`` ending in a unit (``battery_hours``) a number
    followed by a different unit ("8点", "8天") does not count. Any other value must appear in
    the reply, ignoring case, width and spaces ("IPX4" in "ipx 4级防水").
    """
    target = read_number(fold(value).strip()) if value.strip() else None
    if target is None:
        squash = re.sub(r"[\s\-_,.,。]+", "", fold(value))
        return bool(squash) and squash in re.sub(r"[\s\-_,.,。]+", "", fold(reply))
    unit = next((u for suffix, u in _KEY_UNITS.items() if key and key.endswith(suffix)), None)
    for number, found in _numbers(reply):
        if abs(number - target) < 1e-9 and (unit is None or found in ("", unit)):
            return True
    return False


# --- kefulab validate -------------------------------------------------------------------------


def check_kb_file(path: str | Path) -> list[Diagnostic]:
    """Diagnostics for one KB file, checked against its sibling files in the same folder."""
    path = Path(path)
    try:
        doc = read_yaml(path)
        kb = validate_document(KbFile, doc)
    except InputError as exc:
        return [dataclasses.replace(d, hint=d.hint or KB_HINT) for d in diagnostics_of(exc)]
    diags: list[Diagnostic] = []
    first: dict[str, int] = {}
    for i, e in enumerate(kb.entries):
        if e.id in first:
            diags.append(
                doc.error(
                    f"duplicate id {e.id!r} (first at entries[{first[e.id]}])",
                    ("entries", i, "id"),
                    "give each entry its own id",
                )
            )
        first.setdefault(e.id, i)
        if len(e.questions) == 1:
            diags.append(
                doc.diagnostic(
                    "warning",
                    f"entry {e.id!r} has a single question variant",
                    ("entries", i, "questions"),
                    "add the other ways customers ask it (short, colloquial variants)",
                )
            )
    siblings: list[Entry] = []
    for sibling in sorted(path.parent.glob("*.yaml")):
        if sibling.resolve() == path.resolve():
            continue
        try:
            other = read_kb_file(sibling)
        except InputError:  # a broken sibling is reported when it is checked itself
            continue
        siblings += other.entries
        ids = {e.id for e in other.entries}
        for i, e in enumerate(kb.entries):
            if e.id in ids:
                diags.append(
                    doc.error(
                        f"duplicate id {e.id!r} (also in {sibling.name})",
                        ("entries", i, "id"),
                        "ids must be unique across the folder",
                    )
                )
    diags += _conflicting_facts(kb, siblings, doc)
    return diags


def _fact_slot(entry: Entry, key: str, value: str) -> tuple[str, str, str]:
    """Where a fact must agree: per product and key; worded values also per language."""
    product = re.sub(r"\s+", "", fold(entry.product)) if entry.product else ""
    numeric = read_number(fold(value).strip()) is not None
    return product, key, "*" if numeric else entry.lang


def _conflicting_facts(kb: KbFile, siblings: list[Entry], doc: YamlDocument) -> list[Diagnostic]:
    seen: dict[tuple[str, str, str], tuple[str, str]] = {}
    for e in siblings:
        for key, value in e.facts.items():
            seen.setdefault(_fact_slot(e, key, value), (value, e.id))
    out = []
    for i, e in enumerate(kb.entries):
        for key, value in e.facts.items():
            prev = seen.setdefault(_fact_slot(e, key, value), (value, e.id))
            if prev[0] != value:
                out.append(
                    doc.error(
                        f"{value!r} contradicts {prev[0]!r} given in entry {prev[1]!r}",
                        ("entries", i, "facts", key),
                        "a fact has one value per product; fix one of them",
                    )
                )
    return out
