"""Actors and places found in invented sentences: names never listed anywhere must still be found and linked."""

from __future__ import annotations

import pytest

from briefing.core.entities import find_entities
from briefing.core.model import Actor, Place, Span
from briefing.core.sentences import split_sentences


def _analyse(text: str, non_body: list[Span] | None = None) -> tuple[list[Actor], list[Place]]:
    return find_entities(text, split_sentences(text), non_body or [])


def _surfaces(text: str, entity: Actor | Place) -> list[str]:
    return [text[span.start : span.end] for span in entity.mentions]


def _actor_with(text: str, actors: list[Actor], surface: str) -> Actor:
    for actor in actors:
        if any(surface in form for form in _surfaces(text, actor)):
            return actor
    raise AssertionError(f"no actor mentions {surface!r}: {[_surfaces(text, a) for a in actors]}")


def _place_with(text: str, places: list[Place], surface: str) -> Place:
    for place in places:
        if surface in _surfaces(text, place):
            return place
    raise AssertionError(f"no place mentions {surface!r}: {[_surfaces(text, p) for p in places]}")


@pytest.mark.parametrize(
    ("text", "full", "later"),
    [
        (
            "Brig. Gen. Farid Kassoumi spoke on Monday. Later, Kassoumi said the road was open.",
            "Farid",
            "Kassoumi",
        ),
        (
            "Prime Minister Yusuf al-Tamrawi visited the front. Tamrawi said the army held.",
            "Yusuf",
            "Tamrawi",
        ),
        (
            "Col. Dana Whitcombe, a spokeswoman, said the base was safe. Whitcombe added more.",
            "Dana",
            "Whitcombe",
        ),
        (
            "Mr Halvard Brenning met the envoy on Tuesday. Mr Brenning said talks went well.",
            "Halvard",
            "Brenning",
        ),
        (
            "Prime Minister Yusuf Sunni al-Tamrawi visited the front. Tamrawi said the army held.",
            "Yusuf Sunni al-Tamrawi",
            "Tamrawi",
        ),
        (
            "Prime Minister Dawit Tesfaye Gebru visited the front. Dawit said the army held.",
            "Dawit Tesfaye Gebru",
            "Dawit",
        ),
    ],
)
def test_surname_mention_links_to_full_name(text: str, full: str, later: str) -> None:
    actors, _ = _analyse(text)
    person = _actor_with(text, actors, full)
    later_start = text.rindex(later)
    assert any(span.start <= later_start < span.end for span in person.mentions)
    assert person.kind == "person"


def test_canonical_name_drops_rank_and_keeps_title() -> None:
    text = "Syrian Brig. Gen. Omar Kettani, a military spokesman, said the city fell."
    actors, _ = _analyse(text)
    person = _actor_with(text, actors, "Omar Kettani")
    assert person.name == "Omar Kettani"
    assert "Brig. Gen." in person.titles
    assert person.affiliation == "Syrian"
    assert any("spokesman" in role for role in person.roles)


def test_role_after_name_is_a_role_and_a_mention() -> None:
    text = "Gen. Marcus Ellingham, commander of the Northern Task Group in Harbin, said the bridge was held."
    actors, _ = _analyse(text)
    person = _actor_with(text, actors, "Marcus Ellingham")
    assert any(role.startswith("commander of") for role in person.roles)
    assert "commander" in _surfaces(text, person)
    assert "Northern Task Group" in {name for actor in actors for name in _surfaces(text, actor)}


def test_title_before_name_after_comma_links_to_the_person() -> None:
    text = "The Foreign Secretary, Alden Marsh, said the talks would resume."
    actors, _ = _analyse(text)
    person = _actor_with(text, actors, "Alden Marsh")
    assert any("Foreign Secretary" in surface for surface in _surfaces(text, person))


def test_acronym_defined_in_text_links_to_its_body() -> None:
    text = "The Free Highlands Front (FHF) took the pass. On Friday the FHF withdrew."
    actors, _ = _analyse(text)
    front = _actor_with(text, actors, "Free Highlands Front")
    assert _surfaces(text, front).count("FHF") == 2


def test_acronym_matching_initials_links_to_its_body() -> None:
    text = "The Eastern Rivers Brigade attacked at dawn. ERB fighters then left the village."
    actors, _ = _analyse(text)
    brigade = _actor_with(text, actors, "Eastern Rivers Brigade")
    assert "ERB" in _surfaces(text, brigade)


