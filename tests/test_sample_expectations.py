"""Extraction checked against the hand-written expectations of every bundled sample article.

Each expected actor, place, date, fact, quote, caption and non-fact is its own test case with an id such as
`03-sudan-aid-pledge::fact::£45m`, so a report names exactly what the extractor misses. Ids listed in
`sample_expectations_known_gaps.txt` are expected to fail (strict xfail: a fixed gap shows up as XPASS);
`tests/update_known_gaps.py` rewrites that list. The same checks serve the seed article in `test_seed.py`.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from briefing.core.model import Actor, Analysis, Place, Span

SAMPLES_DIR = Path(__file__).resolve().parents[1] / "sample_articles"
KNOWN_GAPS_PATH = Path(__file__).with_name("sample_expectations_known_gaps.txt")
RELATIVE_TOLERANCE = 0.005  # the facts scorer's tolerance for low/high
NON_BODY_COVERAGE = 0.9  # share of a caption or byline line that must be marked non-body
RECALL_CATEGORIES = {
    "actor": "actors",
    "place": "places",
    "date": "dates",
    "fact": "facts",
    "quote": "quotes",
    "kind": "kinds",
    "title": "titles",
}

Check = Callable[[Analysis], str | None]


@dataclass(frozen=True, slots=True)
class AnalysedDocument:
    """The analysis of one document, or why there is none: a skip reason or what the pipeline raised."""

    analysis: Analysis | None = None
    skip_reason: str | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class ExpectationCase:
    """One expectation about one document; `check` returns None when it holds, else what went wrong."""

    case_id: str
    category: str
    document: Callable[[], AnalysedDocument]
    check: Check


def run_case(case: ExpectationCase) -> str | None:
    """The failure message of one case, or None; skips (pytest.skip) when its document cannot be read yet."""
    outcome = case.document()
    if outcome.skip_reason:
        pytest.skip(outcome.skip_reason)
    if outcome.analysis is None:
        return outcome.error or "no analysis"
    return case.check(outcome.analysis)


def outcome_of(case: ExpectationCase) -> str:
    """'passed', 'failed' or 'skipped', without raising, for the recall summary and the gap updater."""
    try:
        return "failed" if run_case(case) else "passed"
    except pytest.skip.Exception:
        return "skipped"


# Known gaps and recall floors.


def read_known_gaps(path: Path = KNOWN_GAPS_PATH) -> tuple[set[str], dict[str, float]]:
    """The ids expected to fail and the recall floor per category (`floor facts 0.60` lines)."""
    gaps: set[str] = set()
    floors: dict[str, float] = {}
    if not path.exists():
        return gaps, floors
    for raw_line in path.read_text(encoding="utf-8").splitlines():
        line = raw_line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if parts[0] == "floor" and len(parts) == 3:
            floors[parts[1]] = float(parts[2])
        else:
            gaps.add(line)
    return gaps, floors


def as_params(cases: Iterable[ExpectationCase], category: str) -> list[Any]:
    """Cases of one category as pytest params, the known gaps marked strict xfail."""
    gaps, _ = read_known_gaps()
    known_gap = pytest.mark.xfail(strict=True, reason="listed in sample_expectations_known_gaps.txt")
    return [
        pytest.param(case, id=case.case_id, marks=[known_gap] if case.case_id in gaps else [])
        for case in cases
        if case.category == category
    ]


def recall_by_category(cases: Iterable[ExpectationCase]) -> dict[str, tuple[int, int]]:
    """Passed and evaluated cases per recall category; skipped cases count in neither."""
    totals: dict[str, tuple[int, int]] = {}
    for case in cases:
        name = RECALL_CATEGORIES.get(case.category)
        if name is None:
            continue
        outcome = outcome_of(case)
        if outcome == "skipped":
            continue
        passed, total = totals.get(name, (0, 0))
        totals[name] = (passed + (outcome == "passed"), total + 1)
    return totals


# Locating expectations in the text.


def occurrences(text: str, surface: str) -> list[Span]:
    """Every whole-word occurrence of surface in text."""
    pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    return [Span(match.start(), match.end()) for match in pattern.finditer(text)]


def nth_occurrence(text: str, surface: str, occurrence: int = 1) -> Span | None:
    found = occurrences(text, surface)
    return found[occurrence - 1] if 0 < occurrence <= len(found) else None


def independent_spans(spans_by_surface: dict[str, list[Span]]) -> dict[str, list[Span]]:
    """Drop occurrences inside a longer alias of the same referent, so "Derik" must be found on its own.

    A surface left with no occurrence of its own (only ever part of the full name) is dropped.
    """
    every_span = [span for spans in spans_by_surface.values() for span in spans]
    independent: dict[str, list[Span]] = {}
    for surface, spans in spans_by_surface.items():
        kept = [
            span
            for span in spans
            if not any(len(other) > len(span) and other.contains(span) for other in every_span)
        ]
        if kept:
            independent[surface] = kept
    return independent


def _describe(value: float | None) -> str:
    return "null" if value is None else f"{value:g}"


def values_match(expected: float | None, predicted: float | None) -> bool:
    """Equal within the scorer's 0.5% relative tolerance; null equals only null."""
    if expected is None or predicted is None:
        return expected is None and predicted is None
    return abs(expected - predicted) <= RELATIVE_TOLERANCE * max(abs(expected), abs(predicted))


