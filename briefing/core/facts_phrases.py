"""Counts and the nouns they count: the numeric expression with its hedges, then the counted noun phrase.

A count is a number (or a vague quantifier such as "dozens") with the modifiers before it ("at least",
"about") and, when one is written, the counted noun after it ("14 ISIL tanks", "dozens of villages").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate
from typing import NamedTuple

from briefing.core.facts_lexicon import TOKEN_PATTERN, FactsLexicon, facts_lexicon, grammar
from briefing.core.model import NumberMention
from briefing.core.numbers import currency_signs

_SPLITTER = re.compile(f"({TOKEN_PATTERN.pattern})")
# TOKEN_PATTERN on ASCII text: \w is [0-9A-Za-z_] and \s is \t-\r, \x1c-\x1f and the space there.
_ASCII_SPLITTER = re.compile(r"([0-9A-Za-z_]++(?:[-'][0-9A-Za-z_]++)*+|[^0-9A-Za-z_\t-\r\x1c-\x20])")
_BEFORE_DIGITS = re.compile(r"[^0-9]*")
_STRONG = "-strong"
_COMPOUND_ADJECTIVE = re.compile(r"[0-9][0-9.,]*-[a-z]")  # '14-year-old boys', '5-ton trucks'
_PARTITIVE_DETERMINERS = grammar("partitive_determiner")
_CURRENCY_CODES = frozenset(code.upper() for code in grammar("currency_code"))
_MAX_PREMODIFIERS = 4
_NEW_TUPLE = tuple.__new__  # builds a Count without its Python-level __new__: one per number of a sentence


@dataclass(frozen=True, slots=True)
class Tokens:
    """Every token of the text with its offsets, so phrases are matched by index, not by slicing strings."""

    starts: list[int]
    ends: list[int]
    lower: list[str]
    text: str

    def index_at_or_after(self, offset: int) -> int:
        return bisect_left(self.starts, offset)

    def index_before(self, offset: int) -> int:
        """Index of the last token that ends at or before offset (-1 when none)."""
        return bisect_left(self.ends, offset + 1) - 1

    def raw(self, index: int) -> str:
        """The token as written; only a few tests need its case, so it is cut from the text on demand."""
        return self.text[self.starts[index] : self.ends[index]]


def lowers_token_by_token(text: str) -> bool:
    """True when lower-casing the whole text lower-cases each token as lower-casing it alone would.

    str.lower maps letter by letter except 'İ' (which lengthens) and 'Σ' (σ or ς by its neighbours); no
    other letter changes whether it is a word character, a space or a joiner when lower-cased.
    """
    return "\u0130" not in text and "\u03a3" not in text


def tokenize(text: str, lower: str | None, start: int, end: int) -> Tokens:
    """The tokens of text[start:end] (one sentence), with offsets into the whole text.

    Splitting with a capturing pattern keeps the gaps, so the offsets are running sums of lengths: the
    whole sentence is tokenized by C code, with no Python work per token. `lower` is the lower-cased text
    when lowers_token_by_token(text): splitting it gives the lower-cased tokens directly.
    """
    if lower is None:
        parts = _split(text[start:end])
        lower_tokens = list(map(str.lower, parts[1::2]))
    else:
        parts = _split(lower[start:end])
        lower_tokens = parts[1::2]
    offsets = list(accumulate(map(len, parts), initial=start))
    return Tokens(offsets[1::2], offsets[2::2], lower_tokens, text)


def _split(sentence: str) -> list[str]:
    """Gaps and tokens alternately; an ASCII sentence is split with byte-class sets, which sre tests faster
    than the Unicode word and space categories (the same tokens: the joiner ’ and ² are not ASCII)."""
    return (_ASCII_SPLITTER if sentence.isascii() else _SPLITTER).split(sentence)


class Count(NamedTuple):
    """A numeric expression and, if written, its counted noun; `end` covers the noun when there is one."""

    start: int
    end: int
    number_start: int
    number_end: int
    low: float | None
    high: float | None
    approximate: bool
    vague: bool
    currency: str | None
    noun_class: str | None
    unit: str | None
    premodifier_start: int | None
    head_end_token: int  # index of the first token after the count


def count_from_number(text: str, tokens: Tokens, number: NumberMention) -> Count:
    """The count around a number mention: hedges before it, '-plus' and ranges in it, the noun after it."""
    lexicon = facts_lexicon()
    currency = _currency_sign(number.text)
    number_start = number.span.start
    code = text[number_start - 4 : number_start - 1]
    if (
        currency is None
        and code in _CURRENCY_CODES  # 'EUR 50 million'
        and text[number_start - 1] == " "
        and (number_start == 4 or not text[number_start - 5].isalnum())
    ):
        currency, number_start = code, number_start - 4
    start, bound = _modifier_before(tokens, number_start, lexicon)
    low: float | None = number.value
    high: float | None = number.value
    approximate = bound is not None
    if number.high is not None:
        low, high, approximate = number.low, number.high, False
    elif number.low is not None:
        high, approximate = None, True
    if bound == "lower":
        high = None
    elif bound == "upper":
        low = None
    return _with_noun(
        text, tokens, start, number.span.start, number.span.end, low, high, approximate, False, currency
    )


def count_from_word(text: str, tokens: Tokens, start: int, end: int, value: float) -> Count:
    """'dual attacks': an adjective that is itself the count."""
    return _with_noun(text, tokens, start, start, end, value, value, False, False, None)


def count_from_frequency(tokens: Tokens, start: int, end: int, value: float) -> Count:
    """'at least once', 'twice': an adverb that counts occasions, with the hedges before it."""
    first, bound = _modifier_before(tokens, start, facts_lexicon())
    low = None if bound == "upper" else value
    high = None if bound == "lower" else value
    head_end = tokens.index_at_or_after(end)
    return _NEW_TUPLE(
        Count,
        (first, end, start, end, low, high, bound is not None, False, None, "occasion", None, None, head_end),
    )


def count_from_vague(text: str, tokens: Tokens, start: int, end: int) -> Count:
    """'dozens of villages', 'hundreds of thousands of Syrians': a count with no value, with its 'of'-noun."""
    return _with_noun(text, tokens, start, start, end, None, None, False, True, None)


def _currency_sign(number_text: str) -> str | None:
    """The currency sign a number was written with ('£45m' -> '£'), None for plain numbers."""
    if number_text[:1].isdigit():
        return None
    sign = _BEFORE_DIGITS.match(number_text).group().strip()  # type: ignore[union-attr]
    return sign if sign in currency_signs() else None


def _modifier_before(tokens: Tokens, offset: int, lexicon: FactsLexicon) -> tuple[int, str | None]:
    last = tokens.index_before(offset)
    if last < 0 or tokens.lower[last] not in lexicon.modifier_last_words:
        return offset, None
    for length in (3, 2, 1):
        first = last - length + 1
        if first < 0:
            continue
        phrase = tuple(tokens.lower[first : last + 1])
        if phrase in lexicon.modifiers:
            return tokens.starts[first], lexicon.modifiers[phrase]
    return offset, None


def _with_noun(
    text: str,
    tokens: Tokens,
    start: int,
    number_start: int,
    number_end: int,
    low: float | None,
    high: float | None,
    approximate: bool,
    vague: bool,
    currency: str | None,
) -> Count:
    lexicon = facts_lexicon()
    index = tokens.index_at_or_after(number_end)
    if text.startswith(_STRONG, number_end):
        noun = _strong_unit(tokens, index, lexicon)
    else:
        noun = _noun_after(tokens, index, lexicon, allow_of=vague)
    if noun is None and index + 1 < len(tokens.lower) and tokens.lower[index] == "of":
        following = tokens.lower[index + 1]
        if following in _PARTITIVE_DETERMINERS:  # "three of the five bridges"
            noun = _noun_after(tokens, index + 2, lexicon, allow_of=False, allow_number=True)
        elif following[:1].isdigit():  # "21 of 25 drones": the count is the part
            noun = _noun_after(tokens, index + 1, lexicon, allow_of=False, allow_number=True)
    if noun is None:
        end, noun_class, unit, premodifier_start, head_end = number_end, None, None, None, index
    else:
        noun_class, premodifier_index, head_first, head_last = noun
        end = tokens.ends[head_last]
        unit = text[tokens.starts[head_first] : end]
        premodifier_start, head_end = tokens.starts[premodifier_index], head_last + 1
    return _NEW_TUPLE(
        Count,
        (
            start,
            end,
            number_start,
            number_end,
            low,
            high,
            approximate,
            vague,
            currency,
            noun_class,
            unit,
            premodifier_start,
            head_end,
        ),
    )


def _strong_unit(tokens: Tokens, index: int, lexicon: FactsLexicon) -> tuple[str, int, int, int] | None:
    """'a 3,000-strong force', 'a 2,500-strong African Union contingent': the noun after '-strong' is a body
    of troops whatever it is called; names before it ('African Union') modify it."""
    head = None
    for position in range(index, min(index + _MAX_PREMODIFIERS, len(tokens.lower))):
        word = tokens.lower[position]
        if not word[:1].isalpha() or (word in lexicon.breakers and not _is_acronym(tokens.raw(position))):
            break
        if position > index and tokens.starts[position] - tokens.ends[position - 1] > 1:
            break
        if head is not None and (word.endswith("ed") or word in lexicon.trigger_lengths):
            break  # 'the 5,000-strong ISF advanced': a verb after the name
        head = position
        if not tokens.raw(position)[:1].isupper():
            break
    return None if head is None else ("strength", index, head, head)


def _noun_after(
    tokens: Tokens, index: int, lexicon: FactsLexicon, *, allow_of: bool, allow_number: bool = False
) -> tuple[str, int, int, int] | None:
    """The counted noun starting at token index: (class, first premodifier, first and last head token)."""
    if allow_of and index < len(tokens.lower) and tokens.lower[index] == "of":
        index += 1
        if index < len(tokens.lower) and tokens.lower[index] in ("the", "these", "those"):
            index += 1
    first = index
    if allow_number:  # "three of the five bridges", "1,500 of the city's 20,000 residents"
        if index < len(tokens.lower) and tokens.lower[index].endswith(("'s", "’s")):
            index += 1
        if index < len(tokens.lower) and tokens.lower[index][:1].isdigit():
            index = _past_numeral(tokens, index)
    for position in range(index, min(index + _MAX_PREMODIFIERS + 2, len(tokens.lower))):
        head = _head_at(tokens, position, lexicon)
        if head is not None:
            return _longest_compound(tokens, head, first, lexicon)
        word = tokens.lower[position]
        if _is_abbreviation_point(tokens, position):
            continue
        if word == "and" and _joins_premodifiers(tokens, position, index, lexicon):
            continue
        if (word in lexicon.breakers and not _is_acronym(tokens.raw(position))) or not (
            word[:1].isalpha() or word == "%" or _COMPOUND_ADJECTIVE.match(word)
        ):
            return None
        if position > index and tokens.starts[position] - tokens.ends[position - 1] > 1:
            return None
    return None


def _past_numeral(tokens: Tokens, index: int) -> int:
    """The token after the numeral starting at index: '20,000' is three tokens written without spaces."""
    index += 1
    while (
        index < len(tokens.lower)
        and tokens.starts[index] == tokens.ends[index - 1]
        and (tokens.lower[index][:1].isdigit() or tokens.lower[index] in (",", "."))
    ):
        index += 1
    return index


def _joins_premodifiers(tokens: Tokens, position: int, first: int, lexicon: FactsLexicon) -> bool:
    """'224 artillery and mortar systems': 'and' between two modifiers of one counted noun."""
    following = tokens.lower[position + 1] if position + 1 < len(tokens.lower) else ""
    return position > first and following[:1].isalpha() and following not in lexicon.breakers


def _head_at(tokens: Tokens, position: int, lexicon: FactsLexicon) -> tuple[str, int, int] | None:
    lengths = lexicon.noun_lengths.get(tokens.lower[position])
    if lengths is None:
        return None
    for length in lengths:
        if length > len(tokens.lower) - position:
            continue
        phrase = tuple(tokens.lower[position : position + length])
        if phrase in lexicon.nouns:
            return lexicon.nouns[phrase], position, position + length - 1
    return None


def _longest_compound(
    tokens: Tokens, head: tuple[str, int, int], first: int, lexicon: FactsLexicon
) -> tuple[str, int, int, int]:
    """'strike aircraft', 'vehicle bombs': a counted noun followed by another is a compound; take the last.

    'women and children' is one counted noun when both nouns count the same kind of thing.
    """
    noun_class, head_first, head_last = head
    following = head_last + 1
    while following < len(tokens.lower) and tokens.starts[following] - tokens.ends[following - 1] == 1:
        later = _head_at(tokens, following, lexicon)
        if later is None:
            break
        noun_class, head_first, head_last = later
        following = head_last + 1
    if following + 1 < len(tokens.lower) and tokens.lower[following] == "and":
        paired = _head_at(tokens, following + 1, lexicon)
        if paired is not None and paired[0] == noun_class:
            head_last = paired[2]
    return noun_class, first, head_first, head_last


def _is_acronym(token: str) -> bool:
    """'IS fighters', 'AS militants': a capitalised acronym is a name even when it spells a function word."""
    return len(token) > 1 and token.isupper()


def _is_abbreviation_point(tokens: Tokens, position: int) -> bool:
    """The points of 'U.S.' or 'U.N.' inside a noun phrase: a point right after a single capital letter."""
    return (
        tokens.lower[position] == "."
        and position > 0
        and tokens.ends[position - 1] - tokens.starts[position - 1] == 1
        and tokens.raw(position - 1).isupper()
        and tokens.starts[position] == tokens.ends[position - 1]
    )