def test_listed_other_names_of_one_group_are_one_actor() -> None:
    text = "Islamic State fighters fled. ISIS lost the town, and Daesh blamed ISIL deserters."
    actors, _ = _analyse(text)
    group = _actor_with(text, actors, "Islamic State")
    assert {"Islamic State", "ISIS", "Daesh", "ISIL"} <= set(_surfaces(text, group))
    assert group.kind == "armed_group"


def test_national_body_forms_are_one_actor() -> None:
    text = "The Iraqi army advanced on Monday. Iraq's military said the town was taken."
    actors, _ = _analyse(text)
    army = _actor_with(text, actors, "Iraqi army")
    assert "Iraq's military" in _surfaces(text, army)
    assert army.kind == "military"


@pytest.mark.parametrize(
    ("text", "surface", "name", "kind"),
    [
        ("Syrian rebels shelled the town on Monday.", "Syrian rebels", "Syrian rebels", "armed_group"),
        ("Kurdish fighters retook the village.", "Kurdish fighters", "Kurdish fighters", "armed_group"),
        ("Shia militias moved into the city.", "Shia militias", "Shia militias", "armed_group"),
        (
            "The UK backs the moderate Syrian opposition.",
            "Syrian opposition",
            "Syrian opposition",
            "organisation",
        ),
    ],
)
def test_a_nationality_or_group_before_a_fighting_noun_is_an_armed_group(
    text: str, surface: str, name: str, kind: str
) -> None:
    actors, _ = _analyse(text)
    actor = _actor_with(text, actors, surface)
    assert (actor.name, actor.kind) == (name, kind)


def test_fighters_of_a_people_are_one_actor_and_leave_the_militants_to_the_named_group() -> None:
    text = (
        "Kurdish fighters pushed into the town held by Islamic State. "
        "The militants fled as the Kurdish fighters advanced."
    )
    actors, _ = _analyse(text)
    kurds = _actor_with(text, actors, "Kurdish fighters")
    assert _surfaces(text, kurds) == ["Kurdish fighters", "Kurdish fighters"]
    assert "The militants" in _surfaces(text, _actor_with(text, actors, "Islamic State"))


def test_descriptive_reference_links_only_when_one_armed_group() -> None:
    one = "Islamic State fighters held the town. The militants later fled."
    actors, _ = _analyse(one)
    assert "The militants" in _surfaces(one, _actor_with(one, actors, "Islamic State"))
    two = "Islamic State and al-Shabaab both held towns. The militants later fled."
    actors, _ = _analyse(two)
    assert all("The militants" not in _surfaces(two, actor) for actor in actors)


def test_organisation_suffix_makes_an_unseen_organisation() -> None:
    text = "The Coastal Defence Command said the Harbour Reform Council would meet."
    actors, _ = _analyse(text)
    assert _actor_with(text, actors, "Coastal Defence Command").kind == "military"
    assert _actor_with(text, actors, "Harbour Reform Council").kind == "organisation"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Fighting reached Deir ez-Zor. Later Dayr az Zawr was quiet.", "Deir ez-Zor", "Dayr az Zawr"),
        ("Troops entered Abu Kamal. Bukamal had been a stronghold.", "Abu Kamal", "Bukamal"),
        ("They took Qaim on Friday. Control of al-Qaim matters.", "Qaim", "al-Qaim"),
        ("Residents left Raqqa. In Ar Raqqah the bakeries shut.", "Raqqa", "Ar Raqqah"),
    ],
)
def test_transliteration_variants_are_one_place(text: str, first: str, second: str) -> None:
    _, places = _analyse(text)
    place = _place_with(text, places, first)
    assert second in _surfaces(text, place)


def test_unseen_place_found_by_pattern() -> None:
    text = "Shelling hit the town of Kharbaqa and villages near Umm Dulaym in Sawran province."
    _, places = _analyse(text)
    for name in ("Kharbaqa", "Umm Dulaym", "Sawran"):
        _place_with(text, places, name)


