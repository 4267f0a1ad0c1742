"""Typed numeric facts: casualties, force sizes, displaced people, strikes, materiel, territory, money.

Each number (and each vague quantifier such as "dozens") becomes a count; the counted noun and the verbs
around it decide its kind (facts_kinds); the actors, quotes and dates around it say whose it is, who said
it and when (facts_attribution). The rules follow the facts guidelines: precision before recall.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from briefing.core.facts_attribution import Mentions, fact_date, owner, speaker
from briefing.core.facts_kinds import Kind, classify
from briefing.core.facts_lexicon import facts_lexicon
from briefing.core.facts_phrases import (
    Count,
    Tokens,
    count_from_number,
    count_from_vague,
    count_from_word,
    tokenize,
)
from briefing.core.model import Actor, DateMention, Fact, NumberMention, Place, Quote, Span

_MONEY_UNITS = {"money_USD": "USD", "money_EUR": "EUR", "money_GBP": "GBP"}
_SIGN_UNITS = {"US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "NZ$": "NZD", "£": "GBP", "€": "EUR"}
_COUNTED_BY_PAIR_WORDS = frozenset({"attack", "strike"})
_AREA_UNITS = {"area_km2": "km2", "area_mi2": "mi2", "percent": "percent"}


def find_facts(
    text: str,
    sentences: list[Span],
    numbers: list[NumberMention],
    actors: list[Actor],
    places: list[Place],
    dates: list[DateMention],
    quotes: list[Quote],
) -> list[Fact]:
    """Every typed fact in text order; spans never overlap and never leave their sentence."""
    tokens = tokenize(text)
    sentence_list = sorted(sentences) or [Span(0, len(text))]
    sentence_starts = [sentence.start for sentence in sentence_list]
    counts = _counts(text, tokens, numbers)
    context = _Context(text, tokens, Mentions(actors), sorted(dates, key=lambda d: d.span), quotes)
    facts: list[Fact] = []
    taken_until = 0
    hypothetical: dict[Span, bool] = {}
    for count in counts:
        if count.start < taken_until:
            continue
        sentence = _sentence_of(sentence_list, sentence_starts, count)
        if sentence is None:
            continue
        if sentence not in hypothetical:
            hypothetical[sentence] = _is_hypothetical(text, sentence)
        if hypothetical[sentence]:
            continue
        fact = _fact(count, sentence, context)
        if fact is not None:
            facts.append(fact)
            taken_until = fact.span.end
    return facts


class _Context:
    """What every fact of one text is read against: its tokens, actor mentions, dates and quotes."""

    def __init__(
        self, text: str, tokens: Tokens, mentions: Mentions, dates: list[DateMention], quotes: list[Quote]
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.mentions = mentions
        self.dates = dates
        self.date_starts = [date.span.start for date in dates]
        self.quotes = [quote for quote in quotes if quote.speaker]
        self.dollar = _dollar_currency(text)


def _counts(text: str, tokens: Tokens, numbers: list[NumberMention]) -> list[Count]:
    counts = [count_from_number(text, tokens, number) for number in numbers]
    taken = sorted(number.span for number in numbers)
    taken_starts = [span.start for span in taken]
    for match in facts_lexicon().vague_pattern.finditer(text):
        index = bisect_right(taken_starts, match.start()) - 1
        overlapping = (index >= 0 and taken[index].end > match.start()) or (
            index + 1 < len(taken) and taken[index + 1].start < match.end()
        )
        if not overlapping:
            counts.append(count_from_vague(text, tokens, match.start(), match.end()))
    lexicon = facts_lexicon()
    for match in lexicon.pair_pattern.finditer(text):
        value = lexicon.pair_words[match.group().lower()]
        count = count_from_word(text, tokens, match.start(), match.end(), value)
        if count.noun_class in _COUNTED_BY_PAIR_WORDS and count.premodifier_start == match.end() + 1:
            counts.append(count)
    counts.sort(key=lambda count: (count.start, -count.end))
    return counts


def _sentence_of(sentences: list[Span], starts: list[int], count: Count) -> Span | None:
    index = bisect_right(starts, count.number_start) - 1
    if index < 0:
        return None
    sentence = sentences[index]
    return sentence if sentence.contains(Span(count.start, count.end)) else None


def _is_hypothetical(text: str, sentence: Span) -> bool:
    lowered = text[sentence.start : sentence.end].lower()
    return any(phrase in lowered for phrase in facts_lexicon().hypothetical)


def _fact(count: Count, sentence: Span, context: _Context) -> Fact | None:
    tokens = context.tokens
    first = tokens.index_at_or_after(sentence.start)
    last = tokens.index_before(sentence.end)
    kind = classify(count, tokens, first, last)
    if kind is None or (kind.kind == "money" and _is_pay(count, tokens, first, last)):
        return None
    if not count.vague and count.low is None and count.high is None:
        return None
    span = Span(count.start, count.end)
    actor = owner(kind.kind, span, count.premodifier_start, sentence, context.mentions, context.text)
    return Fact(
        kind=kind.kind,  # type: ignore[arg-type]
        span=span,
        sentence=sentence,
        text=context.text[span.start : span.end],
        detail=kind.detail,
        low=count.low,
        high=count.high,
        approximate=count.approximate and not count.vague,
        vague=count.vague,
        unit=_unit(count, kind, context.dollar),
        actor=actor.actor.id if actor else None,
        actor_text=context.text[actor.span.start : actor.span.end] if actor else None,
        source=speaker(span, sentence, tokens, context.mentions, _quotes_around(context, span)),
        date=fact_date(span, sentence, _dates_in(context, sentence)),
    )


def _is_pay(count: Count, tokens: Tokens, first: int, last: int) -> bool:
    """'fighters are paid $400 a month' is a wage, not money given, raised or pledged."""
    pay_context = facts_lexicon().pay_context
    roles = {pay_context.get((word,)) for word in tokens.lower[first : last + 1]}
    if "wage" in roles:
        return True
    after = count.head_end_token
    period = any(
        pay_context.get(tuple(tokens.lower[after : after + length])) == "period"
        for length in (1, 2)
        if after + length - 1 <= last
    )
    return period and "payment" in roles


def _unit(count: Count, kind: Kind, dollar: str) -> str | None:
    if kind.kind == "money":
        if count.noun_class in _MONEY_UNITS:
            return _MONEY_UNITS[count.noun_class]
        if count.noun_class == "money_dollar" or count.currency == "$":
            return dollar
        return _SIGN_UNITS.get(count.currency or "", dollar if count.currency else None)
    if count.noun_class in _AREA_UNITS:
        return _AREA_UNITS[count.noun_class]
    return count.unit


def _dollar_currency(text: str) -> str:
    """A bare '$' is the dollar of the government the text names (an Australian release means AUD)."""
    for code, phrases in facts_lexicon().dollar_countries:
        if any(phrase in text for phrase in phrases):
            return code
    return "USD"


def _dates_in(context: _Context, sentence: Span) -> list[DateMention]:
    first = bisect_left(context.date_starts, sentence.start)
    last = bisect_left(context.date_starts, sentence.end)
    return context.dates[first:last]


def _quotes_around(context: _Context, span: Span) -> list[Quote]:
    return [quote for quote in context.quotes if quote.span.contains(span)]
