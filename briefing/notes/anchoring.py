"""Finds a note's passage again after the article text changed (a re-fetched page that was edited).

The anchor is a W3C TextQuoteSelector (exact quote, some text before and after) plus a TextPositionSelector
(offsets). Re-anchoring tries, in order: the quote at its old offsets, the quote elsewhere (the occurrence whose
context agrees best), the old context around an edited passage, and an approximate match of the quote. A
passage found by none of them is orphaned: the caller keeps the note and shows it as such.
"""

from __future__ import annotations

from dataclasses import replace
from difflib import SequenceMatcher

from briefing.notes.annotation import Annotation

CONTEXT_CHARS = 32
MAX_OCCURRENCES = 2000
# A rewritten passage still counts as the same one when this share of it survives.
MIN_SIMILARITY = 0.6
# Shorter quotes ("ISIS") are too common to be matched approximately without their context.
MIN_FUZZY_QUOTE = 12
# Approximate matching starts from pieces of the quote that survived the edit unchanged.
SEED_CHARS = 10
MAX_SEEDS = 10
MAX_SEED_OCCURRENCES = 20
MAX_CANDIDATES = 40


def quote_selector(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The exact passage and up to CONTEXT_CHARS of text on each side of it."""
    return text[start:end], text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]


def reanchor(note: Annotation, text: str) -> Annotation:
    """The note placed in text: new offsets and context where its passage is found, else orphaned."""
    span = locate(text, note.exact, note.prefix, note.suffix, note.start)
    if span is None:
        return replace(note, orphaned=True)
    start, end = span
    exact, prefix, suffix = quote_selector(text, start, end)
    return replace(note, start=start, end=end, exact=exact, prefix=prefix, suffix=suffix, orphaned=False)


def locate(text: str, exact: str, prefix: str, suffix: str, start: int) -> tuple[int, int] | None:
    """Where the passage is now, as (start, end), or None when it is gone."""
    if not exact:
        return None
    if text.startswith(exact, start):
        return start, start + len(exact)
    return (
        _by_quote(text, exact, prefix, suffix, start)
        or _by_context(text, exact, prefix, suffix, start)
        or _by_fuzzy_quote(text, exact, start)
    )


def _occurrences(text: str, needle: str, limit: int = MAX_OCCURRENCES) -> list[int]:
    found: list[int] = []
    index = text.find(needle)
    while index >= 0 and len(found) < limit:
        found.append(index)
        index = text.find(needle, index + 1)
    return found


def _shared_before(text: str, index: int, prefix: str) -> int:
    """How many characters of prefix, read backwards from its end, match the text before index."""
    count = 0
    while count < len(prefix) and count < index and text[index - count - 1] == prefix[-count - 1]:
        count += 1
    return count


def _shared_after(text: str, index: int, suffix: str) -> int:
    count = 0
    while count < len(suffix) and index + count < len(text) and text[index + count] == suffix[count]:
        count += 1
    return count


def _by_quote(text: str, exact: str, prefix: str, suffix: str, start: int) -> tuple[int, int] | None:
    """The occurrence of the quote whose surroundings agree most with the old context, then the nearest."""
    occurrences = _occurrences(text, exact)
    if not occurrences:
        return None
    best = max(
        occurrences,
        key=lambda index: (
            _shared_before(text, index, prefix) + _shared_after(text, index + len(exact), suffix),
            -abs(index - start),
        ),
    )
    return best, best + len(exact)


def _similarity(first: str, second: str) -> float:
    return SequenceMatcher(None, first, second, autojunk=False).ratio()


def _by_context(text: str, exact: str, prefix: str, suffix: str, start: int) -> tuple[int, int] | None:
    """An edited passage still sits between its old context: take what is there if it is similar enough."""
    if not prefix and not suffix:
        return None
    longest = max(2 * len(exact), len(exact) + 64)
    passage_starts = [index + len(prefix) for index in _occurrences(text, prefix)] if prefix else [0]
    candidates: list[tuple[int, int]] = []
    for passage_start in passage_starts:
        passage_end = text.find(suffix, passage_start) if suffix else len(text)
        if 0 < passage_end - passage_start <= longest:
            candidates.append((passage_start, passage_end))
    candidates.sort(key=lambda span: abs(span[0] - start))
    for passage_start, passage_end in candidates[:8]:
        if _similarity(exact, text[passage_start:passage_end]) >= MIN_SIMILARITY:
            return passage_start, passage_end
    return None


def _by_fuzzy_quote(text: str, exact: str, start: int) -> tuple[int, int] | None:
    """An approximate match of the quote, at the candidate place where most of it survives (nearest wins ties)."""
    if len(exact) < MIN_FUZZY_QUOTE:
        return None
    best: tuple[int, tuple[int, int]] | None = None
    for candidate in _candidate_starts(text, exact, start):
        aligned = _align(text, exact, candidate)
        if aligned is not None and (best is None or aligned[0] > best[0]):
            best = aligned
    return best[1] if best else None


def _candidate_starts(text: str, exact: str, start: int) -> list[int]:
    """Where the quote may now begin: around surviving pieces of it anywhere, and its longest run nearby.

    Pieces are found with str.find, so a long article costs little; only the few candidates are aligned.
    """
    step = max(1, (len(exact) - SEED_CHARS) // (MAX_SEEDS - 1))
    candidates: set[int] = set()
    for offset in range(0, len(exact) - SEED_CHARS + 1, step):
        seed = exact[offset : offset + SEED_CHARS]
        candidates.update(index - offset for index in _occurrences(text, seed, MAX_SEED_OCCURRENCES))
    reach = 4 * len(exact) + 500
    nearby = SequenceMatcher(None, text, exact, autojunk=False).find_longest_match(
        max(0, start - reach), min(len(text), start + len(exact) + reach), 0, len(exact)
    )
    if nearby.size >= 4:
        candidates.add(nearby.a - nearby.b)
    return sorted(candidates, key=lambda candidate: abs(candidate - start))[:MAX_CANDIDATES]


def _align(text: str, exact: str, candidate: int) -> tuple[int, tuple[int, int]] | None:
    """Align the quote with the text around candidate; (characters matched, span) if most of it survives."""
    slack = len(exact) // 4 + 8
    region_start = max(0, candidate - slack)
    region = text[region_start : max(region_start, candidate + len(exact) + slack)]
    blocks = [
        block
        for block in SequenceMatcher(None, region, exact, autojunk=False).get_matching_blocks()
        if block.size >= 3
    ]
    matched = sum(block.size for block in blocks)
    if not blocks or matched < MIN_SIMILARITY * len(exact):
        return None
    span_start = region_start + blocks[0].a
    span_end = region_start + blocks[-1].a + blocks[-1].size
    if span_end - span_start > 1.5 * len(exact) + 8:
        return None
    return matched, (span_start, span_end)
