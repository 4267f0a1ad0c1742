"""Actors and places, with aliases linked into one entity each.

One regex pass finds runs of capitalised words (names.py); each run is split into listed names (gazetteer.py),
titles and unknown words, and read by rule: a title before unknown words makes a person, an organisation
suffix an organisation, a place cue ("near X", "X province") a place. Descriptions in lower case that name a
body ("the Syrian government", "Iraq's military", "the coalition", "the militants") are found by the
references module. Linking lives in aliases.py.

A country is a place ("fighting in Syria") unless the text makes it act: when the next word is a verb of saying
or acting ("Turkey launched", "Iraq said"), that mention belongs to a state actor named after the country
(kind "state"), as re3d labels an acting country Organisation. A story can have both.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from briefing.core import references
from briefing.core.aliases import Registry, person_key, title_key
from briefing.core.gazetteer import (
    Gazetteer,
    OrganisationEntry,
    PersonEntry,
    PlaceEntry,
    article_free_key,
    exact_key,
    load_gazetteer,
)
from briefing.core.model import Actor, ActorKind, Place, Span
from briefing.core.names import Chain, find_chains
from briefing.core.titles import role_after, role_before

_POSSESSION_OF_PLACE = re.compile(
    r"[’']s\s+(?:[A-Z]|(?:(?:north|south|east|west)\w*\s+)?(?:province|city|border|capital|territory|towns?|"
    r"cities|villages?|regions?|coast|north|south|east|west)\b)"
)
_LIST_BEFORE = re.compile(r"(?:,|,?\s+and)[\s\u00a0]+(?:the[\s\u00a0]+)?\Z")
_LIST_AFTER = re.compile(r",[\s\u00a0]+(?:and[\s\u00a0]+)?(?:the[\s\u00a0]+)?")
_NEXT_LOWER_WORD = re.compile(r"\s+([a-z]+)")
_PLACE_AFTER_COMMA = re.compile(r",\s+")
_NEXT_WORD = re.compile(
    r"\s+(?:(?:has|have|had|will|would|must|can|could|should|continues to|is|was)\s+(?:also\s+|now\s+|not\s+)?)?([a-z]+)"
)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,7}")
_PLAIN_GAP_CHARACTERS = " \u00a0\u200b\u200e\u200f"
_BACKING = re.compile(r"-(?:led|backed|supported|allied|trained|sponsored|aligned|funded|held|controlled)\Z")


class Segment(NamedTuple):
    """Words first..last of a chain, read as one thing: a listed name, a title, a demonym or unknown words."""

    kind: str
    first: int
    last: int
    entry: PlaceEntry | OrganisationEntry | PersonEntry | str | None = None


@dataclass
class _Reader:
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


def find_entities(text: str, sentences: list[Span], non_body: list[Span]) -> tuple[list[Actor], list[Place]]:
    """Every actor and place of the story, each with all its linked mentions."""
    gazetteer = load_gazetteer()
    registry = Registry(text)
    reader = _Reader(
        text,
        gazetteer,
        registry,
        sorted(span.end for span in sentences),
        sorted(span.start for span in sentences),
    )
    singles: list[Span] = []
    for chain in find_chains(text, gazetteer.is_abbreviation, gazetteer.stopwords):
        _read_chain(reader, chain, singles)
    _resolve_single_words(reader, singles)
    references.find_references(text, gazetteer, registry)
    registry.merge_surname_only_people()
    return registry.build(non_body)


def _gap_words(gap: str) -> str:
    return " ".join(word for word in gap.split() if word.isalpha())


def _is_plain(gap: str) -> bool:
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
        if phrase not in gazetteer.prefixes or last + 1 >= len(keys):
            break
        gap = _gap_words(gaps[last])
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
def _segments(words: tuple[str, ...], gaps: tuple[str, ...]) -> tuple[Segment, ...]:
    """A chain's words read as listed names, titles, stop words and runs of unknown words."""
    gazetteer = load_gazetteer()
    keys = [exact_key(word) for word in words]
    segments: list[Segment] = []
    index = 0
    while index < len(keys):
        listed = _longest_listed(gazetteer, words, gaps, keys, index)
        previous = segments[-1] if segments else None
        continues_name = previous is not None and previous.kind == "unknown" and _is_plain(gaps[index - 1])
        if listed is not None and not (continues_name and _is_name_part(listed)):
            segments.append(listed)
            index = listed.last + 1
            continue
        word = words[index]
        if listed is not None and previous is not None:
            segments[-1] = Segment("unknown", previous.first, listed.last)
            index = listed.last + 1
            continue
        if keys[index] in gazetteer.stopwords or (word.endswith(".") and len(word) > 2):
            segments.append(Segment("stop", index, index))
        elif (
            previous is not None
            and previous.kind == "unknown"
            and _gap_words(gaps[index - 1]) not in ("and", "and the")
        ):
            segments[-1] = Segment("unknown", previous.first, index)
        else:
            segments.append(Segment("unknown", index, index))
        index += 1
    return tuple(segments)


