"""Quoted and reported speech with its speaker."""

from __future__ import annotations

from briefing.core.model import Actor, Quote, Span


def find_quotes(text: str, sentences: list[Span], actors: list[Actor]) -> list[Quote]:
    return []
