"""The date grammar: one regular expression, built once from the data files, that finds every candidate.

Each top-level alternative is a named group whose name says which form matched. Python's alternation takes the
first alternative that matches at a position, so alternatives that can start at the same place are ordered
longest first (a weekday that opens a full date is tried as a full date before it is tried alone). No
unbounded quantifier is nested in another, so a scan is linear even over a megabyte of digits. An optional
group is written with an empty last alternative, "(?:the |)", rather than "(?:the )?": Python's regex
engine sets up a repeat (a memory allocation) for every "?" on a group it enters, and the grammar enters
dozens at each candidate start; an alternative tried in the same order gives the same matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import cast

from briefing.core.casing import lower_case
from briefing.core.lexicon import load_lines, load_table
from briefing.core.model import Granularity
from briefing.core.word_trees import by_first_letter_frequency, prefix_tree


def word_alternation(words: Iterable[str]) -> str:
    """The words as one prefix tree (word_trees.prefix_tree), where a space matches any white space and an
    apostrophe either spelling."""
    return prefix_tree(words, _character_pattern)


def _character_pattern(character: str) -> str:
    if character == " ":
        return r"\s+"
    if character == "'":
        return "['’]"
    return re.escape(character)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The word tables the grammar and the resolver share, keyed by lower-case word."""

    months: dict[str, int]
    weekdays: dict[str, int]
    units: dict[str, tuple[str, Granularity]]  # word -> (singular, granularity)
    number_words: dict[str, int | None]  # None: a vague count ("several")
    holidays: dict[str, tuple[str, str, str]]  # name -> (month, day or rule, granularity)


@cache
def vocabulary() -> Vocabulary:
    months: dict[str, int] = {}
    for number, *names in load_table("dates_months.txt"):
        for name in filter(None, names):
            months[name.lower()] = int(number)
            months[name.lower() + "."] = int(number)
    weekdays = {name.lower(): int(number) for number, name in load_table("dates_weekdays.txt")}
    units: dict[str, tuple[str, Granularity]] = {}
    for singular, plural, granularity in load_table("dates_units.txt"):
        units[singular] = units[plural] = (singular, cast(Granularity, granularity))
    number_words = {
        word: (None if value == "vague" else int(value))
        for word, value in load_table("dates_number_words.txt")
    }
    holidays = {
        name.lower().replace("’", "'"): (month, day, granularity)
        for name, month, day, granularity in load_table("dates_holidays.txt")
    }
    return Vocabulary(months, weekdays, units, number_words, holidays)


# Groups holding month, weekday and holiday names, which count only when capitalised: "may" is a verb.
CAPITALISED_GROUPS = ("md_month", "dm_month", "my_month", "em_month", "bm_month", "wd_name", "ho_name")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lowered(text: str) -> str:
    """The text in lower case with the same offsets (str.lower() lengthens a few letters, such as "İ")."""
    quick = lower_case(text)
    return quick if len(quick) == len(text) else text.translate(_ASCII_LOWER)


def form_matches(lower_case: str) -> Iterator[re.Match[str]]:
    """Every expression of the grammar in a lower-cased text (see lowered()), left to right, non-overlapping,
    each read by its form's pattern.

    The text is scanned with a space put before it, so that every expression has a character before it for
    date_pattern() to start with; none of the grammar's look-behinds tells that space from the start of the
    text. An expression may start right where the previous one ends, after a character the previous one
    took: that place is tried on its own before the search goes on.
    """
    grammar = date_pattern()
    padded = " " + lower_case
    position = 1  # where the next expression may start, in the padded text
    while position < len(padded):
        found = grammar.match(padded, position - 1) or grammar.search(padded, position)
        if found is None:
            return
        # found starts at the separator, one before the expression in the padded text: the expression's offset
        form = form_pattern(found.lastgroup or "").match(lower_case, found.start())
        if form is not None:  # always: the form matched there inside the grammar
            yield form
        position = found.end()


