"""Normalised keys and lookups: spellings a reader treats as one name meet, different names do not."""

from __future__ import annotations

import pytest

from briefing.core.entities import find_entities
from briefing.core.gazetteer import article_free_key, exact_key, load_gazetteer, skeleton_key
from briefing.core.sentences import split_sentences


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Deir ez-Zor", "Dayr az Zawr"),
        ("Deir al-Zour", "Deir ez-Zor"),
        ("Raqqa", "Ar Raqqah"),
        ("Bukamal", "Abu Kamal"),
    ],
)
def test_transliterations_share_a_skeleton(first: str, second: str) -> None:
    assert skeleton_key(first) == skeleton_key(second)


def test_articles_and_final_h_are_dropped() -> None:
    assert article_free_key("al-Qaim") == article_free_key("Qaim")
    assert article_free_key("Rawah") == article_free_key("Rawa")


def test_exact_key_ignores_case_accents_and_punctuation() -> None:
    assert exact_key("Türkiye") == exact_key("turkiye")
    assert exact_key("U.S.") == exact_key("U S")
    assert exact_key("Da’esh") == exact_key("Daesh")


def test_every_data_list_loads_with_entries() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.place("Syria") is not None
    assert gazetteer.place("Dayr az Zawr") is not None
    assert gazetteer.organisation("ISIL") == gazetteer.organisation("Daesh")
    assert gazetteer.organisation("is") is None
    assert gazetteer.title_kind("Brig. Gen.") == "rank"
    assert gazetteer.title_kind("He") is None
    assert gazetteer.demonyms[exact_key("Syrian")] == "Syria"
    assert "said" in gazetteer.speech_verbs


def test_unseen_spelling_finds_a_listed_place_by_skeleton() -> None:
    assert load_gazetteer().place_by_skeleton("Dayr al-Zur") is not None


def _place_surfaces(text: str) -> list[str]:
    _, places = find_entities(text, split_sentences(text), [])
    return [text[span.start : span.end] for place in places for span in place.mentions]


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Militants attacked Gwoza and Konduga overnight.", ["Gwoza", "Konduga"]),
        ("Taliban fighters overran Sangin while Paktia stayed quiet.", ["Sangin", "Paktia"]),
        ("Russian troops pressed on Avdiivka after Bakhmut fell.", ["Avdiivka", "Bakhmut"]),
    ],
)
def test_front_line_town_without_a_place_cue_is_a_place(text: str, towns: list[str]) -> None:
    actors, _ = find_entities(text, split_sentences(text), [])
    actor_surfaces = {text[span.start : span.end] for actor in actors for span in actor.mentions}
    assert set(towns) <= set(_place_surfaces(text))
    assert not set(towns) & actor_surfaces


def test_two_transliterations_of_a_town_are_one_place() -> None:
    text = "Government troops entered Mokha on Monday. Shells fell on Al-Mukha the next day."
    _, places = find_entities(text, split_sentences(text), [])
    mokha = [place for place in places if any(text[s.start : s.end] == "Mokha" for s in place.mentions)]
    assert len(mokha) == 1
    assert "Al-Mukha" in [text[span.start : span.end] for span in mokha[0].mentions]


def test_nigerian_state_is_read_as_one_place() -> None:
    assert "Kaduna State" in _place_surfaces("Gunmen killed 12 villagers in Kaduna State on Sunday.")


def test_a_listed_body_is_found_in_british_and_american_spelling() -> None:
    gazetteer = load_gazetteer()
    american = gazetteer.organisation("Ethiopian National Defense Force")
    assert american is not None
    assert gazetteer.organisation("Ethiopian National Defence Force") is american
    assert gazetteer.organisation("World Health Organisation") is gazetteer.organisation(
        "World Health Organization"
    )
