"""A note finds its passage again after the article is edited, or is kept as orphaned."""

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.notes.anchoring import quote_selector, reanchor
from briefing.notes.annotation import Annotation

ARTICLE = (
    "Kurdish-led fighters pushed into the last districts of the town on Tuesday. "
    "A spokesman said between 2,000 and 4,000 militants remained scattered across the desert. "
    "Aid workers said about 3,500 residents were still trapped without water. "
    "The offensive is expected to end within days."
)
PASSAGE = "between 2,000 and 4,000 militants remained scattered"


def note_on(text: str, passage: str, occurrence: int = 0) -> Annotation:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(passage, start + 1)
    exact, prefix, suffix = quote_selector(text, start, start + len(passage))
    return Annotation(
        id="n1",
        body="check the range",
        tags=(),
        target_kind="selection",
        exact=exact,
        prefix=prefix,
        suffix=suffix,
        start=start,
        end=start + len(passage),
        created="2026-01-01T00:00:00Z",
        updated="2026-01-01T00:00:00Z",
    )


def test_unchanged_text_keeps_the_note_in_place():
    note = note_on(ARTICLE, PASSAGE)
    assert reanchor(note, ARTICLE) == note


def test_text_inserted_before_the_passage_shifts_the_note():
    edited = "UPDATED with new details. " + ARTICLE
    moved = reanchor(note_on(ARTICLE, PASSAGE), edited)
    assert not moved.orphaned
    assert edited[moved.start : moved.end] == PASSAGE


def test_text_changed_after_the_passage_leaves_the_note_in_place():
    edited = ARTICLE.replace("within days", "by the end of the month")
    note = note_on(ARTICLE, PASSAGE)
    moved = reanchor(note, edited)
    assert (moved.start, moved.end, moved.orphaned) == (note.start, note.end, False)


def test_a_figure_corrected_inside_the_passage_is_found_by_its_context():
    edited = ARTICLE.replace("between 2,000 and 4,000", "between 2,500 and 4,000")
    moved = reanchor(note_on(ARTICLE, PASSAGE), edited)
    assert not moved.orphaned
    assert edited[moved.start : moved.end] == "between 2,500 and 4,000 militants remained scattered"
    assert moved.exact == edited[moved.start : moved.end]


def test_a_passage_edited_together_with_its_context_is_found_approximately():
    edited = ARTICLE.replace(
        "A spokesman said between 2,000 and 4,000 militants remained scattered across the desert.",
        "Officials now say that between 2,000 and 4,000 militants remain scattered in the open desert.",
    )
    moved = reanchor(note_on(ARTICLE, PASSAGE), edited)
    assert not moved.orphaned
    assert edited[moved.start : moved.end].startswith("between 2,000 and 4,000 militants remain")


def test_a_passage_moved_to_another_paragraph_is_found_there():
    sentence = "Aid workers said about 3,500 residents were still trapped without water. "
    edited = sentence + ARTICLE.replace(sentence, "")
    passage = "about 3,500 residents were still trapped"
    moved = reanchor(note_on(ARTICLE, passage), edited)
    assert edited[moved.start : moved.end] == passage
    assert moved.start < 40


def test_a_repeated_quote_finds_the_occurrence_with_the_same_context():
    text = "Officials said ISIS was retreating. Later, witnesses said ISIS fighters had mined the roads."
    note = note_on(text, "ISIS", occurrence=1)
    edited = "Breaking: " + text
    moved = reanchor(note, edited)
    assert moved.start == edited.index("ISIS fighters")


def test_line_breaks_reflowed_inside_the_passage_still_find_it():
    edited = ARTICLE.replace("4,000 militants remained", "4,000\nmilitants\nremained")
    moved = reanchor(note_on(ARTICLE, PASSAGE), edited)
    assert not moved.orphaned
    assert " ".join(edited[moved.start : moved.end].split()) == PASSAGE


def test_a_deleted_passage_makes_the_note_orphaned_with_its_quote_kept():
    edited = ARTICLE.replace(
        "A spokesman said between 2,000 and 4,000 militants remained scattered across the desert. ", ""
    )
    note = note_on(ARTICLE, PASSAGE)
    orphan = reanchor(note, edited)
    assert orphan.orphaned
    assert (orphan.exact, orphan.body) == (note.exact, note.body)


def test_a_deleted_short_mention_is_not_matched_to_another_word():
    text = "The group, known as ISIS, lost ground. Iraqi forces advanced north."
    edited = "The group lost ground. Iraqi forces advanced north."
    assert reanchor(note_on(text, "ISIS"), edited).orphaned


def test_an_orphaned_note_finds_its_place_again_when_the_passage_returns():
    note = note_on(ARTICLE, PASSAGE)
    orphan = reanchor(note, "A completely different article about the weather.")
    assert orphan.orphaned
    assert reanchor(orphan, ARTICLE) == note


@settings(max_examples=150, deadline=None)
@given(
    start=st.integers(0, len(ARTICLE) - 1),
    length=st.integers(1, 80),
    edit_at=st.integers(0, len(ARTICLE)),
    deleted=st.integers(0, 60),
    inserted=st.text(max_size=40),
)
def test_reanchoring_after_any_edit_gives_a_valid_span_or_an_orphan(
    start, length, edit_at, deleted, inserted
):
    end = min(len(ARTICLE), start + length)
    edited = ARTICLE[:edit_at] + inserted + ARTICLE[edit_at + deleted :]
    moved = reanchor(note_on(ARTICLE, ARTICLE[start:end]), edited)
    assert moved.orphaned or 0 <= moved.start < moved.end <= len(edited)
    assert moved.orphaned or moved.exact == edited[moved.start : moved.end]
