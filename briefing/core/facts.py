"""Typed numeric facts: casualties, force sizes, displaced people, strikes, materiel, territory, money.

Each number (and each vague quantifier such as "dozens") becomes a count; the counted noun and the verbs
around it decide its kind (facts_kinds); the actors, quotes and dates around it say whose it is, who said
it and when (facts_attribution). The rules follow the facts guidelines: precision before recall.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter, itemgetter

from briefing.core.facts_attribution import (
    REACH,
    Mentions,
    SpeakerVerb,
    fact_date,
    owner,
    speaker,
    speaker_owns_the_count,
    speaker_verbs,
)
from briefing.core.facts_kinds import Kind, classify, gapped_kind
from briefing.core.facts_lexicon import facts_lexicon, grammar
from briefing.core.facts_phrases import (
    Count,
    Tokens,
    count_from_frequency,
    count_from_number,
    count_from_vague,
    count_from_word,
    lowers_token_by_token,
    tokenize,
)
from briefing.core.model import Actor, DateMention, Fact, NumberMention, Place, Quote, Span
from briefing.core.numbers import currency_code, find_whole_words, lowered

_COUNTED_BY_PAIR_WORDS = frozenset({"attack", "strike"})
_YEAR = re.compile(r"(?:1[89]|20)[0-9]{2}")  # a year the dates step missed: counts of 1,900+ carry a comma
_COPULAS = grammar("copula")
_FREQUENCY_FOLLOWERS = grammar("frequency_follower")
_MEASURE_REACH = 8  # tokens before an amount searched for 'exports', 'GDP', 'debt'
_AREA_UNITS = {"area_km2": "km2", "area_mi2": "mi2", "percent": "percent"}
# Sort keys read by C code rather than a Python lambda per item.
_START = attrgetter("start")
_SPAN_START = attrgetter("span.start")
_SPAN_START_END = attrgetter("span.start", "span.end")
_FIRST = itemgetter(0)
_NUMBER_START = attrgetter("number_start")


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
    sentence_list = sorted(sentences, key=_START) or [Span(0, len(text))]
    lower = lowered(text)
    context = _Context(text, actors, dates, quotes)
    hypothetical = facts_lexicon().hypothetical
    token_lower = lower if lowers_token_by_token(text) else None
    facts: list[Fact] = []
    for sentence, anchors in _anchors_by_sentence(lower, sentence_list, numbers):
        if _is_hypothetical(lower, sentence, hypothetical):
            continue
        tokens = tokenize(text, token_lower, sentence.start, sentence.end)
        verbs: tuple[SpeakerVerb, ...] | None = None
        taken_until = 0
        previous: tuple[Kind, int] | None = None  # the kind and end of the sentence's last fact
        counts = _counts(text, tokens, anchors)
        count_starts = sorted(map(_NUMBER_START, counts))
        for count in counts:
            if count.start < taken_until or count.start < sentence.start or count.end > sentence.end:
                continue
            kind = _kind(count, tokens)
            if kind is None and previous is not None and count.noun_class is None:
                kind = gapped_kind(count, tokens, len(tokens.lower) - 1, previous[0], previous[1])
            if kind is None:
                continue
            if verbs is None:
                verbs = speaker_verbs(lower, sentence)
            fact = _fact(count, kind, sentence, tokens, verbs, count_starts, context)
            if fact is not None:
                facts.append(fact)
                taken_until = fact.span.end
                previous = (kind, fact.span.end)
    return facts


def _is_hypothetical(lower: str, sentence: Span, phrases: tuple[str, ...]) -> bool:
    """'for example', 'would count as': a sentence that defines or supposes; substring search is C-speed."""
    return any(map(lower[sentence.start : sentence.end].__contains__, phrases))  # no Python frame per phrase


class _Context:
    """What every fact of one text is read against: its actor mentions, dates and quotes."""

    def __init__(self, text: str, actors: list[Actor], dates: list[DateMention], quotes: list[Quote]) -> None:
        self.text = text
        self._actors = actors
        self._mentions: Mentions | None = None
        self._actor_by_id: dict[str, Actor] | None = None
        self.dates = sorted(dates, key=_SPAN_START_END)
        self.date_starts = [date.span.start for date in self.dates]
        self.quotes = sorted((quote for quote in quotes if quote.speaker), key=_SPAN_START)
        self.quote_starts = [quote.span.start for quote in self.quotes]
        self._dollar: str | None = None

    @property
    def mentions(self) -> Mentions:
        """Actor mentions in text order, indexed only when a text has a fact to link."""
        if self._mentions is None:
            self._mentions = Mentions(self._actors)
        return self._mentions

    @property
    def actor_by_id(self) -> dict[str, Actor]:
        """Actors by id, built once per text and only when a speaker may own a count."""
        if self._actor_by_id is None:
            self._actor_by_id = {actor.id: actor for actor in self._actors}
        return self._actor_by_id

    @property
    def dollar(self) -> str:
        """Which dollar a bare '$' means, worked out only when a text has one."""
        if self._dollar is None:
            self._dollar = _dollar_currency(self.text)
        return self._dollar


_Anchor = NumberMention | tuple[int, int, float | None]


def _anchors_by_sentence(
    lower: str, sentences: list[Span], numbers: list[NumberMention]
) -> list[tuple[Span, list[_Anchor]]]:
    """Numbers, vague quantifiers and 'dual'-like words, grouped by the sentence they start in."""
    lexicon = facts_lexicon()
    anchors: list[tuple[int, _Anchor]] = [(number.span.start, number) for number in numbers]
    anchors += [
        (start, (start, end, None)) for start, end in _longest_first(find_whole_words(lower, lexicon.vague))
    ]
    for start, end in find_whole_words(lower, tuple(lexicon.pair_words)):
        anchors.append((start, (start, end, lexicon.pair_words[lower[start:end]])))
    starts = [sentence.start for sentence in sentences]
    for word, value in lexicon.frequency_words.items():  # ' once': no stop inside 'concerned'
        start = lower.find(" " + word) + 1
        while start > 0:
            end = start + len(word)
            index = bisect_right(starts, start) - 1
            if (
                not lower[end : end + 1].isalnum()
                and index >= 0
                and _mentions_an_attack(lower, sentences[index], lexicon.attack_context)
            ):
                anchors.append((start, (start, end, value)))
            start = lower.find(" " + word, end) + 1
    anchors.sort(key=_FIRST)
    grouped: dict[int, list[_Anchor]] = {}
    for offset, anchor in anchors:
        index = bisect_right(starts, offset) - 1
        if index >= 0 and offset < sentences[index].end:
            grouped.setdefault(index, []).append(anchor)
    return [(sentences[index], grouped[index]) for index in sorted(grouped)]


def _is_compound_adjective(text: str, number: NumberMention) -> bool:
    """'14-year-old', '5-ton', 'three-day': a number joined to a word by a hyphen describes, it does not count.

    '3,000-strong' is the exception: it gives the size of the force it describes.
    """
    end = number.span.end
    return (
        text[end : end + 1] == "-"
        and text[end + 1 : end + 2].isalpha()
        and not text.startswith("-strong", end)
    )


def _may_hold_a_ratio(text: str, tokens: Tokens, numbers: list[NumberMention]) -> bool:
    """A ratio or a group one is part of takes two numbers, and 'one' or 'out of'; most sentences have neither."""
    return (
        any(number.value == 1 for number in numbers) or " out of " in text[tokens.starts[0] : tokens.ends[-1]]
    )


def _in_a_ratio(text: str, number: NumberMention, numbers: list[NumberMention]) -> bool:
    """'one in three children', 'four out of five displaced people': a ratio is a share, not a count.

    'in' joins a ratio only after one ('killed 12 in 3 attacks' is a count); 'out of' always does. The
    text is tested first: the other number is looked up only when a joiner is written there.
    """
    start, end = number.span.start, number.span.end
    if text.startswith(" out of ", end):
        return _number_at(numbers, start=end + 8) is not None
    if text.startswith(" in ", end) and number.value == 1 and _number_at(numbers, start=end + 4) is not None:
        return True
    if text.startswith(" out of ", start - 8):
        return _number_at(numbers, end=start - 8) is not None
    if text.startswith(" in ", start - 4):
        earlier = _number_at(numbers, end=start - 4)
        return earlier is not None and earlier.value == 1
    return False


def _is_one_of_a_total(tokens: Tokens, number: NumberMention, numbers: list[NumberMention]) -> bool:
    """'He is one of 6 people arrested': the subject is one of a counted group, and the group is the count."""
    if number.value != 1:
        return False
    before = tokens.index_before(number.span.start)
    after = tokens.index_at_or_after(number.span.end)
    return (
        before >= 0
        and tokens.lower[before] in _COPULAS
        and after + 1 < len(tokens.lower)
        and tokens.lower[after] == "of"
        and _number_at(numbers, start=tokens.starts[after + 1]) is not None
    )


def _number_at(numbers: list[NumberMention], *, start: int = -1, end: int = -1) -> NumberMention | None:
    """The number starting (or ending) at an offset, if any."""
    for number in numbers:
        if number.span.start == start or number.span.end == end:
            return number
    return None


def _mentions_an_attack(lower: str, sentence: Span, attack_context: frozenset[str]) -> bool:
    """A quick substring test, so 'once' outside an attack sentence is never tokenized."""
    return any(map(lower[sentence.start : sentence.end].__contains__, attack_context))


def _counts_occasions(tokens: Tokens, start: int, end: int) -> bool:
    """'attacked once in 2019', 'shelled twice.': an adverb closing its clause counts; 'once the attack ended',
    'at once' and 'once more' do not."""
    before = tokens.index_before(start)
    if before >= 0 and tokens.lower[before] == "at":
        return False
    after = tokens.index_at_or_after(end)
    return (
        after >= len(tokens.lower)
        or not tokens.lower[after][:1].isalpha()
        or tokens.lower[after] in _FREQUENCY_FOLLOWERS
    )


def _longest_first(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'hundreds of thousands' rather than 'hundreds' and 'thousands' inside it."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def _counts(text: str, tokens: Tokens, anchors: list[_Anchor]) -> list[Count]:
    numbers = [anchor for anchor in anchors if isinstance(anchor, NumberMention)]
    taken = [number.span for number in numbers]
    taken_ends = [span.end for span in taken]
    numbers = [
        number
        for number in numbers
        if not _YEAR.fullmatch(number.text) and not _is_compound_adjective(text, number)
    ]
    if len(numbers) > 1 and _may_hold_a_ratio(text, tokens, numbers):
        numbers = [
            number
            for number in numbers
            if not _in_a_ratio(text, number, numbers) and not _is_one_of_a_total(tokens, number, numbers)
        ]
    counts = [count_from_number(text, tokens, number) for number in numbers]
    for anchor in anchors:
        if isinstance(anchor, NumberMention):
            continue
        start, end, value = anchor
        index = bisect_left(taken_ends, start + 1)
        if index < len(taken) and taken[index].start < end:
            continue
        if value is None:
            counts.append(count_from_vague(text, tokens, start, end))
            continue
        if tokens.text[start:end].lower() in facts_lexicon().frequency_words:
            if _counts_occasions(tokens, start, end):
                counts.append(count_from_frequency(tokens, start, end, value))
            continue
        count = count_from_word(text, tokens, start, end, value)
        if count.noun_class in _COUNTED_BY_PAIR_WORDS and count.premodifier_start == end + 1:
            counts.append(count)
    counts.sort(key=lambda count: (count.start, -count.end))
    return counts


def _kind(count: Count, tokens: Tokens) -> Kind | None:
    """What the count counts, read against its whole sentence; wages and prices are not money facts."""
    first, last = 0, len(tokens.lower) - 1
    kind = classify(count, tokens, first, last)
    if kind is None or (kind.kind == "money" and _is_pay(count, tokens, first, last)):
        return None
    return kind


def _fact(
    count: Count,
    kind: Kind,
    sentence: Span,
    tokens: Tokens,
    verbs: tuple[SpeakerVerb, ...],
    count_starts: list[int],
    context: _Context,
) -> Fact | None:
    if not count.vague and count.low is None and count.high is None:
        return None
    span = Span(count.start, count.end)
    noun_span = None
    if count.premodifier_start is not None and count.unit is not None:
        noun_span = Span(count.premodifier_start, count.end - len(count.unit))
    actor = owner(kind.kind, span, noun_span, sentence, verbs, context.mentions, context.text)
    source = speaker(
        span, sentence, verbs, tokens, context.mentions, _quotes_around(context, span), context.text
    )
    actor_id = actor.actor.id if actor else None
    actor_text = context.text[actor.span.start : actor.span.end] if actor else None
    if actor is None and source is not None:
        speaking = context.actor_by_id.get(source)
        if speaker_owns_the_count(kind.kind, span, verbs, speaking, context.text):
            actor_id, actor_text = source, speaking.name if speaking else None
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
        unit=_unit(count, kind, context),
        actor=actor_id,
        actor_text=actor_text,
        source=source,
        date=fact_date(span, sentence, _dates_near(context, span), count_starts, context.text),
    )


def _is_pay(count: Count, tokens: Tokens, first: int, last: int) -> bool:
    """'fighters are paid $400 a month' is a wage, '$60 a barrel' a price and 'exports fell by $3 billion' the size
    of a trade, not money given or raised."""
    pay_context = facts_lexicon().pay_context
    roles = {pay_context.get((word,)) for word in tokens.lower[first : last + 1]}
    if "wage" in roles:
        return True
    before = tokens.index_before(count.start)
    if "measure" in {
        pay_context.get((word,)) for word in tokens.lower[max(first, before - _MEASURE_REACH) : before + 1]
    }:
        return True
    after = count.head_end_token
    following = {
        pay_context.get(tuple(tokens.lower[after : after + length]))
        for length in (1, 2)
        if after + length - 1 <= last
    }
    return "price" in following or ("period" in following and "payment" in roles)


def _unit(count: Count, kind: Kind, context: _Context) -> str | None:
    if kind.kind == "money":
        code = count.noun_class.removeprefix("money_") if count.noun_class else None
        if count.currency is not None:
            code = currency_code(count.currency) or count.currency  # a sign, or an ISO code as written
        return context.dollar if code in ("$", "dollar") else code
    if count.noun_class in _AREA_UNITS:
        return _AREA_UNITS[count.noun_class]
    return count.unit


def _dollar_currency(text: str) -> str:
    """A bare '$' is the dollar of the government the text names (an Australian release means AUD)."""
    for code, phrases in facts_lexicon().dollar_countries:
        if any(phrase in text for phrase in phrases):
            return code
    return "USD"


def _dates_near(context: _Context, span: Span) -> list[DateMention]:
    first = bisect_left(context.date_starts, span.start - REACH)
    last = bisect_left(context.date_starts, span.end + REACH)
    return context.dates[first:last]


def _quotes_around(context: _Context, span: Span) -> list[Quote]:
    """Quotes containing the span; quotes do not nest, so only the last few starting before it can."""
    last = bisect_right(context.quote_starts, span.start)
    return [quote for quote in context.quotes[max(0, last - 3) : last] if quote.span.contains(span)]
