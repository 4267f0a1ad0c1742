"""Alias linking: every mention found in a document joins the one actor or place it names.

Actors are keyed so that different surface forms meet: a listed organisation by its canonical name (so "ISIS",
"ISIL" and "Daesh" meet), a person by first and last name (so "Marcus Ellingham" and "Gen. Marcus J.
Ellingham" meet), a surname alone by the one person of the story who carries it, a national body by country
and body ("Iraqi army", "Iraq's military"). A link is made only when it is unique: a wrong link is worse than
none.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from briefing.core.gazetteer import arabic_articles, exact_key, load_gazetteer, name_suffixes, skeleton_key
from briefing.core.model import Actor, ActorKind, Place, Span

_TRAILING_CONNECTORS = re.compile(
    r"(?:[\s,]+(?:of|for|the|with|and|to|in|at|on|a|an))*[\s,]*\Z", re.IGNORECASE
)
_OWNED_ROLE = re.compile(r"[A-Z][\w.-]*[’']s\s+([a-z][\w -]*)\Z")
_POSSESSIVE_GAP = re.compile(r"(?:[’']s)?\s*")
_INDEX_BUCKET = 64
_OFFICE_COMPLEMENT = re.compile(r" (?:for|of|to) ")
_INITIAL_SKIPS = frozenset(["of", "the", "and", "for", "in", "on", "to", "de", "al"])


@lru_cache(maxsize=1 << 14)
def surname_key(name: str) -> str:
    """'al-Abadi', 'Al Abadi' and 'Abadi' share a key; so do 'Asad' and 'Assad'."""
    words = [word for word in exact_key(name).split(" ") if word not in name_suffixes()]
    while len(words) > 1 and words[-2] in arabic_articles():
        del words[-2]
    return skeleton_key(words[-1]) if words else ""


@lru_cache(maxsize=1 << 14)
def person_key(name: str) -> str:
    """First and last name: middle initials and particles do not make a different person."""
    words = [word for word in exact_key(name).split(" ") if word not in name_suffixes()]
    if len(words) < 2:
        return f"person:{surname_key(name)}"
    return f"person:{skeleton_key(words[0])}:{surname_key(name)}"


@dataclass
class ActorDraft:
    key: str
    name: str
    kind: ActorKind
    mentions: list[Span] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None


@dataclass
class PlaceDraft:
    key: str
    name: str
    kind: str | None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Registry:
    """The actors and places of one document while it is read."""

    text: str
    actors: dict[str, ActorDraft] = field(default_factory=dict)
    places: dict[str, PlaceDraft] = field(default_factory=dict)
    surnames: dict[str, set[str]] = field(default_factory=dict)
    titles: dict[str, set[str]] = field(default_factory=dict)
    actor_ending_at: dict[int, str] = field(default_factory=dict)
    place_ending_at: dict[int, str] = field(default_factory=dict)
    role_spans: set[Span] = field(default_factory=set)
    initials: dict[str, set[str]] = field(default_factory=dict)
    mention_index: dict[int, list[tuple[Span, ActorDraft]]] | None = None
    longest_mention: int = 0

    def add_actor(self, key: str, name: str, kind: ActorKind, span: Span) -> ActorDraft:
        draft = self.actors.get(key)
        if draft is None:
            draft = self.actors[key] = ActorDraft(key, name, kind)
            if kind != "person" and " " in name:
                self.initials.setdefault(_initials(name), set()).add(key)
        elif kind == "person" and len(name) > len(draft.name):
            draft.name = name
        if span.start < span.end:
            draft.mentions.append(span)
            self.actor_ending_at[span.end] = key
            if self.mention_index is not None:
                self._index_mention(self.mention_index, draft, span)
        return draft

    def mention(self, draft: ActorDraft, span: Span) -> None:
        if span.start < span.end:
            draft.mentions.append(span)
            self.actor_ending_at[span.end] = draft.key
            if self.mention_index is not None:
                self._index_mention(self.mention_index, draft, span)

    def claim(self, draft: ActorDraft, span: Span) -> None:
        """The span names this actor alone: mentions of other actors inside it are dropped."""
        for other in self._others_overlapping(draft, span):
            other.mentions[:] = [
                mention
                for mention in other.mentions
                if mention.end <= span.start or mention.start >= span.end
            ]
        self.mention(draft, span)

    def _others_overlapping(self, draft: ActorDraft, span: Span) -> list[ActorDraft]:
        """The other actors with a mention overlapping the span, found through an index of mentions by
        position (built at the first claim), so that many claims stay linear in the length of the text."""
        index = self.mention_index
        if index is None:
            index = self.mention_index = {}
            for other in self.actors.values():
                for mention in other.mentions:
                    self._index_mention(index, other, mention)
        found: list[ActorDraft] = []
        seen: set[int] = set()
        first_bucket = max(0, span.start - self.longest_mention) // _INDEX_BUCKET
        for bucket in range(first_bucket, (span.end - 1) // _INDEX_BUCKET + 1):
            for mention, other in index.get(bucket, ()):
                if (
                    other is not draft
                    and mention.start < span.end
                    and mention.end > span.start
                    and id(other) not in seen
                ):
                    seen.add(id(other))
                    found.append(other)
        return found

    def _index_mention(
        self, index: dict[int, list[tuple[Span, ActorDraft]]], draft: ActorDraft, span: Span
    ) -> None:
        index.setdefault(span.start // _INDEX_BUCKET, []).append((span, draft))
        self.longest_mention = max(self.longest_mention, span.end - span.start)

    def mention_role(self, draft: ActorDraft, span: Span) -> None:
        """A role phrase is a mention of its person, cut short before any name it contains."""
        self.mention(draft, span)
        self.role_spans.add(span)

    def add_person(self, name: str, span: Span) -> ActorDraft:
        key = person_key(name)
        if " " not in exact_key(name):
            key = self.person_with_surname(name) or key
        draft = self.add_actor(key, name, "person", span)
        self.surnames.setdefault(surname_key(name), set()).add(key)
        return draft

    def surname_is_ambiguous(self, word: str) -> bool:
        return len(self.surnames.get(surname_key(word), ())) > 1

    def person_with_surname(self, word: str) -> str | None:
        """The one person of the story whose surname this is, if exactly one."""
        keys = self.surnames.get(surname_key(word), ())
        return next(iter(keys)) if len(keys) == 1 else None

    def person_with_first_name(self, word: str) -> str | None:
        """The one person of the story named in full whose first name this is, if exactly one."""
        prefix = f"person:{skeleton_key(word)}:"
        keys = [key for key in self.actors if key.startswith(prefix)]
        return keys[0] if len(keys) == 1 else None

    def add_title(self, draft: ActorDraft, title: str) -> None:
        if title and title not in draft.titles:
            draft.titles.append(title)
        key = title_key(title)
        self.titles.setdefault(key, set()).add(draft.key)
        # the head names the holder too: "Foreign Secretary" -> "Secretary", "Minister for Africa" -> "Minister"
        for head in {key.rsplit(" ", 1)[-1], _OFFICE_COMPLEMENT.split(key, 1)[0].rsplit(" ", 1)[-1]}:
            if head != key:
                self.titles.setdefault(head, set()).add(draft.key)

    def add_role(self, draft: ActorDraft, role: str) -> None:
        """A role names its holder; "Somalia's president" also makes "the president" name them."""
        if role and role not in draft.roles:
            draft.roles.append(role)
        self.titles.setdefault(title_key(role), set()).add(draft.key)
        owned = _OWNED_ROLE.match(role)
        if owned is not None:
            self.titles.setdefault(title_key(owned.group(1)), set()).add(draft.key)

    def holder_of(self, title: str) -> str | None:
        """The one person of the story who holds this title, if exactly one."""
        keys = self.titles.get(title_key(title), ())
        return next(iter(keys)) if len(keys) == 1 else None

    def organisation_with_initials(self, acronym: str) -> str | None:
        """The one named body of the story whose initials spell this acronym ("SDF")."""
        keys = self.initials.get(acronym.upper(), ())
        return next(iter(keys)) if len(keys) == 1 else None

    def merge_surname_only_people(self) -> None:
        """A person met only by surname ("Mr Brenning") before the full name joins that person."""
        self.mention_index = None
        for key in [key for key in self.actors if key.count(":") == 1 and key.startswith("person:")]:
            full = [other for other in self.surnames.get(key.split(":", 1)[1], ()) if other.count(":") == 2]
            if len(full) != 1:
                continue
            source, target = self.actors.pop(key), self.actors[full[0]]
            target.mentions.extend(source.mentions)
            target.titles.extend(title for title in source.titles if title not in target.titles)
            target.roles.extend(role for role in source.roles if role not in target.roles)

    def merge_lone_titles(self) -> None:
        """A title met alone ("The Foreign Secretary has announced …") joins the one person the story names with
        that same title as an appositive ("The Foreign Secretary, David Lammy, said"); "the Prime Minister" does
        not join "Prime Minister Netanyahu", a title before a name."""
        lone = [key for key in self.actors if key.startswith("title:")]
        if not lone:
            return
        self.mention_index = None
        holders: dict[str, set[str]] = {}
        for key, draft in self.actors.items():
            if draft.kind == "person" and not key.startswith("title:"):
                for span in draft.mentions:
                    holders.setdefault(title_key(self.text[span.start : span.end]), set()).add(key)
        for key in lone:
            found = holders.get(key.split(":", 1)[1], set())
            if len(found) != 1:
                continue
            source, target = self.actors.pop(key), self.actors[next(iter(found))]
            target.mentions.extend(source.mentions)
            target.titles.extend(title for title in source.titles if title not in target.titles)

    def merge_place_variants(self) -> None:
        """An unlisted spelling joins the one listed place of the story it transliterates ("AL-HASAKEH")."""
        variants = [key for key in self.places if key.startswith("place:~")]
        if not variants:
            return
        listed: dict[str, set[str]] = {}
        for key, draft in self.places.items():
            if key.startswith("place:") and not key.startswith("place:~"):
                for span in draft.mentions:
                    listed.setdefault(skeleton_key(self.text[span.start : span.end]), set()).add(key)
        for key in variants:
            targets = listed.get(key.removeprefix("place:~"), set())
            if len(targets) == 1:
                self.places[next(iter(targets))].mentions.extend(self.places.pop(key).mentions)

    def add_place(self, key: str, name: str, kind: str | None, span: Span) -> None:
        draft = self.places.get(key)
        if draft is None:
            draft = self.places[key] = PlaceDraft(key, name, kind)
        draft.mentions.append(span)
        self.place_ending_at[span.end] = key

    def extend_place(self, qualifier: Span, text: str) -> bool:
        """A country after a comma qualifies the place before it and joins its mention ("Homs, Syria"); one that
        owns what follows does not ("…captured Novohrodivka, Ukraine's General Staff said")."""
        if text[qualifier.start - 2 : qualifier.start] != ", " or text[qualifier.end : qualifier.end + 1] in (
            "’",
            "'",
        ):
            return False
        key = self.place_ending_at.get(qualifier.start - 2)
        if key is None:
            return False
        draft = self.places[key]
        if draft.kind == "country":
            return False
        last = draft.mentions[-1]
        if last.end != qualifier.start - 2:
            return False
        draft.mentions[-1] = Span(last.start, qualifier.end)
        self.place_ending_at[qualifier.end] = key
        return True

    def build(self, non_body: list[Span]) -> tuple[list[Actor], list[Place]]:
        """Final entities: overlaps resolved, non-body-only entities dropped, ids in order of first mention."""
        actor_mentions = _without_overlaps(
            _roles_cut_before_names(
                [(span, key) for key, draft in self.actors.items() for span in draft.mentions],
                self.role_spans,
                self.text,
            )
        )
        place_mentions = _without_overlaps(
            (span, key) for key, draft in self.places.items() for span in draft.mentions
        )
        actors = [
            _actor(f"a{index}", self.actors[key], spans, self.text)
            for index, (key, spans) in enumerate(_in_body(actor_mentions, non_body).items(), 1)
        ]
        places = [
            _place(f"p{index}", self.places[key], spans, self.text)
            for index, (key, spans) in enumerate(_in_body(place_mentions, non_body).items(), 1)
        ]
        return actors, places


@lru_cache(maxsize=1 << 14)
def _initials(name: str) -> str:
    words = [word for word in exact_key(name).replace("-", " ").split(" ") if word]
    return "".join(word[0] for word in words if word not in _INITIAL_SKIPS).upper()


def title_key(title: str) -> str:
    words = exact_key(title).split(" ")
    while words and words[0] in ("the", "a", "an"):
        words.pop(0)
    return " ".join(words)


def _without_overlaps(mentions: Iterable[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Of two overlapping mentions the longer is kept; one sweep in order of start."""
    ordered = sorted(
        [(span.start, span.start - span.end, index, span, key) for index, (span, key) in enumerate(mentions)]
    )
    kept: list[tuple[Span, str]] = []
    kept_end = -1
    kept_length = 0
    for start, negative_length, _, span, key in ordered:
        if start < kept_end:
            if -negative_length > kept_length:
                kept[-1] = (span, key)
                kept_end = span.end
                kept_length = -negative_length
            continue
        kept.append((span, key))
        kept_end = span.end
        kept_length = -negative_length
    return kept


