"""A small invented article with a hand-built Analysis, so reader tests do not depend on the extraction.

Offsets are found with str.index on the text itself, so they are right by construction.
"""

from __future__ import annotations

from briefing.core.model import (
    Actor,
    Analysis,
    DateMention,
    DocumentInfo,
    Fact,
    NumberMention,
    Place,
    Span,
)

TEXT = (
    "Photo: A convoy near Varnsk on 3 March. (Example Agency)\n"
    "\n"
    "VARNSK — Fighters of the Northern Front seized the river town of Varnsk on Tuesday, General Anna "
    "Petrova said, after three days of fighting that killed at least 40 people.\n"
    "\n"
    "Petrova, the army's chief spokeswoman, said about 2,000 fighters of the Northern Front had crossed the "
    "Lenna river. The Northern Front denied the figure.\n"
    "\n"
    "Talks in Dorvik between the government and the Northern Front collapsed on 1 March 2024. Minister "
    "Oleg Brandt said the government would not negotiate while the town burns.\n"
    "\n"
    "Brandt said 12,000 residents had fled to Dorvik. Petrova said the army would retake Varnsk within a "
    "week.\n"
)

SENTENCES_TEXT = (
    "Photo: A convoy near Varnsk on 3 March.",
    "(Example Agency)",
    "VARNSK — Fighters of the Northern Front seized the river town of Varnsk on Tuesday, General Anna "
    "Petrova said, after three days of fighting that killed at least 40 people.",
    "Petrova, the army's chief spokeswoman, said about 2,000 fighters of the Northern Front had crossed the "
    "Lenna river.",
    "The Northern Front denied the figure.",
    "Talks in Dorvik between the government and the Northern Front collapsed on 1 March 2024.",
    "Minister Oleg Brandt said the government would not negotiate while the town burns.",
    "Brandt said 12,000 residents had fled to Dorvik.",
    "Petrova said the army would retake Varnsk within a week.",
)


def all_spans(text: str, word: str, *, after: int = 0) -> tuple[Span, ...]:
    spans = []
    start = text.find(word, after)
    while start != -1:
        spans.append(Span(start, start + len(word)))
        start = text.find(word, start + len(word))
    return tuple(spans)


def span_of(text: str, words: str, occurrence: int = 0) -> Span:
    return all_spans(text, words)[occurrence]


def build_analysis(text: str = TEXT) -> Analysis:
    body_start = text.index("VARNSK")
    sentences = tuple(span_of(text, sentence) for sentence in SENTENCES_TEXT)
    actors = (
        Actor(
            "northern-front",
            "Northern Front",
            "armed_group",
            all_spans(text, "Northern Front"),
        ),
        Actor(
            "anna-petrova",
            "Anna Petrova",
            "person",
            (span_of(text, "Anna Petrova"), span_of(text, "Petrova", 1), span_of(text, "Petrova", 2)),
            aliases=("Petrova",),
            titles=("General",),
            roles=("chief spokeswoman",),
        ),
        Actor(
            "oleg-brandt",
            "Oleg Brandt",
            "person",
            (span_of(text, "Oleg Brandt"), span_of(text, "Brandt", 1)),
            aliases=("Brandt",),
            titles=("Minister",),
        ),
        Actor("government", "the government", "government", all_spans(text, "the government")),
    )
    places = (
        Place("varnsk", "Varnsk", all_spans(text, "Varnsk", after=body_start), kind="town"),
        Place("dorvik", "Dorvik", all_spans(text, "Dorvik"), kind="city"),
        Place("lenna", "Lenna river", (span_of(text, "Lenna river"),), kind="river"),
    )
    dates = (
        DateMention(span_of(text, "3 March"), "3 March", "2024-03-03", "day"),
        DateMention(span_of(text, "Tuesday"), "Tuesday", "2024-03-05", "day"),
        DateMention(span_of(text, "1 March 2024"), "1 March 2024", "2024-03-01", "day"),
        DateMention(span_of(text, "within a week"), "within a week", None, "week", kind="duration"),
    )
    numbers = (
        NumberMention(span_of(text, "three"), "three", 3),
        NumberMention(span_of(text, "40"), "40", 40),
        NumberMention(span_of(text, "2,000"), "2,000", 2000),
        NumberMention(span_of(text, "12,000"), "12,000", 12000),
    )
    facts = (
        Fact(
            "casualties",
            span_of(text, "killed at least 40 people"),
            sentences[2],
            "killed at least 40 people",
            detail="killed",
            low=40,
            unit="people",
            date="2024-03-05",
        ),
        Fact(
            "force_size",
            span_of(text, "about 2,000 fighters"),
            sentences[3],
            "about 2,000 fighters",
            low=2000,
            high=2000,
            approximate=True,
            unit="fighters",
            actor="northern-front",
            source="anna-petrova",
        ),
        Fact(
            "displaced",
            span_of(text, "12,000 residents had fled"),
            sentences[7],
            "12,000 residents had fled",
            detail="fled",
            low=12000,
            high=12000,
            unit="residents",
            source="oleg-brandt",
        ),
    )
    info = DocumentInfo(
        id="varnsk",
        chars=len(text),
        title="Rebels seize river town as talks stall",
        source="Example Wire (invented)",
        published="2024-03-06",
        published_source="inferred",
    )
    return Analysis(
        document=info,
        text=text,
        sentences=sentences,
        non_body=(Span(0, text.index("\n")),),
        actors=actors,
        places=places,
        dates=dates,
        numbers=numbers,
        facts=facts,
    )
