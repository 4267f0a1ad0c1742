"""People: a title before a name, a role beside it, a title standing for its holder, a surname alone.

"U.S. Army Col. Dana Whitcombe" is a person with affiliation, rank and name; "the Foreign Secretary, Alden
Marsh," links the title to the name; "Gen. Marcus Ellingham, commander of the Northern Task Group," adds a
role; a later "Ellingham" is the same person when no one else in the story carries that surname.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from briefing.core.aliases import ActorDraft, title_key
from briefing.core.gazetteer import PersonEntry, exact_key, name_suffixes
from briefing.core.lexicon import load_lines
from briefing.core.model import Span
from briefing.core.names import Chain
from briefing.core.reading import Reader, acts, chain_span, chain_text, lower_word_after, plain_gap_before
from briefing.core.segments import Segment, gap_words
from briefing.core.titles import role_after, role_before

_DATELINE_DASH = re.compile(r"[—–-]\s+\Z")
_LABEL_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LABEL_WORD = rf"[{_LABEL_UPPER}][{_LABEL_UPPER}.’'-]*"
# A label opens a line. The pattern starts with the newline itself (the text is scanned with one put before
# it): a literal first character lets the regex engine skip ahead in C, while "^" is tried at every character.
_SPEAKER_LABEL = re.compile(
    rf"\n[ \t]*(?:\*\*)?({_LABEL_WORD}(?:[ \u00a0]{_LABEL_WORD}){{0,5}})(?:\*\*)?:(?:\*\*)?(?=\s)"
)


def read_titled_person(
    reader: Reader, chain: Chain, segments: Sequence[Segment], position: int, consumed: set[int]
) -> None:
    """Affiliation, title(s), complement and name: "U.S. Army Col. Dana Whitcombe", "Minister for X Y Z"."""
    first_title = last_title = position
    while (
        last_title + 1 < len(segments)
        and segments[last_title + 1].kind == "title"
        and plain_gap_before(chain, segments[last_title + 1])
    ):
        last_title += 1
    affiliation_start = first_title
    while affiliation_start > 0 and plain_gap_before(chain, segments[affiliation_start]):
        before = segments[affiliation_start - 1]
        if (
            before.kind not in ("demonym", "place", "organisation", "unknown")
            or affiliation_start - 1 in consumed
        ):
            break
        if before.kind == "unknown" and before.last - before.first > 2:
            break
        affiliation_start -= 1
    complement_end = last_title
    while complement_end + 1 < len(segments) and not plain_gap_before(chain, segments[complement_end + 1]):
        following = segments[complement_end + 1]
        if following.kind == "stop" or (
            following.kind == "title" and gap_words(chain.gaps[following.first - 1]) in ("and", "and the")
        ):
            break  # "the Foreign Secretary and the Minister for the Middle East": a second office
        complement_end += 1
    name_position = complement_end + 1
    name = segments[name_position] if name_position < len(segments) else None
    if name is not None and not (
        name.kind in ("unknown", "person")
        and plain_gap_before(chain, name)
        and _name_like(reader, chain, name)
    ):
        name = None
    body_affiliation = name is None and segments[affiliation_start].kind in ("organisation", "unknown")
    first_consumed = first_title if body_affiliation else affiliation_start
    consumed.update(range(first_consumed, (name_position if name else complement_end) + 1))
    title_text = chain_text(reader, chain, segments[first_title].first, segments[complement_end].last)
    affiliation = (
        chain_text(reader, chain, segments[affiliation_start].first, segments[first_title - 1].last)
        if affiliation_start < first_title
        else None
    )
    title_kinds = {segments[index].entry for index in range(first_title, last_title + 1)}
    if name is None:
        _read_title_alone(reader, chain, segments, affiliation_start, complement_end, title_text, affiliation)
        return
    name_text = chain_text(reader, chain, name.first, name.last)
    if isinstance(name.entry, PersonEntry):
        name_text = name.entry.name
    name_span = chain_span(chain, name.first, name.last)
    descriptive = complement_end > last_title or (
        affiliation is not None
        and segments[affiliation_start].kind in ("place", "organisation")
        and title_kinds == {"office"}
    )
    registry = reader.registry
    person_start = chain.words[segments[affiliation_start].first].start
    if descriptive:
        title_span = chain_span(chain, segments[affiliation_start].first, segments[complement_end].last)
        person = registry.add_person(name_text, name_span)
        registry.mention(person, title_span)
    else:
        start_segment = affiliation_start if title_kinds & {"rank"} else first_title
        person = registry.add_person(
            name_text, Span(chain.words[segments[start_segment].first].start, name_span.end)
        )
    registry.add_title(person, title_text)
    if affiliation and person.affiliation is None:
        person.affiliation = affiliation
    link_pending_title(reader, person, person_start)
    read_role_before(reader, person, person_start)
    read_role_after(reader, person, name_span.end)


def _name_like(reader: Reader, chain: Chain, segment: Segment) -> bool:
    """Unknown words after a title are a name unless they are an organisation ("Commander, Navy Forces")."""
    last_word = chain.words[segment.last].text
    return last_word not in reader.gazetteer.organisation_suffixes and (
        not last_word.isupper() or (segment.last > segment.first and last_word.lower() in name_suffixes())
    )


def _read_title_alone(
    reader: Reader,
    chain: Chain,
    segments: Sequence[Segment],
    start: int,
    end: int,
    title_text: str,
    affiliation: str | None,
) -> None:
    """A title without a name stands for a person named before or after it, or for its holder.

    An organisation before the title ("12th Signal Group Commander") is left to be read as itself.
    """
    registry = reader.registry
    span = chain_span(chain, segments[start].first, segments[end].last)
    before = reader.text[max(0, span.start - 6) : span.start]
    previous_key = None
    for suffix in (", ", ", the ", ", The ", ", a ", ", an "):
        if before.endswith(suffix):
            previous_key = registry.actor_ending_at.get(span.start - len(suffix))
    if affiliation and segments[start].kind in ("organisation", "unknown"):
        title_first = next(index for index in range(start, end + 1) if segments[index].kind == "title")
        span = chain_span(chain, segments[title_first].first, segments[end].last)
    if previous_key is not None and registry.actors[previous_key].kind == "person":
        person = registry.actors[previous_key]
        registry.mention(person, span)
        registry.add_role(person, title_text)
        return
    key = f"title:{title_key(title_text)}"
    earlier_alone = registry.actors.get(key)
    holder = registry.holder_of(title_text)
    if holder is not None and not (earlier_alone is not None and earlier_alone.mentions):
        # "Prime Minister Netanyahu … the Prime Minister said": the holder, unless the title was met alone
        # before ("The Prime Minister spoke to Prime Minister Netanyahu"): that is someone else
        registry.mention(registry.actors[holder], span)
        return
    reader.pending_title = (span, title_text, affiliation)
    draft = registry.add_actor(key, title_text, "person", span)
    if title_text not in draft.titles:
        draft.titles.append(title_text)


def link_pending_title(reader: Reader, person: ActorDraft, name_start: int) -> None:
    """The title just before names the same person ("The Foreign Secretary, Alden Marsh, said")."""
    pending = reader.pending_title
    reader.pending_title = None
    if pending is None:
        return
    span, title_text, _ = pending
    gap = reader.text[span.end : name_start]
    if gap.strip() not in (",", "") or len(gap) > 3:
        return
    registry = reader.registry
    key = f"title:{title_key(title_text)}"
    title_actor = registry.actors.get(key)
    if title_actor is not None and title_actor.mentions and title_actor.mentions[-1] == span:
        title_actor.mentions.pop()
    registry.mention(person, span)
    registry.add_title(person, title_text)


def read_role_before(reader: Reader, person: ActorDraft, name_start: int) -> None:
    """A role just before the name ("The task force commanding general, Lt. Gen. Petra Lindqvist")."""
    role = role_before(reader.text, name_start, reader.sentence_start(name_start), reader.gazetteer)
    if role is None:
        return
    registry = reader.registry
    registry.add_role(person, role.text)
    registry.mention_role(person, Span(role.start, role.end))


def read_named_person(reader: Reader, name: str, span: Span) -> ActorDraft:
    """A person named without a title, linked to a lone title just before and to roles beside the name."""
    person = reader.registry.add_person(name, span)
    link_pending_title(reader, person, span.start)
    read_role_before(reader, person, span.start)
    read_role_after(reader, person, span.end)
    return person


def read_role_after(reader: Reader, person: ActorDraft, name_end: int) -> None:
    registry = reader.registry
    role = role_after(reader.text, name_end, reader.sentence_end(name_end), reader.gazetteer)
    if role is None:
        return
    registry.add_role(person, role.text)
    registry.mention_role(person, Span(role.start, role.end))


def person_like(reader: Reader, words: tuple[str, ...], span: Span) -> bool:
    """Two to four capitalised words that start with a given name, or that speak or carry a role."""
    gazetteer = reader.gazetteer
    if not 2 <= len(words) <= 4 or any(
        word.isupper() and len(word) > 1 and word.lower() not in name_suffixes() for word in words
    ):
        return False
    if words[0] in gazetteer.given_names or follows_pending_title(reader, span.start):
        return True
    return (
        acts(reader, span.end)
        or _after_speech_verb(reader, span.start)
        or reader.text.startswith(", who ", span.end)
        or _after_role_noun(reader, span.start)
        or role_after(reader.text, span.end, reader.sentence_end(span.end), gazetteer) is not None
        or role_before(reader.text, span.start, reader.sentence_start(span.start), gazetteer) is not None
    )


def _after_role_noun(reader: Reader, start: int) -> bool:
    """A name right after a role noun in lower case is a person's ("U.S. envoy Amos Hochstein")."""
    return _word_before(reader.text, start, 24) in reader.gazetteer.roles


