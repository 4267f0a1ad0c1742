"""Ranks, titles and role phrases around a person's name.

A role phrase is an appositive that describes the person ("Gen. Marcus Ellingham, commander of the Northern
Task Group, said"; "the Foreign Secretary, Alden Marsh, said"). It becomes one of the person's roles and a
mention of the person, because later text often refers to the person by it alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from briefing.core.gazetteer import Gazetteer

_ROLE_AFTER = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:(?:a|an|the|The)\s+)?([^,;:\n“”\"()]{2,90}?)"
    r"(?=\s*[,;:\n“”\"()]|\s+(?:said|says|told|added|stated|wrote|explained|announced)\b|\.?\Z)"
)
_ADJUNCT = re.compile(r"\s(?:against|in|at|on|during|since|with|who|which|that|when|after|before|until)\s")
_ROLE_WORD = re.compile(r"[\w’'.-]+")


@dataclass(frozen=True, slots=True)
class RolePhrase:
    start: int
    end: int
    text: str


def _has_role_head(phrase: str, gazetteer: Gazetteer) -> bool:
    """The phrase holds a role noun ("commander" in "commander of the Northern Task Group")."""
    words = [word.casefold() for word in _ROLE_WORD.findall(phrase)]
    return any(word in gazetteer.roles for word in words) or any(
        f"{first} {second}" in gazetteer.roles for first, second in pairwise(words)
    )


def _looks_like_role(phrase: str, gazetteer: Gazetteer) -> bool:
    """A role phrase is a noun phrase: no finite verb from the speech-verb list, no sentence inside."""
    words = phrase.split()
    if len(words) > 12:
        return False
    return not any(word.casefold() in gazetteer.speech_verbs for word in words[1:])


def role_after(text: str, end: int, limit: int, gazetteer: Gazetteer) -> RolePhrase | None:
    """A role appositive starting at `end` (just after a name) and ending before `limit`, or None."""
    if text[end : end + 1] != ",":
        return None
    match = _ROLE_AFTER.match(text, end, min(limit, end + 120))
    if match is None:
        return None
    phrase = _ADJUNCT.split(match.group(1), maxsplit=1)[0].rstrip().removesuffix(".")
    if not _looks_like_role(phrase, gazetteer):
        return None
    if not _has_role_head(phrase, gazetteer):
        return None
    start = match.start(1)
    return RolePhrase(start, start + len(phrase), phrase)


_ROLE_BEFORE = re.compile(
    r"(?:^|[“\"(]\s*|\b(?:[Aa]s|[Bb]y|[Ww]ith|and|met|[Ff]rom)\s+)((?:[Tt]he|[Aa]n?)\s+[^,;:\n“”\"()]{2,70}?),\s+$"
)


def role_before(text: str, name_start: int, sentence_start: int, gazetteer: Gazetteer) -> RolePhrase | None:
    """A role appositive just before a name ("the Iraqi Foreign Minister, Ibrahim ..."), or None."""
    window_start = max(sentence_start, name_start - 80)
    if not text[window_start:name_start].rstrip().endswith(","):
        return None
    match = _ROLE_BEFORE.search(text[window_start:name_start])
    if match is None:
        return None
    phrase = match.group(1)
    if not _looks_like_role(phrase, gazetteer) or not _has_role_head(phrase, gazetteer):
        return None
    start = window_start + match.start(1)
    return RolePhrase(start, start + len(phrase), phrase)