def _roles_cut_before_names(
    mentions: list[tuple[Span, str]], role_spans: set[Span], text: str
) -> list[tuple[Span, str]]:
    """A role phrase keeps the names inside it as their own mentions ("spokesman for | the coalition")."""
    if not role_spans:
        return mentions
    ordered = sorted(mentions, key=lambda item: item[0].start)
    starts = [span.start for span, _ in ordered]
    result: list[tuple[Span, str]] = []
    for span, key in ordered:
        if span in role_spans:
            span = _role_without_names(span, key, ordered, bisect_left(starts, span.start), text)
            if span.start >= span.end:
                continue
        result.append((span, key))
    return result


def _role_without_names(role: Span, key: str, ordered: list[tuple[Span, str]], index: int, text: str) -> Span:
    """The role phrase after a name that opens it and before the first name inside it; a name that modifies
    the role's head ("a senior ISIS official") leaves the head, unless a second name cuts the head off too."""
    start, end = role.start, role.end
    modified = False
    while index < len(ordered) and ordered[index][0].start < end:
        inner, inner_key = ordered[index]
        index += 1
        if inner_key == key or inner.end > end or inner == role:
            continue
        if inner.start <= start:
            start = max(start, inner.end)
            possessive = _POSSESSIVE_GAP.match(text, start, end)
            start = possessive.end() if possessive is not None else start
            continue
        cut = _TRAILING_CONNECTORS.search(text, start, inner.start)
        if cut is None or not cut.group().strip(" ,"):
            start, modified = inner.end, True
            while start < end and not text[start].isalnum():
                start += 1
            continue
        end = start if modified else cut.start()
        break
    return Span(start, end)


