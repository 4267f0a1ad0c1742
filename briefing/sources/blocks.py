"""How the analysed text was laid out in its container, so views can show headings as headings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["heading", "paragraph", "quote", "list_item", "code", "table"]


@dataclass(frozen=True, slots=True)
class TextBlock:
    """A block of the analysed text, [start, end) in its offsets; `level` is 1-6 for headings, else 0."""

    start: int
    end: int
    kind: BlockKind
    level: int = 0


def assemble_blocks(blocks: list[tuple[BlockKind, int, str]]) -> tuple[str, tuple[TextBlock, ...]]:
    """Join blocks with blank lines (paragraph breaks) and record where each one sits in the joined text."""
    parts: list[str] = []
    text_blocks: list[TextBlock] = []
    offset = 0
    for kind, level, text in blocks:
        if parts:
            offset += 2
        text_blocks.append(TextBlock(start=offset, end=offset + len(text), kind=kind, level=level))
        parts.append(text)
        offset += len(text)
    return "\n\n".join(parts), tuple(text_blocks)