def _after_speech_verb(reader: Reader, start: int) -> bool:
    """A name just after a verb of saying speaks ("..., said Hamid Qasri, a farmer")."""
    return _word_before(reader.text, start, 16) in reader.gazetteer.speech_verbs


def _word_before(text: str, start: int, reach: int) -> str:
    """The last word in the `reach` characters before `start`, or "" when there is none."""
    words = text[max(0, start - reach) : start].split()
    return words[-1] if words else ""


def follows_pending_title(reader: Reader, start: int) -> bool:
    """A name right after a lone title and a comma is the title holder's ("The Foreign Secretary, X Y")."""
    pending = reader.pending_title
    return pending is not None and reader.text[pending[0].end : start] in (", ", ",\u00a0")


def resolve_single_words(reader: Reader, singles: list[Span]) -> None:
    """A single unknown capitalised word is a person's surname when one person of the story carries it, or,
    when it speaks or acts, the given name of one ("Tedros said", as Ethiopian names are used).

    Otherwise it is a person only when it speaks or acts in mid-sentence ("..., Haddad said"): at the start of a
    sentence or after a dateline dash a capitalised word is as likely a common noun ("Residents said").
    """
    registry = reader.registry
    for span in singles:
        word = reader.text[span.start : span.end]
        key = registry.person_with_surname(word)
        if key is None and acts(reader, span.end):
            key = registry.person_with_first_name(word)  # "Tedros said", after "Tedros Adhanom Ghebreyesus"
        if key is not None:
            registry.mention(registry.actors[key], span)
            continue
        mid_sentence = reader.sentence_start(span.start) != span.start and not _DATELINE_DASH.search(
            reader.text, max(0, span.start - 3), span.start
        )
        if (
            (
                acts(reader, span.end)
                if mid_sentence
                else _opens_with_a_surname_speaking(reader, word, span.end)
            )
            and exact_key(word) not in reader.gazetteer.stopwords
            and not registry.surname_is_ambiguous(word)
        ):
            person = registry.add_person(word, span)
            read_role_after(reader, person, span.end)


