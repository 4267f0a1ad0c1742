"""The exported briefing as JSON: the analysis in its published schema plus the notes as W3C Web Annotations."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from briefing.core.model import Analysis
from briefing.core.schema import analysis_to_json
from briefing.notes.annotation import Annotation
from briefing.notes.store import STDIN_LOCATION, normalise_location, text_hash

SCHEMA = "briefing/export@1"
W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def source_uri(location: str, text: str) -> str:
    """The annotation target's source: the URL, a file: URI, or for stdin a URN naming the text's hash."""
    normalised = normalise_location(location)
    if normalised == STDIN_LOCATION:
        return f"urn:sha256:{text_hash(text)}"
    if "://" in normalised:
        return normalised
    return Path(normalised).as_uri()


def annotation_to_w3c(note: Annotation, source: str) -> dict[str, Any]:
    """One note as a Web Annotation; an orphaned note keeps its quote but has no position in this text."""
    selectors: list[dict[str, Any]] = [
        {"type": "TextQuoteSelector", "exact": note.exact, "prefix": note.prefix, "suffix": note.suffix}
    ]
    if not note.orphaned:
        selectors.append({"type": "TextPositionSelector", "start": note.start, "end": note.end})
    bodies: list[dict[str, Any]] = [
        {"type": "TextualBody", "value": note.body, "format": "text/plain", "purpose": "commenting"}
    ]
    bodies.extend({"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in note.tags)
    return {
        "@context": W3C_CONTEXT,
        "id": f"urn:briefing:note:{note.id}",
        "type": "Annotation",
        "motivation": "commenting",
        "created": note.created,
        "modified": note.updated,
        "body": bodies,
        "target": {"source": source, "selector": selectors},
        "briefing": {"target_kind": note.target_kind, "orphaned": note.orphaned},
    }


def briefing_json(analysis: Analysis, notes: Sequence[Annotation], location: str) -> dict[str, Any]:
    """The analysis (schema briefing/analysis@1) and the notes, in one JSON-ready object."""
    source = source_uri(location, analysis.text)
    return {
        "schema": SCHEMA,
        "analysis": analysis_to_json(analysis),
        "annotations": [annotation_to_w3c(note, source) for note in notes],
    }
