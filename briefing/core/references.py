"""Lower-case references that name a body: "the Syrian government", "Iraq's military", "the coalition",
"the Asad regime", "Iranian-backed militias", and "the militants" for the one armed group of a story.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from briefing.core.aliases import ActorDraft, Registry, surname_key
from briefing.core.casing import word_image
from briefing.core.gazetteer import Gazetteer, exact_key
from briefing.core.model import Span
from briefing.core.reading import lower_word_after
from briefing.core.word_trees import prefix_tree

_COALITION_BEFORE = re.compile(
    r"(?:\b([\w.’'-]+)-led\s+|\b(?:counter|anti)-[\w’']+\s+)?"
    r"(?:\b(?:military|international|global|multinational|broad)\s+)?\Z"
)
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|A|An)\s+(?:[\w-]+\s+)?\Z")
_REGIME_OWNER_BEFORE = re.compile(r"\b([A-Z][\w’'-]+?)(?:[’']s)?\s+(?:brutal\s+|own\s+)?\Z")
_REGIME_OWNER_AFTER = re.compile(r"\s+of\s+([A-Z][\w’'-]+)")
_BACKER_BEFORE = re.compile(r"\b[A-Z][\w.’'-]*\Z")
_BACKED_AFTER = re.compile(r"\s*(?:([A-Z]\w+)\s+)?(\w+)\b")
_OF_NAME = re.compile(r"of (?:the )?((?:[A-Z]\.){2,}|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)")
_OF_AFTER = re.compile(r" of\b")
_NAME_AFTER = re.compile(r" +[A-Z]")
_DEFINITE_BEFORE = re.compile(r"\b(?:the|The|this|that|its|their|his|her)\s+\Z")
_TITLE_ARTICLE = re.compile(r"\b[Tt]he\s+(?:\d{1,3}-year-old\s+)?\Z")
_QUOTED_NAME = re.compile(r"[“\"]((?:the |The )?[A-Z][^”\"\n]{1,40})[”\"]")
_OWNER_END = re.compile(r",?\s+(?:also\s+|locally\s+|widely\s+)?\Z")
_BODY_OPENERS = frozenset(" \u00a0\n’'")
_AGENCY_NOUNS = ("agency", "mission", "watchdog")
_DESCRIPTION_OWNER = re.compile(
    r"\b(?:[A-Z]{2,6}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:[’']s)?\s+(?:[a-z]+\s+){0,2}\Z"
)
_ACRONYM_AFTER = re.compile(r"(?:,?\s+(?:known as\s+)?|\s+\()([A-Z][A-Z0-9&-]{1,7})\b")
_LAST_WORD = re.compile(r"\b[A-Za-z]+\Z")
_MODIFIED_DESCRIPTOR = re.compile(r"\b[Tt]he ([\w’'-]+) \Z")
_NEW_TUPLE = tuple.__new__  # builds a NamedTuple without its Python-level __new__: one per cue scanned
_ANAPHORA_KINDS = {"city": "city", "town": "city", "village": "city", "capital": "city", "country": "country"}


class _Cue(NamedTuple):
    start: int
    end: int
    word: str


_BACKING_CUES = ("backed", "supported", "sponsored", "allied")  # after a hyphen: "Iranian-backed"
_BACKER_WORD = re.compile(rf"-(?:{'|'.join(_BACKING_CUES)}|aligned|linked|affiliated)\Z")
_NAMING_CUES = r"(?:known(?: locally| widely)? as|nicknamed|dubbed|call(?:s|ed)? (?:them|it)(?: simply)?)\s"
_NAMING_FIRST_WORDS = ("known", "nicknamed", "dubbed", "call", "calls", "called")


class _CueTables(NamedTuple):
    pattern: re.Pattern[str]
    kinds: dict[str, frozenset[str]]
    openers: re.Pattern[bytes] | None


@cache
def _cue_tables(gazetteer: Gazetteer) -> _CueTables:
    """Every lower-case cue word, "-backed" and "of Name" in one alternation; what each cue word can start (a
    site, a group, a title reference, a descriptor, "the city"); and where a cue can open, for a quick scan."""
    kinds: dict[str, set[str]] = {}
    for kind, words in (
        ("site", gazetteer.site_nouns),
        ("group", gazetteer.groups),
        ("title", gazetteer.lower_titles),
        ("descriptor", tuple(phrase.removeprefix("the ") for phrase in gazetteer.descriptors)),
        ("anaphora", tuple(_ANAPHORA_KINDS)),
        ("coalition", ("coalition",)),
        ("regime", ("regime",)),
        ("agency", _AGENCY_NOUNS),
    ):
        for word in words:
            kinds.setdefault(word.removeprefix("the "), set()).add(kind)
    pattern = re.compile(
        rf"\b(?=[a-z-])(?:{prefix_tree(kinds)}\b|-(?:{'|'.join(_BACKING_CUES)})(?=\s)|of (?=(?:the )?[A-Z])"
        rf"|{_NAMING_CUES})"
    )
    first_letters = [re.match("[a-z]*", word).group() for word in kinds]  # type: ignore[union-attr]
    openers = None
    if all(first_letters):  # every cue opens with a lower-case ASCII letter, as the image keeps them
        opening_words = {*first_letters, *_BACKING_CUES, *_NAMING_FIRST_WORDS, "of"}
        openers = re.compile(rb" " + prefix_tree(opening_words).encode("ascii"))
    return _CueTables(pattern, {word: frozenset(found) for word, found in kinds.items()}, openers)


def _cue_matches(text: str, tables: _CueTables) -> Iterator[re.Match[str]]:
    """The cue pattern's matches, as its own scan finds them, in about half the time.

    A pattern that opens with a word boundary is tried at every character. Here the text's word image
    (casing.word_image, shared with the speech-verb scan) is searched first for a space followed by the
    letters a cue opens with (a literal first character, which the regex engine finds in C), and the cue
    pattern runs only there: at the word, and at the hyphen before it ("-backed"). Every place a cue can start
    is such a place, since the image turns every character that can stand before one (not a word character)
    into a space and keeps the lower-case letters it opens with.
    """
    if tables.openers is None:
        yield from tables.pattern.finditer(text)
        return
    image = word_image(text)
    match_at = tables.pattern.match
    previous_end = 0
    for opener in tables.openers.finditer(image):
        word_start = opener.start()  # the space's offset in the image is the word's offset in the text
        starts = (word_start - 1, word_start) if text[word_start - 1 : word_start] == "-" else (word_start,)
        for start in starts:
            if start < previous_end:
                continue
            found = match_at(text, start)
            if found is not None:
                previous_end = found.end()
                yield found
                break


def _scan_cues(text: str, gazetteer: Gazetteer) -> dict[str, list[_Cue]]:
    """The cues of the text by kind."""
    tables = _cue_tables(gazetteer)
    kinds = tables.kinds
    found: dict[str, list[_Cue]] = {}
    for match in _cue_matches(text, tables):
        start, end = match.span()
        word = text[start:end]
        cue = _NEW_TUPLE(_Cue, (start, end, word))
        listed = kinds.get(word)
        if listed is not None:
            for kind in listed:
                found.setdefault(kind, []).append(cue)
        elif word[0] == "-":
            found.setdefault("backed", []).append(cue)
        elif word.startswith("of "):
            found.setdefault("of", []).append(cue)
        else:
            found.setdefault("nickname", []).append(cue)
    return found


@cache
def _site_modifiers_pattern(modifiers: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(word) for word in modifiers)
    return re.compile(rf"(?:\b(?:[\w’']+-(?:held|controlled)|[A-Z]{{2,7}}s?|{alternatives})\s+){{1,2}}\Z")


def _find_sites(text: str, gazetteer: Gazetteer, registry: Registry, cues: list[_Cue]) -> None:
    """Sites on the ground ("an ISIL-held building", "two bridges"); each surface form is one place. A bare
    site noun after "the" ("rescued from the building") refers back to a setting, not to a site."""
    modifiers = _site_modifiers_pattern(gazetteer.site_modifiers)
    for cue in cues:
        if cue.start and text[cue.start - 1].isalnum():
            continue
        before = modifiers.search(text, max(0, cue.start - 40), cue.start)
        if before is None and _DEFINITE_BEFORE.search(text, max(0, cue.start - 8), cue.start):
            continue
        start = before.start() if before is not None else cue.start
        name = text[start : cue.start] + gazetteer.site_singular.get(cue.word, cue.word)
        registry.add_place(f"site:{exact_key(name)}", name, "site", Span(start, cue.end))


def _find_place_anaphora(text: str, registry: Registry, cues: list[_Cue]) -> None:
    """The words "the city" after a named city refer to that city again; with no such city, or with a name of
    their own right after them ("the capital Sanaa"), they are left."""
    ends: dict[str, list[int]] | None = None
    keys: dict[str, list[str]] = {}
    for cue in cues:
        if (
            text[cue.start - 4 : cue.start] not in ("the ", "The ")
            or _OF_AFTER.match(text, cue.end)
            or _NAME_AFTER.match(text, cue.end)
        ):
            continue
        if ends is None:
            ends, keys = _place_mention_ends(registry)
        wanted = _ANAPHORA_KINDS[cue.word]
        index = bisect_right(ends.get(wanted, []), cue.start) - 1
        if index >= 0:
            key = keys[wanted][index]
            draft = registry.places[key]
            registry.add_place(key, draft.name, draft.kind, Span(cue.start - 4, cue.end))


def _place_mention_ends(registry: Registry) -> tuple[dict[str, list[int]], dict[str, list[str]]]:
    """For each place kind, the ends of its mentions in order, and whose mention each is."""
    by_kind: dict[str, list[tuple[int, str]]] = {}
    for key, draft in registry.places.items():
        if draft.kind in ("city", "country"):
            by_kind.setdefault(draft.kind, []).extend((span.end, key) for span in draft.mentions)
    ends: dict[str, list[int]] = {}
    keys: dict[str, list[str]] = {}
    for kind, mentions in by_kind.items():
        mentions.sort()
        ends[kind] = [end for end, _ in mentions]
        keys[kind] = [key for _, key in mentions]
    return ends, keys


@cache
def _body_pattern(gazetteer: Gazetteer) -> re.Pattern[str]:
    return re.compile(rf"(?:[’']s)?\s+({prefix_tree(gazetteer.body_words)})\b", re.IGNORECASE)


def national_body_after(
    text: str, span: Span, country: str, gazetteer: Gazetteer, registry: Registry, is_last: bool
) -> bool:
    """A nationality or a country before a body word names that body ("Syrian government", "Iraq's military")."""
    if not is_last and not text[span.end : span.end + 1].isspace():
        return False
    if text[span.end : span.end + 1] not in _BODY_OPENERS:
        return False
    match = _body_pattern(gazetteer).match(text, span.end, min(len(text), span.end + 40))
    if match is None:
        return False
    surface = text[span.start : span.end]
    group = gazetteer.organisation(surface) or gazetteer.organisation(f"{surface}s")
    if group is not None and group.kind == "armed_group":  # "Houthi forces" are the Houthis
        registry.add_actor(f"org:{group.name}", group.name, group.kind, Span(span.start, match.end()))
        return True
    add_body(
        gazetteer,
        registry,
        country or text[span.start : span.end],
        match.group(1),
        Span(span.start, match.end()),
    )
    return True


def listed_name_after(text: str, span: Span, gazetteer: Gazetteer, registry: Registry) -> bool:
    """A group adjective and the lower-case word after it can be a listed name ("Houthi movement")."""
    match = lower_word_after(text, span.end)
    if match is None:
        return False
    listed = gazetteer.organisations.get(exact_key(f"{text[span.start : span.end]} {match.group(1)}"))
    if listed is None:
        return False
    registry.add_actor(f"org:{listed.name}", listed.name, listed.kind, Span(span.start, match.end()))  # type: ignore[arg-type]
    return True


def add_body(gazetteer: Gazetteer, registry: Registry, owner: str, body_words: str, span: Span) -> None:
    """One actor per country and body: "Iraqi army", "Iraq's military" and "the military of Iraq" meet."""
    body = gazetteer.bodies.get(body_words.casefold(), body_words.casefold())
    demonym = gazetteer.demonym_of.get(owner, owner)
    kind = gazetteer.body_kinds.get(body, "organisation")
    registry.add_actor(f"body:{owner}:{body}", f"{demonym} {body}", kind, span)


def _find_bodies_of_countries(text: str, gazetteer: Gazetteer, registry: Registry, cues: list[_Cue]) -> None:
    """A body word before "of" and a country names that country's body ("the government of Iraq")."""
    for cue in cues:
        if text[cue.start - 1 : cue.start] != " ":
            continue
        before = _LAST_WORD.search(text, max(0, cue.start - 21), cue.start - 1)
        if before is None or before.group().casefold() not in gazetteer.bodies:
            continue
        match = _OF_NAME.match(text, cue.start)
        if match is None:
            continue
        name = match.group(1)
        place = gazetteer.place(name)
        if place is None and " " in name:
            name = name.split(" ")[0]
            place = gazetteer.place(name)
        if place is None or place.kind != "country":
            continue
        end = match.start(1) + len(name)
        add_body(gazetteer, registry, place.name, before.group(), Span(before.start(), end))


