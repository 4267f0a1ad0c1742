"""Finds the article in a web page: its main text (no menus, adverts or comments) and its metadata.

trafilatura does the extraction; its structured body keeps headings, paragraphs, list items and
quotes apart so the reader can show them as blocks. htmldate fills in the date when trafilatura has none.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.errors import SourceError
from briefing.sources.blocks import BlockKind, TextBlock, assemble_blocks

if TYPE_CHECKING:
    from lxml import etree

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_WHITESPACE = re.compile(r"\s+")
_HEADING_LEVEL = re.compile(r"h([1-6])")
_BLOCK_TAGS = frozenset(
    {"p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "tr", "section", "article"}
)


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    text: str
    blocks: tuple[TextBlock, ...]
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    site_name: str | None = None


def declared_html_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag near its top, used when the server did not say."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<head", "<body")) or (
        head.startswith("<") and "<html" in head
    )


def extract_page(html: str, name: str, url: str | None = None) -> ExtractedPage:
    """Extract the main text and metadata; raise SourceError if the page has no article text."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        # Only dates the page states about itself: a date in the story is not its publication date.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        raise SourceError(f"{name}: no article text found in the page")
    blocks = _blocks_from_body(document.body) if document.body is not None else []
    if not blocks and document.text:
        blocks = [("paragraph", 0, line.strip()) for line in document.text.split("\n") if line.strip()]
    if not blocks:
        raise SourceError(f"{name}: no article text found in the page")
    text, text_blocks = assemble_blocks(blocks)
    published = _parse_date(document.date) or _htmldate(html, url)
    return ExtractedPage(
        text=text,
        blocks=text_blocks,
        title=_clean(document.title),
        author=_clean(document.author),
        published=published,
        site_name=_clean(document.sitename),
    )


def fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's summary or content), one paragraph per block."""
    import lxml.html

    if "<" not in fragment:
        return _WHITESPACE.sub(" ", fragment).strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return _WHITESPACE.sub(" ", fragment).strip()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif element.tag in _BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
    paragraphs = (_WHITESPACE.sub(" ", part).strip() for part in root.text_content().split("\n\n"))
    return "\n\n".join(part for part in paragraphs if part)


def _blocks_from_body(body: etree._Element) -> list[tuple[BlockKind, int, str]]:
    """Walk trafilatura's body tree (head, p, list/item, quote, table/row/cell, code) into blocks."""
    blocks: list[tuple[BlockKind, int, str]] = []
    for element in body:
        tag = element.tag
        if tag == "head":
            level_match = _HEADING_LEVEL.fullmatch(element.get("rend", "") or "")
            _append(blocks, "heading", int(level_match.group(1)) if level_match else 2, element)
        elif tag == "list":
            for item in element.iter("item"):
                _append(blocks, "list_item", 0, item)
        elif tag == "quote":
            _append(blocks, "quote", 0, element)
        elif tag == "table":
            for row in element.iter("row"):
                cells = (_clean("".join(cell.itertext())) for cell in row.iter("cell"))
                line = " | ".join(cell for cell in cells if cell)
                if line:
                    blocks.append(("table", 0, line))
        elif tag == "code":
            _append(blocks, "code", 0, element)
        else:
            _append(blocks, "paragraph", 0, element)
    return blocks


def _append(
    blocks: list[tuple[BlockKind, int, str]], kind: BlockKind, level: int, element: etree._Element
) -> None:
    text = _clean("".join(element.itertext()))
    if text:
        blocks.append((kind, level, text))


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    cleaned = _WHITESPACE.sub(" ", value).strip()
    return cleaned or None


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _htmldate(html: str, url: str | None) -> dt.date | None:
    """Only dates the page states about itself (not today's date, not a guess from the text)."""
    import htmldate

    try:
        found = htmldate.find_date(html, url=url, original_date=True, extensive_search=False)
    except (ValueError, TypeError):
        return None
    return _parse_date(found)
