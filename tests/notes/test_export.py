"""The exported briefing: Markdown an analyst can read or publish on a forge, JSON with W3C annotations."""

import json
import re

from briefing.core.model import Actor, Analysis, DateMention, DocumentInfo, Fact, Span
from briefing.notes.anchoring import quote_selector
from briefing.notes.annotation import Annotation
from briefing.notes.export_json import briefing_json
from briefing.notes.export_markdown import briefing_markdown

TEXT = (
    "On Tuesday the spokesman said between 3,000 and 7,000 fighters remained.\n"
    "The group | known as ISIS | lost ground in late August.\n"
    "It had held the town since 2014."
)


def sentence(number: int) -> Span:
    starts = [0, TEXT.index("The group"), TEXT.index("It had")]
    ends = [*starts[1:], len(TEXT) + 1]
    return Span(starts[number], ends[number] - 1)


def span(passage: str) -> Span:
    start = TEXT.index(passage)
    return Span(start, start + len(passage))


ANALYSIS = Analysis(
    document=DocumentInfo(
        id="sample",
        chars=len(TEXT),
        path="articles/sample.txt",
        title="Militants lose ground",
        source="Example Wire",
        published="2017-11-03",
        published_source="inferred",
    ),
    text=TEXT,
    sentences=(sentence(0), sentence(1), sentence(2)),
    actors=(
        Actor(id="a1", name="Islamic State", kind="armed_group", mentions=(span("ISIS"),), aliases=("ISIS",)),
        Actor(
            id="a2",
            name="Ryan Dillon",
            kind="person",
            mentions=(span("the spokesman"),),
            roles=("spokesman",),
        ),
    ),
    dates=(
        DateMention(span=span("since 2014"), text="2014", value="2014", granularity="year"),
        DateMention(span=span("Tuesday"), text="Tuesday", value="2017-10-31", granularity="day"),
        DateMention(
            span=span("late August"),
            text="late August",
            value="2017-08",
            granularity="month",
            modifier="late",
        ),
    ),
    facts=(
        Fact(
            kind="force_size",
            span=span("between 3,000 and 7,000 fighters"),
            sentence=sentence(0),
            text="between 3,000 and 7,000 fighters",
            low=3000,
            high=7000,
            unit="fighters",
            actor="a1",
            source="a2",
            date="2017-10-31",
        ),
    ),
)


def note(passage: str, body: str, *, orphaned: bool = False, tags: tuple[str, ...] = ()) -> Annotation:
    start = TEXT.find(passage)
    exact, prefix, suffix = (
        (passage, "", "") if orphaned else quote_selector(TEXT, start, start + len(passage))
    )
    return Annotation(
        id=f"id{len(body)}",
        body=body,
        tags=tags,
        target_kind="selection",
        exact=exact,
        prefix=prefix,
        suffix=suffix,
        start=max(start, 0),
        end=max(start, 0) + len(passage),
        created="2026-01-02T03:04:05Z",
        updated="2026-01-02T03:04:05Z",
        orphaned=orphaned,
    )


NOTES = (
    note("3,000 and 7,000", "Range is wide; ask for a source.", tags=("force", "verify")),
    note("a passage that was removed", "Gone from the edited article.", orphaned=True),
)


def test_markdown_header_has_title_source_publication_date_and_counts():
    markdown = briefing_markdown(ANALYSIS, NOTES)
    assert markdown.startswith("# Militants lose ground\n")
    assert "- **Source:** Example Wire" in markdown
    assert "- **Published:** 2017-11-03 (inferred from the text)" in markdown
    assert "2 actors, 0 places, 1 fact, 2 notes (1 orphaned)" in markdown


def test_markdown_tables_are_well_formed_with_pipes_and_newlines_escaped():
    markdown = briefing_markdown(ANALYSIS, NOTES)
    table_rows = [line for line in markdown.splitlines() if line.startswith("|")]
    for row in table_rows:
        assert len(re.findall(r"(?<!\\)\|", row)) in (6, 7)  # 5 actor columns or 6 fact columns
    assert "| Islamic State | armed group |  | ISIS | 1 |" in markdown
    assert "| force size | 3,000–7,000 fighters | Islamic State | Dillon | 2017-10-31 |" in markdown


def test_markdown_timeline_is_in_calendar_order_with_each_sentence():
    markdown = briefing_markdown(ANALYSIS, NOTES)
    timeline = markdown.split("## Timeline")[1].split("## Notes")[0].strip().splitlines()
    assert [line.split("**")[1] for line in timeline] == ["2014", "late 2017-08", "2017-10-31"]
    assert timeline[0].endswith("It had held the town since 2014.")


def test_markdown_notes_show_their_passage_in_its_sentence_and_mark_orphans():
    markdown = briefing_markdown(ANALYSIS, NOTES)
    notes = markdown.split("## Notes")[1]
    assert "### Note 1 · `id32` · #force, #verify" in notes
    assert "> On Tuesday the spokesman said between **3,000 and 7,000** fighters remained." in notes
    assert "Range is wide; ask for a source." in notes
    assert "> ~~a passage that was removed~~" in notes
    assert "Orphaned" in notes


def test_markdown_without_findings_or_notes_says_so():
    empty = Analysis(document=DocumentInfo(id="empty", chars=0), text="")
    markdown = briefing_markdown(empty, [])
    assert markdown.startswith("# empty\n")
    for message in ("No actors found.", "No facts found.", "No dates resolved.", "No notes."):
        assert message in markdown


def test_json_export_carries_the_analysis_and_notes_as_web_annotations():
    payload = briefing_json(ANALYSIS, NOTES, "https://example.org/article#top")
    json.dumps(payload)
    assert payload["analysis"]["schema"] == "briefing/analysis@1"
    first, orphan = payload["annotations"]
    assert first["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert first["type"] == "Annotation"
    assert first["body"][0] == {
        "type": "TextualBody",
        "value": "Range is wide; ask for a source.",
        "format": "text/plain",
        "purpose": "commenting",
    }
    assert [body["value"] for body in first["body"][1:]] == ["force", "verify"]
    assert first["target"]["source"] == "https://example.org/article"
    quote, position = first["target"]["selector"]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == "3,000 and 7,000"
    assert TEXT[position["start"] : position["end"]] == "3,000 and 7,000"
    assert [selector["type"] for selector in orphan["target"]["selector"]] == ["TextQuoteSelector"]
    assert orphan["briefing"]["orphaned"] is True


def test_json_export_names_a_local_file_by_its_file_uri(tmp_path):
    payload = briefing_json(ANALYSIS, NOTES[:1], str(tmp_path / "a.txt"))
    assert payload["annotations"][0]["target"]["source"] == (tmp_path / "a.txt").as_uri()
