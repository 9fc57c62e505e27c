"""How robust the scripts and the reader are to the order and split of an excellent agent's
replies: replay every passing excellent transcript of the dev sets with one reply cut in two
messages (at its middle sentence) or two adjacent replies sent as one (when the first asks the
customer nothing, so the second cannot depend on her answer, and the two still make a chat
message), and count the variants that no longer pass.

A real agent splits one idea over two messages or says two things at once; a script that only
follows one order, or a reader that reads a half-message out of its context, fails such a
variant. ``unfinished`` variants ran out of replies before an ending: the customer was still
asking for something (often what the merged reply already gave). Only dev folders may be
used: held-out sets (``heldout_*``, ``transcripts_independent*``) are refused, because this
prints individual transcripts.

    python benchmarks/bench_transcript_variants.py [--dir DIR ...] [--list]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a plain script from anywhere
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_transcripts import SCRIPTS_DIR, split_name  # noqa: E402
from simulator.roleplay.script import Script, list_scripts  # noqa: E402
from simulator.roleplay.session import Session, load_transcript  # noqa: E402
from simulator.roleplay.turn_checks import PAD_CHARS, reply_chars  # noqa: E402

DEV_DIRS = sorted((ROOT / "benchmarks" / "data").glob("transcripts_dev*"))
_SENTENCE = re.compile(r"(?<=[。!?!?])|(?<=[.!?])\s+")
_QUESTION = re.compile(r"[??]")
Reply = tuple[str, float]


def variants(replies: list[Reply], lang: str) -> list[tuple[str, list[Reply]]]:
    """Every cut (``split3``: reply 3 in two messages) and merge (``merge2``: replies 2 and 3 as
    one) of a transcript; elapsed times are shared out by length (cut) or added (merge)."""
    join = " " if lang == "en" else ""
    out = []
    for i, (text, elapsed) in enumerate(replies):
        parts = [p.strip() for p in _SENTENCE.split(text) if p and p.strip()]
        if len(parts) >= 2:
            half = len(parts) // 2
            a, b = join.join(parts[:half]), join.join(parts[half:])
            first = max(3.0, elapsed * len(a) / len(text))
            cut = [(a, first), (b, max(3.0, elapsed - first + 3.0))]
            out.append((f"split{i + 1}", replies[:i] + cut + replies[i + 1 :]))
        if i + 1 < len(replies) and not _QUESTION.search(text):
            merged = join.join([text, replies[i + 1][0]])
            if reply_chars(merged) <= PAD_CHARS.get(lang, 400):
                both = [(merged, elapsed + replies[i + 1][1])]
                out.append((f"merge{i + 1}", replies[:i] + both + replies[i + 2 :]))
    return out


def play(script: Script, replies: list[Reply]) -> tuple[object, bool, str]:
    """Replay; return the scorecard, whether it ran out before an ending, and the node path."""
    session = Session(script, 0)
    for i, (text, elapsed) in enumerate(replies, 1):
        if session.finished:
            break
        session.reply(text, elapsed, last=i == len(replies))
    unfinished = not session.finished
    turns = session.turns
    path = "->".join([turns[0].node] + [t.next_node or t.ending or "?" for t in turns])
    return session.scorecard(), unfinished, path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", action="append", type=Path, help="dev folder (repeatable)")
    parser.add_argument("--list", action="store_true", help="print every failing variant")
    args = parser.parse_args(argv)
    dirs = args.dir or DEV_DIRS
    for d in dirs:
        if re.search(r"heldout|independent", str(d)):
            print(
                f"error: {d} is a held-out set; this benchmark prints transcripts", file=sys.stderr
            )
            return 2
    scripts = {s.id: s for s in list_scripts(SCRIPTS_DIR)}
    total = failing = unfinished = 0
    for d in dirs:
        for path in sorted(Path(d).glob("*_excellent.yaml")):
            found = split_name(path, set(scripts))
            if found is None:
                continue
            script = scripts[found[0]]
            replies = load_transcript(path)
            if not play(script, replies)[0].passed:
                continue  # only variants of a transcript that passes as written
            for name, variant in variants(replies, script.lang):
                card, open_end, route = play(script, variant)
                total += 1
                if card.passed:
                    continue
                failing += 1
                unfinished += open_end
                if args.list:
                    tag = " unfinished" if open_end else ""
                    print(
                        f"{Path(d).name}/{path.stem} {name}: {card.total} {card.ending}{tag} {route}"
                    )
    print(
        f"variants {total}: failing {failing} ({failing / max(total, 1):.1%}), unfinished {unfinished}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
