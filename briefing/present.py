"""Human-readable wording of facts, dates, actors and documents, shared by the exporters and the UI.

One place decides how `3,000–7,000 fighters` or `at least 17 killed` is written, so the reader, the Markdown
briefing and the command line never disagree.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.core.model import Actor, Analysis, DateMention, DocumentInfo, Fact

CURRENCY_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "AUD": "A$"}
UNIT_WORDS = {"km2": "km²", "mi2": "mi²", "percent": "%"}
PUBLISHED_SOURCE_WORDS = {
    "argument": "given by the user",
    "metadata": "from the article's metadata",
    "inferred": "inferred from the text",
}
_WHITESPACE = re.compile(r"\s+")
_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_DECADE = re.compile(r"^(\d{3})0s$")


def one_line(text: str) -> str:
    """Text with every run of whitespace (line breaks included) made one space."""
    return _WHITESPACE.sub(" ", text).strip()


def format_quantity(value: float) -> str:
    """3000 -> 3,000; 1.25 -> 1.25: whole numbers without a decimal point, thousands separated."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


_SCALES = ((1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million"))
_MORE_THAN = re.compile(r"^\s*(?:more\s+than|over|upwards\s+of|in\s+excess\s+of)\b", re.IGNORECASE)
_FEWER_THAN = re.compile(r"^\s*(?:fewer\s+than|less\s+than|under|below)\b", re.IGNORECASE)


def format_amount(value: float) -> str:
    """Large counts and sums as a briefing writes them: 45000000 -> 45 million, 1900000000 -> 1.9 billion."""
    for size, word in _SCALES:
        if value >= size:
            return f"{format_quantity(round(value / size, 3))} {word}"
    return format_quantity(value)


def _with_unit(number: str, fact: Fact) -> str:
    unit = fact.unit
    if unit in CURRENCY_SYMBOLS or (unit and unit.isupper() and len(unit) == 3 and fact.kind == "money"):
        return f"{CURRENCY_SYMBOLS.get(unit, '')}{number} {unit}"
    if unit in UNIT_WORDS:
        word = UNIT_WORDS[unit]
        return f"{number}{word}" if word == "%" else f"{number} {word}"
    if unit:
        return f"{number} {unit}"
    if fact.kind == "casualties" and fact.detail:
        return f"{number} {fact.detail}"
    return number


def format_fact_value(fact: Fact) -> str:
    """A fact's value as an analyst reads it: `3,000–7,000 fighters`, `at least 17 killed`, `dozens of villages`.

    Vague facts and facts without a resolved number are shown as written, never as a made-up number.
    """
    low, high = fact.low, fact.high
    if fact.vague or (low is None and high is None):
        return one_line(fact.text)
    quantity = format_amount
    if low is not None and high is not None and low != high:
        return _with_unit(f"{quantity(low)}–{quantity(high)}", fact)
    if low is not None and high is not None:
        return ("about " if fact.approximate else "") + _with_unit(quantity(low), fact)
    if low is not None:
        bound = "more than " if _MORE_THAN.match(fact.text) else "at least "
        return bound + _with_unit(quantity(low), fact)
    bound = "fewer than " if _FEWER_THAN.match(fact.text) else "up to "
    return bound + _with_unit(quantity(high or 0), fact)


def fact_kind_label(fact: Fact) -> str:
    """`force size`, `casualties (wounded)`: the kind, with its detail unless the value already says it."""
    label = fact.kind.replace("_", " ")
    if fact.detail and not format_fact_value(fact).endswith(fact.detail):
        return f"{label} ({fact.detail})"
    return label


def short_actor_name(actor: Actor) -> str:
    """How a later mention names someone: a person's surname, any other actor's full name."""
    if actor.kind == "person" and " " in actor.name:
        return actor.name.rsplit(" ", 1)[1]
    return actor.name


def fact_actor_name(fact: Fact, analysis: Analysis) -> str | None:
    """Whose count it is: the linked actor's name, else the words naming it in the sentence."""
    actor = analysis.actor(fact.actor)
    return actor.name if actor else fact.actor_text


def fact_source_name(fact: Fact, analysis: Analysis) -> str | None:
    """Who said it, as a later mention would name them."""
    source = analysis.actor(fact.source)
    return short_actor_name(source) if source else None


def format_fact_line(fact: Fact, analysis: Analysis) -> str:
    """`force size  3,000–7,000 fighters · Islamic State · per Jarrard · 2017-10-31`: one fact on one line."""
    parts = [f"{fact_kind_label(fact)}  {format_fact_value(fact)}"]
    if actor := fact_actor_name(fact, analysis):
        parts.append(actor)
    if source := fact_source_name(fact, analysis):
        parts.append(f"per {source}")
    if fact.date:
        parts.append(fact.date)
    return " · ".join(parts)


def actor_importance_key(actor: Actor) -> tuple[bool, int, int, str]:
    """Named actors before collective ones ("civilians", "security forces"); then by mentions, then first seen."""
    first = min((span.start for span in actor.mentions), default=1 << 62)
    return (actor.generic, -len(actor.mentions), first, actor.name)


def actor_kind_label(actor: Actor) -> str:
    return actor.kind.replace("_", " ")


def format_date(value: str, modifier: str | None = None) -> str:
    """A resolved date with its modifier in front: `late 2017-08`, `2017-W44`."""
    return f"{modifier} {value}" if modifier else value


def date_sort_key(value: str) -> tuple[dt.date, int]:
    """Calendar order for mixed granularities: the first day each value covers, wider periods first."""
    try:
        if match := _DAY.match(value):
            return dt.date(*map(int, match.groups())), 3
        if match := _WEEK.match(value):
            return dt.date.fromisocalendar(int(match[1]), int(match[2]), 1), 2
        if match := _MONTH.match(value):
            return dt.date(int(match[1]), int(match[2]), 1), 1
        if match := _YEAR.match(value):
            return dt.date(int(match[1]), 1, 1), 0
        if match := _DECADE.match(value):
            return dt.date(int(match[1]) * 10, 1, 1), -1
    except ValueError:
        pass
    return dt.date.max, 0


def timeline_dates(analysis: Analysis) -> list[DateMention]:
    """Resolved point dates of the story in calendar order (then text order); captions and bylines left out."""
    return sorted(
        (
            date
            for date in analysis.dates
            if date.value
            and date.kind == "point"
            and not any(part.contains(date.span) for part in analysis.non_body)
        ),
        key=lambda date: (date_sort_key(date.value or ""), date.span),
    )


def published_label(document: DocumentInfo) -> str:
    """`2017-11-03 (inferred from the text)`, or `unknown` when no date was given or found."""
    if not document.published:
        return "unknown"
    where = PUBLISHED_SOURCE_WORDS.get(document.published_source or "")
    return f"{document.published} ({where})" if where else document.published
