"""Dates and durations, resolved against the publication date.

One compiled grammar (dates_patterns) finds candidates in a single left-to-right scan; each form then has a
small handler that checks its context and resolves its value with the conventions in dates_resolve. Without a
publication date, only absolute dates get a value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from dateutil.relativedelta import relativedelta

from briefing.core import dates_resolve as resolve
from briefing.core.dates_patterns import (
    CAPITALISED_GROUPS,
    form_matches,
    form_pattern,
    lowered,
    vocabulary,
)
from briefing.core.english import looks_plural
from briefing.core.lexicon import load_lines, load_table
from briefing.core.model import DateKind, DateMention, Granularity, Span

_EDGE_MODIFIERS = {
    "early": "early",
    "mid": "mid",
    "late": "late",
    "beginning": "early",
    "start": "early",
    "middle": "mid",
    "end": "late",
}
_NARRATIVE_GRANULARITY: dict[str, Granularity] = {
    "week": "week",
    "weekend": "week",
    "month": "month",
    "year": "year",
}
_WORD = re.compile(r"[a-z]+")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)$")
_RANGE_SEPARATOR = re.compile(r"\d\s*(?:-|–|—|to|and|through)\s*\d")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_RELATIVE_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(last|this|next)\s+year\b")
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(?:1[5-9]|20)\d\d(?!\d)")
_NEXT_ANY_WORD = re.compile(r"\s+([A-Za-z]+)\b")
_YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d,?")
_NEXT_TWO_WORDS = re.compile(r"\s+([A-Za-z]+)(?:\s+([a-z]+)|)\b")
_STARTS_LIKE_CLOSING = re.compile(r"\)|['’]s\b|\s*[-–—]\s*[A-Z]")

Handler = Callable[[re.Match[str], str, dt.date | None], DateMention | None]


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Every date and duration expression in text order, non-overlapping.

    The grammar runs over a lower-cased copy of the text, so the handlers read lower-case groups; spans and
    mention texts come from the original.
    """
    return _mentions(_scan(text), text, published)


def find_dates_for_inference(text: str, every_form_until: int) -> list[DateMention]:
    """What publication-date inference reads of find_dates(text, None): every mention starting by
    `every_form_until` (where a dateline can be), and after it only the forms that can carry a value without a
    publication date. The other forms' handlers would only give mentions without a value, so they are skipped.
    """
    matches = _scan(text)
    return _mentions(
        (m for m in matches if m.start() <= every_form_until or m.lastgroup in _FORMS_VALUED_UNAIDED),
        text,
        None,
    )


# The forms whose mentions carry a value without a publication date: absolute dates, years, and named days
# with a year ("Christmas Day 2016").
_FORMS_VALUED_UNAIDED = frozenset(
    (
        "iso",
        "numeric",
        "month_day",
        "day_month",
        "month_year",
        "season_year",
        "edge_year",
        "bare_year",
        "holiday",
    )
)


def _mentions(matches: Iterable[re.Match[str]], text: str, published: dt.date | None) -> list[DateMention]:
    mentions: list[DateMention] = []
    for match in matches:
        handler = _HANDLERS[match.lastgroup or ""]
        try:
            mention = handler(match, text, published)
        except (ValueError, OverflowError):
            mention = handler(match, text, None)  # beyond the calendar's first or last year: left unresolved
        if mention is not None:
            mentions.append(mention)
    return mentions


@lru_cache(maxsize=4)
def _scan(text: str) -> tuple[re.Match[str], ...]:
    """The grammar's matches; kept for the next call because the pipeline reads each text twice, once to
    infer the publication date and once to resolve every date against it."""
    return tuple(match for match in form_matches(lowered(text)) if _names_capitalised(match, text))


def _names_capitalised(match: re.Match[str], text: str) -> bool:
    """Month, weekday and holiday names count only when capitalised: "may" and "march" are verbs."""
    for group in _capitalised_groups(match.lastgroup or ""):
        start = match.start(group)
        if start >= 0 and not text[start].isupper():
            return False
    return True


