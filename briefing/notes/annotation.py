"""One note on one passage of an article, anchored like a W3C Web Annotation (quote + position selectors)."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

TARGET_KINDS = ("sentence", "mention", "fact", "selection")


@dataclass(frozen=True, slots=True)
class Annotation:
    """A note: the user's text and tags, and the passage it is attached to (quote, context, offsets).

    `orphaned` is True when the passage could not be found in the current text; the note is kept and shown.
    """

    id: str
    body: str
    tags: tuple[str, ...]
    target_kind: str
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    created: str
    updated: str
    orphaned: bool = False


def utc_now() -> str:
    """The current time as ISO-8601 UTC with a Z, the form stored and exported."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def new_note_id(taken: set[str]) -> str:
    """A short random id, unique among the document's notes, that a user can type on the command line."""
    while True:
        note_id = secrets.token_hex(4)
        if note_id not in taken:
            return note_id


def clean_tags(tags: object) -> tuple[str, ...]:
    """Tags as given, stripped, without empties or repeats, in first-seen order."""
    if isinstance(tags, str) or not isinstance(tags, list | tuple):
        return ()
    seen: dict[str, None] = {}
    for tag in tags:
        if isinstance(tag, str) and tag.strip():
            seen.setdefault(tag.strip(), None)
    return tuple(seen)


def annotation_to_record(note: Annotation) -> dict[str, Any]:
    """The stored form of a note (the orphaned flag is recomputed on every load, so it is not stored)."""
    return {
        "id": note.id,
        "body": note.body,
        "tags": list(note.tags),
        "target_kind": note.target_kind,
        "exact": note.exact,
        "prefix": note.prefix,
        "suffix": note.suffix,
        "start": note.start,
        "end": note.end,
        "created": note.created,
        "updated": note.updated,
    }


def annotation_from_record(record: object) -> Annotation:
    """Read a stored note; raises ValueError when a field the anchoring needs is missing or mistyped."""
    if not isinstance(record, Mapping):
        raise ValueError("a note is not an object")
    note_id, exact = record.get("id"), record.get("exact")
    start, end = record.get("start"), record.get("end")
    if not isinstance(note_id, str) or not note_id or not isinstance(exact, str):
        raise ValueError("a note has no id or no quoted passage")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end:
        raise ValueError(f"note {note_id} has invalid offsets")
    created = _text(record.get("created"))
    target_kind = _text(record.get("target_kind"))
    return Annotation(
        id=note_id,
        body=_text(record.get("body")),
        tags=clean_tags(record.get("tags")),
        target_kind=target_kind if target_kind in TARGET_KINDS else "selection",
        exact=exact,
        prefix=_text(record.get("prefix")),
        suffix=_text(record.get("suffix")),
        start=start,
        end=end,
        created=created,
        updated=_text(record.get("updated")) or created,
    )


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def with_body(note: Annotation, body: str, tags: tuple[str, ...] | None) -> Annotation:
    """The note with new text (and tags, when given), stamped as updated now."""
    return replace(note, body=body, tags=note.tags if tags is None else tags, updated=utc_now())