@cache
def date_pattern() -> re.Pattern[str]:
    """The grammar, in lower case, matching one character that is not part of a word and the expression after
    it, and naming the expression's form (the group named after the form); form_pattern() then reads its
    parts. Starting with a character class lets the regex engine skip the insides of words without trying
    the grammar there. It runs over lower-cased text (see lowered()), because case-insensitive alternatives
    defeat the regex engine's quick rejection of literals. The parts are left out here because every
    capturing group costs the engine time at every candidate. The check that the character is not a
    non-ASCII letter ("é") comes after the starter, which rejects almost every place, so the check runs at
    a few hundred places instead of at every separator.
    """
    alternatives = "|".join(
        f"(?P<{name}>{_without_part_groups(body)})" for name, body in grammar_branches().items()
    )
    return re.compile(rf"[^a-z0-9_](?={_starter()})(?<!\w)(?:{alternatives})")


@cache
def form_pattern(name: str) -> re.Pattern[str]:
    """One form with its named parts. Matched where date_pattern() found that form, it gives the same match:
    the grammar takes the first form that matches, and nothing follows the form in the grammar. Names that
    must be capitalised ("May", not "may") are checked against the original text afterwards
    (CAPITALISED_GROUPS)."""
    return re.compile(f"(?P<{name}>{grammar_branches()[name]})")


_PART_GROUP = re.compile(r"\(\?P<(\w+)>")
_BACK_REFERENCE = re.compile(r"\(\?P=(\w+)\)")


def _without_part_groups(body: str) -> str:
    """The form with its named parts made non-capturing, except the parts it refers back to."""
    referenced = set(_BACK_REFERENCE.findall(body))
    return _PART_GROUP.sub(lambda part: part.group() if part[1] in referenced else "(?:", body)


_KEYWORDS_THAT_START_A_FORM = (
    "this last next past coming previous following preceding same early mid late earlier later end beginning "
    "start middle turn recent yesterday today tomorrow tonight noon midnight spring summer autumn fall winter small eve "
    "weekend"
)
_WORDS_THAT_NEED_A_DATE_WORD_AFTER = ("the", "a", "an")


def _starter() -> str:
    """Where a form can start: a digit, a date word ("Friday", "years", "last"), or a word such as "the",
    "a" or "nearly" followed by one. The grammar is tried only there, which makes a scan several times faster
    than trying every alternative at every word. This runs at every separator, so the date words and the
    openers share one alternation by first letter, which rejects most words after one pass over the
    letters; what matched is told apart afterwards: an opener took the white space after it.
    """
    tables = ["dates_months.txt", "dates_weekdays.txt", "dates_holidays.txt", "dates_units.txt"]
    phrases = {field.lower() for table in tables for row in load_table(table) for field in row if field}
    phrases |= {row[0] for row in load_table("dates_number_words.txt")}
    first_words = {phrase.split()[0] for phrase in phrases if phrase[0].isalpha()}
    first_words |= set(_KEYWORDS_THAT_START_A_FORM.split())
    date_words = first_words - set(_WORDS_THAT_NEED_A_DATE_WORD_AFTER)
    openers = {*_WORDS_THAT_NEED_A_DATE_WORD_AFTER, *load_lines("dates_approximators.txt")}
    word_end, white_space = r"\b", r"\s+"
    either = _by_initial([(date_words, word_end), (openers, white_space)])
    after_opener = rf"[\d'’]|an?\s|{_by_initial([(date_words, word_end)])}"
    return rf"[\d'’]|{either}(?:(?<=\s)(?:{after_opener})|(?<!\s))"


