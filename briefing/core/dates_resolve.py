"""Calendar arithmetic that turns a relative or partial date into a value, given the publication date.

News conventions, in one place so they can be read and argued with:
- a bare weekday or month is the most recent one on or before publication, or the next one on or after it
  when its clause is in the future tense ("will meet on Monday", "expected ... by Saturday") and that next
  one is less than half a year away (a future clause can still name a past date: "will release the results
  of the September 17 strike");
- a day and month in the week after publication is that coming day even without a future verb: a day
  almost a year back would have been written with its year;
- "last/this/next Thursday" is the Thursday of the previous/current/next ISO week (Monday to Sunday), so
  "last Thursday" written on a Friday is eight days earlier, not the day before;
- "last/next August" is the most recent August before the publication month / the first one after it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta, weekday

from briefing.core.dates_patterns import word_alternation
from briefing.core.lexicon import load_lines
from briefing.core.word_trees import by_first_letter_frequency

_WEEKDAY_RULES: dict[str, weekday] = {"MO": MO, "TU": TU, "WE": WE, "TH": TH, "FR": FR, "SA": SA, "SU": SU}
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
# A clause ends at a line break or at a punctuation mark and white space, except the one of "a.m." or "p.m.".
# The pattern opens with the marks themselves so the regex engine skips the letters between them.
_WORDS = re.compile(r"[a-z]+")
_CLAUSE_BREAK = re.compile(r"[.!?;:\n](?:(?<=\n)|(?<![ap]\.m.)\s)")


def day_value(day: dt.date) -> str:
    return day.isoformat()


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def year_value(year: int) -> str:
    return f"{year:04d}"


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None for impossible ones such as 31 April, which a text may still contain."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def weekday_near(published: dt.date, weekday_number: int, *, future: bool) -> dt.date:
    """The most recent such weekday on or before publication, or the next one on or after it."""
    if future:
        return published + dt.timedelta(days=(weekday_number - published.weekday()) % 7)
    return published - dt.timedelta(days=(published.weekday() - weekday_number) % 7)


def weekday_in_week(published: dt.date, weekday_number: int, weeks_from_now: int) -> dt.date:
    """The weekday of the ISO week `weeks_from_now` weeks from the publication week."""
    monday = published - dt.timedelta(days=published.weekday())
    return monday + dt.timedelta(weeks=weeks_from_now, days=weekday_number)


_FUTURE_HORIZON_DAYS = 183
_UNMARKED_FUTURE_DAYS = 7


def year_of_month(published: dt.date, month: int, *, future: bool) -> int:
    """The year of the most recent such month not after publication, or the next one not before it."""
    if future and (month - published.month) % 12 <= 6:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def year_of_month_day(published: dt.date, month: int, day: int, *, future: bool) -> int:
    """Like year_of_month at day precision, except that a day in the week after publication is that coming
    day even without a future verb ("the summit on 20 May" written on 17 May): news names a day almost a year
    back with its year."""
    this_year = (month, day)
    today = (published.month, published.day)
    year = published.year if this_year >= today else published.year + 1
    upcoming = safe_date(year, month, day)
    if upcoming is not None:
        days_ahead = (upcoming - published).days
        if days_ahead <= _UNMARKED_FUTURE_DAYS or (future and days_ahead <= _FUTURE_HORIZON_DAYS):
            return year
    return published.year if this_year <= today else published.year - 1


def year_of_other_month(published: dt.date, month: int, months_from_now: int) -> int:
    """Year of "last August" (-1: strictly before the publication month) or "next August" (+1: strictly after)."""
    if months_from_now < 0:
        return published.year if month < published.month else published.year - 1
    if months_from_now > 0:
        return published.year if month > published.month else published.year + 1
    return published.year


def year_of_season(published: dt.date, season: str, relation: str) -> int | None:
    """Year of this/last/next summer in the northern hemisphere; None for winter, which spans two years."""
    months = _SEASON_MONTHS.get(season)
    if months is None:
        return None
    first, last = months
    if relation == "last":
        return published.year if published.month > last else published.year - 1
    if relation == "next":
        return published.year if published.month < first else published.year + 1
    return published.year


def holiday_in_year(year: int, month: str, rule: str) -> dt.date | None:
    """The holiday's date in a year: a fixed day ("25") or a weekday rule ("TH+4": fourth Thursday)."""
    if not month.isdigit():
        return None
    if rule.isdigit():
        return safe_date(year, int(month), int(rule))
    weekday_rule = _WEEKDAY_RULES.get(rule[:2])
    if weekday_rule is None:
        return None
    nth = int(rule[2:])
    if nth > 0:
        return dt.date(year, int(month), 1) + relativedelta(weekday=weekday_rule(nth))
    return dt.date(year, int(month), 1) + relativedelta(day=31, weekday=weekday_rule(nth))