def _find_title_references(text: str, registry: Registry, cues: list[_Cue]) -> None:
    """A title in lower case ("the secretary", "the prime minister") is its one holder in the story."""
    if not registry.titles:
        return
    for cue in cues:
        article = _TITLE_ARTICLE.search(text, max(0, cue.start - 24), cue.start)
        if article is None:
            continue
        holder = registry.holder_of(cue.word)
        if holder is not None:
            registry.mention(registry.actors[holder], Span(article.start(), cue.end))


def find_references(text: str, gazetteer: Gazetteer, registry: Registry) -> None:
    """Descriptions in lower case, after the capitalised names are known."""
    cues = _scan_cues(text, gazetteer)
    _find_sites(text, gazetteer, registry, cues.get("site", []))
    _find_place_anaphora(text, registry, cues.get("anaphora", []))
    _find_coalitions(text, gazetteer, registry, cues.get("coalition", []))
    _find_regimes(text, gazetteer, registry, cues.get("regime", []))
    _find_backed_groups(text, gazetteer, registry, cues.get("backed", []))
    _find_descriptors(text, gazetteer, registry, cues.get("descriptor", []))
    _find_bodies_of_countries(text, gazetteer, registry, cues.get("of", []))
    _find_title_references(text, registry, cues.get("title", []))
    _find_groups(text, gazetteer, registry, cues.get("group", []))
    _find_nicknames(text, registry, cues.get("nickname", []))
    _find_described_bodies(text, registry, cues.get("agency", []))