def _by_initial(word_groups: list[tuple[set[str], str]]) -> str:
    """One alternation by first letter over groups of words, each group's words followed by the group's own
    pattern, so the regex engine rejects most words at their first letter. The letters come in order of how
    often English words start with them (word_trees), which is also the same in every process."""
    branches = []
    for initial in sorted(
        {word[0] for words, _ in word_groups for word in words}, key=by_first_letter_frequency
    ):
        continuations = [
            word_alternation(word[1:] for word in words if word[0] == initial) + after
            for words, after in word_groups
            if any(word[0] == initial for word in words)
        ]
        joined = continuations[0] if len(continuations) == 1 else "(?:" + "|".join(continuations) + ")"
        branches.append(re.escape(initial) + joined)
    return "(?:" + "|".join(branches) + ")"


@cache
def grammar_branches() -> dict[str, str]:
    """Each form of date expression, by name, in the order they are tried."""
    month_rows = load_table("dates_months.txt")
    full_months = word_alternation(row[1].lower() for row in month_rows)
    abbreviations = word_alternation(name.lower() for row in month_rows for name in row[2:] if name)
    weekday = word_alternation(row[1].lower() for row in load_table("dates_weekdays.txt")) + r"\b"
    units = word_alternation(word for row in load_table("dates_units.txt") for word in row[:2])
    number_words = word_alternation(row[0] for row in load_table("dates_number_words.txt"))
    approximators = word_alternation(load_lines("dates_approximators.txt"))
    holidays = word_alternation(row[0].lower() for row in load_table("dates_holidays.txt"))
    zones = word_alternation(load_lines("dates_time_zones.txt"))

    month = rf"(?:{full_months}\b|{abbreviations}(?:\.|\b))"
    month_named = rf"(?:{full_months}\b|{abbreviations}\.)"
    day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|)(?!\d|:\d)"
    day_range = rf"{day}(?:\s*(?:-|–|—|to|and|through)\s*{day}|)"
    year = r"(?:1[5-9]|20)\d\d(?!\d|[.,]\d)"
    early_hours = r"(?:early|small)\s+hours\s+of\s+"
    md_weekday = rf"(?:{early_hours}|)(?:(?P<md_weekday>{weekday}),?\s+(?:the\s+|)|)"
    dm_weekday = rf"(?:{early_hours}|)(?:(?P<dm_weekday>{weekday}),?\s+(?:the\s+|)|)"
    edge_word = r"(?:early|mid|late)(?:-|\s+)"
    edge_of = r"(?:(?:the\s+|)(?:end|beginning|start|middle|turn)\s+of\s+)"
    season = r"(?:spring|summer|autumn|fall|winter)"
    count = rf"(?:(?<![\d.,])(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}}(?:\.\d+|))|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b|{number_words}\b|an?\b)"

    return {
        "iso": r"(?<![\d/.-])(?:1[5-9]|20)\d\d(?P<iso_separator>[-/])(?:0[1-9]|1[0-2])(?P=iso_separator)(?:0[1-9]|[12]\d|3[01])(?![\d])",
        "numeric": r"(?<![\d/.])(?:[12]\d|3[01]|0?[1-9])(?P<numeric_separator>[/.])(?:[12]\d|3[01]|0?[1-9])(?P=numeric_separator)(?:1[5-9]|20)\d\d(?![\d.]\d|\d)",
        "month_day": rf"(?<![\w.,]){md_weekday}(?P<md_month>{month})\s*(?P<md_day>{day_range})(?:,?\s+(?P<md_year>{year})|)",
        "day_month": rf"(?<![\w.,]){dm_weekday}(?P<dm_day>{day_range})(?:\s+of|)\s+(?P<dm_month>{month})(?:,?\s+(?P<dm_year>{year})|)",
        "month_year": rf"(?:(?P<my_edge>{edge_word})|(?P<my_edge_of>{edge_of})|)(?P<my_month>{month_named}),?\s+(?:of\s+|)(?P<my_year>{year})",
        "season_year": rf"(?:the\s+|)(?:(?P<sy_edge>{edge_word})|)(?P<sy_season>{season})(?:\s+of|)\s+(?P<sy_year>{year})",
        "edge_year": rf"(?:(?P<ey_edge>{edge_word})|(?P<ey_edge_of>{edge_of}))(?P<ey_year>{year})",
        "decade": rf"(?:the\s+|)(?:(?P<de_edge>{edge_word})|)(?P<de_decade>(?:1[5-9]|20)\d0s|['’]\d0s)\b",
        "century": rf"(?:the\s+|)(?:(?P<ce_edge>{edge_word})|)(?P<ce_number>[12]?\d)(?:st|nd|rd|th)[\s-](?:century)\b",
        "day_of_month": r"the\s+(?P<od_day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?=\s*[,.;:)](?!\d)|\s+of\s+(?:the|this)\s+month\b)",
        "holiday": rf"(?:(?P<ho_eve>the\s+eve\s+of\s+(?:the\s+|a\s+|))|)(?:(?P<ho_relation>(?:this|last|next))\s+|)(?P<ho_name>{holidays})\b(?:\s+(?P<ho_year>{year})|)",
        "relative_period": rf"(?:(?P<rp_edge>(?:earlier|later|early|mid|late)(?:-|\s+))(?P<rp_relation>(?:this|last|next))|(?P<rp_edge_of>{edge_of})(?P<rp_relation_of>(?:this|last|next|the))|(?P<rp_relation_plain>(?:this\s+past|this|last|next)))\s+(?P<rp_unit>(?:week|weekend|month|year|decade|century|quarter)\b|{season}\b|{full_months}\b)",
        "edge_month": rf"(?:(?P<em_edge>{edge_word})|(?P<em_edge_of>{edge_of}))(?P<em_month>{full_months})\b(?!,?\s*\d)",
        "weekday": rf"(?:{early_hours}|(?:this\s+(?=(?:past|coming)\b)|)(?P<wd_relation>(?:last|this|next|past|coming))\s+|)(?P<wd_name>{weekday})",
        "weekend": r"the\s+weekend\b",
        "military_time": rf"(?:[01]\d|2[0-3])[0-5]\d\s*(?:hrs|hours|{zones}|z)\b",
        "narrative": r"(?:the\s+(?:following|previous|preceding|next|same)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+(?:before|after)(?!\s+(?:yesterday|tomorrow))|the\s+(?:following|previous|preceding)\s+(?:week|weekend|month|year)|(?:earlier|later)\s+(?:in\s+the|that)\s+(?:day|week|month|year))\b",
        "relative_day": r"(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:yesterday|today|tomorrow)(?:\s+(?:morning|afternoon|evening|night)|)|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b",
        "recent": r"(?:recent\s+(?:days|weeks|months|years))\b",
        "duration": rf"(?:(?:(?:the\s+(?P<du_direction>past|last|next|coming|previous|following)|(?P<du_past>past))\s+|)(?:(?P<du_approx>{approximators})\s+|)(?:(?P<du_count>{count})(?:(?P<du_plus>-plus|\+|\s+or\s+more)|)\s+|)(?P<du_unit>{units})\b(?!-|\s+old\b|\s+of\s+age\b)(?:\s+(?P<du_relation>ago|after|before|later|earlier)\b|))",
        "time": rf"(?<![\d.:])(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d|)\s*(?:a\.m\.|p\.m\.|(?:am|pm)\b)|(?:1[0-2]|0?[1-9])\s+o['’]clock\b|(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d|)(?!\d|:\d)|(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s+(?:{zones})\b))(?:\s+(?:{zones})\b|)|\b(?:noon|midnight)\b",
        "bare_month": rf"(?P<bm_month>{full_months})\b(?!\s*\d)",
        "bare_season": rf"(?:(?P<bs_edge>{edge_word})|)(?P<bs_season>{season})\b(?!\s+of\b|-)",
        "bare_year": r"(?<![\w.,$£€#/-])(?P<by_year>(?:1[89]|20)\d\d)(?:(?:\s*[-–]\s*|/)(?P<by_end>(?:1[89]|20)\d\d|\d\d)|)(?![\w%]|[.,/]\d)",
    }
