"""Actors and places, with aliases linked into one entity each.

One regex pass finds runs of capitalised words (names.py); each run is read as parts (segments.py) and by
rule: a title before a name makes a person (persons.py), an organisation suffix an organisation, a place cue
("near X", "X province") a place (places.py, which also decides when a country acts). Descriptions in lower
case that name a body ("the Syrian government", "Iraq's military", "the coalition", "the militants") are found
by references.py. Linking and the final, non-overlapping mentions live in aliases.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import cast

from briefing.core import references
from briefing.core.aliases import Registry
from briefing.core.gazetteer import (
    Gazetteer,
    OrganisationEntry,
    PersonEntry,
    PlaceEntry,
    exact_key,
    load_gazetteer,
)
from briefing.core.lexicon import load_lines, load_table
from briefing.core.model import Actor, ActorKind, Place, Span
from briefing.core.names import Chain, find_chains
from briefing.core.persons import (
    person_like,
    read_named_person,
    read_speaker_label,
    read_titled_person,
    resolve_single_words,
    speaker_labels,
)
from briefing.core.places import BACKING, place_cue, place_key, read_compound_places, read_place
from briefing.core.reading import Reader, chain_span, chain_text, cue_after, plain_gap_before
from briefing.core.segments import Segment, gap_words, is_acronym, read_segments
from briefing.core.word_trees import phrase_after_pattern

_ARTICLES_APART = ("al ", "el ")
_HEADLINE_MIN_WORDS = 4
_CLAUSE_OPENING_MARKS = ("-", "–", "—", ":", "“", '"', "(")
_LONG_NAME = 9  # letters from which an unlisted word whose consonants spell a listed town is that town
# What ends a run of capitalised words inside a listed name: a lower-case word ("Mission in Afghanistan"), a
# dash ("Task Force – Operation Inherent Resolve"), a possessive ("Her Majesty's Government").
_CONNECTOR_GAPS = frozenset(
    [f" {word}{the} " for word in ("in", "to", "on", "at", "against", "for") for the in ("", " the")]
    + [" – ", " — ", " - ", "'s ", "’s "]
)
_LONGEST_CONNECTOR_GAP = max(map(len, _CONNECTOR_GAPS))


def find_entities(text: str, sentences: list[Span], non_body: list[Span]) -> tuple[list[Actor], list[Place]]:
    """Every actor and place of the story, each with all its linked mentions."""
    gazetteer = load_gazetteer()
    registry = Registry(text)
    reader = Reader(
        text,
        gazetteer,
        registry,
        sorted([span.end for span in sentences]),
        sorted([span.start for span in sentences]),
    )
    singles: list[Span] = []
    labels = speaker_labels(text)
    labelled: list[tuple[Span, Chain]] = []
    headlines = _headline_lines(text)
    vessels: set[str] = set()
    for chain in _join_listed_names(text, find_chains(text, gazetteer.is_abbreviation, gazetteer.stopwords)):
        if _names_a_vessel(reader, chain):
            vessels.update(chain.texts)
            continue
        if headlines and _inside(headlines, chain.words[0].start):
            _read_listed_names_only(reader, chain)
            continue
        label = labels.get(chain.words[0].start)
        if label is not None and label.end == chain.words[-1].end:
            labelled.append((label, chain))
            continue
        _read_chain(reader, chain, singles)
    # labels first: a speaker met only in labels is a surname for the single words
    _read_speaker_labels(reader, labelled)
    if vessels:  # "Forbin is joining …" after "the frigate FS Forbin": the ship again
        singles = [span for span in singles if text[span.start : span.end] not in vessels]
    resolve_single_words(reader, singles)
    references.find_references(text, gazetteer, registry)
    registry.merge_surname_only_people()
    registry.merge_lone_titles()
    registry.merge_place_variants()
    return registry.build(non_body)


def _join_listed_names(text: str, chains: list[Chain]) -> list[Chain]:
    """Runs split at a lower-case word that a listed name spans are read as one run: "United Nations
    Assistance Mission in Afghanistan", "Group to Support Islam and Muslims"."""
    organisations = load_gazetteer().organisations
    joined: list[Chain] = []
    previous_end = -100
    for chain in chains:
        start = chain.words[0].start
        if 3 <= start - previous_end <= _LONGEST_CONNECTOR_GAP:
            previous = joined[-1]
            gap = text[previous_end:start]
            if gap in _CONNECTOR_GAPS and any(
                exact_key(text[first.start : last.end]) in organisations
                for first in previous.words
                for last in chain.words
            ):
                chain = Chain(
                    previous.words + chain.words,
                    (*previous.gaps, gap, *chain.gaps),
                    chain.possessive,
                    previous.texts + chain.texts,
                )
                joined.pop()
        joined.append(chain)
        previous_end = chain.words[-1].end
    return joined