def _find_described_bodies(text: str, registry: Registry, cues: list[_Cue]) -> None:
    """A description before a body's acronym names that body ("UN refugee agency UNHCR", "the African Union
    mission, known as ATMIS"), and so does the same description later without the acronym."""
    described: dict[str, ActorDraft] = {}
    unresolved: list[tuple[str, Span]] = []
    for cue in cues:
        owner = _DESCRIPTION_OWNER.search(text, max(0, cue.start - 50), cue.start)
        if owner is None:
            continue
        span = Span(owner.start(), cue.end)
        description = exact_key(text[span.start : span.end])
        acronym = _ACRONYM_AFTER.match(text, cue.end, min(len(text), cue.end + 24))
        key = registry.actor_ending_at.get(acronym.end(1)) if acronym is not None else None
        body = registry.actors.get(key) if key is not None else None
        if body is None or body.kind == "person":
            unresolved.append((description, span))
            continue
        described[description] = body
        registry.claim(body, span)
    for description, span in unresolved:
        body = described.get(description)
        if body is not None:
            registry.claim(body, span)


def _find_nicknames(text: str, registry: Registry, cues: list[_Cue]) -> None:
    """A quoted name after "known as", "nicknamed", "dubbed" or "call them" is another name of a body: the one
    just before it ("al-Shabaab, known as "the Youth""), else the story's one armed group after "call them",
    else a group of its own. Later unquoted uses of the nickname name the same body (searched for once per
    nickname, so a long text repeating the cue stays linear)."""
    searched: set[str] = set()
    for cue in cues:
        quoted = _QUOTED_NAME.match(text, cue.end)
        if quoted is None:
            continue
        nickname = quoted.group(1).rstrip(",.;:")
        span = Span(quoted.start(1), quoted.start(1) + len(nickname))
        owner = _nickname_owner(text, registry, cue)
        if owner is None:
            owner = registry.add_actor(f"org:{exact_key(nickname)}", nickname, "armed_group", span)
        registry.claim(owner, span)
        bare = nickname.removeprefix("the ").removeprefix("The ")
        if bare in searched:
            continue
        searched.add(bare)
        found = text.find(bare, span.end)
        while found >= 0:
            registry.claim(owner, Span(found, found + len(bare)))
            found = text.find(bare, found + len(bare))


