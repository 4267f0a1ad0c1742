"""Numbers in digits and words: what a reader sees highlighted and what the facts step counts with."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.core.model import DateMention, Span
from briefing.core.numbers import find_numbers


def _numbers(text: str) -> list[tuple[str, float, float | None, float | None]]:
    return [(number.text, number.value, number.low, number.high) for number in find_numbers(text, [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They counted 292 bodies.", [("292", 292, None, None)]),
        ("Some 12,500 homes were lost.", [("12,500", 12500, None, None)]),
        ("A budget of 4.7 million was set.", [("4.7 million", 4_700_000, None, None)]),
        ("The fund holds $1bn now.", [("$1bn", 1_000_000_000, None, None)]),
        ("It gave £59.5 million.", [("£59.5 million", 59_500_000, None, None)]),
        ("It gave €3m in grants.", [("€3m", 3_000_000, None, None)]),
        ("Ninety-Four reservists left.", [("Ninety-Four", 94, None, None)]),
        ("two hundred and fifty guards", [("two hundred and fifty", 250, None, None)]),
        ("a dozen trucks", [("a dozen", 12, None, None)]),
        ("half a million voters", [("half a million", 500_000, None, None)]),
        ("three thousand five hundred", [("three thousand five hundred", 3500, None, None)]),
    ],
)
def test_single_numbers_have_their_value(text, expected):
    assert _numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from 2,000 to 5,000 men", [("2,000 to 5,000", 2000, 2000, 5000)]),
        ("2,000–5,000 men", [("2,000–5,000", 2000, 2000, 5000)]),
        ("2,000-5,000 men", [("2,000-5,000", 2000, 2000, 5000)]),
        ("between 2,000 and 5,000 men", [("between 2,000 and 5,000", 2000, 2000, 5000)]),
        ("between six and eight boats", [("between six and eight", 6, 6, 8)]),
        ("2 to 3 million people", [("2 to 3 million", 2_000_000, 2_000_000, 3_000_000)]),
    ],
)
def test_ranges_carry_low_and_high(text, expected):
    assert _numbers(text) == expected


def test_plus_suffix_is_a_lower_bound():
    assert _numbers("a 30-plus member alliance") == [("30-plus", 30, 30, None)]


@pytest.mark.parametrize(
    "text",
    [
        "the 3rd Battalion and the 21st Brigade",
        "an F-16 and a MiG-29",
        "the A400M transport",
        "no one saw one another",
        "version 1.2.3 at 10:30",
        "Resolution 2254 and section 119.3",
        "call 202-555-0142 for details",
    ],
)
def test_ordinals_identifiers_and_idioms_are_not_numbers(text):
    assert _numbers(text) == []


def test_a_bare_multiplier_word_is_not_a_number():
    assert _numbers("a few thousand and several hundred, but a thousand") == [
        ("a thousand", 1000, None, None)
    ]


def test_two_adjacent_number_words_are_two_numbers():
    assert [text for text, *_ in _numbers("rows three four")] == ["three", "four"]


def test_numbers_inside_dates_are_left_to_the_date():
    text = "On 12 March 2016, 40 trucks arrived."
    date = DateMention(Span(3, 16), "12 March 2016", "2016-03-12", "day")
    assert [number.text for number in find_numbers(text, [date])] == ["40"]


def test_money_needs_a_sign_before_a_glued_multiplier():
    assert _numbers("a 45m drop and £45m in aid") == [("£45m", 45_000_000, None, None)]


def test_long_runs_of_digits_and_commas_are_handled():
    text = "1," * 50_000 + " and " + "9" * 100_000
    found = find_numbers(text, [])
    assert all(text[n.span.start : n.span.end] == n.text for n in found)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789,.-–$£€ mbnkMto and between plus half a dozen one two")),
        max_size=80,
    )
)
def test_spans_are_valid_ordered_and_match_text_for_number_like_input(text):
    _assert_valid(text, find_numbers(text, []))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text):
    _assert_valid(text, find_numbers(text, []))


def _assert_valid(text, numbers):
    previous_end = 0
    for number in numbers:
        assert 0 <= number.span.start < number.span.end <= len(text)
        assert number.span.start >= previous_end
        assert text[number.span.start : number.span.end] == number.text
        previous_end = number.span.end
