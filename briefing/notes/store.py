"""The notes store: one JSON file per document under the user's data folder, changed only under a lock.

A document's file is keyed by its normalised location (absolute path or URL; stdin by the hash of its text), so
notes follow an article whose text changed; the hash of the text the notes were last anchored to is kept inside.
Every change is a read-modify-write under an exclusive lock, written atomically with the previous version kept
as a backup. A corrupt file is moved aside (never deleted) and the app carries on.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from briefing.errors import NotesError
from briefing.notes.anchoring import quote_selector, reanchor
from briefing.notes.annotation import (
    TARGET_KINDS,
    Annotation,
    annotation_from_record,
    annotation_to_record,
    clean_tags,
    new_note_id,
    utc_now,
    with_body,
)
from briefing.notes.safe_files import exclusive_lock, move_aside, write_atomically

SCHEMA = "briefing/notes@1"
STDIN_LOCATION = "-"
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


class _CorruptNotesFile(Exception):
    """The file exists but is not a notes file we can read; its message says why, in a few words."""


@dataclass(frozen=True, slots=True)
class DocumentNotes:
    """One document that has notes, as listed by `briefing notes list` without an article."""

    location: str
    notes: int


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def normalise_location(location: str) -> str:
    """The same article always gets the same key: an absolute resolved path, a URL without its fragment."""
    location = location.strip()
    if location in ("", STDIN_LOCATION):
        return STDIN_LOCATION
    if _URL.match(location):
        parts = urlsplit(location)
        return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))
    try:
        return str(Path(location).expanduser().resolve())
    except (OSError, RuntimeError):
        return os.path.abspath(location)


def notes_file_name(location: str, text: str) -> str:
    """A readable, collision-free file name: the article's base name plus a hash of its key."""
    normalised = normalise_location(location)
    if normalised == STDIN_LOCATION:
        readable, key = "stdin", f"stdin:{text_hash(text)}"
    else:
        readable, key = normalised.rstrip("/").rsplit("/", 1)[-1], normalised
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", readable).strip("-.")[:40] or "document"
    return f"{slug}-{hashlib.sha256(key.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}.json"


def _parse(raw: bytes) -> tuple[str, list[Annotation]]:
    """The stored location and notes; raises _CorruptNotesFile for anything that is not a notes file."""
    try:
        record = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _CorruptNotesFile(f"not valid JSON: {error}") from None
    if not isinstance(record, dict):
        raise _CorruptNotesFile("not a notes object")
    schema = record.get("schema")
    if isinstance(schema, str) and schema.startswith("briefing/notes@") and schema != SCHEMA:
        raise NotesError(f"notes file schema {schema} is newer than this briefing reads ({SCHEMA}); upgrade")
    if schema != SCHEMA or not isinstance(record.get("notes"), list):
        raise _CorruptNotesFile("not a briefing notes file")
    location = record.get("location")
    try:
        notes = [annotation_from_record(note) for note in record["notes"]]
    except ValueError as error:
        raise _CorruptNotesFile(str(error)) from None
    return (location if isinstance(location, str) else ""), notes


def _ordered(notes: Sequence[Annotation]) -> list[Annotation]:
    """Notes in reading order; orphaned ones, which have no place in the text, last."""
    return sorted(notes, key=lambda note: (note.orphaned, note.start, note.end, note.created))