def test_unseen_place_spelling_links_by_skeleton() -> None:
    text = "Clashes near Tal Mashrafa continued. Tel Mashrafah was shelled again."
    _, places = _analyse(text)
    assert "Tel Mashrafah" in _surfaces(text, _place_with(text, places, "Tal Mashrafa"))


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        ("Patients were moved out of Harran Medical Complex on Friday.", "Harran Medical Complex"),
        ("Shells fell near the Qasimiyah Mosque overnight.", "Qasimiyah Mosque"),
        ("Detainees were moved from Tal Bira Prison to the capital.", "Tal Bira Prison"),
    ],
)
def test_unseen_facility_is_a_place_not_a_person(text: str, facility: str) -> None:
    actors, places = _analyse(text)
    _place_with(text, places, facility)
    assert not any(facility in _surfaces(text, actor) for actor in actors)


def test_article_written_apart_belongs_to_the_listed_name() -> None:
    text = "Fighters of al Shabaab raided the town, and al Qaeda praised them."
    actors, _ = _analyse(text)
    assert _surfaces(text, _actor_with(text, actors, "Shabaab")) == ["al Shabaab"]
    assert _surfaces(text, _actor_with(text, actors, "Qaeda")) == ["al Qaeda"]


def test_towns_listed_with_commas_are_places_of_their_own() -> None:
    text = "Drones struck Raqqa, Mosul and Homs overnight."
    _, places = _analyse(text)
    surfaces = sorted(surface for place in places for surface in _surfaces(text, place))
    assert surfaces == ["Homs", "Mosul", "Raqqa"]


def test_country_after_a_comma_qualifies_the_town_before_it() -> None:
    text = "Fighting was reported in Homs, Syria, on Monday."
    _, places = _analyse(text)
    assert "Homs, Syria" in _surfaces(text, _place_with(text, places, "Homs, Syria"))


def test_acting_country_is_a_state_actor_and_located_country_a_place() -> None:
    text = "Turkey launched strikes on Monday. Refugees stayed in Turkey."
    actors, places = _analyse(text)
    state = _actor_with(text, actors, "Turkey")
    assert state.kind == "state"
    assert _place_with(text, places, "Turkey").kind == "country"


def test_country_before_a_past_tense_verb_acts_but_not_after_in() -> None:
    text = "Israel declined to comment. Arms reached fighters in Syria used as a base."
    actors, places = _analyse(text)
    assert _actor_with(text, actors, "Israel").kind == "state"
    assert _place_with(text, places, "Syria").kind == "country"


def test_capital_that_speaks_is_its_state_and_a_capital_where_things_happen_a_place() -> None:
    text = "Moscow denied the report. Fighting went on in Damascus, and Russia said it would respond."
    actors, places = _analyse(text)
    assert _surfaces(text, _actor_with(text, actors, "Moscow")) == ["Moscow", "Russia"]
    assert _place_with(text, places, "Damascus").kind == "city"


def test_aircraft_and_weapon_names_are_not_people() -> None:
    text = "Typhoons and Tornados have now conducted 40 strikes, and Reapers flew overhead."
    actors, _ = _analyse(text)
    assert actors == []


def test_model_designation_is_not_an_organisation() -> None:
    text = "Rebels seized 3 T-72 tanks and shot down an F-16 near the M23 positions."
    actors, _ = _analyse(text)
    names = [actor.name for actor in actors]
    assert "T-72" not in names and "F-16" not in names
    assert "M23" in " ".join(names)


def test_the_capital_followed_by_its_name_does_not_refer_back() -> None:
    text = "Shelling hit Kharkiv overnight. Rebels who hold the capital Lomara denied it."
    _, places = _analyse(text)
    assert _surfaces(text, _place_with(text, places, "Kharkiv")) == ["Kharkiv"]


def test_country_after_a_preposition_and_a_direction_is_a_place() -> None:
    text = "A strike on a car in southern Lebanon killed two fighters."
    actors, places = _analyse(text)
    assert _place_with(text, places, "Lebanon").kind == "country"
    assert not any("Lebanon" in _surfaces(text, actor) for actor in actors)


def test_country_owning_a_region_by_direction_is_a_place() -> None:
    text = "Gunmen attacked a bus in Pakistan's southwest Balochistan province."
    actors, places = _analyse(text)
    assert _place_with(text, places, "Pakistan").kind == "country"
    assert not any("Pakistan" in _surfaces(text, actor) for actor in actors)


def test_demonym_alone_is_neither_actor_nor_place() -> None:
    text = "Syrian and Iraqi officials met. Afghan refugees waited."
    actors, places = _analyse(text)
    surfaces = {s for entity in [*actors, *places] for s in _surfaces(text, entity)}
    assert not surfaces & {"Syrian", "Iraqi", "Afghan"}