def _nickname_owner(text: str, registry: Registry, cue: _Cue) -> ActorDraft | None:
    """The body a nickname belongs to: the one named just before the cue, or, when the cue refers back
    ("Residents call them ..."), the one armed group of the story; the subject of "call" is the caller."""
    if not cue.word.startswith("call"):
        owner_end = _OWNER_END.search(text, max(0, cue.start - 12), cue.start)
        key = registry.actor_ending_at.get(owner_end.start()) if owner_end is not None else None
        owner = registry.actors.get(key) if key is not None else None
        return owner if owner is not None and owner.kind != "person" else None
    groups = [
        draft
        for draft in registry.actors.values()
        if draft.kind == "armed_group" and draft.mentions and draft.key.startswith("org:")
    ]
    return groups[0] if len(groups) == 1 else None


def _find_coalitions(text: str, gazetteer: Gazetteer, registry: Registry, cues: list[_Cue]) -> None:
    main: str | None = None
    for match in cues:
        before = _COALITION_BEFORE.search(text, max(0, match.start - 40), match.start)
        start = before.start() if before is not None else match.start
        if _INDEFINITE_BEFORE.search(text, max(0, start - 30), start):
            continue
        leader = before.group(1) if before is not None else None
        span = Span(start, match.end)
        if leader:
            listed = gazetteer.organisations.get(exact_key(f"{leader}-led coalition"))
            if listed is not None:
                registry.add_actor(f"org:{listed.name}", listed.name, "military", span)
            else:
                name = f"{leader}-led coalition"
                registry.add_actor(f"org:{exact_key(name)}", name, "military", span)
            continue
        if main is None:
            main = _main_coalition(registry) or ""
        key = main or None
        if key is None:
            registry.add_actor("org:coalition", "coalition", "military", span)
        else:
            registry.mention(registry.actors[key], span)


