"""Sentence splitting: every later step reasons within one sentence, so a wrong boundary splits a fact or a name."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.core.sentences import split_sentences

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_932e1e48f0a2b358.txt"


def sentence_texts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brig. Gen. Omar Kassem said the town fell. Fighting went on.",
            ["Brig. Gen. Omar Kassem said the town fell.", "Fighting went on."],
        ),
        (
            "U.S. Navy Capt. Laura Reyes spoke first. She was brief.",
            ["U.S. Navy Capt. Laura Reyes spoke first.", "She was brief."],
        ),
        (
            "Lt. Gen. Peter K. Olsen arrived on Monday. He left soon after.",
            ["Lt. Gen. Peter K. Olsen arrived on Monday.", "He left soon after."],
        ),
        (
            "The raid took place on Nov. 2, 2017, near the river. Two died.",
            ["The raid took place on Nov. 2, 2017, near the river.", "Two died."],
        ),
        (
            "U.S.-led forces and U.N. monitors met. Talks followed.",
            ["U.S.-led forces and U.N. monitors met.", "Talks followed."],
        ),
        (
            "Aid was sent by the U.S. The convoy arrived late.",
            ["Aid was sent by the U.S.", "The convoy arrived late."],
        ),
        (
            "“We trained hard,” said Spc. Maria Lopez. Drills ended.",
            ["“We trained hard,” said Spc. Maria Lopez.", "Drills ended."],
        ),
        (
            "Talks resumed in Washington, D.C. The delegations met.",
            ["Talks resumed in Washington, D.C.", "The delegations met."],
        ),
        (
            '"We will hold," he said. "Next week we move."',
            ['"We will hold," he said.', '"Next week we move."'],
        ),
        ("“The road is open.” Trucks moved at dawn.", ["“The road is open.”", "Trucks moved at dawn."]),
        ('"Are you sure?" she asked. Nobody answered.', ['"Are you sure?" she asked.', "Nobody answered."]),
        ("Losses rose 3.5 percent. Prices fell.", ["Losses rose 3.5 percent.", "Prices fell."]),
        ("He paused... Then the shelling began.", ["He paused...", "Then the shelling began."]),
        ("The talks stalled … and resumed later.", ["The talks stalled … and resumed later."]),
        ("Officials met at 10 a.m. on Friday.", ["Officials met at 10 a.m. on Friday."]),
        ("The author J.R.R. Tolkien served in 1916.", ["The author J.R.R. Tolkien served in 1916."]),
        ("Troops left the D.R.C. The mission ended.", ["Troops left the D.R.C.", "The mission ended."]),
        ("The deal was signed.And the war ended.", ["The deal was signed.", "And the war ended."]),
        (
            "A ceasefire (the third this year.) Held briefly.",
            ["A ceasefire (the third this year.)", "Held briefly."],
        ),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert sentence_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops enter the city\n\nThe army said it was over.",
            ["Troops enter the city", "The army said it was over."],
        ),
        (
            "First paragraph ends here.\nSecond one starts here.",
            ["First paragraph ends here.", "Second one starts here."],
        ),
        ("The story ends.\n\nRead more:", ["The story ends.", "Read more:"]),
        ("A heading in capitals\nBody text follows.", ["A heading in capitals", "Body text follows."]),
        (
            "Syria\n.\u00a0  Near Raqqa, one strike hit a tank.\n•  Near Tabqa, two strikes hit a bridge.",
            ["Syria", "Near Raqqa, one strike hit a tank.", "Near Tabqa, two strikes hit a bridge."],
        ),
        ("a line wrapped by the\nmail client goes on.", ["a line wrapped by the\nmail client goes on."]),
    ],
)
def test_line_breaks_end_paragraphs(text: str, expected: list[str]) -> None:
    assert sentence_texts(text) == expected


def test_sentences_are_trimmed_of_surrounding_whitespace() -> None:
    assert sentence_texts("   One.   Two.  \n\n ") == ["One.", "Two."]


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n\t ") == []


@given(st.text())
def test_spans_are_valid_ordered_and_non_overlapping(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        assert not text[span.start].isspace() and not text[span.end - 1].isspace()
        previous_end = span.end


@given(st.text(alphabet=st.sampled_from(list("Ab. \n\"“”’'?!…U.S-1")), max_size=300))
def test_punctuation_heavy_text_keeps_spans_valid(text: str) -> None:
    spans = split_sentences(text)
    assert all(0 <= a.end <= b.start for a, b in itertools.pairwise(spans))
    assert all(0 <= span.start < span.end <= len(text) for span in spans)


@pytest.fixture
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("the shared seed article is not beside the project")
    return SEED.read_text(encoding="utf-8")


def test_seed_titles_and_initials_stay_inside_their_sentence(seed_text: str) -> None:
    sentences = sentence_texts(seed_text)
    for name in ("Brig. Gen. Ali Mayhoub", "U.S. Army Col. Ryan Dillon", "Lt. Gen. Stephen J. Townsend"):
        assert any(name in sentence for sentence in sentences), name
    assert "Read more:" in sentences
    assert "El-Ghobashy reported from Cairo." in sentences
