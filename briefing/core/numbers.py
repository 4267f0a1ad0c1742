"""Numbers in digits and words, with scales and ranges."""

from __future__ import annotations

from briefing.core.model import DateMention, NumberMention


def find_numbers(text: str, dates: list[DateMention]) -> list[NumberMention]:
    """Every number outside the date spans, in text order, non-overlapping."""
    return []