@cache
def _capitalised_groups(form: str) -> tuple[str, ...]:
    """The groups of a form that hold names, looked up once per form rather than at every match."""
    return tuple(group for group in CAPITALISED_GROUPS if group in form_pattern(form).groupindex)


def _mention(
    match: re.Match[str],
    text: str,
    value: str | None,
    granularity: Granularity,
    modifier: str | None = None,
    kind: DateKind = "point",
    end: int | None = None,
) -> DateMention:
    finish = match.end() if end is None else end
    return DateMention(
        span=Span(match.start(), finish),
        text=text[match.start() : finish],
        value=value,
        granularity=granularity,
        modifier=modifier,
        kind=kind,
    )


def _edge(word: str | None) -> str | None:
    if not word:
        return None
    return next((_EDGE_MODIFIERS[part] for part in _WORD.findall(word) if part in _EDGE_MODIFIERS), None)


def _month_number(name: str) -> int:
    return vocabulary().months[name.strip()]


def _first_day(day_text: str) -> tuple[int, bool]:
    """The first day of a day or a day range, and whether it was a range."""
    first = re.split(r"\s*(?:-|–|—|to|and|through)\s*", day_text.strip())[0]
    return int(_ORDINAL_SUFFIX.sub("", first)), bool(_RANGE_SEPARATOR.search(day_text))


def _calendar_date(
    match: re.Match[str],
    text: str,
    published: dt.date | None,
    month_text: str,
    day_text: str,
    year_text: str | None,
    weekday_text: str | None,
) -> DateMention:
    """Month and day, with or without a year ("on 30 September last year" takes the year after it); a range
    of days keeps month precision. Without a year, a weekday written with the date picks the year next to
    the one the conventions give when only that one has the day on that weekday."""
    month = _month_number(month_text)
    day, is_range = _first_day(day_text)
    year: int | None = None
    if year_text:
        year = int(year_text)
    elif published is not None:
        year = _year_named_after(match, text, published)
        if year is None:
            future = resolve.is_future(text, match.start())
            year = resolve.year_of_month_day(published, month, day, future=future)
            if weekday_text and not is_range:
                year = _year_with_weekday(year, month, day, vocabulary().weekdays[weekday_text])
    if year is None:
        return _mention(match, text, None, "month" if is_range else "day")
    if is_range:
        return _mention(match, text, resolve.month_value(year, month), "month")
    date = resolve.safe_date(year, month, day)
    return _mention(match, text, resolve.day_value(date) if date else None, "day")


def _year_with_weekday(year: int, month: int, day: int, weekday_number: int) -> int:
    """The year, or the one before or after it, in which the day falls on the weekday written with it."""
    for candidate in (year, year - 1, year + 1):
        date = resolve.safe_date(candidate, month, day)
        if date is not None and date.weekday() == weekday_number:
            return candidate
    return year


def _iso(match: re.Match[str], text: str, published: dt.date | None) -> DateMention:
    year, month, day = (int(part) for part in re.split(r"[-/]", match.group()))
    date = resolve.safe_date(year, month, day)
    return _mention(match, text, resolve.day_value(date) if date else None, "day")


def _numeric(match: re.Match[str], text: str, published: dt.date | None) -> DateMention:
    """d/m/yyyy, m/d/yyyy or d.m.yyyy: the order is a local habit, so it is resolved when one part is above 12,
    by the order the text writes its other dates in ("25/12/2015", "4 February 2016"), or when only one of
    the two readings lies within a few weeks of the publication date ("12/03/2026" in a statement of 12
    March 2026)."""
    first, second, year = (int(part) for part in re.split(r"[/.]", match.group()))
    day_first = _day_first_in(text) if first <= 12 and second <= 12 and first != second else None
    if first > 12 or first == second or day_first is True:
        date = resolve.safe_date(year, second, first)
    elif second > 12 or day_first is False:
        date = resolve.safe_date(year, first, second)
    else:
        date = _reading_near(
            published, resolve.safe_date(year, second, first), resolve.safe_date(year, first, second)
        )
    return _mention(match, text, resolve.day_value(date) if date else None, "day")