def _main_coalition(registry: Registry) -> str | None:
    """The coalition the story names most, when it names one."""
    coalitions = [
        draft for draft in registry.actors.values() if "coalition" in draft.name.casefold() and draft.mentions
    ]
    if not coalitions:
        return None
    return max(coalitions, key=lambda draft: len(draft.mentions)).key


def _find_regimes(text: str, gazetteer: Gazetteer, registry: Registry, cues: list[_Cue]) -> None:
    named: list[str] = []
    bare: list[Span] = []
    for match in cues:
        before = _REGIME_OWNER_BEFORE.search(text, max(0, match.start - 40), match.start)
        after = _REGIME_OWNER_AFTER.match(text, match.end)
        owner = before.group(1) if before is not None else (after.group(1) if after is not None else None)
        span = Span(
            before.start() if before is not None else match.start,
            after.end() if after is not None and before is None else match.end,
        )
        if owner is None or exact_key(owner) in gazetteer.stopwords:
            bare.append(Span(match.start, match.end))
            continue
        country = gazetteer.demonyms.get(exact_key(owner))
        place = gazetteer.place(owner)
        if country or (place is not None and place.kind == "country"):
            owner_name = country or (place.name if place else owner)
            demonym = gazetteer.demonym_of.get(owner_name, owner_name)
            key = f"body:{owner_name}:government"
            registry.add_actor(key, f"{demonym} government", "government", span)
        else:
            key = f"regime:{surname_key(owner)}"
            registry.add_actor(key, f"{owner} regime", "government", span)
        named.append(key)
    if len(set(named)) == 1:
        for span in bare:
            registry.mention(registry.actors[named[0]], span)