# The checks, shared by the samples and the seed.


def check_linked(
    entities: Sequence[Actor | Place], spans_by_surface: dict[str, list[Span]], noun: str
) -> str | None:
    """Every surface must overlap a mention of one and the same predicted entity."""
    if not spans_by_surface:
        return "no occurrence of any expected surface in the text"
    names = {entity.id: entity.name for entity in entities}
    found_in: dict[str, set[str]] = {}
    for surface, spans in spans_by_surface.items():
        found_in[surface] = {
            entity.id
            for entity in entities
            if any(mention.overlaps(span) for mention in entity.mentions for span in spans)
        }
        if not found_in[surface]:
            return f"no {noun} mention covers {surface!r}"
    if set.intersection(*found_in.values()):
        return None
    linked = "; ".join(
        f"{surface!r} -> {sorted(names[entity_id] for entity_id in ids)}" for surface, ids in found_in.items()
    )
    return f"aliases are not linked to one {noun}: {linked}"


def actors_at(analysis: Analysis, spans: Iterable[Span]) -> list[Actor]:
    spans = list(spans)
    return [
        actor
        for actor in analysis.actors
        if any(mention.overlaps(span) for mention in actor.mentions for span in spans)
    ]


def check_actor_kind(analysis: Analysis, spans: Sequence[Span], kind: str) -> str | None:
    kinds = sorted({actor.kind for actor in actors_at(analysis, spans)})
    return None if kind in kinds else f"expected kind {kind}, found {kinds or 'no actor'}"


def check_actor_title(analysis: Analysis, spans: Sequence[Span], title: str) -> str | None:
    """The title or office the reader sees beside the name, kept among the actor's titles or roles."""
    found = actors_at(analysis, spans)
    kept = [label for actor in found for label in (*actor.titles, *actor.roles)]
    if any(title.casefold() in label.casefold() for label in kept):
        return None
    return f"expected title {title!r}, found {kept if found else 'no actor'}"


def check_date(analysis: Analysis, spans: Sequence[Span], value: str) -> str | None:
    for span in spans:
        found = [date for date in analysis.dates if date.span.overlaps(span)]
        if not any(date.value == value for date in found):
            seen = [(date.text, date.value) for date in found] or "no date"
            return f"at {span.start}: expected {value}, found {seen}"
    return None


def check_fact(
    analysis: Analysis, span: Span, kind: str, low: float | None, high: float | None
) -> str | None:
    """A predicted fact overlapping the span, of the same kind and, unless the fact is vague, the same values."""
    vague = low is None and high is None
    overlapping = [fact for fact in analysis.facts if fact.span.overlaps(span)]
    for fact in overlapping:
        if fact.kind == kind and (vague or (values_match(low, fact.low) and values_match(high, fact.high))):
            return None
    seen = [
        f"{fact.kind} {fact.text!r} {_describe(fact.low)}..{_describe(fact.high)}" for fact in overlapping
    ] or "no fact"
    return f"expected {kind} {_describe(low)}..{_describe(high)}, found {seen}"


def check_quote(analysis: Analysis, span: Span, speaker: str, speaker_spans: Sequence[Span]) -> str | None:
    """A quote covering the expected words, whose speaker is the actor named at the speaker's mentions."""
    found = [quote for quote in analysis.quotes if quote.span.overlaps(span)]
    if not found:
        return "no quote found"
    attributed = []
    for quote in found:
        actor = analysis.actor(quote.speaker)
        if actor and any(mention.overlaps(other) for mention in actor.mentions for other in speaker_spans):
            return None
        attributed.append(actor.name if actor else None)
    return f"expected speaker {speaker}, attributed to {attributed}"


