"""Whatever text comes in, the whole extraction returns an analysis whose spans a view can trust."""

from __future__ import annotations

from itertools import pairwise

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.core import analyse
from briefing.core.model import Analysis, Span
from briefing.core.schema import JSON_SCHEMA, analysis_to_json

NEWS_PIECES = [
    *" \n.,;:\"“”‘’'()-—$%",
    "\n\n",
    "Gen. ",
    "Brig. ",
    "U.S. ",
    "Col. Ryan Cole ",
    "Cole ",
    "said ",
    "he said ",
    "that ",
    "Friday ",
    "Nov. 2, 2017 ",
    "last week ",
    "in 2014 ",
    "between 3,000 and 7,000 ",
    "fighters ",
    "killed ",
    "12 people ",
    "wounded ",
    "the Islamic State ",
    "Iraq ",
    "Mosul ",
    "Syria’s ",
    "army ",
    "(Reuters/AFP) ",
    "Read more:",
    "By Ann Lee ",
    "three ",
    "million ",
    "$1.5 ",
]

news_like_text = st.lists(st.sampled_from(NEWS_PIECES), max_size=60).map("".join)
any_text = st.one_of(st.text(), news_like_text)


def assert_within(text: str, span: Span) -> None:
    assert 0 <= span.start <= span.end <= len(text), span


def assert_disjoint(spans: list[Span]) -> None:
    ordered = sorted(spans)
    assert all(first.end <= second.start for first, second in pairwise(ordered)), ordered


def check_analysis(text: str, analysis: Analysis) -> None:
    categories: dict[str, list[Span]] = {
        "sentences": list(analysis.sentences),
        "non_body": list(analysis.non_body),
        "dates": [date.span for date in analysis.dates],
        "numbers": [number.span for number in analysis.numbers],
        "facts": [fact.span for fact in analysis.facts],
        "quotes": [quote.span for quote in analysis.quotes],
        "actor mentions": [span for actor in analysis.actors for span in actor.mentions],
        "place mentions": [span for place in analysis.places for span in place.mentions],
    }
    for fact in analysis.facts:
        assert_within(text, fact.sentence)
    for quote in analysis.quotes:
        assert quote.speaker is None or analysis.actor(quote.speaker) is not None, quote
    for spans in categories.values():
        for span in spans:
            assert_within(text, span)
        assert_disjoint(spans)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_analyse_never_raises_and_keeps_spans_inside_and_apart(text: str) -> None:
    check_analysis(text, analyse(text))


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_analysis_json_always_matches_the_published_schema(text: str) -> None:
    jsonschema.validate(analysis_to_json(analyse(text, document_id="property")), JSON_SCHEMA)