def test_names_only_in_non_body_are_not_actors() -> None:
    body = "Islamic State fighters fled the town on Friday."
    byline = "\n\nHelga Vranken reported from Cairo. (Photo: Torvald Ekman/Agence Fotopress)"
    text = body + byline
    actors, _ = _analyse(text, [Span(len(body) + 2, len(text))])
    names = {actor.name for actor in actors}
    assert "Islamic State" in names
    assert not any("Vranken" in name or "Ekman" in name for name in names)


def test_ambiguous_surname_is_not_linked() -> None:
    text = "Col. Amir Hadley met Maj. Laura Hadley on Monday. Hadley said the convoy left."
    actors, _ = _analyse(text)
    later = text.rindex("Hadley")
    assert not any(span.start <= later < span.end for actor in actors for span in actor.mentions)


def test_ids_follow_first_mention_order() -> None:
    text = "Gen. Petra Lindqvist met the Harbour Reform Council in Basra. Lindqvist left Mosul."
    actors, places = _analyse(text)
    assert [actor.id for actor in actors] == [f"a{index}" for index in range(1, len(actors) + 1)]
    assert [place.id for place in places] == [f"p{index}" for index in range(1, len(places) + 1)]
    assert actors[0].mentions[0].start < actors[-1].mentions[0].start


def test_empty_and_lowercase_text_has_no_entities() -> None:
    assert _analyse("") == ([], [])
    assert _analyse("nothing here is named at all.") == ([], [])


def test_lowercase_title_links_to_its_one_holder() -> None:
    text = "Defense Secretary Joan Pirelli arrived on Monday. The secretary said talks would go on."
    actors, _ = _analyse(text)
    assert "The secretary" in _surfaces(text, _actor_with(text, actors, "Joan Pirelli"))


def test_government_of_a_country_is_its_national_government() -> None:
    text = "Aid reached the government of Iraq. The Iraqi government thanked donors."
    actors, _ = _analyse(text)
    government = _actor_with(text, actors, "government of Iraq")
    assert "Iraqi government" in _surfaces(text, government)
    assert government.kind == "government"


def test_plural_nationality_is_the_people_of_that_country() -> None:
    text = "Thousands of Syrians fled north. The Syrian people need shelter."
    actors, _ = _analyse(text)
    assert "Syrian people" in _surfaces(text, _actor_with(text, actors, "Syrians"))


def test_capitalised_word_opening_a_sentence_is_not_a_speaker() -> None:
    text = "Residents said the water was cut. Later, officials met, Haddad said."
    actors, _ = _analyse(text)
    names = {actor.name for actor in actors}
    assert "Residents" not in names
    assert "Haddad" in names


def test_groups_of_people_are_actors() -> None:
    text = "Shelling killed civilians near the market, and aid workers left."
    actors, _ = _analyse(text)
    assert {"civilians", "aid workers"} <= {actor.name for actor in actors}


def test_places_joined_before_an_organisation_suffix_are_one_name() -> None:
    text = "Fighters of the Kivu and Ruzizi Liberation Front took Uvira. The KRLF denied it."
    actors, _ = _analyse(text)
    front = _actor_with(text, actors, "Kivu and Ruzizi Liberation Front")
    assert "KRLF" in _surfaces(text, front)
    assert not _surfaces(text, front)[0].startswith("Fighters")


def test_role_before_a_name_makes_the_name_a_person() -> None:
    text = "The UN special envoy for Chad, Ines Valcourt, urged calm. Valcourt later left."
    actors, _ = _analyse(text)
    envoy = _actor_with(text, actors, "Ines Valcourt")
    assert envoy.kind == "person"
    assert any("special envoy" in role for role in envoy.roles)
    assert "Valcourt" in _surfaces(text, envoy)


def test_name_after_a_verb_of_saying_is_a_person_with_a_role() -> None:
    text = '"We left at night," said Hamid Qasri, 52, a farmer from the valley.'
    actors, _ = _analyse(text)
    person = _actor_with(text, actors, "Hamid Qasri")
    assert person.kind == "person"
    assert any("farmer" in role for role in person.roles)