def check_non_body(analysis: Analysis, span: Span) -> str | None:
    covered = sum(max(0, min(part.end, span.end) - max(part.start, span.start)) for part in analysis.non_body)
    if covered >= NON_BODY_COVERAGE * len(span):
        return None
    return f"only {min(covered, len(span))} of {len(span)} characters are marked non-body"


def check_not_actor(analysis: Analysis, spans: Sequence[Span]) -> str | None:
    actors = [
        actor.name
        for actor in analysis.actors
        if any(mention.overlaps(span) for mention in actor.mentions for span in spans)
    ]
    return f"became actor mentions of {actors}" if actors else None


def check_not_fact(analysis: Analysis, spans: Sequence[Span]) -> str | None:
    facts = [
        f"{fact.kind} {fact.text!r}"
        for fact in analysis.facts
        if any(fact.span.overlaps(span) for span in spans)
    ]
    return f"became facts {facts}" if facts else None


def check_published(analysis: Analysis, value: str, source: str | None = None) -> str | None:
    document = analysis.document
    if document.published != value or (source and document.published_source != source):
        return f"published {document.published} ({document.published_source}), expected {value} ({source or 'any'})"
    return None


# The sample articles.


def sample_stems() -> list[str]:
    return sorted(path.name.removesuffix(".expected.json") for path in SAMPLES_DIR.glob("*.expected.json"))


def load_expectations(stem: str) -> dict[str, Any]:
    return json.loads((SAMPLES_DIR / f"{stem}.expected.json").read_text(encoding="utf-8"))


@functools.cache
def analysed_sample(stem: str) -> AnalysedDocument:
    """Read and analyse a sample the way `briefing extract` does, published date from the front matter."""
    from briefing.core import analyse
    from briefing.sources import load_document

    try:
        document = load_document(str(SAMPLES_DIR / f"{stem}.md"))
    except Exception as error:
        return AnalysedDocument(error=f"load_document raised {type(error).__name__}: {error}")
    if document.published is None and document.text.startswith("---"):
        return AnalysedDocument(skip_reason="front matter loader not ready")
    try:
        analysis = analyse(
            document.text,
            published_on=document.published,
            published_source="metadata" if document.published else None,
            document_id=document.document_id,
            path=document.path,
            title=document.title,
            source=document.source,
        )
    except Exception as error:
        return AnalysedDocument(error=f"analyse raised {type(error).__name__}: {error}")
    return AnalysedDocument(analysis=analysis)


def _entity_check(
    aliases: Sequence[str], entities_of: Callable[[Analysis], Sequence[Actor | Place]], noun: str
) -> Check:
    def check(analysis: Analysis) -> str | None:
        spans = independent_spans({alias: occurrences(analysis.text, alias) for alias in aliases})
        return check_linked(entities_of(analysis), spans, noun)

    return check


def _actor_check(aliases: Sequence[str], then: Callable[[Analysis, list[Span]], str | None]) -> Check:
    def check(analysis: Analysis) -> str | None:
        spans = independent_spans({alias: occurrences(analysis.text, alias) for alias in aliases})
        return then(analysis, [span for found in spans.values() for span in found])

    return check


def _located(surface: str, occurrence: int, then: Callable[[Analysis, Span], str | None]) -> Check:
    def check(analysis: Analysis) -> str | None:
        span = nth_occurrence(analysis.text, surface, occurrence)
        if span is None:
            return f"{surface!r} (occurrence {occurrence}) does not occur in the text"
        return then(analysis, span)

    return check


def _everywhere(surface: str, then: Callable[[Analysis, list[Span]], str | None]) -> Check:
    def check(analysis: Analysis) -> str | None:
        return then(analysis, occurrences(analysis.text, surface))

    return check


def _quote_check(starts: str, speaker: str, speaker_aliases: Sequence[str]) -> Check:
    def check(analysis: Analysis) -> str | None:
        span = nth_occurrence(analysis.text, starts)
        if span is None:
            return f"{starts!r} does not occur in the text"
        speaker_spans = [found for alias in speaker_aliases for found in occurrences(analysis.text, alias)]
        return check_quote(analysis, span, speaker, speaker_spans)

    return check


