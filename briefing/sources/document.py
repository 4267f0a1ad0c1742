"""Reads one article from a path or stdin into a SourceDocument."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import SourceError


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """An article as read: the exact text to analyse, plus what its container said about it."""

    text: str
    document_id: str
    location: str  # the path or URL as the user gave it; "-" for stdin
    path: str | None = None
    title: str | None = None
    source: str | None = None
    published: dt.date | None = None
    warnings: tuple[str, ...] = ()


def load_document(target: str) -> SourceDocument:
    if target == "-":
        return SourceDocument(text=sys.stdin.read(), document_id="stdin", location="-")
    path = Path(target)
    if not path.exists():
        raise SourceError(f"{target}: no such file")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise SourceError(f"{target}: {error.strerror or error}") from None
    return SourceDocument(text=text, document_id=path.stem, location=target, path=str(path))