@lru_cache(maxsize=4)
def _day_first_in(text: str) -> bool | None:
    """Whether the text writes the day before the month: its numeric dates with a part above 12 say so, or
    else its written dates ("4 February" against "February 4"); None when it does not say or says both."""
    orders = set()
    for found in _NUMERIC_DATE.finditer(text):
        first, second = int(found[1]), int(found[3])
        if first != second and max(first, second) > 12:
            orders.add(first > 12)
    if not orders:
        day_first_pattern, month_first_pattern = _written_date_orders()
        if day_first_pattern.search(text):
            orders.add(True)
        if month_first_pattern.search(text):
            orders.add(False)
    return orders.pop() if len(orders) == 1 else None


@cache
def _written_date_orders() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A day before a month name ("4 February") and a month name before a day ("February 4")."""
    names = "|".join(row[1] for row in load_table("dates_months.txt"))
    return (
        re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th|)\s+(?:of\s+|)(?:{names})\b"),
        re.compile(rf"\b(?:{names})\s+\d{{1,2}}(?:st|nd|rd|th|)\b"),
    )


_NEAR_PUBLICATION = dt.timedelta(days=45)
_DETERMINERS = frozenset(["the", "its", "their", "his", "her", "our", "your", "my"])


def _reading_near(published: dt.date | None, *readings: dt.date | None) -> dt.date | None:
    """The one reading of an ambiguous numeric date near the publication date; None when neither or both
    are near."""
    if published is None:
        return None
    near = {reading for reading in readings if reading and abs(reading - published) <= _NEAR_PUBLICATION}
    return near.pop() if len(near) == 1 else None


def _month_day(match: re.Match[str], text: str, published: dt.date | None) -> DateMention | None:
    if not match["md_year"] and _names_something(text, match.end()):
        return None
    return _calendar_date(
        match, text, published, match["md_month"], match["md_day"], match["md_year"], match["md_weekday"]
    )


def _day_month(match: re.Match[str], text: str, published: dt.date | None) -> DateMention | None:
    if not match["dm_year"] and _names_something(text, match.end()):
        return None
    return _calendar_date(
        match, text, published, match["dm_month"], match["dm_day"], match["dm_year"], match["dm_weekday"]
    )


def _names_something(text: str, end: int) -> bool:
    """Whether the word after a day and month makes them part of a name: "the March 14 alliance", "the 14
    July Bridge"."""
    following = _NEXT_ANY_WORD.match(text, end, end + 30)
    return following is not None and following.group(1) in _name_heads()


@cache
def _name_heads() -> frozenset[str]:
    return frozenset(load_lines("dates_name_heads.txt"))


def _month_year(match: re.Match[str], text: str, published: dt.date | None) -> DateMention:
    value = resolve.month_value(int(match["my_year"]), _month_number(match["my_month"]))
    return _mention(match, text, value, "month", _edge(match["my_edge"] or match["my_edge_of"]))


def _season_year(match: re.Match[str], text: str, published: dt.date | None) -> DateMention:
    return _mention(match, text, resolve.year_value(int(match["sy_year"])), "season", _edge(match["sy_edge"]))


def _edge_year(match: re.Match[str], text: str, published: dt.date | None) -> DateMention:
    modifier = _edge(match["ey_edge"] or match["ey_edge_of"])
    return _mention(match, text, resolve.year_value(int(match["ey_year"])), "year", modifier)


def _decade(match: re.Match[str], text: str, published: dt.date | None) -> DateMention:
    return _mention(match, text, None, "decade", _edge(match["de_edge"]))


def _century(match: re.Match[str], text: str, published: dt.date | None) -> DateMention:
    return _mention(match, text, None, "century", _edge(match["ce_edge"]))


