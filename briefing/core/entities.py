"""Actors and places, with aliases linked into one entity each."""

from __future__ import annotations

from briefing.core.model import Actor, Place, Span


def find_entities(text: str, sentences: list[Span], non_body: list[Span]) -> tuple[list[Actor], list[Place]]:
    return [], []
