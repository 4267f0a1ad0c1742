"""Parts of an article that are not body text: photo captions, bylines, "Read more:" trailers, front matter.

Conservative by design: body text taken for non-body hides its actors and facts, so every rule needs a strong
signal (a credit in parentheses, "reported from", a known trailer or label) on a short line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from operator import attrgetter

from briefing.core.lexicon import load_lines
from briefing.core.model import Span

_MAX_CAPTION_WORDS = 80
_MAX_LINE_WORDS = 40
_MAX_LINK_WORDS = 20
_MAX_CREDIT_CHARS = 110
_FINAL_PUNCTUATION = frozenset('.!?…"”’')

_CONTRIBUTED = re.compile(
    r"\bcontributed\s+(?:additional\s+)?(?:reporting|to\s+this\s+(?:report|article|story))\b"
)
_CREDIT_IN_PARENTHESES = re.compile(r"\(([^()\n]{2,100})\)\s*\Z")
_SLASHED_CREDIT = re.compile(r"[A-Z][\w.'’ -]*/[A-Z][\w.'’ /-]*")
_BY = re.compile("B[yY] ")
_OFFSETS = attrgetter("start", "end")
# A reporter who opens a question in a briefing transcript by name and outlet ("Q: Jane Doe, Wire Daily."): the
# name is a credit, not a person of the story.
_REPORTER_INTRODUCTION = re.compile(
    r"(?:Q|QUESTION)\s*:\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}(?:,\s*|\s+(?:with|from)\s+)"
    r"(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4}\.?"
)
_FRONT_MATTER_FENCE = re.compile(r"\A\s*---[^\S\n]*\n.*?\n---[^\S\n]*(?:\n|\Z)", re.DOTALL)


def find_non_body(text: str, sentences: list[Span]) -> list[Span]:
    """Spans of captions, bylines and trailers; entities and facts inside them are not the story's."""
    found: list[Span] = []
    front_matter = _FRONT_MATTER_FENCE.match(text)
    if front_matter:
        found.append(_trimmed(text, Span(front_matter.start(), front_matter.end())))
    link_list_open = False
    byline_words = _byline_words_in(text)
    openings, opening_heads = _openings(), _opening_heads()
    for first, last in _paragraphs(text, sentences):
        start, end = sentences[first].start, sentences[last].end
        if link_list_open and _looks_like_link(text[start:end]):
            found.append(Span(start, end))
            continue
        link_list_open = False
        head = text[start : start + 2]
        may_open = opening_heads is None or head in opening_heads or not head.isascii()
        opening = openings.match(text, start, end) if may_open else None
        if (opening is not None or text[end - 1] == ")") and _is_set_apart(text[start:end], opening):
            found.append(Span(start, end))
            link_list_open = opening is not None and opening.lastgroup == "trailer" and text[end - 1] == ":"
            continue
        if text.startswith("Q", start) and _REPORTER_INTRODUCTION.fullmatch(
            text, start, sentences[first].end
        ):
            found.append(sentences[first])
        if any(byline_words):
            found.extend(
                sentence
                for sentence in sentences[first : last + 1]
                if _is_byline(text, sentence, byline_words)
            )
    return _merged(found)


def _paragraphs(text: str, sentences: list[Span]) -> Iterator[tuple[int, int]]:
    """Indexes of the first and last sentence of each run of sentences with no line break between them."""
    first = 0
    for index in range(1, len(sentences)):
        if text.find("\n", sentences[index - 1].end, sentences[index].start) >= 0:
            yield first, index - 1
            first = index
    if sentences:
        yield first, len(sentences) - 1


def _is_set_apart(paragraph: str, opening: re.Match[str] | None) -> bool:
    """A caption ("Photo: …", or a credit in parentheses at the end), or a short credit, trailer or label line."""
    words = len(paragraph.split())
    kind = opening.lastgroup if opening is not None else None
    if kind is not None and kind != "caption" and words <= _MAX_LINE_WORDS:
        return True
    if words > _MAX_CAPTION_WORDS:
        return False
    if kind == "caption":
        return True
    credit = _CREDIT_IN_PARENTHESES.search(paragraph, max(0, len(paragraph) - _MAX_CREDIT_CHARS))
    if credit is None:
        return False
    content = credit.group(1)
    return bool(_SLASHED_CREDIT.fullmatch(content.strip())) or _has_credit_word(content)


