"""Sentence boundaries: every later step reasons within one sentence.

A boundary is terminal punctuation (with any closing quotes or brackets) followed by white space, a period glued
to the next sentence ("need.And"), or a line break: a line is a paragraph, so a heading, a caption or "Read
more:" is a sentence of its own. One pass over candidate boundaries with a few characters of look-around each,
so the time is linear in the length of the text; the candidate pattern opens with a character class so the
regex engine skips ahead to the next punctuation mark or line break without trying every position.
"""

from __future__ import annotations

import re
import string
from functools import cache

from briefing.core.lexicon import load_lines
from briefing.core.model import Span

_CANDIDATE = re.compile(
    r"""
    [\n.!?…]
    (?:
        (?<=\n)(?P<line_break>\s*)
        | (?<=[.!?…])[.!?…]*["'”’)\]]*(?P<gap>\s+|\Z)
        | (?<=[a-z][a-z]\.)(?=[A-Z][a-z])(?P<glued>)
    )
    """,
    re.VERBOSE,
)
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")
_LETTERS_AND_PERIODS = string.ascii_letters + "."
_NEXT_WORD = re.compile(r"[\s\"'“‘(\[]*([^\s\"'“‘(\[]?)(\w*)")
_LONGEST_WORD_BEFORE_PERIOD = 16
_LONGEST_ABBREVIATION = 6
_LOOKAHEAD = 64
_BULLETS = frozenset(".•·▪‣*-–—")
_LINE_END_PUNCTUATION = frozenset(".!?…:;\"'”’)")


def split_sentences(text: str) -> list[Span]:
    """Sentence spans, trimmed of surrounding whitespace, in order and non-overlapping."""
    spans: list[Span] = []
    start = _first_non_space(text, 0, len(text))
    for match in _CANDIDATE.finditer(text, start):
        kind = match.lastgroup
        if kind == "gap":
            if match.start() == start:
                continue
            end = match.start(kind)
            if text.find("\n", end, match.end()) < 0 and not _terminal_ends_sentence(text, match):
                continue
        elif kind == "line_break":
            if _line_continues(text, match):
                continue
            end = match.start()
        else:
            end = match.end()
        _append_trimmed(text, start, end, spans)
        start = match.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(load_lines("abbreviations.txt"))


@cache
def _sentence_starters() -> frozenset[str]:
    return frozenset(load_lines("sentence_starters.txt"))


def _terminal_ends_sentence(text: str, match: re.Match[str]) -> bool:
    """Terminal punctuation ends a sentence unless a lower-case word follows or it closes an abbreviation."""
    end = match.end()
    following = text[end : end + 1]
    if not following.isalnum():
        next_word = _NEXT_WORD.match(text, end, end + _LOOKAHEAD)
        following = next_word.group(1) if next_word else ""
    if following.islower():
        return False
    period = match.start()
    if text[period] != "." or text.startswith("..", period):
        return True
    if not _ends_with_abbreviation(text, period):
        return True
    next_word = _NEXT_WORD.match(text, end, end + _LOOKAHEAD)
    return next_word is not None and next_word.group(1) + next_word.group(2) in _sentence_starters()


def _ends_with_abbreviation(text: str, period: int) -> bool:
    """ "Gen.", "Nov.", an initialism ("U.S.", "J.R.R.") or an initial ("J.") before the period: not
    necessarily the end of a sentence. The word is the run of letters and periods that `rstrip` finds before the
    period, which is cheaper than a regex searching the window for a run that reaches its end."""
    if period == 0 or not text[period - 1].isalpha():
        return False
    if period > _LONGEST_ABBREVIATION and text[period - _LONGEST_ABBREVIATION - 1 : period].isalpha():
        return False
    window = text[max(0, period - _LONGEST_WORD_BEFORE_PERIOD) : period]
    word_start = period - len(window) + len(window.rstrip(_LETTERS_AND_PERIODS))
    while word_start < period and text[word_start] == ".":
        word_start += 1
    if word_start == period or (word_start > 0 and text[word_start - 1].isalnum()):
        return False
    word = text[word_start:period]
    token = word.lower()
    if token in _abbreviations() or _INITIALISM.fullmatch(token):
        return True
    return len(token) == 1 and word.isupper()


def _line_continues(text: str, match: re.Match[str]) -> bool:
    """A single line break inside a hard-wrapped paragraph: the line has no final punctuation and the next
    line goes on in lower case."""
    if match.group().count("\n") > 1:
        return False
    line_end = match.start()
    while line_end > 0 and text[line_end - 1] in " \t\r":
        line_end -= 1
    if line_end == 0 or text[line_end - 1] in _LINE_END_PUNCTUATION:
        return False
    following = match.end()
    return following < len(text) and text[following].islower()


def _first_non_space(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _append_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    """The sentence without surrounding white space or a list bullet ("•", "-", or "." left by a converter)."""
    if start < end and (text[start].isspace() or text[start] in _BULLETS):
        start = _first_non_space(text, start, end)
        if start + 1 < end and text[start] in _BULLETS and text[start + 1].isspace():
            start = _first_non_space(text, start + 1, end)
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))
