"""Known places, organisations, people, titles and word lists, indexed once by normalised keys.

Every list is a data file under briefing/data; this module only turns them into dictionaries so that each
lookup during extraction is one hash probe. Place names are also indexed by a transliteration skeleton so that
unseen spellings ("Dayr az Zawr", "Bukamal") find the place a listed spelling names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import cast

from briefing.core.lexicon import load_lines, load_table
from briefing.core.model import ActorKind

_KEY_TRANSLATION = str.maketrans({**dict.fromkeys("’'`ʼ‘"), **dict.fromkeys("-–—_.", " ")})
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLES = re.compile(r"(.)\1+")


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).replace("ı", "i")


@lru_cache(maxsize=1 << 16)
def exact_key(text: str) -> str:
    """Case, accents, apostrophes and punctuation between words do not distinguish two names."""
    return " ".join(_strip_accents(text).casefold().translate(_KEY_TRANSLATION).split())


@cache
def name_suffixes() -> frozenset[str]:
    """Generational suffixes ("Jr.", "III"), keyed as exact_key leaves them."""
    return frozenset(load_lines("names_generational_suffixes.txt"))


@cache
def arabic_articles() -> frozenset[str]:
    return frozenset(load_lines("names_arabic_articles.txt"))


@lru_cache(maxsize=1 << 14)
def article_free_key(text: str) -> str:
    """Arabic articles, spacing, doubled letters and a final -h do not distinguish transliterations."""
    articles = arabic_articles()
    words = [word for word in exact_key(text).split(" ") if word not in articles]
    words = [
        word[:-1] if len(word) > 3 and word.endswith("h") and word[-2] in "aeiou" else word for word in words
    ]
    return _DOUBLES.sub(r"\1", "".join(words))


@lru_cache(maxsize=1 << 14)
def skeleton_key(text: str) -> str:
    """The consonants of a name: 'Deir ez-Zor', 'Deir al-Zour' and 'Dayr az Zawr' share 'drzr'."""
    key = article_free_key(text).replace("q", "k").replace("w", "u").replace("ph", "f")
    return _DOUBLES.sub(r"\1", _VOWELS.sub("", key))


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class OrganisationEntry:
    name: str
    kind: ActorKind


@dataclass(frozen=True, slots=True)
class PersonEntry:
    name: str


Entry = PlaceEntry | OrganisationEntry | PersonEntry


@dataclass(eq=False)
class Gazetteer:
    """Every lookup table extraction needs, keyed by normalised text. Hashed by identity, so patterns built
    from it are cached per gazetteer."""

    places: dict[str, PlaceEntry] = field(default_factory=dict)
    place_skeletons: dict[str, PlaceEntry | None] = field(default_factory=dict)
    place_spellings: set[str] = field(default_factory=set)  # exact keys of listed spellings, not loose ones
    organisations: dict[str, OrganisationEntry] = field(default_factory=dict)
    acronyms: dict[str, OrganisationEntry] = field(default_factory=dict)
    people: dict[str, PersonEntry] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    demonym_of: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    upper_titles: dict[str, str] = field(default_factory=dict)
    lower_titles: tuple[str, ...] = ()
    roles: frozenset[str] = frozenset()
    stopwords: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    organisation_suffixes: dict[str, str] = field(default_factory=dict)
    organisation_heads: frozenset[str] = frozenset()
    place_suffixes: frozenset[str] = frozenset()
    place_prefixes: frozenset[str] = frozenset()
    not_entities: frozenset[str] = frozenset()
    vessel_prefixes: frozenset[str] = frozenset()
    vessel_nouns: frozenset[str] = frozenset()
    event_words: frozenset[str] = frozenset()
    sentence_nouns: frozenset[str] = frozenset()
    place_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    site_nouns: tuple[str, ...] = ()
    site_singular: dict[str, str] = field(default_factory=dict)
    site_modifiers: tuple[str, ...] = ()
    descriptors: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    bodies: dict[str, str] = field(default_factory=dict)
    body_kinds: dict[str, ActorKind] = field(default_factory=dict)
    body_words: tuple[str, ...] = ()
    backed_nouns: frozenset[str] = frozenset()
    prefixes: set[str] = field(default_factory=set)
    capital_of: dict[str, str] = field(default_factory=dict)  # capital's place name -> its country's

    def place(self, text: str) -> PlaceEntry | None:
        return self.places.get(exact_key(text)) or self.places.get(article_free_key(text))

    def place_by_skeleton(self, text: str) -> PlaceEntry | None:
        skeleton = skeleton_key(text)
        return self.place_skeletons.get(skeleton) if len(skeleton) >= 4 else None

    def organisation(self, text: str) -> OrganisationEntry | None:
        if _is_acronym(text):
            return self.acronyms.get(text.replace(".", ""))
        return self.organisations.get(exact_key(text))

    def is_abbreviation(self, word: str) -> bool:
        """A word with its final period is a listed abbreviated title ("Gen.", "Lt.") or a generational suffix
        ("Jr."), not a sentence end."""
        folded = word.casefold()
        return folded in self.titles or word in self.upper_titles or folded[:-1] in name_suffixes()

    def title_kind(self, text: str) -> str | None:
        """'rank', 'honorific' or 'office' for a title as written before a name."""
        return (
            self.upper_titles.get(text)
            or self.titles.get(exact_key(text))
            or self.titles.get(text.casefold())
        )


def _is_acronym(text: str) -> bool:
    """'ISIS', 'U.N.', and short forms in mixed case such as 'LeT': matched with their exact capitals, so the
    word 'Let' opening a sentence is not Lashkar-e-Taiba."""
    letters = text.replace(".", "").replace("-", "")
    if not (2 <= len(letters) <= 8 and letters.isalnum()):
        return False
    return letters.isupper() or (" " not in text and sum(letter.isupper() for letter in letters) >= 2)


def _add_prefixes(gazetteer: Gazetteer, name: str) -> None:
    """Every proper word prefix of a listed phrase, so a scan stops as soon as no phrase can match."""
    words = exact_key(name).split(" ")
    for length in range(1, len(words)):
        gazetteer.prefixes.add(" ".join(words[:length]))


def _add_places(gazetteer: Gazetteer, file_name: str, kind: str) -> None:
    for row in load_table(file_name):
        entry = PlaceEntry(name=row[0], kind=kind)
        for name in row:
            gazetteer.places.setdefault(exact_key(name), entry)
            gazetteer.place_spellings.add(exact_key(name))
            gazetteer.places.setdefault(article_free_key(name), entry)
            skeleton = skeleton_key(name)
            known = gazetteer.place_skeletons.get(skeleton, entry)
            gazetteer.place_skeletons[skeleton] = entry if known == entry else None
            _add_prefixes(gazetteer, name)


def _add_organisations(gazetteer: Gazetteer) -> None:
    for kind, *names in load_table("actors_organisations.txt"):
        entry = OrganisationEntry(name=names[0], kind=cast(ActorKind, kind))
        for name in names:
            if _is_acronym(name):
                gazetteer.acronyms.setdefault(name.replace(".", ""), entry)
                _add_prefixes(gazetteer, name)
                continue
            for spelling in _spellings(name):
                gazetteer.organisations.setdefault(exact_key(spelling), entry)
                _add_prefixes(gazetteer, spelling)


@cache
def _spelling_variants() -> tuple[tuple[str, ...], ...]:
    return load_table("names_spelling_variants.txt")


def _spellings(name: str) -> list[str]:
    """A UN body is written with "UN", "U.N." or "United Nations" before its name, and a body's name in British
    or American spelling ("Defence", "Defense"); the list gives one."""
    names = [name, f"U.N. {name[3:]}", f"United Nations {name[3:]}"] if name.startswith("UN ") else [name]
    for british, american in _spelling_variants():
        names += [
            variant
            for written in names
            for variant in (written.replace(british, american), written.replace(american, british))
            if variant != written
        ]
    return names


def _add_titles(gazetteer: Gazetteer) -> None:
    for file_name, kind in (
        ("titles_ranks.txt", "rank"),
        ("titles_honorifics.txt", "honorific"),
        ("titles_offices.txt", "office"),
    ):
        for title in load_lines(file_name):
            if title.replace(".", "").isupper():
                gazetteer.upper_titles.setdefault(title, kind)
                continue
            gazetteer.titles.setdefault(title.casefold(), kind)
            gazetteer.titles.setdefault(exact_key(title), kind)
            _add_prefixes(gazetteer, title)


@cache
def load_gazetteer() -> Gazetteer:
    """Build every index once per process; later calls return the same object."""
    gazetteer = Gazetteer()
    for file_name, kind in (
        ("places_countries.txt", "country"),
        ("places_regions.txt", "region"),
        ("places_water.txt", "water"),
        ("places_cities.txt", "city"),
    ):
        _add_places(gazetteer, file_name, kind)
    _add_organisations(gazetteer)
    for names in load_table("actors_people.txt"):
        entry = PersonEntry(name=names[0])
        for name in names:
            gazetteer.people.setdefault(exact_key(name), entry)
            _add_prefixes(gazetteer, name)
    for demonym, *place in load_table("names_demonyms.txt"):
        gazetteer.demonyms[exact_key(demonym)] = place[0] if place else ""
        if place and place[0]:
            gazetteer.demonym_of.setdefault(place[0], demonym)
        _add_prefixes(gazetteer, demonym)
    _add_titles(gazetteer)
    gazetteer.lower_titles = tuple(
        title.casefold() for title in load_lines("titles_offices.txt") if not title.replace(".", "").isupper()
    )
    gazetteer.roles = frozenset(load_lines("titles_roles.txt"))
    gazetteer.stopwords = frozenset(load_lines("names_stopwords.txt"))
    gazetteer.given_names = frozenset(load_lines("names_given.txt"))
    gazetteer.speech_verbs = frozenset(load_lines("names_speech_verbs.txt"))
    gazetteer.organisation_suffixes = dict(load_table("names_org_suffixes.txt"))  # type: ignore[arg-type]
    gazetteer.organisation_heads = frozenset(load_lines("names_org_heads.txt"))
    gazetteer.place_suffixes = frozenset(load_lines("places_suffixes.txt"))
    gazetteer.place_prefixes = frozenset(load_lines("places_prefixes.txt"))
    gazetteer.not_entities = frozenset(load_lines("names_not_entities.txt"))
    gazetteer.vessel_prefixes = frozenset(load_lines("names_vessel_prefixes.txt"))
    gazetteer.vessel_nouns = frozenset(load_lines("names_vessel_nouns.txt"))
    gazetteer.event_words = frozenset(load_lines("names_event_words.txt"))
    gazetteer.sentence_nouns = frozenset(load_lines("names_sentence_nouns.txt"))
    cues: dict[str, set[str]] = {}
    for word, cue in load_table("places_cues.txt"):
        cues.setdefault(word, set()).add(cue)
    gazetteer.place_cues = {word: frozenset(kinds) for word, kinds in cues.items()}
    for singular, plural in load_table("places_site_nouns.txt"):
        gazetteer.site_singular[plural] = singular
        gazetteer.site_singular[singular] = singular
    gazetteer.site_nouns = tuple(gazetteer.site_singular)
    gazetteer.site_modifiers = load_lines("places_site_modifiers.txt")
    gazetteer.descriptors = load_lines("actors_descriptors.txt")
    gazetteer.groups = load_lines("actors_groups.txt")
    for words, body, kind in load_table("actors_bodies.txt"):
        gazetteer.bodies[words] = body
        gazetteer.body_kinds[body] = cast(ActorKind, kind or "organisation")
    gazetteer.body_words = tuple(gazetteer.bodies)
    gazetteer.backed_nouns = frozenset(load_lines("actors_backers.txt"))
    for capital, country in load_table("places_capitals.txt"):
        capital_entry, country_entry = gazetteer.place(capital), gazetteer.place(country)
        if capital_entry is not None and country_entry is not None:
            gazetteer.capital_of[capital_entry.name] = country_entry.name
    return gazetteer
