"""Precision on news text, in invented sentences: names inside names, aliases that are names, generic groups,
nicknames, described bodies and lower-case references to one holder."""

from __future__ import annotations

import pytest

from briefing.core.entities import find_entities
from briefing.core.model import Actor, Place
from briefing.core.pipeline import analyse
from briefing.core.schema import analysis_to_json
from briefing.core.sentences import split_sentences


def _analyse(text: str) -> tuple[list[Actor], list[Place]]:
    return find_entities(text, split_sentences(text), [])


def _surfaces(text: str, entity: Actor | Place) -> list[str]:
    return [text[span.start : span.end] for span in entity.mentions]


def _actor_mentioning(text: str, actors: list[Actor], surface: str) -> Actor | None:
    return next((actor for actor in actors if surface in _surfaces(text, actor)), None)


@pytest.mark.parametrize(
    ("text", "full_name", "place_word"),
    [
        ("Army spokesman Yusuf Aden Warsame said the road was closed.", "Yusuf Aden Warsame", "Aden"),
        ("Officials named the victim as Omar Kismayo Farah on Tuesday.", "Omar Kismayo Farah", "Kismayo"),
    ],
)
def test_listed_place_inside_a_person_name_is_part_of_the_name(
    text: str, full_name: str, place_word: str
) -> None:
    actors, places = _analyse(text)
    assert _actor_mentioning(text, actors, full_name) is not None
    assert all(place_word not in _surfaces(text, place) for place in places)


@pytest.mark.parametrize(
    "text",
    [
        "Amina Roble Dirie, Kenya's president, has promised more schools. The president said so twice.",
        "Mr Halvorsen, the spokesman for the council, said the talks were over.",
    ],
)
def test_aliases_are_names_never_fragments_or_role_words(text: str) -> None:
    actors, _ = _analyse(text)
    for actor in actors:
        for alias in actor.aliases:
            assert alias[:1].isalnum(), alias
            assert any(word[:1].isupper() for word in alias.split()), alias


def test_age_before_a_title_links_to_its_one_holder() -> None:
    text = "Amina Roble Dirie, Kenya's president, spoke on Monday. The 61-year-old president said she would stay."
    actors, _ = _analyse(text)
    president = _actor_mentioning(text, actors, "Amina Roble Dirie")
    assert president is not None
    assert "The 61-year-old president" in _surfaces(text, president)


def test_age_before_a_title_held_by_two_people_links_to_no_one() -> None:
    text = (
        "Amina Roble Dirie, Kenya's president, met President Jonas Ekberg. "
        "The 61-year-old president said little."
    )
    actors, _ = _analyse(text)
    assert all("The 61-year-old president" not in _surfaces(text, actor) for actor in actors)


@pytest.mark.parametrize(
    ("text", "body", "nickname"),
    [
        (
            'The Coastal Brigade, known locally as "the Sea Foxes", said it had withdrawn.',
            "Coastal Brigade",
            "the Sea Foxes",
        ),
        (
            'Fighters of the Harbour Front, nicknamed "Night Riders", were seen near the port.',
            "Harbour Front",
            "Night Riders",
        ),
    ],
)
def test_quoted_nickname_after_known_as_is_an_alias_of_the_body(text: str, body: str, nickname: str) -> None:
    actors, _ = _analyse(text)
    owner = _actor_mentioning(text, actors, nickname)
    assert owner is not None and owner.kind != "person"
    assert any(body in surface for surface in _surfaces(text, owner))


def test_description_before_an_acronym_names_that_body_here_and_later() -> None:
    text = (
        "The UN refugee agency UNHCR said 900 families had fled. Later the UN refugee agency asked for tents."
    )
    actors, _ = _analyse(text)
    agency = _actor_mentioning(text, actors, "UNHCR")
    assert agency is not None
    assert _surfaces(text, agency).count("UN refugee agency") == 2
    assert all(_surfaces(text, actor) != ["UN"] for actor in actors)


def test_dateline_in_capitals_and_its_spelling_in_the_body_are_one_place() -> None:
    text = "AL-HASAKEH, Syria — Shelling resumed on Monday. Families near Hasakah fled east."
    _, places = _analyse(text)
    hasakah = [
        place for place in places if any("asak" in surface.lower() for surface in _surfaces(text, place))
    ]
    assert len(hasakah) == 1
    assert len(hasakah[0].mentions) == 2


def test_capitalised_word_after_a_dateline_dash_is_not_a_person() -> None:
    text = "KABUL, Afghanistan — Flooding continued across the north on Monday."
    actors, _ = _analyse(text)
    assert all(actor.kind != "person" for actor in actors)


def test_bare_site_noun_after_the_is_not_a_place() -> None:
    text = "Police said 40 people had been rescued from the building on Sunday."
    _, places = _analyse(text)
    assert all("building" not in _surfaces(text, place) for place in places)


def test_site_held_by_a_named_group_is_a_place() -> None:
    text = "Coalition aircraft destroyed an ISIL-held building near the river."
    _, places = _analyse(text)
    assert any("ISIL-held building" in _surfaces(text, place) for place in places)


@pytest.mark.parametrize(
    ("text", "surface", "generic"),
    [
        ("Soldiers fired on civilians near the market, residents said.", "civilians", True),
        ("Rebels clashed with security forces on Friday, officials said.", "security forces", True),
        ("The Coastal Brigade said it had retaken the port.", "Coastal Brigade", False),
        ("Amina Roble Dirie told reporters she would stay.", "Amina Roble Dirie", False),
    ],
)
def test_collective_nouns_are_generic_actors_and_names_are_not(
    text: str, surface: str, generic: bool
) -> None:
    actors, _ = _analyse(text)
    actor = _actor_mentioning(text, actors, surface)
    assert actor is not None
    assert actor.generic is generic


def test_generic_flag_is_in_the_json_output() -> None:
    text = "Soldiers fired on civilians near the market, residents said."
    actors = analysis_to_json(analyse(text))["actors"]
    assert any(actor["generic"] for actor in actors)


def test_nickname_after_call_them_belongs_to_the_one_armed_group_and_its_later_uses_too() -> None:
    text = (
        "Fighters of the Ridge Liberation Front have set up checkpoints. Farmers call them simply "
        '"the Red Hats," after their caps. The Red Hats told traders to pay.'
    )
    actors, _ = _analyse(text)
    front = next(actor for actor in actors if "Ridge Liberation Front" in actor.name)
    assert "the Red Hats" in _surfaces(text, front)
    assert "Red Hats" in _surfaces(text, front)
    assert all(actor.kind != "person" for actor in actors)


def test_role_before_a_name_after_sentence_initial_as_is_kept() -> None:
    text = "As the interior minister, Halima Jama Osman, told us on Monday, the road is open."
    actors, _ = _analyse(text)
    minister = _actor_mentioning(text, actors, "Halima Jama Osman")
    assert minister is not None
    assert "the interior minister" in minister.roles


def test_a_mixed_case_short_form_matches_only_with_its_capitals():
    text = "Let there be no doubt: LeT fighters attacked the post. Let them come."
    actors, _ = find_entities(text, split_sentences(text), [])
    groups = [actor for actor in actors if actor.name == "Lashkar-e-Taiba"]
    assert len(groups) == 1
    assert [text[span.start : span.end] for span in groups[0].mentions] == ["LeT"]