def _day_of_month(match: re.Match[str], text: str, published: dt.date | None) -> DateMention | None:
    """A day alone ("on the 12th") is one of the publication month, or of the month before when that day has
    not come yet (of the month after in a future clause); after another word than "on" it is a rank."""
    words = _words_before(text, match.start())
    if words[-1:] != ["on"]:
        return None
    if published is None:
        return _mention(match, text, None, "day")
    day = int(match["od_day"])
    future = resolve.is_future(text, match.start())
    offset = (1 if day < published.day else 0) if future else (0 if day <= published.day else -1)
    month = published.replace(day=1) + relativedelta(months=offset)
    date = resolve.safe_date(month.year, month.month, day)
    return _mention(match, text, resolve.day_value(date) if date else None, "day")


def _holiday(match: re.Match[str], text: str, published: dt.date | None) -> DateMention:
    """A named day, in the year written after it ("Christmas Day 2016") or the one nearest publication; "the
    eve of" it is the day before."""
    name = re.sub(r"\s+", " ", match["ho_name"]).replace("’", "'")
    month, rule, granularity = vocabulary().holidays[name]
    relation = match["ho_relation"] or ""
    if not relation:
        relation = "future" if resolve.is_future(text, match.start()) else "past"
    if match["ho_year"]:
        date = resolve.holiday_in_year(int(match["ho_year"]), month, rule)
    else:
        date = resolve.holiday_near(published, month, rule, relation) if published else None
    if date and match["ho_eve"]:
        date -= dt.timedelta(days=1)
    value = resolve.day_value(date) if date else None
    return _mention(match, text, value, "day" if granularity == "day" or match["ho_eve"] else "month")


def _relative_period(match: re.Match[str], text: str, published: dt.date | None) -> DateMention | None:
    """this/last/next week, month, year, season or month name, with early/late/the end of ...; "this past"
    is the last one, except "this past week" and "this past year", which often mean the days or months
    right before publication."""
    relation = match["rp_relation"] or match["rp_relation_of"] or match["rp_relation_plain"]
    unit = match["rp_unit"]
    if relation.startswith("this") and relation != "this":
        if unit in ("week", "year"):
            return _mention(match, text, None, _NARRATIVE_GRANULARITY[unit], kind="duration")
        relation = "last"
    offset = {"last": -1, "next": 1}.get(relation, 0)
    modifier = _edge(match["rp_edge"] or match["rp_edge_of"])
    if unit in ("week", "weekend"):
        value = resolve.week_value(published + dt.timedelta(weeks=offset)) if published else None
        return _mention(match, text, value, "week", modifier)
    if unit == "month":
        value = None
        if published:
            moved = published + relativedelta(months=offset)
            value = resolve.month_value(moved.year, moved.month)
        return _mention(match, text, value, "month", modifier)
    if unit == "year":
        value = resolve.year_value(published.year + offset) if published else None
        return _mention(match, text, value, "year", modifier)
    if unit in ("decade", "century"):
        return _mention(match, text, None, "decade" if unit == "decade" else "century", modifier)
    if unit == "quarter":
        return _mention(match, text, None, "unknown", modifier)
    if unit in vocabulary().months:
        if not text[match.start("rp_unit")].isupper():
            return None
        month = _month_number(unit)
        value = (
            resolve.month_value(resolve.year_of_other_month(published, month, offset), month)
            if published
            else None
        )
        return _mention(match, text, value, "month", modifier)
    year = resolve.year_of_season(published, unit, relation) if published else None
    return _mention(match, text, resolve.year_value(year) if year else None, "season", modifier)


def _edge_month(match: re.Match[str], text: str, published: dt.date | None) -> DateMention:
    modifier = _edge(match["em_edge"] or match["em_edge_of"])
    return _bare_month_mention(match, text, published, match["em_month"], modifier)


def _bare_month_mention(
    match: re.Match[str], text: str, published: dt.date | None, month_text: str, modifier: str | None
) -> DateMention:
    """A month without a year, in the year named right after it ("in September last year") or by the
    conventions of year_of_month."""
    month = _month_number(month_text)
    if published is None:
        return _mention(match, text, None, "month", modifier)
    year = _year_named_after(match, text, published)
    if year is None:
        year = resolve.year_of_month(published, month, future=resolve.is_future(text, match.start()))
    return _mention(match, text, resolve.month_value(year, month), "month", modifier)


