"""The word lists the facts step reasons with, read once from briefing/data and indexed by token tuples."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from briefing.core.lexicon import load_lines, load_table

Phrase = tuple[str, ...]

# Possessive repeats: a word never needs to give characters back, and the engine then keeps no
# backtracking state, which makes tokenizing a sentence faster.
TOKEN_PATTERN = re.compile(r"\w++(?:[-'’]\w++)*+²?|[^\w\s]")


def phrase_of(text: str) -> Phrase:
    """The lower-cased tokens of a phrase, as the sentence tokens are compared."""
    return tuple(token.lower() for token in TOKEN_PATTERN.findall(text))


@dataclass(frozen=True, slots=True)
class FactsLexicon:
    nouns: dict[Phrase, str]
    triggers: dict[Phrase, tuple[tuple[str, str], ...]]
    modifiers: dict[Phrase, str]
    breakers: frozenset[str]
    dollar_countries: tuple[tuple[str, tuple[str, ...]], ...]
    attack_context: frozenset[str]
    operation_context: frozenset[str]
    area_nouns: frozenset[str]
    pay_context: dict[Phrase, str]
    vague: tuple[str, ...]
    pair_words: dict[str, float]
    frequency_words: dict[str, float]
    attribution_phrases: tuple[str, ...]
    attribution_pattern: re.Pattern[str]
    noun_lengths: dict[str, tuple[int, ...]]
    trigger_lengths: dict[str, tuple[int, ...]]
    trigger_last_words: frozenset[str]
    hypothetical: tuple[str, ...]
    modifier_last_words: frozenset[str]


def _phrase_table(rows: tuple[tuple[str, ...], ...]) -> dict[Phrase, str]:
    return {phrase_of(row[0]): row[1] if len(row) > 1 else row[0] for row in rows}


def _lengths_by_first_word(phrases: Mapping[Phrase, object]) -> dict[str, tuple[int, ...]]:
    """For each first word, the lengths of the phrases it starts, longest first: a look-up tries only those."""
    lengths: dict[str, set[int]] = {}
    for phrase in phrases:
        lengths.setdefault(phrase[0], set()).add(len(phrase))
    return {word: tuple(sorted(found, reverse=True)) for word, found in lengths.items()}


@cache
def grammar(role: str) -> frozenset[str]:
    """The closed-class words of one role in facts_grammar.txt (auxiliaries, clause breaks, ...)."""
    rows = {row[0]: row[1] for row in load_table("facts_grammar.txt")}
    return frozenset(word.strip() for word in rows[role].split(","))


@cache
def facts_lexicon() -> FactsLexicon:
    nouns = _phrase_table(load_table("facts_nouns.txt"))
    modifiers = _phrase_table(load_table("facts_modifiers.txt"))
    triggers: dict[Phrase, tuple[tuple[str, str], ...]] = {}
    for word, meanings in load_table("facts_triggers.txt"):
        pairs = (meaning.strip().split(":", 1) for meaning in meanings.split(","))
        triggers[phrase_of(word)] = tuple((kind, detail) for kind, detail in pairs)
    vague = sorted(load_lines("facts_vague.txt"), key=len, reverse=True)
    pair_words = {row[0].lower(): float(row[1]) for row in load_table("facts_pair_words.txt")}
    frequency = {row[0].lower(): float(row[1]) for row in load_table("facts_frequency_words.txt")}
    attribution = tuple(phrase.lower() for phrase in load_lines("facts_attribution.txt"))
    return FactsLexicon(
        nouns=nouns,
        triggers=triggers,
        modifiers=modifiers,
        breakers=frozenset(word.lower() for word in load_lines("facts_breakers.txt")),
        dollar_countries=tuple((row[0], row[1:]) for row in load_table("facts_dollar_countries.txt")),
        attack_context=frozenset(word.lower() for word in load_lines("facts_attack_context.txt")),
        operation_context=frozenset(word.lower() for word in load_lines("facts_operation_context.txt")),
        area_nouns=frozenset(word.lower() for word in load_lines("facts_area_nouns.txt")),
        pay_context=_phrase_table(load_table("facts_pay_context.txt")),
        vague=tuple(phrase.lower() for phrase in vague),
        pair_words=pair_words,
        frequency_words=frequency,
        attribution_phrases=attribution,
        attribution_pattern=re.compile(rf"(?:{'|'.join(re.escape(phrase) for phrase in attribution)})\b"),
        noun_lengths=_lengths_by_first_word(nouns),
        trigger_lengths=_lengths_by_first_word(triggers),
        trigger_last_words=frozenset(phrase[-1] for phrase in triggers),
        hypothetical=tuple(line.lower() for line in load_lines("facts_hypothetical.txt")),
        modifier_last_words=frozenset(phrase[-1] for phrase in modifiers),
    )
