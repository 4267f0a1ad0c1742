"""Parts of an article that are not body text: photo captions, bylines, "Read more:" trailers, front matter.

Conservative by design: body text taken for non-body hides its actors and facts, so every rule needs a strong
signal (a credit in parentheses, "reported from", a known trailer or label) on a short line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from briefing.core.lexicon import load_lines
from briefing.core.model import Span

_MAX_CAPTION_WORDS = 80
_MAX_LINE_WORDS = 40
_MAX_LINK_WORDS = 20
_MAX_CREDIT_CHARS = 110
_FINAL_PUNCTUATION = frozenset('.!?…"”’')

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|(?:al|el|de|du|da|van|von|bin|ibn|abu)\b[\w'’-]*))*"
_NAMES = rf"{_NAME}(?:\s*(?:,|\band\b|&)\s*{_NAME})*"
_BY_LINE = re.compile(rf"(?:By|BY)\s+{_NAMES}(?:\s*,\s*[A-Z][\w .'’-]*)?\.?")
_REPORTED_FROM_ONE = rf"{_NAMES}\s+reported\s+from\s+{_NAME}(?:,\s*{_NAME})?"
_REPORTED_FROM = re.compile(
    rf"{_REPORTED_FROM_ONE}"
    rf"(?:\s*(?:;|,|\band\b)\s*(?:{_REPORTED_FROM_ONE}|{_NAMES}\s+from\s+{_NAME}(?:,\s*{_NAME})?))*\.?"
)
_CONTRIBUTED = re.compile(
    r"\bcontributed\s+(?:additional\s+)?(?:reporting|to\s+this\s+(?:report|article|story))\b"
)
_CREDIT_IN_PARENTHESES = re.compile(r"\(([^()\n]{2,100})\)\s*\Z")
_SLASHED_CREDIT = re.compile(r"[A-Z][\w.'’ -]*/[A-Z][\w.'’ /-]*")
_FRONT_MATTER_FENCE = re.compile(r"\A\s*---[^\S\n]*\n.*?\n---[^\S\n]*(?:\n|\Z)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class _Paragraph:
    """A run of sentences with no line break between them."""

    span: Span
    sentences: tuple[Span, ...]


def find_non_body(text: str, sentences: list[Span]) -> list[Span]:
    """Spans of captions, bylines and trailers; entities and facts inside them are not the story's."""
    found: list[Span] = []
    front_matter = _FRONT_MATTER_FENCE.match(text)
    if front_matter:
        found.append(_trimmed(text, Span(front_matter.start(), front_matter.end())))
    link_list_open = False
    for paragraph in _paragraphs(text, sentences):
        paragraph_text = text[paragraph.span.start : paragraph.span.end]
        if link_list_open and _looks_like_link(paragraph_text):
            found.append(paragraph.span)
            continue
        link_list_open = False
        if _is_caption(paragraph_text) or _is_line_of_kind(paragraph_text):
            found.append(paragraph.span)
            link_list_open = paragraph_text.endswith(":") and _trailers().match(paragraph_text) is not None
            continue
        found.extend(sentence for sentence in paragraph.sentences if _is_byline(text, sentence))
    return _merged(found)


def _paragraphs(text: str, sentences: list[Span]) -> Iterator[_Paragraph]:
    group: list[Span] = []
    for sentence in sentences:
        if group and "\n" in text[group[-1].end : sentence.start]:
            yield _Paragraph(Span(group[0].start, group[-1].end), tuple(group))
            group = []
        group.append(sentence)
    if group:
        yield _Paragraph(Span(group[0].start, group[-1].end), tuple(group))


def _is_caption(paragraph: str) -> bool:
    """A paragraph ending with a photo credit in parentheses, or opening with "Photo:" and the like."""
    opens_as_caption = _caption_openers().match(paragraph) is not None
    if not opens_as_caption and not paragraph.endswith(")"):
        return False
    if _word_count(paragraph) > _MAX_CAPTION_WORDS:
        return False
    if opens_as_caption:
        return True
    credit = _CREDIT_IN_PARENTHESES.search(paragraph, max(0, len(paragraph) - _MAX_CREDIT_CHARS))
    if credit is None:
        return False
    content = credit.group(1)
    return bool(_SLASHED_CREDIT.fullmatch(content.strip())) or _has_credit_word(content)


def _is_line_of_kind(paragraph: str) -> bool:
    """Reporter credits, trailers and front-matter labels: recognised by how the line opens."""
    opens_as_kind = (
        _credit_openers().match(paragraph)
        or _trailers().match(paragraph)
        or _front_matter_labels().match(paragraph)
    )
    return opens_as_kind is not None and _word_count(paragraph) <= _MAX_LINE_WORDS


def _is_byline(text: str, sentence: Span) -> bool:
    sentence_text = text[sentence.start : sentence.end]
    by_line = sentence_text.startswith(("By ", "BY ")) and _BY_LINE.fullmatch(sentence_text)
    reported_from = "reported from" in sentence_text and _REPORTED_FROM.fullmatch(sentence_text)
    contributed = "contributed" in sentence_text and _CONTRIBUTED.search(sentence_text)
    return bool(by_line or reported_from or contributed) and _word_count(sentence_text) <= _MAX_LINE_WORDS


def _looks_like_link(paragraph: str) -> bool:
    """A headline in a link list after "Read more:": short and without final punctuation."""
    return paragraph.rstrip()[-1:] not in _FINAL_PUNCTUATION and _word_count(paragraph) <= _MAX_LINK_WORDS


def _has_credit_word(content: str) -> bool:
    words = set(re.findall(r"[\w']+", content))
    return any(credit in words or (" " in credit and credit in content) for credit in _photo_credits())


def _word_count(text: str) -> int:
    return len(text.split())


def _trimmed(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _merged(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans):
        if not span:
            continue
        if merged and merged[-1].end > span.start:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


@cache
def _photo_credits() -> tuple[str, ...]:
    return load_lines("layout_photo_credits.txt")


@cache
def _caption_openers() -> re.Pattern[str]:
    return _opening_pattern(load_lines("layout_caption_openers.txt"))


@cache
def _credit_openers() -> re.Pattern[str]:
    return _opening_pattern(load_lines("layout_credit_openers.txt"), r"\(?")


@cache
def _trailers() -> re.Pattern[str]:
    return _opening_pattern(load_lines("layout_trailers.txt"))


@cache
def _front_matter_labels() -> re.Pattern[str]:
    labels = "|".join(re.escape(label) for label in load_lines("layout_front_matter.txt"))
    return re.compile(rf"(?:{labels})\s*:\s*\S", re.IGNORECASE)


def _opening_pattern(openers: tuple[str, ...], prefix: str = "") -> re.Pattern[str]:
    """One case-insensitive pattern for a list of line openings; a word opening must end at a word boundary."""
    alternatives = "|".join(
        re.escape(opener) + ("" if opener.endswith(":") else r"(?!\w)")
        for opener in sorted(openers, key=len, reverse=True)
    )
    return re.compile(rf"{prefix}(?:{alternatives})", re.IGNORECASE)
