"""Checks of a role-play script's ``handoff`` block (the chat arrives from the bot).

Part of :mod:`simulator.roleplay.validate` (``kefulab validate``): the facts and ``cold.told``
name profile keys, every line is non-empty and in the script's language, ask words belong to
one fact, and some transition reads ``context_used`` so that using the context pays off.
Schema checks (bounded anger, required fields) are in :mod:`simulator.roleplay.script_schema`.
"""

from __future__ import annotations

from collections.abc import Iterator

from simulator.common.diagnostics import Diagnostic, Severity, closest
from simulator.common.yamlio import YamlDocument
from simulator.roleplay.nodes import Transition
from simulator.roleplay.script_schema import Script

__all__ = ["handoff_diagnostics"]


class _Collector:
    def __init__(self, doc: YamlDocument) -> None:
        self.doc = doc
        self.items: list[Diagnostic] = []

    def add(self, severity: Severity, loc: tuple, message: str, hint: str) -> None:
        self.items.append(self.doc.diagnostic(severity, message, loc, hint))


def _close(name: str, options: list[str]) -> str:
    match = closest(name, options)
    return f"did you mean {match!r}? " if match else ""


def _all_transitions(script: Script) -> Iterator[Transition]:
    for node in script.nodes:
        yield from node.transitions
    yield from script.interrupts


def _lang_problem(text: str, lang: str) -> bool:
    """True when ``text`` is plainly in the other language than ``lang``."""
    has_cjk = any("\u3400" <= ch <= "\u9fff" for ch in text)
    if lang == "en":
        return has_cjk
    return not has_cjk and sum(ch.isascii() and ch.isalpha() for ch in text) >= 3


def _texts(lines: list | None) -> Iterator[tuple[tuple, str]]:
    """(location suffix, message) of every message in a ``Lines`` value."""
    for i, variant in enumerate(lines or []):
        if isinstance(variant, str):
            yield (i,), variant
        else:
            yield from (((i, j), text) for j, text in enumerate(variant))


def handoff_diagnostics(script: Script, doc: YamlDocument) -> list[Diagnostic]:
    """Checks of the ``handoff`` block: keys that exist, non-empty lines in the script's
    language, ask words that tell facts apart, and a context that speeds something up."""
    out = _Collector(doc)
    reads_context = any(
        "context_used" in c.names for t in _all_transitions(script) for c in t.when.conditions()
    )
    block = script.handoff
    if block is None:
        if reads_context:
            out.add(
                "warning",
                ("nodes",),
                "a condition reads context_used but the script has no handoff block (reads as 0)",
                "add a handoff block (bot_transcript, profile, facts) or drop the condition",
            )
        return out.items
    lang, base = script.lang, ("handoff",)
    keys = sorted(block.profile)
    texts: list[tuple[tuple, str, bool]] = []  # (location, text, a customer/bot line)
    texts += [
        ((*base, "bot_transcript", i, "text"), b.text, True)
        for i, b in enumerate(block.bot_transcript)
    ]
    texts += [((*base, "repeat_line", *k), t, True) for k, t in _texts(block.repeat_line)]
    texts += [((*base, "cold", "opening", *k), t, True) for k, t in _texts(block.cold.opening)]
    for key, fact in block.facts.items():
        floc = (*base, "facts", key)
        if key not in block.profile:
            out.add(
                "error",
                floc,
                f"fact {key!r} is not in the profile the bot collected",
                f"{_close(key, keys)}facts must name profile keys: {', '.join(keys)}",
            )
        texts += [((*floc, "answer", *k), t, True) for k, t in _texts(fact.answer)]
        texts += [((*floc, "ask", i), w, False) for i, w in enumerate(fact.ask)]
        texts += [((*floc, "uses", i), w, False) for i, w in enumerate(fact.uses)]
    for i, key in enumerate(block.cold.told):
        if key not in block.profile:
            out.add(
                "error",
                (*base, "cold", "told", i),
                f"cold.told names {key!r}, which is not in the profile",
                f"{_close(key, keys)}use profile keys: {', '.join(keys)}",
            )
    for loc, text, is_line in texts:
        if not text.strip():
            out.add("error", loc, "empty text", "write the words, or remove the entry")
        elif is_line and _lang_problem(text, lang):
            out.add(
                "error",
                loc,
                f"line is not in the script's language ({lang}): {text[:30]!r}",
                f"write customer and bot lines in {lang}, the language the trainee practises",
            )
        elif not is_line and lang == "en" and _lang_problem(text, lang):
            out.add(
                "error",
                loc,
                f"{text!r} is not English: an English trainee never types it",
                "use the words an English-speaking trainee would write",
            )
    if not any(b.who == "customer" for b in block.bot_transcript):
        out.add(
            "warning",
            (*base, "bot_transcript"),
            "the bot transcript has no customer message: there is nothing to re-ask",
            "add what the customer told the bot ({who: customer, text: ...})",
        )
    if not block.facts:
        out.add(
            "warning",
            (*base, "facts"),
            "no facts: a question asking again for what the bot collected cannot be detected",
            "list each profile key with the words a trainee would use to ask for it",
        )
    owners: dict[str, str] = {}
    for key, fact in block.facts.items():
        for word in fact.ask:
            other = owners.setdefault(word.strip().lower(), key)
            if other != key:
                out.add(
                    "warning",
                    (*base, "facts", key, "ask"),
                    f"ask word {word!r} is also listed for {other!r}: one question counts as both",
                    "keep each ask word under one fact",
                )
    if not reads_context:
        out.add(
            "info",
            base,
            "no transition reads context_used: using the context does not speed anything up",
            'add a transition with condition "context_used >= 1" that skips the questions',
        )
    return out.items