def test_unlisted_spelling_joins_the_listed_place_of_the_story() -> None:
    text = "Convoys reached Hasakah on Monday.\n\nAL-HASAKEH, Syria (Wire) - Shelling resumed."
    _, places = _analyse(text)
    assert any("AL-HASAKEH" in surface for surface in _surfaces(text, _place_with(text, places, "Hasakah")))


def test_indefinite_coalition_is_not_an_actor() -> None:
    text = "The front, a rebel coalition formed last year, took the town."
    actors, _ = _analyse(text)
    assert all("coalition" not in surface for actor in actors for surface in _surfaces(text, actor))


def test_the_people_of_a_country_are_its_people_but_the_residents_of_a_town_live_in_a_place() -> None:
    town = "Aid reached the residents of Mosul on Friday."
    actors, places = _analyse(town)
    assert _surfaces(town, _place_with(town, places, "Mosul")) == ["Mosul"]
    country = "The people of Iraq voted on Sunday."
    actors, places = _analyse(country)
    assert _actor_with(country, actors, "people of Iraq").name == "Iraqi people"
    assert places == []


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("The attacks in Qamenas, Sarmin and Talamenes killed nine.", ["Qamenas", "Sarmin", "Talamenes"]),
        (
            "Shelling hit villages near Kafr Nabl, Maarat, and Hish on Monday.",
            ["Hish", "Kafr Nabl", "Maarat"],
        ),
    ],
)
def test_unknown_names_listed_after_a_place_are_places(text: str, towns: list[str]) -> None:
    _, places = _analyse(text)
    assert sorted(surface for place in places for surface in _surfaces(text, place)) == towns


@pytest.mark.parametrize(
    "text",
    [
        "They met in Geneva, and Lavrov said the talks went well.",
        "They met in Geneva and Lavrov said the talks went well.",
        "Fighting was reported in Mosul, Ahmed said.",
        "In Mosul, Ahmed and Ali fled.",
    ],
)
def test_a_name_after_a_place_and_a_comma_or_and_is_not_listed_as_a_place(text: str) -> None:
    _, places = _analyse(text)
    assert [place.name for place in places] in (["Geneva"], ["Mosul"])


@pytest.mark.parametrize(
    ("text", "surface", "acronym"),
    [
        (
            "The United Nations Assistance Mission in Afghanistan said 20 civilians died. UNAMA urged calm.",
            "United Nations Assistance Mission in Afghanistan",
            "UNAMA",
        ),
        (
            "Al-Qaeda in the Arabian Peninsula (AQAP) claimed the attack.",
            "Al-Qaeda in the Arabian Peninsula",
            "AQAP",
        ),
        (
            "The Group to Support Islam and Muslims (JNIM) claimed the assault.",
            "Group to Support Islam and Muslims",
            "JNIM",
        ),
    ],
)
def test_a_listed_name_with_a_lower_case_word_inside_is_one_mention(
    text: str, surface: str, acronym: str
) -> None:
    actors, places = _analyse(text)
    actor = _actor_with(text, actors, acronym)
    assert _surfaces(text, actor) == [surface, acronym]
    assert places == []


def test_capitalised_words_around_in_stay_apart_when_no_listed_name_spans_them() -> None:
    text = "The Mission in Afghanistan ended in May."
    _, places = _analyse(text)
    assert _surfaces(text, _place_with(text, places, "Afghanistan")) == ["Afghanistan"]


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked the base. Later the militants fled.",
        "Jihadists attacked the base. Later the jihadists fled.",
    ],
)
def test_a_group_noun_opening_a_sentence_is_the_same_group_as_in_lower_case(text: str) -> None:
    actors, _ = _analyse(text)
    assert len(actors) == 1
    assert [surface.lower() for surface in _surfaces(text, actors[0])] == [actors[0].name] * 2


def test_a_generational_suffix_belongs_to_the_name_and_the_surname_still_links() -> None:
    text = "Defense Secretary Lloyd J. Austin III met officials on Monday. Austin said the talks went well."
    actors, _ = _analyse(text)
    austin = _actor_with(text, actors, "Austin III")
    assert austin.name == "Lloyd J. Austin III"
    assert _surfaces(text, austin) == ["Defense Secretary Lloyd J. Austin III", "Austin"]


