"""Reads RSS and Atom feeds into entries, so a feed opens as a library of its articles."""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass

from briefing.errors import SourceError

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<html[\s>]", re.IGNORECASE)

# Content at least this long is taken to be the whole article, not a teaser to be followed by its link.
FULL_CONTENT_CHARS = 1200


@dataclass(frozen=True, slots=True)
class FeedEntry:
    title: str
    location: str  # the entry's link, or a feed-entry URN when it has none
    text: str  # the full content when the feed carries it, else the summary
    complete: bool  # True when `text` is the whole article
    published: dt.date | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True)
class Feed:
    title: str
    location: str
    entries: tuple[FeedEntry, ...]


def looks_like_feed(data: bytes) -> bool:
    """An RSS/Atom document starts with its root element within the first bytes, and is not HTML."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<") or _HTML_ROOT.search(head):
        return False
    return _FEED_ROOT.search(head) is not None


def parse_feed(data: bytes, location: str) -> Feed:
    import feedparser

    from briefing.sources.document import FEED_ENTRY_SCHEME
    from briefing.sources.html import fragment_to_text

    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        if parsed.get("bozo") and not parsed.get("feed"):
            raise SourceError(f"{location}: not a readable RSS/Atom feed ({parsed.get('bozo_exception')})")
        raise SourceError(f"{location}: the feed has no entries")
    feed_title = str(parsed.feed.get("title") or location)
    entries: list[FeedEntry] = []
    for index, entry in enumerate(parsed.entries):
        summary = fragment_to_text(str(entry.get("summary") or ""))
        contents = [fragment_to_text(str(part.get("value") or "")) for part in entry.get("content") or ()]
        content = max(contents, key=len, default="")
        complete = len(content) >= FULL_CONTENT_CHARS or (bool(content) and not entry.get("link"))
        text = content if len(content) > len(summary) else summary
        link = str(entry.get("link") or "")
        if not link:
            identity = f"{location}\n{entry.get('id') or entry.get('title') or index}"
            link = FEED_ENTRY_SCHEME + hashlib.sha256(identity.encode("utf-8")).hexdigest()[:24]
        entries.append(
            FeedEntry(
                title=str(entry.get("title") or text[:80] or link),
                location=link,
                text=text,
                complete=complete or not entry.get("link"),
                published=_entry_date(entry),
                author=str(entry.get("author")) if entry.get("author") else None,
            )
        )
    return Feed(title=feed_title, location=location, entries=tuple(entries))


def _entry_date(entry: Mapping[str, object]) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, tuple):
            return dt.datetime.fromtimestamp(calendar.timegm(value), tz=dt.UTC).date()
    return None