def _year_named_after(match: re.Match[str], text: str, published: dt.date) -> int | None:
    """The year of "last year", "this year" or "next year" right after a month or a day ("on 30 September
    last year"), or None."""
    relative_year = _RELATIVE_YEAR_AFTER.match(text, match.end())
    if relative_year is None:
        return None
    return published.year + {"last": -1, "this": 0, "next": 1}[relative_year.group(1)]


def _weekday(match: re.Match[str], text: str, published: dt.date | None) -> DateMention | None:
    if _inside_a_title(text, match.start("wd_name"), match.end("wd_name")):
        return None
    weekday_number = vocabulary().weekdays[match["wd_name"]]
    relation = match["wd_relation"] or ""
    if published is None or (
        not relation and _words_before(text, match.start())[-1:] in (["every"], ["each"])
    ):
        return _mention(match, text, None, "day")  # "every Friday" recurs: no one day
    if relation in ("last", "this", "next"):
        date = resolve.weekday_in_week(
            published, weekday_number, {"last": -1, "this": 0, "next": 1}[relation]
        )
    elif relation == "past":
        date = resolve.weekday_near(published - dt.timedelta(days=1), weekday_number, future=False)
    elif relation == "coming":
        date = resolve.weekday_near(published + dt.timedelta(days=1), weekday_number, future=True)
    else:
        date = resolve.weekday_near(published, weekday_number, future=resolve.is_future(text, match.start()))
    return _mention(match, text, resolve.day_value(date), "day")


def _inside_a_title(text: str, start: int, end: int) -> bool:
    """Whether the weekday at start:end is part of a newspaper's or programme's name ("the Sunday Times")."""
    for title, offset in _weekday_titles().get(text[start:end], ()):
        title_start = start - offset
        title_end = title_start + len(title)
        if (
            title_start >= 0
            and text.startswith(title, title_start)
            and not text[title_end : title_end + 1].isalpha()
        ):
            return True
    return False


@cache
def _weekday_titles() -> dict[str, tuple[tuple[str, int], ...]]:
    """The titles that hold each weekday name, each with where the name starts in it."""
    titles: dict[str, list[tuple[str, int]]] = {}
    for _, name in load_table("dates_weekdays.txt"):
        for title in load_lines("dates_weekday_titles.txt"):
            found = re.search(rf"\b{name}\b", title)
            if found:
                titles.setdefault(name, []).append((title, found.start()))
    return {name: tuple(found) for name, found in titles.items()}


def _weekend(match: re.Match[str], text: str, published: dt.date | None) -> DateMention:
    """The weekend ("over the weekend") is the last one on or before publication, or the next in a future clause."""
    if published is None:
        return _mention(match, text, None, "week")
    saturday = resolve.weekday_near(published, 5, future=resolve.is_future(text, match.start()))
    return _mention(match, text, resolve.week_value(saturday), "week")


def _narrative(match: re.Match[str], text: str, published: dt.date | None) -> DateMention:
    """Days counted from a date in the story ("the following day"), not from publication: left unresolved."""
    last_word = match.group().split()[-1]
    return _mention(match, text, None, _NARRATIVE_GRANULARITY.get(last_word, "day"))


def _relative_day(match: re.Match[str], text: str, published: dt.date | None) -> DateMention:
    words = match.group().split()
    if "before" in words:
        offset = -2
    elif "after" in words:
        offset = 2
    elif words[0] == "yesterday" or words[:2] == ["last", "night"]:
        offset = -1
    elif words[0] == "tomorrow":
        offset = 1
    else:
        offset = 0
    value = resolve.day_value(published + dt.timedelta(days=offset)) if published else None
    return _mention(match, text, value, "day")


def _recent(match: re.Match[str], text: str, published: dt.date | None) -> DateMention:
    unit = match.group().split()[-1]
    return _mention(match, text, None, vocabulary().units[unit][1], kind="duration")