@cache
def _surname_verbs() -> frozenset[str]:
    return frozenset(load_lines("names_surname_verbs.txt"))


def _opens_with_a_surname_speaking(reader: Reader, word: str, end: int) -> bool:
    """ "Grundberg said …" opening a sentence is a person; "Residents said" or "Officials told" is not, and a
    word ending in s is as likely a plural noun ("Witnesses said") as a surname."""
    after = lower_word_after(reader.text, end)
    return (
        after is not None
        and after.group(1) in _surname_verbs()
        and not word.endswith("s")
        and not word.isupper()
        and word.lower() not in reader.gazetteer.groups
        and word.lower() not in reader.gazetteer.sentence_nouns
    )


@lru_cache(maxsize=2)
def speaker_labels(text: str) -> dict[int, Span]:
    """All-caps labels that open a line of a transcript ("GEN. OKAFOR:", "Q:"), by start offset; remembered for
    the last texts, since the quotes step reads the labels the entities step read. Not to be changed."""
    return {
        match.start(1) - 1: Span(match.start(1) - 1, match.end(1) - 1)
        for match in _SPEAKER_LABEL.finditer("\n" + text)
    }


def read_speaker_label(reader: Reader, label: Span, chain: Chain) -> bool:
    """A label whose last word is the surname of a person of the story names that person, and so does a title
    and a name ("MR. KIRBY", "GEN. OKAFOR") met first in a label; returns False for any other label, which is
    no speaker ("STAFF", "MODERATOR", "Q")."""
    registry = reader.registry
    key = registry.person_with_surname(chain.texts[-1])
    if key is not None and registry.actors[key].kind == "person":
        registry.mention(registry.actors[key], label)
        return True
    gazetteer = reader.gazetteer
    words = chain.texts
    titles = 0
    while titles < len(words) - 1 and exact_key(words[titles]) in gazetteer.titles:
        titles += 1
    name_words = words[titles:]
    if (
        not titles
        or len(name_words) > 3
        or any(exact_key(word) in gazetteer.stopwords for word in name_words)
    ):
        return False
    person = registry.add_person(" ".join(word.title() for word in name_words), label)
    registry.add_title(person, " ".join(word.title() for word in words[:titles]))
    return True
