"""The on-disk index of a library folder: one SQLite row per article, so a folder re-opens instantly.

A row is trusted while the file's size and modification time are unchanged; when they change, the
content hash decides whether the article must be analysed again. A new briefing version (a new
analyser) starts the index afresh.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefing import __version__
from briefing.paths import cache_dir
from briefing.sources.library_entry import LibraryEntry

_INDEX_VERSION = f"3/{__version__}"  # 3: summaries from the third round of extraction changes

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    relative_path TEXT PRIMARY KEY,
    mtime_ns INTEGER NOT NULL,
    size INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    title TEXT NOT NULL,
    published TEXT,
    source TEXT,
    summary TEXT NOT NULL,  -- JSON: top actors, fact counts, actor names with aliases
    error TEXT
);
"""


@dataclass(frozen=True, slots=True)
class FileSignature:
    mtime_ns: int
    size: int
    content_hash: str


@dataclass(frozen=True, slots=True)
class IndexedFile:
    relative_path: str
    signature: FileSignature
    entry: LibraryEntry


def index_path_for(folder: Path) -> Path:
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:24]
    return cache_dir() / "libraries" / f"{digest}.sqlite3"


class LibraryIndex:
    """Rows keyed by path relative to the library folder; entries are rebuilt with the caller's locations."""

    def __init__(self, database: Path) -> None:
        """Open (or create) the index; a damaged one is rebuilt, an unwritable cache falls back to memory."""
        import sqlite3

        try:
            database.parent.mkdir(parents=True, exist_ok=True)
            self._open(str(database))
        except sqlite3.DatabaseError:
            if (connection := getattr(self, "_connection", None)) is not None:
                connection.close()
            with contextlib.suppress(OSError):
                database.unlink(missing_ok=True)
            self._open_or_use_memory(str(database))
        except OSError:
            self._open(":memory:")

    def _open_or_use_memory(self, database: str) -> None:
        import sqlite3

        try:
            self._open(database)
        except (sqlite3.Error, OSError):
            self._open(":memory:")

    def _open(self, database: str) -> None:
        import sqlite3

        self._connection = sqlite3.connect(database, check_same_thread=False, timeout=2.0)
        with contextlib.suppress(sqlite3.DatabaseError):
            self._connection.execute("PRAGMA journal_mode=WAL")
        self._connection.execute("PRAGMA synchronous=NORMAL")
        self._connection.execute(
            "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
        )
        version = self._connection.execute("SELECT value FROM settings WHERE key = 'version'").fetchone()
        if version is None or version[0] != _INDEX_VERSION:
            self._connection.execute("DROP TABLE IF EXISTS articles")
            self._connection.executescript(_SCHEMA)
            with self._connection:
                self._connection.execute(
                    "INSERT OR REPLACE INTO settings (key, value) VALUES ('version', ?)", (_INDEX_VERSION,)
                )

    def close(self) -> None:
        self._connection.close()

    @staticmethod
    def _tolerating_write_failures() -> contextlib.AbstractContextManager[None]:
        """A locked or read-only index only costs re-analysis next time; it must not stop this one."""
        import sqlite3

        return contextlib.suppress(sqlite3.OperationalError)

    def load(self, location_of: dict[str, str]) -> dict[str, IndexedFile]:
        """Every stored row, by relative path; `location_of` maps a relative path to what opens it."""
        rows = self._connection.execute(
            "SELECT relative_path, mtime_ns, size, content_hash, title, published, source, summary, error "
            "FROM articles"
        )
        stored: dict[str, IndexedFile] = {}
        for relative_path, mtime_ns, size, digest, title, published, source, summary, error in rows:
            top, facts, names = json.loads(summary)
            entry = LibraryEntry(
                location=location_of.get(relative_path, relative_path),
                title=title,
                published=dt.date.fromisoformat(published) if published else None,
                source=source,
                top_actors=tuple(top),
                fact_counts=tuple((kind, count) for kind, count in facts),
                actor_names=tuple(tuple(group) for group in names),
                error=error,
            )
            stored[relative_path] = IndexedFile(relative_path, FileSignature(mtime_ns, size, digest), entry)
        return stored

    def save(self, files: Iterable[IndexedFile]) -> None:
        with self._tolerating_write_failures(), self._connection:
            self._connection.executemany(
                "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        file.relative_path,
                        file.signature.mtime_ns,
                        file.signature.size,
                        file.signature.content_hash,
                        file.entry.title,
                        file.entry.published.isoformat() if file.entry.published else None,
                        file.entry.source,
                        json.dumps(
                            [file.entry.top_actors, file.entry.fact_counts, file.entry.actor_names],
                            ensure_ascii=False,
                        ),
                        file.entry.error,
                    )
                    for file in files
                ],
            )

    def update_signatures(self, changes: Iterable[tuple[str, FileSignature]]) -> None:
        """Files touched but not changed (same hash): remember the new size and time, keep the analysis."""
        with self._tolerating_write_failures(), self._connection:
            self._connection.executemany(
                "UPDATE articles SET mtime_ns = ?, size = ? WHERE relative_path = ?",
                [(signature.mtime_ns, signature.size, path) for path, signature in changes],
            )

    def forget(self, relative_paths: Iterable[str]) -> None:
        with self._tolerating_write_failures(), self._connection:
            self._connection.executemany(
                "DELETE FROM articles WHERE relative_path = ?", [(path,) for path in relative_paths]
            )