@cache
def _unit_kinds() -> dict[str, ActorKind]:
    return {noun: cast(ActorKind, kind) for noun, kind in load_table("actors_unit_nouns.txt")}


@cache
def _unit_noun_pattern() -> re.Pattern[str]:
    return phrase_after_pattern(_unit_kinds())


def _headline_lines(text: str) -> list[Span]:
    """Lines of four or more words in Title Case or capitals ("Rebels Seize Key Border Town"), where every word
    is capitalised and capitals say nothing about names."""
    return [
        Span(match.start(), match.end() - 1)
        for match in _headline_line().finditer("\n" + text)
        if match.group(1).count(" ") >= _HEADLINE_MIN_WORDS - 1
    ]


@cache
def _headline_line() -> re.Pattern[str]:
    """A whole line of capitalised words and small words, matched after a newline (put before the text), a
    literal the regex engine finds in C; a word matches possessively, as it never gives back."""
    small = "|".join(load_lines("names_headline_small_words.txt"))
    word = rf"(?:[A-Z0-9“\"‘'(]\S*+|(?:{small})\b)"
    return re.compile(rf"\n([^\S\n]*{word}(?:[^\S\n]+{word})+[^\S\n]*)(?=\n|\Z)")


def _inside(spans: list[Span], offset: int) -> bool:
    index = bisect_right(spans, offset, key=lambda span: span.start) - 1
    return index >= 0 and offset < spans[index].end


def _read_listed_names_only(reader: Reader, chain: Chain) -> None:
    """In a headline only listed names and titled people are names: "Key Border Town" is no place, "NIGERIA"
    still is, and so is "Secretary of Defense Lloyd J. Austin III" on a line of its own."""
    segments = read_segments(chain.texts, chain.gaps)
    consumed: set[int] = set()
    _read_titled_people(reader, chain, segments, consumed)
    for position, segment in enumerate(segments):
        if position not in consumed and segment.kind in ("organisation", "place", "person"):
            _read_segment(reader, chain, segment, None, [])


def _read_speaker_labels(reader: Reader, labelled: list[tuple[Span, Chain]]) -> None:
    """Transcript labels name a speaker met in the text; a label that is a listed place or body (a dateline
    "KABUL:") is read as any other name, and any other label ("STAFF:", "Q:") names no one."""
    singles: list[Span] = []
    for label, chain in labelled:
        if read_speaker_label(reader, label, chain):
            continue
        segments = read_segments(chain.texts, chain.gaps)
        if any(segment.kind in ("place", "organisation") for segment in segments):
            _read_chain(reader, chain, singles)
    resolve_single_words(reader, singles)


