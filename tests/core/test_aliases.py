"""Alias keys and the registry: which surface forms meet, and which never do."""

from __future__ import annotations

import pytest

from briefing.core.aliases import Registry, person_key, surname_key
from briefing.core.entities import find_entities
from briefing.core.model import Actor, Span
from briefing.core.sentences import split_sentences


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("al-Abadi", "Abadi"),
        ("Haider al-Abadi", "Abadi"),
        ("Al Abadi", "abadi"),
        ("Bashar al-Assad", "Asad"),
        ("Walter B. Hensley IV", "Hensley"),
    ],
)
def test_surname_forms_share_a_key(first: str, second: str) -> None:
    assert surname_key(first) == surname_key(second)


def test_middle_initial_does_not_make_another_person() -> None:
    assert person_key("Joseph L. Marren") == person_key("Joseph Marren")
    assert person_key("Joseph Marren") != person_key("Joseph Dunmore")


def test_unique_surname_links_and_shared_surname_does_not() -> None:
    text = "Amir Hadley Laura Hadley Omar Kettani"
    registry = Registry(text)
    registry.add_person("Amir Hadley", Span(0, 11))
    registry.add_person("Laura Hadley", Span(12, 24))
    kettani = registry.add_person("Omar Kettani", Span(25, 37))
    assert registry.person_with_surname("Kettani") == kettani.key
    assert registry.person_with_surname("Hadley") is None
    assert registry.surname_is_ambiguous("Hadley")


def test_surname_first_person_joins_the_full_name_met_later() -> None:
    text = "Mr Brenning Halvard Brenning"
    registry = Registry(text)
    registry.add_person("Brenning", Span(3, 11))
    registry.add_person("Halvard Brenning", Span(12, 28))
    registry.merge_surname_only_people()
    actors, _ = registry.build([])
    assert len(actors) == 1
    assert actors[0].name == "Halvard Brenning"
    assert [(m.start, m.end) for m in actors[0].mentions] == [(3, 11), (12, 28)]


def test_title_holder_is_found_only_when_unique() -> None:
    registry = Registry("x" * 40)
    first = registry.add_person("Alden Marsh", Span(0, 5))
    registry.add_title(first, "Foreign Secretary")
    assert registry.holder_of("the Foreign Secretary") == first.key
    second = registry.add_person("Petra Lindqvist", Span(6, 10))
    registry.add_title(second, "Foreign Secretary")
    assert registry.holder_of("Foreign Secretary") is None


def test_overlapping_mentions_keep_the_longer_and_ids_follow_first_mention() -> None:
    registry = Registry("Northern Command commander Ali")
    registry.add_actor("org:a", "Northern Command", "military", Span(0, 16))
    person = registry.add_person("Ali", Span(27, 30))
    registry.mention(person, Span(0, 26))
    actors, _ = registry.build([])
    assert [actor.name for actor in actors] == ["Ali"]
    assert actors[0].id == "a1"


def test_initials_link_an_acronym_to_one_body() -> None:
    registry = Registry("x" * 40)
    registry.add_actor("org:sdf", "Syrian Democratic Forces", "armed_group", Span(0, 5))
    assert registry.organisation_with_initials("SDF") == "org:sdf"
    assert registry.organisation_with_initials("XYZ") is None


def test_claimed_span_drops_other_actors_mentions_inside_it_only() -> None:
    text = "the Youth " * 20
    registry = Registry(text)
    group = registry.add_actor("org:youth", "Youth", "armed_group", Span(4, 9))
    registry.add_actor("org:other", "Other", "organisation", Span(104, 109))
    owner = registry.add_actor("org:owner", "Owner", "armed_group", Span(190, 199))
    registry.claim(owner, Span(0, 9))
    assert group.mentions == []
    assert registry.actors["org:other"].mentions == [Span(104, 109)]
    assert owner.mentions == [Span(190, 199), Span(0, 9)]