def _is_name_part(segment: Segment) -> bool:
    """A listed surname or an honorific that is also a surname ("Julie Bishop") after a given name."""
    return (segment.kind == "person" and segment.first == segment.last) or (
        segment.kind == "title" and segment.entry == "honorific" and segment.first == segment.last
    )


def _span(chain: Chain, first: int, last: int) -> Span:
    return Span(chain.words[first].start, chain.words[last].end)


def _surface(reader: _Reader, chain: Chain, first: int, last: int) -> str:
    return reader.text[chain.words[first].start : chain.words[last].end]


def _plain_gap_before(chain: Chain, segment: Segment) -> bool:
    return segment.first > 0 and _is_plain(chain.gaps[segment.first - 1])


def _read_chain(reader: _Reader, chain: Chain, singles: list[Span]) -> None:
    segments = _segments(chain.texts, chain.gaps)
    if len(segments) == 1:
        if segments[0].kind == "title":
            _read_titled_person(reader, chain, segments, 0, set())
        elif segments[0].kind != "stop":
            _read_segment(reader, chain, segments[0], None, singles)
        return
    consumed: set[int] = set()
    for position, segment in enumerate(segments):
        if segment.kind == "title" and position not in consumed:
            _read_titled_person(reader, chain, segments, position, consumed)
    for position, segment in enumerate(segments):
        if position in consumed or segment.kind == "stop":
            continue
        following = segments[position + 1] if position + 1 < len(segments) else None
        if following is not None and _read_compound_body(reader, chain, segment, following):
            consumed.add(position + 1)
            continue
        _read_segment(reader, chain, segment, following, singles)


def _read_compound_body(reader: _Reader, chain: Chain, segment: Segment, following: Segment) -> bool:
    """ "Iraqi Army", "U.S. Army Special Operations Command": one body, not two names ("UK Government")."""
    if not _plain_gap_before(chain, following):
        return False
    if (
        following.kind == "organisation"
        and isinstance(segment.entry, PlaceEntry)
        and segment.entry.kind != "country"
    ):
        surface = _surface(reader, chain, segment.first, following.last)
        kind = following.entry.kind if isinstance(following.entry, OrganisationEntry) else "organisation"
        draft = reader.registry.add_actor(
            f"org:{exact_key(surface)}", surface, kind, _span(chain, segment.first, following.last)
        )  # type: ignore[arg-type]
        draft.affiliation = draft.affiliation or segment.entry.name
        return True
    if following.kind != "unknown":
        return False
    gazetteer = reader.gazetteer
    following_text = _surface(reader, chain, following.first, following.last)
    span = _span(chain, segment.first, following.last)
    owner = segment.entry
    if segment.kind == "demonym" or (isinstance(owner, PlaceEntry) and owner.kind == "country"):
        body = gazetteer.bodies.get(following_text.casefold())
        if body is None:
            return False
        country = (
            owner.name
            if isinstance(owner, PlaceEntry)
            else str(owner or _surface(reader, chain, segment.first, segment.last))
        )
        demonym = gazetteer.demonym_of.get(country, country)
        kind: ActorKind = "government" if body == "government" else "military"
        reader.registry.add_actor(f"body:{country}:{body}", f"{demonym} {body}", kind, span)
        return True
    last_word = chain.words[following.last].text
    if isinstance(owner, PlaceEntry) and last_word in gazetteer.place_suffixes:
        surface = reader.text[span.start : span.end]
        reader.registry.add_place(f"place:{_place_key(surface)}", surface, None, span)
        return True
    if isinstance(owner, OrganisationEntry) and last_word in gazetteer.organisation_suffixes:
        surface = reader.text[span.start : span.end]
        kind = _suffix_kind(gazetteer, last_word)
        draft = reader.registry.add_actor(f"org:{exact_key(surface)}", surface, kind, span)
        draft.affiliation = draft.affiliation or owner.name
        return True
    return False


