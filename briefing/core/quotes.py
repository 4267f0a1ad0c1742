"""Quoted and reported speech with its speaker.

Direct quotes are paired quote marks, straight or curly; an apostrophe (Iraq’s, forces’ own) is not a mark, and a
quote left open at the end of a paragraph goes on when the next paragraph opens with a quote mark. A quote is
attributed by a speech verb next to it ("…," said Mayhoub / "…," Mayhoub said / Dillon said "…" / "…," he said /
a spokesman said: "…" / as X put it: "…"), by a speech verb earlier in its sentence, or by the attributed quote
just before it. A paragraph introduced by "X said:" without quote marks is X's statement too, with the paragraphs
that go on with it, and so is each paragraph of a transcript turn labelled with X's name in capitals
("GEN. OKAFOR: …").

Scare quotes: a quote of one to three words ("last phase") is speech only when a speech verb stands right next
to it, or when it is a whole sentence right after its speaker's quote ("It was terrible."); otherwise it is a term
the writer keeps at a distance, not a statement.

Reported speech is the clause after a speech verb that has a subject before it ("Abadi said Iraq would …",
"X said Friday that …"), or the clause before an inverted attribution ("…, he said." / "…, the agency, UNHCR,
said, …"), or the rest of a sentence opened or closed by "according to X". Precision comes first: verbs other
than say and add need "that" (but "told AFP the group had …"), and a clause is a few words at least.

Spans: a direct quote includes its quote marks; a reported clause stops before the sentence's final period.

A pronoun speaker is the last named person who spoke before it, unless a person has since been named as the
subject of a sentence ("Abadi issued two statements. He said …"); with neither, the nearest person named before.
After a speaker the entities step could not name, "he said" names no one; "it said" is the body that just spoke.
The name after "told" is the listener, never the speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from operator import itemgetter
from typing import NamedTuple

from briefing.core.casing import word_image
from briefing.core.english import looks_plural
from briefing.core.lexicon import load_lines
from briefing.core.model import Actor, Quote, Span
from briefing.core.persons import speaker_labels
from briefing.core.quote_marks import quoted_passages
from briefing.core.word_trees import prefix_tree

_SHORT_QUOTE_WORDS = 3
_MIN_CLAUSE_WORDS = 3
_MAX_ATTRIBUTION_CHARS = 200
_MAX_SUBJECT_WORDS = 30
_MAX_SUBJECT_CHARS = 300
_WORD_WINDOW = 200
_MAX_LEAD_WORDS = 8
_MAX_INHERIT_GAP_WORDS = 20
_MAX_SKIPPED_WORDS = 8
_MAX_INVERTED_SUBJECT_WORDS = 5
_MAX_INVERTED_REACH = 60
_APPOSITIVE_STEPS = 2
_MIN_STATEMENT_WORDS = 6
_BODY_PRONOUN_SENTENCES = 2
_LISTENER_CLAUSE_VERB_WORDS = 5
_ACCORDING_TO = "ccording to "
_CITED_SOURCE = ", a" + _ACCORDING_TO
_PARTICIPLE_THAT = "ing that "  # every participle of speech_participles.txt ends in "ing"
_MAX_PARTICIPLE_CHARS = 16
_LOWER_CASE_TAIL = re.compile(r"(?:\s[a-z]+){1,2}(?=,)")
_APPOSITIVE = re.compile(r"(?:the|a|an|which|who)\s[^,;:\d\"“”]{1,60},\s")

_QUOTE_MARK = re.compile(r"[\"“”‘’']")
_WORD = re.compile(r"[\w’'.-]+|[^\w\s]")
_COMMA = re.compile(r",\s+")
_POSSESSIVE = re.compile(r"[’']s?\b")
_WORD_AT_START = re.compile(r"\W*(\w+)")  # run on the reversed text before a verb: its last word, reversed
_NAME_AFTER_VERB = re.compile(r"\s+([^,;:!?\"“”]+)")
_TRAILING_AFTER_VERB = re.compile(r"\s*(?:that\s*)?[,:]?\s*|[^.!?;:\"“”]{0,60}:\s*")
_DATELINE = re.compile(r"[A-Z][A-Z.' -]{1,40}(?:,[^()\n—–-]{1,30})?(?:\([^()\n]{1,40}\))?\s*[-—–]+\s+")
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w’'.-]*\s*)+")
_CLAUSE_BREAK = re.compile(r"[;:]|[”\"]")
# The comma before the verb closes a relative clause of the subject ("The group, which holds the capital, said …").
_RELATIVE_CLAUSE_BEFORE = re.compile(r",\s+(?:which|who|whose|whom|that|where)\s[^,]*\Z")
_RELATIVE_WHO = re.compile(r",\s+who\s+(?:[a-z]+\s+){0,2}\Z")
_CONTRAST_JOINER = re.compile(r"(?:,\s+(?:while|whereas|but)|;)\s")
# Where and how something was said, after the verb of a trailing attribution ("…, Haddad said in a statement").
_ADJUNCT = re.compile(r"(?:in|on|at|during|via|through|after|before|from|with|to|while)\s[^,;:\"“”]{1,60}")
_CLOSE_INSIDE = frozenset(",?!")
_START_AND_END = itemgetter(0, 1)
_SENTENCE_INSIDE_CLOSE = frozenset(".,?!…")
_SENTENCE_END_INSIDE = frozenset(".?!…")


@dataclass(frozen=True, slots=True)
class _Subject:
    """Who a speech verb is attributed to: an actor, a pronoun to resolve, or someone we cannot name, possibly by
    a name the entities step did not know ("Musa said"), after whom "he said" may be that person."""

    actor_id: str | None = None
    is_pronoun: bool = False
    unknown_name: bool = False
    is_body_pronoun: bool = False


@dataclass(frozen=True, slots=True)
class _Speech:
    """A quote or reported clause whose speaker is resolved later, in the order the verbs appear."""

    span: Span
    reported: bool
    verb_position: int | None
    subject: _Subject | None


class _Mention(NamedTuple):
    """An actor's mention, as the rules that read one see it."""

    start: int
    end: int
    actor_id: str
    is_person: bool


_MentionRow = tuple[int, int, str, bool]  # a _Mention's fields: a plain tuple is three times faster to build