class NoteStore:
    """Loads and changes the notes of documents; `warnings` collects one-line messages for the user."""

    def __init__(self, directory: Path | None = None) -> None:
        if directory is None:
            from briefing.paths import notes_dir

            directory = notes_dir()
        self.directory = Path(directory)
        self.warnings: list[str] = []

    def path_for(self, location: str, text: str) -> Path:
        return self.directory / notes_file_name(location, text)

    def load(self, location: str, text: str) -> list[Annotation]:
        """The document's notes placed in text; notes whose passage is gone come back orphaned, last.

        Never raises: a file that cannot be read is moved aside, or, if even that fails, gives no notes and a
        warning (and changes are then refused, so it is never overwritten).
        """
        path = self.path_for(location, text)
        try:
            try:
                _, notes = _parse(self._read(path))
            except _CorruptNotesFile:
                with self._lock(path):
                    notes = self._read_locked(path)
        except FileNotFoundError:
            return []
        except NotesError as error:
            self.warnings.append(str(error))
            return []
        return _ordered([reanchor(note, text) for note in notes])

    def add(
        self,
        location: str,
        text: str,
        start: int,
        end: int,
        body: str,
        tags: Sequence[str] = (),
        target_kind: str = "selection",
    ) -> Annotation:
        """Attach a new note to text[start:end] and save it before returning."""
        if not 0 <= start < end <= len(text):
            raise NotesError(f"cannot attach a note to [{start}, {end}): outside the article's text")
        if target_kind not in TARGET_KINDS:
            raise NotesError(
                f"unknown note target {target_kind!r}; expected one of {', '.join(TARGET_KINDS)}"
            )
        created: list[Annotation] = []

        def add_note(notes: list[Annotation]) -> list[Annotation]:
            exact, prefix, suffix = quote_selector(text, start, end)
            now = utc_now()
            note = Annotation(
                id=new_note_id({note.id for note in notes}),
                body=body,
                tags=clean_tags(list(tags)),
                target_kind=target_kind,
                exact=exact,
                prefix=prefix,
                suffix=suffix,
                start=start,
                end=end,
                created=now,
                updated=now,
            )
            created.append(note)
            return [*notes, note]

        self._change(location, text, add_note)
        return created[0]

    def update(
        self, location: str, text: str, note_id: str, body: str, tags: Sequence[str] | None = None
    ) -> Annotation:
        """Replace a note's text (and its tags, when given); its anchor and creation time stay."""
        updated: list[Annotation] = []

        def update_note(notes: list[Annotation]) -> list[Annotation]:
            index = self._index_of(notes, note_id, location)
            new_tags = None if tags is None else clean_tags(list(tags))
            updated.append(with_body(notes[index], body, new_tags))
            return [*notes[:index], updated[0], *notes[index + 1 :]]

        self._change(location, text, update_note)
        return updated[0]

    def remove(self, location: str, text: str, note_id: str) -> None:
        """Delete one note; the previous version of the file stays as the backup."""

        def remove_note(notes: list[Annotation]) -> list[Annotation]:
            index = self._index_of(notes, note_id, location)
            return [*notes[:index], *notes[index + 1 :]]

        self._change(location, text, remove_note)

    def documents(self) -> list[DocumentNotes]:
        """Every document that has notes, by location; unreadable files are reported in warnings."""
        found: list[DocumentNotes] = []
        if not self.directory.is_dir():
            return found
        for path in sorted(self.directory.glob("*.json")):
            try:
                location, notes = _parse(self._read(path))
            except FileNotFoundError:
                continue
            except (_CorruptNotesFile, NotesError) as error:
                self.warnings.append(f"notes file {path} skipped: {error}")
                continue
            if notes:
                found.append(DocumentNotes(location or path.stem, len(notes)))
        return sorted(found, key=lambda document: document.location)

    @staticmethod
    def _index_of(notes: Sequence[Annotation], note_id: str, location: str) -> int:
        for index, note in enumerate(notes):
            if note.id == note_id:
                return index
        raise NotesError(f"no note {note_id!r} on {location}")

    def _change(
        self, location: str, text: str, change: Callable[[list[Annotation]], list[Annotation]]
    ) -> None:
        """Read-modify-write under the document's lock, so concurrent processes never lose each other's notes."""
        path = self.path_for(location, text)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise NotesError(
                f"cannot create notes folder {self.directory}: {error.strerror or error}"
            ) from None
        with self._lock(path):
            notes = [reanchor(note, text) for note in self._read_locked(path)]
            record: dict[str, Any] = {
                "schema": SCHEMA,
                "location": normalise_location(location),
                "text_sha256": text_hash(text),
                "updated": utc_now(),
                "notes": [annotation_to_record(note) for note in _ordered(change(notes))],
            }
            data = (json.dumps(record, ensure_ascii=False, indent=1) + "\n").encode("utf-8", "surrogatepass")
            try:
                write_atomically(path, data, self._backup_path(path))
            except OSError as error:
                raise NotesError(f"cannot save notes to {path}: {error.strerror or error}") from None

    @contextlib.contextmanager
    def _lock(self, path: Path) -> Iterator[None]:
        with contextlib.ExitStack() as stack:
            try:
                stack.enter_context(exclusive_lock(path.with_name(path.name + ".lock")))
            except OSError as error:
                raise NotesError(f"cannot lock notes file {path}: {error.strerror or error}") from None
            yield

    @staticmethod
    def _backup_path(path: Path) -> Path:
        return path.with_name(path.name + ".bak")

    @staticmethod
    def _read(path: Path) -> bytes:
        """The file's bytes; a file that exists but cannot be read is handled like a corrupt one."""
        try:
            return path.read_bytes()
        except FileNotFoundError:
            raise
        except OSError as error:
            raise _CorruptNotesFile(f"cannot read it: {error.strerror or error}") from None

    def _read_locked(self, path: Path) -> list[Annotation]:
        """The notes on disk; a corrupt file is moved aside and its backup, if readable, taken instead."""
        try:
            return _parse(self._read(path))[1]
        except FileNotFoundError:
            return []
        except _CorruptNotesFile as error:
            reason = str(error)
        try:
            aside = move_aside(path)
        except OSError as error:
            raise NotesError(f"notes file {path} is unreadable and cannot be moved aside: {error}") from None
        message = f"notes file {path.name} was unreadable ({reason}); moved it aside to {aside}"
        try:
            backup = self._read(self._backup_path(path))
            _, restored = _parse(backup)
        except (FileNotFoundError, _CorruptNotesFile, NotesError):
            restored = []
        if restored:
            try:
                write_atomically(path, backup, self._backup_path(path))
                message += f"; restored {len(restored)} notes from its backup"
            except OSError:
                message += f"; its backup {self._backup_path(path)} holds {len(restored)} notes"
        self.warnings.append(message)
        return restored