def _read_titled_person(
    reader: _Reader, chain: Chain, segments: list[Segment], position: int, consumed: set[int]
) -> None:
    """Affiliation, title(s), complement and name: "U.S. Army Col. Ryan Dillon", "Minister for X Y Z"."""
    first_title = last_title = position
    while (
        last_title + 1 < len(segments)
        and segments[last_title + 1].kind == "title"
        and _plain_gap_before(chain, segments[last_title + 1])
    ):
        last_title += 1
    affiliation_start = first_title
    while affiliation_start > 0 and _plain_gap_before(chain, segments[affiliation_start]):
        before = segments[affiliation_start - 1]
        if (
            before.kind not in ("demonym", "place", "organisation", "unknown")
            or affiliation_start - 1 in consumed
        ):
            break
        if before.kind == "unknown" and before.last - before.first > 2:
            break
        affiliation_start -= 1
    complement_end = last_title
    while complement_end + 1 < len(segments) and not _plain_gap_before(chain, segments[complement_end + 1]):
        if segments[complement_end + 1].kind == "stop":
            break
        complement_end += 1
    name_position = complement_end + 1
    name = segments[name_position] if name_position < len(segments) else None
    if name is not None and not (
        name.kind in ("unknown", "person")
        and _plain_gap_before(chain, name)
        and _name_like(reader, chain, name)
    ):
        name = None
    for consumed_position in range(affiliation_start, (name_position if name else complement_end) + 1):
        consumed.add(consumed_position)
    title_text = _surface(reader, chain, segments[first_title].first, segments[complement_end].last)
    affiliation = (
        _surface(reader, chain, segments[affiliation_start].first, segments[first_title - 1].last)
        if affiliation_start < first_title
        else None
    )
    title_kinds = {segments[index].entry for index in range(first_title, last_title + 1)}
    if name is None:
        _read_title_alone(reader, chain, segments, affiliation_start, complement_end, title_text, affiliation)
        return
    name_text = _surface(reader, chain, name.first, name.last)
    if isinstance(name.entry, PersonEntry):
        name_text = name.entry.name
    name_span = _span(chain, name.first, name.last)
    descriptive = complement_end > last_title or (
        affiliation is not None
        and segments[affiliation_start].kind in ("place", "organisation")
        and title_kinds == {"office"}
    )
    registry = reader.registry
    person_start = chain.words[segments[affiliation_start].first].start
    if descriptive:
        title_span = _span(chain, segments[affiliation_start].first, segments[complement_end].last)
        person = registry.add_person(name_text, name_span)
        registry.mention(person, title_span)
    else:
        start_segment = affiliation_start if title_kinds & {"rank"} else first_title
        person = registry.add_person(
            name_text, Span(chain.words[segments[start_segment].first].start, name_span.end)
        )
    registry.add_title(person, title_text)
    if affiliation and person.affiliation is None:
        person.affiliation = affiliation
    _link_pending_title(reader, person, person_start)
    _read_role_before(reader, person, person_start)
    _read_role_after(reader, person, name_span.end)


def _name_like(reader: _Reader, chain: Chain, segment: Segment) -> bool:
    """Unknown words after a title are a name unless they are an organisation ("Commander, Navy Forces")."""
    last_word = chain.words[segment.last].text
    return last_word not in reader.gazetteer.organisation_suffixes and not last_word.isupper()


def _read_title_alone(
    reader: _Reader,
    chain: Chain,
    segments: list[Segment],
    start: int,
    end: int,
    title_text: str,
    affiliation: str | None,
) -> None:
    """A title without a name stands for a person named before or after it, or for its holder."""
    registry = reader.registry
    span = _span(chain, segments[start].first, segments[end].last)
    before = reader.text[max(0, span.start - 6) : span.start]
    previous_key = None
    for suffix in (", ", ", the ", ", The ", ", a ", ", an "):
        if before.endswith(suffix):
            previous_key = registry.actor_ending_at.get(span.start - len(suffix))
    if affiliation and segments[start].kind in ("organisation", "unknown"):
        title_first = next(index for index in range(start, end + 1) if segments[index].kind == "title")
        span = _span(chain, segments[title_first].first, segments[end].last)
        _read_segment(reader, chain, segments[start], segments[start + 1], [])
    if previous_key is not None and registry.actors[previous_key].kind == "person":
        person = registry.actors[previous_key]
        registry.mention(person, span)
        registry.add_role(person, title_text)
        return
    holder = registry.holder_of(title_text)
    if holder is not None:
        registry.mention(registry.actors[holder], span)
        return
    reader.pending_title = (span, title_text, affiliation)
    key = f"title:{title_key(title_text)}"
    draft = registry.add_actor(key, title_text, "person", span)
    if title_text not in draft.titles:
        draft.titles.append(title_text)


