"""Keeps fetched articles on disk, keyed by URL, so they re-open offline with the same text.

Notes point at offsets in the text that was read; if a page changes on the web, the cached copy keeps
those notes attached until the user asks for a refresh. Feed entries are kept too, so an entry whose
link cannot be fetched still opens as the feed's own text, and so is each feed's last copy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import tempfile
from pathlib import Path

from briefing.paths import cache_dir
from briefing.sources.blocks import TextBlock
from briefing.sources.document import SourceDocument

_FORMAT = 1


def cache_key(url: str) -> str:
    """URLs that differ only in their #fragment are the same document."""
    return url.strip().split("#", 1)[0]


class DocumentCache:
    """A folder of JSON files, one per document; a damaged file is treated as missing."""

    def __init__(self, kind: str, root: Path | None = None) -> None:
        self.folder = (root or cache_dir()) / kind

    def get(self, url: str) -> SourceDocument | None:
        try:
            record = json.loads(self._file(url).read_text(encoding="utf-8"))
            return _document_from_record(record) if record.get("format") == _FORMAT else None
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, url: str, document: SourceDocument) -> None:
        _write_atomically(
            self._file(url), json.dumps(_record_from_document(document), ensure_ascii=False).encode()
        )

    def _file(self, url: str) -> Path:
        return _file_for(self.folder, url, ".json")


class FeedCache:
    """The last copy of each feed fetched, so a feed opened before still opens offline."""

    def __init__(self, root: Path | None = None) -> None:
        self.folder = (root or cache_dir()) / "feeds"

    def get(self, url: str) -> tuple[bytes, dt.datetime] | None:
        """The feed's bytes and when they were saved, or None."""
        path = _file_for(self.folder, url, ".xml")
        try:
            return path.read_bytes(), dt.datetime.fromtimestamp(path.stat().st_mtime, tz=dt.UTC)
        except OSError:
            return None

    def put(self, url: str, body: bytes) -> None:
        _write_atomically(_file_for(self.folder, url, ".xml"), body)


def _file_for(folder: Path, url: str, suffix: str) -> Path:
    return folder / (hashlib.sha256(cache_key(url).encode("utf-8")).hexdigest()[:40] + suffix)


def _write_atomically(path: Path, data: bytes) -> None:
    """A crash never leaves half a file; a read-only cache is not an error (it only costs a refetch)."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)


def article_cache() -> DocumentCache:
    return DocumentCache("articles")


def feed_entry_cache() -> DocumentCache:
    return DocumentCache("feed-entries")


def _record_from_document(document: SourceDocument) -> dict[str, object]:
    return {
        "format": _FORMAT,
        "text": document.text,
        "document_id": document.document_id,
        "location": document.location,
        "title": document.title,
        "source": document.source,
        "published": document.published.isoformat() if document.published else None,
        "warnings": list(document.warnings),
        "blocks": [[block.start, block.end, block.kind, block.level] for block in document.display_blocks],
        "url": document.url,
        "fetched_at": document.fetched_at.isoformat() if document.fetched_at else None,
        "author": document.author,
    }


def _document_from_record(record: dict[str, object]) -> SourceDocument:
    published = record.get("published")
    fetched_at = record.get("fetched_at")
    return SourceDocument(
        text=str(record["text"]),
        document_id=str(record["document_id"]),
        location=str(record["location"]),
        title=_optional(record.get("title")),
        source=_optional(record.get("source")),
        published=dt.date.fromisoformat(published) if isinstance(published, str) else None,
        warnings=tuple(str(warning) for warning in record.get("warnings") or ()),  # type: ignore[union-attr]
        display_blocks=tuple(
            TextBlock(start=int(start), end=int(end), kind=kind, level=int(level))
            for start, end, kind, level in record.get("blocks") or ()  # type: ignore[union-attr]
        ),
        url=_optional(record.get("url")),
        fetched_at=dt.datetime.fromisoformat(fetched_at) if isinstance(fetched_at, str) else None,
        author=_optional(record.get("author")),
    )


def _optional(value: object) -> str | None:
    return str(value) if value else None