def _in_body(mentions: list[tuple[Span, str]], non_body: list[Span]) -> dict[str, list[Span]]:
    """Mentions grouped by entity; an entity named only outside the body is not part of the story. Mentions
    arrive in order of start, so the groups come out in order of first mention."""
    outside = _merged(non_body)
    outside_starts = [span.start for span in outside]
    grouped: dict[str, list[Span]] = {}
    in_body: set[str] = set()
    if not outside:
        for span, key in mentions:
            grouped.setdefault(key, []).append(span)
        return grouped
    for span, key in mentions:
        grouped.setdefault(key, []).append(span)
        index = bisect_right(outside_starts, span.start) - 1
        if index < 0 or outside[index].end < span.end:
            in_body.add(key)
    return {key: spans for key, spans in grouped.items() if key in in_body}


def _merged(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans, key=lambda span: span.start):
        if merged and span.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


def _surfaces(text: str, spans: list[Span], name: str) -> tuple[str, ...]:
    """Other forms of the name, in order of first use; a form differing only in case ("Militants" at a
    sentence start) is the same form."""
    seen = {name, name.casefold()}  # a form met before is skipped before it is case-folded
    aliases: list[str] = []
    for span in spans:
        surface = text[span.start : span.end]
        if surface in seen:
            continue
        folded = surface.casefold()
        if folded not in seen:
            aliases.append(surface)
        seen.add(surface)
        seen.add(folded)
    return tuple(aliases)


