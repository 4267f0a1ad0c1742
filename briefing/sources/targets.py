"""What the user named on the command line: one article, or a library (a folder or a feed)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import SourceError
from briefing.sources.document import SourceDocument, load_document
from briefing.sources.library import ArticleLibrary, FeedLibrary, Library, scan_folder

if TYPE_CHECKING:
    from briefing.sources.web import FetchLimits


def expand_targets(targets: Sequence[str]) -> list[str]:
    """Folders become their article files (sorted, recursively, hidden ones skipped); the rest stay as given.

    A folder without articles raises SourceError, like a missing file would.
    """

    expanded: list[str] = []
    for target in targets:
        if target != "-" and "://" not in target and Path(target).expanduser().is_dir():
            files = scan_folder(Path(target).expanduser(), target)
            if not files:
                raise SourceError(f"{target}: no articles in this folder")
            expanded.extend(file.location for file in files)
        else:
            expanded.append(target)
    return expanded


def open_library(target: str, *, refresh: bool = False, limits: FetchLimits | None = None) -> ArticleLibrary:
    """A folder or an RSS/Atom feed (file or URL) as a library; anything else is a SourceError."""
    result = open_target(target, refresh=refresh, limits=limits)
    if isinstance(result, ArticleLibrary):
        return result
    raise SourceError(f"{target}: an article, not a folder or a feed")


def open_target(
    target: str, *, refresh: bool = False, limits: FetchLimits | None = None
) -> SourceDocument | ArticleLibrary:
    """The reader's entry point: an ArticleLibrary for folders and feeds, a SourceDocument for one article.

    A URL is fetched once: its body decides whether it is a feed or a page.
    """
    from briefing.sources import online
    from briefing.sources.cache import FeedCache
    from briefing.sources.feeds import looks_like_feed, parse_feed
    from briefing.sources.files import read_article_bytes
    from briefing.sources.web import is_url

    if is_url(target):
        if not refresh and (cached := online.cached_article(target)) is not None:
            return cached
        feeds = FeedCache()
        try:
            response = online.fetch_response(target, limits)
        except SourceError as error:
            if (saved := feeds.get(target)) is None:
                raise
            body, saved_at = saved
            warning = f"{error}; showing the copy of the feed saved {saved_at:%Y-%m-%d %H:%M} UTC"
            return FeedLibrary(parse_feed(body, target), warnings=(warning,))
        if looks_like_feed(response.body):
            feeds.put(target, response.body)
            return FeedLibrary(parse_feed(response.body, target))
        return online.document_from_response(target, response, cache=True)
    path = Path(target).expanduser()
    if target != "-" and path.is_dir():
        return Library(target)
    if target != "-" and path.suffix.lower() in (".xml", ".rss", ".atom", ""):
        data = read_article_bytes(path, target) if path.exists() else b""
        if looks_like_feed(data):
            return FeedLibrary(parse_feed(data, target))
    return load_document(target, refresh=refresh, limits=limits)