def holiday_near(published: dt.date, month: str, rule: str, relation: str) -> dt.date | None:
    """The holiday's occurrence nearest publication in the direction the text implies."""
    this_year = holiday_in_year(published.year, month, rule)
    if this_year is None:
        return None
    if relation == "this":
        return this_year
    if relation == "last":
        return this_year if this_year < published else holiday_in_year(published.year - 1, month, rule)
    if relation == "next":
        return this_year if this_year > published else holiday_in_year(published.year + 1, month, rule)
    if relation == "future":
        upcoming = this_year if this_year >= published else holiday_in_year(published.year + 1, month, rule)
        if upcoming is not None and (upcoming - published).days <= _FUTURE_HORIZON_DAYS:
            return upcoming
    return this_year if this_year <= published else holiday_in_year(published.year - 1, month, rule)


def shift(published: dt.date, count: int, unit: str) -> dt.date | None:
    """Publication date moved back by a count of years, months, fortnights, weeks or days ("four years ago");
    None when out of range or for another unit."""
    step = {
        "year": relativedelta(years=1),
        "month": relativedelta(months=1),
        "fortnight": relativedelta(weeks=2),
        "week": relativedelta(weeks=1),
        "day": relativedelta(days=1),
    }.get(unit)
    if step is None:
        return None
    try:
        return published - step * count
    except (ValueError, OverflowError):
        return None


@cache
def _tense_words() -> tuple[re.Pattern[str], frozenset[str]]:
    future = re.compile(_future_marker_pattern(load_lines("dates_future_markers.txt")))
    return future, frozenset(load_lines("dates_reporting_verbs.txt"))


_APOSTROPHES = {"'": "'’", "’": "’"}  # an apostrophe in the data stands for both spellings


def _future_marker_pattern(markers: Sequence[str]) -> str:
    """The markers as whole words, except that one opening with an apostrophe may follow a letter
    ("they'll"). Each alternative opens with the marker's first character and checks the word boundary
    right after it, so the regex engine jumps between the places where a marker can start instead of
    trying the pattern at every character of the clause."""
    rests_by_initial: dict[str, list[str]] = {}
    for marker in markers:
        for initial in _APOSTROPHES.get(marker[0], marker[0]):
            rests_by_initial.setdefault(initial, []).append(marker[1:])
    branches = [
        re.escape(initial) + ("" if initial in _APOSTROPHES else r"(?<!\w.)") + word_alternation(rests)
        for initial, rests in sorted(
            rests_by_initial.items(), key=lambda item: by_first_letter_frequency(item[0])
        )
    ]
    return "(?:" + "|".join(branches) + r")(?!\w)"


def is_future(text: str, start: int, reach: int = 120) -> bool:
    """Whether the clause before `start` (up to `reach` characters) is in the future tense, unless a verb of
    saying comes right before or after the future word."""
    future, reporting_verbs = _tense_words()
    window = text[max(0, start - reach) : start].lower()
    words = window.split()
    while words and words[-1] in ("on", "late", "early"):
        words.pop()
    if words and words[-1] in reporting_verbs:
        return False
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    markers = list(future.finditer(window))
    if not markers:
        return False
    # a verb of saying after the future word opens the clause the date belongs to: "'We will strike,' he said
    # late Thursday" is past; "he said troops will leave on Monday" stays future
    return not any(word in reporting_verbs for word in _WORDS.findall(window, markers[-1].end()))
