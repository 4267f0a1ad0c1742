"""Dates and durations, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

from briefing.core.model import DateMention


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Every date and duration expression in text order, non-overlapping."""
    return []
