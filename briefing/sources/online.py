"""Articles from the web: fetched once, extracted, cached; re-opened from the cache unless refreshed."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from urllib.parse import urlsplit

from briefing.errors import SourceError
from briefing.sources.cache import article_cache, feed_entry_cache
from briefing.sources.document import SourceDocument
from briefing.sources.feeds import looks_like_feed
from briefing.sources.files import document_from_bytes
from briefing.sources.html import looks_like_html
from briefing.sources.web import HTML_TYPES, FetchedResponse, FetchLimits, fetch

_UNSAFE_ID_CHARACTERS = re.compile(r"[^A-Za-z0-9._-]+")
_MARKDOWN_TYPES = frozenset({"text/markdown", "text/x-markdown"})
_XML_TYPES = frozenset(
    {"application/xml", "text/xml", "application/rss+xml", "application/atom+xml", "application/rdf+xml"}
)


def load_url(url: str, *, refresh: bool = False, limits: FetchLimits | None = None) -> SourceDocument:
    """The cached copy if there is one (and no refresh); else fetch, extract and cache.

    A feed entry whose page cannot be fetched still opens, as the feed's summary, with a warning.
    """
    if not refresh and (cached := cached_article(url)) is not None:
        return cached
    try:
        response = fetch_response(url, limits)
        if looks_like_feed(response.body):
            raise SourceError(
                f"{url}: an RSS/Atom feed, not an article (open it with 'briefing {url}' to browse it)"
            )
        return document_from_response(url, response, cache=True)
    except SourceError as error:
        entry = feed_entry_cache().get(url)
        if entry is None:
            raise
        return replace(entry, warnings=(*entry.warnings, f"{error}; showing the feed's summary instead"))


def cached_article(url: str) -> SourceDocument | None:
    return article_cache().get(url)


def fetch_response(url: str, limits: FetchLimits | None = None) -> FetchedResponse:
    return fetch(url, limits)


def document_from_response(url: str, response: FetchedResponse, *, cache: bool) -> SourceDocument:
    """Extract the article from a fetched page (HTML, text or Markdown) and, if asked, cache it."""
    if response.content_type in _XML_TYPES and not looks_like_html(response.body[:2048].decode("latin-1")):
        raise SourceError(f"{url}: an XML document that is neither a web page nor an RSS/Atom feed")
    suffix = {"text/plain": ".txt"}.get(response.content_type, "")
    if response.content_type in _MARKDOWN_TYPES:
        suffix = ".md"
    document = document_from_bytes(
        response.body,
        url,
        document_id=document_id_for_url(response.url),
        location=url,
        suffix=suffix,
        declared_charset=response.charset,
        url=response.url,
        html=True if response.content_type in HTML_TYPES else None,
    )
    document = replace(
        document,
        source=document.source or urlsplit(response.url).hostname,
        fetched_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
    )
    if cache:
        article_cache().put(url, document)
    return document


def load_feed_entry(location: str) -> SourceDocument:
    entry = feed_entry_cache().get(location)
    if entry is None:
        raise SourceError(f"{location}: this feed entry is no longer cached; open its feed again")
    return entry


def document_id_for_url(url: str) -> str:
    """A readable, file-name-safe id: the host and the last path segment (`example.com-ceasefire-holds`)."""
    parts = urlsplit(url)
    segments = [segment for segment in parts.path.split("/") if segment]
    last = segments[-1].rsplit(".", 1)[0] if segments else ""
    raw = f"{parts.hostname or 'web'}-{last}" if last else (parts.hostname or "web")
    return _UNSAFE_ID_CHARACTERS.sub("-", raw).strip("-") or "web"
