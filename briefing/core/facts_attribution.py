"""Who a fact belongs to, who said it and when: links from a count to the actors, quotes and dates around it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import NamedTuple

from briefing.core.facts_lexicon import facts_lexicon, grammar
from briefing.core.facts_phrases import Tokens
from briefing.core.model import Actor, DateMention, Quote, Span

_SUBJECT_KINDS = frozenset({"strikes", "territory", "money", "force_size"})
_OWNER_KINDS = frozenset({"force_size", "materiel", "casualties", "strikes", "territory"})
_PRONOUNS = grammar("pronoun")
_DETERMINERS = grammar("determiner")
_NOT_BEFORE_SUBJECTS = grammar("not_before_subject")
_SINCE = tuple(sorted(grammar("since")))
_CLAUSE_JOINER = re.compile(rf"[;:]|, (?:{'|'.join(sorted(grammar('clause_joiner')))}) ")
REACH = 400  # characters around a count searched for its speaker, subject and date
_LOOK_BACK_MENTIONS = 200
_LONGEST_NAME = 80  # characters
_BODY_BEFORE_VERB = 12  # characters between "the United Nations" and "estimates"


class Mention(NamedTuple):
    span: Span
    actor: Actor


_NEW_TUPLE = tuple.__new__  # builds a Mention without its Python-level __new__: one per look-up result


class Mentions:
    """Every actor mention in text order, for nearest-mention look-ups by binary search.

    Spans and actors are kept in two lists; a Mention is made only for a mention a look-up returns.
    """

    def __init__(self, actors: list[Actor]) -> None:
        spans = [span for actor in actors for span in actor.mentions]
        owners = [actor for actor in actors for _ in actor.mentions]
        keys = [(span.start, span.end) for span in spans]
        order = sorted(range(len(spans)), key=keys.__getitem__)
        self._spans = [spans[index] for index in order]
        self._actors = [owners[index] for index in order]
        self.starts = [keys[index][0] for index in order]

    def within(self, start: int, end: int, end_by: int | None = None) -> list[Mention]:
        """Mentions that start in [start, end) and end by `end_by` (by default `end`)."""
        limit = end if end_by is None else end_by
        index = bisect_left(self.starts, start)
        found: list[Mention] = []
        while index < len(self.starts) and self.starts[index] < end:
            if self._spans[index].end <= limit:
                found.append(_NEW_TUPLE(Mention, (self._spans[index], self._actors[index])))
            index += 1
        return found

    def ending_at(self, offset: int) -> Mention | None:
        """The mention that ends exactly at offset; names are short, so only a few starts are looked at."""
        index = bisect_left(self.starts, offset) - 1
        while index >= 0 and self.starts[index] > offset - _LONGEST_NAME:
            if self._spans[index].end == offset:
                return _NEW_TUPLE(Mention, (self._spans[index], self._actors[index]))
            index -= 1
        return None

    def last_person_before(self, offset: int) -> Mention | None:
        index = bisect_left(self.starts, offset) - 1
        lowest = max(-1, index - _LOOK_BACK_MENTIONS)
        while index > lowest:
            if self._actors[index].kind == "person":
                return _NEW_TUPLE(Mention, (self._spans[index], self._actors[index]))
            index -= 1
        return None


def owner(
    kind: str,
    fact_span: Span,
    noun_span: Span | None,
    sentence: Span,
    verbs: tuple[SpeakerVerb, ...],
    mentions: Mentions,
    text: str,
) -> Mention | None:
    """The group the count belongs to: named before its noun, in its 'of'-phrase, or as the clause subject.

    `noun_span` runs from the first modifier to the start of the counted noun, so "fighters" in
    "Islamic State fighters" is never its own owner; a body named by the modifier and the noun together
    ("Russian soldiers") is. Persons are speakers, not owners, and a collective
    noun ("fighters", "militants") names no side, so only a victims' group may be one.
    """
    if kind in _OWNER_KINDS and noun_span is not None:
        inside = mentions.within(noun_span.start, noun_span.end, fact_span.end)
        groups = [m for m in inside if m.actor.kind != "person" and not m.actor.generic]
        if groups:
            return groups[0]
    if kind == "casualties":
        if text.startswith(" of ", fact_span.end):
            following = mentions.within(fact_span.end, min(sentence.end, fact_span.end + 40))
            return following[0] if following else None
        return None
    if kind in _SUBJECT_KINDS:
        if text[fact_span.start - 1 : fact_span.start] == " ":
            gapped = mentions.ending_at(fact_span.start - 1)
            if gapped is not None:
                return gapped  # 'the US pledged $1bn and the UK £500m': the name right before the amount
        verb = clause_verb(verbs, fact_span)
        clause_start = max(verb.end if verb is not None else sentence.start, fact_span.start - REACH)
        clause_start = max(clause_start, text.rfind(";", clause_start, fact_span.start) + 1)
        for mention in mentions.within(clause_start, fact_span.start):
            if (
                mention.actor.kind != "person"
                and not mention.actor.generic
                and not _follows_preposition(text, mention.span.start)
                and not _opens_relative_clause(text, mention.span.end, fact_span.start)
            ):
                return mention
    return None


_POSSESSIVE_SUBJECT = re.compile(
    r"(?:^\s*|\bthat\s+)(?:(?:its|their)\s+[\w-]+(?:\s+[\w-]+)?|it|they)\s", re.IGNORECASE
)
# 'a post that controlled 200 fighters': the count is in a relative clause still open (no comma closes it).
_OPEN_RELATIVE_CLAUSE = re.compile(r"\b(?:that|which|who|whose)\b[^,;]*\Z")
_CLAUSE_BREAK = re.compile(r"[,;:]|\band\b|\bbut\b")
_POSSESSIVE_OF = re.compile(r"[’']s\s+(?:[a-z]+\s+){0,2}\Z")


def _opens_relative_clause(text: str, start: int, end: int) -> bool:
    """'a post that controlled 200 fighters': the count sits in a relative clause no comma has closed.
    Substring tests first: most stretches hold no relative pronoun at all."""
    stretch = text[start:end]
    if "that" not in stretch and "wh" not in stretch:
        return False
    return _OPEN_RELATIVE_CLAUSE.search(stretch) is not None


def speaker_owns_the_count(
    kind: str, fact_span: Span, verbs: tuple[SpeakerVerb, ...], source: Actor | None, text: str
) -> bool:
    """ "The SDF said its fighters had retaken 41 villages" or "said it had retaken 41 villages": a body speaking
    of itself or of 'its'/'their' forces owns the count. Only a body (not a person), and only when 'it', 'they'
    or the possessive is the subject of the reported clause that holds the count."""
    if kind not in _SUBJECT_KINDS or source is None or source.kind == "person" or source.generic:
        return False
    verb = clause_verb(verbs, fact_span)
    if verb is None or fact_span.start - verb.end > 120:
        return False
    clause = text[verb.end : fact_span.start]
    subject = _POSSESSIVE_SUBJECT.search(clause)
    return subject is not None and _CLAUSE_BREAK.search(clause, subject.end()) is None


def _follows_preposition(text: str, offset: int) -> bool:
    """'attack the Islamic State', 'to UNICEF': a mention after a verb or preposition is not the subject."""
    words = text[max(0, offset - 30) : offset].lower().split()
    if words and words[-1] in _DETERMINERS:
        words.pop()
    return bool(words) and words[-1] in _NOT_BEFORE_SUBJECTS


@dataclass(frozen=True, slots=True)
class SpeakerVerb:
    """The attribution verb of a sentence ('said', 'according to') and where it is."""

    start: int
    end: int
    according: bool


def speaker_verbs(lower: str, sentence: Span) -> tuple[SpeakerVerb, ...]:
    """Every attribution verb of the sentence, searched in the lower-cased text.

    Most sentences hold none of the phrases: C substring tests say so before the pattern tries every position.
    """
    lexicon = facts_lexicon()
    if not any(map(lower[sentence.start : sentence.end].__contains__, lexicon.attribution_phrases)):
        return ()
    verbs: list[SpeakerVerb] = []
    for match in lexicon.attribution_pattern.finditer(lower, sentence.start, sentence.end):
        if match.start() == 0 or not lower[match.start() - 1].isalnum():
            verbs.append(SpeakerVerb(match.start(), match.end(), " " in match.group()))
    return tuple(verbs)


def clause_verb(verbs: tuple[SpeakerVerb, ...], fact_span: Span) -> SpeakerVerb | None:
    """The last attribution verb before the count: what follows it is the reported clause."""
    index = bisect_right(verbs, fact_span.start, key=_verb_start) - 1
    while index >= 0 and verbs[index].end > fact_span.start:
        index -= 1
    return verbs[index] if index >= 0 else None


def speaker(
    fact_span: Span,
    sentence: Span,
    verbs: tuple[SpeakerVerb, ...],
    tokens: Tokens,
    mentions: Mentions,
    quotes: list[Quote],
    text: str,
) -> str | None:
    """The actor id of who said it: a quote around the fact, a named speaker, or 'he said' resolved back.

    A verb after the count speaks for it only within its clause: in "4 million people remain displaced,
    and the UN said it had received $640 million" the UN speaks for the money, not the displaced.
    """
    for quote in quotes:
        if quote.speaker and quote.span.contains(fact_span):
            return quote.speaker
    near_start = max(sentence.start, fact_span.start - REACH)
    near_end = min(sentence.end, fact_span.end + REACH)
    first = bisect_left(verbs, near_start, key=_verb_start)
    last = bisect_right(verbs, near_end, key=_verb_start)
    near_verbs = [verb for verb in verbs[first:last] if verb.end <= near_end]
    if not near_verbs:
        return None
    in_sentence = [m for m in mentions.within(near_start, near_end) if not m.span.overlaps(fact_span)]
    for verb in sorted(near_verbs, key=lambda verb: abs(verb.start - fact_span.start)):
        if verb.start >= fact_span.end and _CLAUSE_JOINER.search(text, fact_span.end, verb.start):
            continue
        found = _speaker_of(verb, fact_span, sentence, in_sentence, tokens, mentions, text)
        if found is not None:
            return found
    return None


def _verb_start(verb: SpeakerVerb) -> int:
    return verb.start


def _speaker_of(
    verb: SpeakerVerb,
    fact_span: Span,
    sentence: Span,
    in_sentence: list[Mention],
    tokens: Tokens,
    mentions: Mentions,
    text: str,
) -> str | None:
    """The subject of the verb of saying. When that verb follows the count, its subject stands between them:
    in "Gunmen attacked…, killing 12 soldiers, the army said" the gunmen did the killing, not the saying.
    After "according to" a possessive owner gives way to what it owns ("the UN's migration agency")."""
    if verb.according:
        after = [m for m in in_sentence if m.span.start >= verb.end]
        if len(after) > 1 and _POSSESSIVE_OF.match(text, after[0].span.end, after[1].span.start):
            return after[1].actor.id
        return after[0].actor.id if after else None
    subject_from = fact_span.end if verb.start >= fact_span.end else sentence.start
    people_before = [
        m
        for m in in_sentence
        if subject_from <= m.span.start and m.span.end <= verb.start and m.actor.kind == "person"
    ]
    if people_before:
        return people_before[-1].actor.id
    directly_after = [
        m
        for m in in_sentence
        if 0 <= m.span.start - verb.end <= 6 and text[verb.end : m.span.start].strip().lower() in ("", "the")
    ]
    if directly_after and verb.start >= fact_span.end:  # '…, said the army'; in 'said the army killed 12'
        return directly_after[0].actor.id  # the name after the verb is the subject of what was said
    if _pronoun_before(tokens, verb.start, sentence):
        previous = mentions.last_person_before(sentence.start)
        return previous.actor.id if previous else None
    bodies_before = [
        m
        for m in in_sentence
        if subject_from <= m.span.start and 0 <= verb.start - m.span.end <= _BODY_BEFORE_VERB
    ]
    return bodies_before[-1].actor.id if bodies_before else None


def _pronoun_before(tokens: Tokens, verb_start: int, sentence: Span) -> bool:
    index = tokens.index_before(verb_start)
    return index >= 0 and tokens.starts[index] >= sentence.start and tokens.lower[index] in _PRONOUNS


def fact_date(
    fact_span: Span, sentence: Span, dates: list[DateMention], counts: list[int], text: str
) -> str | None:
    """The resolved point date in the sentence nearest to the count, with no other count between them.

    'since Sunday' marks where a running total starts, not when the count happened, so it is skipped;
    `counts` holds where every count of the sentence starts.
    """
    best: tuple[int, str] | None = None
    for date in dates:
        if abs(date.span.start - fact_span.start) > REACH:
            continue
        if date.kind != "point" or date.value is None or not sentence.contains(date.span):
            continue
        if text[max(0, date.span.start - 10) : date.span.start].lower().rstrip().endswith(_SINCE):
            continue
        if _count_between(counts, date.span, fact_span):
            continue
        distance = min(abs(date.span.start - fact_span.end), abs(fact_span.start - date.span.end))
        if best is None or distance < best[0]:
            best = (distance, date.value)
    return best[1] if best else None


def _count_between(counts: list[int], date_span: Span, fact_span: Span) -> bool:
    """True when another count starts between the date and the fact (`counts` sorted)."""
    if date_span.start < fact_span.start:
        return bisect_right(counts, date_span.start) < bisect_left(counts, fact_span.start)
    return bisect_left(counts, fact_span.end) < bisect_left(counts, date_span.start)
