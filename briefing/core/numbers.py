"""Numbers in digits and words, with scales and ranges, so facts and the reader can show their values.

Every pattern is compiled once and runs in linear time: no nested quantifiers can backtrack over long
runs of digits or commas.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter
from typing import NamedTuple

from briefing.core.casing import lower_case
from briefing.core.lexicon import load_lines, load_table
from briefing.core.model import DateMention, NumberMention, Span
from briefing.core.word_trees import by_first_letter_frequency


class _Single(NamedTuple):
    """One number before ranges are joined: where it is, its value and the multiplier it was written with."""

    start: int
    end: int
    value: float
    scale: float


_NEW_TUPLE = tuple.__new__  # builds a _Single without its Python-level __new__: one per number found
_START = itemgetter(0)  # a _Single's start, read by C when sorting


@dataclass(frozen=True, slots=True)
class _Lexicon:
    words: dict[str, tuple[float, str]]
    scales: dict[str, tuple[float, bool]]
    currency_signs: tuple[str, ...]
    currency_sign_ends: frozenset[str]
    currency_codes: dict[str, str]
    after_digits: re.Pattern[str]
    words_pattern: re.Pattern[str]
    number_first_words: frozenset[str]
    scanned_words: frozenset[str]
    scan_pattern: re.Pattern[bytes]
    article_scales: frozenset[str]
    range_joiners: frozenset[str]
    identifier_words: frozenset[str]
    not_a_count_before_one: frozenset[str]


_DIGITS = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
_MULTIPLIER_ROLES = frozenset({"hundred", "scale", "dozen"})
_CODE_CHAIN = re.compile(r"[0-9]+(?:-[0-9]+){2,}")
_THOUSANDS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
_ARTICLE_BEFORE = re.compile(r"(?<![^\W_])an?[ \t]+$")
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LETTERS_ONLY = bytes(code if 97 <= code <= 122 else 32 for code in range(256))
_DIGIT_MARKS = bytes(48 if 48 <= code <= 57 else 32 for code in range(256))  # every ASCII digit becomes '0'


@cache
def _lexicon() -> _Lexicon:
    words = {row[0].lower(): (float(row[1]), row[2]) for row in load_table("numbers_words.txt")}
    scales = {row[0].lower(): (float(row[1]), row[2] == "yes") for row in load_table("numbers_scales.txt")}
    codes = {row[0]: row[1] for row in load_table("numbers_currency_symbols.txt")}
    signs = tuple(sorted(codes, key=len, reverse=True))
    word_scales = "|".join(name for name, (_, needs_currency) in scales.items() if not needs_currency)
    after_digits = re.compile(
        rf"(?P<glued>[A-Za-z]+)?(?:[ \u00a0](?P<scale>{word_scales})\b)?", re.IGNORECASE
    )
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    word = rf"(?:{alternatives})\b"
    words_pattern = re.compile(
        rf"half\s+a\s+(?:dozen|million|billion)\b|{word}(?:(?:\s+and\s+|\s+|-){word})*"
    )
    grammar = {
        row[0]: frozenset(word.strip() for word in row[1].split(","))
        for row in load_table("numbers_grammar.txt")
    }
    number_first_words = frozenset((*words, "half"))
    scanned_words = number_first_words | {word.lower() for word in load_lines("numbers_quantity_words.txt")}
    article_scales = frozenset(
        word for word, (_, role) in words.items() if role in ("hundred", "scale", "dozen")
    )
    return _Lexicon(
        words,
        scales,
        signs,
        frozenset(sign[-1] for sign in signs),
        codes,
        after_digits,
        words_pattern,
        number_first_words,
        scanned_words,
        _whole_words_pattern(tuple(sorted(scanned_words))),
        article_scales,
        grammar["range_joiner"],
        frozenset(word.lower() for word in load_lines("numbers_identifier_words.txt")),
        grammar["not_a_count_before_one"],
    )


def _whole_words_pattern(words: tuple[str, ...]) -> re.Pattern[bytes]:
    """Any of the words between spaces, grouped by first letter so the scan tries few alternatives, the
    common first letters first (word_trees)."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    branches = "|".join(
        f"{first}(?:{'|'.join(by_first[first])})" for first in sorted(by_first, key=by_first_letter_frequency)
    )
    return re.compile(f" ({branches})(?= )".encode("ascii"))


def currency_signs() -> tuple[str, ...]:
    """The currency signs a number may start with, longest first."""
    return _lexicon().currency_signs


def currency_codes() -> frozenset[str]:
    """The ISO codes the currency signs stand for ("USD", "EUR"), which may also be written before an amount."""
    return frozenset(code for code in _lexicon().currency_codes.values() if code.isalpha())


def currency_code(sign: str) -> str | None:
    """The ISO code of a currency sign; '$' alone is ambiguous and stays '$' for the caller to resolve."""
    return _lexicon().currency_codes.get(sign)


