"""The state of `/` search: the query, its matches, and which match is current. No Textual here."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.core.model import Span
from briefing.ui.display_text import displayable
from briefing.ui.span_layer import SpanLayer

SEARCH_MATCH_LIMIT = 50_000


def find_matches(text: str, query: str) -> SpanLayer[None]:
    """Case-insensitive literal matches of query, at most SEARCH_MATCH_LIMIT of them."""
    if not query:
        return SpanLayer(())
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    matches: list[tuple[int, int, None]] = []
    for match in pattern.finditer(text):
        if match.end() > match.start():
            matches.append((match.start(), match.end(), None))
        if len(matches) >= SEARCH_MATCH_LIMIT:
            break
    return SpanLayer(matches)


@dataclass
class TextSearch:
    """`number` is 1-based; 0 means no current match."""

    query: str = ""
    matches: SpanLayer[None] = field(default_factory=lambda: SpanLayer(()))
    number: int = 0

    @property
    def active(self) -> bool:
        return bool(self.query)

    def current(self) -> Span | None:
        if not self.number:
            return None
        return Span(self.matches.starts[self.number - 1], self.matches.ends[self.number - 1])

    def show_results(self, matches: SpanLayer[None], from_offset: int) -> Span | None:
        """Take new matches; the current one is the first at or after from_offset (the top of the screen)."""
        self.matches = matches
        index = matches.index_after(from_offset - 1)
        self.number = 0 if index is None else index + 1
        return self.current()

    def step(self, delta: int) -> Span | None:
        """The next (or previous) match, wrapping around the document."""
        current = self.current()
        offset = current.start if current else -1
        index = self.matches.index_before(offset) if delta < 0 else self.matches.index_after(offset)
        if index is not None:
            self.number = index + 1
        return self.current()

    def clear(self) -> None:
        self.query = ""
        self.matches = SpanLayer(())
        self.number = 0

    def status(self) -> str:
        shown = displayable(self.query)
        if not self.query:
            return ""
        if not self.number:
            return f"no match for “{shown}”"
        return f"“{shown}” · match {self.number} of {len(self.matches)}"
