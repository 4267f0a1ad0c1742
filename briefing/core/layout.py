"""Parts of an article that are not body text: photo captions, bylines, "Read more:" trailers."""

from __future__ import annotations

from briefing.core.model import Span


def find_non_body(text: str, sentences: list[Span]) -> list[Span]:
    """Spans of captions, bylines and trailers; entities and facts inside them are not the story's."""
    return []
