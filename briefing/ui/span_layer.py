"""Sorted, non-overlapping spans with a payload each, queried by bisection rather than scans."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Generic, TypeVar

Payload = TypeVar("Payload")


class SpanLayer(Generic[Payload]):
    """One kind of highlight over the text; where spans overlap, the earlier (then longer) one wins."""

    def __init__(self, items: Iterable[tuple[int, int, Payload]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.payloads: list[Payload] = []
        for start, end, payload in sorted(items, key=lambda item: (item[0], -item[1])):
            if end <= start or (self.ends and start < self.ends[-1]):
                continue
            self.starts.append(start)
            self.ends.append(end)
            self.payloads.append(payload)

    def __len__(self) -> int:
        return len(self.starts)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, Payload]]:
        """The spans that share at least one character with [start, end), in order."""
        found: list[tuple[int, int, Payload]] = []
        index = bisect_right(self.ends, start)
        while index < len(self.starts) and self.starts[index] < end:
            found.append((self.starts[index], self.ends[index], self.payloads[index]))
            index += 1
        return found

    def at(self, offset: int) -> tuple[int, int, Payload] | None:
        """The span covering offset, if any."""
        index = bisect_right(self.starts, offset) - 1
        if index >= 0 and offset < self.ends[index]:
            return self.starts[index], self.ends[index], self.payloads[index]
        return None

    def index_after(self, offset: int, *, wrap: bool = True) -> int | None:
        """Index of the first span starting after offset (the first one again past the end, if wrapping)."""
        if not self.starts:
            return None
        index = bisect_right(self.starts, offset)
        if index < len(self.starts):
            return index
        return 0 if wrap else None

    def index_before(self, offset: int, *, wrap: bool = True) -> int | None:
        """Index of the last span starting before offset (the last one again before the start, if wrapping)."""
        if not self.starts:
            return None
        index = bisect_left(self.starts, offset) - 1
        if index >= 0:
            return index
        return len(self.starts) - 1 if wrap else None