def _link_pending_title(reader: _Reader, person: object, name_start: int) -> None:
    """The title just before names the same person ("The Foreign Secretary, Boris Johnson, said")."""
    pending = reader.pending_title
    reader.pending_title = None
    if pending is None:
        return
    span, title_text, _ = pending
    gap = reader.text[span.end : name_start]
    if gap.strip() not in (",", "") or len(gap) > 3:
        return
    registry = reader.registry
    key = f"title:{title_key(title_text)}"
    title_actor = registry.actors.get(key)
    if title_actor is not None and title_actor.mentions and title_actor.mentions[-1] == span:
        title_actor.mentions.pop()
    registry.mention(person, span)  # type: ignore[arg-type]
    registry.add_title(person, title_text)  # type: ignore[arg-type]


def _read_role_before(reader: _Reader, person: object, name_start: int) -> None:
    """A role just before the name ("The CJTF-OIR commanding general, Lt. Gen. Stephen J. Townsend")."""
    role = role_before(reader.text, name_start, reader.sentence_start(name_start), reader.gazetteer)
    if role is None:
        return
    registry = reader.registry
    registry.add_role(person, role.text)  # type: ignore[arg-type]
    registry.mention_role(person, Span(role.start, role.end))  # type: ignore[arg-type]


def _read_role_after(reader: _Reader, person: object, name_end: int) -> None:
    registry = reader.registry
    role = role_after(reader.text, name_end, reader.sentence_end(name_end), reader.gazetteer)
    if role is None:
        return
    registry.add_role(person, role.text)  # type: ignore[arg-type]
    registry.mention_role(person, Span(role.start, role.end))  # type: ignore[arg-type]


def _read_segment(
    reader: _Reader, chain: Chain, segment: Segment, following: Segment | None, singles: list[Span]
) -> None:
    registry = reader.registry
    span = _span(chain, segment.first, segment.last)
    entry = segment.entry
    if isinstance(entry, OrganisationEntry):
        last_word = chain.texts[segment.last]
        if "-" not in last_word or not _BACKING.search(last_word):
            registry.add_actor(f"org:{entry.name}", entry.name, entry.kind, span)  # type: ignore[arg-type]
        return
    if isinstance(entry, PersonEntry):
        person = registry.add_person(entry.name, span)
        _link_pending_title(reader, person, span.start)
        _read_role_before(reader, person, span.start)
        _read_role_after(reader, person, span.end)
        return
    if isinstance(entry, PlaceEntry):
        _read_place(reader, chain, segment, following, entry, span)
        return
    if segment.kind == "demonym":
        references.national_body_after(
            reader.text, span, entry or "", reader.gazetteer, registry, following is None
        )
        return
    if segment.kind == "unknown":
        _read_unknown(reader, chain, segment, span, singles)


def _read_place(
    reader: _Reader, chain: Chain, segment: Segment, following: Segment | None, entry: PlaceEntry, span: Span
) -> None:
    registry = reader.registry
    is_last = following is None or not _plain_gap_before(chain, following)
    cue = _cue_before(reader, span.start)
    if entry.kind in ("country", "region") and is_last:
        if references.national_body_after(reader.text, span, entry.name, reader.gazetteer, registry, True):
            return
        if entry.kind == "country" and _country_acts(reader, chain, span, cue):
            registry.add_actor(f"state:{entry.name}", entry.name, "state", span)
            return
    if "-" in chain.words[segment.last].text and _BACKING.search(chain.words[segment.last].text):
        return
    if cue == "not-of" or registry.extend_place(span, reader.text):
        return
    registry.add_place(f"place:{entry.name}", entry.name, entry.kind, span)