def _read_chain(reader: Reader, chain: Chain, singles: list[Span]) -> None:
    """Titled people first, then every other part; single unknown words wait until all names are known."""
    segments = read_segments(chain.texts, chain.gaps)
    if len(segments) == 1:
        if segments[0].kind == "title":
            read_titled_person(reader, chain, segments, 0, set())
        elif segments[0].kind != "stop":
            _read_segment(reader, chain, segments[0], None, singles)
        return
    consumed = _read_joined_organisation(reader, chain, segments)
    _read_titled_people(reader, chain, segments, consumed)
    for position, segment in enumerate(segments):
        if position in consumed or segment.kind == "stop":
            continue
        following = segments[position + 1] if position + 1 < len(segments) else None
        if following is not None and _read_compound_body(reader, chain, segment, following):
            consumed.add(position + 1)
            continue
        _read_segment(reader, chain, segment, following, singles)


def _read_titled_people(
    reader: Reader, chain: Chain, segments: tuple[Segment, ...], consumed: set[int]
) -> None:
    """Each title not yet read with its name and complement; `consumed` gains the parts each one reads."""
    for position, segment in enumerate(segments):
        if segment.kind == "title" and position not in consumed:
            read_titled_person(reader, chain, segments, position, consumed)


def _read_joined_organisation(reader: Reader, chain: Chain, segments: tuple[Segment, ...]) -> set[int]:
    """Places and words joined before an organisation suffix are one name ("Azawad and Sahel Liberation
    Front", "Tigray Defence Forces"); returns the positions it reads."""
    last = segments[-1]
    if last.kind != "unknown" or chain.texts[last.last] not in reader.gazetteer.organisation_suffixes:
        return set()
    start = len(segments) - 1
    first_word = last.first
    joined = False
    while start > 0 and first_word == segments[start].first:
        before = segments[start - 1]
        country = isinstance(before.entry, PlaceEntry) and before.entry.kind == "country"
        gap = gap_words(chain.gaps[before.last])
        if before.kind not in ("place", "unknown", "organisation") or (country and not joined):
            break
        if gap not in ("", "and", "and the"):
            break
        joined = joined or gap in ("and", "and the") or not country
        start -= 1
        first_word = _first_word_after_particle(chain, before)
    if start == len(segments) - 1 or not joined:
        return set()
    span = chain_span(chain, first_word, last.last)
    name = reader.text[span.start : span.end]
    kind = _suffix_kind(reader.gazetteer, chain.texts[last.last])
    reader.registry.add_actor(f"org:{exact_key(name)}", name, kind, span)
    return set(range(start, len(segments)))


def _first_word_after_particle(chain: Chain, segment: Segment) -> int:
    """The first word of an unknown run after its last "of" ("Fighters of the | Kivu")."""
    for index in range(segment.last, segment.first, -1):
        if gap_words(chain.gaps[index - 1]) not in ("", "and", "and the"):
            return index
    return segment.first


def _read_compound_body(reader: Reader, chain: Chain, segment: Segment, following: Segment) -> bool:
    """Two parts that name one body, not two ("UK Government", "Iraqi Army", "Ohio Air National Guard")."""
    if not plain_gap_before(chain, following):
        return False
    if (
        following.kind == "organisation"
        and isinstance(segment.entry, PlaceEntry)
        and segment.entry.kind != "country"
    ):
        surface = chain_text(reader, chain, segment.first, following.last)
        kind: ActorKind = (
            following.entry.kind if isinstance(following.entry, OrganisationEntry) else "organisation"
        )
        draft = reader.registry.add_actor(
            f"org:{exact_key(surface)}", surface, kind, chain_span(chain, segment.first, following.last)
        )
        draft.affiliation = draft.affiliation or segment.entry.name
        return True
    if following.kind != "unknown":
        return False
    gazetteer = reader.gazetteer
    following_text = chain_text(reader, chain, following.first, following.last)
    span = chain_span(chain, segment.first, following.last)
    owner = segment.entry
    if segment.kind == "demonym" or (isinstance(owner, PlaceEntry) and owner.kind == "country"):
        body = gazetteer.bodies.get(following_text.casefold())
        if body is None:
            return False
        country = (
            owner.name
            if isinstance(owner, PlaceEntry)
            else str(owner or chain_text(reader, chain, segment.first, segment.last))
        )
        references.add_body(gazetteer, reader.registry, country, following_text, span)
        return True
    last_word = chain.words[following.last].text
    if isinstance(owner, PlaceEntry) and last_word in gazetteer.place_suffixes:
        surface = reader.text[span.start : span.end]
        reader.registry.add_place(f"place:{place_key(surface)}", surface, None, span)
        return True
    if isinstance(owner, OrganisationEntry) and last_word in gazetteer.organisation_suffixes:
        surface = reader.text[span.start : span.end]
        kind = _suffix_kind(gazetteer, last_word)
        draft = reader.registry.add_actor(f"org:{exact_key(surface)}", surface, kind, span)
        draft.affiliation = draft.affiliation or owner.name
        return True
    return False