class _Context:
    """The text with its sentence, quote and mention indexes, shared by every step of this module.

    The mention indexes are built on first use: a text without quotes or speech verbs never needs them."""

    def __init__(self, text: str, sentences: list[Span], actors: list[Actor]) -> None:
        self.text = text
        self.sentences = sentences
        self.sentence_starts = [sentence.start for sentence in sentences]
        self.actors = actors
        self.passages = quoted_passages(text)
        self.passage_ends = [passage.end for passage in self.passages]
        self.verbs = _find_speech_verbs(text)
        self.verb_starts = [verb.start() for verb in self.verbs]
        self._mentions: tuple[list[_MentionRow], list[int]] | None = None
        self._persons: tuple[list[_MentionRow], list[int]] | None = None
        self._person_subjects: tuple[list[_MentionRow], list[int]] | None = None

    def verbs_between(self, start: int, end: int) -> list[re.Match[str]]:
        """Speech verbs wholly inside [start, end), found once for the whole text. Verbs do not overlap, so only
        the last one starting before `end` can reach beyond it."""
        first = bisect_left(self.verb_starts, start)
        last = bisect_left(self.verb_starts, end, first)
        if last > first and self.verbs[last - 1].end() > end:
            last -= 1
        return self.verbs[first:last]

    def first_verb(self, start: int, end: int) -> re.Match[str] | None:
        index = bisect_left(self.verb_starts, start)
        if index < len(self.verbs) and self.verbs[index].end() <= end:
            return self.verbs[index]
        return None

    def sentence_index(self, offset: int) -> int | None:
        index = bisect_right(self.sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return index
        return None

    def sentence_at(self, offset: int) -> Span:
        index = self.sentence_index(offset)
        return self.sentences[index] if index is not None else Span(offset, offset)

    def _mention_index(self) -> tuple[list[_MentionRow], list[int]]:
        """Every actor mention in text order (by start, then end), with the starts to bisect."""
        if self._mentions is None:
            length = len(self.text)
            rows = [
                (span.start, span.end, actor.id, is_person)
                for actor in self.actors
                for is_person in (actor.kind == "person",)
                for span in actor.mentions
                if 0 <= span.start < span.end <= length
            ]
            rows.sort(key=_START_AND_END)
            self._mentions = rows, [row[0] for row in rows]
        return self._mentions

    def _person_index(self) -> tuple[list[_MentionRow], list[int]]:
        if self._persons is None:
            rows = [row for row in self._mention_index()[0] if row[3]]
            self._persons = rows, [row[0] for row in rows]
        return self._persons

    def mentions_within(self, start: int, end: int) -> list[_Mention]:
        rows, starts = self._mention_index()
        found = []
        index = bisect_left(starts, start)
        while index < len(rows) and rows[index][0] < end:
            if rows[index][1] <= end:
                found.append(_Mention._make(rows[index]))
            index += 1
        return found

    def mention_starts_of(self, actor_id: str | None) -> list[int]:
        """Where the actor's mentions start, in order, to bisect."""
        for actor in self.actors:
            if actor.id == actor_id:
                starts = [span.start for span in actor.mentions]
                starts.sort()
                return starts
        return []

    def person_ids(self) -> set[str]:
        """Persons among the actors; a subject's actor always has a mention, so the actors need not be read
        through their mentions."""
        return {actor.id for actor in self.actors if actor.kind == "person"}

    def person_before(self, offset: int) -> str | None:
        rows, starts = self._person_index()
        index = bisect_left(starts, offset) - 1
        return _Mention._make(rows[index]).actor_id if index >= 0 else None

    def person_subject_before(self, offset: int) -> _Mention | None:
        """The last person named as a likely subject before offset; only a pronoun speaker needs these, so they
        are found on first use."""
        if self._person_subjects is None:
            rows = [row for row in self._person_index()[0] if self._opens_clause(_Mention._make(row))]
            self._person_subjects = rows, [row[0] for row in rows]
        rows, starts = self._person_subjects
        index = bisect_left(starts, offset) - 1
        return _Mention._make(rows[index]) if index >= 0 else None

    def _opens_clause(self, mention: _Mention) -> bool:
        """A person named where a sentence or a comma-led clause begins, titles aside: a likely subject."""
        sentence = self.sentence_at(mention.start)
        lead_start = max(sentence.start, mention.start - _MAX_ATTRIBUTION_CHARS)
        lead = self.text[lead_start : mention.start].rpartition(",")[2]
        if lead_start > sentence.start and "," not in self.text[lead_start : mention.start]:
            return False
        return all(word[:1].isupper() for word in lead.split())

    def quote_within(self, span: Span) -> bool:
        """Whether a quoted passage starts or ends inside span (passages are disjoint and in order)."""
        index = bisect_right(self.passage_ends, span.start)
        return index < len(self.passages) and self.passages[index].start < span.end

    def quote_ends_between(self, start: int, end: int) -> bool:
        index = bisect_right(self.passage_ends, start)
        return index < len(self.passage_ends) and self.passage_ends[index] <= end


def find_quotes(text: str, sentences: list[Span], actors: list[Actor]) -> list[Quote]:
    """Direct and reported speech in text order, each with the actor who said it where the text names one. Speech
    needs a quote mark, a speech verb or a transcript's labels: a text with none is done once they are looked
    for."""
    context = _Context(text, sentences, actors)
    turns = _transcript_turns(context)
    according = _according_to(context)
    if not context.passages and not context.verbs and not turns and not according:
        return []
    speeches = _direct_quotes(context) + _colon_introduced(context) + turns
    reported = _reported_speech(context)
    reported += [
        speech for speech in according if not any(speech.span.overlaps(other.span) for other in reported)
    ]
    if reported:
        taken = sorted((speech.span.start, speech.span.end) for speech in speeches)
        taken_starts = [start for start, _ in taken]
        for speech in reported:
            before = bisect_left(taken_starts, speech.span.end)
            if before == 0 or taken[before - 1][1] <= speech.span.start:
                speeches.append(speech)
    if not speeches:
        return []
    speeches.sort(key=lambda speech: speech.span.start)
    return _resolve_speakers(context, _with_participle_clauses(context, speeches))


def _sentences_with_participles(context: _Context) -> set[int | None]:
    """The sentences holding ", adding that " or the like, found from the text's "ing that "."""
    text = context.text
    found: set[int | None] = set()
    position = text.find(_PARTICIPLE_THAT)
    while position >= 0:
        comma = text.rfind(",", max(0, position - _MAX_PARTICIPLE_CHARS), position)
        if comma >= 0 and _participle_pattern().match(text, comma):
            found.add(context.sentence_index(position))
        position = text.find(_PARTICIPLE_THAT, position + 1)
    return found


def _with_participle_clauses(context: _Context, speeches: list[_Speech]) -> list[_Speech]:
    """`Haddad said the town had fallen, adding that 40 fighters had surrendered.` / `"…," he said, noting that …`:
    the clause after the participle is a further report by the same speaker, and a reported clause before it ends
    at its comma. Speeches stay in text order and do not overlap."""
    text = context.text
    participle_sentences = _sentences_with_participles(context)
    if not participle_sentences:
        return speeches
    result: list[_Speech] = []
    for index, speech in enumerate(speeches):
        if (
            speech.verb_position is None
            or speech.subject is None
            or context.sentence_index(speech.verb_position) not in participle_sentences
        ):
            result.append(speech)
            continue
        sentence = context.sentence_at(speech.verb_position)
        sentence_end = _without_final_punctuation(text, sentence)
        search_start = speech.span.start if speech.reported else max(speech.span.end, speech.verb_position)
        participle = _participle_pattern().search(text, search_start, sentence_end)
        following = speeches[index + 1].span.start if index + 1 < len(speeches) else len(text)
        if (
            participle is None
            or following < sentence_end
            or (result and result[-1].span.end > participle.start())
            or not _has_words(text, participle.end(), sentence_end, _MIN_CLAUSE_WORDS)
        ):
            result.append(speech)
            continue
        if speech.reported and speech.span.end > participle.start():
            speech = _Speech(
                Span(speech.span.start, participle.start()), True, speech.verb_position, speech.subject
            )
        result.append(speech)
        result.append(_Speech(Span(participle.end(), sentence_end), True, participle.start(), speech.subject))
    return result


def _direct_quotes(context: _Context) -> list[_Speech]:
    speeches: list[_Speech] = []
    previous: _Speech | None = None
    for passage in context.passages:
        speech = _attribute(context, passage, previous)
        if speech is not None:
            speeches.append(speech)
            previous = speech
    return speeches


def _attribute(context: _Context, passage: Span, previous: _Speech | None) -> _Speech | None:
    """The quote with the verb that attributes it, or None for a scare quote or a quoted name. An unattributed
    quote is speech only when it opens its sentence and is a sentence itself ("…." / "…,")."""
    text = context.text
    adjacent = _attribution_after(context, passage) or _attribution_before(context, passage)
    if adjacent is not None:
        return _Speech(passage, False, *adjacent)
    sentence_start = context.sentence_at(passage.start).start
    opens_sentence = _skip_spaces(text, sentence_start, passage.start) == passage.start
    if len(text[passage.start + 1 : passage.end - 1].split()) <= _SHORT_QUOTE_WORDS:
        # A short sentence quoted whole right after its speaker's quote goes on with it ("It was terrible.").
        if (
            opens_sentence
            and text[passage.end - 2] in _SENTENCE_END_INSIDE
            and previous is not None
            and _continues_previous(context, previous, passage)
        ):
            return _Speech(passage, False, previous.verb_position, previous.subject)
        return None
    earlier = _speech_verb_earlier_in_sentence(context, passage)
    if earlier is not None:
        return _Speech(passage, False, *earlier)
    if previous is not None and _continues_previous(context, previous, passage):
        return _Speech(passage, False, previous.verb_position, previous.subject)
    if opens_sentence and text[passage.end - 2] in _SENTENCE_INSIDE_CLOSE:
        return _Speech(passage, False, None, None)
    return None


def _attribution_after(context: _Context, passage: Span) -> tuple[int, _Subject] | None:
    """`"…," said Mayhoub` / `"…," Mayhoub said` / `"…" east of the city, said Mayhoub`; after "told" the
    name is the listener ("…," Votel, who leads the command, told Congress)."""
    text = context.text
    limit = min(context.sentence_at(passage.end - 1).end, passage.end + _MAX_ATTRIBUTION_CHARS)
    next_mark = _QUOTE_MARK.search(text, passage.end, limit)
    if next_mark is not None and next_mark.group() in '“"‘':
        limit = next_mark.start()
    verb = context.first_verb(passage.end, limit)
    if verb is None:
        return None
    between = text[passage.end : verb.start()]
    if ";" in between:
        return None
    lead = between.strip(" ,\u00a0")
    speaker_may_follow = verb.group().lower() not in _listener_verbs()
    if speaker_may_follow and (
        not lead or (between.rstrip().endswith(",") and len(lead.split()) <= _MAX_LEAD_WORDS)
    ):
        subject = _subject_after_verb(context, verb.end(), limit)
        if subject is not None:
            return verb.start(), subject
    closes_with_comma = text[passage.end - 2] in _CLOSE_INSIDE or between.lstrip().startswith(",")
    if not closes_with_comma or len(between.split()) > _MAX_SUBJECT_WORDS:
        return None
    subject = _subject_before_verb(context, passage.end, verb.start())
    return (verb.start(), subject) if subject is not None else None


def _attribution_before(context: _Context, passage: Span) -> tuple[int, _Subject] | None:
    """`Dillon said "…"` / `A spokesman said: "…"` / `Votel released the following statement:`, the colon possibly
    ending the paragraph before."""
    text = context.text
    sentence_index = context.sentence_index(passage.start)
    if sentence_index is None:
        return None
    sentence = context.sentences[sentence_index]
    region_start = max(sentence.start, passage.start - _MAX_ATTRIBUTION_CHARS)
    region_end = passage.start
    if not text[region_start:region_end].strip() and sentence_index > 0:
        previous = context.sentences[sentence_index - 1]
        if text[previous.end - 1] != ":":
            return None
        region_start, region_end = max(previous.start, previous.end - _MAX_ATTRIBUTION_CHARS), previous.end
    verb_start = _introduction_before(context, region_start, region_end)
    if verb_start is None:
        return None
    subject = _subject_before_verb(context, _clause_start(text, region_start, verb_start), verb_start)
    return (verb_start, subject) if subject is not None else None


def _speech_verb_earlier_in_sentence(context: _Context, passage: Span) -> tuple[int, _Subject] | None:
    """A partial quote inside reported speech: `Abadi said the army would "fight to the last street"`."""
    text = context.text
    sentence = context.sentence_at(passage.start)
    region_start = max(sentence.start, passage.start - _MAX_ATTRIBUTION_CHARS)
    for verb in reversed(context.verbs_between(region_start, passage.start)):
        if not _is_active_speech(text, verb.start()):
            continue
        subject = _subject_before_verb(
            context,
            _clause_start(text, max(sentence.start, verb.start() - _MAX_SUBJECT_CHARS), verb.start()),
            verb.start(),
        )
        if subject is not None:
            return verb.start(), subject
    return None


def _continues_previous(context: _Context, previous: _Speech, passage: Span) -> bool:
    """A quote right after an attributed one, with at most its attribution between, has the same speaker."""
    if previous.subject is None:
        return False
    gap = context.text[previous.span.end : passage.start]
    if gap.count("\n") > 2 or len(gap.split()) > _MAX_INHERIT_GAP_WORDS:
        return False
    others = context.mentions_within(previous.span.end, passage.start)
    return all(mention.actor_id == previous.subject.actor_id or not mention.is_person for mention in others)


def _colon_introduced(context: _Context) -> list[_Speech]:
    """`The minister said:` at the end of a paragraph, then the statement as a paragraph without quote marks."""
    speeches: list[_Speech] = []
    for index in _sentences_ending_with_colon(context):
        speech = _statement_after_colon(context, index)
        if speech is not None:
            speeches.append(speech)
            speeches.extend(_statement_continued(context, speech))
    return speeches


def _statement_continued(context: _Context, statement: _Speech) -> list[_Speech]:
    """The paragraphs after a colon-introduced statement that go on with it, as a government statement runs to the
    end of the release. It stops at a heading (a line of few words or no closing stop), at a paragraph with a
    quote mark, a speech verb or a colon of its own, and at one naming the speaker, which is narration again."""
    text = context.text
    subject = statement.subject
    speaker_starts: list[int] | None = None
    paragraphs: list[_Speech] = []
    start = statement.span.end
    length = len(text)
    while True:
        start = _skip_spaces(text, start, length)
        if start >= length:
            break
        end = _line_end(text, start)
        stop = end
        while text[stop - 1].isspace():
            stop -= 1
        paragraph = Span(start, stop)
        if (
            text[stop - 1] not in _SENTENCE_END_INSIDE
            or text.count(" ", start, stop) < _MIN_STATEMENT_WORDS - 1
            or text.find(":", start, stop) >= 0
            or context.quote_within(paragraph)
            or context.verbs_between(start, stop)
        ):
            break
        if speaker_starts is None:
            speaker_starts = context.mention_starts_of(subject.actor_id if subject is not None else None)
        if bisect_left(speaker_starts, start) != bisect_left(speaker_starts, stop):
            break
        paragraphs.append(_Speech(paragraph, False, statement.verb_position, subject))
        start = end
    return paragraphs


def _sentences_ending_with_colon(context: _Context) -> list[int]:
    """Indexes of the sentences, all but the last, that end with a colon. Only sentences with a colon are read,
    found from the text's colons, each sentence once; none is needed when the text has no speech verb."""
    text = context.text
    found: list[int] = []
    if not context.verbs:
        return found
    last_index = len(context.sentences) - 1
    colon = text.find(":")
    while colon >= 0:
        index = context.sentence_index(colon)
        if index is None:
            colon = text.find(":", colon + 1)
            continue
        sentence = context.sentences[index]
        if index < last_index and text[sentence.end - 1] == ":":
            found.append(index)
        colon = text.find(":", sentence.end)
    return found


def _statement_after_colon(context: _Context, index: int) -> _Speech | None:
    """The paragraph after sentence `index` as what its trailing speech verb introduces."""
    text = context.text
    sentence = context.sentences[index]
    statement_start = context.sentences[index + 1].start
    if "\n" not in text[sentence.end : statement_start] or _QUOTE_MARK.match(text, statement_start):
        return None
    verb_start = _introduction_before(context, sentence.start, sentence.end)
    if verb_start is None:
        return None
    subject = _subject_before_verb(context, sentence.start, verb_start)
    if subject is None:
        return None
    statement_end = text.find("\n", statement_start)
    statement_end = len(text.rstrip()) if statement_end < 0 else statement_end
    statement = Span(statement_start, len(text[statement_start:statement_end].rstrip()) + statement_start)
    if context.quote_within(statement):
        return None
    return _Speech(statement, False, verb_start, subject)


def _introduction_before(context: _Context, start: int, end: int) -> int | None:
    """Where the verb introducing what follows [start, end) starts: a trailing speech verb ("the minister said:")
    or a statement given out ("Gen. Votel released the following statement today:")."""
    verb = _trailing_speech_verb(context, start, end)
    if verb is not None:
        return verb.start()
    text = context.text
    if text.find(" statement", start, end) < 0 and text.find(" remarks", start, end) < 0:
        return None
    given = _statement_given_pattern().search(text, start, end)
    return given.start() if given is not None else None


def _transcript_turns(context: _Context) -> list[_Speech]:
    """`GEN. OKAFOR: We conducted 11 strikes.` in a briefing transcript: each paragraph up to the next speaker's
    label is what the labelled person said; the last turn is its own paragraph only, since contact details or
    notes may follow it. A text needs two labels to be a transcript, and a label must be the person's mention in
    capitals, so a headline such as "Syria: UK statement on …" is not a turn."""
    text = context.text
    labels = _speaker_labels(text)
    if len(labels) < 2:
        return []
    turns: list[_Speech] = []
    for index, (label_start, colon) in enumerate(labels):
        speaker = next(
            (
                mention.actor_id
                for mention in context.mentions_within(label_start, colon)
                if mention.is_person and mention.start == label_start and mention.end == colon
            ),
            None,
        )
        if speaker is None:
            continue
        turn_end = labels[index + 1][0] if index + 1 < len(labels) else _line_end(text, colon)
        paragraph_start = colon + 1
        while paragraph_start < turn_end:
            paragraph_end = text.find("\n", paragraph_start, turn_end)
            paragraph_end = turn_end if paragraph_end < 0 else paragraph_end
            for run in _runs_without_speech_verbs(context, paragraph_start, paragraph_end):
                turns.append(_Speech(run, False, label_start, _Subject(actor_id=speaker)))
            paragraph_start = paragraph_end + 1
    return turns


def _runs_without_speech_verbs(context: _Context, start: int, end: int) -> list[Span]:
    """The runs of sentences in [start, end) with no speech verb or quote: a sentence where the speaker reports
    someone else ("The ministry announced …") is left to that someone, and a quote to its own speaker."""
    text = context.text
    runs: list[Span] = []
    run_start: int | None = None
    run_end = start
    index = context.sentence_index(_skip_spaces(text, start, end))
    while index is not None and index < len(context.sentences) and context.sentences[index].start < end:
        sentence = context.sentences[index]
        sentence_end = min(sentence.end, end)
        if context.verbs_between(sentence.start, sentence_end) or context.quote_within(sentence):
            if run_start is not None:
                runs.append(Span(run_start, run_end))
            run_start = None
        else:
            run_start = (
                _skip_spaces(text, max(sentence.start, start), end) if run_start is None else run_start
            )
            run_end = (
                sentence_end  # the sentence without the white space after it (no slice of the whole text)
            )
            while run_end > 0 and text[run_end - 1].isspace():
                run_end -= 1
        index += 1
    if run_start is not None:
        runs.append(Span(run_start, run_end))
    return [run for run in runs if run.end > run.start]


def _line_end(text: str, position: int) -> int:
    line_end = text.find("\n", position)
    return len(text) if line_end < 0 else line_end


def _speaker_labels(text: str) -> list[tuple[int, int]]:
    """Where each transcript label the entities step reads ("Q:", "COL. WARREN:") starts, and where its colon
    stands."""
    return [(label.start, text.find(":", label.end)) for _, label in sorted(speaker_labels(text).items())]


def _according_to(context: _Context) -> list[_Speech]:
    """`According to the UN, 12,000 people have fled.` / `…, according to Omar Haddad.`: the rest of the sentence
    is what the actor named right after "according to" reported. The actor must be named whole there, so
    "according to a statement from …" or "according to reports" give nothing."""
    text = context.text
    speeches: list[_Speech] = []
    position = text.find(_ACCORDING_TO)
    while position > 0:
        start = position - 1
        name_start = position + len(_ACCORDING_TO)
        if text[start] in "Aa" and (start == 0 or not text[start - 1].isalnum()):
            speech = _according_to_speech(context, start, name_start)
            if speech is not None:
                speeches.append(speech)
        position = text.find(_ACCORDING_TO, name_start)
    return speeches


def _according_to_speech(context: _Context, start: int, name_start: int) -> _Speech | None:
    text = context.text
    sentence = context.sentence_at(start)
    sentence_end = _without_final_punctuation(text, sentence)
    if text.startswith("the ", name_start):
        name_start += 4
    mention = next(
        iter(context.mentions_within(name_start, min(sentence_end, name_start + _WORD_WINDOW))), None
    )
    if mention is None or mention.start > name_start + 4 or _is_possessive(text, mention.end):
        return None
    name_end = _end_of_lower_case_tail(text, mention.end, sentence_end)
    opens_sentence = _after_dateline(text, sentence.start, start) == start and text[start] == "A"
    if opens_sentence and text.startswith(", ", name_end):
        clause_start = _after_appositive(text, name_end + 2, sentence_end)
        clause = Span(_skip_spaces(text, clause_start, sentence_end), sentence_end)
    elif name_end == sentence_end and text[max(sentence.start, start - 2) : start] == ", ":
        clause = Span(_after_dateline(text, sentence.start, start), start - 2)
    else:
        return None
    if not _has_words(text, clause.start, clause.end, _MIN_CLAUSE_WORDS) or context.quote_within(clause):
        return None
    return _Speech(clause, True, start, _Subject(actor_id=mention.actor_id))


def _end_of_lower_case_tail(text: str, end: int, limit: int) -> int:
    """After "the UN" in "according to the UN refugee agency", the lower-case words that finish the name."""
    tail = _LOWER_CASE_TAIL.match(text, end, limit)
    return tail.end() if tail else end


def _after_appositive(text: str, start: int, limit: int) -> int:
    """`According to Omar Haddad, the brigade's commander, ten …` / `According to the UN, which has staff there,
    …`: a short description or relative clause with no number in it, between two commas, belongs to the name;
    what follows is the clause."""
    appositive = _APPOSITIVE.match(text, start, limit)
    return appositive.end() if appositive else start


def _reported_speech(context: _Context) -> list[_Speech]:
    """Only sentences with a speech verb in them are read."""
    speeches: list[_Speech] = []
    last_sentence: int | None = None
    for verb in context.verbs:
        sentence_index = context.sentence_index(verb.start())
        if sentence_index is None or sentence_index == last_sentence:
            continue
        last_sentence = sentence_index
        speech = _reported_in_sentence(context, context.sentences[sentence_index])
        if speech is not None:
            speeches.append(speech)
    return speeches


def _reported_in_sentence(context: _Context, sentence: Span) -> _Speech | None:
    text = context.text
    sentence_end = _without_final_punctuation(text, sentence)
    inverted = _inverted_attribution(context, sentence, sentence_end)
    for verb in context.verbs_between(sentence.start, sentence_end):
        if inverted is not None and verb.start() == inverted[1] and not _opens_with_intro(text, inverted[0]):
            break
        if not _is_active_speech(text, verb.start()) or context.quote_ends_between(
            sentence.start, verb.start()
        ):
            continue
        clause_start = _reported_clause_start(text, verb, sentence_end)
        if clause_start is None:
            continue
        subject = _subject_before_verb(
            context,
            _clause_start(text, max(sentence.start, verb.start() - _MAX_SUBJECT_CHARS), verb.start()),
            verb.start(),
        )
        if subject is None or (subject.actor_id is None and not subject.is_pronoun):
            subject = _sentence_subject_of_second_verb(context, sentence, verb.start()) or subject
        if subject is None:
            continue
        clause_end = inverted[0].end if inverted and inverted[0].end > clause_start else sentence_end
        clause_end = _before_next_speaker(context, clause_start, clause_end)
        if _RELATIVE_WHO.search(text, max(sentence.start, verb.start() - 40), verb.start()):
            clause_end = _end_of_relative_clause(text, clause_start, clause_end)
        cited = text.find(_CITED_SOURCE, clause_start, clause_end)
        clause_end = (
            cited if cited >= 0 else clause_end
        )  # "… died, according to X": X's words, not the speaker's
        if not _has_words(text, clause_start, clause_end, _MIN_CLAUSE_WORDS):
            continue
        return _Speech(Span(clause_start, clause_end), True, verb.start(), subject)
    if inverted is None:
        return None
    return _Speech(inverted[0], True, inverted[1], inverted[2])


def _end_of_relative_clause(text: str, start: int, end: int) -> int:
    """`The minister, who said the army was ready, resigned`: what a relative clause reports ends at its comma,
    before the sentence's own verb."""
    comma = text.find(",", start, end)
    return comma if comma >= 0 else end


def _sentence_subject_of_second_verb(context: _Context, sentence: Span, verb_start: int) -> _Subject | None:
    """`The Prime Minister reaffirmed the UK's support and said …`: a verb of saying after "and" shares the
    subject that opens the sentence."""
    text = context.text
    if not text[max(sentence.start, verb_start - 5) : verb_start].rstrip().endswith(" and"):
        return None
    opening = _skip_spaces(text, sentence.start, verb_start)
    if text.startswith(("The ", "the "), opening):
        opening += 4
    for mention in context.mentions_within(opening, verb_start):
        return _Subject(actor_id=mention.actor_id) if mention.start == opening else None
    return None


def _before_next_speaker(context: _Context, start: int, end: int) -> int:
    """A reported clause ends where a contrasting clause with a speaker of its own begins ("the Kremlin said
    the talks had failed, while the White House said …")."""
    for verb in context.verbs_between(start, end):
        joiner = _CONTRAST_JOINER.search(context.text, start, verb.start())
        if joiner is not None:
            return joiner.start()
    return end


def _inverted_attribution(
    context: _Context, sentence: Span, sentence_end: int
) -> tuple[Span, int, _Subject] | None:
    """`There are challenges …, he said, but …`: the clause before a trailing or parenthetical attribution."""
    text = context.text
    for verb in context.verbs_between(sentence.start, sentence_end):
        comma_position = text.rfind(
            ",", max(sentence.start, verb.start() - _MAX_INVERTED_REACH), verb.start()
        )
        if comma_position >= 0 and not text[comma_position + 1 : verb.start()].strip():
            verb_first = _verb_first_attribution(context, sentence, comma_position, verb, sentence_end)
            if verb_first is not None:
                return verb_first
            for _ in range(_APPOSITIVE_STEPS):
                comma_position = text.rfind(
                    ",", max(sentence.start, comma_position - _MAX_INVERTED_REACH), max(0, comma_position)
                )
        comma = _COMMA.match(text, comma_position) if comma_position >= 0 else None
        if comma is None:
            continue
        after = _after_fillers(text, verb.end(), sentence_end)
        if (
            after < sentence_end
            and (text[after] != "," or _QUOTE_MARK.match(text, _skip_spaces(text, after + 1, sentence_end)))
            and not _ADJUNCT.fullmatch(text, after, sentence_end)
        ):
            continue
        if not _looks_like_inverted_subject(text[comma.end() : verb.start()].split()):
            continue
        clause_start = _after_dateline(text, sentence.start, comma.start())
        if not _has_words(text, clause_start, comma.start(), _MIN_CLAUSE_WORDS):
            return None
        subject = _subject_before_verb(context, comma.end(), verb.start())
        if subject is not None:
            return Span(clause_start, comma.start()), verb.start(), subject
    return None


def _verb_first_attribution(
    context: _Context, sentence: Span, comma_position: int, verb: re.Match[str], sentence_end: int
) -> tuple[Span, int, _Subject] | None:
    """`…, said Yahya Saree, a spokesman for the group.` / `…, said officials familiar with the matter.`: the
    speaker after the verb, at the end of the sentence but for an appositive."""
    text = context.text
    if verb.group().lower() not in _inverted_verbs() or _RELATIVE_CLAUSE_BEFORE.search(
        text, sentence.start, comma_position
    ):
        return None
    name = _NAME_AFTER_VERB.match(text, verb.end(), sentence_end)
    words = name.group(1).split() if name is not None else []
    if (
        name is None
        or len(words) > _MAX_INVERTED_SUBJECT_WORDS + 1
        or not _clause_words().isdisjoint(words)
        or not (_looks_like_inverted_subject(words) or _is_plural_noun(words[0]))
        or _name_then_past_tense(words)
    ):
        return None
    rest = text[name.end() : sentence_end]
    if rest.strip() and (not rest.startswith(",") or _QUOTE_MARK.search(rest)):
        return None
    clause_start = _after_dateline(text, sentence.start, comma_position)
    if not _has_words(text, clause_start, comma_position, _MIN_CLAUSE_WORDS) or not _is_active_speech(
        text, verb.start()
    ):
        return None
    subject = _subject_after_verb(context, verb.end(), sentence_end) or _Subject()
    return Span(clause_start, comma_position), verb.start(), subject


def _name_then_past_tense(words: list[str]) -> bool:
    """`…, said ISIS remained a threat` / `…, said the men burned their house`: a subject, a past-tense verb and
    its object after the verb of saying are what was said, not its speaker ("said the retired general" is one)."""
    index = 0
    while index < len(words) and words[index][:1].isupper():
        index += 1
    if 0 < index < len(words) - 1 and _is_past_tense(words[index]):
        return True
    return any(
        _is_past_tense(word) and (following[:1].isdigit() or following in _object_openers())
        for word, following in pairwise(words[1:])
    )


def _is_past_tense(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed")


def _is_plural_noun(word: str) -> bool:
    """A lower-case plural ("officials", "sources") can be who spoke; "to", "that" or "is" cannot."""
    return word.islower() and looks_plural(word)


def _after_dateline(text: str, start: int, end: int) -> int:
    """A wire dateline ("BEIRUT, May 2 (Agency) - ") opens the paragraph but is not what was said."""
    dateline = _DATELINE.match(text, start, end)
    return dateline.end() if dateline else start


def _after_fillers(text: str, start: int, limit: int) -> int:
    """Where the text after a verb goes on once fillers ("on Thursday", "later") are skipped."""
    position = start
    for word in _WORD.finditer(text, start, min(limit, start + _WORD_WINDOW)):
        if word.group().lower() not in _fillers():
            return word.start()
        position = word.end()
    return _skip_spaces(text, position, limit)


def _opens_with_intro(text: str, clause: Span) -> bool:
    """`Also in the past 24 hours, Davis said, the coalition …`: an opening phrase, not the reported clause."""
    first = _WORD.match(text, _skip_spaces(text, clause.start, clause.end))
    return first is not None and first.group().lower() in _intro_words()


def _looks_like_inverted_subject(words: list[str]) -> bool:
    """`he` / `Davis` / `Pentagon Press Secretary Peter Cook` / `the release` / `military officials`, not a
    clause of its own."""
    if not 0 < len(words) <= _MAX_INVERTED_SUBJECT_WORDS:
        return False
    return (
        words[0][:1].isupper()
        or words[0].lower() in _pronouns()
        or words[0].lower() in _body_pronouns()
        or words[0] in ("the", "a", "an")
        or (words[0].islower() and (_is_plural_noun(words[-1]) or words[-1] in _collective_subjects()))
    )


def _reported_clause_start(text: str, verb: re.Match[str], limit: int) -> int | None:
    """Where the reported clause begins after the verb: after "that", or at once after say and add."""
    verb_word = verb.group().lower()
    takes_bare_clause = verb_word in _bare_verbs()
    skipped = 0
    in_phrase = False
    for word in _WORD.finditer(text, verb.end(), limit):
        token = word.group()
        lowered = token.lower()
        if lowered == "that":
            return _skip_spaces(text, word.end(), limit)
        if skipped >= _MAX_SKIPPED_WORDS:
            return None
        skipped += 1
        if in_phrase or token == ",":
            continue
        if lowered in _prepositions() and not (
            lowered in _fillers() and _next_is_filler(text, word.end(), limit)
        ):
            in_phrase = True  # "said on social media that", but "said on Friday the …" goes on
            continue
        if lowered in _fillers():
            continue
        if skipped == 1 and verb_word in _verbs_with_object():
            if verb_word in _listener_verbs():
                clause_start = _clause_after_listener(text, word, limit)
                if clause_start is not None:
                    return clause_start
            in_phrase = True
            continue
        if takes_bare_clause and token[0].isalnum() and lowered not in _clause_blockers():
            return None if _is_name_apposition(text, word.start(), limit) else word.start()
        return None
    return None


def _clause_after_listener(text: str, listener: re.Match[str], limit: int) -> int | None:
    """`told AFP the group had …` / `told reporters it was …`: a clause without "that" right after a one-word
    listener, with a verb among its first words ("told Ahmed the story of the siege" tells no clause); None when
    "that" follows soon, as in "told Reuters the day after the attack that …"."""
    token = listener.group()
    if not (token in _listeners() or (token[:1].isupper() and token.isalpha())):
        return None
    following = _WORD.match(text, _skip_spaces(text, listener.end(), limit))
    if following is None or following.group().lower() not in _clause_openers():
        return None
    window = text[following.start() : min(limit, following.start() + _WORD_WINDOW)].split()[
        :_MAX_SKIPPED_WORDS
    ]
    if "that" in window:
        return None
    verb_words = window[1:_LISTENER_CLAUSE_VERB_WORDS]
    has_verb = any(word in _clause_words() or _is_past_tense(word) for word in verb_words)
    return following.start() if has_verb else None


def _next_is_filler(text: str, start: int, limit: int) -> bool:
    following = _WORD.match(text, _skip_spaces(text, start, limit))
    return following is not None and following.group().lower() in _fillers()


def _has_words(text: str, start: int, end: int, count: int) -> bool:
    """At least `count` words in [start, end), reading no further than a short window from its start."""
    return len(text[start : min(end, start + _WORD_WINDOW)].split()) >= count


def _skip_spaces(text: str, start: int, limit: int) -> int:
    while start < limit and text[start].isspace():
        start += 1
    return start


def _is_name_apposition(text: str, start: int, limit: int) -> bool:
    """`said Mayhoub, a spokesman` names a speaker; it reports no clause."""
    run = _CAPITALISED_RUN.match(text, start, limit)
    if run is None:
        return False
    following = _skip_spaces(text, run.end(), limit)
    return following >= limit or text[following] in ",.;:"


def _is_active_speech(text: str, verb_start: int) -> bool:
    """Not passive, negated or subordinate: "is said to", "did not say", "who said", "to say". The word before
    the verb is matched once in the reversed window, which is cheaper than searching the window for its end."""
    previous = _WORD_AT_START.match(text[max(0, verb_start - 20) : verb_start][::-1])
    if previous is None:
        return False
    word = previous.group(1)[::-1].lower()
    if word == "who" and _RELATIVE_WHO.search(text, max(0, verb_start - 40), verb_start):
        return True  # "…, who said": the person before the comma speaks; "the officer who said" does not
    return word not in _not_before_verb()


def _clause_start(text: str, region_start: int, verb_start: int) -> int:
    """A verb's subject starts after the last semicolon, colon or closing quote mark before it."""
    start = region_start
    for clause_break in _CLAUSE_BREAK.finditer(text, region_start, verb_start):
        start = clause_break.end()
    return start


def _subject_before_verb(context: _Context, start: int, verb_start: int) -> _Subject | None:
    """`Dillon said` / `Rasool, a spokesman for …, said` / `The head of the agency, Tedros, said` / `he said`;
    None when no subject stands there."""
    text = context.text
    words = text[start:verb_start].split()
    while words and words[-1].lower() in _fillers():
        words.pop()
    if not words or len(words) > _MAX_SUBJECT_WORDS:
        return None
    if words[-1].lower() in _pronouns():
        return _Subject(is_pronoun=True)
    if len(words) == 1 and words[0].lower() in _body_pronouns():
        return _Subject(is_body_pronoun=True)
    if words[-1] == "who":  # "… commander Mazloum Abdi, who said …"
        antecedent = _RELATIVE_WHO.search(text, max(0, start - _WORD_WINDOW), verb_start)
        if antecedent is not None:
            for mention in context.mentions_within(
                max(0, antecedent.start() - _WORD_WINDOW), antecedent.start()
            ):
                if mention.end == antecedent.start() and mention.is_person:
                    return _Subject(actor_id=mention.actor_id)
    mentions = [m for m in context.mentions_within(start, verb_start) if not _is_possessive(text, m.end)]
    inside_description = False
    if mentions and all(word.lower() in _fillers() for word in text[mentions[-1].end : verb_start].split()):
        inside_description = _follows_description_preposition(text, start, mentions[-1].start)
        if not inside_description:
            return _Subject(actor_id=mentions[-1].actor_id)
    if inside_description or text[start:verb_start].rstrip().endswith(","):
        for mention in mentions:
            if text[mention.end : mention.end + 2].lstrip().startswith(",") and not (
                _follows_description_preposition(text, start, mention.start)
            ):
                return _Subject(actor_id=mention.actor_id)
    return _Subject(unknown_name=_may_name_a_person(words[-1]))


def _may_name_a_person(head: str) -> bool:
    """A capitalised head word that is neither a body that speaks ("Police", "the Ministry") nor a plural
    ("Residents"): an unknown person's name, perhaps."""
    word = head.rstrip(",")
    lowered = word.lower()
    return (
        word[:1].isupper()
        and lowered not in _collective_subjects()
        and lowered not in ("a", "an", "the")
        and not looks_plural(lowered)
    )


def _follows_description_preposition(text: str, start: int, mention_start: int) -> bool:
    """`Gen. Votel, commander of U.S. Central Command said` / `a spokesman for President Zelensky`: the name
    inside the description is not who spoke. Titles before the name are skipped only after a lower-case role
    ("spokesman for"), since "Minister for Africa Kassem" is one title."""
    words = text[max(start, mention_start - _WORD_WINDOW // 4) : mention_start].split()
    while words and words[-1].lower() in ("the", "a", "an"):
        words.pop()
    if words and words[-1] in _description_prepositions():
        return True
    while words and words[-1][:1].isupper() and not words[-1].endswith(","):
        words.pop()
    return len(words) >= 2 and words[-1] in _description_prepositions() and words[-2].islower()


def _subject_after_verb(context: _Context, verb_end: int, limit: int) -> _Subject | None:
    """`said Mayhoub, …` / `said U.S. Army Col. Ryan Dillon` / `said he` / `said a spokesman`. A person named
    after an organisation is its spokesman ("said Pentagon press secretary Pat Ryder"), so the person speaks."""
    text = context.text
    name = _NAME_AFTER_VERB.match(text, verb_end, limit)
    if name is None:
        return None
    first = name.group(1).split()[0]
    if first.lower() in _pronouns():
        return _Subject(is_pronoun=True)
    if first.lower() in _body_pronouns():
        return _Subject(is_body_pronoun=True)
    if not first[:1].isupper() and first.lower() not in ("a", "an", "the"):
        return None
    name_end = _end_of_speaker_phrase(text, name.start(1), name.end(1))
    mentions = [
        mention
        for mention in context.mentions_within(name.start(1), name_end)
        if not _is_possessive(text, mention.end)
        and not (mention.is_person and _follows_description_preposition(text, name.start(1), mention.start))
    ]
    persons = [mention for mention in mentions if mention.is_person]
    if persons or mentions:
        return _Subject(actor_id=(persons or mentions)[0].actor_id)
    appositive = _person_in_apposition(context, name.end(1), limit)
    if appositive is not None:
        return _Subject(actor_id=appositive)
    return _Subject(
        unknown_name=_may_name_a_person(first) and _may_name_a_person(_last_word_before(text, name_end))
    )


def _person_in_apposition(context: _Context, after_role: int, limit: int) -> str | None:
    """`said the commander, Omar Haddad, …` / `said the group's spokesman, Col. Yahya Saree.`: the person named
    whole, titles aside, between commas right after a role that names no one."""
    text = context.text
    comma = _COMMA.match(text, after_role, limit)
    if comma is None:
        return None
    for mention in context.mentions_within(comma.end(), min(limit, comma.end() + _WORD_WINDOW)):
        titles = text[comma.end() : mention.start].split()
        if not all(word[:1].isupper() and (word[-1].isalpha() or word[-1] == ".") for word in titles):
            return None
        if mention.is_person and (mention.end >= limit or text[mention.end] in ",.;"):
            return mention.actor_id
        return None
    return None


def _end_of_speaker_phrase(text: str, start: int, end: int) -> int:
    """Where the speaker after a verb gives way to how or where it spoke ("said the ministry in a statement
    responding to Putin"): at a lower-case linking word or participle; "of", "for" and "from" still describe the
    speaker, though a person they introduce is not it ("said a spokesman for President Zelensky")."""
    for word in _WORD.finditer(text, start, end):
        token = word.group()
        if (
            token.islower()
            and token not in ("of", "for", "from")
            and (token in _clause_blockers() or token.endswith("ing"))
        ):
            return word.start()
    return end


def _last_word_before(text: str, end: int) -> str:
    """The last run of non-space characters before `end` (what `text[:end].split()[-1]` gives, without copying
    the text before it)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _is_possessive(text: str, end: int) -> bool:
    return bool(_POSSESSIVE.match(text, end))


def _trailing_speech_verb(context: _Context, start: int, end: int) -> re.Match[str] | None:
    """A speech verb followed by nothing but "that" or a comma, or by a short phrase and a colon: it introduces
    what follows ("said:", "told reporters on Friday:")."""
    text = context.text
    for verb in context.verbs_between(start, end):
        if _TRAILING_AFTER_VERB.fullmatch(text, verb.end(), end) and _is_active_speech(text, verb.start()):
            return verb
    return None


def _without_final_punctuation(text: str, sentence: Span) -> int:
    end = sentence.end
    while end > sentence.start and text[end - 1] in ".!?…":
        end -= 1
    return end


def _resolve_speakers(context: _Context, speeches: list[_Speech]) -> list[Quote]:
    """Named subjects are speakers; pronouns are resolved in the order their verbs appear (see `_antecedent`).
    After a speaker whose name we do not know, "he said" may be that speaker, so it names no one unless a person
    has since been the subject of a sentence; "it said" is the body that spoke just before (`_body_antecedent`)."""
    speakers: dict[int, str | None] = {}
    last_named_person: tuple[int, str] | None = None
    last_unknown_name: int | None = None
    last_speaker: tuple[int, str | None] | None = None
    attributed = sorted(
        (index for index, speech in enumerate(speeches) if speech.verb_position is not None),
        key=lambda index: speeches[index].verb_position or 0,
    )
    person_ids = context.person_ids() if attributed else set()
    for index in attributed:
        speech = speeches[index]
        subject = speech.subject or _Subject()
        position = speech.verb_position or 0
        if subject.is_body_pronoun:
            speakers[index] = _body_antecedent(context, position, last_speaker, person_ids)
        elif subject.is_pronoun:
            if last_unknown_name is not None and (
                last_named_person is None or last_named_person[0] < last_unknown_name
            ):
                since = context.person_subject_before(position)
                speakers[index] = (
                    since.actor_id if since is not None and since.start > last_unknown_name else None
                )
            else:
                speakers[index] = _antecedent(context, position, last_named_person)
        else:
            speakers[index] = subject.actor_id
            if subject.actor_id in person_ids:
                last_named_person = (position, subject.actor_id or "")
            elif subject.unknown_name:
                last_unknown_name = position
        last_speaker = (position, speakers[index])
    return [
        Quote(span=speech.span, speaker=speakers.get(index), reported=speech.reported)
        for index, speech in enumerate(speeches)
    ]


def _body_antecedent(
    context: _Context, position: int, last_speaker: tuple[int, str | None] | None, person_ids: set[str]
) -> str | None:
    """`The ministry said 17 soldiers were killed. "…," it said.`: the body that was the last speaker, in the same
    or one of the two sentences before; a person or someone unnamed speaking last leaves "it" unresolved."""
    if last_speaker is None or last_speaker[1] is None or last_speaker[1] in person_ids:
        return None
    speaker_sentence = context.sentence_index(last_speaker[0])
    sentence = context.sentence_index(position)
    if speaker_sentence is None or sentence is None or sentence - speaker_sentence > _BODY_PRONOUN_SENTENCES:
        return None
    return last_speaker[1]


def _antecedent(context: _Context, position: int, last_named_person: tuple[int, str] | None) -> str | None:
    """The last named person who spoke, unless a person has since been the subject of a sentence."""
    subject = context.person_subject_before(position)
    if last_named_person is not None and (subject is None or subject.start < last_named_person[0]):
        return last_named_person[1]
    return subject.actor_id if subject is not None else context.person_before(position)


_FIRST_WORD = re.compile(r"([a-z]+)(?:[^A-Za-z0-9_].*)?")


def _find_speech_verbs(text: str) -> list[re.Match[str]]:
    """Every speech verb of the text, as the verbs pattern alone would find them.

    The pattern needs a word-boundary test at every character, so the text is first scanned as bytes where
    only a verb's first word between spaces can match; the pattern then runs only where such a word starts.
    """
    pattern = _speech_verbs()
    first_words = _speech_verb_first_words()
    if first_words is None:
        return list(pattern.finditer(text))
    letters = word_image(text)
    verbs: list[re.Match[str]] = []
    previous_end = 0
    for candidate in first_words.finditer(letters):
        start = candidate.start()
        if start < previous_end:
            continue
        verb = pattern.match(text, start)
        if verb is not None:
            verbs.append(verb)
            previous_end = verb.end()
    return verbs


@cache
def _speech_verb_first_words() -> re.Pattern[bytes] | None:
    """The verbs' first words between spaces; None when a verb does not open with a lower-case ASCII word."""
    first_words = set()
    for verb in load_lines("speech_verbs.txt"):
        if verb:
            first_word = _FIRST_WORD.fullmatch(verb)
            if first_word is None:
                return None
            first_words.add(first_word.group(1))
    return re.compile(f" (?:{prefix_tree(sorted(first_words))})(?= )".encode("ascii"))


@cache
def _speech_verbs() -> re.Pattern[str]:
    """One pattern for every speech verb, shared prefixes factored so the scan stays fast."""
    return re.compile(r"\b(?:" + prefix_tree(load_lines("speech_verbs.txt")) + r")\b", re.ASCII)


@cache
def _bare_verbs() -> frozenset[str]:
    return frozenset(load_lines("speech_verbs_bare.txt"))


@cache
def _verbs_with_object() -> frozenset[str]:
    return frozenset(load_lines("speech_verbs_with_object.txt"))


@cache
def _listener_verbs() -> frozenset[str]:
    return frozenset(load_lines("speech_verbs_listener_after.txt"))


@cache
def _object_openers() -> frozenset[str]:
    return frozenset(load_lines("speech_object_openers.txt"))


@cache
def _listeners() -> frozenset[str]:
    return frozenset(load_lines("speech_listeners.txt"))


@cache
def _clause_openers() -> frozenset[str]:
    return frozenset(load_lines("speech_clause_openers.txt"))


@cache
def _participle_pattern() -> re.Pattern[str]:
    """`, adding that ` and the like: the participle, then "that", then the clause."""
    return re.compile(r",\s+(?:" + prefix_tree(load_lines("speech_participles.txt")) + r")\s+that\s+")


@cache
def _statement_given_pattern() -> re.Pattern[str]:
    """`released the following statement …:` / `issued this statement:`, up to the colon that ends the sentence."""
    verbs = prefix_tree(load_lines("speech_statement_verbs.txt"))
    return re.compile(
        r"\b(?:"
        + verbs
        + r")\s+(?:the\s+following|this|a|the)\s+(?:statement|remarks)\b[^.!?;:\"“”]{0,60}:\s*\Z"
    )


@cache
def _prepositions() -> frozenset[str]:
    return frozenset(load_lines("speech_prepositions.txt"))


@cache
def _intro_words() -> frozenset[str]:
    return _fillers() | _prepositions()


@cache
def _description_prepositions() -> frozenset[str]:
    return frozenset(load_lines("speech_appositive_prepositions.txt"))


@cache
def _body_pronouns() -> frozenset[str]:
    return frozenset(load_lines("speech_body_pronouns.txt"))


@cache
def _pronouns() -> frozenset[str]:
    return frozenset(load_lines("speech_pronouns.txt"))


@cache
def _fillers() -> frozenset[str]:
    return frozenset(word.lower() for word in load_lines("speech_fillers.txt"))


@cache
def _collective_subjects() -> frozenset[str]:
    return frozenset(load_lines("speech_collective_subjects.txt"))


@cache
def _inverted_verbs() -> frozenset[str]:
    return frozenset(load_lines("speech_inverted_verbs.txt"))


@cache
def _clause_words() -> frozenset[str]:
    return frozenset(load_lines("speech_clause_words.txt"))


@cache
def _clause_blockers() -> frozenset[str]:
    return frozenset(load_lines("speech_clause_blockers.txt"))


@cache
def _not_before_verb() -> frozenset[str]:
    return frozenset(load_lines("speech_not_before_verb.txt"))
