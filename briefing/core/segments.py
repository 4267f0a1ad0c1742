"""A run of capitalised words read as parts: listed names, titles, stop words and runs of unknown words.

"Iraqi Prime Minister Yusuf al-Tamrawi" reads as demonym, title, unknown words; the longest listed phrase wins,
so "Islamic State of Iraq and the Levant" is one organisation. Parts depend only on the words and the gaps
between them, so each distinct run is read once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from briefing.core.gazetteer import (
    Gazetteer,
    OrganisationEntry,
    PersonEntry,
    PlaceEntry,
    article_free_key,
    exact_key,
    load_gazetteer,
    name_suffixes,
)

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,7}")
_DESIGNATION = re.compile(r"[A-Z]{1,3}-[0-9]+[A-Z]?")
_PLAIN_GAP_CHARACTERS = " \u00a0\u200b\u200e\u200f"
_POSSESSIVE_GAPS = ("'s ", "’s ")


class Segment(NamedTuple):
    """Words first..last of a chain read as one thing: a listed name, a title, a demonym, a people ("Syrians"),
    a stop word or unknown words."""

    kind: str
    first: int
    last: int
    entry: PlaceEntry | OrganisationEntry | PersonEntry | str | None = None


def gap_words(gap: str) -> str:
    return " ".join(word for word in gap.split() if word.isalpha())


def is_plain(gap: str) -> bool:
    return not gap.strip(_PLAIN_GAP_CHARACTERS)


def _lookup(gazetteer: Gazetteer, words: tuple[str, ...], first: int, last: int, key: str) -> Segment | None:
    if first == last:
        word = words[first]
        bare = word.replace(".", "")
        if bare.isupper() and _ACRONYM.fullmatch(bare):
            organisation = gazetteer.acronyms.get(bare)
            if organisation is not None:
                return Segment("organisation", first, last, organisation)
            place = gazetteer.places.get(key)
            if place is not None:
                return Segment("place", first, last, place)
            title = gazetteer.upper_titles.get(word)
            if title is not None:
                return Segment("title", first, last, title)
            demonym = gazetteer.demonyms.get(key)
            return Segment("demonym", first, last, demonym) if demonym is not None else None
        if (mixed_case := gazetteer.acronyms.get(bare)) is not None:
            return Segment("organisation", first, last, mixed_case)
    if (
        first == last
        and key.endswith("s")
        and key[:-1] in gazetteer.demonyms
        and key not in gazetteer.organisations
        and key not in gazetteer.groups  # "Jihadists" at a sentence start are the jihadists, a group
    ):
        return Segment("people", first, last, gazetteer.demonyms[key[:-1]] or words[first][:-1])
    for kind, table in (
        ("organisation", gazetteer.organisations),
        ("place", gazetteer.places),
        ("title", gazetteer.titles),
        ("person", gazetteer.people),
        ("demonym", gazetteer.demonyms),
    ):
        entry = table.get(key)
        if entry is not None:
            return Segment(kind, first, last, entry)
    return None


def _longest_listed(
    gazetteer: Gazetteer, words: tuple[str, ...], gaps: tuple[str, ...], keys: list[str], first: int
) -> Segment | None:
    """The longest listed phrase starting at word `first`, growing only while some phrase has this prefix."""
    found: Segment | None = None
    phrase = keys[first]
    last = first
    while True:
        segment = _lookup(gazetteer, words, first, last, phrase)
        if segment is not None:
            found = segment
        if last + 1 >= len(keys):
            break
        if gaps[last] in _POSSESSIVE_GAPS:  # "Her Majesty's Government" is keyed "her majestys government"
            phrase = f"{phrase}s"
        if phrase not in gazetteer.prefixes:
            break
        gap = gap_words(gaps[last])
        last += 1
        phrase = f"{phrase} {gap} {keys[last]}" if gap else f"{phrase} {keys[last]}"
    if found is None and keys[first] not in gazetteer.stopwords and not words[first].isupper():
        text = words[first]
        for last in range(first, min(first + 4, len(keys))):
            if last > first:
                text = f"{text}{gaps[last - 1]}{words[last]}"
            place = gazetteer.places.get(article_free_key(text))
            if place is not None:
                found = Segment("place", first, last, place)
    return found


@lru_cache(maxsize=1 << 14)
def read_segments(words: tuple[str, ...], gaps: tuple[str, ...]) -> tuple[Segment, ...]:
    """A chain's words read as listed names, titles, stop words and runs of unknown words."""
    gazetteer = load_gazetteer()
    keys = [exact_key(word) for word in words]
    segments: list[Segment] = []
    index = 0
    while index < len(keys):
        listed = _longest_listed(gazetteer, words, gaps, keys, index)
        previous = segments[-1] if segments else None
        continues_name = previous is not None and previous.kind == "unknown" and is_plain(gaps[index - 1])
        if (
            listed is not None
            and previous is not None
            and previous.kind == "title"
            and is_plain(gaps[index - 1])
            and _place_inside_name(gazetteer, words, gaps, keys, listed)
        ):
            # a country that opens a name after a title is a given name ("Foreign Minister Israel Katz")
            segments.append(Segment("unknown", listed.first, listed.last))
            index = listed.last + 1
            continue
        if listed is not None and not (
            continues_name
            and (
                _is_name_part(listed)
                or _place_inside_name(gazetteer, words, gaps, keys, listed)
                or _loosely_spelled_place(gazetteer, keys, listed)
                or _place_as_surname(gazetteer, words, previous, listed)
            )
        ):
            segments.append(listed)
            index = listed.last + 1
            continue
        word = words[index]
        if listed is not None and previous is not None:
            segments[-1] = Segment("unknown", previous.first, listed.last)
            index = listed.last + 1
            continue
        if keys[index] in gazetteer.stopwords or (
            word.endswith(".") and len(word) > 2 and keys[index] not in name_suffixes()
        ):
            segments.append(Segment("stop", index, index))
        elif (
            previous is not None
            and previous.kind == "unknown"
            and gap_words(gaps[index - 1]) not in ("and", "and the")
        ):
            segments[-1] = Segment("unknown", previous.first, index)
        else:
            segments.append(Segment("unknown", index, index))
        index += 1
    return tuple(
        _units_split_from_names(
            gazetteer, words, gaps, _names_split_from_complements(gazetteer, words, gaps, segments)
        )
    )


