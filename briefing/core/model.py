"""The data types every part of briefing shares: the extraction core produces them, views read them.

Offsets are Python string indices into the exact text that was analysed.

The values found in a text (spans, actors, places, dates, numbers, facts, quotes) are never changed once made and
hash by value, but they are not frozen dataclasses: a frozen dataclass sets every field through
object.__setattr__, which makes each one twice as slow to build, and an article yields thousands of them
(2.1 of 52.8 ms over the dev corpus in benchmarks/extract_speed.py). The containers that hand them to the
views, DocumentInfo and Analysis, are frozen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ActorKind = Literal["person", "organisation", "armed_group", "government", "military", "state"]
DateKind = Literal["point", "duration"]
Granularity = Literal["day", "week", "month", "season", "year", "decade", "century", "time", "unknown"]
PublishedSource = Literal["argument", "metadata", "inferred"]
FactKind = Literal[
    "casualties", "force_size", "displaced", "affected", "strikes", "materiel", "territory", "money"
]


@dataclass(slots=True, order=True, unsafe_hash=True)
class Span:
    """A half-open range [start, end) of character offsets."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(slots=True, unsafe_hash=True)
class Actor:
    """A person or body that acts in the story, with every mention linked to it."""

    id: str
    name: str
    kind: ActorKind
    mentions: tuple[Span, ...]
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    affiliation: str | None = None
    generic: bool = False  # a collective or common noun ("civilians", "security forces"), no proper name


@dataclass(slots=True, unsafe_hash=True)
class Place:
    """A named location; transliteration variants are aliases of one place."""

    id: str
    name: str
    mentions: tuple[Span, ...]
    aliases: tuple[str, ...] = ()
    kind: str | None = None  # country, city, region, river, ... where known


@dataclass(slots=True, unsafe_hash=True)
class DateMention:
    """A date or duration in the text, resolved against the publication date where possible."""

    span: Span
    text: str
    value: str | None  # YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, or None
    granularity: Granularity
    modifier: str | None = None  # early, mid, late, before, after, ...
    kind: DateKind = "point"


@dataclass(slots=True, unsafe_hash=True)
class NumberMention:
    """A number written in digits or words; ranges carry low and high."""

    span: Span
    text: str
    value: float
    low: float | None = None
    high: float | None = None


@dataclass(slots=True, unsafe_hash=True)
class Fact:
    """A typed numeric fact as defined in the facts guidelines (casualties, force size, ...)."""

    kind: FactKind
    span: Span
    sentence: Span
    text: str
    detail: str | None = None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    vague: bool = False
    unit: str | None = None
    actor: str | None = None  # actor id
    actor_text: str | None = None  # the surface form naming the actor in the sentence
    source: str | None = None  # actor id of who said it
    date: str | None = None  # resolved date value the fact refers to


@dataclass(slots=True, unsafe_hash=True)
class Quote:
    """Quoted or reported speech and who said it."""

    span: Span
    speaker: str | None  # actor id
    reported: bool = False  # True for reported (indirect) speech


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What is known about the document itself."""

    id: str
    chars: int
    path: str | None = None
    title: str | None = None
    source: str | None = None
    published: str | None = None  # YYYY-MM-DD
    published_source: PublishedSource | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the core found in one text; the UI, the CLI and the exporters all read this."""

    document: DocumentInfo
    text: str
    sentences: tuple[Span, ...] = ()
    non_body: tuple[Span, ...] = ()  # photo captions, bylines, "Read more:" trailers
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    dates: tuple[DateMention, ...] = ()
    numbers: tuple[NumberMention, ...] = ()
    facts: tuple[Fact, ...] = ()
    quotes: tuple[Quote, ...] = ()
    extras: dict[str, object] = field(default_factory=dict, compare=False)

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((actor for actor in self.actors if actor.id == actor_id), None)

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence containing offset, by binary search over the sorted sentence spans."""
        from bisect import bisect_right

        index = bisect_right(self.sentences, Span(offset, 1 << 62)) - 1
        if index >= 0 and self.sentences[index].start <= offset < self.sentences[index].end:
            return self.sentences[index]
        return None