def test_later_claims_see_mentions_added_after_the_first_claim() -> None:
    text = "the Youth " * 20
    registry = Registry(text)
    owner = registry.add_actor("org:owner", "Owner", "armed_group", Span(0, 3))
    registry.claim(owner, Span(4, 9))
    other = registry.add_actor("org:other", "Other", "organisation", Span(150, 159))
    registry.add_actor("org:other", "Other", "organisation", Span(14, 19))
    registry.claim(owner, Span(154, 159))
    assert other.mentions == [Span(14, 19)]


def test_mention_made_after_a_claim_is_kept() -> None:
    registry = Registry("the Youth said")
    owner = registry.add_actor("org:owner", "Owner", "armed_group", Span(0, 3))
    registry.claim(owner, Span(4, 9))
    later = registry.add_actor("org:youth", "Youth", "armed_group", Span(4, 9))
    assert later.mentions == [Span(4, 9)]


def _actors(text: str) -> list[Actor]:
    actors, _ = find_entities(text, split_sentences(text), [])
    return actors


def _forms(text: str, actor: Actor) -> set[str]:
    return {text[span.start : span.end] for span in actor.mentions}


@pytest.mark.parametrize(
    ("text", "full_name", "short_form"),
    [
        (
            "Fighters of the Baloch Liberation Army stopped the train. A BLA spokesman gave no figure.",
            "Baloch Liberation Army",
            "BLA",
        ),
        (
            "The Southern Transitional Council took the airport. The STC later withdrew.",
            "Southern Transitional Council",
            "STC",
        ),
        (
            "Shelling was reported by the Tigray Defence Forces overnight. The TDF blamed the army.",
            "Tigray Defence Forces",
            "TDF",
        ),
    ],
)
def test_listed_group_acronym_links_to_its_full_name(text: str, full_name: str, short_form: str) -> None:
    linked = [actor for actor in _actors(text) if full_name in _forms(text, actor)]
    assert len(linked) == 1
    assert short_form in _forms(text, linked[0])
    assert linked[0].kind == "armed_group"


def test_pakistani_taliban_stay_apart_from_the_afghan_taliban() -> None:
    text = "The TTP attacked a checkpoint. The Afghan Taliban denied any role in the attack."
    actors = _actors(text)
    pakistani = next(actor for actor in actors if "TTP" in _forms(text, actor))
    assert "Afghan Taliban" not in _forms(text, pakistani)


@pytest.mark.parametrize(
    "name",
    ["Oleksandr Hrytsenko", "Abdirahman Warsame", "Yoav Ben-Ami", "Mahamat Doudou", "Kyaw Zin Htet"],
)
def test_regional_given_name_makes_an_uncued_pair_a_person(name: str) -> None:
    text = f"The convoy carried {name} across the bridge at dawn."
    people = [actor for actor in _actors(text) if actor.kind == "person"]
    assert [_forms(text, person) for person in people] == [{name}]


def test_the_head_of_an_office_with_a_complement_names_its_one_holder() -> None:
    text = "Minister for Africa Helen Marsh said the talks failed. The Minister called for calm."
    actors = find_entities(text, split_sentences(text), [])
    marsh = next(actor for actor in actors[0] if actor.name == "Helen Marsh")
    assert "Minister" in [text[span.start : span.end] for span in marsh.mentions]
    assert [actor.name for actor in actors[0]] == ["Helen Marsh"]


def test_a_title_met_alone_joins_the_person_later_named_with_it_in_apposition() -> None:
    text = 'The Foreign Secretary announced sanctions. The Foreign Secretary, Alden Marsh, said: "Enough."'
    actors = find_entities(text, split_sentences(text), [])[0]
    assert [actor.name for actor in actors] == ["Alden Marsh"]
    assert len(actors[0].mentions) == 3


def test_a_title_met_alone_before_another_holder_is_named_stays_apart_from_that_holder() -> None:
    text = "The Prime Minister spoke to Prime Minister Rahimi today. The Prime Minister said the talks went well."
    actors = find_entities(text, split_sentences(text), [])[0]
    by_name = {actor.name: [text[span.start : span.end] for span in actor.mentions] for actor in actors}
    assert by_name["Prime Minister"] == ["Prime Minister", "Prime Minister"]
    assert by_name["Rahimi"] == ["Prime Minister Rahimi"]
