"""Sentence boundaries: every later step reasons within one sentence."""

from __future__ import annotations

import re
from functools import cache

from briefing.core.lexicon import load_lines
from briefing.core.model import Span

_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n\s*\n")


def split_sentences(text: str) -> list[Span]:
    """Sentence spans, trimmed of surrounding whitespace, in order and non-overlapping."""
    spans: list[Span] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group().startswith((".",)) and _ends_with_abbreviation(text, match.start()):
            continue
        if match.group().startswith(".") and _next_word_is_lower(text, end):
            continue
        _append_trimmed(text, start, end, spans)
        start = end
    _append_trimmed(text, start, len(text), spans)
    return spans


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(load_lines("abbreviations.txt"))


def _ends_with_abbreviation(text: str, period: int) -> bool:
    word_start = period
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:period].lower().strip(".")
    if not word:
        return False
    return word in _abbreviations() or (len(word) == 1 and word.isalpha())


def _next_word_is_lower(text: str, position: int) -> bool:
    index = position
    while index < len(text) and text[index] in " \t":
        index += 1
    return index < len(text) and text[index].islower()


def _append_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))
