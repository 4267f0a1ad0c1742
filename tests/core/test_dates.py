"""Dates and durations as an analyst reads them, resolved against a Friday publication date."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.core.dates import find_dates, find_dates_for_inference

PUBLISHED = dt.date(2017, 11, 3)  # a Friday
SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed"

# sentence, expected text, value, granularity, modifier, kind
FORMS = [
    ("The ministry said Friday that talks had stalled.", "Friday", "2017-11-03", "day", None, "point"),
    ("The convoy left on Tuesday under escort.", "Tuesday", "2017-10-31", "day", None, "point"),
    ("The offensive began last Thursday.", "last Thursday", "2017-10-26", "day", None, "point"),
    ("Officials expect the road to reopen by Saturday.", "Saturday", "2017-11-04", "day", None, "point"),
    ("The envoys will meet on Monday in Geneva.", "Monday", "2017-11-06", "day", None, "point"),
    ("Earlier this week, the council voted.", "Earlier this week", "2017-W44", "week", None, "point"),
    ("The town fell in late August.", "late August", "2017-08", "month", "late", "point"),
    ("Output rose sharply earlier this year.", "earlier this year", "2017", "year", None, "point"),
    ("The report is dated Nov. 2, 2017.", "Nov. 2, 2017", "2017-11-02", "day", None, "point"),
    ("Talks opened on 3 August 2016 in Vienna.", "3 August 2016", "2016-08-03", "day", None, "point"),
    ("The siege began in December 2014.", "December 2014", "2014-12", "month", None, "point"),
    ("The group has held the town since 2014.", "2014", "2014", "year", None, "point"),
    ("Talks resumed August 3 after a pause.", "August 3", "2017-08-03", "day", None, "point"),
    ("The file is stamped 2016-08-03.", "2016-08-03", "2016-08-03", "day", None, "point"),
    ("Oil output peaked in mid-2015.", "mid-2015", "2015", "year", "mid", "point"),
    ("Such raids were common in the 1990s.", "the 1990s", None, "decade", None, "point"),
    ("The port was rebuilt four years ago.", "four years ago", "2013", "year", None, "point"),
    ("Fighting has grown over the past two weeks.", "the past two weeks", None, "week", None, "duration"),
    ("Casualties rose last month.", "last month", "2017-10", "month", None, "point"),
    ("Inspectors arrive next week.", "next week", "2017-W45", "week", None, "point"),
    ("The statement was issued yesterday.", "yesterday", "2017-11-02", "day", None, "point"),
    ("Voting ends today.", "today", "2017-11-03", "day", None, "point"),
    ("Shelling resumed this morning.", "this morning", "2017-11-03", "day", None, "point"),
    ("The city has been split for nearly three years.", "nearly three years", None, "year", None, "duration"),
    (
        "The truce came three years after the war began.",
        "three years after",
        None,
        "year",
        "after",
        "duration",
    ),
    (
        "The army advanced over the past 20-plus months.",
        "the past 20-plus months",
        None,
        "month",
        None,
        "duration",
    ),
    ("The ceasefire held for 24 hours.", "24 hours", None, "time", None, "duration"),
    ("The call will last 45 minutes.", "45 minutes", None, "time", None, "duration"),
    ("Talks resumed in February.", "February", "2017-02", "month", None, "point"),
    ("Aid reached the camp in December.", "December", "2016-12", "month", None, "point"),
    ("The summit will be held in December.", "December", "2017-12", "month", None, "point"),
    ("On Monday, Dec. 26, the unit withdrew.", "Monday, Dec. 26", "2016-12-26", "day", None, "point"),
    ("Drills ran from 5-6 April 2016.", "5-6 April 2016", "2016-04", "month", None, "point"),
    ("The wing returns in the summer of 2017.", "the summer of 2017", "2017", "season", None, "point"),
    ("Troops marked Thanksgiving Day at the base.", "Thanksgiving Day", "2016-11-24", "day", None, "point"),
    ("The strike hit at 10 a.m. local time.", "10 a.m. local time", None, "time", None, "point"),
    ("The base was shelled the following day.", "the following day", None, "day", None, "point"),
    ("Rebels retreated at the end of last year.", "the end of last year", "2016", "year", "late", "point"),
    ("A new round is planned for early next year.", "early next year", "2018", "year", "early", "point"),
    ("Delegates met at the Summit 2016 in Rome.", "2016", "2016", "year", None, "point"),
    ("Talks resume in the spring.", "spring", None, "season", None, "point"),
    ("Raids eased in late summer.", "late summer", None, "season", "late", "point"),
    ("They met over the weekend.", "the weekend", "2017-W43", "week", None, "point"),
    ("The empire lasted 1,000 years.", "1,000 years", None, "year", None, "duration"),
    (
        "Units trained for the past two weeks before the drill.",
        "the past two weeks",
        None,
        "week",
        None,
        "duration",
    ),
    (
        "The results of the September 17 strike will be released.",
        "September 17",
        "2017-09-17",
        "day",
        None,
        "point",
    ),
    ("Talks will be held on 10 December.", "10 December", "2017-12-10", "day", None, "point"),
    ("The order was signed on 25.07.2016 in Ankara.", "25.07.2016", "2016-07-25", "day", None, "point"),
    ("The order was signed on 03/11/2017 in Ankara.", "03/11/2017", "2017-11-03", "day", None, "point"),
    ("Shelling began at 0300 hours.", "0300 hours", None, "time", None, "point"),
    ("Fire broke out at 2000 GMT near the port.", "2000 GMT", None, "time", None, "point"),
    ("Raids resumed in mid-October.", "mid-October", "2017-10", "month", "mid", "point"),
    ("The 2014-15 campaign stalled.", "2014-15", None, "year", None, "point"),
    ("The siege has lasted over 1,000 days.", "over 1,000 days", None, "day", None, "duration"),
    ("The town was retaken two weeks ago.", "two weeks ago", "2017-W42", "week", None, "point"),
    ("The envoy arrived on 10 December.", "10 December", "2016-12-10", "day", None, "point"),
    ("The UN says only 38 per cent of its 2016 appeal was funded.", "2016", "2016", "year", None, "point"),
    ("Britain's 2015 defence review set the plan.", "2015", "2015", "year", None, "point"),
    ("The blast hit at 7.30am local time.", "7.30am local time", None, "time", None, "point"),
    ("The bomb went off at 05.05 GMT.", "05.05 GMT", None, "time", None, "point"),
    (
        "Gunmen attacked in the early hours of Sunday.",
        "early hours of Sunday",
        "2017-10-29",
        "day",
        None,
        "point",
    ),
    ("The siege lasted more than a year.", "more than a year", None, "year", None, "duration"),
    ("The column spent about a week in the desert.", "about a week", None, "week", None, "duration"),
    ("A market was hit on Christmas Eve 2016.", "Christmas Eve 2016", "2016-12-24", "day", None, "point"),
    (
        "Talks collapsed on the eve of the New Year.",
        "the eve of the New Year",
        "2016-12-31",
        "day",
        None,
        "point",
    ),
    ("The town fell a fortnight ago.", "a fortnight ago", "2017-W42", "week", None, "point"),
    ("Crowds marked the Kurdish New Year in Erbil.", "Kurdish New Year", "2017-03-21", "day", None, "point"),
    (
        '"We will strike again," the general said late Thursday.',
        "Thursday",
        "2017-11-02",
        "day",
        None,
        "point",
    ),
    ("Officials said the convoy will leave on Monday.", "Monday", "2017-11-06", "day", None, "point"),
    ("The fiscal 2018 budget adds ten ships.", "2018", "2018", "year", None, "point"),
    ("Spending rose in 2016/17 as the war spread.", "2016/17", None, "year", None, "point"),
    ("Gunmen struck this past weekend.", "this past weekend", "2017-W43", "week", None, "point"),
    ("The coalition struck this past week.", "this past week", None, "week", None, "duration"),
    ("The bridge was hit this past Tuesday.", "this past Tuesday", "2017-10-31", "day", None, "point"),
    ("Talks resume this coming Monday.", "this coming Monday", "2017-11-06", "day", None, "point"),
    ("The deal was signed on the 2nd, officials said.", "the 2nd", "2017-11-02", "day", None, "point"),
    ("The convoy left on the 28th.", "the 28th", "2017-10-28", "day", None, "point"),
    ("Talks will resume on the 20th.", "the 20th", "2017-11-20", "day", None, "point"),
    ("Strikes began at 1300 Zulu.", "1300 Zulu", None, "time", None, "point"),
    ("The briefing starts at 1 p.m. EST.", "1 p.m. EST", None, "time", None, "point"),
    ("The feed was stamped 12:56:05 GMT.", "12:56:05 GMT", None, "time", None, "point"),
    ("Clashes erupted at 9 o'clock at night.", "9 o'clock", None, "time", None, "point"),
    ("The offensive resumes in the fall.", "fall", None, "season", None, "point"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "granularity", "modifier", "kind"), FORMS)
def test_each_date_form_is_found_and_resolved(
    sentence: str, text: str, value: str | None, granularity: str, modifier: str | None, kind: str
) -> None:
    mentions = find_dates(sentence, PUBLISHED)
    assert [(m.text, m.value, m.granularity, m.modifier, m.kind) for m in mentions] == [
        (text, value, granularity, modifier, kind)
    ]
    assert sentence[mentions[0].span.start : mentions[0].span.end] == text


@pytest.mark.parametrize(
    "sentence",
    [
        "A force of 2,014 fighters crossed the river.",
        "The 1500 troops withdrew at dawn.",
        "The council passed Resolution 2254 unanimously.",
        "The council passed Resolution 2042 unanimously.",
        "The destroyer DDG 70 docked in Bahrain.",
        "Convoys may march north if the road opens.",
        "Theresa May spoke to reporters.",
        "Some 2000 soldiers took part.",
        "The brigade lost its 2000 vehicles.",
        "A 10-year-old boy was among the wounded.",
        "Once a year the tribes meet.",
        "Hundreds of people were left with nothing.",
        "Prices are expected to fall sharply.",
        "The spring offensive stalled.",
        "The rise and fall of the group.",
        "I hope that one day the town is rebuilt.",
        "Nearly 2000 were killed in the assault.",
        "The ministry said more than 2000 were detained.",
        "The 2000 km border is porous.",
        "Three times a day the guns fired.",
        "Police said there was at least a second gunman.",
        "The Six Day War changed the region.",
        "He lives on the 5th floor.",
        "The team finished the 3rd.",
        "The score was 7.30 on the scale.",
        "Around 2000 Iraqi troops took part.",
        "Council Decision (CFSP) 2016/1693 renewed the measures.",
        "The army lost its 2000 Humvees in the retreat.",
        "Since the fall, residents have fled the city.",
        "After the fall, the old town was looted.",
    ],
)
def test_counts_identifiers_and_verbs_are_not_dates(sentence: str) -> None:
    assert find_dates(sentence, PUBLISHED) == []


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        ("Brussels, 12/03/2026", dt.date(2026, 3, 12), "2026-03-12"),
        ("Washington, 03/12/2026", dt.date(2026, 3, 12), "2026-03-12"),
        ("Signed on 03/04/2026.", dt.date(2026, 3, 20), None),
        ("Signed on 03/04/2026.", None, None),
        ("Signed on 03/03/2026.", dt.date(2026, 3, 3), "2026-03-03"),
    ],
)
def test_ambiguous_numeric_date_takes_the_one_reading_near_publication(
    sentence: str, published: dt.date | None, value: str | None
) -> None:
    assert [mention.value for mention in find_dates(sentence, published)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The decree of 25/12/2015 was amended on 04/02/2016.", "2016-02-04"),
        ("Signed on 12/25/2015 and amended on 04/02/2016.", "2016-04-02"),
        ("The meeting of 4 February 2016 answered the letter of 03/02/2016.", "2016-02-03"),
        ("The meeting of February 4, 2016 answered the letter of 03/02/2016.", "2016-03-02"),
    ],
)
def test_ambiguous_numeric_date_follows_the_order_of_the_texts_other_dates(text: str, value: str) -> None:
    assert find_dates(text, None)[-1].value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The raid came on Tuesday, Nov. 1.", "2016-11-01"),
        ("The raid came on Wednesday, Nov. 1.", "2017-11-01"),
        ("Talks open on Thursday 4 January.", "2018-01-04"),
    ],
)
def test_weekday_written_with_a_date_picks_the_year_it_falls_in(sentence: str, value: str) -> None:
    assert [m.value for m in find_dates(sentence, PUBLISHED)] == [value]


def test_recurring_weekday_has_no_single_day() -> None:
    mentions = find_dates("Protesters gather every Friday after prayers.", PUBLISHED)
    assert [(m.text, m.value) for m in mentions] == [("Friday", None)]


def test_without_publication_date_only_absolute_dates_get_a_value() -> None:
    mentions = find_dates("The army said Friday that on Nov. 2, 2017 it took the town.", None)
    assert [(m.text, m.value) for m in mentions] == [("Friday", None), ("Nov. 2, 2017", "2017-11-02")]


DATE_LIKE_WORDS = [
    "Friday",
    "May",
    "2014",
    "in",
    "the",
    "last",
    "week",
    "two",
    "years",
    "ago",
    "Nov.",
    "3",
    ",",
    "2017",
    "since",
    "spring",
    "Christmas",
    "today",
    "10:30",
    "2016-05-04",
    "25/12/2015",
    "\n",
    "early",
    "of",
    "March",
]


@given(st.lists(st.sampled_from(DATE_LIKE_WORDS), max_size=40).map(" ".join), st.integers(0, 200))
def test_inference_reads_every_mention_before_the_dateline_reach_and_every_value_after(
    text: str, reach: int
) -> None:
    every = find_dates(text, None)
    read = find_dates_for_inference(text, reach)
    assert [m for m in every if m.span.start <= reach] == [m for m in read if m.span.start <= reach]
    assert [m for m in every if m.value] == [m for m in read if m.value]


@pytest.mark.parametrize(
    "sentence",
    [
        "The March 8 alliance blocked the vote.",
        "A car bomb exploded near the 14 July Bridge.",
        "Fighters of the 17 February Martyrs Brigade withdrew.",
    ],
)
def test_day_and_month_naming_a_group_or_a_place_are_not_a_date(sentence: str) -> None:
    assert find_dates(sentence, PUBLISHED) == []


def test_day_and_month_before_a_capitalised_subject_stay_a_date() -> None:
    mentions = find_dates("On 14 July Coalition aircraft struck the bridge.", PUBLISHED)
    assert [(m.text, m.value) for m in mentions] == [("14 July", "2017-07-14")]


@pytest.mark.parametrize(
    "sentence",
    [
        "He told the Sunday Times that the plan had failed.",
        "The minister wrote in the Mail on Sunday about the strikes.",
        "The Independent on Sunday said the base would close.",
    ],
)
def test_weekday_in_a_newspaper_name_is_not_a_date(sentence: str) -> None:
    assert find_dates(sentence, PUBLISHED) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Theresa May spoke. The plan was backed by May and Macron.", []),
        ("Mrs May flew to Riyadh. Critics doubted May's plan.", []),
        ("Theresa May flew to Riyadh in May.", [("May", "2017-05")]),
        ("The plan was backed by May, the envoy said.", [("May", "2017-05")]),
    ],
)
def test_month_name_the_text_gives_as_a_surname_is_a_date_only_after_a_time_word(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.value) for m in find_dates(sentence, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The strikes began on 30 October last year.", "30 October", "2016-10-30"),
        ("The town fell in October last year.", "October", "2016-10"),
        ("Talks open on 4 January next year.", "4 January", "2018-01-04"),
    ],
)
def test_month_followed_by_a_relative_year_takes_that_year(sentence: str, text: str, value: str) -> None:
    assert find_dates(sentence, PUBLISHED)[0].text == text
    assert find_dates(sentence, PUBLISHED)[0].value == value


def test_day_in_the_week_after_publication_is_the_coming_one_without_a_future_verb() -> None:
    mentions = find_dates(
        "The summit on 8 November decides the plan. The raid on 20 November killed two.", PUBLISHED
    )
    assert [(m.text, m.value) for m in mentions] == [
        ("8 November", "2017-11-08"),
        ("20 November", "2016-11-20"),
    ]


def test_both_ends_of_a_year_span_are_years() -> None:
    mentions = find_dates("The fighting between 2014 and 2016 was fierce.", PUBLISHED)
    assert [(m.text, m.value) for m in mentions] == [("2014", "2014"), ("2016", "2016")]


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("In 2014 Iraqi troops fled the city.", ["2014"]),
        ("In 2014 and 2015 Kurdish fighters retook the towns.", ["2014", "2015"]),
        ("The ministry's 2016 budget adds ten ships.", ["2016"]),
        ("In 2014 militants seized the town.", ["2014"]),
        ("Since 2011 hundreds of thousands have died.", ["2011"]),
        ("In 2000 raids, few civilians died.", []),
        ("By 2016 Iraqi forces had retaken the city.", ["2016"]),
        ("The town was attacked by 2000 Iraqi troops.", []),
    ],
)
def test_year_before_a_noun_phrase_stays_a_year_where_it_places_a_time(
    sentence: str, years: list[str]
) -> None:
    assert [m.value for m in find_dates(sentence, PUBLISHED)] == years


def test_years_opening_the_lines_of_a_timeline_are_years() -> None:
    text = "Timeline\n2014: the group takes the city.\n- 2017 – the city is retaken.\n2000 troops remain."
    assert [m.text for m in find_dates(text, PUBLISHED)] == ["2014", "2017"]


def test_weekday_with_a_date_keeps_the_date_in_one_mention() -> None:
    mentions = find_dates("The raid came on Thursday, Dec. 15, after dark.", PUBLISHED)
    assert [(m.text, m.value) for m in mentions] == [("Thursday, Dec. 15", "2016-12-15")]


def test_date_opening_the_text_is_found() -> None:
    mentions = find_dates("3 May 2017: talks began.", PUBLISHED)
    assert [(m.text, m.value, m.span.start) for m in mentions] == [("3 May 2017", "2017-05-03", 0)]


def test_date_right_after_another_with_no_space_between_is_found() -> None:
    mentions = find_dates("Talks ended at 10 a.m.Monday, officials said.", PUBLISHED)
    assert [(m.text, m.value) for m in mentions] == [("10 a.m.", None), ("Monday", "2017-10-30")]


def test_weekday_after_a_verb_of_saying_is_past_even_in_a_future_sentence() -> None:
    mentions = find_dates("He said Wednesday that troops will leave.", PUBLISHED)
    assert [m.value for m in mentions] == ["2017-11-01"]


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not beside the project")
def test_seed_article_dates_resolve_as_a_reader_expects() -> None:
    expected = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
    text = next(SEED.glob("*.txt")).read_text(encoding="utf-8")
    found = {(m.span.start, m.span.end): m.value for m in find_dates(text, PUBLISHED)}
    for date in expected["dates"]:
        for start, end in date["spans"]:
            assert found.get((start, end)) == date["value"], (date["text"], start)


@given(st.text())
def test_any_text_gives_valid_ordered_non_overlapping_spans(text: str) -> None:
    mentions = find_dates(text, PUBLISHED)
    previous_end = 0
    for mention in mentions:
        assert previous_end <= mention.span.start < mention.span.end <= len(text)
        assert text[mention.span.start : mention.span.end] == mention.text
        previous_end = mention.span.end


@given(
    st.lists(st.sampled_from(["Friday", "May", "2014", "in", " ", "-", "3", ",", "last", "Nov.", "İ", "\n"]))
)
def test_date_like_word_salad_never_breaks_the_spans(words: list[str]) -> None:
    text = " ".join(words)
    for published in (PUBLISHED, None):
        for mention in find_dates(text, published):
            assert text[mention.span.start : mention.span.end] == mention.text


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_publication_date_at_the_calendar_edge_leaves_dates_unresolved(published: dt.date) -> None:
    mentions = find_dates("Four years ago, and next year, and on Friday.", published)
    assert [m.text for m in mentions] == ["Four years ago", "next year", "Friday"]


@pytest.mark.parametrize("filler", ["7", "Alpha Beta ", "in 2014 ", "1,", " "])
def test_very_long_repetitive_text_is_scanned_to_the_end(filler: str) -> None:
    text = filler * (200_000 // len(filler)) + " on Nov. 2, 2017."
    assert find_dates(text, None)[-1].value == "2017-11-02"