def _actor(actor_id: str, draft: ActorDraft, spans: list[Span], text: str) -> Actor:
    surfaces = _surfaces(text, spans, draft.name)
    return Actor(  # positional: keyword arguments cost a third more per actor, and the fields are fixed
        actor_id,
        draft.name,
        draft.kind,
        tuple(spans),
        tuple([surface for surface in surfaces if _name_like(surface)]),
        tuple(draft.titles),
        tuple(draft.roles),
        draft.affiliation,
        _is_generic(draft, surfaces),
    )


def _name_like(surface: str) -> bool:
    """An alias is a way of naming: it holds a capitalised word and is not a fragment ("'s president")."""
    return surface[:1].isalnum() and _has_proper_word(surface)


@lru_cache(maxsize=1 << 14)
def _has_proper_word(surface: str) -> bool:
    """A capitalised word that is not a sentence-initial function word ("The", "Its")."""
    stopwords = load_gazetteer().stopwords
    return any(word[:1].isupper() and exact_key(word) not in stopwords for word in surface.split())


def _is_generic(draft: ActorDraft, surfaces: tuple[str, ...]) -> bool:
    """A group named only by common nouns ("civilians", "the militants", "security forces") or a whole people
    ("Somalis"); readers list such actors after the named ones."""
    if draft.kind == "person":
        return False
    if draft.key.endswith(":people"):
        return True
    return not _has_proper_word(draft.name) and not any(_has_proper_word(surface) for surface in surfaces)


def _place(place_id: str, draft: PlaceDraft, spans: list[Span], text: str) -> Place:
    return Place(place_id, draft.name, tuple(spans), _surfaces(text, spans, draft.name), draft.kind)