def _fact_check(kind: str, low: float | None, high: float | None) -> Callable[[Analysis, Span], str | None]:
    return lambda analysis, span: check_fact(analysis, span, kind, low, high)


def _date_check(value: str) -> Callable[[Analysis, Span], str | None]:
    return lambda analysis, span: check_date(analysis, [span], value)


def _label(text: str, occurrence: int = 1) -> str:
    return text if occurrence == 1 else f"{text}#{occurrence}"


def unique_ids(cases: list[ExpectationCase]) -> list[ExpectationCase]:
    """Suffix repeated ids (#2, #3) so every case can be listed as a known gap on its own."""
    seen: dict[str, int] = {}
    result = []
    for case in cases:
        count = seen.get(case.case_id, 0) + 1
        seen[case.case_id] = count
        case_id = case.case_id if count == 1 else f"{case.case_id}#{count}"
        result.append(ExpectationCase(case_id, case.category, case.document, case.check))
    return result


def cases_for_sample(stem: str) -> list[ExpectationCase]:
    expected = load_expectations(stem)
    document = functools.partial(analysed_sample, stem)
    aliases_of = {actor["name"]: actor["aliases"] for actor in expected["actors"]}
    cases = [
        ExpectationCase(
            f"{stem}::published::{expected['published']}",
            "published",
            document,
            functools.partial(check_published, value=expected["published"]),
        )
    ]
    cases += [
        ExpectationCase(
            f"{stem}::actor::{actor['name']}",
            "actor",
            document,
            _entity_check(actor["aliases"], lambda analysis: analysis.actors, "actor"),
        )
        for actor in expected["actors"]
    ]
    cases += [
        ExpectationCase(
            f"{stem}::kind::{actor['name']}",
            "kind",
            document,
            _actor_check(actor["aliases"], functools.partial(check_actor_kind, kind=actor["kind"])),
        )
        for actor in expected["actors"]
    ]
    cases += [
        ExpectationCase(
            f"{stem}::title::{actor['name']}",
            "title",
            document,
            _actor_check(actor["aliases"], functools.partial(check_actor_title, title=actor["title"])),
        )
        for actor in expected["actors"]
        if "title" in actor
    ]
    cases += [
        ExpectationCase(
            f"{stem}::place::{place['name']}",
            "place",
            document,
            _entity_check(place["aliases"], lambda analysis: analysis.places, "place"),
        )
        for place in expected["places"]
    ]
    for date in expected["dates"]:
        occurrence = date.get("occurrence", 1)
        cases.append(
            ExpectationCase(
                f"{stem}::date::{_label(date['text'], occurrence)}",
                "date",
                document,
                _located(date["text"], occurrence, _date_check(date["value"])),
            )
        )
    for fact in expected["facts"]:
        occurrence = fact.get("occurrence", 1)
        cases.append(
            ExpectationCase(
                f"{stem}::fact::{_label(fact['text'], occurrence)}",
                "fact",
                document,
                _located(fact["text"], occurrence, _fact_check(fact["kind"], fact["low"], fact["high"])),
            )
        )
    cases += [
        ExpectationCase(
            f"{stem}::quote::{quote['starts']}",
            "quote",
            document,
            _quote_check(
                quote["starts"], quote["speaker"], aliases_of.get(quote["speaker"], [quote["speaker"]])
            ),
        )
        for quote in expected["quotes"]
    ]
    cases += [
        ExpectationCase(
            f"{stem}::non_body::{line[:40]}", "non_body", document, _located(line, 1, check_non_body)
        )
        for line in expected.get("non_body", [])
    ]
    cases += [
        ExpectationCase(
            f"{stem}::not_actor::{name}", "not_actor", document, _everywhere(name, check_not_actor)
        )
        for name in expected["not_actors"]
    ]
    cases += [
        ExpectationCase(f"{stem}::not_fact::{text}", "not_fact", document, _everywhere(text, check_not_fact))
        for text in expected["not_facts"]
    ]
    return unique_ids(cases)


@functools.cache
def sample_cases() -> tuple[ExpectationCase, ...]:
    return tuple(case for stem in sample_stems() for case in cases_for_sample(stem))


# The tests.


def test_there_are_at_least_seven_sample_articles_with_expectations() -> None:
    stems = sample_stems()
    assert len(stems) >= 7
    assert all((SAMPLES_DIR / f"{stem}.md").exists() for stem in stems)