def test_a_country_opening_a_name_after_a_title_is_a_given_name() -> None:
    text = "Foreign Minister Israel Katz said the talks failed. Katz left on Monday."
    actors, places = _analyse(text)
    katz = _actor_with(text, actors, "Katz")
    assert katz.name == "Israel Katz"
    assert _surfaces(text, katz) == ["Foreign Minister Israel Katz", "Katz"]
    assert places == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The minister warned Israel of a harsh response.", "Israel"),
        ("Kyiv thanked Denmark for the jets.", "Denmark"),
        ("The group vowed attacks against the United States.", "United States"),
    ],
)
def test_a_country_that_is_warned_thanked_or_attacked_is_a_state(text: str, country: str) -> None:
    actors, places = _analyse(text)
    assert _actor_with(text, actors, country).kind == "state"
    assert all(country not in _surfaces(text, place) for place in places)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russian forces captured Novohrodivka on Monday.", "Novohrodivka"),
        ("The column pushed toward Selydove overnight.", "Selydove"),
        ("Drones struck a convoy on the M4 highway near the town.", "M4"),
        ("Fighting raged on the Kupiansk front for a week.", "Kupiansk"),
    ],
)
def test_an_unlisted_place_is_found_by_the_verb_before_or_the_noun_after_it(text: str, place: str) -> None:
    actors, places = _analyse(text)
    assert _surfaces(text, _place_with(text, places, place)) == [place]
    assert all(place not in _surfaces(text, actor) for actor in actors)


def test_a_country_after_a_comma_that_owns_what_follows_does_not_qualify_the_town() -> None:
    text = "Russian forces captured Novohrodivka, Ukraine's General Staff said."
    _, places = _analyse(text)
    assert _surfaces(text, _place_with(text, places, "Novohrodivka")) == ["Novohrodivka"]


def test_the_story_s_one_armed_group_is_also_the_lebanese_or_the_iran_backed_group() -> None:
    text = (
        "Hezbollah fired 40 rockets on Monday. The Iran-backed group said it was a response. "
        "The Lebanese group has lost 400 fighters."
    )
    actors, _ = _analyse(text)
    hezbollah = _actor_with(text, actors, "Hezbollah")
    assert _surfaces(text, hezbollah) == ["Hezbollah", "The Iran-backed group", "The Lebanese group"]
    assert all("Iran-backed" not in _surfaces(text, actor)[0] for actor in actors if actor is not hezbollah)


def test_a_role_with_a_name_inside_keeps_its_head_and_the_name_its_own_mention() -> None:
    text = "Abu Yusif al-Maghribi, a senior ISIS official, was killed."
    actors, _ = _analyse(text)
    person = _actor_with(text, actors, "Abu Yusif al-Maghribi")
    assert _surfaces(text, person) == ["Abu Yusif al-Maghribi", "official"]
    assert _surfaces(text, _actor_with(text, actors, "ISIS")) == ["ISIS"]


def test_a_name_ending_in_jr_keeps_its_period_and_its_sentence() -> None:
    text = "Maj. Gen. John W. Brennan Jr., the task force commander, spoke. Brennan left."
    actors, _ = _analyse(text)
    brennan = _actor_with(text, actors, "Brennan Jr.")
    assert brennan.name == "John W. Brennan Jr."
    assert "Brennan" in _surfaces(text, brennan)


def test_a_listed_name_written_with_a_dash_between_its_parts_is_one_mention() -> None:
    text = "The Combined Joint Task Force – Operation Inherent Resolve said the strikes continued."
    actors, _ = _analyse(text)
    task_force = _actor_with(text, actors, "Combined Joint Task Force")
    assert _surfaces(text, task_force) == ["Combined Joint Task Force – Operation Inherent Resolve"]


@pytest.mark.parametrize(
    "headline",
    [
        "Rebels Seize Key Border Town As Government Forces Retreat",
        "SUICIDE BOMBER KILLS 12 AT MARKET IN NORTHERN TOWN",
    ],
)
def test_capitals_in_a_headline_make_no_unlisted_names(headline: str) -> None:
    text = f"{headline}\n\nFighting continued on Monday."
    actors, places = _analyse(text)
    assert actors == [] and places == []


def test_a_headline_still_names_listed_places_and_titled_people() -> None:
    text = "STRIKES CONTINUE AGAINST MILITANTS IN SYRIA\n\nSecretary of Defense Lloyd J. Austin III\n"
    actors, places = _analyse(text)
    assert [place.name for place in places] == ["Syria"]
    assert [actor.name for actor in actors] == ["Lloyd J. Austin III"]