def _duration(match: re.Match[str], text: str, published: dt.date | None) -> DateMention | None:
    """A count of units: a duration, or a point when it ends in "ago" ("four years ago")."""
    count_text = match["du_count"] or ""
    relation = match["du_relation"] or ""
    direction = match["du_direction"] or match["du_past"]
    if not count_text and not direction:
        return None
    if text[match.start("du_unit")].isupper():
        return None  # a name ("the Six Day War", "the Thirty Years War") or a headline's capitals
    singular, granularity = vocabulary().units[match["du_unit"]]
    if (
        count_text in ("a", "an")
        and not relation
        and not direction
        and (singular == "second" or not match["du_approx"])
    ):
        return None  # "three times a day", "at least a second gunman"; but "more than a year" is a duration
    idiom = count_text == "one" and singular == "day" and not (relation or direction or match["du_approx"])
    if idiom and not _after_context_word(text, match.start()):
        return None  # "one day" as in "some day"
    if relation == "ago":
        count = _count_value(count_text)
        value = None
        if published and count is not None:
            date = resolve.shift(published, count, singular)
            value = _value_at(date, granularity) if date else None
        return _mention(match, text, value, granularity)
    if direction:
        # "the past two weeks before the exercise": the period is the past two weeks; "before" is not its edge
        return _mention(match, text, None, granularity, kind="duration", end=match.end("du_unit"))
    modifier = {"after": "after", "later": "after", "before": "before", "earlier": "before"}.get(relation)
    return _mention(match, text, None, granularity, modifier, kind="duration")


def _count_value(count_text: str) -> int | None:
    if count_text in ("a", "an", ""):
        return 1
    if count_text.isdigit():
        return int(count_text)
    words = vocabulary().number_words
    normalised = re.sub(r"\s+", " ", count_text)
    if normalised in words:
        return words[normalised]
    tens, _, units = normalised.replace("-", " ").partition(" ")
    tens_value, units_value = words.get(tens), words.get(units)
    if tens_value is not None and units_value is not None:
        return tens_value + units_value
    return None


def _value_at(date: dt.date, granularity: str) -> str:
    if granularity == "year":
        return resolve.year_value(date.year)
    if granularity == "month":
        return resolve.month_value(date.year, date.month)
    if granularity == "week":
        return resolve.week_value(date)
    return resolve.day_value(date)


def _time(match: re.Match[str], text: str, published: dt.date | None) -> DateMention:
    return _mention(match, text, None, "time")


@dataclass(frozen=True, slots=True)
class _Context:
    """Words that must come before (or must not come around) a bare month, season or year for it to be a date."""

    temporal_words: frozenset[str]
    season_words: frozenset[str]
    fall_words: frozenset[str]
    identifiers: frozenset[str]
    count_nouns: frozenset[str]
    measure_units: frozenset[str]
    count_approximators: tuple[tuple[str, ...], ...]
    time_only_words: frozenset[str]


@cache
def _context() -> _Context:
    temporal_words = frozenset(load_lines("dates_context_words.txt"))
    return _Context(
        temporal_words=temporal_words,
        season_words=frozenset(load_lines("dates_season_context_words.txt")),
        fall_words=frozenset(load_lines("dates_fall_context_words.txt")),
        identifiers=frozenset(load_lines("dates_identifier_words.txt")),
        count_nouns=frozenset(load_lines("dates_count_nouns.txt")),
        measure_units=frozenset(load_lines("dates_measure_units.txt")),
        count_approximators=_count_approximators(temporal_words),
        time_only_words=frozenset(load_lines("dates_time_only_words.txt")),
    )


