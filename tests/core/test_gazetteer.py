"""Normalised keys and lookups: spellings a reader treats as one name meet, different names do not."""

from __future__ import annotations

import pytest

from briefing.core.gazetteer import article_free_key, exact_key, load_gazetteer, skeleton_key


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
