"""Benchmark the reply reader (lexicon rules backed by the n-gram model).

Prints, per move and micro-averaged, precision, recall and F1; the share of replies whose move
set is exactly right; the share read ``off_topic`` that are not; offers (kind and value) and
follow-up times read exactly; how often the reading is ``unsure`` and how often it is wrong when
sure and when unsure. Three parts:

(a) on the training corpus (``scenarios/corpus/*.yaml``) only: leaving one writer out (the
    files group by writer, ``reader_corpus.WRITERS``; the model is trained on the other writers'
    replies and reads the left-out writer's, as it will read text by a new hand: the main
    figure, on which thresholds, class weights and features are chosen), then 5-fold
    cross-validation (the model is trained on four folds and reads the fifth). The lexicons
    were tuned on parts of this corpus, so the rules look better here than on new text.
(b) the held-out files in ``benchmarks/data/``, each pair written apart by a writer who never
    saw the lexicons or the corpus (sets 1, 6, 7, 8, 9 and 10 were released for tuning and are now in
    the corpus): ``heldout_independent2_{zh,en}`` (mostly offers), ``heldout_independent3_{zh,en}``
    (every move, offers and times), ``heldout_independent4_{zh,en}`` (two thirds offers),
    ``heldout_independent5_{zh,en}`` (written after the conventions for times and offers were
    put in the corpus header; every move), ``heldout_independent11_{zh,en}`` (written in the
    session that released set 10; every move); all of them together; and the older
    ``heldout_replies.yaml``, read by the shipped reader. Report only: never tune on them, so
    their errors are not printed.
(c) latency of reading one reply (median and 99th percentile, over every held-out reply and over
    the longest tenth of them), the training time, and the
    time of the reader's first use in a new process (a saved model, see ``reader_cache``).

    python benchmarks/bench_classifier.py [--folds 5] [--rules-only] [--errors] [--skip-cv | --cv-only] [--corpus DIR]
        [--heldout FILE ...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

from simulator.roleplay.moves import MOVES, Reading, read_reply
from simulator.roleplay.reader import model_for, train_model
from simulator.roleplay.reader_cache import cache_dir, model_key, read_arrays
from simulator.roleplay.reader_corpus import LabelledReply, load_corpus, reply_language, writer_of

ROOT = Path(__file__).resolve().parent.parent


def _pair(stem: str) -> list[Path]:
    """A held-out pair: ``benchmarks/data/<stem>_zh.yaml`` and ``..._en.yaml``."""
    return [ROOT / "benchmarks" / "data" / f"{stem}_{lang}.yaml" for lang in ("zh", "en")]


#: (set 1, ``heldout_independent``, was released for tuning in the sixth session of
#: 2026-11-30 and is now the corpus files ``replies_ind1_*``)
#: a second held-out pair by another writer (W-heldout2-offers), mostly offers
HELDOUT2 = _pair("heldout_independent2")
#: a third (W-heldout3, 2026-11-30 session 4): every move, ~45% offers, ~20% follow-up times
HELDOUT3 = _pair("heldout_independent3")
#: a fourth (W-offers6, same session), two thirds offers
HELDOUT4 = _pair("heldout_independent4")
#: a fifth (W-heldout6, 2026-11-30 session 5): every move, ~23% offers, ~16% follow-up times
HELDOUT5 = _pair("heldout_independent5")
#: (the sixth, W-heldout7, was released for tuning in the seventh session and is now the corpus
#: files ``replies_ind6_*``)
#: (the seventh, W-heldout8, was released for tuning in the first session of 2026-12-01 and is now
#: the corpus files ``replies_ind7_*``)
#: (the eighth, W-heldout9, was released for tuning in the second session of 2026-12-01 and is
#: now the corpus files ``replies_ind8_*``)
#: (the ninth, W-heldout10, was released for tuning in the third session of 2026-12-01 and is now
#: the corpus files ``replies_ind9_*``)
#: (the tenth, W-heldout11, was released for tuning in the fourth session of 2026-12-01 and is
#: now the corpus files ``replies_ind10_*``)
#: an eleventh (W-heldout12, 2026-12-01 session 4): every move, ~40% offers, ~25% follow-up times
HELDOUT11 = _pair("heldout_independent11")
OLD_HELDOUT = ROOT / "benchmarks" / "data" / "heldout_replies.yaml"
LANGS = ("zh", "en")

Reader = Callable[[LabelledReply], Reading]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f = 2 * p * r / (p + r) if tp else 0.0
    return p, r, f


def read_file(path: Path) -> list[LabelledReply]:
    """A labelled file as corpus records (held-out files are not part of the corpus)."""
    out = []
    for case in yaml.safe_load(path.read_text(encoding="utf-8"))["replies"]:
        offers = case.get("offers")
        offers = None if offers is None else tuple((o["kind"], o["amount"]) for o in offers)
        lang = case.get("lang") or reply_language(case["text"])
        out.append(
            LabelledReply(
                case["text"], frozenset(case["moves"]), lang, path.name, offers, case.get("hours")
            )
        )
    return out


def score(cases: Sequence[LabelledReply], readings: Sequence[Reading]) -> dict:
    """Every figure of the report for ``readings`` of ``cases``."""
    counts = {m: [0, 0, 0] for m in MOVES}  # tp, fp, fn
    exact = false_off = values_ok = values_n = hours_ok = hours_n = 0
    unsure = wrong_unsure = wrong_sure = 0
    errors = []
    for case, reading in zip(cases, readings, strict=True):
        got = {m.name for m in reading.moves}
        want = set(case.moves)
        for m in MOVES:
            counts[m][0] += m in got and m in want
            counts[m][1] += m in got and m not in want
            counts[m][2] += m in want and m not in got
        exact += got == want
        false_off += "off_topic" in got and "off_topic" not in want
        unsure += reading.unsure
        if got != want:
            wrong_unsure += reading.unsure
            wrong_sure += not reading.unsure
            errors.append((case, reading))
        if case.offers is not None and "offer_compensation" in want:
            values_n += 1
            g = sorted(
                (m.kind or "", m.amount_yuan or 0.0)
                for m in reading.moves
                if m.name == "offer_compensation"
            )
            w = sorted((k or "", float(a or 0.0)) for k, a in case.offers)
            values_ok += g == w
        if case.hours is not None:
            hours_n += 1
            got_hours = [m.hours for m in reading.moves if m.name == "promise_followup"]
            hours_ok += got_hours == [case.hours]
    n = len(cases)
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {
        "n": n,
        "counts": counts,
        "micro": _prf(*total),
        "exact": exact / n,
        "false_off_topic": false_off / n,
        "offers": (values_ok, values_n),
        "hours": (hours_ok, hours_n),
        "unsure": unsure / n,
        "wrong_if_unsure": wrong_unsure / unsure if unsure else float("nan"),
        "wrong_if_sure": wrong_sure / (n - unsure) if n > unsure else float("nan"),
        "errors": errors,
    }


def report(title: str, res: dict, show_errors: bool = False) -> None:
    print(f"\n== {title}: {res['n']} replies")
    print(f"{'move':26s} {'support':>7s} {'precision':>9s} {'recall':>7s} {'F1':>6s}")
    for m in MOVES:
        tp, fp, fn = res["counts"][m]
        p, r, f = _prf(tp, fp, fn)
        print(f"{m:26s} {tp + fn:7d} {p:9.2f} {r:7.2f} {f:6.2f}")
    p, r, f = res["micro"]
    support = sum(c[0] + c[2] for c in res["counts"].values())
    print(f"{'micro average':26s} {support:7d} {p:9.2f} {r:7.2f} {f:6.2f}")
    print(f"exact move set: {res['exact']:.1%}   false off_topic: {res['false_off_topic']:.1%}")
    print(
        f"offers read exactly: {res['offers'][0]}/{res['offers'][1]}   "
        f"follow-up times read exactly: {res['hours'][0]}/{res['hours'][1]}"
    )
    print(
        f"unsure: {res['unsure']:.1%} of replies; wrong move set when unsure "
        f"{res['wrong_if_unsure']:.1%}, when sure {res['wrong_if_sure']:.1%}"
    )
    if show_errors:
        for case, reading in res["errors"]:
            got = {m.name for m in reading.moves}
            print(
                f"  {case.text}\n    extra {sorted(got - case.moves)} "
                f"missing {sorted(case.moves - got)}"
            )


def cross_validate(
    corpus: Sequence[LabelledReply], folds: int, rules_only: bool
) -> tuple[list[LabelledReply], list[Reading]]:
    """Out-of-fold readings: reply ``i`` is read by a model trained without fold ``i % folds``."""
    cases: list[LabelledReply] = []
    readings: list[Reading] = []
    for lang in LANGS:
        data = [r for r in corpus if r.lang == lang]
        for k in range(folds):
            test = data[k::folds]
            model = None
            if not rules_only:
                model = train_model(lang, [r for i, r in enumerate(data) if i % folds != k])
            cases += test
            readings += [
                read_reply(r.text, r.lang, model=model, rules_only=rules_only) for r in test
            ]
    return cases, readings


def leave_writer_out(corpus: Sequence[LabelledReply]) -> dict[tuple[str, str], tuple[list, list]]:
    """Per (language, writer): that writer's replies read by a model trained on the other
    writers' replies of the language only (``reader_corpus.writer_of``)."""
    out: dict[tuple[str, str], tuple[list, list]] = {}
    for lang in LANGS:
        data = [r for r in corpus if r.lang == lang]
        for writer in sorted({writer_of(r.source) for r in data}):
            test = [r for r in data if writer_of(r.source) == writer]
            train = [r for r in data if writer_of(r.source) != writer]
            if not train:
                continue
            model = train_model(lang, train)
            out[lang, writer] = (test, [read_reply(r.text, lang, model=model) for r in test])
    return out