def _count_approximators(temporal_words: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The approximators that put a count after them ("nearly 2000", "more than 2000"), as word sequences;
    not those that also place a date ("around 2015", "over 2014", "up to 2030")."""
    phrases = (tuple(phrase.split()) for phrase in load_lines("dates_approximators.txt"))
    return tuple(words for words in phrases if " ".join(words) not in temporal_words and words[-1] != "to")


def _words_before(text: str, start: int) -> list[str]:
    """The last few words before start, lower case, with an opening bracket kept as a word of its own."""
    before = text[max(0, start - 40) : start].lower()
    return before.replace("(", " ( ").replace("[", " ( ").split()


def _after_context_word(text: str, start: int) -> bool:
    words = _words_before(text, start)
    return bool(words) and (words[-1] in _context().temporal_words or words[-1] == "(")


def _bare_month(match: re.Match[str], text: str, published: dt.date | None) -> DateMention | None:
    """A month name alone is a date only after a temporal word: "in February", not "Theresa May"."""
    if not _after_context_word(text, match.start()):
        return None
    if _reads_as_a_surname(match, text):
        return None
    return _bare_month_mention(match, text, published, match["bm_month"], None)


def _reads_as_a_surname(match: re.Match[str], text: str) -> bool:
    """A month name that the text also gives as a surname ("Theresa May", "Mrs May") is that person before
    "'s" or after a word that also goes before a person ("criticised by May", "the government of May"); it
    stays a date after a word that only places a time ("in May", "since May")."""
    name = text[match.start("bm_month") : match.end("bm_month")]
    if not _surname_in(text, name):
        return False
    if text.startswith(("'s", "’s"), match.end()):
        return True
    words = _words_before(text, match.start())
    return not words or words[-1] not in _context().time_only_words


@lru_cache(maxsize=8)
def _surname_in(text: str, name: str) -> bool:
    """Whether the name follows a given name, an honorific, a title or a rank somewhere in the text."""
    cues = _surname_cues()
    position = text.find(name, 1)
    while position >= 0:
        end = position + len(name)
        words_before = text[max(0, position - 40) : position].split()
        if (
            text[position - 1].isspace()
            and not text[end : end + 1].isalnum()
            and words_before
            and words_before[-1] in cues
        ):
            return True
        position = text.find(name, end)
    return False


@cache
def _surname_cues() -> frozenset[str]:
    """Words written right before a surname: given names, honorifics, and the last word of titles and ranks."""
    titles = ("titles_honorifics.txt", "titles_offices.txt", "titles_ranks.txt")
    return frozenset(load_lines("names_given.txt")) | {
        title.split()[-1] for table in titles for title in load_lines(table)
    }


def _bare_season(match: re.Match[str], text: str, published: dt.date | None) -> DateMention | None:
    """A season alone ("in spring", "late summer") is a date, left unresolved: its year is rarely certain.
    "Fall" is also a defeat, so "since the fall" is not one."""
    modifier = _edge(match["bs_edge"])
    words = _words_before(text, match.start())
    if words and words[-1] == "the":
        words.pop()
    context = _context()
    season_words = context.fall_words if match["bs_season"] == "fall" else context.season_words
    if modifier is None and not (words and words[-1] in season_words):
        return None
    return _mention(match, text, None, "season", modifier)


def _bare_year(match: re.Match[str], text: str, published: dt.date | None) -> DateMention | None:
    """A four-digit number is a year only in a date-like context and not when it counts something.

    Date-like: after a temporal word ("since 2014", "in early 2015"), after "the" or a possessive ("the 2016
    summit", "its 2025 appeal"), after a capitalised name ("Summit 2016"), in brackets, before "'s", or opening
    a line of a timeline. Not after an identifier word ("Resolution 2042") or a count's approximator ("nearly
    2000"), not before a unit ("2000 km"), and not before a plural noun ("of 2000 troops"), nor one word
    later ("around 2000 Iraqi troops"), unless a word that only places a time comes before: "in 2014 Iraqi
    troops fled", and "in 2014 militants seized the town" where the number is not round ("in 2000 raids");
    so does "by" before a number that is not round ("By 2016 Iraqi forces had", "attacked by 2000 troops").
    """
    context = _context()
    words = _words_before(text, match.start())
    previous_word = words[-1] if words else ""
    if previous_word in context.identifiers or _after_a_count_approximator(words, context):
        return None
    next_word = _NEXT_WORD.match(text, match.end(), match.end() + 30)
    if next_word and next_word.group(1) in context.measure_units:
        return None
    round_number = match["by_year"].endswith("00")
    # "by" places a time before a year but also names who acted ("attacked by 2000 troops"): trusted only
    # with a number that is not round
    places_a_time = _places_a_time(words, context) or (previous_word == "by" and not round_number)
    if (
        next_word
        and _is_count_noun(next_word.group(1), context.count_nouns)
        and previous_word != "the"
        and not (places_a_time and not round_number)
    ):
        return None
    if not places_a_time and previous_word != "the" and _counts_after(text, match.end()):
        return None
    if not (
        _after_context_word(text, match.start())
        or previous_word in _DETERMINERS
        or previous_word.endswith(("'s", "’s"))
        or words[-2:] == ["the", "year"]
        or _after_a_name(text, match.start())
        or _STARTS_LIKE_CLOSING.match(text, match.end())
        or _opens_a_timeline_line(text, match.start(), match.end())
    ):
        return None
    if match["by_end"]:
        return _mention(match, text, None, "year")
    return _mention(match, text, resolve.year_value(int(match["by_year"])), "year")


def _places_a_time(words: list[str], context: _Context) -> bool:
    """Whether the words before a number make it a year even before a noun phrase: "in 2014 Iraqi troops
    fled", "in 2014 and 2015 Kurdish fighters" (a year joined to a year)."""
    if not words:
        return False
    if words[-1] in context.time_only_words:
        return True
    return words[-1] in ("and", "or", "to") and len(words) > 1 and _YEAR_WORD.fullmatch(words[-2]) is not None


def _counts_after(text: str, end: int) -> bool:
    """Whether a capitalised word after the number is a plural noun or goes before one ("its 2000 Humvees",
    "2000 Iraqi troops"); after a lower-case word a plural is often a verb ("its 2016 budget adds")."""
    following = _NEXT_TWO_WORDS.match(text, end, end + 40)
    if following is None or not following.group(1)[0].isupper():
        return False
    count_nouns = _context().count_nouns
    return any(word and _is_count_noun(word.lower(), count_nouns) for word in following.groups())


def _after_a_count_approximator(words: list[str], context: _Context) -> bool:
    """Right after "nearly", "some" or "more than" the number counts something: "Nearly 2000 were killed"."""
    return any(words[-len(phrase) :] == list(phrase) for phrase in context.count_approximators)


def _opens_a_timeline_line(text: str, start: int, end: int) -> bool:
    """A year that starts a line and is followed by a colon or a dash: "2014: the group takes Mosul"."""
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    if line_start == 0 and start > 40:
        return False
    return not text[line_start:start].strip(" \t•*-") and text[end : end + 2].lstrip()[:1] in (
        ":",
        "–",
        "—",
        "-",
    )


def _after_a_name(text: str, start: int) -> bool:
    """Right after a capitalised word ("Summit 2016")."""
    before = text[max(0, start - 30) : start]
    words = before.split()
    return before.endswith(" ") and bool(words) and words[-1].isalpha() and words[-1].istitle()


def _is_count_noun(word: str, count_nouns: frozenset[str]) -> bool:
    """Plural nouns after a number count things ("2000 troops"); short words ending in s are function words."""
    if word in count_nouns:
        return True
    return looks_plural(word)


_HANDLERS: dict[str, Handler] = {
    "iso": _iso,
    "numeric": _numeric,
    "month_day": _month_day,
    "day_month": _day_month,
    "month_year": _month_year,
    "season_year": _season_year,
    "edge_year": _edge_year,
    "decade": _decade,
    "century": _century,
    "day_of_month": _day_of_month,
    "holiday": _holiday,
    "relative_period": _relative_period,
    "edge_month": _edge_month,
    "weekday": _weekday,
    "weekend": _weekend,
    "military_time": _time,
    "narrative": _narrative,
    "relative_day": _relative_day,
    "recent": _recent,
    "duration": _duration,
    "time": _time,
    "bare_month": _bare_month,
    "bare_season": _bare_season,
    "bare_year": _bare_year,
}