def _country_acts(reader: _Reader, chain: Chain, span: Span, cue: str | None) -> bool:
    """A country acts when it is the subject, the owner ("the UK's commitment") or one of a list of actors."""
    if chain.possessive:
        return _POSSESSION_OF_PLACE.match(reader.text, span.end) is None
    if cue in ("near", "in", "of") or _cue_after(reader, span.end):
        return False
    if _acts(reader, span.end) or _abbreviation_as_adjective(reader, span, cue) or cue == "agent":
        return True
    return _in_list_of_states(reader, span)


def _cue_before(reader: _Reader, start: int) -> str | None:
    """What the words just before a name say about it: "near", "in", "of", "not-of", "agent" or None."""
    words = reader.text[max(0, start - 40) : start].split()
    if words and words[-1] in ("the", "The"):
        words.pop()
    if not words:
        return None
    cues = reader.gazetteer.place_cues
    last = words[-1].casefold()
    if last == "of" and len(words) > 1:
        before_of = cues.get(words[-2].casefold(), frozenset())
        return next((cue for cue in ("of", "not-of") if cue in before_of), None)
    found = cues.get(last, frozenset())
    return next((cue for cue in ("near", "in", "agent") if cue in found), None)


def _cue_after(reader: _Reader, end: int) -> bool:
    """The word just after a name makes it a place ("X province")."""
    match = _NEXT_LOWER_WORD.match(reader.text, end)
    return match is not None and "after" in reader.gazetteer.place_cues.get(match.group(1), ())


def _in_list_of_states(reader: _Reader, span: Span) -> bool:
    """Listed next to a state, a country is a state too ("Australia, Belgium, Canada and France")."""
    text = reader.text
    before = _LIST_BEFORE.search(text, max(0, span.start - 12), span.start)
    if before is not None and reader.registry.actor_ending_at.get(before.start(), "").startswith("state:"):
        return True
    after = _LIST_AFTER.match(text, span.end, min(len(text), span.end + 12))
    if after is None:
        return False
    place = reader.gazetteer.places.get(exact_key(_next_words(text, after.end())))
    if place is None:
        place = reader.gazetteer.places.get(exact_key(_next_words(text, after.end()).split(" ")[0]))
    return place is not None and place.kind == "country"


def _abbreviation_as_adjective(reader: _Reader, span: Span, cue: str | None) -> bool:
    """An abbreviated country not after "in" or "to" stands for the state ("U.S. officials", "UK support")."""
    surface = reader.text[span.start : span.end]
    return surface.replace(".", "").isupper() and cue not in ("near", "in", "of")


def _acts(reader: _Reader, end: int) -> bool:
    """The next words are a verb of the subject: "said", "launched", "has worked", "will continue"."""
    match = _NEXT_WORD.match(reader.text, end, min(len(reader.text), end + 40))
    if match is None:
        return False
    verb = match.group(1)
    return verb in reader.gazetteer.speech_verbs or (match.group(0).split()[0] != verb and len(verb) > 3)


def _read_unknown(reader: _Reader, chain: Chain, segment: Segment, span: Span, singles: list[Span]) -> None:
    gazetteer = reader.gazetteer
    registry = reader.registry
    words = [word.text for word in chain.words[segment.first : segment.last + 1]]
    surface = reader.text[span.start : span.end]
    if _BACKING.search(words[0]):
        words = words[1:]
        if not words:
            return
        span = Span(chain.words[segment.first + 1].start, span.end)
        surface = reader.text[span.start : span.end]
    if all(word[0].isdigit() for word in words) or words[0] in gazetteer.not_entities:
        return
    if len(words) == 1 and words[0].endswith("s") and exact_key(words[0][:-1]) in gazetteer.demonyms:
        country = gazetteer.demonyms[exact_key(words[0][:-1])]
        references.add_body(gazetteer, registry, country or words[0][:-1], "people", span)
        return
    if len(words) == 1 and "-" in words[0] and _read_compound_places(reader, span, words[0]):
        return
    last = words[-1]
    if len(words) >= 2 and (
        last in gazetteer.organisation_suffixes or words[0] in gazetteer.organisation_heads
    ):
        kind = _suffix_kind(gazetteer, last)
        registry.add_actor(f"org:{exact_key(surface)}", surface, kind, span)
        return
    if len(words) >= 2 and (last in gazetteer.place_suffixes or words[0] in gazetteer.place_prefixes):
        registry.add_place(f"place:{_place_key(surface)}", surface, None, span)
        return
    if len(words) == 1 and _is_acronym(last):
        _read_acronym(reader, span, last)
        return
    if len(words) == 1 and registry.person_with_surname(last) is not None:
        singles.append(span)
        return
    if _place_cue(reader, span) and not (len(words) >= 2 and words[0] in gazetteer.given_names):
        place = gazetteer.place_by_skeleton(surface)
        if place is not None:
            registry.add_place(f"place:{place.name}", place.name, place.kind, span)
        else:
            registry.add_place(f"place:{_place_key(surface)}", surface, None, span)
        return
    if len(words) == 1:
        singles.append(span)
        return
    if _person_like(reader, words, span):
        person = registry.add_person(surface, span)
        _link_pending_title(reader, person, span.start)
        _read_role_before(reader, person, span.start)
        _read_role_after(reader, person, span.end)


