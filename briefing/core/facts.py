"""Typed numeric facts: casualties, force sizes, displaced people, strikes, materiel, territory, money."""

from __future__ import annotations

from briefing.core.model import Actor, DateMention, Fact, NumberMention, Place, Quote, Span


def find_facts(
    text: str,
    sentences: list[Span],
    numbers: list[NumberMention],
    actors: list[Actor],
    places: list[Place],
    dates: list[DateMention],
    quotes: list[Quote],
) -> list[Fact]:
    return []