def _read_segment(
    reader: Reader, chain: Chain, segment: Segment, following: Segment | None, singles: list[Span]
) -> None:
    """One part of a chain becomes a mention of the organisation, person, place or body it names."""
    registry = reader.registry
    words = chain.words
    span = Span(words[segment.first].start, words[segment.last].end)
    entry = segment.entry
    if isinstance(entry, (OrganisationEntry, PlaceEntry)):
        span = _with_article_before(reader.text, span)
    if isinstance(entry, OrganisationEntry):
        last_word = chain.texts[segment.last]
        if "-" not in last_word or not BACKING.search(last_word):
            registry.add_actor(f"org:{entry.name}", entry.name, entry.kind, span)  # type: ignore[arg-type]
        return
    if isinstance(entry, PersonEntry):
        read_named_person(reader, entry.name, span)
        return
    if isinstance(entry, PlaceEntry):
        word = chain.texts[segment.first]
        if (
            segment.first == segment.last
            and exact_key(word) not in reader.gazetteer.place_spellings
            and (person := registry.person_with_surname(word)) is not None
        ):  # "Cameron said", after "David Cameron": not Cameroon
            registry.mention(registry.actors[person], span)
            return
        read_place(reader, chain, segment, following, entry, span)
        return
    if segment.kind == "demonym":
        if following is None and references.listed_name_after(reader.text, span, reader.gazetteer, registry):
            return
        references.national_body_after(
            reader.text, span, entry or "", reader.gazetteer, registry, following is None
        )
        return
    if segment.kind == "people":
        references.add_body(reader.gazetteer, registry, str(entry), "people", span)
        return
    if segment.kind == "unknown":
        _read_unknown(reader, chain, segment, span, singles)