@pytest.mark.parametrize("stem", sample_stems())
def test_every_expected_surface_occurs_in_its_article(stem: str) -> None:
    """Guards the expectation files themselves: a typo there would otherwise pass as an extractor gap."""
    text = (SAMPLES_DIR / f"{stem}.md").read_text(encoding="utf-8")
    expected = load_expectations(stem)
    surfaces = [alias for entity in expected["actors"] + expected["places"] for alias in entity["aliases"]]
    surfaces += [quote["starts"] for quote in expected["quotes"]]
    surfaces += expected.get("non_body", []) + expected["not_actors"] + expected["not_facts"]
    missing = [surface for surface in surfaces if not occurrences(text, surface)]
    missing += [
        item["text"]
        for item in expected["dates"] + expected["facts"]
        if len(occurrences(text, item["text"])) < item.get("occurrence", 1)
    ]
    assert missing == []


@pytest.mark.parametrize("stem", sample_stems())
def test_no_expected_fact_is_also_listed_as_a_non_fact(stem: str) -> None:
    text = (SAMPLES_DIR / f"{stem}.md").read_text(encoding="utf-8")
    expected = load_expectations(stem)
    fact_spans = [nth_occurrence(text, fact["text"], fact.get("occurrence", 1)) for fact in expected["facts"]]
    clashes = [
        surface
        for surface in expected["not_facts"]
        if any(span and span.overlaps(other) for span in fact_spans for other in occurrences(text, surface))
    ]
    assert clashes == []


@pytest.mark.parametrize("case", as_params(sample_cases(), "published"))
def test_published_date_comes_from_front_matter(case: ExpectationCase) -> None:
    failure = run_case(case)
    assert failure is None, failure


@pytest.mark.parametrize("case", as_params(sample_cases(), "actor"))
def test_actor_aliases_link_to_one_actor(case: ExpectationCase) -> None:
    failure = run_case(case)
    assert failure is None, failure


@pytest.mark.parametrize("case", as_params(sample_cases(), "kind"))
def test_actor_kind_is_recognised(case: ExpectationCase) -> None:
    failure = run_case(case)
    assert failure is None, failure


@pytest.mark.parametrize("case", as_params(sample_cases(), "title"))
def test_rank_or_office_is_kept_with_the_actor(case: ExpectationCase) -> None:
    failure = run_case(case)
    assert failure is None, failure


@pytest.mark.parametrize("case", as_params(sample_cases(), "place"))
def test_place_spellings_link_to_one_place(case: ExpectationCase) -> None:
    failure = run_case(case)
    assert failure is None, failure


@pytest.mark.parametrize("case", as_params(sample_cases(), "date"))
def test_date_resolves_against_publication_date(case: ExpectationCase) -> None:
    failure = run_case(case)
    assert failure is None, failure


@pytest.mark.parametrize("case", as_params(sample_cases(), "fact"))
def test_fact_is_found_with_kind_and_value(case: ExpectationCase) -> None:
    failure = run_case(case)
    assert failure is None, failure


@pytest.mark.parametrize("case", as_params(sample_cases(), "quote"))
def test_quote_is_attributed_to_its_speaker(case: ExpectationCase) -> None:
    failure = run_case(case)
    assert failure is None, failure


@pytest.mark.parametrize("case", as_params(sample_cases(), "non_body"))
def test_caption_and_byline_are_not_body_text(case: ExpectationCase) -> None:
    failure = run_case(case)
    assert failure is None, failure


@pytest.mark.parametrize("case", as_params(sample_cases(), "not_actor"))
def test_byline_and_credit_names_are_not_actors(case: ExpectationCase) -> None:
    failure = run_case(case)
    assert failure is None, failure


@pytest.mark.parametrize("case", as_params(sample_cases(), "not_fact"))
def test_ages_years_and_identifiers_are_not_facts(case: ExpectationCase) -> None:
    failure = run_case(case)
    assert failure is None, failure


def test_recall_per_category_meets_the_floor() -> None:
    _, floors = read_known_gaps()
    totals = recall_by_category(sample_cases())
    if not totals:
        pytest.skip("no sample could be analysed")
    shortfalls = [
        f"{name}: {passed}/{total} = {passed / total:.2f} < {floors[name]:.2f}"
        for name, (passed, total) in sorted(totals.items())
        if name in floors and total and passed / total < floors[name]
    ]
    assert shortfalls == []
