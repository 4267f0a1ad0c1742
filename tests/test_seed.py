"""The seed article the product was specified from, checked against its reader's expectations (../shared/seed).

Same checks and known-gaps list as the sample articles; the gold gives offsets into the raw text. Skipped as a
whole where ../shared is absent (a fresh clone in CI).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path
from typing import Any

import pytest

from briefing.core.model import Analysis, Span
from tests.test_sample_expectations import (
    AnalysedDocument,
    Check,
    ExpectationCase,
    as_params,
    check_date,
    check_fact,
    check_linked,
    check_non_body,
    check_published,
    check_quote,
    independent_spans,
    nth_occurrence,
    run_case,
    unique_ids,
)

SEED_DIR = Path(__file__).resolve().parents[2] / "shared" / "seed"
SEED_TEXT = SEED_DIR / "000_932e1e48f0a2b358.txt"
SEED_EXPECTED = SEED_DIR / "expected.json"

if not (SEED_TEXT.exists() and SEED_EXPECTED.exists()):
    pytest.skip("../shared/seed is not available", allow_module_level=True)

SEED_PUBLISHED = dt.date(2017, 11, 3)


def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")


def seed_expectations() -> dict[str, Any]:
    return json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))


def _analysed(published_on: dt.date | None) -> AnalysedDocument:
    from briefing.core import analyse

    try:
        analysis = analyse(
            seed_text(), published_on=published_on, document_id=SEED_TEXT.stem, path=str(SEED_TEXT)
        )
    except Exception as error:
        return AnalysedDocument(error=f"analyse raised {type(error).__name__}: {error}")
    return AnalysedDocument(analysis=analysis)


@functools.cache
def analysed_with_published_argument() -> AnalysedDocument:
    return _analysed(SEED_PUBLISHED)


@functools.cache
def analysed_with_published_inferred() -> AnalysedDocument:
    return _analysed(None)


def spans_by_surface(text: str, mentions: list[list[int]]) -> dict[str, list[Span]]:
    """Gold mentions grouped by their surface form, nested ones dropped (see `independent_spans`)."""
    grouped: dict[str, list[Span]] = {}
    for start, end in mentions:
        grouped.setdefault(text[start:end], []).append(Span(start, end))
    return independent_spans(grouped)


def _entity_check(mentions: list[list[int]], noun: str) -> Check:
    def check(analysis: Analysis) -> str | None:
        entities = analysis.actors if noun == "actor" else analysis.places
        return check_linked(entities, spans_by_surface(analysis.text, mentions), noun)

    return check


def _quote_check(starts: str, speaker: str, speaker_mentions: list[list[int]]) -> Check:
    def check(analysis: Analysis) -> str | None:
        span = nth_occurrence(analysis.text, starts)
        if span is None:
            return f"{starts!r} does not occur in the text"
        return check_quote(analysis, span, speaker, [Span(start, end) for start, end in speaker_mentions])

    return check


def _non_body_check(line: str) -> Check:
    def check(analysis: Analysis) -> str | None:
        span = nth_occurrence(analysis.text, line)
        return check_non_body(analysis, span) if span else f"{line!r} does not occur in the text"

    return check


@functools.cache
def seed_cases() -> tuple[ExpectationCase, ...]:
    expected = seed_expectations()
    document = analysed_with_published_argument
    mentions_of = {actor["name"]: actor["mentions"] for actor in expected["actors"]}
    cases = [
        ExpectationCase(
            "seed::published::argument",
            "published",
            document,
            functools.partial(check_published, value=expected["published"], source="argument"),
        ),
        ExpectationCase(
            "seed::published::inferred",
            "published",
            analysed_with_published_inferred,
            functools.partial(check_published, value=expected["published"], source="inferred"),
        ),
    ]
    cases += [
        ExpectationCase(
            f"seed::actor::{actor['name']}", "actor", document, _entity_check(actor["mentions"], "actor")
        )
        for actor in expected["actors"]
    ]
    cases += [
        ExpectationCase(
            f"seed::place::{place['name']}", "place", document, _entity_check(place["mentions"], "place")
        )
        for place in expected["places"]
    ]
    cases += [
        ExpectationCase(
            f"seed::date::{date['text']}",
            "date",
            document,
            functools.partial(
                check_date, spans=[Span(start, end) for start, end in date["spans"]], value=date["value"]
            ),
        )
        for date in expected["dates"]
    ]
    cases += [
        ExpectationCase(
            f"seed::fact::{fact['text']}",
            "fact",
            document,
            functools.partial(
                check_fact, span=Span(*fact["span"]), kind=fact["kind"], low=fact["low"], high=fact["high"]
            ),
        )
        for fact in expected["facts"]
    ]
    cases += [
        ExpectationCase(
            f"seed::quote::{quote['starts'].lstrip(chr(34) + '“')}",
            "quote",
            document,
            _quote_check(quote["starts"], quote["speaker"], mentions_of.get(quote["speaker"], [])),
        )
        for quote in expected["quotes"]
    ]
    cases += [
        ExpectationCase(f"seed::non_body::{line[:40]}", "non_body", document, _non_body_check(line))
        for line in expected["non_body"]
    ]
    return tuple(unique_ids(cases))


def test_gold_offsets_match_the_seed_text() -> None:
    """Guards the gold itself: every date and fact span must cut out the text it names."""
    text = seed_text()
    expected = seed_expectations()
    mismatches = [
        date["text"]
        for date in expected["dates"]
        for start, end in date["spans"]
        if text[start:end] != date["text"]
    ]
    mismatches += [fact["text"] for fact in expected["facts"] if text[slice(*fact["span"])] != fact["text"]]
    assert mismatches == []


@pytest.mark.parametrize("case", as_params(seed_cases(), "published"))
def test_seed_publication_date_from_argument_and_inferred(case: ExpectationCase) -> None:
    failure = run_case(case)
    assert failure is None, failure


@pytest.mark.parametrize("case", as_params(seed_cases(), "actor"))
def test_seed_actor_aliases_link_to_one_actor(case: ExpectationCase) -> None:
    failure = run_case(case)
    assert failure is None, failure


@pytest.mark.parametrize("case", as_params(seed_cases(), "place"))
def test_seed_place_spellings_link_to_one_place(case: ExpectationCase) -> None:
    failure = run_case(case)
    assert failure is None, failure


@pytest.mark.parametrize("case", as_params(seed_cases(), "date"))
def test_seed_date_resolves_against_publication_date(case: ExpectationCase) -> None:
    failure = run_case(case)
    assert failure is None, failure


@pytest.mark.parametrize("case", as_params(seed_cases(), "fact"))
def test_seed_fact_is_found_with_kind_and_value(case: ExpectationCase) -> None:
    failure = run_case(case)
    assert failure is None, failure


@pytest.mark.parametrize("case", as_params(seed_cases(), "quote"))
def test_seed_quote_is_attributed_to_its_speaker(case: ExpectationCase) -> None:
    failure = run_case(case)
    assert failure is None, failure


@pytest.mark.parametrize("case", as_params(seed_cases(), "non_body"))
def test_seed_caption_byline_and_trailer_are_not_body_text(case: ExpectationCase) -> None:
    failure = run_case(case)
    assert failure is None, failure
