"""Properties of find_entities for any text: it never raises and every span it returns is usable."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.core.entities import find_entities
from briefing.core.model import Span
from briefing.core.sentences import split_sentences

_WORDS = st.sampled_from(
    [
        "Syria",
        "Islamic",
        "State",
        "ISIS",
        "Gen.",
        "Brig.",
        "Ali",
        "al-Abadi",
        "Abadi",
        "said",
        "the",
        "of",
        "for",
        "Minister",
        "Prime",
        "Forces",
        "(SDF)",
        "SDF",
        ",",
        ".",
        "“",
        "”",
        "near",
        "in",
        "Deir",
        "ez-Zor",
        "U.S.-led",
        "coalition",
        "Iraq's",
        "military",
        "regime",
        "Assad",
        "Mr",
        "\n",
        "the militants",
        "province",
        "town of",
        "Col.",
        "J.",
        "Whitcombe",
        "-",
        "'s",
        "and",
        "known as",
        "nicknamed",
        '"the Sea Foxes"',
        "UN refugee agency",
        "UNHCR",
        "Aden",
        "The 52-year-old",
        "president",
        "building",
        "—",
        "AL-HASAKEH",
    ]
)
_TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(_WORDS, max_size=60).map(" ".join),
    st.lists(_WORDS, max_size=60).map("".join),
)


def _check(text: str, non_body: list[Span]) -> None:
    actors, places = find_entities(text, split_sentences(text), non_body)
    for category in (actors, places):
        spans = [span for entity in category for span in entity.mentions]
        for span in spans:
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start : span.end].strip() == text[span.start : span.end]
        ordered = sorted(spans, key=lambda span: span.start)
        for before, after in pairwise(ordered):
            assert before.end <= after.start, (text[before.start : before.end], text[after.start : after.end])
        assert len({(span.start, span.end) for span in spans}) == len(spans)
    for entity in [*actors, *places]:
        assert entity.mentions and entity.name


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_any_text_gives_valid_non_overlapping_spans(text: str) -> None:
    _check(text, [])


@settings(max_examples=100, deadline=None)
@given(_TEXTS, st.integers(min_value=0, max_value=300), st.integers(min_value=0, max_value=300))
def test_any_non_body_span_is_accepted(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    _check(text, [Span(start, min(len(text), start + length))])


def test_long_run_of_capitalised_words_is_read_in_one_pass() -> None:
    text = " ".join(["Abu Kamal Northern Forces Command Gen. Ali"] * 20000)
    actors, places = find_entities(text, [Span(0, len(text))], [])
    assert actors or places
