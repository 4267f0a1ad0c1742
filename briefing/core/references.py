"""Lower-case references that name a body: "the Syrian government", "Iraq's military", "the coalition",
"the Asad regime", "Iranian-backed militias", and "the militants" for the one armed group of a story.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from briefing.core.aliases import Registry, surname_key
from briefing.core.gazetteer import Gazetteer, exact_key
from briefing.core.model import ActorKind, Span

_COALITION = re.compile(
    r"\b(?:([\w.’'-]+)-led\s+|(?:counter|anti)-[\w’']+\s+)?"
    r"(?:(?:military|international|global|multinational|broad)\s+)?coalition\b"
)
_REGIME = re.compile(
    r"(?:\b([A-Z][\w’'-]+)(?:[’']s)?\s+(?:brutal\s+|own\s+)?|\b)regime\b(?:\s+of\s+([A-Z][\w’'-]+))?"
)
_BACKED = re.compile(r"\b([A-Z][\w.’'-]*?)-(?:backed|supported|sponsored|allied)\s+(?:([A-Z]\w+)\s+)?(\w+)\b")


_PLACE_ANAPHORA = re.compile(r"\b[Tt]he (city|town|village|capital|country)\b(?! of\b)")
_ANAPHORA_KINDS = {"city": "city", "town": "city", "village": "city", "capital": "city", "country": "country"}


@cache
def _site_pattern(nouns: tuple[str, ...], modifiers: tuple[str, ...]) -> re.Pattern[str]:
    noun_alternatives = "|".join(re.escape(noun) for noun in sorted(nouns, key=len, reverse=True))
    modifier_alternatives = "|".join(re.escape(word) for word in modifiers)
    return re.compile(
        rf"\b((?:(?:[\w’']+-(?:held|controlled)|[A-Z]{{2,7}}s?|{modifier_alternatives})\s+){{0,2}})"
        rf"({noun_alternatives})\b"
    )


def _find_sites(text: str, gazetteer: Gazetteer, registry: Registry) -> None:
    """ "An ISIL-held building", "two bridges": sites on the ground, each surface form one place of kind site."""
    for match in _site_pattern(gazetteer.site_nouns, gazetteer.site_modifiers).finditer(text):
        surface = match.group()
        singular = gazetteer.site_singular.get(match.group(2), match.group(2))
        name = surface[: len(surface) - len(match.group(2))] + singular
        registry.add_place(f"site:{exact_key(name)}", name, "site", Span(match.start(), match.end()))


def _find_place_anaphora(text: str, registry: Registry) -> None:
    """ "The city" after a named city is that city again; nothing is linked when no such place came before."""
    mentions = sorted(
        (span.end, key, draft.kind)
        for key, draft in registry.places.items()
        for span in draft.mentions
        if draft.kind in ("city", "country")
    )
    ends = [end for end, _, _ in mentions]
    for match in _PLACE_ANAPHORA.finditer(text):
        wanted = _ANAPHORA_KINDS[match.group(1)]
        index = bisect_right(ends, match.start()) - 1
        while index >= 0 and mentions[index][2] != wanted:
            index -= 1
        if index >= 0:
            key = mentions[index][1]
            draft = registry.places[key]
            registry.add_place(key, draft.name, draft.kind, Span(match.start(), match.end()))


@cache
def _body_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:[’']s)?\s+({alternatives})\b", re.IGNORECASE)


def national_body_after(
    text: str, span: Span, country: str, gazetteer: Gazetteer, registry: Registry, is_last: bool
) -> bool:
    """ "Syrian government", "Iraq's military": a nationality or country before a body word names that body."""
    if not is_last and not text[span.end : span.end + 1].isspace():
        return False
    match = _body_pattern(tuple(gazetteer.bodies)).match(text, span.end, min(len(text), span.end + 40))
    if match is None:
        return False
    body = gazetteer.bodies[match.group(1).casefold()]
    owner = country or text[span.start : span.end]
    demonym = gazetteer.demonym_of.get(owner, owner)
    kind: ActorKind = "government" if body == "government" else "military"
    name = f"{demonym} {body}"
    registry.add_actor(f"body:{owner}:{body}", name, kind, Span(span.start, match.end()))
    return True


def find_references(text: str, gazetteer: Gazetteer, registry: Registry) -> None:
    """Descriptions in lower case, after the capitalised names are known."""
    _find_sites(text, gazetteer, registry)
    _find_place_anaphora(text, registry)
    _find_coalitions(text, gazetteer, registry)
    _find_regimes(text, gazetteer, registry)
    _find_backed_groups(text, gazetteer, registry)
    _find_descriptors(text, gazetteer, registry)


def _find_coalitions(text: str, gazetteer: Gazetteer, registry: Registry) -> None:
    for match in _COALITION.finditer(text):
        leader = match.group(1)
        span = Span(match.start(), match.end())
        if leader:
            listed = gazetteer.organisations.get(exact_key(f"{leader}-led coalition"))
            if listed is not None:
                registry.add_actor(f"org:{listed.name}", listed.name, "military", span)
            else:
                name = f"{leader}-led coalition"
                registry.add_actor(f"org:{exact_key(name)}", name, "military", span)
            continue
        key = _main_coalition(registry)
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


def _find_regimes(text: str, gazetteer: Gazetteer, registry: Registry) -> None:
    named: list[str] = []
    bare: list[Span] = []
    for match in _REGIME.finditer(text):
        owner = match.group(1) or match.group(2)
        span = Span(match.start(), match.end())
        if owner is None or exact_key(owner) in gazetteer.stopwords:
            start = match.start() if match.group(1) is None else text.index("regime", match.start())
            bare.append(Span(start, start + len("regime")))
            continue
        country = gazetteer.demonyms.get(exact_key(owner))
        place = gazetteer.places.get(exact_key(owner))
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


def _find_backed_groups(text: str, gazetteer: Gazetteer, registry: Registry) -> None:
    for match in _BACKED.finditer(text):
        if match.group(3).casefold() not in gazetteer.backed_nouns:
            continue
        span = Span(match.start(), match.end())
        name = text[span.start : span.end]
        draft = registry.add_actor(f"backed:{exact_key(name)}", name, "armed_group", span)
        draft.affiliation = draft.affiliation or match.group(1)


def _find_descriptors(text: str, gazetteer: Gazetteer, registry: Registry) -> None:
    """ "The militants" joins the armed group only when the story names exactly one."""
    groups = [draft for draft in registry.actors.values() if draft.kind == "armed_group" and draft.mentions]
    if len(groups) != 1:
        return
    group = groups[0]
    first = min(group.mentions).start
    for match in _descriptor_pattern(gazetteer.descriptors).finditer(text, first):
        registry.mention(group, Span(match.start(), match.end()))


@cache
def _descriptor_pattern(descriptors: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(
        "[" + phrase[0].upper() + phrase[0] + "]" + re.escape(phrase[1:])
        for phrase in sorted(descriptors, key=len, reverse=True)
    )
    return re.compile(rf"\b(?:{alternatives})\b")
