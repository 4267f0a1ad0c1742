"""One article as read from anywhere, and the single entry point that reads it: `load_document`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.errors import SourceError
from briefing.sources.blocks import TextBlock

if TYPE_CHECKING:
    from briefing.sources.web import FetchLimits

FEED_ENTRY_SCHEME = "urn:briefing:feed-entry:"


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """An article as read: the exact text to analyse, plus what its container said about it."""

    text: str
    document_id: str
    location: str  # the path or URL as the user gave it; "-" for stdin
    path: str | None = None
    title: str | None = None
    source: str | None = None
    published: dt.date | None = None
    warnings: tuple[str, ...] = ()
    display_blocks: tuple[TextBlock, ...] = ()  # headings, paragraphs, quotes... as offsets into text
    url: str | None = None  # where a fetched article came from, after redirects
    fetched_at: dt.datetime | None = None  # when it was fetched (UTC); cached copies keep the first time
    author: str | None = None


def load_document(target: str, *, refresh: bool = False, limits: FetchLimits | None = None) -> SourceDocument:
    """Read a file path, `-` (stdin) or an http(s) URL; raise SourceError naming the input and the cause.

    Fetched pages come from the on-disk cache unless `refresh` is set; `limits` overrides timeouts
    and size caps.
    """
    from briefing.sources import files, online, web

    if target == "-":
        return files.load_stdin()
    if web.is_url(target):
        return online.load_url(target, refresh=refresh, limits=limits)
    if target.startswith(FEED_ENTRY_SCHEME):
        return online.load_feed_entry(target)
    scheme, separator, _ = target.partition("://")
    if separator and scheme.isalpha() and len(scheme) > 1:
        raise SourceError(f"{target}: {scheme}:// addresses are not supported (use http:// or https://)")
    if not target.strip():
        raise SourceError("an empty name was given instead of a file, URL or -")
    return files.load_file(target)
