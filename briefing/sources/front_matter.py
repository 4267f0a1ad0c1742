"""Reads the optional `---` metadata block at the top of .txt and .md articles.

The block says what the article is (title, source, publication date, URL); it is not part of the story,
so it is cut from the text that gets analysed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_DELIMITER = "---"
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
_KNOWN_KEYS = frozenset({"title", "source", "published", "date", "url", "author"})


@dataclass(frozen=True, slots=True)
class FrontMatter:
    title: str | None = None
    source: str | None = None
    published: dt.date | None = None
    url: str | None = None
    author: str | None = None


def split_front_matter(text: str, name: str) -> tuple[FrontMatter, str, tuple[str, ...]]:
    """Return the metadata, the text after the block, and warnings about values that could not be read."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != _DELIMITER:
        return FrontMatter(), text, ()
    try:
        closing = next(index for index in range(1, len(lines)) if lines[index].strip() == _DELIMITER)
    except StopIteration:
        return FrontMatter(), text, ()
    fields: dict[str, str] = {}
    for line in lines[1:closing]:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _FIELD.match(line)
        if match is None:
            return FrontMatter(), text, ()
        fields[match["key"].lower()] = _unquote(match["value"])
    if not fields.keys() & _KNOWN_KEYS:
        return FrontMatter(), text, ()
    warnings: list[str] = []
    published_text = fields.get("published") or fields.get("date")
    published = _parse_date(published_text) if published_text else None
    if published_text and published is None:
        warnings.append(f"{name}: front matter date {published_text!r} is not YYYY-MM-DD; ignored")
    metadata = FrontMatter(
        title=fields.get("title") or None,
        source=fields.get("source") or None,
        published=published,
        url=fields.get("url") or None,
        author=fields.get("author") or None,
    )
    body = "\n".join(lines[closing + 1 :]).lstrip("\n")
    return metadata, body, tuple(warnings)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _parse_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
