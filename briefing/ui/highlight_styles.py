"""Rich styles for entity highlights, built from the current theme's variables.

Every kind differs by an attribute as well as a colour (actors bold, places underlined, dates italic, numbers
bold and underlined, caption and byline dim italic), so meaning survives NO_COLOR and colour-blindness.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style

from briefing.ui.themes import ACTOR_PALETTE_SIZE, ENTITY_DEFAULTS


@dataclass(frozen=True, slots=True)
class HighlightStyles:
    actors: tuple[Style, ...]
    place: Style
    date: Style
    number: Style
    fact: Style
    non_body: Style
    current_mention: Style
    current_sentence: Style
    search_match: Style
    current_match: Style
    hint: Style
    gutter_marker: Style

    def actor(self, rank: int) -> Style:
        return self.actors[rank % len(self.actors)]


def actor_colour(variables: dict[str, str], rank: int) -> str:
    slot = rank % ACTOR_PALETTE_SIZE + 1
    return variables.get(f"actor-{slot}", ENTITY_DEFAULTS[f"actor-{slot}"])


def build_styles(variables: dict[str, str]) -> HighlightStyles:
    def colour(name: str) -> str:
        return variables.get(name, ENTITY_DEFAULTS[name])

    return HighlightStyles(
        actors=tuple(
            Style(color=actor_colour(variables, rank), bold=True) for rank in range(ACTOR_PALETTE_SIZE)
        ),
        place=Style(color=colour("place"), underline=True),
        date=Style(color=colour("date"), italic=True),
        number=Style(color=colour("number"), bold=True, underline=True),
        fact=Style(bgcolor=colour("fact")),
        non_body=Style(color=colour("non-body"), italic=True, dim=True),
        current_mention=Style(bgcolor=colour("current-mention"), reverse=True, bold=True),
        current_sentence=Style(bgcolor=colour("current-sentence")),
        search_match=Style(bgcolor=colour("search-match")),
        current_match=Style(reverse=True, italic=True),
        hint=Style(color="#000000", bgcolor=colour("hint"), bold=True),
        gutter_marker=Style(color=colour("hint"), bold=True),
    )
