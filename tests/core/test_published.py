"""The publication date a reader would infer from the text when nothing else gives it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.core.published import infer_published

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed"


def test_latest_date_moves_to_the_weekday_used_with_a_verb_of_saying() -> None:
    text = (
        "The ministry said Friday that the town had fallen.\n\n"
        "A convoy enters the town on Nov. 2, 2017. (Agency photo)\n\n"
        "Local officials declared Friday a day of mourning."
    )
    assert infer_published(text) == dt.date(2017, 11, 3)


def test_latest_date_alone_is_the_publication_date_without_weekday_evidence() -> None:
    text = "Fighting began on 3 March 2016. The city fell on 9 July 2017, officials confirmed."
    assert infer_published(text) == dt.date(2017, 7, 9)


def test_dateline_without_year_takes_the_latest_year_named() -> None:
    text = "BAGHDAD, Nov. 3 (Agency) - Iraqi forces said they had held the line since 2017 began."
    assert infer_published(text) == dt.date(2017, 11, 3)


def test_date_alone_on_the_first_line_is_a_dateline() -> None:
    text = "3 November 2017\nThe army said on Tuesday it had retaken the bridge, taken in 2014."
    assert infer_published(text) == dt.date(2017, 11, 3)


def test_future_date_does_not_become_the_publication_date() -> None:
    text = "Troops arrived on 2 May 2016. Talks will resume on 20 June 2016 in Geneva."
    assert infer_published(text) == dt.date(2016, 5, 2)


def test_full_date_followed_by_a_later_year_is_history_not_the_publication_date() -> None:
    text = "The group took the city on 10 June 2014. In 2016 the army began the offensive to retake it."
    assert infer_published(text) is None


def test_later_year_in_a_future_clause_keeps_the_latest_full_date() -> None:
    text = "The plan, agreed on 3 May 2016, will run until 2020."
    assert infer_published(text) == dt.date(2016, 5, 3)


@pytest.mark.parametrize(
    "text", ["", "No dates here at all.", "The group has fought since 2014.", "He said Friday it was over."]
)
def test_no_full_date_means_no_publication_date(text: str) -> None:
    assert infer_published(text) is None


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not beside the project")
def test_seed_article_is_dated_friday_3_november_2017() -> None:
    text = next(SEED.glob("*.txt")).read_text(encoding="utf-8")
    assert infer_published(text) == dt.date(2017, 11, 3)


@given(st.text())
def test_any_text_gives_a_date_or_none_without_raising(text: str) -> None:
    assert infer_published(text) is None or isinstance(infer_published(text), dt.date)


def test_weekday_after_a_verb_with_on_and_late_moves_the_date() -> None:
    text = "Fighting ended on Nov. 2, 2017.\nThe army announced on late Friday that the town had fallen."
    assert infer_published(text) == dt.date(2017, 11, 3)


@pytest.mark.parametrize(
    "sentence",
    ["The army said late on Friday it held the town.", "An unsaid Friday deal.", "The army said-Friday."],
)
def test_weekday_not_right_after_a_verb_of_saying_leaves_the_date(sentence: str) -> None:
    assert infer_published(f"Fighting ended on Nov. 2, 2017.\n{sentence}") == dt.date(2017, 11, 2)