@lru_cache(maxsize=2)
def lowered(text: str) -> str:
    """text in lower case with every offset unchanged (str.lower can lengthen a few characters).

    The last texts are remembered: the numbers and facts steps both read the same lower-cased article.
    """
    lower = lower_case(text)
    if len(lower) == len(text):
        return lower
    return "".join(low if len(low := character.lower()) == 1 else character for character in text)


def find_whole_words(lower: str, phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where each lower-case phrase occurs as whole words, by C-speed substring search, sorted.

    A phrase holding a scanned word ('hundreds') that the text lacks is not searched for.
    """
    found: list[tuple[int, int]] = []
    present = _words_present(lower)
    for phrase, needed in _scanned_words_of(phrases):
        if not needed <= present:
            continue
        position = lower.find(phrase)
        while position >= 0:
            end = position + len(phrase)
            if not _is_word_character(lower, position - 1) and not _is_word_character(lower, end):
                found.append((position, end))
            position = lower.find(phrase, position + 1)
    found.sort()
    return found


@lru_cache(maxsize=16)
def _scanned_words_of(phrases: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each phrase with the scanned words among its runs of ASCII letters (each stands between spaces
    wherever the phrase is written): the text must have them all for the phrase to occur."""
    scanned = _lexicon().scanned_words
    return tuple((phrase, scanned.intersection(re.findall(r"[a-z]+", phrase))) for phrase in phrases)


@lru_cache(maxsize=2)
def _ascii_bytes(lower: str) -> bytes:
    """The lower-cased text as bytes, each non-ASCII character one '?', so byte offsets are text offsets.

    Both byte scans (number words, digits) read it; encoding is the costly part of them.
    """
    return lower.encode("ascii", "replace")


@lru_cache(maxsize=2)
def _scanned_words(lower: str) -> tuple[tuple[int, str], ...]:
    """Where the number and quantity words stand as whole words, by one C scan over the ASCII letters.

    Every other character (non-ASCII ones too) becomes a space, so each word stands between spaces. The
    last texts are remembered: the facts step asks about the text the numbers step just read.
    """
    letters = b" " + _ascii_bytes(lower).translate(_LETTERS_ONLY) + b" "
    return tuple(
        (match.start(1) - 1, match.group(1).decode("ascii"))
        for match in _lexicon().scan_pattern.finditer(letters)
    )


@lru_cache(maxsize=2)
def _words_present(lower: str) -> frozenset[str]:
    """The number and quantity words the text has as whole words."""
    return frozenset(word for _, word in _scanned_words(lower))


def _word_starts(lower: str, number_first_words: frozenset[str]) -> list[int]:
    """Offsets where a whole number word starts; the words pattern reads the rest from there.

    A number word glued to longer letters ('sevenfold') is left out: no number word ends there.
    """
    return [
        position
        for position, word in _scanned_words(lower)
        if word in number_first_words and not _is_word_character(lower, position - 1)
    ]


def _is_word_character(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


def find_numbers(text: str, dates: list[DateMention]) -> list[NumberMention]:
    """Every number outside the date spans, in text order, non-overlapping."""
    date_spans = sorted(date.span for date in dates)
    singles = sorted(_digit_numbers(text, date_spans) + _word_numbers(text), key=_START)
    singles = _outside(singles, date_spans)
    return _join_ranges(text, singles)


def _digit_numbers(text: str, date_spans: list[Span]) -> list[_Single]:
    """Numbers written with digits; one whose first digit is inside a date is dropped before it is read,
    as _outside would drop it after."""
    lexicon = _lexicon()
    found: list[_Single] = []
    chain_end = -1
    date_index = 0
    dated_until = 0  # the furthest end of the dates starting at or before the digits
    for match in _digit_runs(text):
        digits_start = match.start()
        if digits_start < chain_end:
            continue
        chain = _CODE_CHAIN.match(text, digits_start) if text.startswith("-", match.end()) else None
        if chain is not None:
            chain_end = chain.end()
            continue
        while date_index < len(date_spans) and date_spans[date_index].start <= digits_start:
            dated_until = max(dated_until, date_spans[date_index].end)
            date_index += 1
        if digits_start < dated_until:
            continue
        if _follows_identifier_word(text, digits_start, lexicon.identifier_words):
            continue
        digits = match.group().rstrip(",")
        if "," in digits and not _THOUSANDS.fullmatch(digits):
            digits = digits[: digits.index(",")]
        end = digits_start + len(digits)
        if text[end : end + 1] in (".", ":", "/") and text[end + 1 : end + 2].isdigit():
            continue
        start, currency = _currency_before(
            text, digits_start, lexicon.currency_signs, lexicon.currency_sign_ends
        )
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".,_:/"):
            continue
        if not currency and _is_identifier_suffix(text, start):
            continue
        after = lexicon.after_digits.match(text, end)
        glued, scale_word = after.group("glued"), after.group("scale")  # type: ignore[union-attr]
        scale = 1.0
        if glued:
            known = lexicon.scales.get(glued.lower())
            if known is None or (known[1] and not currency):
                continue
            scale, end = known[0], end + len(glued)
        elif scale_word:
            scale, end = lexicon.scales[scale_word.lower()][0], after.end()  # type: ignore[union-attr]
        found.append(_NEW_TUPLE(_Single, (start, end, float(digits.replace(",", "")) * scale, scale)))
    return found


def _digit_runs(text: str) -> Iterator[re.Match[str]]:
    """The matches of _DIGITS left to right, as finditer gives them.

    A regex scan tests every character; a byte search (memchr) jumps straight to the next digit, and
    digits are rare in prose. Each non-ASCII character encodes to one byte, so offsets are unchanged.
    """
    marks = _ascii_bytes(lowered(text)).translate(_DIGIT_MARKS)
    position = marks.find(b"0")
    while position >= 0:
        match = _DIGITS.match(text, position)
        yield match  # type: ignore[misc]
        position = marks.find(b"0", match.end())  # type: ignore[union-attr]


def _follows_identifier_word(text: str, start: int, words: frozenset[str]) -> bool:
    """'Resolution 2328', 'section 119.3': the number names a thing; '910-432-3383' is handled as a chain.

    The word, with an optional point, ends the 16 characters before the number but for spaces.
    """
    before = text[max(0, start - 16) : start].rstrip()
    point = "." if before.endswith(".") else ""
    word_end = len(before) - len(point)
    word = before[len(before[:word_end].rstrip(_ASCII_LETTERS)) : word_end]
    return bool(word) and (word + point).lower() in words


def _currency_before(
    text: str, digits_start: int, signs: tuple[str, ...], sign_ends: frozenset[str]
) -> tuple[int, str | None]:
    """Where a number written with a currency sign starts ('£45m', 'US$ 5 million'), and the sign."""
    end = digits_start
    if end > 0 and text[end - 1] in " \u00a0":
        end -= 1
    if end == 0 or text[end - 1] not in sign_ends:
        return digits_start, None
    for sign in signs:
        if text.startswith(sign, end - len(sign)) and end - len(sign) >= 0:
            return end - len(sign), sign
    return digits_start, None


def _is_identifier_suffix(text: str, start: int) -> bool:
    """True for the number in 'F-16' or 'MiG-29': a letter joined by a hyphen makes it part of a name."""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()


def _word_numbers(text: str) -> list[_Single]:
    lexicon = _lexicon()
    lower = lowered(text)
    found: list[_Single] = []
    covered_until = 0
    for anchor in _word_starts(lower, lexicon.number_first_words):
        if anchor < covered_until:
            continue
        match = lexicon.words_pattern.match(lower, anchor)
        if match is None:
            continue
        start = anchor
        first_word = _WORD.match(lower, anchor)
        if first_word is not None and first_word.group() in lexicon.article_scales:
            article = _ARTICLE_BEFORE.search(lower, max(0, anchor - 4), anchor)
            start = article.start() if article else anchor
        covered_until = match.end()
        single_word = lexicon.words.get(match.group()) if start == anchor else None
        if single_word is None:
            found.extend(_parse_words(text, start, match.end()))
        elif single_word[1] not in _MULTIPLIER_ROLES:
            found.append(_NEW_TUPLE(_Single, (anchor, match.end(), single_word[0], 1.0)))
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
        return [_NEW_TUPLE(_Single, (tokens[0][0], tokens[-1][1], scale / 2, scale))]
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
    """The number a group of words writes; a bare 'thousand' ('a few thousand') is not one."""
    words = _lexicon().words
    named = [token for token in group if token[2] not in ("a", "an")]
    if not named or (len(group) == 1 and words[named[0][2]][1] in _MULTIPLIER_ROLES):
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
            current = 0.0
            scale = value
    return [_NEW_TUPLE(_Single, (group[0][0], group[-1][1], total + current, scale))]


def _is_idiomatic_one(text: str, single: _Single) -> bool:
    """'no one', 'one another': the word one that is not a count."""
    if text[single.start : single.end].lower() != "one":
        return False
    before = text[max(0, single.start - 12) : single.start].split()
    after = text[single.end : single.end + 10].lower()
    return bool(before and before[-1].lower() in _lexicon().not_a_count_before_one) or after.startswith(
        " another"
    )


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
    if second.start - first.end > 5:
        return None
    joiner = text[first.end : second.start].strip().lower()
    if joiner not in _lexicon().range_joiners:
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
    if text[end : end + 1] not in ("-", "+"):
        return NumberMention(Span(single.start, end), text[single.start : end], single.value)
    following = text[end : end + 6].lower()
    if following.startswith("-plus") and not text[end + 5 : end + 6].isalpha():
        end += 5
    elif following.startswith("+") and not text[end + 1 : end + 2].isdigit():
        end += 1
    if end != single.end:
        return NumberMention(Span(single.start, end), text[single.start : end], single.value, single.value)
    return NumberMention(Span(single.start, end), text[single.start : end], single.value)
