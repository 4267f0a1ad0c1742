"""Infers a publication date from the text when no argument or metadata gives one."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import cache

from briefing.core.dates import find_dates
from briefing.core.dates_resolve import is_future
from briefing.core.lexicon import load_lines, load_table
from briefing.core.model import DateMention

_DATELINE_REACH = 300  # characters from the start of the text where a dateline can be
_SENTENCE_REACH = 250  # characters back to look for a future verb: a scheduled date is not a publication date
_BEFORE_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?:[A-Z][A-Z .'’/-]*,[ \t]*|(?i:published|updated|posted|dated|date)[ \t]*:?[ \t]*(?:on[ \t]+)?)?$"
)
_AFTER_DATELINE = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[-–—|:]|\n|$)")


def infer_published(text: str) -> dt.date | None:
    """The publication date the text itself gives, or None when it gives no evidence.

    1. A dateline near the start ("BAGHDAD, Nov. 3 (Reuters) -", a line holding only "3 November 2017"); a
       dateline without a year takes the latest year the text names.
    2. Otherwise the latest fully specified date (day, month and year) that is not in a future clause, moved
       forward to the weekday news writing uses with a past-tense verb of saying: a caption dated Thursday
       Nov. 2, 2017 and "declared Friday" give Friday 2017-11-03. The most frequent such weekday wins (ties go
       to the one nearest after the date), and the move is never more than six days.
    """
    mentions = find_dates(text, None)
    dateline = _dateline(text, mentions)
    if dateline is not None:
        return dateline
    anchor = max(
        (
            dt.date.fromisoformat(mention.value)
            for mention in mentions
            if mention.granularity == "day"
            and mention.value
            and len(mention.value) == 10
            and not is_future(text, mention.span.start, reach=_SENTENCE_REACH)
        ),
        default=None,
    )
    if anchor is None:
        return None
    weekdays = Counter(_reporting_weekdays(text))
    if not weekdays:
        return anchor
    best = max(weekdays.items(), key=lambda item: (item[1], -((item[0] - anchor.weekday()) % 7)))[0]
    return anchor + dt.timedelta(days=(best - anchor.weekday()) % 7)


def _dateline(text: str, mentions: list[DateMention]) -> dt.date | None:
    """A day-precision date standing alone on one of the first lines, or after an upper-case place name."""
    for mention in mentions:
        if mention.span.start > _DATELINE_REACH:
            break
        if mention.granularity != "day" or mention.kind != "point":
            continue
        if not _BEFORE_DATELINE.search(text, 0, mention.span.start):
            continue
        if not _AFTER_DATELINE.match(text, mention.span.end):
            continue
        if mention.value and len(mention.value) == 10:
            return dt.date.fromisoformat(mention.value)
        return _in_latest_year(text, mention, mentions)
    return None


def _in_latest_year(text: str, dateline: DateMention, mentions: list[DateMention]) -> dt.date | None:
    """A month and day resolved in the latest year the text names, or None when it names none."""
    years = [
        int(mention.value[:4]) for mention in mentions if mention.value and mention.granularity != "week"
    ]
    if not years:
        return None
    resolved = find_dates(dateline.text, dt.date(max(years), 12, 31))
    if len(resolved) == 1 and resolved[0].value and len(resolved[0].value) == 10:
        return dt.date.fromisoformat(resolved[0].value)
    return None


def _reporting_weekdays(text: str) -> list[int]:
    pattern, numbers = _reporting_pattern()
    return [numbers[match.group(1)] for match in pattern.finditer(text)]


@cache
def _reporting_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    verbs = "|".join(re.escape(verb) for verb in load_lines("dates_reporting_verbs.txt"))
    numbers = {name: int(number) for number, name in load_table("dates_weekdays.txt")}
    weekdays = "|".join(numbers)
    pattern = re.compile(rf"\b(?:{verbs})\s+(?:on\s+)?(?:(?:late|early)\s+)?({weekdays})\b")
    return pattern, numbers