def _read_compound_places(reader: _Reader, span: Span, word: str) -> bool:
    """Each part of a hyphenated pair of listed places is a mention of that place ("Syria-Iraq border")."""
    parts = word.split("-")
    places = [reader.gazetteer.places.get(exact_key(part)) for part in parts]
    if len(parts) != 2 or None in places:
        return False
    as_states = all(place.kind == "country" for place in places if place) and not _cue_after(reader, span.end)
    start = span.start
    for part, place in zip(parts, places, strict=True):
        if place is None:
            continue
        part_span = Span(start, start + len(part))
        if as_states:
            reader.registry.add_actor(f"state:{place.name}", place.name, "state", part_span)
        else:
            reader.registry.add_place(f"place:{place.name}", place.name, place.kind, part_span)
        start += len(part) + 1
    return True


def _suffix_kind(gazetteer: Gazetteer, word: str) -> ActorKind:
    return gazetteer.organisation_suffixes.get(word, "organisation")  # type: ignore[return-value]


def _place_key(surface: str) -> str:
    from briefing.core.gazetteer import skeleton_key

    return f"~{skeleton_key(surface)}"


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return _ACRONYM.fullmatch(letters) is not None and letters.isupper() and len(letters) >= 2


def _read_acronym(reader: _Reader, span: Span, word: str) -> None:
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


def _place_cue(reader: _Reader, span: Span) -> bool:
    text = reader.text
    cue = _cue_before(reader, span.start)
    if cue in ("near", "of") or _cue_after(reader, span.end):
        return True
    comma = _PLACE_AFTER_COMMA.match(text, span.end, min(len(text), span.end + 3))
    if comma is not None:
        place = reader.gazetteer.places.get(exact_key(_next_words(text, comma.end())))
        if place is not None and place.kind in ("country", "region"):
            return True
    return cue == "in"


def _next_words(text: str, start: int) -> str:
    match = re.match(r"[A-Z][\w]*(?: [A-Z][\w]*)?", text[start : start + 40])
    return match.group() if match else ""


def _person_like(reader: _Reader, words: list[str], span: Span) -> bool:
    """Two to four capitalised words that start with a given name, or that speak or carry a role."""
    gazetteer = reader.gazetteer
    if not 2 <= len(words) <= 4 or any(word.isupper() and len(word) > 1 for word in words):
        return False
    if words[0] in gazetteer.given_names or _follows_pending_title(reader, span.start):
        return True
    return (
        _acts(reader, span.end)
        or role_after(reader.text, span.end, reader.sentence_end(span.end), gazetteer) is not None
    )


def _follows_pending_title(reader: _Reader, start: int) -> bool:
    """A name right after a lone title and a comma is the title holder's ("The Foreign Secretary, X Y")."""
    pending = reader.pending_title
    return pending is not None and reader.text[pending[0].end : start] in (", ", ",\u00a0")


def _resolve_single_words(reader: _Reader, singles: list[Span]) -> None:
    """A single unknown capitalised word is a person's surname when one person of the story carries it."""
    registry = reader.registry
    for span in singles:
        word = reader.text[span.start : span.end]
        key = registry.person_with_surname(word)
        if key is not None:
            registry.mention(registry.actors[key], span)
            continue
        if (
            _acts(reader, span.end)
            and exact_key(word) not in reader.gazetteer.stopwords
            and not registry.surname_is_ambiguous(word)
        ):
            person = registry.add_person(word, span)
            _read_role_after(reader, person, span.end)


__all__ = ["find_entities", "person_key"]
