"""A library: many articles at once (a folder, or a feed's entries), each summarised for a table.

A folder's summaries live in an SQLite index (see library_index) and are computed once, on all cores;
opening the folder again reads them back. Any actor can be followed from one article to the others.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from briefing.errors import SourceError
from briefing.sources.document import SourceDocument
from briefing.sources.feeds import Feed
from briefing.sources.files import ARTICLE_SUFFIXES
from briefing.sources.library_entry import LibraryEntry, content_hash, index_files, summarise
from briefing.sources.library_index import FileSignature, IndexedFile, LibraryIndex, index_path_for

ProgressCallback = Callable[[int, int], None]
LibraryKind = Literal["folder", "feed"]

# Below this many articles, starting worker processes costs more than it saves.
_SERIAL_LIMIT = 8
_MAX_BATCH = 32
# Conventional files that describe a folder rather than being an article in it.
_NOT_ARTICLES = frozenset({"readme", "license", "licence", "changelog", "contributing"})


class ArticleLibrary:
    """What the library view needs: rows, a way to compute the missing ones, and actor following."""

    kind: LibraryKind
    title: str
    location: str

    def __init__(self, warnings: tuple[str, ...] = ()) -> None:
        self._entries: tuple[LibraryEntry, ...] = ()
        self.warnings = warnings  # shown once when the library opens (e.g. an offline copy is used)

    @property
    def entries(self) -> tuple[LibraryEntry, ...]:
        """The articles summarised so far; complete once `pending_count()` is 0."""
        return self._entries

    def pending_count(self) -> int:
        """How many articles still need analysing (an upper bound: a touched file may turn out unchanged)."""
        raise NotImplementedError

    def index(
        self, on_progress: ProgressCallback | None = None, cancelled: Callable[[], bool] | None = None
    ) -> tuple[LibraryEntry, ...]:
        """Analyse what is new or changed, reporting `on_progress(done, total)`; return every entry.

        If `cancelled()` turns true, stop soon and return what is summarised (finished work is kept).
        """
        raise NotImplementedError

    def articles_mentioning(self, name: str, aliases: Sequence[str] = ()) -> list[LibraryEntry]:
        """Articles in which an actor called `name` (or any of its aliases, here or elsewhere) appears.

        Aliases are widened once through the library: if another article links "Abadi" to "Haider
        al-Abadi", articles mentioning only "Haider al-Abadi" are found when following "Abadi".
        """
        wanted = {alias.casefold() for alias in (name, *aliases) if alias.strip()}
        widened = set(wanted)
        for group in self._actor_groups():
            if not wanted.isdisjoint(group):
                widened |= group
        return [
            entry
            for entry in self._entries
            if any(not widened.isdisjoint(alias.casefold() for alias in names) for names in entry.actor_names)
        ]

    def _actor_groups(self) -> Iterator[set[str]]:
        for entry in self._entries:
            for names in entry.actor_names:
                yield {alias.casefold() for alias in names}


@dataclass(frozen=True, slots=True)
class _FolderFile:
    relative_path: str
    location: str
    mtime_ns: int
    size: int


class Library(ArticleLibrary):
    """Every article file under a folder, recursively; hidden files and folders are skipped."""

    kind: LibraryKind = "folder"

    def __init__(self, folder: str | os.PathLike[str], *, workers: int | None = None) -> None:
        super().__init__()
        self.location = os.fspath(folder)
        self._root = Path(self.location).expanduser()
        self.title = self._root.resolve().name or str(self._root)
        self._workers = workers or os.cpu_count() or 1
        self._files = scan_folder(self._root, self.location)
        if not self._files:
            suffixes = ", ".join(sorted(ARTICLE_SUFFIXES))
            raise SourceError(f"{self.location}: no articles in this folder (looked for {suffixes})")
        self._index = LibraryIndex(index_path_for(self._root))
        self._stored = self._index.load({file.relative_path: file.location for file in self._files})
        self._entries = tuple(
            self._stored[file.relative_path].entry for file in self._files if self._is_current(file)
        )

    def pending_count(self) -> int:
        return sum(1 for file in self._files if not self._is_current(file))

    def index(
        self, on_progress: ProgressCallback | None = None, cancelled: Callable[[], bool] | None = None
    ) -> tuple[LibraryEntry, ...]:
        current = {file.relative_path for file in self._files}
        self._index.forget(path for path in self._stored if path not in current)
        to_analyse: list[_FolderFile] = []
        touched: list[tuple[str, FileSignature]] = []
        for file in self._files:
            if self._is_current(file):
                continue
            stored = self._stored.get(file.relative_path)
            if (
                stored is not None
                and _hash_of(self._root / file.relative_path) == stored.signature.content_hash
            ):
                signature = FileSignature(file.mtime_ns, file.size, stored.signature.content_hash)
                touched.append((file.relative_path, signature))
                self._stored[file.relative_path] = IndexedFile(file.relative_path, signature, stored.entry)
            else:
                to_analyse.append(file)
        self._index.update_signatures(touched)
        total = len(to_analyse)
        if on_progress is not None:
            on_progress(0, total)
        by_location = {file.location: file for file in to_analyse}
        done = 0
        for results in _analyse_in_batches([file.location for file in to_analyse], self._workers):
            indexed = []
            for digest, entry in results:
                file = by_location[entry.location]
                signature = FileSignature(file.mtime_ns, file.size, digest)
                indexed.append(IndexedFile(file.relative_path, signature, entry))
                self._stored[file.relative_path] = indexed[-1]
            self._index.save(indexed)
            done += len(results)
            if on_progress is not None:
                on_progress(done, total)
            if cancelled is not None and cancelled():
                break
        self._entries = tuple(
            self._stored[file.relative_path].entry for file in self._files if self._is_current(file)
        )
        return self._entries

    def _is_current(self, file: _FolderFile) -> bool:
        stored = self._stored.get(file.relative_path)
        return stored is not None and (stored.signature.mtime_ns, stored.signature.size) == (
            file.mtime_ns,
            file.size,
        )


class FeedLibrary(ArticleLibrary):
    """A feed's entries; each opens as its link (fetched) or, when the feed carries it, its own text."""

    kind: LibraryKind = "feed"

    def __init__(self, feed: Feed, warnings: tuple[str, ...] = ()) -> None:
        super().__init__(warnings)
        from briefing.sources.cache import article_cache, feed_entry_cache
        from briefing.sources.web import is_url

        self.location = feed.location
        self.title = feed.title
        self._documents: list[SourceDocument] = []
        articles, entries = article_cache(), feed_entry_cache()
        for entry in feed.entries:
            document = SourceDocument(
                text=entry.text,
                document_id=_feed_entry_id(entry.location),
                location=entry.location,
                title=entry.title,
                source=feed.title,
                published=entry.published,
                url=entry.location if is_url(entry.location) else None,
                author=entry.author,
            )
            self._documents.append(document)
            if not entry.text.strip():
                continue
            if entry.complete and is_url(entry.location) and articles.get(entry.location) is None:
                articles.put(entry.location, document)
            else:
                entries.put(entry.location, document)
        self._entries = tuple(
            LibraryEntry(
                location=doc.location,
                title=doc.title or doc.location,
                published=doc.published,
                source=doc.source,
            )
            for doc in self._documents
        )
        self._pending = len(self._documents)

    def pending_count(self) -> int:
        return self._pending

    def index(
        self, on_progress: ProgressCallback | None = None, cancelled: Callable[[], bool] | None = None
    ) -> tuple[LibraryEntry, ...]:
        """Feeds are short and change often, so their entries are analysed afresh, in this process."""
        total = len(self._documents)
        summaries = list(self._entries)
        for done, document in enumerate(self._documents, start=1):
            if cancelled is not None and cancelled():
                return self._entries
            summaries[done - 1] = summarise(document, document.location)
            if on_progress is not None:
                on_progress(done, total)
        self._entries = tuple(summaries)
        self._pending = 0
        return self._entries


