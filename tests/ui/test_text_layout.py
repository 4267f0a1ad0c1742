"""The pure parts of the reader: wrapping with offsets, span lookups, safe display text, hint labels."""

from __future__ import annotations

import dataclasses

from briefing.core.model import Actor, DateMention, Span
from briefing.ui.display_text import displayable
from briefing.ui.link_hints import hint_labels, narrow_hints
from briefing.ui.note_dialog import parse_tags
from briefing.ui.reading import ArticleIndex
from briefing.ui.span_layer import SpanLayer
from briefing.ui.text_search import TextSearch, find_matches
from briefing.ui.wrapping import wrap_text
from tests.ui.fixture_article import TEXT, build_analysis


def lines_of(text: str, width: int) -> list[str]:
    wrapped = wrap_text(text, width)
    return [text[start:end] for start, end in zip(wrapped.starts, wrapped.ends, strict=True)]


def test_wrapping_breaks_at_spaces_within_the_width() -> None:
    assert lines_of("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"]


def test_wrapping_keeps_blank_lines_between_paragraphs() -> None:
    assert lines_of("one\n\ntwo", 10) == ["one", "", "two"]


def test_wrapping_cuts_a_word_longer_than_the_width() -> None:
    assert lines_of("abcdefghijkl", 5) == ["abcde", "fghij", "kl"]


def test_wrapping_measures_wide_characters_as_two_cells() -> None:
    assert lines_of("日本語の記事です", 6) == ["日本語", "の記事", "です"]


def test_every_offset_maps_to_the_line_that_shows_it() -> None:
    wrapped = wrap_text(TEXT, 30)
    for line, (start, end) in enumerate(zip(wrapped.starts, wrapped.ends, strict=True)):
        for offset in range(start, end):
            assert wrapped.line_of(offset) == line


def test_span_layer_finds_spans_meeting_a_range_and_drops_overlaps() -> None:
    layer = SpanLayer([(10, 15, "b"), (0, 5, "a"), (3, 8, "overlaps a"), (20, 25, "c")])
    assert layer.payloads == ["a", "b", "c"]
    assert [payload for _, _, payload in layer.overlapping(4, 12)] == ["a", "b"]
    assert layer.at(12) == (10, 15, "b")
    assert layer.at(17) is None


def test_span_layer_steps_wrap_around_the_ends() -> None:
    layer = SpanLayer([(0, 1, None), (5, 6, None)])
    assert layer.index_after(5) == 0
    assert layer.index_before(0) == 1


def test_actors_are_ranked_by_mentions_then_first_appearance() -> None:
    index = ArticleIndex(build_analysis())
    assert [actor.id for actor in index.actors_by_importance] == [
        "northern-front",
        "anna-petrova",
        "government",
        "oleg-brandt",
    ]


def test_step_mention_counts_position_and_wraps() -> None:
    index = ArticleIndex(build_analysis())
    first = index.first_mention("anna-petrova")
    assert first is not None and (first.number, first.total) == (1, 3)
    last = index.step_mention("anna-petrova", first.span.start, backwards=True)
    assert last is not None and last.number == 3


def test_actor_at_finds_the_actor_under_an_offset() -> None:
    index = ArticleIndex(build_analysis())
    offset = TEXT.index("Oleg Brandt") + 3
    actor = index.actor_at(offset)
    assert actor is not None and actor.id == "oleg-brandt"


def test_sentence_falls_back_to_the_paragraph_without_sentence_spans() -> None:
    analysis = build_analysis()
    from dataclasses import replace

    index = ArticleIndex(replace(analysis, sentences=()))
    paragraph = index.sentence_of(TEXT.index("Brandt said 12"))
    assert TEXT[paragraph.start : paragraph.end].startswith("Brandt said 12,000")


def test_timeline_lists_story_dates_in_calendar_order_leaving_out_the_caption() -> None:
    analysis = build_analysis()
    index = ArticleIndex(analysis)
    caption_date = next(date for date in analysis.dates if date.value == "2024-03-03")
    assert any(part.contains(caption_date.span) for part in analysis.non_body)
    assert [date.value for date in index.timeline()] == ["2024-03-01", "2024-03-05"]


def test_timeline_puts_a_week_and_a_month_before_the_days_they_contain() -> None:
    analysis = build_analysis()
    extra = (
        DateMention(Span(0, 1), "x", "2024-W09", "week"),
        DateMention(Span(1, 2), "x", "2024-02", "month"),
    )
    index = ArticleIndex(dataclasses.replace(analysis, dates=analysis.dates + extra, non_body=()))
    assert [date.value for date in index.timeline()] == [
        "2024-02",
        "2024-W09",
        "2024-03-01",
        "2024-03-03",
        "2024-03-05",
    ]


def test_search_is_case_insensitive_and_literal() -> None:
    matches = find_matches("Varnsk, VARNSK and varnsk. a.c abc", "varnsk")
    assert len(matches) == 3
    assert len(find_matches("a.c abc", "a.c")) == 1


def test_control_characters_become_visible_one_for_one() -> None:
    raw = "a\x1b[31mred\x07\x9b\u202eb\tc\r\nd"
    shown = displayable(raw)
    assert len(shown) == len(raw)
    assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown and "\u202e" not in shown
    assert "␛[31mred" in shown
    assert shown.endswith("b c \nd")


def test_hint_labels_are_unique_and_none_is_a_prefix_of_another() -> None:
    for count in (1, 26, 27, 200):
        labels = hint_labels(count)
        assert len(set(labels)) == count
        assert not any(a != b and b.startswith(a) for a in labels for b in labels)


def test_tags_are_split_on_commas_without_blanks_or_repeats() -> None:
    assert parse_tags(" threat, Iraq ,, threat") == ("threat", "Iraq")


def test_span_overlap_of_empty_line_is_handled() -> None:
    assert not Span(0, 1).overlaps(Span(1, 2))


def test_typing_narrows_hints_until_one_is_complete() -> None:
    labels = hint_labels(30)
    assert narrow_hints(labels, "a") == (None, True)
    assert narrow_hints(labels, "as") == ("as", False)
    assert narrow_hints(labels, "sx") == (None, False)


def test_search_steps_wrap_and_status_counts_matches() -> None:
    search = TextSearch(query="dorvik")
    current = search.show_results(find_matches(TEXT, "dorvik"), from_offset=0)
    assert current is not None and TEXT[current.start : current.end] == "Dorvik"
    assert search.status() == "“dorvik” · match 1 of 2"
    search.step(1)
    assert search.step(1) == current
    assert search.step(-1) is not None and search.number == 2


def test_search_without_matches_says_so() -> None:
    search = TextSearch(query="zzz")
    assert search.show_results(find_matches(TEXT, "zzz"), from_offset=0) is None
    assert search.status() == "no match for “zzz”"


def test_named_actors_come_before_collective_ones_however_often_those_are_mentioned() -> None:
    analysis = build_analysis()
    crowd = Actor(
        id="crowd",
        name="civilians",
        kind="organisation",
        mentions=tuple(Span(index, index + 1) for index in range(50)),
        generic=True,
    )
    index = ArticleIndex(dataclasses.replace(analysis, actors=(*analysis.actors, crowd)))
    assert index.actors_by_importance[-1].id == "crowd"
    assert index.actors_by_importance[0].id != "crowd"
