"""Infers a publication date from the text when no argument or metadata gives one."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import cache

from briefing.core.dates import find_dates, find_dates_for_inference
from briefing.core.dates_resolve import is_future, safe_date
from briefing.core.lexicon import load_lines, load_table
from briefing.core.model import DateMention

_DATELINE_REACH = 300  # characters from the start of the text where a dateline can be
_SENTENCE_REACH = 250  # characters back to look for a future verb: a scheduled date is not a publication date
_BEFORE_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?:[A-Z][A-Z .'’/-]*,[ \t]*|(?i:published|updated|posted|dated|date)[ \t]*:?[ \t]*(?:on[ \t]+)?)?$"
)
_AFTER_DATELINE = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[-–—|:]|\n|$)")
_TRAILING_WORD = re.compile(r"\w+\Z")
_LARGEST_MOVE = dt.timedelta(days=6)  # from the latest full date to the weekday of a verb of saying
_FILLERS_BEFORE_WEEKDAY = (("late", "early"), ("on",))  # "said on late Friday", read backwards


def infer_published(text: str) -> dt.date | None:
    """The publication date the text itself gives, or None when it gives no evidence.

    1. A dateline near the start ("BAGHDAD, Nov. 3 (Reuters) -", a line holding only "3 November 2017"); a
       dateline without a year takes the latest year the text names.
    2. Otherwise the latest fully specified date (day, month and year) that is not in a future clause, moved
       forward to the weekday news writing uses with a past-tense verb of saying: a caption dated Thursday
       Nov. 2, 2017 and "declared Friday" give Friday 2017-11-03. The most frequent such weekday wins (ties go
       to the one nearest after the date), and the move is never more than six days. No date is inferred
       when a year or month beginning after that week is named outside a future clause: "Mosul fell on 10
       June 2014 ... in 2016 the army returned" was not written in 2014.
    """
    mentions = find_dates_for_inference(text, _DATELINE_REACH)
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
    if anchor is None or any(
        _period_start(mention) > anchor + _LARGEST_MOVE
        and not is_future(text, mention.span.start, reach=_SENTENCE_REACH)
        for mention in mentions
    ):
        return None
    weekdays = Counter(_reporting_weekdays(text))
    if not weekdays:
        return anchor
    best = max(weekdays.items(), key=lambda item: (item[1], -((item[0] - anchor.weekday()) % 7)))[0]
    return anchor + dt.timedelta(days=(best - anchor.weekday()) % 7)


def _period_start(mention: DateMention) -> dt.date:
    """The first day of the year, month or day a valued mention names ("2016" -> 2016-01-01)."""
    parts = (mention.value or "").split("-")
    if len(parts) > 3 or not all(part.isdigit() for part in parts):
        return dt.date.min  # a week ("2017-W44") or no value: nothing to compare
    year, month, day = (int(part) for part in [*parts, "1", "1"][:3])
    return safe_date(year, month, day) or dt.date.min


def _dateline(text: str, mentions: list[DateMention]) -> dt.date | None:
    """A day-precision date standing alone on one of the first lines, or after an upper-case place name."""
    for mention in mentions:
        if mention.span.start > _DATELINE_REACH:
            break
        if mention.granularity != "day" or mention.kind != "point":
            continue
        if not _BEFORE_DATELINE.search(text, _line_start(text, mention.span.start), mention.span.start):
            continue
        if not _AFTER_DATELINE.match(text, mention.span.end):
            continue
        if mention.value and len(mention.value) == 10:
            return dt.date.fromisoformat(mention.value)
        return _in_latest_year(text, mention, mentions)
    return None


def _line_start(text: str, position: int) -> int:
    """Where the search for what opens a dateline's line starts: at the line break before `position`, since
    nothing before it can belong to the line (searching from the start of the text tries every character)."""
    return max(0, text.rfind("\n", 0, position))


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
    """Weekdays right after a verb of saying ("said Friday", "announced on late Monday"). The capitalised
    weekday is searched for first and the words before it are read backwards: a whole-text scan for the
    verbs would cost as much as the date grammar."""
    names, numbers = _weekday_names()
    return [numbers[name.group()] for name in names.finditer(text) if _said_before(text, name.start())]


def _said_before(text: str, end: int) -> bool:
    """Whether "VERB [on] [late|early]", each word followed by white space, ends at `end`."""
    verbs, _ = _reporting_verbs()
    fillers_left = list(_FILLERS_BEFORE_WEEKDAY)
    position = end
    while True:
        word = _word_before_space(text, position)
        if word is None:
            return False
        if word.group() in verbs:
            return True
        while fillers_left and word.group() not in fillers_left[0]:
            fillers_left.pop(0)
        if not fillers_left:
            return False
        fillers_left.pop(0)
        position = word.start()


def _word_before_space(text: str, end: int) -> re.Match[str] | None:
    """The whole word before the white space that ends at `end`; None without white space or a word there.
    A word longer than any verb is cut, which is harmless: it is no verb either."""
    _, longest = _reporting_verbs()
    gap_start = end
    while gap_start > 0 and text[gap_start - 1].isspace():
        gap_start -= 1
    if gap_start == end:
        return None
    return _TRAILING_WORD.search(text, max(0, gap_start - longest - 1), gap_start)


@cache
def _reporting_verbs() -> tuple[frozenset[str], int]:
    verbs = frozenset(load_lines("dates_reporting_verbs.txt"))
    fillers = (word for words in _FILLERS_BEFORE_WEEKDAY for word in words)
    return verbs, max(map(len, verbs | frozenset(fillers)))


@cache
def _weekday_names() -> tuple[re.Pattern[str], dict[str, int]]:
    numbers = {name: int(number) for number, name in load_table("dates_weekdays.txt")}
    return re.compile("(?:" + "|".join(map(re.escape, numbers)) + r")\b"), numbers