def _find_backed_groups(text: str, gazetteer: Gazetteer, registry: Registry, cues: list[_Cue]) -> None:
    for match in cues:
        backer = _BACKER_BEFORE.search(text, max(0, match.start - 30), match.start)
        backed = _BACKED_AFTER.match(text, match.end)
        if backer is None or backed is None or backed.group(2).casefold() not in gazetteer.backed_nouns:
            continue
        span = Span(backer.start(), backed.end())
        name = text[span.start : span.end]
        draft = registry.add_actor(f"backed:{exact_key(name)}", name, "armed_group", span)
        draft.affiliation = draft.affiliation or backer.group()


def _find_descriptors(text: str, gazetteer: Gazetteer, registry: Registry, cues: list[_Cue]) -> None:
    """The words "the militants" join the armed group only when the story names exactly one; so do "the
    Lebanese group" and "the Iran-backed group", a nationality or a backer between."""
    if not cues:
        return
    groups = [
        draft
        for draft in registry.actors.values()
        if draft.kind == "armed_group" and draft.mentions and draft.key.startswith("org:")
    ]
    if len(groups) != 1:
        return
    group = groups[0]
    first = min(group.mentions).start
    for cue in cues:
        if cue.start - 4 >= first and text[cue.start - 4 : cue.start] in ("the ", "The "):
            registry.mention(group, Span(cue.start - 4, cue.end))
            continue
        modified = _MODIFIED_DESCRIPTOR.search(text, max(first, cue.start - 40), cue.start)
        if modified is not None and (
            exact_key(modified.group(1)) in gazetteer.demonyms or _BACKER_WORD.search(modified.group(1))
        ):
            registry.claim(group, Span(modified.start(), cue.end))  # over "Iran-backed group" read as a group


def _find_groups(text: str, gazetteer: Gazetteer, registry: Registry, cues: list[_Cue]) -> None:
    """Groups of people named by a plural noun ("civilians", "our partners"); a noun right after a name
    ("ISIL fighters") belongs to that name's mention, not to a group of its own."""
    needs_article = _article_groups(gazetteer.groups)
    for cue in cues:
        start = cue.start
        if cue.word in needs_article:
            if text[start - 4 : start] != "the ":
                continue
            start -= 4
        if start and (text[start - 1].isalnum() or text[start - 1] in "-’'"):
            continue
        before = text[max(0, start - 20) : start].split()
        if before and before[-1][:1].isupper() and before[-1].casefold() not in gazetteer.stopwords:
            continue
        registry.add_actor(f"group:{cue.word}", cue.word, "organisation", Span(start, cue.end))


@cache
def _article_groups(groups: tuple[str, ...]) -> frozenset[str]:
    """Group nouns that name a group only after "the" ("the enemy")."""
    return frozenset(phrase.removeprefix("the ") for phrase in groups if phrase.startswith("the "))