def _names_split_from_complements(
    gazetteer: Gazetteer, words: tuple[str, ...], gaps: tuple[str, ...], segments: list[Segment]
) -> list[Segment]:
    """An office's complement runs into the holder's name ("Minister for Development Helen Marsh"): the name,
    from a given name on, is a part of its own, so the office stays a title and the name a person."""
    split: list[Segment] = []
    for segment in segments:
        name_start = None
        if (
            segment.kind == "unknown"
            and any(earlier.kind == "title" for earlier in split)
            and not is_plain(gaps[segment.first - 1])
        ):
            name_start = _given_name_start(gazetteer, words, segment)
        if name_start is None:
            split.append(segment)
            continue
        split.append(Segment("unknown", segment.first, name_start - 1))
        split.append(Segment("unknown", name_start, segment.last))
    return split


def _units_split_from_names(
    gazetteer: Gazetteer, words: tuple[str, ...], gaps: tuple[str, ...], segments: list[Segment]
) -> list[Segment]:
    """After a title, "Omar Kassem of the 5th Brigade" is a name and the unit it serves in, not one body: the
    run is split at its "of"."""
    split: list[Segment] = []
    for segment in segments:
        of = next(
            (
                index
                for index in range(segment.first, segment.last)
                if gap_words(gaps[index]) in ("of", "of the")
            ),
            None,
        )
        if (
            of is None
            or segment.kind != "unknown"
            or not split
            or split[-1].kind != "title"
            or words[segment.last] not in gazetteer.organisation_suffixes
        ):
            split.append(segment)
            continue
        split.append(Segment("unknown", segment.first, of))
        split.append(Segment("unknown", of + 1, segment.last))
    return split


def _given_name_start(gazetteer: Gazetteer, words: tuple[str, ...], segment: Segment) -> int | None:
    """Where a two- to four-word person name starting with a listed given name ends the run, if it does."""
    last_word = words[segment.last]
    if last_word in gazetteer.organisation_suffixes or last_word in gazetteer.place_suffixes:
        return None
    for start in range(max(segment.first + 1, segment.last - 3), segment.last):
        name = words[start : segment.last + 1]
        if words[start] in gazetteer.given_names and not any(word.isupper() for word in name):
            return start
    return None


def _place_inside_name(
    gazetteer: Gazetteer, words: tuple[str, ...], gaps: tuple[str, ...], keys: list[str], listed: Segment
) -> bool:
    """A one-word place or demonym between two unlisted name words is part of a person's name ("Abdifatah Aden
    Hassan", "Mohammed Shia al-Sudani")."""
    after = listed.last + 1
    return (
        listed.kind in ("place", "demonym")
        and listed.first == listed.last
        and after < len(words)
        and is_plain(gaps[listed.last])
        and not words[after].isupper()
        and keys[after] not in gazetteer.stopwords
        and _longest_listed(gazetteer, words, gaps, keys, after) is None
        and words[after] not in gazetteer.organisation_suffixes
        and words[after] not in gazetteer.place_suffixes
    )


def _loosely_spelled_place(gazetteer: Gazetteer, keys: list[str], listed: Segment) -> bool:
    """A word after a name that matches a place only as a transliteration ("Cameron" for Cameroon, with one
    letter doubled) is the person's surname: "David Cameron"."""
    return (
        listed.kind == "place"
        and listed.first == listed.last
        and keys[listed.first] not in gazetteer.place_spellings
    )


def _place_as_surname(
    gazetteer: Gazetteer, words: tuple[str, ...], previous: Segment | None, listed: Segment
) -> bool:
    """A one-word town or country right after a listed given name ends the person's name: "Abdirahman Aden",
    "Michael Jordan"."""
    return (
        previous is not None
        and previous.first == previous.last
        and words[previous.first] in gazetteer.given_names
        and listed.kind == "place"
        and listed.first == listed.last
    )


def _is_name_part(segment: Segment) -> bool:
    """A listed surname or an honorific that is also a surname ("Julie Bishop") after a given name."""
    return (segment.kind == "person" and segment.first == segment.last) or (
        segment.kind == "title" and segment.entry == "honorific" and segment.first == segment.last
    )


def is_acronym(word: str) -> bool:
    """Capitals that can name a body ("SDF", "M23"); a model designation ("T-72", "F-16", "AH-64") names none."""
    letters = word.replace(".", "")
    return (
        letters.isupper()
        and len(letters) >= 2
        and _ACRONYM.fullmatch(letters) is not None
        and _DESIGNATION.fullmatch(letters) is None
    )
