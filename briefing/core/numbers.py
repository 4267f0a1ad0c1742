"""Numbers in digits and words, with scales and ranges, so facts and the reader can show their values.

Every pattern is compiled once and runs in linear time: no nested quantifiers can backtrack over long
runs of digits or commas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing.core.lexicon import load_table
from briefing.core.model import DateMention, NumberMention, Span

_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_RANGE_JOINERS = frozenset({"-", "–", "—", "to", "and"})
_WORDS_BEFORE_NOT_A_NUMBER = frozenset({"no", "any", "every", "each", "someone", "anyone"})


@dataclass(frozen=True, slots=True)
class _Single:
    """One number before ranges are joined: where it is, its value and the multiplier it was written with."""

    start: int
    end: int
    value: float
    scale: float = 1.0


@dataclass(frozen=True, slots=True)
class _Lexicon:
    words: dict[str, tuple[float, str]]
    scales: dict[str, tuple[float, bool]]
    currency_signs: tuple[str, ...]
    digits_pattern: re.Pattern[str]
    words_pattern: re.Pattern[str]


@cache
def _lexicon() -> _Lexicon:
    words = {row[0].lower(): (float(row[1]), row[2]) for row in load_table("numbers_words.txt")}
    scales = {row[0].lower(): (float(row[1]), row[2] == "yes") for row in load_table("numbers_scales.txt")}
    signs = tuple(
        sorted((row[0] for row in load_table("numbers_currency_symbols.txt")), key=len, reverse=True)
    )
    word_scales = "|".join(name for name, (_, needs_currency) in scales.items() if not needs_currency)
    digits_pattern = re.compile(
        rf"(?:(?P<currency>{'|'.join(re.escape(sign) for sign in signs)})[ \u00a0]?)?"
        r"(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        r"(?P<glued>[A-Za-z]+)?"
        rf"(?:[ \u00a0](?P<scale>{word_scales})\b)?",
        re.IGNORECASE,
    )
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    word = rf"(?:{alternatives})\b"
    words_pattern = re.compile(
        r"\bhalf\s+a\s+(?:dozen|million|billion)\b"
        rf"|\b(?:an?\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?{word}"
        rf"(?:(?:\s+and\s+|\s+|-){word})*",
        re.IGNORECASE,
    )
    return _Lexicon(words, scales, signs, digits_pattern, words_pattern)


def currency_signs() -> tuple[str, ...]:
    """The currency signs a number may start with, longest first."""
    return _lexicon().currency_signs


def find_numbers(text: str, dates: list[DateMention]) -> list[NumberMention]:
    """Every number outside the date spans, in text order, non-overlapping."""
    singles = sorted(_digit_numbers(text) + _word_numbers(text), key=lambda single: single.start)
    singles = _outside(singles, sorted(date.span for date in dates))
    return _join_ranges(text, singles)


def _digit_numbers(text: str) -> list[_Single]:
    lexicon = _lexicon()
    found: list[_Single] = []
    for match in lexicon.digits_pattern.finditer(text):
        start = match.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".,_:/"):
            continue
        if (
            text[match.end() : match.end() + 1] in (".", ":", "/")
            and text[match.end() + 1 : match.end() + 2].isdigit()
        ):
            continue
        digits_start = match.start("digits")
        if start == digits_start and _is_identifier_suffix(text, start):
            continue
        value = float(match.group("digits").replace(",", ""))
        scale = 1.0
        glued = match.group("glued")
        if glued:
            known = lexicon.scales.get(glued.lower())
            if known is None or (known[1] and not match.group("currency")):
                continue
            scale = known[0]
        elif match.group("scale"):
            scale = lexicon.scales[match.group("scale").lower()][0]
        end = match.end()
        if glued and match.group("scale"):
            end = match.end("glued")
        if not match.group("currency"):
            start = digits_start
        found.append(_Single(start, end, value * scale, scale))
    return found


def _is_identifier_suffix(text: str, start: int) -> bool:
    """True for the number in 'F-16' or 'MiG-29': a letter joined by a hyphen makes it part of a name."""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()


def _word_numbers(text: str) -> list[_Single]:
    found: list[_Single] = []
    for match in _lexicon().words_pattern.finditer(text):
        found.extend(_parse_words(text, match.start(), match.end()))
    return [single for single in found if not _is_idiomatic_one(text, single)]


_WORD = re.compile(r"[A-Za-z]+")


def _parse_words(text: str, start: int, end: int) -> list[_Single]:
    """Split a run of number words into numbers ('three four' is two numbers) and compute each value."""
    words = _lexicon().words
    tokens = [
        (m.start() + start, m.end() + start, m.group().lower()) for m in _WORD.finditer(text[start:end])
    ]
    if tokens and tokens[0][2] == "half":
        scale = words[tokens[-1][2]][0]
        return [_Single(tokens[0][0], tokens[-1][1], scale / 2, scale)]
    results: list[_Single] = []
    group: list[tuple[int, int, str]] = []
    previous_role: str | None = None
    for token in tokens:
        name = token[2]
        if name in ("a", "an"):
            group = [token]
            previous_role = None
            continue
        if name == "and":
            if previous_role not in ("hundred", "scale"):
                results.extend(_finish(group))
                group, previous_role = [], None
            continue
        role = words[name][1]
        if group and not _can_follow(previous_role, role, words[name][0]):
            results.extend(_finish(group))
            group = []
        group.append(token)
        previous_role = role
    results.extend(_finish(group))
    return results


def _can_follow(previous_role: str | None, role: str, value: float) -> bool:
    if previous_role is None:
        return True
    if previous_role == "unit":
        return role in ("hundred", "scale", "dozen")
    if previous_role == "tens":
        return (role == "unit" and value < 10) or role in ("scale", "dozen")
    if previous_role in ("hundred", "scale"):
        return role in ("unit", "tens") or (previous_role == "hundred" and role == "scale")
    return False


def _finish(group: list[tuple[int, int, str]]) -> list[_Single]:
    words = _lexicon().words
    named = [token for token in group if token[2] not in ("a", "an")]
    if not named:
        return []
    total = current = 0.0
    scale = 1.0
    for _, _, name in named:
        value, role = words[name]
        if role in ("unit", "tens"):
            current += value
        elif role == "hundred":
            current = (current or 1) * 100
        elif role == "dozen":
            current = (current or 1) * 12
        else:
            total += (current or 1) * value
            current = 0
            scale = value
    return [_Single(group[0][0], group[-1][1], total + current, scale)]


def _is_idiomatic_one(text: str, single: _Single) -> bool:
    """'no one', 'one another': the word one that is not a count."""
    if text[single.start : single.end].lower() != "one":
        return False
    before = text[max(0, single.start - 12) : single.start].split()
    after = text[single.end : single.end + 10].lower()
    return bool(before and before[-1].lower() in _WORDS_BEFORE_NOT_A_NUMBER) or after.startswith(" another")


def _outside(singles: list[_Single], date_spans: list[Span]) -> list[_Single]:
    """Drop numbers inside dates and numbers overlapping an earlier number, in one pass over both lists."""
    kept: list[_Single] = []
    date_index = 0
    for single in singles:
        while date_index < len(date_spans) and date_spans[date_index].end <= single.start:
            date_index += 1
        if date_index < len(date_spans) and date_spans[date_index].start < single.end:
            continue
        if kept and kept[-1].end > single.start:
            continue
        kept.append(single)
    return kept


def _join_ranges(text: str, singles: list[_Single]) -> list[NumberMention]:
    """Join 'A to B', 'A-B', 'A–B' and 'between A and B' into ranges; mark 'N-plus' as a lower bound."""
    mentions: list[NumberMention] = []
    index = 0
    while index < len(singles):
        first = singles[index]
        second = singles[index + 1] if index + 1 < len(singles) else None
        range_mention = _range(text, first, second) if second else None
        if range_mention is not None:
            mentions.append(range_mention)
            index += 2
            continue
        mentions.append(_single_mention(text, first))
        index += 1
    return mentions


def _range(text: str, first: _Single, second: _Single) -> NumberMention | None:
    joiner = text[first.end : second.start].strip().lower()
    if joiner not in _RANGE_JOINERS or second.start - first.end > 5:
        return None
    low = first.value
    if first.scale == 1.0 and second.scale > 1.0 and low < 1000:
        low *= second.scale
    if low >= second.value:
        return None
    start = first.start
    if joiner == "and":
        between = text[max(0, first.start - 8) : first.start]
        if between.rstrip().lower().endswith("between") and between.endswith(" "):
            start = first.start - (len(between) - between.rstrip().lower().rfind("between"))
        else:
            return None
    return NumberMention(Span(start, second.end), text[start : second.end], low, low, second.value)


def _single_mention(text: str, single: _Single) -> NumberMention:
    end = single.end
    following = text[end : end + 6].lower()
    if following.startswith("-plus") and not text[end + 5 : end + 6].isalpha():
        end += 5
    elif following.startswith("+") and not text[end + 1 : end + 2].isdigit():
        end += 1
    if end != single.end:
        return NumberMention(Span(single.start, end), text[single.start : end], single.value, single.value)
    return NumberMention(Span(single.start, end), text[single.start : end], single.value)
