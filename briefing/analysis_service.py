"""Load one article and analyse it: the one path from a target on the command line to an Analysis.

The extract, notes and export commands and the reader all go through here, so they agree on the publication
date's origin and on the location notes are keyed by.
"""

from __future__ import annotations

import datetime as dt

from briefing.core.model import Analysis
from briefing.sources import SourceDocument, load_document


def analyse_document(document: SourceDocument, published_on: dt.date | None = None) -> Analysis:
    """The analysis of a loaded document; published_on (from the user) wins over the document's metadata."""
    from briefing.core import analyse

    if published_on is not None:
        published, published_source = published_on, "argument"
    elif document.published is not None:
        published, published_source = document.published, "metadata"
    else:
        published, published_source = None, None
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