def _feed_entry_id(location: str) -> str:
    from briefing.sources.online import document_id_for_url

    return document_id_for_url(location) if "://" in location else location.rsplit(":", 1)[-1]


def scan_folder(root: Path, display_root: str) -> list[_FolderFile]:
    """Article files under root, sorted by relative path; symlinked folders are not followed (no loops).

    Plain string paths, not pathlib, because this runs over every file each time a library opens.
    """
    found: list[_FolderFile] = []
    pending: list[tuple[str, str]] = [(str(root), "")]  # (folder on disk, its path relative to root)
    while pending:
        folder, relative_folder = pending.pop()
        try:
            with os.scandir(folder) as listing:
                items = list(listing)
        except OSError:
            if not relative_folder:
                raise SourceError(f"{display_root}: cannot list this folder") from None
            continue
        for item in items:
            if item.name.startswith(".") or item.name.split(".", 1)[0].lower() in _NOT_ARTICLES:
                continue
            relative = f"{relative_folder}/{item.name}" if relative_folder else item.name
            try:
                if item.is_dir(follow_symlinks=False):
                    pending.append((item.path, relative))
                elif os.path.splitext(item.name)[1].lower() in ARTICLE_SUFFIXES and item.is_file():
                    status = item.stat()
                    location = os.path.join(display_root, relative.replace("/", os.sep))
                    found.append(_FolderFile(relative, location, status.st_mtime_ns, status.st_size))
            except OSError:
                continue
    found.sort(key=lambda file: file.relative_path)
    return found


def _hash_of(path: Path) -> str:
    try:
        return content_hash(path.read_bytes())
    except OSError:
        return ""


def _analyse_in_batches(locations: list[str], workers: int) -> Iterator[list[tuple[str, LibraryEntry]]]:
    """Analyse on every core (in batches, to keep inter-process traffic low); small jobs stay in-process."""
    if not locations:
        return
    batch_size = max(1, min(_MAX_BATCH, len(locations) // (workers * 4)))
    batches = [locations[start : start + batch_size] for start in range(0, len(locations), batch_size)]
    if workers <= 1 or len(locations) <= _SERIAL_LIMIT:
        for batch in batches:
            yield index_files(batch)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    methods = multiprocessing.get_all_start_methods()
    # Forking a process that runs threads (the UI) can deadlock the child; a fork server cannot.
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    _start_resource_tracker()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_silence_stderr)
    try:
        futures = [pool.submit(index_files, batch) for batch in batches]
        for future in as_completed(futures):
            yield future.result()
    finally:
        # When the caller stops early (cancelled), batches not yet started are dropped.
        pool.shutdown(wait=True, cancel_futures=True)


def _start_resource_tracker() -> None:
    """Start multiprocessing's helper process with a real stderr.

    It inherits sys.stderr's file descriptor, and under the Textual UI sys.stderr is a capture object
    without one, which makes starting it fail ("bad value(s) in fds_to_keep").
    """
    from multiprocessing import resource_tracker

    try:
        if sys.stderr is not None and sys.stderr.fileno() >= 0:
            resource_tracker.ensure_running()
            return
    except (AttributeError, OSError, ValueError):
        pass
    captured = sys.stderr
    with open(os.devnull, "w", encoding="utf-8") as quiet:
        sys.stderr = quiet
        try:
            resource_tracker.ensure_running()
        finally:
            sys.stderr = captured


def _silence_stderr() -> None:
    """Workers report failures in their results; a stray warning printed to the terminal would garble the UI."""
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 2)
    os.close(quiet)
