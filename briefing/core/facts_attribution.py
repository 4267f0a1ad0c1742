"""Who a fact belongs to, who said it and when: links from a count to the actors, quotes and dates around it."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from briefing.core.facts_lexicon import facts_lexicon
from briefing.core.facts_phrases import Tokens
from briefing.core.model import Actor, DateMention, Quote, Span

_SUBJECT_KINDS = frozenset({"strikes", "territory", "money", "force_size"})
_OWNER_KINDS = frozenset({"force_size", "materiel", "casualties", "strikes", "territory"})
_PRONOUNS = frozenset({"he", "she"})


@dataclass(frozen=True, slots=True)
class Mention:
    span: Span
    actor: Actor


class Mentions:
    """Every actor mention in text order, for nearest-mention look-ups by binary search."""

    def __init__(self, actors: list[Actor]) -> None:
        self.items = sorted(
            (Mention(span, actor) for actor in actors for span in actor.mentions),
            key=lambda mention: (mention.span.start, mention.span.end),
        )
        self.starts = [mention.span.start for mention in self.items]

    def within(self, start: int, end: int) -> list[Mention]:
        index = bisect_left(self.starts, start)
        found: list[Mention] = []
        while index < len(self.items) and self.items[index].span.start < end:
            if self.items[index].span.end <= end:
                found.append(self.items[index])
            index += 1
        return found

    def last_person_before(self, offset: int) -> Mention | None:
        index = bisect_left(self.starts, offset) - 1
        while index >= 0:
            if self.items[index].actor.kind == "person":
                return self.items[index]
            index -= 1
        return None


def owner(
    kind: str, fact_span: Span, noun_start: int | None, sentence: Span, mentions: Mentions, text: str
) -> Mention | None:
    """The group the count belongs to: named inside the noun phrase, in its 'of'-phrase, or as the subject."""
    if kind in _OWNER_KINDS and noun_start is not None:
        inside = mentions.within(noun_start, fact_span.end)
        if inside:
            return inside[0]
    if kind == "casualties":
        after = text[fact_span.end : fact_span.end + 4]
        if after.startswith(" of "):
            following = mentions.within(fact_span.end, min(sentence.end, fact_span.end + 40))
            if following:
                return following[0]
        return None
    if kind in _SUBJECT_KINDS:
        before = mentions.within(sentence.start, fact_span.start)
        if before:
            return before[-1]
    return None


@dataclass(frozen=True, slots=True)
class SpeakerVerb:
    """The attribution verb of a sentence ('said', 'according to') and where it is."""

    start: int
    end: int
    according: bool


def speaker_verb(lower: str, sentence: Span) -> SpeakerVerb | None:
    """The first attribution verb of the sentence, searched in the lower-cased text."""
    pattern = facts_lexicon().attribution_pattern
    match = pattern.search(lower, sentence.start, sentence.end)
    while match is not None and match.start() > 0 and lower[match.start() - 1].isalnum():
        match = pattern.search(lower, match.start() + 1, sentence.end)
    if match is None:
        return None
    return SpeakerVerb(match.start(), match.end(), " " in match.group())


def speaker(
    fact_span: Span,
    sentence: Span,
    verb: SpeakerVerb | None,
    tokens: Tokens,
    mentions: Mentions,
    quotes: list[Quote],
) -> str | None:
    """The actor id of who said it: a quote around the fact, a named speaker, or 'he said' resolved back."""
    for quote in quotes:
        if quote.speaker and quote.span.contains(fact_span):
            return quote.speaker
    if verb is None:
        return None
    in_sentence = [m for m in mentions.within(sentence.start, sentence.end) if not m.span.overlaps(fact_span)]
    if verb.according:
        after = [m for m in in_sentence if m.span.start >= verb.end]
        return after[0].actor.id if after else None
    before = [m for m in in_sentence if m.span.end <= verb.start and m.actor.kind == "person"]
    if before:
        return before[-1].actor.id
    directly_after = [m for m in in_sentence if 0 <= m.span.start - verb.end <= 2]
    if directly_after:
        return directly_after[0].actor.id
    if _pronoun_before(tokens, verb.start, sentence):
        previous = mentions.last_person_before(sentence.start)
        return previous.actor.id if previous else None
    return None


def _pronoun_before(tokens: Tokens, verb_start: int, sentence: Span) -> bool:
    index = tokens.index_before(verb_start)
    return index >= 0 and tokens.starts[index] >= sentence.start and tokens.lower[index] in _PRONOUNS


def fact_date(fact_span: Span, sentence: Span, dates: list[DateMention]) -> str | None:
    """The resolved value of the point date in the same sentence nearest to the count."""
    best: tuple[int, str] | None = None
    for date in dates:
        if date.kind != "point" or date.value is None or not sentence.contains(date.span):
            continue
        distance = min(abs(date.span.start - fact_span.end), abs(fact_span.start - date.span.end))
        if best is None or distance < best[0]:
            best = (distance, date.value)
    return best[1] if best else None
