"""Typed numeric facts as the facts guidelines define them, on sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.core.facts import find_facts
from briefing.core.model import Actor, DateMention, Fact, Quote, Span
from briefing.core.numbers import find_numbers

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def _facts(
    text: str,
    *,
    actors: list[Actor] | None = None,
    dates: list[DateMention] | None = None,
    quotes: list[Quote] | None = None,
    sentences: list[Span] | None = None,
) -> list[Fact]:
    dates = dates or []
    return find_facts(
        text,
        sentences or [Span(0, len(text))],
        find_numbers(text, dates),
        actors or [],
        [],
        dates,
        quotes or [],
    )


def _summary(text: str) -> list[tuple[str, str | None, str, float | None, float | None]]:
    return [(fact.kind, fact.detail, fact.text, fact.low, fact.high) for fact in _facts(text)]


KIND_EXAMPLES = [
    (
        "Gunmen killed 8 farmers and wounded about 15 others near the well.",
        [
            ("casualties", "killed", "8 farmers", 8, 8),
            ("casualties", "wounded", "about 15 others", 15, 15),
        ],
    ),
    (
        "Two journalists and four drivers were abducted on the highway.",
        [
            ("casualties", "captured", "Two journalists", 2, 2),
            ("casualties", "captured", "four drivers", 4, 4),
        ],
    ),
    (
        "More than 30 villagers were killed and injured in the shelling.",
        [("casualties", "other", "More than 30 villagers", 30, None)],
    ),
    (
        "The rebels executed nine prisoners.",
        [("casualties", "executed", "nine prisoners", 9, 9)],
    ),
    (
        "The blast killed at least 21 and injured dozens.",
        [("casualties", "killed", "at least 21", 21, None), ("casualties", "wounded", "dozens", None, None)],
    ),
    (
        "Police said the toll of the flood-season raids stood at 63.",
        [],
    ),
    (
        "The death toll rose to 63.",
        [("casualties", "killed", "63", 63, 63)],
    ),
    (
        "An estimated 4,000 to 6,000 gunmen remain in the hills.",
        [("force_size", None, "An estimated 4,000 to 6,000 gunmen", 4000, 6000)],
    ),
    (
        "The ministry will deploy up to 800 soldiers to the border.",
        [("force_size", "deployed", "up to 800 soldiers", None, 800)],
    ),
    (
        "Instructors have trained more than 1,200 recruits since spring.",
        [("force_size", "trained", "more than 1,200 recruits", 1200, None)],
    ),
    (
        "Some 90,000 residents have fled the valley.",
        [("displaced", "fled", "Some 90,000 residents", 90000, 90000)],
    ),
    (
        "The camp now shelters 14,000 refugees.",
        [("displaced", "refugees", "14,000 refugees", 14000, 14000)],
    ),
    (
        "Nearly 3,000 families returned to the district in June.",
        [("displaced", "returned", "Nearly 3,000 families", 3000, 3000)],
    ),
    (
        "About 45,000 civilians remain trapped in the old town.",
        [("affected", "trapped", "About 45,000 civilians", 45000, 45000)],
    ),
    (
        "Aid workers reached 12,000 people cut off by the floods.",
        [("affected", "reached by aid", "12,000 people", 12000, 12000)],
    ),
    (
        "Allied jets conducted 9 airstrikes overnight.",
        [("strikes", "airstrikes", "9 airstrikes", 9, 9)],
    ),
    (
        "Insurgents launched more than 40 attacks on outposts.",
        [("strikes", "attacks", "more than 40 attacks", 40, None)],
    ),
    (
        "The squadron flew 150 sorties.",
        [("strikes", "other", "150 sorties", 150, 150)],
    ),
    (
        "The strikes destroyed six trucks, four bunkers and two bridges, and damaged three roads.",
        [
            ("materiel", "destroyed", "six trucks", 6, 6),
            ("materiel", "destroyed", "four bunkers", 4, 4),
            ("materiel", "destroyed", "two bridges", 2, 2),
        ],
    ),
    (
        "Troops seized 35 rifles and a pickup.",
        [("materiel", "seized", "35 rifles", 35, 35)],
    ),
    (
        "The agency sent seven aid convoys to the town.",
        [("materiel", "delivered", "seven aid convoys", 7, 7)],
    ),
    (
        "Government troops recaptured about 1,500 square kilometres and 20 villages.",
        [
            ("territory", "retaken", "about 1,500 square kilometres", 1500, 1500),
            ("territory", "retaken", "20 villages", 20, 20),
        ],
    ),
    (
        "The group has lost roughly 40 percent of the territory it held.",
        [("territory", "lost", "roughly 40 percent", 40, 40)],
    ),
    (
        "The donors pledged £25m and a further €10 million.",
        [
            ("money", None, "£25m", 25_000_000, 25_000_000),
            ("money", None, "€10 million", 10_000_000, 10_000_000),
        ],
    ),
    (
        "The council approved 2 billion euros in loans.",
        [("money", None, "2 billion euros", 2_000_000_000, 2_000_000_000)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KIND_EXAMPLES)
def test_each_kind_is_found_with_its_detail_span_and_value(text, expected):
    assert _summary(text) == expected


def test_a_year_the_dates_step_missed_is_not_a_count():
    assert _summary("The 2015 attacks killed 2,000 people.") == [
        ("casualties", "killed", "2,000 people", 2000, 2000)
    ]


def test_coordinated_counts_share_the_verb_after_them():
    assert _summary("Two nurses and five patients were shot dead.") == [
        ("casualties", "killed", "Two nurses", 2, 2),
        ("casualties", "killed", "five patients", 5, 5),
    ]


def test_the_verb_after_a_list_covers_each_counted_item():
    assert _summary("Two soldiers, a guard and four drivers died in the ambush.") == [
        ("casualties", "killed", "Two soldiers", 2, 2),
        ("casualties", "killed", "four drivers", 4, 4),
    ]


def test_troops_next_to_a_casualty_clause_are_left_out_rather_than_guessed():
    assert _summary("The garrison has 300 soldiers, and 20 civilians were killed.") == [
        ("casualties", "killed", "20 civilians", 20, 20)
    ]
    assert _summary("A drone killed a commander and 4 of his guards escaped.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The raid killed 5 soldiers and 3 civilians.",
            [("casualties", "killed", "5 soldiers", 5, 5), ("casualties", "killed", "3 civilians", 3, 3)],
        ),
        (
            "A drone killed a commander and 4 of his guards.",
            [("casualties", "killed", "4 of his guards", 4, 4)],
        ),
        (
            "Police detained the imam and 12 worshippers at the mosque.",
            [("casualties", "captured", "12 worshippers", 12, 12)],
        ),
        ("A shell killed a farmer and his two sons.", [("casualties", "killed", "two sons", 2, 2)]),
    ],
)
def test_a_count_after_and_shares_the_verb_before_it_when_the_list_ends_there(text, expected):
    assert _summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blast killed a guard and two drivers were hurt.",
            [("casualties", "wounded", "two drivers", 2, 2)],
        ),
        ("Troops killed the emir and 200 villagers gathered to watch.", []),
        ("The shelling killed a teacher, and 30 pupils stayed home.", []),
    ],
)
def test_a_count_after_and_with_a_verb_of_its_own_does_not_share_the_earlier_verb(text, expected):
    assert _summary(text) == expected


def test_troops_in_a_clause_of_their_own_are_a_force_size():
    assert _summary("The raid killed 12 militants, and the army has 5,000 troops nearby.") == [
        ("casualties", "killed", "12 militants", 12, 12),
        ("force_size", None, "5,000 troops", 5000, 5000),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army had lost 300 soldiers in the offensive.",
            [("casualties", "killed", "300 soldiers", 300, 300)],
        ),
        (
            "The rebels have lost 40 fighters since the truce.",
            [("casualties", "killed", "40 fighters", 40, 40)],
        ),
        (
            "Government forces lost 12 villages in the offensive.",
            [("territory", "lost", "12 villages", 12, 12)],
        ),
    ],
)
def test_people_lost_are_casualties_and_places_lost_are_territory(text, expected):
    assert _summary(text) == expected


def test_a_number_hyphenated_to_a_word_describes_rather_than_counts():
    assert _summary("Two 14-year-old boys were killed and the 5-ton trucks were destroyed.") == [
        ("casualties", "killed", "Two 14-year-old boys", 2, 2)
    ]


def test_a_strong_unit_gives_the_size_of_the_force():
    assert _summary("The 800-strong battalion lost 40 men.") == [
        ("force_size", None, "800-strong battalion", 800, 800),
        ("casualties", "killed", "40 men", 40, 40),
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A 900-strong Nigerian Army battalion arrived in the town.", "900-strong Nigerian Army battalion"),
        ("The 3,000-strong EUFOR moved north.", "3,000-strong EUFOR"),
    ],
)
def test_a_strong_unit_spans_the_names_before_its_noun_but_not_a_verb_after_them(text, span):
    assert [fact.text for fact in _facts(text) if fact.kind == "force_size"] == [span]


def test_a_part_of_a_force_is_not_its_size_unless_something_happened_to_it():
    assert _summary("One of the soldiers told reporters the road was mined.") == []
    assert _summary("Two of the pilots were captured by the rebels.") == [
        ("casualties", "captured", "Two of the pilots", 2, 2)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops freed 45 hostages from a farm.", [("casualties", "captured", "45 hostages", 45, 45)]),
        (
            "The gang killed a guard and took 6 hostages.",
            [("casualties", "captured", "6 hostages", 6, 6)],
        ),
    ],
)
def test_hostages_are_captured_people_whatever_the_verb(text, expected):
    assert _summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 90 migrants drowned off the coast.",
            [("casualties", "killed", "At least 90 migrants", 90, None)],
        ),
        ("Villagers found the bodies of 8 shepherds.", [("casualties", "killed", "8 shepherds", 8, 8)]),
        ("Rebels abducted 40 schoolboys.", [("casualties", "captured", "40 schoolboys", 40, 40)]),
        (
            "About 9,000 people are living under siege in the old town.",
            [("affected", "besieged", "About 9,000 people", 9000, 9000)],
        ),
        (
            "Up to 2,000 mercenaries are fighting for the junta.",
            [("force_size", None, "Up to 2,000 mercenaries", None, 2000)],
        ),
    ],
)
def test_more_ways_of_naming_victims_and_forces_are_read(text, expected):
    assert _summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 60 fishermen are feared dead.", [("casualties", "killed", "Some 60 fishermen", 60, 60)]),
        ("The army said it neutralised 14 jihadists.", [("casualties", "killed", "14 jihadists", 14, 14)]),
        (
            "Nine troopers were treated for burns.",
            [("casualties", "wounded", "Nine troopers", 9, 9)],
        ),
        (
            "About 2.1 million Malians have fled their villages.",
            [("displaced", "fled", "About 2.1 million Malians", 2_100_000, 2_100_000)],
        ),
        (
            "The charity brought food to 9,000 people in the valley.",
            [("affected", "reached by aid", "9,000 people", 9000, 9000)],
        ),
        (
            "The drought has left 3 million in need of food aid.",
            [("affected", "in need", "3 million", 3_000_000, 3_000_000)],
        ),
    ],
)
def test_euphemisms_demonyms_and_aid_phrases_are_read(text, expected):
    assert _summary(text) == expected


def test_a_bare_number_after_a_capitalised_name_is_an_identifier_not_a_count():
    assert _summary("A rocket hit Camp 7 wounding 4 guards.") == [("casualties", "wounded", "4 guards", 4, 4)]
    assert _summary("Gate 3 was closed and 12 were wounded.") == [("casualties", "wounded", "12", 12, 12)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 30 soldiers were buried in the cemetery.", []),
        ("Some 70 militants were flown to hospital.", []),
        (
            "About 5,000 fighters are believed to hold the valley.",
            [("force_size", None, "About 5,000 fighters", 5000, 5000)],
        ),
        (
            "Around 800 troops are based at the airfield.",
            [("force_size", "deployed", "Around 800 troops", 800, 800)],
        ),
    ],
)
def test_troops_something_unknown_happened_to_are_not_guessed_to_be_a_force(text, expected):
    assert _summary(text) == expected


def test_armoured_personnel_carriers_are_materiel_not_personnel():
    assert _summary("The brigade destroyed 7 armoured personnel carriers.") == [
        ("materiel", "destroyed", "7 armoured personnel carriers", 7, 7)
    ]


def test_an_acronym_spelling_a_function_word_stays_in_the_noun_phrase():
    assert _summary("Air strikes have killed an estimated 10,000 IS fighters.") == [
        ("casualties", "killed", "an estimated 10,000 IS fighters", 10000, 10000)
    ]


def test_one_number_counting_two_nouns_is_one_fact():
    assert _summary("At least 13 women and children were killed.") == [
        ("casualties", "killed", "At least 13 women and children", 13, None)
    ]


def test_a_parenthetical_including_clause_does_not_hide_the_verb():
    assert _summary("Seven people, including a baby, were killed.") == [
        ("casualties", "killed", "Seven people", 7, 7)
    ]


def test_aircraft_in_an_operation_are_a_force_aircraft_acted_on_are_materiel_and_others_nothing():
    assert _summary("During the raid, 12 allied jets fired 30 missiles.") == [
        ("force_size", None, "12 allied jets", 12, 12),
        ("materiel", "other", "30 missiles", 30, 30),
    ]
    assert _summary("Three drones were shot down.") == [("materiel", "destroyed", "Three drones", 3, 3)]
    assert _summary("Congress approved the sale of 24 jets to the kingdom.") == []


def test_unit_prices_are_not_money_facts():
    assert _summary("Fuel sold at $4 a gallon while donors raised $9 million.") == [
        ("money", None, "$9 million", 9_000_000, 9_000_000)
    ]


@pytest.mark.parametrize(
    ("text", "low", "high", "approximate", "vague"),
    [
        ("Officials counted 70 wounded soldiers.", 70, 70, False, False),
        ("Nearly 70 soldiers were killed.", 70, 70, True, False),
        ("At least 70 soldiers were killed.", 70, None, True, False),
        ("Over 70 soldiers were killed.", 70, None, True, False),
        ("Up to 70 soldiers were killed.", None, 70, True, False),
        ("Fewer than 70 soldiers were killed.", None, 70, True, False),
        ("Between 60 and 70 soldiers were killed.", 60, 70, False, False),
        ("Dozens of soldiers were killed.", None, None, False, True),
        ("Hundreds of thousands of people have been displaced.", None, None, False, True),
        ("A few thousand fighters remain in the hills.", None, None, False, True),
        ("Half a million people have been displaced.", 500_000, 500_000, False, False),
    ],
)
def test_value_forms_follow_the_guidelines(text, low, high, approximate, vague):
    (fact,) = _facts(text)
    assert (fact.low, fact.high, fact.approximate, fact.vague) == (low, high, approximate, vague)


def test_units_name_the_counted_noun_and_normalise_areas_and_money():
    facts = _facts("Militias took 300 square miles and 12 oil tankers, and were promised $2bn.")
    assert [fact.unit for fact in facts] == ["mi2", "tankers", "USD"]


def test_currency_signs_and_words_become_iso_codes():
    text = "Donors gave A$5m, US$3m, €2m, £1m, 9 billion euros and 2 million US dollars."
    assert [fact.unit for fact in _facts(text)] == ["AUD", "USD", "EUR", "GBP", "EUR", "USD"]


def test_dollars_in_an_australian_government_text_are_aud():
    text = "The Australian Government has provided $40 million in aid."
    assert [fact.unit for fact in _facts(text)] == ["AUD"]


@pytest.mark.parametrize(
    "text",
    [
        "Its imports from the bloc fell by $4 billion.",
        "The island's GDP is roughly $20 billion.",
        "Public debt has reached £80 billion.",
    ],
)
def test_the_size_of_a_trade_an_economy_or_a_debt_is_not_money_given(text):
    assert _facts(text) == []


def test_a_budget_near_no_trade_word_stays_money():
    assert _summary("The aid budget will rise to £9 billion.") == [
        ("money", None, "£9 billion", 9_000_000_000, 9_000_000_000)
    ]


def test_an_iso_code_before_an_amount_makes_it_money_in_that_currency():
    (fact,) = _facts("The bloc released EUR 75 million for the camps.")
    assert (fact.kind, fact.text, fact.low, fact.unit) == ("money", "EUR 75 million", 75_000_000, "EUR")


def test_in_a_gapped_list_of_donors_the_name_right_before_an_amount_owns_it():
    text = "Norway pledged $30m and Denmark $12m."
    norway = _actor("c1", "Norway", "country", text)
    denmark = _actor("c2", "Denmark", "country", text)
    facts = _facts(text, actors=[norway, denmark])
    assert [(fact.text, fact.actor) for fact in facts] == [("$30m", "c1"), ("$12m", "c2")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands more have fled the valley.", [("displaced", "fled", "Thousands", None, None)]),
        ("Hundreds more are trapped in the mine town.", [("affected", "trapped", "Hundreds", None, None)]),
    ],
)
def test_a_vague_count_followed_by_more_reads_the_verb_after_it(text, expected):
    assert _summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine civilians were killed in the north and four in the east.",
            [("casualties", "killed", "Nine civilians", 9, 9), ("casualties", "killed", "four", 4, 4)],
        ),
        (
            "About 800 people fled on Friday and 200 on Saturday.",
            [("displaced", "fled", "About 800 people", 800, 800), ("displaced", "fled", "200", 200, 200)],
        ),
        (
            "Officials said 30 people were arrested and 12 released.",
            [("casualties", "captured", "30 people", 30, 30)],
        ),
    ],
)
def test_a_bare_number_after_and_that_only_adds_a_place_or_time_repeats_the_verb(text, expected):
    assert _summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 600 residents had left the town.", [("displaced", "fled", "Some 600 residents", 600, 600)]),
        ("The mortar attack left 6 people dead.", [("casualties", "killed", "6 people", 6, 6)]),
        ("The storm left 900 families homeless.", [("displaced", "other", "900 families", 900, 900)]),
        (
            "Nearly 40,000 people are unable to return to their villages.",
            [("displaced", "idp", "Nearly 40,000 people", 40000, 40000)],
        ),
    ],
)
def test_people_who_left_or_cannot_return_are_displaced_but_people_left_dead_are_killed(text, expected):
    assert _summary(text) == expected


def test_people_who_are_left_somewhere_stayed_rather_than_fled():
    assert _summary("Just 70 villagers are left in the hamlet.") == []
    assert _summary("About 400 families were left homeless.") == [
        ("displaced", "other", "About 400 families", 400, 400)
    ]


def test_aid_trucks_are_delivered_materiel_whatever_the_verb():
    assert _summary("Only 41 aid trucks crossed into the enclave on Sunday.") == [
        ("materiel", "delivered", "41 aid trucks", 41, 41)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants attacked the outpost 12 times overnight.", [("strikes", "attacks", "12 times", 12, 12)]),
        ("The valley was shelled five times more often than the coast.", []),
        ("The envoy visited the town 4 times.", []),
    ],
)
def test_times_count_attacks_only_in_an_attack_and_never_as_a_multiplier(text, expected):
    assert _summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inspectors say nerve agents were used at least once.",
            [("strikes", "attacks", "at least once", 1, None)],
        ),
        ("The depot was shelled once on Sunday.", [("strikes", "attacks", "once", 1, 1)]),
        (
            "Some 9,000 people have been displaced at least once.",
            [("displaced", "other", "Some 9,000 people", 9000, 9000)],
        ),
        ("Talks resume once the shelling stops.", []),
        ("The gunmen attacked at once.", []),
        ("Once attacked, the militia withdrew.", []),
    ],
)
def test_once_counts_an_attack_only_when_it_closes_an_attack_clause(text, expected):
    assert _summary(text) == expected


def test_dollars_without_a_government_named_are_usd():
    assert [fact.unit for fact in _facts("Donors pledged $40 million in aid.")] == ["USD"]


@pytest.mark.parametrize(
    "text",
    [
        "A 14-year-old girl was among those killed in 2019.",
        "The column moved 30 kilometres in nearly five hours.",
        "Inflation rose by 12 per cent and 10 per cent of requests were refused.",
        "Resolution 2254 passed and Task Force 51 joined the 2nd Brigade for the third phase.",
        "The 60-plus nation coalition has more than 40 members.",
        "The city's population of 80,000 has doubled and 350 Syrians work for the firm.",
        "Several rockets hit the base but there were no casualties.",
        "The town was bombed several times and many were killed.",
        "Gunmen destroyed a truck and a bridge.",
        "Recruits are paid about $300 a month.",
        "For example, a single jet dropping one bomb on one truck is one strike, and so is a raid with dozens of bombs.",
    ],
)
def test_non_facts_are_not_reported(text):
    assert _facts(text) == []


def test_years_inside_dates_are_not_counts():
    text = "In 2015 attacks rose."
    date = DateMention(Span(3, 7), "2015", "2015", "year")
    assert _facts(text, dates=[date]) == []


def test_a_repeated_count_is_reported_each_time():
    text = "Raiders killed 5 guards. Police said 5 guards were killed."
    sentences = [Span(0, 24), Span(25, len(text))]
    assert [fact.text for fact in _facts(text, sentences=sentences)] == ["5 guards", "5 guards"]


def test_partitive_counts_keep_their_of_phrase():
    (fact,) = _facts("Saboteurs destroyed three of the five main bridges.")
    assert (fact.text, fact.low) == ("three of the five main bridges", 3)


def test_munitions_and_drones_launched_are_materiel_not_a_force():
    facts = _facts("Overnight the militia launched 40 rockets and 35 drones at the port.")
    assert [(fact.kind, fact.text, fact.low) for fact in facts] == [
        ("materiel", "40 rockets", 40),
        ("materiel", "35 drones", 35),
    ]


def test_a_death_toll_that_rose_to_a_number_is_the_dead():
    (fact,) = _facts("The death toll from Saturday's attack on the market rose to 45.")
    assert (fact.kind, fact.detail, fact.text, fact.low) == ("casualties", "killed", "45", 45)


def test_deliveries_received_are_materiel():
    (fact,) = _facts("The army received 6 fighter jets in March.")
    assert (fact.kind, fact.detail, fact.low) == ("materiel", "delivered", 6)


def test_missiles_intercepted_are_destroyed_materiel():
    (fact,) = _facts("Air defences said 87 missiles were intercepted overnight.")
    assert (fact.kind, fact.detail, fact.low) == ("materiel", "destroyed", 87)


def test_a_part_of_a_possessed_total_spans_the_whole_partitive():
    assert _summary("Nearly 900 of the town's 4,000 families have returned.") == [
        ("displaced", "returned", "Nearly 900 of the town's 4,000 families", 900, 900)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "One in five children in the camp is malnourished.",
        "Officials said 1 in 3 people needs food aid.",
        "Three out of four displaced families live in tents.",
    ],
)
def test_a_ratio_is_a_share_not_a_count(text):
    assert _facts(text) == []


def test_a_count_in_several_events_is_no_ratio():
    assert _summary("Militants killed 9 in 2 raids.")[0] == ("casualties", "killed", "9", 9, 9)


def test_a_counted_noun_modifying_another_noun_is_not_the_counted_noun():
    assert _summary("The envoy toured four refugee camps near the border.") == []


def test_the_group_a_subject_is_one_of_is_the_count():
    assert _summary("The driver was one of 14 pilgrims abducted at the border.") == [
        ("casualties", "captured", "14 pilgrims", 14, 14)
    ]
    assert _summary("One of 8 guards was shot dead.") == [("casualties", "killed", "One of 8 guards", 1, 1)]


def test_people_among_the_dead_are_killed():
    assert _summary("Two nurses and a doctor were among the dead.") == [
        ("casualties", "killed", "Two nurses", 2, 2)
    ]


def test_a_death_toll_that_passed_a_number_is_at_least_the_dead():
    assert _summary("The death toll has risen above 1,400.") == [
        ("casualties", "killed", "above 1,400", 1400, None)
    ]
    assert _summary("The death toll passed 90 on Sunday.") == [("casualties", "killed", "90", 90, 90)]


def test_a_part_of_a_stated_total_counts_the_part():
    (fact,) = _facts("Air defences shot down 21 of 25 drones launched overnight.")
    assert (fact.kind, fact.text, fact.low, fact.high) == ("materiel", "21 of 25 drones", 21, 21)


def _actor(actor_id: str, name: str, kind: str, text: str, *surfaces: str) -> Actor:
    spans = []
    for surface in surfaces or (name,):
        start = text.index(surface)
        spans.append(Span(start, start + len(surface)))
    return Actor(actor_id, name, kind, tuple(spans))  # type: ignore[arg-type]


def test_according_to_an_owner_s_agency_credits_the_agency():
    text = "Fighting has displaced 40,000 people, according to the Union's relief agency."
    owner = _actor("a1", "Union", "organisation", text)
    agency = _actor("a2", "relief agency", "organisation", text)
    (fact,) = _facts(text, actors=[owner, agency])
    assert fact.source == "a2"


def test_materiel_sent_is_delivered_and_the_owner_is_in_the_same_clause():
    text = "Germany is sending 14 tanks; France sent 500 soldiers."
    germany = _actor("a1", "Germany", "state", text)
    france = _actor("a2", "France", "state", text)
    tanks, soldiers = _facts(text, actors=[germany, france])
    assert (tanks.kind, tanks.detail, tanks.low) == ("materiel", "delivered", 14)
    assert (soldiers.kind, soldiers.actor) == ("force_size", "a2")


def test_owner_inside_the_noun_phrase_is_the_fact_actor():
    text = "Officials say between 2,500 and 4,000 Red Hand fighters remain."
    group = _actor("a1", "Red Hand", "armed_group", text)
    (fact,) = _facts(text, actors=[group])
    assert (fact.actor, fact.actor_text) == ("a1", "Red Hand")


def test_victims_group_in_the_of_phrase_is_the_casualty_actor():
    text = "The militia killed 40 members of the Banu Tamar clan."
    clan = _actor("c1", "Banu Tamar clan", "organisation", text)
    (fact,) = _facts(text, actors=[clan])
    assert fact.actor == "c1"


def test_the_side_that_strikes_is_the_strikes_actor():
    text = "Allied air forces conducted 12 strikes near the dam."
    allies = _actor("f1", "Allied air forces", "military", text)
    (fact,) = _facts(text, actors=[allies])
    assert (fact.actor, fact.actor_text) == ("f1", "Allied air forces")


def test_named_speaker_of_an_attribution_clause_is_the_source():
    text = "Gen. Ana Ruiz said Tuesday that about 900 rebel fighters remain in the hills."
    ruiz = _actor("p1", "Ana Ruiz", "person", text)
    tuesday = DateMention(
        Span(text.index("Tuesday"), text.index("Tuesday") + 7), "Tuesday", "2024-05-07", "day"
    )
    (fact,) = _facts(text, actors=[ruiz], dates=[tuesday])
    assert (fact.source, fact.date) == ("p1", "2024-05-07")


def test_the_subject_of_the_counted_event_is_not_the_source_of_a_later_said():
    text = "Gunmen led by Abu Karim attacked a convoy, killing 12 soldiers, the army said on Friday."
    karim = _actor("p1", "Abu Karim", "person", text)
    army = _actor("m1", "the army", "military", text)
    (fact,) = _facts(text, actors=[karim, army])
    assert fact.source == "m1"


def test_a_speaker_between_the_count_and_said_is_the_source():
    text = "At least 12 soldiers were killed, army spokesman Ali Dembe said."
    dembe = _actor("p1", "Ali Dembe", "person", text)
    (fact,) = _facts(text, actors=[dembe])
    assert fact.source == "p1"


def test_a_name_right_after_said_is_the_reported_subject_not_the_speaker():
    text = "Officials said the Border Guard killed 9 civilians."
    guard = _actor("o1", "Border Guard", "organisation", text)
    (fact,) = _facts(text, actors=[guard])
    assert fact.source is None


def test_a_name_right_after_a_closing_said_is_the_speaker():
    text = "Nine civilians were killed, said the Border Guard."
    guard = _actor("o1", "Border Guard", "organisation", text)
    (fact,) = _facts(text, actors=[guard])
    assert fact.source == "o1"


def test_a_body_speaking_of_its_own_forces_owns_their_count():
    text = "The Northern Brigades said in a statement that their fighters had retaken 14 villages."
    brigades = _actor("g1", "Northern Brigades", "armed_group", text)
    (fact,) = _facts(text, actors=[brigades])
    assert (fact.kind, fact.actor, fact.source) == ("territory", "g1", "g1")


def test_a_body_saying_it_did_something_owns_the_count():
    text = "The Northern Brigades said it had retaken 9 villages."
    brigades = _actor("o1", "Northern Brigades", "organisation", text)
    (fact,) = _facts(text, actors=[brigades])
    assert (fact.actor, fact.source) == ("o1", "o1")


def test_a_side_named_before_an_open_relative_clause_does_not_own_its_count():
    text = "Jets of the Eastern Command hit a depot that supplied 300 fighters."
    command = _actor("o1", "Eastern Command", "organisation", text)
    assert [fact.actor for fact in _facts(text, actors=[command])] == [None]
    text = "The Eastern Command, which leads the campaign, will deploy 300 troops."
    command = _actor("o1", "Eastern Command", "organisation", text)
    assert [fact.actor for fact in _facts(text, actors=[command])] == ["o1"]


def test_a_list_after_a_comma_and_shares_the_verb_but_a_new_clause_does_not():
    assert _summary("Strikes destroyed four trucks, two tanks, and three bunkers.") == [
        ("materiel", "destroyed", "four trucks", 4, 4),
        ("materiel", "destroyed", "two tanks", 2, 2),
        ("materiel", "destroyed", "three bunkers", 3, 3),
    ]
    assert _summary("Rebels destroyed a bridge, and the garrison still has 60 tanks.") == []


def test_a_person_speaking_of_its_forces_does_not_own_the_count():
    text = "Col. Ana Ruiz said their fighters had retaken 14 villages."
    ruiz = _actor("p1", "Ana Ruiz", "person", text)
    (fact,) = _facts(text, actors=[ruiz])
    assert (fact.actor, fact.source) == (None, "p1")


def test_a_collective_noun_is_never_the_side_a_count_belongs_to():
    text = "Fighters retook 14 villages near the river."
    crowd = Actor("c1", "fighters", "organisation", (Span(0, 8),), generic=True)
    (fact,) = _facts(text, actors=[crowd])
    assert fact.actor is None


def test_he_said_is_resolved_to_the_last_named_person():
    text = "Colonel Omar Haddad briefed reporters. He said 300 soldiers were deployed."
    haddad = _actor("p1", "Omar Haddad", "person", text)
    sentences = [Span(0, 38), Span(39, len(text))]
    (fact,) = _facts(text, actors=[haddad], sentences=sentences)
    assert fact.source == "p1"


def test_a_speaker_after_the_count_speaks_only_for_its_own_clause():
    text = "About 900 people fled, and the agency said it had raised $3 million."
    agency = _actor("o1", "the agency", "organisation", text)
    facts = _facts(text, actors=[agency])
    assert [(fact.text, fact.source) for fact in facts] == [("About 900 people", None), ("$3 million", "o1")]


def test_a_date_marking_where_a_total_starts_is_not_the_fact_date():
    text = "Since March, rebels have launched 40 attacks."
    march = DateMention(Span(6, 11), "March", "2024-03", "month")
    (fact,) = _facts(text, dates=[march])
    assert fact.date is None


def test_the_counted_noun_is_never_its_own_owner():
    text = "Gunmen killed 12 villagers."
    villagers = _actor("g1", "villagers", "organisation", text)
    (fact,) = _facts(text, actors=[villagers])
    assert fact.actor is None


def test_a_quote_covering_the_fact_gives_its_speaker():
    text = 'The envoy spoke: "We lost 12 vehicles."'
    quote = Quote(Span(text.index('"'), len(text)), "p9")
    (fact,) = _facts(text, quotes=[quote])
    assert fact.source == "p9"


def test_without_actors_quotes_or_dates_links_are_empty():
    (fact,) = _facts("Rebels fired 40 rockets.")
    assert (fact.actor, fact.actor_text, fact.source, fact.date) == (None, None, None, None)


def test_seed_article_force_size_of_fighters_is_found_with_owner_speaker_and_day():
    seed_dir = SHARED / "seed"
    if not seed_dir.is_dir():
        pytest.skip("../shared/seed is not available")
    from briefing.core import analyse

    expected = json.loads((seed_dir / "expected.json").read_text(encoding="utf-8"))
    article = next(seed_dir.glob("*.txt")).read_text(encoding="utf-8")
    analysis = analyse(article)
    for wanted in expected["facts"]:
        (fact,) = [fact for fact in analysis.facts if fact.span.as_list() == wanted["span"]]
        speaker = analysis.actor(fact.source)
        assert (fact.kind, fact.low, fact.high) == (wanted["kind"], wanted["low"], wanted["high"])
        assert fact.actor_text == wanted["actor"]
        assert speaker is not None and speaker.name == wanted["said_by"]
        assert fact.date == wanted["said_on"]


def test_a_huge_sentence_dense_with_facts_dates_and_speakers_is_handled():
    text = "Rebels destroyed 3 trucks and dozens of tanks on Monday, the army said, " * 2000
    army_spans = tuple(Span(start, start + 8) for start in _all(text, "the army"))
    army = Actor("a1", "the army", "military", army_spans)
    dates = [
        DateMention(Span(start, start + 6), "Monday", "2024-01-01", "day") for start in _all(text, "Monday")
    ]
    facts = find_facts(text, [Span(0, len(text))], find_numbers(text, dates), [army], [], dates, [])
    assert len(facts) == 4000
    assert {fact.source for fact in facts} == {"a1"}
    assert [fact.text for fact in facts if fact.date is None] == ["3 trucks"]


def _all(text: str, word: str) -> list[int]:
    starts = []
    start = text.find(word)
    while start >= 0:
        starts.append(start)
        start = text.find(word, start + 1)
    return starts


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"0123456789,.;-$£ ",
                "killed ",
                "fighters ",
                "at least ",
                "dozens of ",
                "strikes ",
                "and ",
                "of the ",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_facts_are_valid_ordered_and_non_overlapping_for_fact_like_input(text):
    _assert_valid(text, _facts(text))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text):
    _assert_valid(text, _facts(text))


def _assert_valid(text, facts):
    previous_end = 0
    for fact in facts:
        assert 0 <= fact.span.start < fact.span.end <= len(text)
        assert fact.span.start >= previous_end
        assert fact.sentence.contains(fact.span)
        assert text[fact.span.start : fact.span.end] == fact.text
        previous_end = fact.span.end