def _read_unknown(reader: Reader, chain: Chain, segment: Segment, span: Span, singles: list[Span]) -> None:
    """Unlisted words: an organisation or place by its suffix, an acronym, a place by its cue, a person by
    form; a single word waits in `singles` until every full name of the story is known."""
    gazetteer = reader.gazetteer
    registry = reader.registry
    words = chain.texts[segment.first : segment.last + 1]
    surface = reader.text[span.start : span.end]
    if "-" in words[0] and BACKING.search(words[0]):
        words = words[1:]
        if not words:
            return
        span = Span(chain.words[segment.first + 1].start, span.end)
        surface = reader.text[span.start : span.end]
    if (
        words[0] in gazetteer.not_entities
        or words[-1] in gazetteer.event_words
        or (words[0][0].isdigit() and all(word[0].isdigit() for word in words))
    ):
        return
    if len(words) == 1 and "-" in words[0] and read_compound_places(reader, span, words[0]):
        return
    group = words[0].lower()
    if len(words) == 1 and group in gazetteer.groups and _opens_clause(reader, span.start):
        registry.add_actor(f"group:{group}", group, "organisation", span)  # "Militants attacked ..."
        return
    last = words[-1]
    if len(words) >= 2 and (
        last in gazetteer.organisation_suffixes or words[0] in gazetteer.organisation_heads
    ):
        kind = _suffix_kind(gazetteer, last)
        registry.add_actor(f"org:{exact_key(surface)}", surface, kind, span)
        return
    if len(words) >= 2 and (last in gazetteer.place_suffixes or words[0] in gazetteer.place_prefixes):
        registry.add_place(f"place:{place_key(surface)}", surface, None, span)
        return
    unit = _unit_noun_pattern().match(reader.text, span.end)
    if unit is not None:  # "the Khortytsia group of forces", "the Azov brigade"
        name = reader.text[span.start : unit.end()]
        registry.add_actor(
            f"org:{exact_key(name)}", name, _unit_kinds()[unit.group(1)], Span(span.start, unit.end())
        )
        return
    if len(words) == 1 and is_acronym(last):
        if cue_after(reader, span.end):  # "the M4 highway", "the A1 road"
            registry.add_place(f"place:{place_key(surface)}", surface, None, span)
        else:
            _read_acronym(reader, span, last)
        return
    if len(words) == 1 and registry.person_with_surname(last) is not None:
        singles.append(span)
        return
    if (
        len(words) == 1
        and len(last) >= _LONG_NAME
        and (spelled := gazetteer.place_by_skeleton(last)) is not None
    ):
        # another spelling of a listed town ("Kostiantynivka" for "Kostyantynivka"); short words collide
        registry.add_place(f"place:{spelled.name}", spelled.name, spelled.kind, span)
        return
    if place_cue(reader, span) and not (len(words) >= 2 and words[0] in gazetteer.given_names):
        place = gazetteer.place_by_skeleton(surface)
        if place is not None:
            registry.add_place(f"place:{place.name}", place.name, place.kind, span)
        else:
            registry.add_place(f"place:{place_key(surface)}", surface, None, span)
        return
    if len(words) == 1:
        singles.append(span)
        return
    if person_like(reader, words, span):
        read_named_person(reader, surface, span)


def _names_a_vessel(reader: Reader, chain: Chain) -> bool:
    """A ship's name ("USS Hopper", "the tanker Aegean Dawn") is neither an actor nor a place."""
    gazetteer = reader.gazetteer
    if chain.texts[0] in gazetteer.vessel_prefixes and len(chain.texts) > 1:
        return True
    text = reader.text
    start = chain.words[0].start
    if start < 2 or text[start - 1] != " ":
        return False
    window = max(0, start - 16)
    space = text.rfind(" ", window, start - 1)
    return text[space + 1 if space >= 0 else window : start - 1] in gazetteer.vessel_nouns


def _opens_clause(reader: Reader, start: int) -> bool:
    """Capitalised because it opens a sentence, or a clause after a dateline dash, a colon or a quote mark."""
    return start == reader.sentence_start(start) or reader.text[max(0, start - 4) : start].rstrip().endswith(
        _CLAUSE_OPENING_MARKS
    )


def _with_article_before(text: str, span: Span) -> Span:
    """A listed name after a lower-case Arabic article written apart ("al Qaeda", "al Shabaab", as many wire
    services spell them) is mentioned with the article."""
    start = span.start
    if text[start - 3 : start] in _ARTICLES_APART and (start == 3 or not text[start - 4].isalnum()):
        return Span(start - 3, span.end)
    return span


def _suffix_kind(gazetteer: Gazetteer, word: str) -> ActorKind:
    """The kind of body a last word suggests ("Forces": military, "Front": armed group)."""
    return gazetteer.organisation_suffixes.get(word, "organisation")  # type: ignore[return-value]


def _read_acronym(reader: Reader, span: Span, word: str) -> None:
    """An acronym defined in the text ("Syrian Democratic Forces (SDF)") or matching initials joins its body."""
    registry = reader.registry
    text = reader.text
    key = None
    if text[span.start - 2 : span.start] == " (" and text[span.end : span.end + 1] == ")":
        key = registry.actor_ending_at.get(span.start - 2)
    if key is None:
        key = registry.organisation_with_initials(word.replace(".", ""))
    if key is not None:
        registry.mention(registry.actors[key], span)
        return
    registry.add_actor(f"org:{word}", word, "organisation", span)
