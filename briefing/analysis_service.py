"""Load one article and analyse it: the one path from a target on the command line to an Analysis.

The extract, notes and export commands and the reader all go through here, so they agree on the publication
date's origin and on the location notes are keyed by.
"""

from __future__ import annotations

import datetime as dt

from briefing.core.model import Analysis, PublishedSource
from briefing.sources import SourceDocument, load_document


def publication_date(
    document: SourceDocument, published_on: dt.date | None = None
) -> tuple[dt.date | None, PublishedSource | None]:
    """The user's date wins over the document's metadata; with neither, the core infers one from the text."""
    if published_on is not None:
        return published_on, "argument"
    if document.published is not None:
        return document.published, "metadata"
    return None, None


def analyse_document(document: SourceDocument, published_on: dt.date | None = None) -> Analysis:
    """The analysis of a loaded document; published_on (from the user) wins over the document's metadata."""
    from briefing.core import analyse

    published, published_source = publication_date(document, published_on)
    return analyse(
        document.text,
        published_on=published,
        published_source=published_source,
        document_id=document.document_id,
        path=document.path,
        title=document.title,
        source=document.source,
    )


def load_and_analyse(target: str, published_on: dt.date | None = None) -> tuple[SourceDocument, Analysis]:
    """Read target (path, URL or - for stdin) and analyse it; raises SourceError with a one-line message."""
    document = load_document(target)
    return document, analyse_document(document, published_on)


def notes_location(document: SourceDocument) -> str:
    """Where the document's notes are filed: its absolute path, its URL, or - for stdin."""
    from briefing.notes.store import normalise_location

    return normalise_location(document.location)
