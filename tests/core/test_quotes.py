"""Quoted and reported speech: an analyst must see who said what, and never a quote put in the wrong mouth."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.core.model import Actor, ActorKind, Span
from briefing.core.quotes import find_quotes
from briefing.core.sentences import split_sentences

SEED_DIR = Path(__file__).resolve().parents[3] / "shared" / "seed"

PEOPLE = {"kassem": ("Omar Kassem", "Kassem"), "reyes": ("Laura Reyes", "Reyes")}


def actors_in(text: str, names: dict[str, tuple[str, ...]], kind: ActorKind = "person") -> list[Actor]:
    """Actors built by hand from every place their names occur, longest form first, like the entities step."""
    actors = []
    for actor_id, forms in names.items():
        spans: list[Span] = []
        for form in forms:
            position = text.find(form)
            while position >= 0:
                span = Span(position, position + len(form))
                if not any(span.overlaps(taken) for taken in spans):
                    spans.append(span)
                position = text.find(form, position + 1)
        actors.append(Actor(actor_id, forms[0], kind, tuple(sorted(spans))))
    return actors


def speech(text: str, actors: list[Actor] | None = None) -> list[tuple[str, str | None, bool]]:
    found = find_quotes(text, split_sentences(text), actors_in(text, PEOPLE) if actors is None else actors)
    return [(text[quote.span.start : quote.span.end], quote.speaker, quote.reported) for quote in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We will take the city,” said Omar Kassem, a spokesman for the army.",
            [("“We will take the city,”", "kassem", False)],
        ),
        ('"The road is open again," Kassem said.', [('"The road is open again,"', "kassem", False)]),
        (
            '"The road is open again," said U.S. Army Col. Omar Kassem, a spokesman.',
            [('"The road is open again,"', "kassem", False)],
        ),
        (
            'Kassem said "the road is open to all traffic now."',
            [('"the road is open to all traffic now."', "kassem", False)],
        ),
        (
            "“Daesh is now encircled” east of the city, said Kassem, using another name for the group.",
            [("“Daesh is now encircled”", "kassem", False)],
        ),
        (
            "‘We will not leave this town,’ said Kassem.",
            [("‘We will not leave this town,’", "kassem", False)],
        ),
        (
            "“The terrorists’ ability to fight is gone,” Kassem said.",
            [("“The terrorists’ ability to fight is gone,”", "kassem", False)],
        ),
        ('"We have no more water," a resident said.', [('"We have no more water,"', None, False)]),
        ("“Plausible,” Kassem said.", [("“Plausible,”", "kassem", False)]),
        (
            "“The convoy was pushed back,” Col. Omar Kassem, a military spokesman, said in a statement.",
            [("“The convoy was pushed back,”", "kassem", False)],
        ),
        (
            'As the minister, Omar Kassem, put it on Thursday: "This is the year the war ends for good."',
            [('"This is the year the war ends for good."', "kassem", False)],
        ),
    ],
)
def test_direct_quote_is_attributed_to_the_named_speaker(
    text: str, expected: list[tuple[str, str | None, bool]]
) -> None:
    assert speech(text) == expected


def test_he_said_quote_goes_to_the_last_named_speaker() -> None:
    text = (
        "Kassem said the town had fallen to government forces.\n\n"
        '"We will hold the bridge," he said. "Nobody will cross it tonight."'
    )
    assert speech(text)[1:] == [
        ('"We will hold the bridge,"', "kassem", False),
        ('"Nobody will cross it tonight."', "kassem", False),
    ]


def test_pronoun_without_a_named_speaker_goes_to_the_nearest_person() -> None:
    text = "Omar Kassem arrived in the city on Monday.\n\n“The roads are safe now,” he said."
    assert speech(text) == [("“The roads are safe now,”", "kassem", False)]


def test_pronoun_prefers_a_person_who_has_since_become_the_subject() -> None:
    text = (
        "Kassem said the town had fallen to government forces.\n\n"
        "Laura Reyes issued a statement on Friday.\n\n"
        "“It is quiet now,” she said."
    )
    assert speech(text)[-1] == ("“It is quiet now,”", "reyes", False)


def test_quote_continued_over_paragraphs_is_one_quote() -> None:
    text = "“The first part of the statement is here.\n\n“And the second part follows it,” said Kassem."
    assert speech(text) == [(text[: text.index(" said")], "kassem", False)]


@pytest.mark.parametrize("introduction", ["Omar Kassem said:", "Omar Kassem said in a statement on Friday:"])
def test_colon_introduced_paragraph_is_the_speaker_statement(introduction: str) -> None:
    text = f"{introduction}\n\nThe attack was an act of terror against civilians.\n\nThe town is quiet."
    assert speech(text) == [("The attack was an act of terror against civilians.", "kassem", False)]


def test_colon_introduced_statement_is_found_after_other_colons_in_its_introduction() -> None:
    text = "At 10:30 on Friday, Omar Kassem said:\n\nThe attack was an act of terror.\n\nThe town is quiet."
    assert speech(text) == [("The attack was an act of terror.", "kassem", False)]


def test_statement_holding_a_quote_gives_way_to_the_quote() -> None:
    text = 'Omar Kassem said:\n\nThe man said "the road to the north is closed" and left.\n'
    assert [quoted for quoted, _, _ in speech(text)] == ['"the road to the north is closed"']


def test_partial_quote_inside_reported_speech_keeps_the_quote() -> None:
    text = 'Kassem said the army would "fight to the last street in the city."'
    assert speech(text) == [('"fight to the last street in the city."', "kassem", False)]


@pytest.mark.parametrize(
    "text",
    [
        "The army called it the “last phase” of the war against the group.",
        'The claims were "plausible" but unproven.',
        "The group declared a ‘caliphate’ in 2014 across two countries.",
        "Iraq’s army and the fighters’ commanders met in the forces' camp.",
        '"Operation Desert Wind Phase Two" began in the spring of that year.',
        "The report, titled “A Year of Fire in the Desert,” was released on Monday.",
    ],
)
def test_scare_quotes_and_apostrophes_are_not_speech(text: str) -> None:
    assert [item for item in speech(text) if not item[2]] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kassem said the army would reach the border within days.",
            [("the army would reach the border within days", "kassem", True)],
        ),
        (
            "Omar Kassem, a spokesman for the army, said on Friday that the border was sealed.",
            [("the border was sealed", "kassem", True)],
        ),
        (
            "Kassem said in a news briefing Tuesday that about 500 fighters remained.",
            [("about 500 fighters remained", "kassem", True)],
        ),
        (
            "Kassem told reporters on Friday that the border was sealed.",
            [("the border was sealed", "kassem", True)],
        ),
        (
            "Kassem says 5,000 people have fled the town since May.",
            [("5,000 people have fled the town since May", "kassem", True)],
        ),
        (
            "Kassem announced that a truce would begin on Friday.",
            [("a truce would begin on Friday", "kassem", True)],
        ),
        (
            "The border was sealed overnight by the army, Kassem said.",
            [("The border was sealed overnight by the army", "kassem", True)],
        ),
        (
            "Kassem spoke first.\n\nThe roads are open in the north, he said, but the south is closed.",
            [("The roads are open in the north", "kassem", True)],
        ),
        (
            "Also in the past day, Kassem said, the army cleared five villages.",
            [("the army cleared five villages", "kassem", True)],
        ),
        (
            "Fighters retreated from the town, Kassem said on Thursday, two days after the assault began.",
            [("Fighters retreated from the town", "kassem", True)],
        ),
        (
            "Commanders reported that 120 fighters surrendered, Kassem said, adding that more would follow.",
            [
                ("Commanders reported that 120 fighters surrendered", "kassem", True),
                ("more would follow", "kassem", True),
            ],
        ),
        (
            "More than 500 people fled, the army spokesman, Omar Kassem, said, many of them to the north.",
            [("More than 500 people fled", "kassem", True)],
        ),
        (
            "BEIRUT, May 2 (Wire) - Fighters took the town overnight, Kassem said.",
            [("Fighters took the town overnight", "kassem", True)],
        ),
        (
            "Fighters took the town overnight, Kassem said in a televised statement.",
            [("Fighters took the town overnight", "kassem", True)],
        ),
        (
            "Fighters took the town overnight, said Omar Kassem, a spokesman for the army.",
            [("Fighters took the town overnight", "kassem", True)],
        ),
        (
            "Fighters took the town overnight, said officials familiar with the operation.",
            [("Fighters took the town overnight", None, True)],
        ),
        (
            "Omar Kassem, the commander of the army, told reporters that the border was sealed.",
            [("the border was sealed", "kassem", True)],
        ),
        (
            "Omar Kassem, speaking on condition of anonymity, said Damascus was not involved.",
            [("Damascus was not involved", "kassem", True)],
        ),
        (
            "The head of the Northern Army, Omar Kassem, warned on Thursday that the border was sealed.",
            [("the border was sealed", "kassem", True)],
        ),
        (
            "Troops retook the town on Sunday, military officials said, after fighting that left 20 dead.",
            [("Troops retook the town on Sunday", None, True)],
        ),
        (
            "Missiles hit three cities overnight, killing 39 civilians, Ukrainian officials said Friday.",
            [("Missiles hit three cities overnight, killing 39 civilians", None, True)],
        ),
        (
            "Kassem said the talks had failed, while the council said it was still hopeful.",
            [("the talks had failed", "kassem", True)],
        ),
        (
            "Kassem visited the front on Monday and said the army would hold the line.",
            [("the army would hold the line", "kassem", True)],
        ),
        (
            "The council, which holds the capital, said the strikes hit a market.",
            [("the strikes hit a market", None, True)],
        ),
        (
            "The envoy met Omar Kassem, who said the border was sealed.",
            [("the border was sealed", "kassem", True)],
        ),
        (
            "Gunmen opened fire on a bus near the market, police said.",
            [("Gunmen opened fire on a bus near the market", None, True)],
        ),
    ],
)
def test_reported_speech_is_the_reported_clause(
    text: str, expected: list[tuple[str, str | None, bool]]
) -> None:
    assert speech(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The town is said to be empty of fighters now.",
        "Kassem announced a truce on Friday in the north.",
        "Kassem did not say whether the army would stay.",
        "The officer who said the bridge was safe has left.",
        "Kassem said nothing about the attack on the convoy.",
        "The United States sent more troops to the region.",
        "The said equipment was destroyed by the army last year.",
        "The town fell quickly, said to be the key to the whole valley.",
    ],
)
def test_no_reported_speech_without_a_speaking_subject_and_clause(text: str) -> None:
    assert speech(text) == []


def test_organisation_inside_a_description_is_not_the_speaker() -> None:
    text = '"We will not stop," Omar Kassem, commander of the Northern Army said.'
    actors = actors_in(text, PEOPLE) + actors_in(text, {"army": ("Northern Army",)}, kind="military")
    assert speech(text, actors) == [('"We will not stop,"', "kassem", False)]


def test_organisation_can_be_the_speaker() -> None:
    text = "The ministry said the border was sealed for the night."
    actors = actors_in(text, {"ministry": ("The ministry",)}, kind="organisation")
    assert speech(text, actors) == [("the border was sealed for the night", "ministry", True)]


def test_unknown_speaker_name_gives_no_speaker() -> None:
    assert speech('"The city is ours," said Ahmed Saleh.') == [('"The city is ours,"', None, False)]


def test_possessive_name_is_not_the_speaker() -> None:
    text = "Kassem’s deputy said the convoy had been attacked twice."
    assert speech(text) == [("the convoy had been attacked twice", None, True)]


@st.composite
def text_and_actors(draw: st.DrawFn) -> tuple[str, list[Actor]]:
    pieces = st.sampled_from([*"ab Kz.,\n\"“”‘’'?:", "said ", "he ", "that ", "Kassem ", "Kassem said:\n\n"])
    text = "".join(draw(st.lists(pieces, max_size=80)))
    actors = []
    for index in range(draw(st.integers(0, 3))):
        spans = []
        for _ in range(draw(st.integers(0, 3))):
            start = draw(st.integers(0, max(0, len(text) - 1)))
            end = draw(st.integers(start, len(text)))
            if end > start:
                spans.append(Span(start, end))
        kind = draw(st.sampled_from(["person", "organisation"]))
        actors.append(Actor(f"a{index}", "name", kind, tuple(sorted(spans))))
    return text, actors


@given(text_and_actors())
def test_quotes_are_valid_ordered_non_overlapping_and_name_known_actors(
    case: tuple[str, list[Actor]],
) -> None:
    text, actors = case
    quotes = find_quotes(text, split_sentences(text), actors)
    ids = {actor.id for actor in actors}
    for quote in quotes:
        assert 0 <= quote.span.start < quote.span.end <= len(text)
        assert quote.speaker is None or quote.speaker in ids
    assert all(a.span.end <= b.span.start for a, b in itertools.pairwise(quotes))


@given(st.text())
def test_any_text_gives_valid_quotes(text: str) -> None:
    quotes = find_quotes(text, split_sentences(text), [])
    assert all(0 <= quote.span.start < quote.span.end <= len(text) for quote in quotes)
    assert all(a.span.end <= b.span.start for a, b in itertools.pairwise(quotes))


SEED_PEOPLE = {
    "mayhoub": ("Ali Mayhoub", "Mayhoub"),
    "dillon": ("Ryan Dillon", "Dillon"),
    "rasool": ("Yehya Rasool", "Rasool"),
    "abadi": ("Haider al-Abadi", "Abadi"),
    "jarrard": ("James B. Jarrard", "Jarrard"),
    "townsend": ("Stephen J. Townsend", "Townsend"),
    "assad": ("Bashar al-Assad",),
    "baghdadi": ("Abu Bakr al-Baghdadi",),
}
SEED_PEOPLE_BY_NAME = {forms[0]: actor_id for actor_id, forms in SEED_PEOPLE.items()}


@pytest.fixture
def seed_speech() -> list[tuple[str, str | None, bool]]:
    article = SEED_DIR / "000_932e1e48f0a2b358.txt"
    if not article.exists():
        pytest.skip("the shared seed article is not beside the project")
    text = article.read_text(encoding="utf-8")
    return speech(text, actors_in(text, SEED_PEOPLE))


def test_seed_direct_quotes_have_their_speakers(seed_speech: list[tuple[str, str | None, bool]]) -> None:
    expected = json.loads((SEED_DIR / "expected.json").read_text(encoding="utf-8"))["quotes"]
    direct = [(quoted, speaker) for quoted, speaker, reported in seed_speech if not reported]
    assert len(direct) == len(expected)
    for (quoted, speaker), gold in zip(direct, expected, strict=True):
        assert quoted.startswith(gold["starts"])
        assert speaker == SEED_PEOPLE_BY_NAME[gold["speaker"]]


def test_seed_reported_speech_of_named_officials(seed_speech: list[tuple[str, str | None, bool]]) -> None:
    reporters = {speaker for _, speaker, reported in seed_speech if reported}
    assert {"rasool", "abadi", "jarrard", "townsend"} <= reporters
    assert "mayhoub" not in reporters


def test_seed_scare_quotes_are_not_speech(seed_speech: list[tuple[str, str | None, bool]]) -> None:
    quoted = [text for text, _, reported in seed_speech if not reported]
    assert not any(
        text.strip('“”"').startswith(("last phase", "caliphate", "plausible", "record time"))
        for text in quoted
    )


def test_a_name_and_a_past_tense_verb_after_said_are_what_was_said_not_its_speaker() -> None:
    text = "Gen. Dana Whitcombe, commander of the task force, said ISIS remained a threat."
    actors = actors_in(text, {"whitcombe": ("Dana Whitcombe",)}) + actors_in(
        text, {"isis": ("ISIS",)}, kind="armed_group"
    )
    assert speech(text, actors) == [("ISIS remained a threat", "whitcombe", True)]


def test_listener_after_told_is_not_the_speaker() -> None:
    text = '"The pass is closed," Omar Kassem, who leads the brigade, told the Defence Committee.'
    actors = actors_in(text, PEOPLE) + actors_in(
        text, {"committee": ("Defence Committee",)}, kind="organisation"
    )
    assert speech(text, actors) == [('"The pass is closed,"', "kassem", False)]


def test_listener_after_told_is_not_the_speaker_even_with_no_other_name() -> None:
    text = '"The pass is closed," the colonel told the Defence Committee.'
    actors = actors_in(text, {"committee": ("Defence Committee",)}, kind="organisation")
    assert speech(text, actors) == [('"The pass is closed,"', None, False)]


@pytest.mark.parametrize(
    "text",
    [
        '"The pass is closed," said Northern Army spokesman Omar Kassem.',
        "The pass was closed overnight, said Northern Army spokesman Omar Kassem.",
    ],
)
def test_person_named_after_an_organisation_speaks_for_it(text: str) -> None:
    actors = actors_in(text, PEOPLE) + actors_in(text, {"army": ("Northern Army",)}, kind="military")
    assert [speaker for _, speaker, _ in speech(text, actors)] == ["kassem"]


def test_person_a_spokesman_speaks_for_is_not_the_speaker() -> None:
    assert speech('"The pass is closed," said a spokesman for President Omar Kassem.') == [
        ('"The pass is closed,"', None, False)
    ]


def test_speaker_after_the_verb_stops_where_how_it_spoke_begins() -> None:
    text = '"The pass is closed," said the Northern Army in a statement responding to Omar Kassem.'
    actors = actors_in(text, PEOPLE) + actors_in(text, {"army": ("Northern Army",)}, kind="military")
    assert speech(text, actors) == [('"The pass is closed,"', "army", False)]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "The minister, who said last week that the army was ready, resigned on Monday.",
            "the army was ready",
        ),
        (
            "Omar Kassem, who said the town had fallen to the army, was dismissed on Friday.",
            "the town had fallen to the army",
        ),
    ],
)
def test_speech_reported_in_a_relative_clause_ends_at_its_comma(text: str, clause: str) -> None:
    assert [found for found, _, _ in speech(text)] == [clause]


@pytest.mark.parametrize(
    "text",
    [
        "Her brother, Salim, said the men burned their house.",
        "The checkpoint fell before dawn, said the fighters killed 12 of the guards.",
    ],
)
def test_clause_with_a_verb_and_its_object_after_said_is_not_an_inverted_speaker(text: str) -> None:
    assert all(not found.startswith(("Her brother", "The checkpoint")) for found, _, _ in speech(text))


def test_retired_general_after_said_is_still_the_speaker() -> None:
    assert speech("The village was shelled again overnight, said the retired general.") == [
        ("The village was shelled again overnight", None, True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"The road is open," said Omar Kassem. "We will keep it open," said Salim. "Nobody will close it," he said.',
        'Omar Kassem said the town had fallen. Salim said the army was late. "We will rebuild," he said.',
    ],
)
def test_pronoun_after_a_speaker_with_an_unknown_name_names_no_one(text: str) -> None:
    assert speech(text)[-1][1] is None


@pytest.mark.parametrize(
    "text",
    [
        'Omar Kassem said the town had fallen. Police said five people were held. "We expect more," he said.',
        'Omar Kassem said the town had fallen. Residents said the shelling stopped. "We will rebuild," he said.',
        '"The road is open," said Salim. Gen. Omar Kassem reached the town on Friday. "It stays open," he said.',
    ],
)
def test_pronoun_still_finds_the_person_past_a_body_of_speakers_or_a_new_subject(text: str) -> None:
    assert speech(text)[-1][1] == "kassem"


TRANSCRIPT = (
    "STAFF: Good afternoon. The colonel will take your questions.\n\n"
    "COL. KASSEM: Thanks. We struck the depot twice this week.\n\n"
    "Both strikes hit their targets.\n\n"
    "Q: How many fighters were killed?\n\n"
    "COL. KASSEM: About twenty.\n\n"
    "Media enquiries: press office\n"
)


def transcript_speech() -> list[tuple[str, str | None, bool]]:
    actors = actors_in(TRANSCRIPT, {"kassem": ("Omar Kassem", "COL. KASSEM")})
    return speech(TRANSCRIPT, actors)


def test_transcript_turn_is_said_by_the_labelled_person_up_to_the_next_label() -> None:
    assert transcript_speech()[:2] == [
        ("Thanks. We struck the depot twice this week.", "kassem", False),
        ("Both strikes hit their targets.", "kassem", False),
    ]


def test_last_transcript_turn_is_its_own_paragraph_and_unnamed_labels_give_no_turn() -> None:
    assert [found for found, _, _ in transcript_speech()] == [
        "Thanks. We struck the depot twice this week.",
        "Both strikes hit their targets.",
        "About twenty.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "KASSEM: The depot was struck twice this week.",
        "Kassem: the depot was struck twice this week.\n\nKassem: the bridge is open.",
    ],
)
def test_a_single_label_or_one_not_in_capitals_is_no_transcript(text: str) -> None:
    actors = actors_in(text, {"kassem": ("KASSEM", "Kassem")})
    assert speech(text, actors) == []


def test_sentence_reporting_someone_else_is_left_out_of_a_transcript_turn() -> None:
    text = (
        "COL. KASSEM: We struck the depot. The ministry announced that ten men were held. The bridge is open.\n\n"
        "Q: Thank you.\n"
    )
    actors = actors_in(text, {"kassem": ("COL. KASSEM",)}) + actors_in(
        text, {"ministry": ("The ministry",)}, kind="organisation"
    )
    assert speech(text, actors) == [
        ("We struck the depot.", "kassem", False),
        ("ten men were held", "ministry", True),
        ("The bridge is open.", "kassem", False),
    ]


def test_short_sentence_quoted_whole_after_a_quote_goes_on_with_its_speaker() -> None:
    text = '"The market was full when it hit," said Omar Kassem. "It was terrible."'
    assert [speaker for _, speaker, _ in speech(text)] == ["kassem", "kassem"]


@pytest.mark.parametrize(
    "text",
    [
        '"The market was full when it hit," said Omar Kassem. The army calls it "Operation Dawn."',
        '"The market was full when it hit," said Omar Kassem. Laura Reyes disagreed. "Not true."',
    ],
)
def test_short_quote_after_a_quote_is_not_speech_inside_a_sentence_or_after_another_person(text: str) -> None:
    assert len(speech(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        '"The town is ours," said the commander, Omar Kassem, after the parade.',
        "Ten fighters were killed in the raid, said the brigade's commander, Col. Omar Kassem.",
    ],
)
def test_person_between_commas_after_a_role_is_the_speaker(text: str) -> None:
    assert [speaker for _, speaker, _ in speech(text)] == ["kassem"]


@pytest.mark.parametrize(
    "text",
    [
        '"The town is ours," said the commander, Omar Kassem’s deputy.',
        '"The town is ours," said the statement, which Omar Kassem signed.',
    ],
)
def test_person_after_a_role_but_not_named_whole_is_not_the_speaker(text: str) -> None:
    assert [speaker for _, speaker, _ in speech(text)] == [None]


STATEMENT = (
    "The minister, Omar Kassem, said:\n\n"
    "The attack on the convoy was a grave breach of the law.\n\n"
    "We will work with our partners to find those responsible for it.\n\n"
    "Further information\n\n"
    "The ministry publishes its statements every week on its website.\n"
)


def test_statement_after_a_colon_goes_on_over_its_paragraphs_until_a_heading() -> None:
    assert [found for found, _, _ in speech(STATEMENT)] == [
        "The attack on the convoy was a grave breach of the law.",
        "We will work with our partners to find those responsible for it.",
    ]
    assert {speaker for _, speaker, _ in speech(STATEMENT)} == {"kassem"}


@pytest.mark.parametrize(
    "next_paragraph",
    [
        "Kassem later travelled to the border to meet the troops there.",
        "Laura Reyes said the convoy had been carrying food and medicine.",
        '"We will not forget," the families of the drivers told reporters later.',
    ],
)
def test_statement_stops_at_narration_of_the_speaker_or_other_speech(next_paragraph: str) -> None:
    text = f"The minister, Omar Kassem, said:\n\nThe attack on the convoy was a grave breach of the law.\n\n{next_paragraph}"
    assert speech(text)[0] == ("The attack on the convoy was a grave breach of the law.", "kassem", False)
    assert all(found != next_paragraph for found, _, _ in speech(text))


@pytest.mark.parametrize("adverb", ["long", "often", "consistently", "already"])
def test_adverb_between_speaker_and_verb_keeps_the_speaker(adverb: str) -> None:
    text = f"Omar Kassem has {adverb} said that the army cannot win the war alone."
    assert speech(text) == [("the army cannot win the war alone", "kassem", True)]


UN = {"un": ("United Nations", "UN")}


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "According to the UN refugee agency, more than 12,000 people have fled the fighting.",
            "more than 12,000 people have fled the fighting",
        ),
        (
            "More than 12,000 people have fled the fighting, according to the United Nations.",
            "More than 12,000 people have fled the fighting",
        ),
        (
            "According to the UN, the world body's relief arm, 12,000 people have fled the fighting.",
            "12,000 people have fled the fighting",
        ),
        (
            "According to the UN, which has staff in the area, 12,000 people have fled the fighting.",
            "12,000 people have fled the fighting",
        ),
    ],
)
def test_according_to_a_named_actor_reports_the_rest_of_the_sentence(text: str, clause: str) -> None:
    actors = actors_in(text, UN, kind="organisation")
    assert speech(text, actors) == [(clause, "un", True)]


@pytest.mark.parametrize(
    "text",
    [
        "According to a statement from the UN, ten aid workers were killed.",
        "Ten aid workers were killed, according to reports.",
        "The operation in the valley went according to plan.",
        "Ten aid workers were killed, according to the UN’s latest report.",
    ],
)
def test_according_to_without_an_actor_named_whole_reports_nothing(text: str) -> None:
    assert speech(text, actors_in(text, UN, kind="organisation")) == []


def test_reported_clause_stops_before_the_source_it_cites() -> None:
    text = "Omar Kassem said five people died in the blast, according to the UN."
    actors = actors_in(text, PEOPLE) + actors_in(text, UN, kind="organisation")
    assert speech(text, actors) == [("five people died in the blast", "kassem", True)]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Omar Kassem said on social media that the army had retaken the airport.",
            "the army had retaken the airport",
        ),
        ("Omar Kassem said on Friday the army had retaken the airport.", "the army had retaken the airport"),
        ("Omar Kassem warned on Tuesday that the army would not retreat.", "the army would not retreat"),
    ],
)
def test_where_something_was_said_is_not_part_of_the_clause(text: str, clause: str) -> None:
    assert speech(text) == [(clause, "kassem", True)]


ARMY = {"army": ("Northern Army",)}


def army_speech(text: str) -> list[tuple[str, str | None, bool]]:
    return speech(text, actors_in(text, PEOPLE) + actors_in(text, ARMY, kind="military"))


@pytest.mark.parametrize(
    "text",
    [
        'The Northern Army said 17 soldiers were killed in the ambush. "Twenty attackers were killed," it said.',
        "The Northern Army said it struck 12 targets. It said the strikes destroyed four bunkers.",
    ],
)
def test_it_said_is_the_body_that_spoke_just_before(text: str) -> None:
    assert [speaker for _, speaker, _ in army_speech(text)] == ["army", "army"]


@pytest.mark.parametrize(
    "text",
    [
        'Omar Kassem said the army had retaken the airport. "The operation is over," it said.',
        "It said the attack on the convoy killed 12 people.",
        "The Northern Army said 17 soldiers were killed. The attack was the worst this year. Villagers fled. "
        "Hundreds of families left. It said more troops would be sent.",
    ],
)
def test_it_said_after_a_person_no_speaker_or_a_distant_body_names_no_one(text: str) -> None:
    assert army_speech(text)[-1][1] is None


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Omar Kassem told AFP the group had no part in the attack.", "the group had no part in the attack"),
        (
            "Omar Kassem told reporters it was too early to count the dead.",
            "it was too early to count the dead",
        ),
        (
            "Omar Kassem told Reuters the day after the attack that the army would respond.",
            "the army would respond",
        ),
    ],
)
def test_clause_after_told_and_a_one_word_listener_is_reported(text: str, clause: str) -> None:
    assert speech(text) == [(clause, "kassem", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Omar Kassem told Reuters news agency the army would respond.",
        "Omar Kassem told the BBC the army would respond within days.",
        "Omar Kassem told Salim the story of the long siege.",
    ],
)
def test_longer_listener_or_no_verb_after_told_gives_no_clause(text: str) -> None:
    assert speech(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omar Kassem said the town had fallen, adding that 40 fighters had surrendered.",
            [("the town had fallen", "kassem", True), ("40 fighters had surrendered", "kassem", True)],
        ),
        (
            '"We will hold the city," Omar Kassem said, noting that reinforcements had arrived.',
            [('"We will hold the city,"', "kassem", False), ("reinforcements had arrived", "kassem", True)],
        ),
    ],
)
def test_clause_after_adding_that_is_a_further_report_by_the_same_speaker(
    text: str, expected: list[tuple[str, str | None, bool]]
) -> None:
    assert speech(text) == expected


def test_participle_clause_holding_a_quote_gives_way_to_the_quote() -> None:
    text = (
        'Omar Kassem said the town had fallen, adding that the army "will never again let them return to it."'
    )
    assert speech(text) == [('"will never again let them return to it."', "kassem", False)]


@pytest.mark.parametrize(
    "introduction",
    [
        "Gen. Omar Kassem released the following statement today:\n\n",
        "The commander, Omar Kassem, issued this statement on the advance:\n\n",
    ],
)
def test_quote_after_a_statement_given_out_is_its_author_s(introduction: str) -> None:
    text = introduction + '"We mourn the soldiers who fell in the north this week."'
    assert speech(text) == [('"We mourn the soldiers who fell in the north this week."', "kassem", False)]


def test_a_statement_merely_mentioned_introduces_nothing() -> None:
    text = 'Omar Kassem released the prisoners today.\n\n"We mourn the soldiers who fell in the north this week."'
    assert [speaker for _, speaker, _ in speech(text)] == [None]
