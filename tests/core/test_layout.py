"""Non-body text: captions, bylines and trailers are set apart, and body text never is."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.core.layout import find_non_body
from briefing.core.sentences import split_sentences

SEED_DIR = Path(__file__).resolve().parents[3] / "shared" / "seed"


def non_body_texts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in find_non_body(text, split_sentences(text))]


BODY = "Government forces retook the town on Friday, officials said."


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        (
            "A fighter stands guard at a checkpoint near the river on May 3, 2019. (Omar Haj/AFP/Getty Images)",
            "caption",
        ),
        ("Smoke rises over the old city. (Reuters)", "caption"),
        ("Soldiers patrol the market. (AP Photo/Jane Roe)", "caption"),
        ("Photo: Displaced families wait for aid at a camp.", "caption"),
        ("PHOTO: A convoy crosses the bridge.", "caption"),
        ("photo: A convoy crosses the bridge.", "caption"),
        ("Caption: The destroyed bridge at dawn.", "caption"),
        ("By Jane Smith and John Doe", "byline"),
        ("By JANE SMITH", "byline"),
        ("By Omar al-Rashid and Anne van Dijk", "byline"),
        ("Haddad reported from Beirut.", "byline"),
        ("Karim Nasser reported from Erbil and Ann Lee from Baghdad.", "byline"),
        ("Haddad reported from Hasakah; Ortiz reported from Baghdad.", "byline"),
        ("Sam Ortiz in Washington contributed to this report.", "byline"),
        ("Reporting by Lina Aziz; Editing by Tom Hale", "byline"),
        ("(Additional reporting by Lina Aziz; Writing by Tom Hale)", "byline"),
        ("Read more:", "trailer"),
        ("Related: How the siege of the city unfolded", "trailer"),
        ("Follow us on Twitter for live updates", "trailer"),
        ("Sign up for our daily briefing", "trailer"),
        ("Published: 3 November 2017", "front matter"),
        ("Tags: Syria, Iraq, conflict", "front matter"),
    ],
)
def test_non_body_block_is_found_and_body_is_kept(block: str, kind: str) -> None:
    text = f"{BODY}\n\n{block}\n\n{BODY}"
    assert non_body_texts(text) == [block], kind


@pytest.mark.parametrize(
    "body",
    [
        "By Friday, forces had taken the airport and the road south.",
        "By the end of the week the army controlled the city.",
        "The ministry said the attack killed 12 people (including four children).",
        "The group, known as the Islamic State (ISIS), lost its capital.",
        "The BBC reported from the front line that the town had fallen and residents were fleeing.",
        "Related attacks killed nine soldiers in the north.",
        "Follow the money, investigators say, and the network appears.",
        "More from the ministry's statement was released on Monday.",
        "Advertisement campaigns by the group reached thousands of recruits.",
        "Following the meeting, the minister said the talks would resume.",
        "Read the full statement on the ministry's website before the vote on Tuesday.",
        "Source of the fire was a rocket, officials said.",
    ],
)
def test_body_text_is_not_mistaken_for_non_body(body: str) -> None:
    assert non_body_texts(f"{BODY}\n\n{body}\n\n{BODY}") == []


def test_headlines_listed_after_read_more_are_non_body() -> None:
    text = f"{BODY}\n\nRead more:\n\nThe fall of a city\nWhat comes after the siege\n"
    assert non_body_texts(text) == ["Read more:", "The fall of a city", "What comes after the siege"]


def test_link_list_stops_at_a_punctuated_paragraph() -> None:
    text = f"Read more:\nThe fall of a city\n{BODY}"
    assert non_body_texts(text) == ["Read more:", "The fall of a city"]


def test_front_matter_block_at_the_top_is_non_body() -> None:
    text = f"---\ntitle: A fictional story\npublished: 2025-01-02\n---\n{BODY}"
    assert non_body_texts(text) == ["---\ntitle: A fictional story\npublished: 2025-01-02\n---"]


def test_byline_sentence_inside_a_closing_paragraph_is_found_alone() -> None:
    text = f"{BODY}\n\nHaddad reported from Beirut. Sam Ortiz in Washington contributed to this report."
    assert non_body_texts(text) == [
        "Haddad reported from Beirut.",
        "Sam Ortiz in Washington contributed to this report.",
    ]


@given(st.text())
def test_non_body_spans_are_valid_ordered_and_non_overlapping(text: str) -> None:
    spans = find_non_body(text, split_sentences(text))
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        previous_end = span.end


@given(
    st.lists(
        st.sampled_from(
            ["Read more:", "(A/B)", "Photo: x", "By Al Li", "Body text.", "X reported from Y.", "", "---"]
        ),
        max_size=12,
    )
)
def test_layout_like_lines_keep_spans_valid(lines: list[str]) -> None:
    text = "\n".join(lines)
    spans = find_non_body(text, split_sentences(text))
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    assert all(0 <= span.start < span.end <= len(text) for span in spans)


def test_seed_caption_byline_and_trailer_are_the_only_non_body() -> None:
    article = SEED_DIR / "000_932e1e48f0a2b358.txt"
    if not article.exists():
        pytest.skip("the shared seed article is not beside the project")
    text = article.read_text(encoding="utf-8")
    expected = json.loads((SEED_DIR / "expected.json").read_text(encoding="utf-8"))["non_body"]
    found = non_body_texts(text)
    for start in expected:
        assert any(block.startswith(start) for block in found), start
    byline_or_expected = [block for block in found if any(block.startswith(start) for start in expected)]
    others = [block for block in found if block not in byline_or_expected]
    assert others == ["Dan Lamothe in Washington contributed to this report."]


@pytest.mark.parametrize(
    ("transcript", "introduction"),
    [
        ("Q: Dana Whitlow, Harbour Post. Are the advisers staying?", "Q: Dana Whitlow, Harbour Post."),
        (
            "QUESTION: Omar Haddad with Levant Radio. When did the strike happen?",
            "QUESTION: Omar Haddad with Levant Radio.",
        ),
    ],
)
def test_reporter_introducing_a_question_is_a_credit(transcript: str, introduction: str) -> None:
    spans = find_non_body(transcript, split_sentences(transcript))
    assert [transcript[span.start : span.end] for span in spans] == [introduction]


def test_question_that_names_someone_is_body() -> None:
    transcript = "Q: General Okafor, what did the strikes hit?"
    assert find_non_body(transcript, split_sentences(transcript)) == []