def test_capitals_sharing_a_verb_speak_for_their_states_but_a_shelled_capital_is_a_city() -> None:
    text = "Moscow and Beijing blocked the resolution. Kyiv was shelled overnight."
    actors, places = _analyse(text)
    assert sorted((actor.name, actor.kind) for actor in actors) == [("China", "state"), ("Russia", "state")]
    assert _surfaces(text, _place_with(text, places, "Kyiv")) == ["Kyiv"]


def test_a_listed_name_with_a_possessive_inside_is_one_mention() -> None:
    text = "Her Majesty's Government is deeply concerned. HMG will act with partners."
    actors, _ = _analyse(text)
    government = _actor_with(text, actors, "HMG")
    assert _surfaces(text, government) == ["Her Majesty's Government", "HMG"]
    assert government.kind == "government"


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Gunmen attacked the Turkish Embassy in Kabul.", "Turkish Embassy", "Turkish embassy"),
        (
            "Ukrainian intelligence said 30 drones were launched.",
            "Ukrainian intelligence",
            "Ukrainian intelligence",
        ),
        ("Iraqi police found the bodies on Monday.", "Iraqi police", "Iraqi police"),
    ],
)
def test_a_nationality_before_an_embassy_police_or_intelligence_names_that_state_body(
    text: str, surface: str, name: str
) -> None:
    actors, _ = _analyse(text)
    body = _actor_with(text, actors, surface)
    assert (body.name, body.kind) == (name, "government")


def test_a_country_owning_a_listed_body_is_the_state_and_not_the_country_referred_to_later() -> None:
    text = "Mali's junta turned to Russia's Wagner Group for help. French troops left the country last year."
    actors, places = _analyse(text)
    assert _actor_with(text, actors, "Russia").kind == "state"
    assert all("the country" not in _surfaces(text, place) for place in places)


def test_a_name_after_a_role_noun_or_before_who_is_a_person() -> None:
    text = "U.S. envoy Amos Hochstein, who has tried to broker a deal, was expected in Beirut."
    actors, _ = _analyse(text)
    assert _actor_with(text, actors, "Amos Hochstein").kind == "person"


def test_a_country_s_health_ministry_is_one_body_that_speaks_for_the_toll() -> None:
    text = "Strikes killed 15 people, Lebanon's health ministry said. The Lebanese health ministry raised the toll."
    actors, _ = _analyse(text)
    ministry = _actor_with(text, actors, "health ministry")
    assert _surfaces(text, ministry) == ["Lebanon's health ministry", "Lebanese health ministry"]
    assert ministry.kind == "government"


def test_seats_of_government_named_for_their_government_are_government_actors() -> None:
    text = "The Kremlin said the talks were useful. The White House disagreed."
    actors, _ = _analyse(text)
    assert sorted((actor.name, actor.kind) for actor in actors) == [
        ("Kremlin", "government"),
        ("White House", "government"),
    ]


def test_a_long_unlisted_spelling_of_a_listed_town_is_that_town() -> None:
    text = "Shelling hit Slavyansk overnight."
    _, places = _analyse(text)
    assert [(place.name, _surfaces(text, place)) for place in places] == [("Sloviansk", ["Slavyansk"])]


def test_two_unlisted_spellings_of_one_town_found_by_their_cues_are_one_place() -> None:
    text = "Families left Kostiantynivka on Monday. Shelling around Kostyantynivka continued."
    _, places = _analyse(text)
    assert len(places) == 1
    assert _surfaces(text, places[0]) == ["Kostiantynivka", "Kostyantynivka"]


def test_a_place_s_local_authority_is_a_government_actor() -> None:
    text = "The Donetsk regional military administration ordered an evacuation of Donetsk."
    actors, places = _analyse(text)
    authority = _actor_with(text, actors, "regional military administration")
    assert (authority.name, authority.kind) == ("Donetsk regional military administration", "government")
    assert _surfaces(text, _place_with(text, places, "Donetsk")) == ["Donetsk"]


