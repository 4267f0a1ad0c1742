"""One row of a library: what an article is and who and what it is about, small enough to index."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import BriefingError
from briefing.sources.document import SourceDocument

TOP_ACTOR_COUNT = 3
_TITLE_FROM_TEXT_CHARS = 100


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """An article in a library; `actor_names` holds each actor's name followed by its aliases."""

    location: str  # what load_document opens
    title: str
    published: dt.date | None = None
    source: str | None = None
    top_actors: tuple[str, ...] = ()
    fact_counts: tuple[tuple[str, int], ...] = ()  # (fact kind, count), most frequent first
    actor_names: tuple[tuple[str, ...], ...] = ()
    error: str | None = None  # why the article could not be read, if it could not

    @property
    def fact_count(self) -> int:
        return sum(count for _, count in self.fact_counts)


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def summarise(document: SourceDocument, location: str) -> LibraryEntry:
    """Analyse the article and keep what a library row shows and what following an actor needs."""
    from briefing.analysis_service import analyse_document

    analysis = analyse_document(document)
    ranked = sorted(  # named actors before groups named by a common noun ("people", "civilians")
        analysis.actors,
        key=lambda actor: (actor.generic, -len(actor.mentions), actor.mentions[0] if actor.mentions else 0),
    )
    published = document.published
    if published is None and analysis.document.published:
        published = dt.date.fromisoformat(analysis.document.published[:10])
    facts = Counter(fact.kind for fact in analysis.facts)
    return LibraryEntry(
        location=location,
        title=document.title or title_from_text(document.text) or Path(location).stem,
        published=published,
        source=document.source,
        top_actors=tuple(actor.name for actor in ranked[:TOP_ACTOR_COUNT]),
        fact_counts=tuple(facts.most_common()),
        actor_names=tuple((actor.name, *actor.aliases) for actor in analysis.actors),
    )


def title_from_text(text: str) -> str | None:
    """A plain-text article's first line is usually its headline; a long first line is cut at a word."""
    first_line = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if len(first_line) <= _TITLE_FROM_TEXT_CHARS:
        return first_line or None
    return first_line[:_TITLE_FROM_TEXT_CHARS].rsplit(" ", 1)[0] + "…"


def index_file(location: str) -> tuple[str, LibraryEntry]:
    """Worker job: hash and analyse one article file; a bad file becomes a row with its error, not a crash."""
    from briefing.sources.files import load_file

    name = Path(location).name
    try:
        digest = content_hash(Path(location).read_bytes())
    except OSError as error:
        return "", LibraryEntry(location=location, title=name, error=f"{name}: {error.strerror or error}")
    try:
        document = load_file(location)
    except BriefingError as error:
        return digest, LibraryEntry(location=location, title=name, error=str(error))
    try:
        return digest, summarise(document, location)
    except Exception as error:  # one article the analyser trips on must not stop a library of thousands
        return digest, LibraryEntry(
            location=location,
            title=document.title or title_from_text(document.text) or name,
            published=document.published,
            source=document.source,
            error=f"{name}: analysis failed ({type(error).__name__})",
        )


def index_files(locations: list[str]) -> list[tuple[str, LibraryEntry]]:
    """A batch of jobs per process round-trip, so ten thousand small articles do not cost ten thousand."""
    return [index_file(location) for location in locations]
