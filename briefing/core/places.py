"""Places, and countries that act: a listed place is a place unless the text makes its country act.

A country is a place ("fighting in Syria") unless the text makes it act: as the subject of a verb ("Turkey
launched", "Iraq said"), as an owner ("the UK's commitment"), after "by" or "with", or listed with other
acting states. Such a mention belongs to a state actor named after the country (kind "state"), as re3d labels
an acting country Organisation. One story can have both.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.core import references
from briefing.core.gazetteer import PlaceEntry, skeleton_key
from briefing.core.lexicon import load_lines
from briefing.core.model import Span
from briefing.core.names import Chain
from briefing.core.numbers import currency_codes, currency_signs
from briefing.core.reading import (
    Reader,
    acts,
    cue_after,
    cue_before,
    lower_word_after,
    next_words,
    plain_gap_before,
)
from briefing.core.segments import Segment
from briefing.core.word_trees import phrase_after_pattern

_POSSESSION_OF_PLACE = re.compile(
    r"[’']s\s+(?:(?:north|south|east|west)\w*\s+)?(?:[A-Z]|(?:province|city|border|capital|territory|towns?|"
    r"cities|villages?|regions?|coast|north|south|east|west)\b)"
)
_LIST_BEFORE = re.compile(r"(?:,|,?\s+and)[\s\u00a0]+(?:the[\s\u00a0]+)?\Z")
_LIST_AFTER = re.compile(r",[\s\u00a0]+(?:and[\s\u00a0]+)?(?:the[\s\u00a0]+)?")
_PLACE_AFTER_COMMA = re.compile(r",\s+")
_TO_VERB = re.compile(r" to [a-z]")
_POSSESSIVE_SKIP = re.compile(r"[’']s?\s+")
_AND_NAME = re.compile(r"\s+and\s+([A-Z][\w’'-]*)")
_PASSIVE_AFTER = re.compile(
    r"\s+(?:was|were|is|are|has been|have been|had been)\s+"
    r"(?:[a-z]+ed|hit|struck|shot|taken|retaken|overrun|held|cut|blown|rocked|shaken)\b"
)
_LIST_SEPARATOR_BEFORE = re.compile(r"(?:,|,? and|,? or) \Z")
_LIST_GOES_ON = re.compile(r"(?:,|,? and|,? or) [A-Z]")
# A country or region after a comma qualifies the place before it ("Homs, Syria"); a town after a comma is the
# next item of a list ("Raqqa, Mosul and Homs").
_QUALIFIER_KINDS = ("country", "region")
_CLAUSE_OPENERS = frozenset('.,;:!?—–-("“')
_CONJUNCTIONS = frozenset(
    ["and", "but", "while", "whereas", "as", "when", "after", "before", "since", "because"]
)
BACKING = re.compile(r"-(?:led|backed|supported|allied|trained|sponsored|aligned|funded|held|controlled)\Z")


def read_place(
    reader: Reader, chain: Chain, segment: Segment, following: Segment | None, entry: PlaceEntry, span: Span
) -> None:
    registry = reader.registry
    is_last = following is None or not plain_gap_before(chain, following)
    if is_last and (local := _local_body_pattern().match(reader.text, span.end)) is not None:
        # "the Donetsk regional military administration": the place's authority, an actor
        name = f"{entry.name} {local.group(1)}"
        registry.add_actor(f"local:{name.casefold()}", name, "government", Span(span.start, local.end()))
        return
    cue = cue_before(reader, span.start)
    if entry.kind in ("country", "region") and is_last:
        if references.national_body_after(reader.text, span, entry.name, reader.gazetteer, registry, True):
            return
        if entry.kind == "country" and _country_acts(reader, chain, span, cue):
            registry.add_actor(f"state:{entry.name}", entry.name, "state", span)
            return
    country = reader.gazetteer.capital_of.get(entry.name)
    if country is not None and is_last and _capital_acts(reader, chain, span, cue):
        registry.add_actor(f"state:{country}", country, "state", span)
        return
    if "-" in chain.words[segment.last].text and BACKING.search(chain.words[segment.last].text):
        return
    if (cue == "not-of" and entry.kind == "country") or (
        entry.kind in _QUALIFIER_KINDS and registry.extend_place(span, reader.text)
    ):
        return  # "the people of Iraq" is the Iraqi people; "the residents of Mosul" live in a place
    registry.add_place(f"place:{entry.name}", entry.name, entry.kind, span)


def _country_acts(reader: Reader, chain: Chain, span: Span, cue: str | None) -> bool:
    """A country acts when it is the subject, the owner ("the UK's commitment") or one of a list of actors."""
    if chain.possessive:
        owned = _POSSESSIVE_SKIP.match(reader.text, span.end)
        if owned is not None and reader.gazetteer.organisation(next_words(reader.text, owned.end())):
            return True  # "Russia's Wagner Group", "Iran's Revolutionary Guards": the state owns a body
        return _POSSESSION_OF_PLACE.match(reader.text, span.end) is None
    if cue in ("near", "in", "of") or cue_after(reader, span.end):
        return False
    if (
        acts(reader, span.end)
        or (_past_tense_after(reader.text, span.end) and _opens_clause(reader.text, span.start))
        or _abbreviation_as_adjective(reader, span, cue)
        or cue == "agent"
        or _subject_of_infinitive(reader.text, span)
        or _amount_after().match(reader.text, span.end) is not None  # "France €50m and Britain £40m": donors
    ):
        return True
    return _in_list_of_states(reader, span)


def _subject_of_infinitive(text: str, span: Span) -> bool:
    """ "calls for Israel to open", "called on Russia to withdraw": the country is to act."""
    return text.endswith(("for ", "on "), 0, span.start) and _TO_VERB.match(text, span.end) is not None


def _in_list_of_states(reader: Reader, span: Span) -> bool:
    """Listed next to a state, a country is a state too ("Australia, Belgium, Canada and France")."""
    text = reader.text
    window = text[max(0, span.start - 12) : span.start]
    if "," in window or "and" in window:
        before = _LIST_BEFORE.search(text, max(0, span.start - 12), span.start)
        if before is not None and reader.registry.actor_ending_at.get(before.start(), "").startswith(
            ("state:", "org:")
        ):
            return True  # "Australia, Belgium and France"; "Hamas and Israel"
    paired = _AND_NAME.match(text, span.end)
    if paired is not None and _names_a_body(reader, paired.start(1)):
        return True  # "between Israel and Hezbollah": paired with a body, a state
    if text[span.end : span.end + 1] != ",":
        return False
    after = _LIST_AFTER.match(text, span.end, min(len(text), span.end + 12))
    if after is None:
        return False
    place = reader.gazetteer.place(next_words(text, after.end()))
    if place is None:
        place = reader.gazetteer.place(next_words(text, after.end()).split(" ")[0])
    return place is not None and place.kind == "country"


def _names_a_body(reader: Reader, start: int) -> bool:
    words = next_words(reader.text, start)
    gazetteer = reader.gazetteer
    return bool(words) and (
        gazetteer.organisation(words) is not None or gazetteer.organisation(words.split(" ")[0]) is not None
    )


def _capital_acts(reader: Reader, chain: Chain, span: Span, cue: str | None) -> bool:
    """A capital speaks for its government only as the subject of a verb ("Moscow denied", "Washington was not
    involved", "Moscow and Beijing blocked"); "Kabul fell", "Kyiv was shelled" or "in Damascus" is the city."""
    if chain.possessive or cue in ("near", "in", "of", "not-of"):
        return False
    text = reader.text
    end = span.end
    paired = _AND_NAME.match(text, end)
    if paired is not None:  # "Washington and London have warned": the pair shares the verb
        end = paired.end()
    if _PASSIVE_AFTER.match(text, end) is not None:
        return False
    return acts(reader, end) or (_past_tense_after(text, end) and _opens_clause(text, span.start))


def _past_tense_after(text: str, end: int) -> bool:
    """A past-tense verb right after a country makes it the subject ("Russia abstained", "Israel declined");
    only a country: after other capitalised words such a word is as often a noun or a participle."""
    match = lower_word_after(text, end, min(len(text), end + 24))
    return match is not None and len(match.group(1)) > 4 and match.group(1).endswith("ed")


def _opens_clause(text: str, start: int) -> bool:
    """The name starts its clause: after punctuation, at the start of the text, or after a conjunction ("China
    and Russia abstained"), not after a preposition and its modifier ("in southern Lebanon killed")."""
    before = text[max(0, start - 12) : start].rstrip()
    if not before or before[-1] in _CLAUSE_OPENERS:
        return True
    return before.rsplit(None, 1)[-1].lower() in _CONJUNCTIONS


def _abbreviation_as_adjective(reader: Reader, span: Span, cue: str | None) -> bool:
    """An abbreviated country not after "in" or "to" stands for the state ("U.S. officials", "UK support")."""
    surface = reader.text[span.start : span.end]
    return surface.replace(".", "").isupper() and cue not in ("near", "in", "of")


def read_compound_places(reader: Reader, span: Span, word: str) -> bool:
    """Each part of a hyphenated pair of listed places is a mention of that place ("Syria-Iraq border")."""
    parts = word.split("-")
    places = [reader.gazetteer.place(part) for part in parts]
    if len(parts) != 2 or None in places:
        return False
    as_states = all(place.kind == "country" for place in places if place) and not cue_after(reader, span.end)
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


@cache
def _amount_after() -> re.Pattern[str]:
    """A sum right after a name: a currency sign or code of the numbers step's table, then a digit."""
    signs = "|".join(re.escape(sign) for sign in currency_signs())
    codes = "|".join(sorted(currency_codes()))
    return re.compile(rf" (?:{signs}|(?:{codes}) )\d")


@cache
def _local_body_pattern() -> re.Pattern[str]:
    return phrase_after_pattern(load_lines("places_local_bodies.txt"))


def place_key(surface: str) -> str:
    return f"~{skeleton_key(surface)}"


def place_cue(reader: Reader, span: Span) -> bool:
    text = reader.text
    cue = cue_before(reader, span.start)
    if cue in ("near", "of") or cue_after(reader, span.end):
        return True
    following = text[span.end : span.end + 1]
    if following.isspace():
        paired = _AND_NAME.match(text, span.end)
        if paired is not None and cue_after(reader, paired.end()):
            return True
    comma = (
        _PLACE_AFTER_COMMA.match(text, span.end, min(len(text), span.end + 3)) if following == "," else None
    )
    if comma is not None:
        place = reader.gazetteer.place(next_words(text, comma.end()))
        if place is not None and place.kind in ("country", "region"):
            return True
    return cue == "in" or _continues_a_list_of_places(reader, span)


def _continues_a_list_of_places(reader: Reader, span: Span) -> bool:
    """A name listed right after a place is a place too when the list goes on to another name ("in Qamenas,
    Sarmin and Talamenes") or this name closes it ("Qamenas and Sarmin"). Not a given name ("in Mosul, Ahmed
    and Ali"); after a lone ", and" only in a list of three or more ("in Geneva, and Lavrov said"); after
    "and" in a pair, not before a verb ("in Geneva and Lavrov said")."""
    text = reader.text
    separator = _LIST_SEPARATOR_BEFORE.search(text, max(0, span.start - 6), span.start)
    if separator is None or separator.start() not in reader.registry.place_ending_at:
        return False
    if text[span.start : span.end].split(" ")[0] in reader.gazetteer.given_names:
        return False
    if separator.group() == ", ":
        return _LIST_GOES_ON.match(text, span.end) is not None
    previous = reader.registry.places[reader.registry.place_ending_at[separator.start()]]
    in_a_longer_list = any(
        mention.end == separator.start() and text[mention.start - 2 : mention.start] == ", "
        for mention in previous.mentions
    )
    if separator.group().startswith(","):
        return in_a_longer_list
    return in_a_longer_list or not acts(reader, span.end)
