"""The lexicon's alternations, searched branch by branch, find what the joined pattern finds."""

from __future__ import annotations

import random
import re
import re._parser as P  # noqa: N812

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.roleplay.alternation import Alternation
from simulator.roleplay.lexicon import CompiledTerms, _keywords, load_lexicon
from simulator.roleplay.pattern_facts import DIGIT, SPACE, factors, first_chars
from simulator.roleplay.reader_corpus import load_corpus
from simulator.roleplay.textnorm import normalise

#: Branches of the kinds lexicons write: literals, look-behinds before a word, optional starts,
#: classes, repeats, a negated class, groups with names, one that may match empty.
POOL = [
    "ab",
    "abc",
    "1",
    "x",
    "b(?![a-z])",
    "(?<![a-z])ca",
    "(?<![a-z])(?:a|c)b?",
    "(x )?ab",
    r"\d{1,2}\s*元",
    r"(?P<n_7>\d+)块",
    "[^。,]{0,3}a",
    "(?:ba|a)+c",
    "c?",
    r"(?<=b)a",
    r"\s(?:and|a)\s",
    "(?>a|ab)c",
    "^a",
    "a$",
    "元(?!券)",
    "(?:x|1)[^。]{0,5}(abca|cab1)",
    "[a-c ]{0,4}(?:ab|c) (?:x|1b)",
    "(?:1|2)+元券(?:已|abc)",
    "[^。]{0,3}(元券|块券)",
    # many first atoms behind a look-behind: tried at its possible starts up to one in two
    "(?<!x)(?:" + "|".join(a + b for a in "abc12元块券" for b in "abcx12") + ")",
]
TEXT = st.text(alphabet="abcx 12元块券。,", max_size=30)


def spans(matches) -> list[tuple[tuple[int, int], dict[str, str]]]:
    return [(m.span(), {k: v for k, v in m.groupdict().items() if v}) for m in matches]


@settings(max_examples=400, deadline=None)
@given(
    branches=st.lists(st.sampled_from(POOL), min_size=1, max_size=6, unique=True),
    text=TEXT,
    cut=st.tuples(st.integers(0, 30), st.integers(0, 30)),
)
def test_alternation_finds_what_the_joined_pattern_finds(branches, text, cut):
    alt = Alternation(branches)
    joined = re.compile("|".join(branches))
    assert spans(alt.finditer(text)) == spans(joined.finditer(text))
    pos, end = min(cut), min(max(cut), len(text))
    pos = min(pos, end)
    assert spans(alt.finditer(text, pos, end)) == spans(joined.finditer(text, pos, end))
    for start in range(len(text) + 1):
        for method in ("search", "match", "fullmatch"):
            got = getattr(alt, method)(text, start, end)
            want = getattr(joined, method)(text, start, end)
            assert spans([got] if got else []) == spans([want] if want else []), method


@pytest.mark.parametrize(
    ("branches", "text", "args", "method"),
    [
        (["(?i:hello)"], "HELLO", (), "search"),  # a group's own flag: no factor from inside
        (["x(?i:hello)y"], "xHELLOy", (), "finditer"),
        (["(?i)a", "b"], "B", (), "search"),  # a global flag applies to every branch joined
        (["(?s)a.", "b."], "b\n", (), "finditer"),
        (["(?x)a", "b c"], "bc", (), "match"),
        (["(a)\\1", "(b)\\1"], "bb", (), "search"),  # numbered groups change when joined
        (["(a)", "(b)(?(1)x|y)"], "by", (), "search"),
        (["x", "(?a:\\S)"], "\x1c", (), "search"),  # the engine's skip-ahead overlooks (?a:)
        (["b*"], "abc", (5,), "finditer"),  # positions clamped as the engine clamps them
        (["a", "b*"], "abc", (0, -2), "finditer"),
    ],
)
def test_branches_that_read_differently_alone(branches, text, args, method):
    got = getattr(Alternation(branches), method)(text, *args)
    want = getattr(re.compile("|".join(branches)), method)(text, *args)
    got, want = (list(x) if method == "finditer" else [x] if x else [] for x in (got, want))
    assert spans(got) == spans(want)