def _byline_words_in(text: str) -> tuple[bool, bool, bool]:
    """Whether "By ", "reported from" and "contributed" occur at all: most texts have none of them, so the
    sentences need not be searched for them one by one. "By " is found by a pattern that skips to each "B", much
    faster than `in`, whose search stops at every space."""
    return bool(_BY.search(text)), "reported from" in text, "contributed" in text


def _is_byline(text: str, sentence: Span, byline_words: tuple[bool, bool, bool]) -> bool:
    start, end = sentence.start, sentence.end
    has_by, has_reported_from, has_contributed = byline_words
    by_line = (
        has_by
        and text.startswith(("By ", "BY "), start, end)
        and _byline_patterns()[0].fullmatch(text, start, end)
    )
    reported_from = (
        has_reported_from
        and text.find("reported from", start, end) >= 0
        and _byline_patterns()[1].fullmatch(text, start, end)
    )
    contributed = (
        has_contributed
        and text.find("contributed", start, end) >= 0
        and _CONTRIBUTED.search(text, start, end)
    )
    return bool(by_line or reported_from or contributed) and _word_count(text[start:end]) <= _MAX_LINE_WORDS


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
    """The spans in order, overlapping ones joined and empty ones dropped. Sorted and tested by their offsets:
    Span's own comparisons and length are Python methods, slow on a page of captions."""
    merged: list[Span] = []
    for span in sorted(spans, key=_OFFSETS):
        if span.end <= span.start:
            continue
        if merged and merged[-1].end > span.start:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


@cache
def _byline_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "By Jane Smith and John Doe" and "Haddad reported from Beirut; Ortiz reported from Baghdad."."""
    particles = "|".join(map(re.escape, load_lines("layout_name_particles.txt")))
    name = rf"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|(?:{particles})\b[\w'’-]*))*"
    names = rf"{name}(?:\s*(?:,|\band\b|&)\s*{name})*"
    place = rf"{name}(?:,\s*{name})?"
    reported_from = rf"{names}\s+reported\s+from\s+{place}"
    return (
        re.compile(rf"(?:By|BY)\s+{names}(?:\s*,\s*[A-Z][\w .'’-]*)?\.?"),
        re.compile(
            rf"{reported_from}(?:\s*(?:;|,|\band\b)\s*(?:{reported_from}|{names}\s+from\s+{place}))*\.?"
        ),
    )


@cache
def _photo_credits() -> tuple[str, ...]:
    return load_lines("layout_photo_credits.txt")


@cache
def _openings() -> re.Pattern[str]:
    """One case-insensitive pattern for how captions, credits, trailers and front-matter lines open."""
    labels = "|".join(re.escape(label) for label in load_lines("layout_front_matter.txt"))
    return re.compile(
        rf"(?P<caption>{_alternatives(load_lines('layout_caption_openers.txt'))})"
        rf"|(?P<credit>\(?{_alternatives(load_lines('layout_credit_openers.txt'))})"
        rf"|(?P<trailer>{_alternatives(load_lines('layout_trailers.txt'))})"
        rf"|(?P<label>(?:{labels})\s*:\s*\S)",
        re.IGNORECASE,
    )


@cache
def _opening_heads() -> frozenset[str] | None:
    """Every ASCII spelling, in either case, of the first two characters of a caption, credit, trailer or label
    opening. A paragraph whose first two characters are ASCII and not among them opens with none of them, so a
    set lookup rules out most paragraphs before the case-insensitive openings pattern tries each alternative.
    Non-ASCII heads are left to the pattern, whose case folding maps a few of them to ASCII letters. None when
    some opening is shorter than two characters or not ASCII."""
    credits = load_lines("layout_credit_openers.txt")
    openers = (
        load_lines("layout_caption_openers.txt")
        + credits
        + tuple("(" + credit for credit in credits)
        + load_lines("layout_trailers.txt")
        + load_lines("layout_front_matter.txt")
    )
    if any(len(opener) < 2 or not opener.isascii() for opener in openers):
        return None
    return frozenset(
        first + second
        for opener in openers
        for first in {opener[0].lower(), opener[0].upper()}
        for second in {opener[1].lower(), opener[1].upper()}
    )


def _alternatives(openers: tuple[str, ...]) -> str:
    """Line openings, longest first; one that is a word or phrase must end at a word boundary."""
    return (
        "(?:"
        + "|".join(
            re.escape(opener) + ("" if opener.endswith(":") else r"(?!\w)")
            for opener in sorted(openers, key=len, reverse=True)
        )
        + ")"
    )
