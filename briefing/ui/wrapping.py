"""Word wrapping that remembers where each screen line comes from in the text.

The article pane paints line N by slicing the text between `starts[N]` and `ends[N]`, so wrapping runs once
per width and painting never re-measures. Long paragraphs are cut with `str.rfind`, one call per screen line,
which keeps a million-word document well under a second.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import get_character_cell_size

# Characters that take two terminal cells (CJK, full-width forms, most emoji); their paragraphs are measured
# character by character, the rest take the fast path of one cell per character.
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U0001f300-\U0001faff\U00020000-\U0003fffd]"
)


@dataclass(frozen=True, slots=True)
class WrappedText:
    """Screen lines as half-open [start, end) offsets into the text, in order."""

    width: int
    starts: list[int]
    ends: list[int]

    def __len__(self) -> int:
        return len(self.starts)

    def line_of(self, offset: int) -> int:
        """The screen line that shows offset (a wrapped-away space belongs to the line before it)."""
        return max(0, bisect_right(self.starts, offset) - 1)


def wrap_text(text: str, width: int) -> WrappedText:
    """Wrap every paragraph (text between newlines) to width cells, breaking at spaces where possible."""
    width = max(1, width)
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    length = len(text)
    while True:
        newline = text.find("\n", position)
        paragraph_end = length if newline == -1 else newline
        if _WIDE.search(text, position, paragraph_end) is None:
            _wrap_narrow(text, position, paragraph_end, width, starts, ends)
        else:
            _wrap_measured(text, position, paragraph_end, width, starts, ends)
        if newline == -1:
            break
        position = newline + 1
    return WrappedText(width, starts, ends)


def _wrap_narrow(text: str, start: int, end: int, width: int, starts: list[int], ends: list[int]) -> None:
    line_start = start
    while end - line_start > width:
        limit = line_start + width
        space = text.rfind(" ", line_start + 1, limit + 1)
        if space == -1:
            starts.append(line_start)
            ends.append(limit)
            line_start = limit
        else:
            starts.append(line_start)
            ends.append(space)
            line_start = space + 1
    starts.append(line_start)
    ends.append(end)


def _wrap_measured(text: str, start: int, end: int, width: int, starts: list[int], ends: list[int]) -> None:
    line_start = start
    cells = 0
    last_space = -1
    index = start
    while index < end:
        character = text[index]
        size = get_character_cell_size(character)
        if cells + size > width and index > line_start:
            if character == " ":
                starts.append(line_start)
                ends.append(index)
                line_start = index + 1
                index += 1
            elif last_space > line_start:
                starts.append(line_start)
                ends.append(last_space)
                line_start = last_space + 1
                index = line_start
            else:
                starts.append(line_start)
                ends.append(index)
                line_start = index
            cells = 0
            last_space = -1
            continue
        if character == " ":
            last_space = index
        cells += size
        index += 1
    starts.append(line_start)
    ends.append(end)
