"""What every step of reading a document shares: the text, the word lists, the registry, sentence bounds,
and the cues around a name (the words just before and after it) that say what it is.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from briefing.core.aliases import Registry
from briefing.core.gazetteer import Gazetteer
from briefing.core.model import Span
from briefing.core.names import Chain
from briefing.core.segments import Segment, is_plain

_NEXT_LOWER_WORD = re.compile(r"\s+([a-z]+)")
_LOWER_WORD_AFTER = re.compile(r" ([a-z]+)\b")
_NEXT_WORD = re.compile(
    r"\s+(?:(?:has|have|had|will|would|must|can|could|should|continues to|is|was)\s+(?:also\s+|now\s+|not\s+)?)?"
    r"([a-z]+)"
)
_NEXT_NAME = re.compile(r"[A-Z]\w*(?: [A-Z]\w*)?")


@dataclass
class Reader:
    """One document while it is read."""

    text: str
    gazetteer: Gazetteer
    registry: Registry
    sentence_ends: list[int]
    sentence_starts: list[int]
    pending_title: tuple[Span, str, str | None] | None = None

    def sentence_start(self, offset: int) -> int:
        index = bisect_right(self.sentence_starts, offset) - 1
        return self.sentence_starts[index] if index >= 0 else 0

    def sentence_end(self, offset: int) -> int:
        index = bisect_right(self.sentence_ends, offset)
        return self.sentence_ends[index] if index < len(self.sentence_ends) else len(self.text)


def chain_span(chain: Chain, first: int, last: int) -> Span:
    return Span(chain.words[first].start, chain.words[last].end)


def chain_text(reader: Reader, chain: Chain, first: int, last: int) -> str:
    return reader.text[chain.words[first].start : chain.words[last].end]


def plain_gap_before(chain: Chain, segment: Segment) -> bool:
    return segment.first > 0 and is_plain(chain.gaps[segment.first - 1])


def cue_before(reader: Reader, start: int) -> str | None:
    """What the words just before a name say about it: "near", "in", "of", "not-of", "agent" or None."""
    words = reader.text[max(0, start - 40) : start].rsplit(None, 4)
    if words and words[-1].casefold() in _cue_choices(reader.gazetteer)[3]:
        words.pop()
    if words and words[-1] in ("the", "The"):
        words.pop()
    if not words:
        return None
    last = words[-1].casefold()
    if last == "of" and len(words) > 1:
        return _cue_choices(reader.gazetteer)[0].get(words[-2].casefold())
    return _cue_choices(reader.gazetteer)[1].get(last)


@cache
def _cue_choices(
    gazetteer: Gazetteer,
) -> tuple[dict[str, str], dict[str, str], frozenset[str], frozenset[str]]:
    """Each cue word's reading chosen once per gazetteer: before "of", on its own, the words that make the name
    before them a place, and the adjectives of direction read past ("in southern Lebanon")."""
    before_of: dict[str, str] = {}
    alone: dict[str, str] = {}
    for word, found in gazetteer.place_cues.items():
        for cues, wanted in ((before_of, ("of", "not-of")), (alone, ("near", "in", "agent"))):
            chosen = next((cue for cue in wanted if cue in found), None)
            if chosen is not None:
                cues[word] = chosen
    after = frozenset(word for word, found in gazetteer.place_cues.items() if "after" in found)
    modifiers = frozenset(word for word, found in gazetteer.place_cues.items() if "modifier" in found)
    return before_of, alone, after, modifiers


def cue_after(reader: Reader, end: int) -> bool:
    """The word just after a name makes it a place ("X province")."""
    match = _NEXT_LOWER_WORD.match(reader.text, end)
    return match is not None and match.group(1) in _cue_choices(reader.gazetteer)[2]


def acts(reader: Reader, end: int) -> bool:
    """The next words are a verb of the subject: "said", "launched", "has worked", "will continue"."""
    match = _NEXT_WORD.match(reader.text, end, min(len(reader.text), end + 40))
    if match is None:
        return False
    verb = match.group(1)
    return verb in reader.gazetteer.speech_verbs or (match.group(0).split()[0] != verb and len(verb) > 3)


def lower_word_after(text: str, end: int, limit: int | None = None) -> re.Match[str] | None:
    """The lower-case word one space after a name, as group 1 ("Houthi movement", "Russia abstained")."""
    return _LOWER_WORD_AFTER.match(text, end, len(text) if limit is None else limit)


def next_words(text: str, start: int) -> str:
    match = _NEXT_NAME.match(text, start, min(len(text), start + 40))
    return match.group() if match else ""
