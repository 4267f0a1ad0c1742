"""Candidate name spans: runs of capitalised words, found in one regex pass over the text.

A run ("chain") joins capitalised words separated by a space or by a name particle ("of", "for the", "bin",
"de"), so "Islamic State of Iraq and the Levant" and "Minister for the Middle East Alden Marsh" arrive as one
chain; the entities step decides where one name ends and the next begins.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LETTER = r"\w\u00c0-\u024f"
# The pattern opens with a character class, not an alternation, so the regex engine skips in C to the
# characters that can start a name word; "(?<!\d\d)" keeps a digit from starting inside a number.
_NAME_WORD = re.compile(
    rf"[{_UPPER}\d](?<!\d\d)(?:"
    rf"(?<=[A-Z])\.(?:[A-Z]\.)+(?:-[a-z]+)?"
    rf"|(?<=\d)\d*+(?:st|nd|rd|th)(?= [{_UPPER}])"
    rf"|(?<=[{_UPPER}])[{_LETTER}]*(?:[’'](?!s\b)[{_LETTER}]+)*(?:-[{_LETTER}’']+)*\.?"
    rf")"
)
_ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|ar|as|az|ash|an|at|ez|es|ed|er|et|ud|ul|ur|bin|ibn|bu|abu)[-‑]\Z")
_WORD_CHARACTERS = re.compile(r"[\w’'\-]")
_JOINERS = "’'-_"
_GAP = re.compile(
    r"[\u200b\u200e\u200f]? (?:(?:of|for|and|de|du|des|da|di|del|della|der|den|van|von|la|le|bin|ibn|bint|al|el"
    r"|bu|ul|ud|ad|ar|az|ash|ez|es|ed)(?: the)? |(?:al|el|ad|ar|as|az)- )?|\u00a0"
)
_NICKNAME = re.compile(r" [“\"][^”\"\n]{1,20}[”\"] (?=[A-Z])")
_POSSESSIVE = re.compile(r"[’']s?(?!\w)")
_APOSTROPHES = "’'"
_NEW_TUPLE = tuple.__new__  # builds a NamedTuple without its Python-level __new__: one per word scanned


class Word(NamedTuple):
    start: int
    end: int
    text: str


class Chain(NamedTuple):
    """Capitalised words in order; gaps[i] is the text between words i and i+1."""

    words: tuple[Word, ...]
    gaps: tuple[str, ...]
    possessive: bool
    texts: tuple[str, ...]


def _keeps_period(word: str, is_abbreviation: Callable[[str], bool]) -> bool:
    """A final period belongs to initials, dotted acronyms and abbreviated titles, not to a sentence end."""
    bare = word[:-1]
    return len(bare) == 1 or "." in bare or is_abbreviation(word)


def _close(
    text: str,
    words: list[Word],
    texts: list[str],
    gaps: list[str],
    stopwords: frozenset[str],
    chains: list[Chain],
) -> None:
    """Ends a run: kept unless it is one stop word."""
    if len(words) > 1 or texts[0].casefold() not in stopwords:
        last_end = words[-1].end
        possessive = text[last_end : last_end + 1] in _APOSTROPHES and (
            _POSSESSIVE.match(text, last_end) is not None
        )
        chains.append(_NEW_TUPLE(Chain, (tuple(words), tuple(gaps), possessive, tuple(texts))))


def find_chains(
    text: str, is_abbreviation: Callable[[str], bool], stopwords: frozenset[str] = frozenset()
) -> list[Chain]:
    """Every run of capitalised words, split at sentence ends and at anything but a name particle.

    A run of one word that is a stop word ("The", "However") is left out: it cannot name anything.
    """
    chains: list[Chain] = []
    words: list[Word] = []
    texts: list[str] = []
    gaps: list[str] = []
    sentence_ended = False
    skip_until = 0
    previous_end = 0
    for match in _NAME_WORD.finditer(text):
        start, end = match.span()
        if start < skip_until:
            continue
        word = match.group()
        if start and ((before := text[start - 1]).isalnum() or before in _JOINERS):
            article = _ARTICLE_PREFIX.search(text, max(0, start - 4), start)
            if article is None or (article.start() and _WORD_CHARACTERS.match(text, article.start() - 1)):
                continue
            start = article.start()
            word = text[start:end]
        if words:
            if start - previous_end > 24 or (sentence_ended and not skip_until):
                _close(text, words, texts, gaps, stopwords, chains)
                words, texts, gaps = [], [], []
            else:
                gap = text[previous_end:start]
                if gap == " " and not skip_until and not sentence_ended:
                    gaps.append(gap)
                elif gap in (" “", ' "') and (nickname := _NICKNAME.match(text, previous_end)) is not None:
                    skip_until = nickname.end()
                    continue
                elif skip_until and start == skip_until:
                    gaps.append(gap)
                    skip_until = 0
                elif sentence_ended or not _GAP.fullmatch(gap):
                    _close(text, words, texts, gaps, stopwords, chains)
                    words, texts, gaps = [], [], []
                else:
                    gaps.append(gap)
        sentence_ended = False
        if word[-1] == "." and not _keeps_period(word, is_abbreviation):
            end -= 1
            word = word[:-1]
            sentence_ended = True
        if word:
            words.append(_NEW_TUPLE(Word, (start, end, word)))
            texts.append(word)
            previous_end = end
    if words:
        _close(text, words, texts, gaps, stopwords, chains)
    return chains
