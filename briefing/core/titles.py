"""Ranks, titles and role phrases around a person's name.

A role phrase is an appositive that describes the person ("Gen. Marcus Ellingham, commander of the Northern
Task Group, said"; "the Foreign Secretary, Alden Marsh, said"). It becomes one of the person's roles and a
mention of the person, because later text often refers to the person by it alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.core.gazetteer import Gazetteer

_ROLE_AFTER = re.compile(
    r",\s+(?:(?:a|an|the|The)\s+)?([^,;:\n“”\"()]{2,90}?)"
    r"(?=\s*[,;:\n“”\"()]|\s+(?:said|says|told|added|stated|wrote|explained|announced)\b|\.?\Z)"
)
_ADJUNCT = re.compile(r"\s(?:against|in|at|on|during|since|with|who|which|that|when|after|before|until)\s")
_ROLE_WORD = re.compile(r"[\w’'.-]+")


@dataclass(frozen=True, slots=True)
class RolePhrase:
    start: int
    end: int
    head_start: int
    head_end: int
    text: str


def _head_word_span(phrase: str, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """The role head noun of a phrase ("commander" in "commander of the Northern Task Group")."""
    words = list(_ROLE_WORD.finditer(phrase))
    for index, word in enumerate(words):
        lowered = word.group().casefold()
        if index + 1 < len(words):
            pair = f"{lowered} {words[index + 1].group().casefold()}"
            if pair in gazetteer.roles:
                return word.start(), words[index + 1].end()
        if lowered in gazetteer.roles:
            return word.start(), word.end()
    return None


def _looks_like_role(phrase: str, gazetteer: Gazetteer) -> bool:
    """A role phrase is a noun phrase: no finite verb from the speech-verb list, no sentence inside."""
    words = phrase.split()
    if len(words) > 12:
        return False
    return not any(word.casefold() in gazetteer.speech_verbs for word in words[1:])


def role_after(text: str, end: int, limit: int, gazetteer: Gazetteer) -> RolePhrase | None:
    """A role appositive starting at `end` (just after a name) and ending before `limit`, or None."""
    match = _ROLE_AFTER.match(text, end, min(limit, end + 120))
    if match is None:
        return None
    phrase = _ADJUNCT.split(match.group(1), maxsplit=1)[0].rstrip().removesuffix(".")
    if not _looks_like_role(phrase, gazetteer):
        return None
    head = _head_word_span(phrase, gazetteer)
    if head is None:
        return None
    start = match.start(1)
    phrase_end = start + len(phrase)
    return RolePhrase(start, phrase_end, start + head[0], start + head[1], phrase)


_ROLE_BEFORE = re.compile(
    r"(?:^|[“\"(]\s*|\b(?:as|by|with|and|met|from)\s+)((?:[Tt]he|[Aa]n?)\s+[^,;:\n“”\"()]{2,60}?),\s+\Z"
)


def role_before(text: str, name_start: int, sentence_start: int, gazetteer: Gazetteer) -> RolePhrase | None:
    """A role appositive just before a name ("the Iraqi Foreign Minister, Ibrahim ..."), or None."""
    match = _ROLE_BEFORE.search(text, max(sentence_start, name_start - 70), name_start)
    if match is None:
        return None
    phrase = match.group(1)
    if not _looks_like_role(phrase, gazetteer):
        return None
    words = list(_ROLE_WORD.finditer(phrase))
    if not words:
        return None
    last = words[-1]
    head = _head_word_span(
        phrase[last.start() - (len(words[-2].group()) + 1 if len(words) > 1 else 0) :], gazetteer
    )
    if head is None:
        return None
    offset = match.start(1) + last.start() - (len(words[-2].group()) + 1 if len(words) > 1 else 0)
    start = match.start(1)
    return RolePhrase(start, start + len(phrase), offset + head[0], offset + head[1], phrase)
