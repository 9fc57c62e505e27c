"""Replies with no words in them: keyboard mash, one key held down, symbols or emoji alone.

Such a reply says nothing about the order, so it is off topic ("jfkdlsjfkdl", "asdfghjkl;",
"ggggggg", "。。。。。。", "🙃🙃🙃"), where a reply the reader merely cannot place is a doubt. Not a
number alone (an order or phone number answers a question), a question mark alone (a question),
or one emoji (a thumbs-up acknowledges).
"""

from __future__ import annotations

import re

__all__ = ["no_words"]

#: Keyboard rows: a run of four or more keys along one (either way) is typed without reading.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890")
_LATIN = re.compile(r"[a-z]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_NUMBER = re.compile(r"[\d\s\-+()#/.,:]*\d[\d\s\-+()#/.,:]*")
_QUESTION = re.compile(r"[?？\s]+")
_HELD = re.compile(r"(.)\1{3,}")  # one key held down
_VOWELS = frozenset("aeiouy")
#: Sounds a person makes while thinking, not mash: "hmmm", "mmm", "uhh", "erm", "ahh".
_INTERJECTION = re.compile(r"h*m+|u+h+m*|e+r+m*|a+h+|o+h+|s+h+")
#: The shortest run of letters that can be told from a word.
_SHORTEST = 4


def _mashed(letters: str) -> bool:
    """A run of Latin letters that is no word: one to three keys held down ("gggg",
    "jjjjkkkkllll"), no vowel at all ("jfkdlsjfkdl"), or keys along one row ("asdf")."""
    if len(letters) < _SHORTEST or _INTERJECTION.fullmatch(letters):
        return False
    if _HELD.search(letters) and len(set(letters)) <= 3:
        return True
    if not _VOWELS & set(letters):
        return True
    return any(letters in row or letters[::-1] in row for row in _ROWS)


def no_words(norm: str) -> bool:
    """True when normalised (lower-case) ``norm`` holds something but no word: no Chinese
    character, and every run of Latin letters is mashed (:func:`_mashed`); with no letters at
    all, symbols or emoji (two or more characters), not a number or a question mark alone."""
    text = norm.strip()
    if not text or _HAN.search(text):
        return False
    runs = _LATIN.findall(text)
    if runs:
        return all(_mashed(r) for r in runs)
    if _NUMBER.fullmatch(text) or _QUESTION.fullmatch(text):
        return False
    return len(text.replace(" ", "")) >= 2
