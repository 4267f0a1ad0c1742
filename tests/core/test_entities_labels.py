"""Transcript speaker labels name the speaker or no one, and an office's complement does not swallow the name of
its holder; all sentences invented."""

from __future__ import annotations

import pytest

from briefing.core.entities import find_entities
from briefing.core.model import Actor, Place
from briefing.core.sentences import split_sentences


def _analyse(text: str) -> tuple[list[Actor], list[Place]]:
    return find_entities(text, split_sentences(text), [])


def _surfaces(text: str, entity: Actor | Place) -> list[str]:
    return [text[span.start : span.end] for span in entity.mentions]


def _actor_mentioning(actors: list[Actor], text: str, surface: str) -> Actor | None:
    return next((actor for actor in actors if surface in _surfaces(text, actor)), None)


_TRANSCRIPT = (
    "MODERATOR: Welcome. With us today is Col. Tomas Brandvold, who leads the training mission.\n\n"
    "COL. BRANDVOLD: Thank you. The mission trained 400 recruits this spring.\n\n"
    "Q: How many instructors are there?\n\n"
    "COL. TOMAS BRANDVOLD: About forty.\n\n"
    "SECRETARY IVERSEN: I can add that Secretary Lena Iversen approved the budget in March.\n\n"
    "STAFF: Thank you, everyone."
)


@pytest.mark.parametrize(
    ("label", "person"),
    [
        ("COL. BRANDVOLD", "Tomas Brandvold"),
        ("COL. TOMAS BRANDVOLD", "Tomas Brandvold"),
        ("SECRETARY IVERSEN", "Lena Iversen"),
    ],
)
def test_speaker_label_ending_in_a_surname_is_a_mention_of_that_person(label: str, person: str) -> None:
    actors, _ = _analyse(_TRANSCRIPT)
    speaker = _actor_mentioning(actors, _TRANSCRIPT, label)
    assert speaker is not None
    assert speaker.kind == "person"
    assert speaker.name == person


@pytest.mark.parametrize("label", ["MODERATOR", "Q", "STAFF", "BRANDVOLD", "IVERSEN"])
def test_speaker_label_is_never_an_actor_of_its_own(label: str) -> None:
    actors, _ = _analyse(_TRANSCRIPT)
    assert all(actor.name != label for actor in actors)
    assert all(actor.kind == "person" for actor in actors)


def test_label_that_names_no_one_in_the_story_is_not_an_actor() -> None:
    text = "HOST: Good evening.\n\nGUEST SPEAKER: Thanks for having me."
    actors, _ = _analyse(text)
    assert actors == []


def test_dateline_in_capitals_before_a_colon_is_still_a_place() -> None:
    text = "KABUL: Officials said the road to the airport reopened on Monday."
    _, places = _analyse(text)
    assert any("KABUL" in _surfaces(text, place) for place in places)


def test_capitals_with_a_colon_inside_a_sentence_are_no_label() -> None:
    text = "Officials said the new unit, known as the TASK FORCE: NORTH, began work."
    actors, _ = _analyse(text)
    assert all(actor.kind != "person" for actor in actors)


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "Minister for Development Helen Marsh said the fund would grow. "
            "Later the Minister for Development, Helen Marsh, said it again.",
            "Helen Marsh",
            "Minister for Development",
        ),
        (
            "Secretary of State for Defence John Smith said the troops would stay.",
            "John Smith",
            "Secretary of State for Defence",
        ),
        (
            "Minister for Water Resources Maria Kovacs opened the dam on Friday.",
            "Maria Kovacs",
            "Minister for Water Resources",
        ),
    ],
)
def test_name_after_an_office_complement_is_the_person_and_the_office_a_title(
    text: str, person: str, title: str
) -> None:
    actors, _ = _analyse(text)
    people = [actor for actor in actors if actor.kind == "person"]
    assert [actor.name for actor in people] == [person]
    assert title in people[0].titles
    assert person in _surfaces(text, people[0])


def test_office_complement_without_a_name_stays_one_title() -> None:
    text = "The Minister for Foreign Affairs said nothing about the talks."
    actors, _ = _analyse(text)
    assert [actor.name for actor in actors] == ["Minister for Foreign Affairs"]


def test_a_title_and_a_name_first_met_in_a_label_are_a_person_later_mentions_join() -> None:
    text = (
        "MR. HALVORSEN: Good afternoon. The minister spoke this morning.\n\n"
        "Q: Can you say how many ships?\n\n"
        "MR. HALVORSEN: No. Halvorsen then left the room.\n"
    )
    actors, _ = _analyse(text)
    speaker = _actor_mentioning(actors, text, "MR. HALVORSEN")
    assert speaker is not None and speaker.kind == "person" and speaker.name == "Halvorsen"
    assert _surfaces(text, speaker) == ["MR. HALVORSEN", "MR. HALVORSEN", "Halvorsen"]


def test_two_offices_joined_by_and_are_two_people() -> None:
    text = "Remarks by the Foreign Secretary and the Minister for the Middle East in London."
    actors, _ = _analyse(text)
    assert sorted(actor.name for actor in actors) == ["Foreign Secretary", "Minister for the Middle East"]
