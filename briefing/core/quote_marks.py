"""Pairs quote marks into quoted passages; an apostrophe (Iraq’s, the forces’ own) is not a quote mark.

Straight and curly marks, double and single. A double quote left open at the end of a paragraph goes on when the
next paragraph opens with a quote mark (the news convention for a quote over several paragraphs); any other
quote left open at the end of its paragraph is dropped. One pass over the marks, so linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from briefing.core.model import Span

_MARK_OR_LINE_BREAK = re.compile(r"[\"“”‘’'\n]")
_OPENING_MARKS = "\"“‘'"
_OPENING_MARK = re.compile(f"[{_OPENING_MARKS}]")
_SPARSE_MARKS = 64
_OPEN_CONTEXT = frozenset(' \t\n\u00a0([{—–-/“"')


def quoted_passages(text: str) -> list[Span]:
    """Spans from an opening quote mark to its closing mark, the marks included."""
    passages: list[Span] = []
    opening_marks = _opening_mark_positions(text)
    open_double: int | None = None
    open_single: int | None = None
    line_start = 0
    awaiting_continuation = False
    position = 0
    while True:
        if open_double is None and open_single is None and not awaiting_continuation:
            if opening_marks is None:
                opening = _OPENING_MARK.search(text, position)
                if opening is None:
                    break
                position = opening.start()
            else:
                index = bisect_left(opening_marks, position)
                if index == len(opening_marks):
                    break
                position = opening_marks[index]
        else:
            mark = _MARK_OR_LINE_BREAK.search(text, position)
            if mark is None:
                break
            position = mark.start()
        character = text[position]
        position_after = position + 1
        if character == "\n":
            if awaiting_continuation and text[line_start:position].strip():
                open_double, awaiting_continuation = None, False
            awaiting_continuation = open_double is not None
            open_single, line_start = None, position_after
            position = position_after
            continue
        if awaiting_continuation:
            awaiting_continuation = False
            if character in '“"' and not text[line_start:position].strip():
                position = position_after
                continue
            open_double = None
        if open_double is not None:
            if character in '”"' and _can_close(text, position):
                passages.append(Span(open_double, position_after))
                open_double = None
            elif character == "“":
                open_double = position
        elif open_single is not None and character in "’'" and _can_close_single(text, position):
            passages.append(Span(open_single, position_after))
            open_single = None
        elif character in '“"' and _can_open(text, position):
            open_double, open_single = position, None
        elif open_single is None and character in "‘'" and _can_open(text, position):
            open_single = position
        position = position_after
    return passages


def _opening_mark_positions(text: str) -> list[int] | None:
    """Where every mark that can open a quote stands, in order: with no quote open, closing marks and line breaks
    change nothing. `str.find` for each mark is several times faster than a regex character class, which tests
    each character of a text with curly marks in it one by one; but when marks are dense (more than one in
    `_SPARSE_MARKS` characters) listing them costs more than searching from one to the next, so None is returned
    and the caller searches."""
    most = len(text) // _SPARSE_MARKS + 1
    positions: list[int] = []
    for mark in _OPENING_MARKS:
        position = text.find(mark)
        while position >= 0:
            if len(positions) == most:
                return None
            positions.append(position)
            position = text.find(mark, position + 1)
    positions.sort()
    return positions


def _can_open(text: str, position: int) -> bool:
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    return (before in _OPEN_CONTEXT or text[position] == "“") and not after.isspace()


def _can_close(text: str, position: int) -> bool:
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _can_close_single(text: str, position: int) -> bool:
    """A closing single mark, not the plural possessive of "the terrorists’ ability"."""
    if not _can_close(text, position):
        return False
    if text[position - 1] in "sS":
        following = text[position + 1 : position + 3]
        return not (following[:1] == " " and following[1:2].islower())
    return True
