"""Benchmark the reply classifier on held-out labelled replies.

Prints precision, recall and F1 per move and micro-averaged, how often offer values and
follow-up times were read exactly, and throughput (replies/second). The held-out set
(``benchmarks/data/heldout_replies.yaml``) was written before the lexicons were tuned and is
not used to tune them; ``--labelled`` runs the same report on the test set for comparison.

    python benchmarks/bench_classifier.py [--labelled] [--errors] [--repeat N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import yaml

from simulator.roleplay.moves import MOVES, classify

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "benchmarks" / "data" / "heldout_replies.yaml"
LABELLED = ROOT / "tests" / "roleplay" / "data" / "labelled_replies.yaml"


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f = 2 * p * r / (p + r) if tp else 0.0
    return p, r, f


def evaluate(cases: list[dict], show_errors: bool) -> None:
    counts = {m: [0, 0, 0] for m in MOVES}  # tp, fp, fn
    exact = values_ok = values_n = hours_ok = hours_n = 0
    for case in cases:
        moves = classify(case["text"])
        got = {m.name for m in moves}
        want = set(case["moves"])
        for m in MOVES:
            counts[m][0] += m in got and m in want
            counts[m][1] += m in got and m not in want
            counts[m][2] += m in want and m not in got
        exact += got == want
        if "offers" in case:
            values_n += 1
            g = sorted(
                (m.kind or "", m.amount_yuan or 0.0)
                for m in moves
                if m.name == "offer_compensation"
            )
            w = sorted((o["kind"] or "", float(o["amount"] or 0.0)) for o in case["offers"])
            values_ok += g == w
        if "hours" in case:
            hours_n += 1
            hours_ok += [m.hours for m in moves if m.name == "promise_followup"] == [case["hours"]]
        if show_errors and got != want:
            print(f"  {case['text']}\n    extra {sorted(got - want)} missing {sorted(want - got)}")
    print(f"{'move':26s} {'support':>7s} {'precision':>9s} {'recall':>7s} {'F1':>6s}")
    total = [0, 0, 0]
    for m in MOVES:
        tp, fp, fn = counts[m]
        total = [a + b for a, b in zip(total, counts[m], strict=True)]
        p, r, f = _prf(tp, fp, fn)
        print(f"{m:26s} {tp + fn:7d} {p:9.2f} {r:7.2f} {f:6.2f}")
    p, r, f = _prf(*total)
    print(f"{'micro average':26s} {total[0] + total[2]:7d} {p:9.2f} {r:7.2f} {f:6.2f}")
    print(f"replies with exactly the right set of moves: {exact}/{len(cases)}")
    print(f"offers read exactly (kind and value): {values_ok}/{values_n}")
    print(f"follow-up times read exactly: {hours_ok}/{hours_n}")


def throughput(cases: list[dict], repeat: int) -> float:
    texts = [c["text"] for c in cases]
    classify(texts[0])  # load the lexicons outside the timing
    start = time.perf_counter()
    for _ in range(repeat):
        for t in texts:
            classify(t)
    return repeat * len(texts) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labelled", action="store_true", help="use the test set instead")
    parser.add_argument("--errors", action="store_true", help="list misclassified replies")
    parser.add_argument("--repeat", type=int, default=20, help="passes for the throughput figure")
    args = parser.parse_args()
    path = LABELLED if args.labelled else HELDOUT
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["replies"]
    print(f"{path.relative_to(ROOT)}: {len(cases)} replies")
    evaluate(cases, args.errors)
    print(f"throughput: {throughput(cases, args.repeat):,.0f} replies/s")


if __name__ == "__main__":
    main()
