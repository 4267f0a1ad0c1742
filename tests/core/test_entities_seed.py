"""The seed article: every alias group a reader expects is one actor or place; bylines are not actors.

Reads ../shared/seed (reference material beside the project); skips cleanly when it is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.core.entities import find_entities
from briefing.core.model import Actor, Span
from briefing.core.sentences import split_sentences

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed"
ARTICLE = SEED / "000_932e1e48f0a2b358.txt"
EXPECTED = SEED / "expected.json"

pytestmark = pytest.mark.skipif(
    not (ARTICLE.exists() and EXPECTED.exists()), reason="../shared/seed is absent"
)


@pytest.fixture(scope="module")
def seed() -> tuple[str, dict, list[Actor], list]:
    text = ARTICLE.read_text(encoding="utf-8")
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    non_body = []
    for opening in expected["non_body"]:
        start = text.index(opening)
        end = text.find("\n", start)
        non_body.append(Span(start, len(text) if end < 0 else end))
    actors, places = find_entities(text, split_sentences(text), non_body)
    return text, expected, actors, places


def _overlaps(span: Span, gold: list[int]) -> bool:
    return span.start < gold[1] and gold[0] < span.end


def test_every_expected_actor_has_all_its_mentions_linked(seed) -> None:
    _, expected, actors, _ = seed
    for wanted in expected["actors"]:
        best = max(
            actors,
            key=lambda actor: sum(any(_overlaps(m, g) for m in actor.mentions) for g in wanted["mentions"]),
        )
        linked = sum(any(_overlaps(m, g) for m in best.mentions) for g in wanted["mentions"])
        assert linked == len(wanted["mentions"]), (wanted["name"], best.name)


def test_every_expected_place_alias_group_is_one_place(seed) -> None:
    _, expected, _, places = seed
    for wanted in expected["places"]:
        best = max(
            places,
            key=lambda place: sum(any(_overlaps(m, g) for m in place.mentions) for g in wanted["mentions"]),
        )
        linked = sum(any(_overlaps(m, g) for m in best.mentions) for g in wanted["mentions"])
        assert linked >= len(wanted["mentions"]) * 0.7, (wanted["name"], best.name)
        surfaces = wanted["surface"]
        spellings = len(surfaces) > 1 and not any(a in b for a in surfaces for b in surfaces if a != b)
        if spellings:
            assert linked == len(wanted["mentions"]), wanted["name"]


def test_roles_of_spokesmen_are_found(seed) -> None:
    _, _, actors, _ = seed
    by_name = {actor.name: actor for actor in actors}
    assert any("military spokesman" in role for role in by_name["Ali Mayhoub"].roles)
    assert any(role.startswith("spokesman for the U.S.-led") for role in by_name["Ryan Dillon"].roles)


def test_descriptions_of_the_group_join_islamic_state(seed) -> None:
    text, _, actors, _ = seed
    group = next(actor for actor in actors if actor.name == "Islamic State")
    forms = {text[m.start : m.end].lower() for m in group.mentions}
    assert {"the militants", "the militant group"} <= forms


def test_byline_and_photo_credit_are_not_actors(seed) -> None:
    text, _, actors, _ = seed
    forms = " ".join(text[m.start : m.end] for actor in actors for m in actor.mentions)
    for outsider in ("Ghobashy", "Lamothe", "Stringer", "AFP", "Getty"):
        assert outsider not in forms