def test_first_chars():
    assert first_chars("(?<![a-z])(in the )?morning") == frozenset("im")
    assert first_chars(r"\d+\s*元|块") == frozenset({DIGIT, "块"})
    assert first_chars(r"\s?x") == frozenset({SPACE, "x"})
    assert first_chars("[^a]b") is None  # a negated class may begin with anything
    assert first_chars("a?") is None  # may match empty: anywhere
    assert first_chars("(?i)a") is None


def test_factors():
    assert factors(P.parse("(?:[^.!?]{0,9}(i|we) (call|text) (you|u))")) == {
        f"{who} {how} {whom}"
        for who in ("i", "we")
        for how in ("call", "text")
        for whom in ["you", "u"]
    }
    assert factors(P.parse("[a-z ]{0,20}(can't|won't) be refunded|not refundable")) == {
        "can't be refunded",
        "won't be refunded",
        "not refundable",
    }
    assert factors(P.parse("(x+)refund(?![a-z])")) == {"refund"}
    assert factors(P.parse("abc")) is None  # too short to be worth checking
    assert factors(P.parse("refund|x")) is None  # a branch without one: anything may match
    assert factors(P.parse("[^,。]{0,8}(修身|紧身)")) == {"修身", "紧身"}  # two characters
    assert factors(P.parse("(包|保证)[^。]{0,4}到")) is None  # one character: not worth it


def test_a_branch_lacking_every_factor_is_not_searched():
    alt = Alternation(["(?:[^.!?]{0,9}(i|we) (call|text) (you|u))", "sorry"])
    assert alt._live("sorry, we will call") == [(1, None)]  # "we call you" is not there
    assert [i for i, _at in alt._live("sorry, we call u")] == [0, 1]
    assert alt.search("ok, we text you").group() == "ok, we text you"


def test_a_branch_of_many_first_atoms_is_tried_where_it_can_start():
    wide = POOL[-1]
    alt = Alternation([wide, "(?<!x)ab"])
    assert alt.spread == (2, 16)
    text = "a1" + " zz" * 10 + " b2"  # 4 of 35 characters can begin the first branch: more
    # than one in 16, fewer than one in 2; 1 can begin the second
    assert alt._live(text) == [(0, [0, 1, 33, 34]), (1, [0])]
    assert spans(alt.finditer(text)) == spans(re.compile(alt.pattern).finditer(text))


@pytest.mark.parametrize("boundaries", [True, False])
def test_keywords_of_one_first_character_read_as_each_alone(boundaries):
    words = ["the courier", "the", "t", "th$", "tea time"]
    one = re.compile(_keywords(words, boundaries))
    wrap = (lambda w: rf"(?<![a-z]){re.escape(w)}(?![a-z])") if boundaries else re.escape
    each = re.compile("|".join(wrap(w) for w in words))
    for text in ["the courier came", "at the, tea time", "bathe t th$ t", "tthe", "xthe"]:
        assert spans(one.finditer(text)) == spans(each.finditer(text))


def _alternations(lex) -> list[tuple[str, Alternation]]:
    found = []

    def walk(value, name):
        if isinstance(value, CompiledTerms):
            value = value.regex
        if isinstance(value, Alternation):
            found.append((name, value))

    for move, rules in lex.moves.items():
        for part in ("hits", "guards", "suppressors", "firm"):
            walk(getattr(rules, part), f"{move}.{part}")
    for kind, terms in lex.kinds.items():
        walk(terms, kind)
    for name in lex.__dataclass_fields__:
        walk(getattr(lex, name), name)
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_shipped_lexicons_read_as_their_joined_patterns(lang):
    lex = load_lexicon(lang)
    replies = [r.text for r in load_corpus(lang=lang)]
    texts = [normalise(t)[0] for t in random.Random(3).sample(replies, 50)]
    alternations = _alternations(lex)
    assert len(alternations) > 40
    for name, alt in alternations:
        for text in texts:
            assert spans(alt.finditer(text)) == spans(alt.joined.finditer(text)), (name, text)
