"""Facts, dates and publication dates read the same way in the export and in the reader."""

import pytest

from briefing.core.model import Actor, Analysis, DateMention, DocumentInfo, Fact, Span
from briefing.present import (
    date_sort_key,
    fact_kind_label,
    format_fact_line,
    format_fact_value,
    published_label,
    timeline_dates,
)


def fact(**fields) -> Fact:
    defaults = {"kind": "force_size", "span": Span(0, 1), "sentence": Span(0, 1), "text": "x"}
    return Fact(**{**defaults, **fields})


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"low": 3000, "high": 7000, "unit": "fighters"}, "3,000–7,000 fighters"),
        ({"kind": "casualties", "detail": "killed", "low": 17, "approximate": True}, "at least 17 killed"),
        ({"high": 600, "approximate": True, "unit": "advisers"}, "up to 600 advisers"),
        ({"low": 20, "high": 20, "approximate": True, "unit": "others"}, "about 20 others"),
        ({"low": 9, "high": 9, "unit": "police officers"}, "9 police officers"),
        ({"vague": True, "text": "dozens  of\nvillages", "unit": "villages"}, "dozens of villages"),
        ({"kind": "money", "low": 1e9, "high": 1e9, "unit": "USD"}, "$1 billion USD"),
        ({"kind": "money", "low": 45e6, "high": 45e6, "unit": "GBP"}, "£45 million GBP"),
        ({"kind": "money", "low": 1.9e9, "high": 1.9e9, "unit": "EUR"}, "€1.9 billion EUR"),
        ({"kind": "money", "low": 640_500, "high": 640_500, "unit": "USD"}, "$640,500 USD"),
        (
            {"kind": "displaced", "low": 18000, "text": "more than 18,000 people", "unit": "people"},
            "more than 18,000 people",
        ),
        (
            {"high": 500, "text": "fewer than 500 U.S. personnel", "unit": "personnel"},
            "fewer than 500 personnel",
        ),
        (
            {"kind": "territory", "low": 3400, "high": 3400, "approximate": True, "unit": "km2"},
            "about 3,400 km²",
        ),
        ({"kind": "affected", "low": 40, "high": 40, "unit": "percent"}, "40%"),
        ({"low": 1.5, "high": 1.5, "unit": "million"}, "1.5 million"),
        (
            {"kind": "displaced", "low": 12e6, "high": 12e6, "approximate": True, "unit": "people"},
            "about 12 million people",
        ),
    ],
)
def test_fact_value_reads_like_an_analyst_would_write_it(fields, expected):
    assert format_fact_value(fact(**fields)) == expected


def test_kind_label_names_the_detail_unless_the_value_says_it():
    assert fact_kind_label(fact(kind="casualties", detail="killed", low=17)) == "casualties"
    assert (
        fact_kind_label(fact(kind="casualties", detail="wounded", low=4, unit="people"))
        == "casualties (wounded)"
    )
    assert fact_kind_label(fact(kind="force_size")) == "force size"


def test_fact_line_names_actor_source_by_surname_and_date():
    analysis = Analysis(
        document=DocumentInfo(id="d", chars=0),
        text="",
        actors=(
            Actor(id="a1", name="Islamic State", kind="armed_group", mentions=()),
            Actor(id="a2", name="James B. Jarrard", kind="person", mentions=()),
        ),
    )
    line = format_fact_line(
        fact(low=3000, high=7000, unit="fighters", actor="a1", source="a2", date="2017-10-31"), analysis
    )
    assert line == "force size  3,000–7,000 fighters · Islamic State · per Jarrard · 2017-10-31"


def test_fact_line_falls_back_to_the_actor_words_in_the_sentence():
    analysis = Analysis(document=DocumentInfo(id="d", chars=0), text="")
    assert format_fact_line(fact(low=5, high=5, actor_text="SDF"), analysis) == "force size  5 · SDF"


def test_dates_of_mixed_granularity_sort_in_calendar_order():
    values = ["2017-11-03", "2017", "2017-W44", "2017-08", "2010s", "2017-10-26", "unparseable"]
    assert sorted(values, key=date_sort_key) == [
        "2010s",
        "2017",
        "2017-08",
        "2017-10-26",
        "2017-W44",
        "2017-11-03",
        "unparseable",
    ]


def test_published_label_says_where_the_date_came_from():
    assert published_label(
        DocumentInfo(id="d", chars=0, published="2017-11-03", published_source="inferred")
    ) == ("2017-11-03 (inferred from the text)")
    assert published_label(DocumentInfo(id="d", chars=0)) == "unknown"


def test_timeline_lists_story_dates_in_calendar_order_and_leaves_out_captions():
    def date(value: str, start: int, kind: str = "point") -> DateMention:
        return DateMention(span=Span(start, start + 4), text=value, value=value, granularity="day", kind=kind)

    analysis = Analysis(
        document=DocumentInfo(id="d", chars=100),
        text=" " * 100,
        non_body=(Span(80, 100),),
        dates=(
            date("2017-11-03", 0),
            date("2017-W44", 10),
            date("2017-08", 20),
            date("2017-11-02", 85),  # in a photo caption
            DateMention(
                span=Span(30, 34), text="three years", value=None, granularity="year", kind="duration"
            ),
        ),
    )
    assert [date.value for date in timeline_dates(analysis)] == ["2017-08", "2017-W44", "2017-11-03"]