def report_writers(parts: dict[tuple[str, str], tuple[list, list]]) -> None:
    """Micro F1 per left-out writer, their mean, and the pooled report."""
    cases = [c for test, _ in parts.values() for c in test]
    readings = [r for _, got in parts.values() for r in got]
    report("(a) leaving one writer out (pooled over writers)", score(cases, readings))
    f1s = []
    for (lang, writer), (test, got) in parts.items():
        res = score(test, got)
        f1s.append(res["micro"][2])
        print(
            f"    {lang} {writer:10s} {res['n']:5d} replies: micro F1 {res['micro'][2]:.3f} "
            f"(P {res['micro'][0]:.2f} R {res['micro'][1]:.2f}), exact {res['exact']:.0%}, "
            f"false off_topic {res['false_off_topic']:.1%}"
        )
    if f1s:
        print(f"    mean over left-out writers: micro F1 {statistics.mean(f1s):.3f}")


def latency(texts: Sequence[str], repeat: int) -> dict[str, tuple[float, float]]:
    """Median and 99th percentile of reading one reply, in ms (models trained beforehand):
    wall-clock time and the process's CPU time (on a shared machine the wall clock also counts
    the time spent waiting for a core); over every reply, and over the longest tenth. Each reply
    is read once a pass, so no cache holds it from its last reading."""
    wall, cpu = [], []
    for _ in range(repeat):
        for t in texts:
            w0, c0 = time.perf_counter(), time.process_time()
            read_reply(t)
            wall.append(((time.perf_counter() - w0) * 1000, len(t)))
            cpu.append(((time.process_time() - c0) * 1000, len(t)))
    longest = sorted(len(t) for t in texts)[len(texts) * 9 // 10] if texts else 0
    out = {}
    for name, timed in (("wall", wall), ("cpu", cpu)):
        for part, times in (("", timed), (" long", [x for x in timed if x[1] >= longest])):
            ms = sorted(x[0] for x in times)
            if ms:
                out[name + part] = (
                    statistics.median(ms),
                    ms[min(len(ms) - 1, len(ms) * 99 // 100)],
                )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds")
    parser.add_argument("--rules-only", action="store_true", help="the lexicon rules alone")
    parser.add_argument("--errors", action="store_true", help="list cross-validation errors")
    parser.add_argument("--skip-cv", action="store_true", help="held-out and latency only")
    parser.add_argument("--cv-only", action="store_true", help="cross-validation only")
    parser.add_argument("--repeat", type=int, default=3, help="passes for the latency figure")
    parser.add_argument("--corpus", type=Path, help="training corpus folder for (a)")
    parser.add_argument(
        "--heldout",
        type=Path,
        nargs="+",
        help="other held-out files for (b), in the same format (default: the shipped ones)",
    )
    args = parser.parse_args()
    corpus = load_corpus(args.corpus)
    sizes = ", ".join(f"{lang} {sum(r.lang == lang for r in corpus)}" for lang in LANGS)
    print(f"training corpus: {len(corpus)} labelled replies ({sizes})")
    kind = "rules only" if args.rules_only else "rules + model"
    if not args.skip_cv:
        if not args.rules_only:
            report_writers(leave_writer_out(corpus))
        cases, readings = cross_validate(corpus, args.folds, args.rules_only)
        report(
            f"(a) {args.folds}-fold cross-validation, {kind}", score(cases, readings), args.errors
        )
    if args.cv_only:
        return
    for lang in LANGS:
        saved = read_arrays(lang, model_key(lang), cache_dir()) is not None
        start = time.perf_counter()
        model_for(lang)
        first = time.perf_counter() - start
        trained = train_model(lang, load_corpus(lang=lang))
        how = "a saved model loaded" if saved else "trained, then saved"
        print(
            f"\ntraining the {lang} reader: {trained.train_seconds:.2f} s "
            f"on {trained.trained_on} replies, {trained.weights.shape[0]} features; "
            f"first use in a new process: {first:.2f} s ({how})"
        )
    if args.heldout:
        files = list(args.heldout)
        groups = [[f] for f in files] + ([files] if len(files) > 1 else [])
    else:
        sets = [HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT11]
        sets = [pair for pair in sets if all(f.exists() for f in pair)]
        files = [f for pair in sets for f in pair]
        files += [OLD_HELDOUT] if OLD_HELDOUT.exists() else []
        groups = [*sets, [f for pair in sets for f in pair], [OLD_HELDOUT]]
    everything: list[str] = []  # every held-out reply once, for the reading time
    seen: set[str] = set()
    for group in groups:
        cases = [c for path in group if path in files for c in read_file(path)]
        if not cases:
            continue
        readings = [read_reply(c.text, rules_only=args.rules_only) for c in cases]
        names = " + ".join(p.name for p in group)
        report(f"(b) held out, never tuned on: {names}, {kind}", score(cases, readings))
        everything += [c.text for c in cases if c.text not in seen]
        seen.update(c.text for c in cases)
    times = latency(everything, args.repeat)
    print(
        f"\n(c) reading one reply ({len(everything) * args.repeat} readings, "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores):"
    )
    longest = sorted(len(t) for t in everything)[len(everything) * 9 // 10] if everything else 0
    for name, (med, p99) in times.items():
        what = f"replies of {longest}+ characters" if name.endswith("long") else "every reply"
        print(f"    {name.split()[0]:4s} time, {what}: median {med:.2f} ms, p99 {p99:.2f} ms")


if __name__ == "__main__":
    main()
