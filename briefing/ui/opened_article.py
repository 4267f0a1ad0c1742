"""What the reader holds for one open article: the text, its analysis so far, and where its notes are filed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefing.analysis_service import notes_location, publication_date
from briefing.core.model import Analysis, DocumentInfo
from briefing.sources import SourceDocument


@dataclass(frozen=True, slots=True)
class OpenedArticle:
    """`analysis` may be a text-only placeholder; then `document` is analysed in a worker after first paint."""

    analysis: Analysis
    notes_location: str
    document: SourceDocument | None = None
    published_on: dt.date | None = None
    needs_analysis: bool = False
    from_library: bool = False


def placeholder_analysis(document: SourceDocument, published_on: dt.date | None = None) -> Analysis:
    """The document's text with what its container said about it, before extraction has run."""
    published, origin = publication_date(document, published_on)
    info = DocumentInfo(
        id=document.document_id,
        chars=len(document.text),
        path=document.path,
        title=document.title,
        source=document.source,
        published=published.isoformat() if published else None,
        published_source=origin,
    )
    return Analysis(document=info, text=document.text)


def article_from_document(
    document: SourceDocument, *, published_on: dt.date | None = None, from_library: bool = False
) -> OpenedArticle:
    """An article to paint now and analyse in the background."""
    return OpenedArticle(
        analysis=placeholder_analysis(document, published_on),
        notes_location=notes_location(document),
        document=document,
        published_on=published_on,
        needs_analysis=True,
        from_library=from_library,
    )
