"""Turns Markdown into the plain text a reader sees, keeping headings and paragraphs as separate blocks.

Markup would confuse the extraction (a `**` is not part of a name, a link's URL is not prose), so
emphasis marks, link targets, images and heading hashes go; link text stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.sources.blocks import BlockKind, TextBlock, assemble_blocks

_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_THEMATIC_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BLOCKQUOTE = re.compile(r"^ {0,3}> ?")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+")
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_INLINE_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)")
_REFERENCE_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_STRONG_EMPHASIS = re.compile(r"(\*\*\*|\*\*|\*|~~)(?=\S)(.+?)(?<=\S)\1")
_UNDERSCORE_EMPHASIS = re.compile(r"(?<![\w_])(___|__|_)(?=\S)(.+?)(?<=\S)\1(?![\w_])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


@dataclass(slots=True)
class _Builder:
    blocks: list[tuple[BlockKind, int, str]] = field(default_factory=list)
    paragraph: list[str] = field(default_factory=list)
    paragraph_kind: BlockKind = "paragraph"

    def flush(self) -> None:
        if self.paragraph:
            separator = "\n" if self.paragraph_kind in ("code", "table") else " "
            joined = separator.join(self.paragraph).strip()
            if joined:
                self.blocks.append((self.paragraph_kind, 0, joined))
        self.paragraph = []
        self.paragraph_kind = "paragraph"

    def add_line(self, kind: BlockKind, line: str) -> None:
        if self.paragraph and kind != self.paragraph_kind:
            self.flush()
        self.paragraph_kind = kind
        self.paragraph.append(line)

    def continues_list_item(self) -> bool:
        return not self.paragraph and bool(self.blocks) and self.blocks[-1][0] == "list_item"

    def extend_last_block(self, text: str) -> None:
        kind, level, previous = self.blocks.pop()
        self.blocks.append((kind, level, f"{previous} {text}"))

    def add_block(self, kind: BlockKind, level: int, text: str) -> None:
        self.flush()
        if text.strip():
            self.blocks.append((kind, level, text.strip()))


def markdown_to_text(markdown: str) -> tuple[str, tuple[TextBlock, ...], str | None]:
    """Return the plain text, its blocks, and the first top-level heading (the article's likely title)."""
    builder = _Builder()
    fence: str | None = None
    for raw_line in markdown.split("\n"):
        line = raw_line.rstrip()
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
                builder.flush()
            else:
                builder.add_line("code", raw_line)
            continue
        if fence_match := _FENCE.match(line):
            builder.flush()
            fence = fence_match.group(1)[0] * 3
            continue
        if not line.strip():
            builder.flush()
            continue
        if heading := _ATX_HEADING.match(line):
            builder.add_block("heading", len(heading.group(1)), _inline(heading.group(2) or ""))
            continue
        underline = _SETEXT_UNDERLINE.match(line)
        if underline and builder.paragraph and builder.paragraph_kind == "paragraph":
            level = 1 if underline.group(1).startswith("=") else 2
            text = " ".join(builder.paragraph)
            builder.paragraph = []
            builder.add_block("heading", level, text)
            continue
        if _TABLE_SEPARATOR.match(line) and builder.paragraph_kind == "table":
            continue
        if _THEMATIC_BREAK.match(line) or _REFERENCE_DEFINITION.match(line):
            builder.flush()
            continue
        if _BLOCKQUOTE.match(line):
            quoted = line
            while _BLOCKQUOTE.match(quoted):
                quoted = _BLOCKQUOTE.sub("", quoted, count=1)
            if quoted.strip():
                builder.add_line("quote", _inline(quoted.strip()))
            else:
                builder.flush()
            continue
        if item := _LIST_ITEM.match(line):
            builder.add_block("list_item", 0, _inline(line[item.end() :]))
            continue
        if line.lstrip().startswith("|") and line.rstrip().endswith("|"):
            cells = [_inline(cell.strip()) for cell in line.strip().strip("|").split("|")]
            builder.add_line("table", " | ".join(cell for cell in cells if cell))
            continue
        if raw_line[:1] in (" ", "\t") and builder.continues_list_item():
            builder.extend_last_block(_inline(line.strip()))
            continue
        builder.add_line("paragraph", _inline(line.strip()))
    builder.flush()
    text, blocks = assemble_blocks(builder.blocks)
    title = next(
        (text[block.start : block.end] for block in blocks if block.kind == "heading" and block.level == 1),
        None,
    )
    return text, blocks, title


def _inline(text: str) -> str:
    """Remove inline markup, keeping what a reader would read."""
    code_spans: list[str] = []

    def keep_code(match: re.Match[str]) -> str:
        code_spans.append(match.group(2).strip())
        return f"\x00{len(code_spans) - 1}\x00"

    text = _CODE_SPAN.sub(keep_code, text)
    text = _IMAGE.sub("", text)
    text = _INLINE_LINK.sub(r"\1", text)
    text = _REFERENCE_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = _STRONG_EMPHASIS.sub(r"\2", text)
        text = _UNDERSCORE_EMPHASIS.sub(r"\2", text)
    text = _ESCAPE.sub(r"\1", text)
    text = re.sub(r"\x00(\d+)\x00", lambda match: code_spans[int(match.group(1))], text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()
