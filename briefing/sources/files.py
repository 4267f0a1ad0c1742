"""Reads articles from files and stdin: plain text, Markdown and HTML, in whatever encoding they use."""

from __future__ import annotations

import sys
from pathlib import Path

from briefing.errors import SourceError
from briefing.sources.blocks import TextBlock
from briefing.sources.document import SourceDocument
from briefing.sources.encoding import decode_bytes
from briefing.sources.feeds import looks_like_feed
from briefing.sources.front_matter import split_front_matter
from briefing.sources.html import declared_html_charset, extract_page, looks_like_html
from briefing.sources.markdown import markdown_to_text

TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES

MAX_FILE_BYTES = 10 * 1024 * 1024


def load_file(target: str) -> SourceDocument:
    path = Path(target).expanduser()
    data = read_article_bytes(path, target)
    return document_from_bytes(
        data, target, document_id=path.stem or path.name, location=target, path=str(path), suffix=path.suffix
    )


def read_article_bytes(path: Path, name: str) -> bytes:
    """The file's bytes, or a SourceError that says why they cannot be read."""
    try:
        if path.is_dir():
            raise SourceError(
                f"{name}: a folder, not an article (open it with 'briefing {name}' as a library)"
            )
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SourceError(f"{name}: too large ({size / 1048576:.1f} MB; the limit is 10 MB)")
        return path.read_bytes()
    except FileNotFoundError:
        raise SourceError(f"{name}: no such file") from None
    except PermissionError:
        raise SourceError(f"{name}: permission denied") from None
    except OSError as error:
        raise SourceError(f"{name}: cannot be read ({error.strerror or error})") from None


def load_stdin() -> SourceDocument:
    stream = getattr(sys.stdin, "buffer", None)
    try:
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
    except OSError as error:
        raise SourceError(f"-: standard input cannot be read ({error.strerror or error})") from None
    return document_from_bytes(data, "standard input", document_id="stdin", location="-")


def document_from_bytes(
    data: bytes,
    name: str,
    *,
    document_id: str,
    location: str,
    path: str | None = None,
    suffix: str = "",
    declared_charset: str | None = None,
    url: str | None = None,
    html: bool | None = None,
) -> SourceDocument:
    """Decide what the bytes are (`html`, else the suffix, else their content) and read the article out."""
    suffix = suffix.lower()
    if looks_like_feed(data):
        raise SourceError(
            f"{name}: an RSS/Atom feed, not an article (open it with 'briefing {name}' to browse it)"
        )
    may_be_html = html if html is not None else suffix not in TEXT_SUFFIXES | MARKDOWN_SUFFIXES
    decoded = decode_bytes(
        data, name, declared_charset or (declared_html_charset(data) if may_be_html else None)
    )
    if html or suffix in HTML_SUFFIXES or (may_be_html and looks_like_html(decoded.text)):
        page = extract_page(decoded.text, name, url)
        return SourceDocument(
            text=page.text,
            document_id=document_id,
            location=location,
            path=path,
            title=page.title,
            source=page.site_name,
            published=page.published,
            warnings=decoded.warnings,
            display_blocks=page.blocks,
            url=url,
            author=page.author,
        )
    metadata, body, front_matter_warnings = split_front_matter(decoded.text, name)
    blocks: tuple[TextBlock, ...] = ()
    title = metadata.title
    if suffix in MARKDOWN_SUFFIXES:
        body, blocks, heading = markdown_to_text(body)
        title = title or heading
    if not body.strip():
        raise SourceError(f"{name}: empty, there is no text to read")
    return SourceDocument(
        text=body,
        document_id=document_id,
        location=location,
        path=path,
        title=title,
        source=metadata.source,
        published=metadata.published,
        warnings=decoded.warnings + front_matter_warnings,
        display_blocks=blocks,
        url=metadata.url or url,
        author=metadata.author,
    )
