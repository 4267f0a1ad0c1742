"""Candidate name spans: runs of capitalised words, found in one regex pass over the text.

A run ("chain") joins capitalised words separated by a space or by a name particle ("of", "for the", "bin",
"de"), so "Islamic State of Iraq and the Levant" and "Minister for the Middle East Tobias Ellwood" arrive as one
chain; the entities step decides where one name ends and the next begins.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LETTER = r"\w\u00c0-\u024f"
_NAME_WORD = re.compile(
    rf"(?<![\w’'\-])(?:"
    rf"(?:[A-Z]\.){{2,}}(?:-[a-z]+)?"
    rf"|(?:(?:al|el|ad|ar|as|az|ash|an|at|bin|ibn|bu|abu)[-‑])?[{_UPPER}][{_LETTER}]*"
    rf"(?:[’'](?!s\b)[{_LETTER}]+)*(?:-[{_LETTER}’']+)*\.?"
    rf"|\d+(?:st|nd|rd|th)(?= [{_UPPER}])"
    rf")"
)
_GAP = re.compile(
    r"[\u200b\u200e\u200f]? (?:(?:of|for|and|de|du|des|da|di|del|della|der|den|van|von|la|le|bin|ibn|bint|al|el"
    r"|bu|ul|ud|ad|ar|az|ash|ez|es|ed)(?: the)? |(?:al|el|ad|ar|as|az)- )?|\u00a0"
)
_NICKNAME = re.compile(r" [“\"][^”\"\n]{1,20}[”\"] (?=[A-Z])")
_POSSESSIVE = re.compile(r"[’']s?(?!\w)")


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Chain:
    """Capitalised words in order; gaps[i] is the text between words i and i+1."""

    words: tuple[Word, ...]
    gaps: tuple[str, ...]
    possessive: bool

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end


def _keeps_period(word: str, is_abbreviation: Callable[[str], bool]) -> bool:
    """A final period belongs to initials, dotted acronyms and abbreviated titles, not to a sentence end."""
    bare = word[:-1]
    return len(bare) == 1 or "." in bare or is_abbreviation(word)


def find_chains(text: str, is_abbreviation: Callable[[str], bool]) -> list[Chain]:
    """Every run of capitalised words, split at sentence ends and at anything but a name particle."""
    chains: list[Chain] = []
    words: list[Word] = []
    gaps: list[str] = []

    def close() -> None:
        if words:
            possessive = _POSSESSIVE.match(text, words[-1].end) is not None
            chains.append(Chain(tuple(words), tuple(gaps), possessive))
        words.clear()
        gaps.clear()

    sentence_ended = False
    skip_until = 0
    for match in _NAME_WORD.finditer(text):
        start, end = match.span()
        if start < skip_until:
            continue
        word = match.group()
        if words:
            gap = text[words[-1].end : start]
            nickname = _NICKNAME.match(text, words[-1].end) if gap in (" “", ' "') else None
            if nickname is not None:
                skip_until = nickname.end()
                continue
            if skip_until and start == skip_until:
                gaps.append(text[words[-1].end : start])
                skip_until = 0
            elif sentence_ended or len(gap) > 24 or not (gap == " " or _GAP.fullmatch(gap)):
                close()
            else:
                gaps.append(gap)
        sentence_ended = False
        if word.endswith(".") and not _keeps_period(word, is_abbreviation):
            end -= 1
            word = word[:-1]
            sentence_ended = True
        if word:
            words.append(Word(start, end, word))
    close()
    return chains