def test_a_country_paired_with_an_armed_group_is_a_state() -> None:
    text = "The truce between Israel and Hezbollah held on Monday."
    actors, places = _analyse(text)
    assert _actor_with(text, actors, "Israel").kind == "state"
    assert places == []


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        (
            "Col. Ivan Petrenko, a spokesman for the Khortytsia group of forces, spoke.",
            "Khortytsia group of forces",
            "military",
        ),
        ("The Azov brigade held the line.", "Azov brigade", "military"),
    ],
)
def test_an_unlisted_name_before_a_unit_noun_is_an_armed_body(text: str, surface: str, kind: str) -> None:
    actors, _ = _analyse(text)
    unit = _actor_with(text, actors, surface)
    assert (unit.name, unit.kind) == (surface, kind)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The UK renewed calls for Israel to open more crossings.", "Israel"),
        ("The EU called on Russia to withdraw.", "Russia"),
    ],
)
def test_a_country_called_on_to_act_is_a_state(text: str, country: str) -> None:
    actors, places = _analyse(text)
    assert _actor_with(text, actors, country).kind == "state"
    assert all(country not in _surfaces(text, place) for place in places)


def test_a_group_noun_after_a_dateline_dash_is_the_group() -> None:
    text = "BAMAKO (AFP) - Jihadists killed at least 30 soldiers. The jihadists fled."
    actors, _ = _analyse(text)
    assert _surfaces(text, _actor_with(text, actors, "Jihadists")) == ["Jihadists", "jihadists"]


@pytest.mark.parametrize(
    "text",
    [
        'The frigate FS Forbin joined the task force. "Forbin is committed," said Capt. Jean Roux.',
        "The tanker Aegean Dawn was struck by a missile on Tuesday.",
    ],
)
def test_a_ship_s_name_is_neither_an_actor_nor_a_place(text: str) -> None:
    actors, places = _analyse(text)
    assert all(actor.kind != "person" or actor.name == "Jean Roux" for actor in actors)
    assert places == []


def test_forms_of_a_regime_with_and_without_a_possessive_are_one_actor() -> None:
    text = "Assad's regime bombed Aleppo. The Assad regime denied it."
    actors, _ = _analyse(text)
    regime = _actor_with(text, actors, "Assad regime")
    assert regime.name == "Assad regime"
    assert _surfaces(text, regime) == ["Assad's regime", "Assad regime"]


def test_forces_named_for_an_armed_group_are_that_group() -> None:
    text = "Houthi forces fired missiles on Monday. The Houthis said the attack succeeded."
    actors, _ = _analyse(text)
    assert _surfaces(text, _actor_with(text, actors, "Houthis")) == ["Houthi forces", "Houthis"]


def test_a_name_ending_in_summit_or_agreement_is_an_event_not_a_place() -> None:
    text = "The two ministers spoke at the UK-France Summit in Amiens on Friday."
    actors, places = _analyse(text)
    assert [place.name for place in places] == ["Amiens"]
    assert all("Summit" not in actor.name for actor in actors)


def test_a_surname_spelled_like_a_place_after_a_given_name_is_the_person() -> None:
    text = "Former Prime Minister David Cameron visited Kyiv. Cameron said aid would continue."
    actors, places = _analyse(text)
    cameron = _actor_with(text, actors, "David Cameron")
    assert _surfaces(text, cameron) == ["Prime Minister David Cameron", "Cameron"]
    assert [place.name for place in places] == ["Kyiv"]


def test_a_titled_name_and_the_unit_after_of_are_a_person_and_a_unit() -> None:
    text = "Col. Omar Kassem of the 5th Brigade said the town fell."
    actors, _ = _analyse(text)
    assert sorted((actor.name, actor.kind) for actor in actors) == [
        ("5th Brigade", "military"),
        ("Omar Kassem", "person"),
    ]


def test_a_lone_surname_opening_a_sentence_with_said_is_a_person_but_a_plural_noun_is_not() -> None:
    text = "Grundberg said the talks would resume. Witnesses said the market burned. Police said 3 died."
    actors, _ = _analyse(text)
    assert [(actor.name, actor.kind) for actor in actors] == [("Grundberg", "person")]


def test_a_town_after_a_given_name_is_the_person_s_surname() -> None:
    text = "Police spokesman Abdirahman Aden said 12 people died in Mogadishu."
    actors, places = _analyse(text)
    assert _actor_with(text, actors, "Abdirahman Aden").kind == "person"
    assert [place.name for place in places] == ["Mogadishu"]


def test_countries_before_the_amounts_they_pledge_are_states() -> None:
    text = "Germany pledged €100m, France €50m and Britain £40m to the fund."
    actors, places = _analyse(text)
    assert sorted(actor.name for actor in actors) == ["France", "Germany", "United Kingdom"]
    assert places == []
