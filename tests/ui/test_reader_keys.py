"""Every reader key, pressed as a user would, asserting what the user then sees."""

from __future__ import annotations

from briefing.core.model import Span
from briefing.ui.article_screen import ArticleScreen
from briefing.ui.article_view import ArticleView
from briefing.ui.help_screen import HelpScreen
from tests.ui.conftest import MakeApp
from tests.ui.fixture_article import TEXT


def status_of(screen: ArticleScreen) -> str:
    return str(screen.query_one("#status").render())


def current_text(screen: ArticleScreen) -> str:
    mention = screen.article_view.current_mention
    assert mention is not None
    return TEXT[mention.start : mention.end]


async def test_number_key_selects_actor_by_importance_and_marks_its_first_mention(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        await pilot.press("2")
        assert screen.selected_actor == "anna-petrova"
        assert current_text(screen) == "Anna Petrova"
        assert "Anna Petrova · mention 1 of 3" in status_of(screen)
        await pilot.press("1")
        assert screen.selected_actor == "northern-front"


async def test_n_steps_through_mentions_and_wraps_to_the_first(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("2", "n")
        assert "mention 2 of 3" in status_of(screen)
        await pilot.press("n")
        assert "mention 3 of 3" in status_of(screen)
        await pilot.press("n")
        assert "mention 1 of 3" in status_of(screen)
        assert current_text(screen) == "Anna Petrova"


async def test_shift_n_steps_back_and_wraps_to_the_last(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("4", "N")
        assert "Oleg Brandt · mention 2 of 2" in status_of(screen)
        assert current_text(screen) == "Brandt"


async def test_current_sentence_is_the_one_holding_the_mention(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("4")
        sentence = screen.article_view.current_sentence
        assert sentence is not None
        assert TEXT[sentence.start : sentence.end].startswith("Minister Oleg Brandt said")


async def test_brackets_move_to_next_and_previous_actor(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("right_square_bracket")
        assert screen.selected_actor == "northern-front"
        await pilot.press("right_square_bracket")
        assert screen.selected_actor == "anna-petrova"
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert screen.selected_actor == "oleg-brandt"


async def test_selected_actor_is_highlighted_in_the_sidebar(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("4")
        assert screen.sidebar.actor_list.highlighted_option.id == "oleg-brandt"


async def test_sidebar_orders_actors_by_mentions_then_first_appearance(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)):
        options = app.screen.sidebar.actor_list
        ids = [options.get_option_at_index(number).id for number in range(options.option_count)]
        assert ids == ["northern-front", "anna-petrova", "government", "oleg-brandt"]


async def test_sidebar_filter_keeps_matching_actors_and_enter_selects(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        screen.sidebar.actor_list.focus()
        await pilot.press("slash", *"brandt", "enter")
        options = screen.sidebar.actor_list
        assert options.option_count == 1
        await pilot.press("enter")
        assert screen.selected_actor == "oleg-brandt"


async def test_f_shows_hints_and_typing_one_jumps_to_that_actor(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("f")
        hints = screen.article_view.hints
        assert hints is not None and len(hints) == 11
        labels = {hint.label: hint for hint in hints.payloads}
        target = next(hint for hint in labels.values() if hint.actor_id == "oleg-brandt")
        await pilot.press(*target.label)
        assert screen.selected_actor == "oleg-brandt"
        assert screen.article_view.current_mention == target.span
        assert screen.article_view.hints is None


async def test_escape_cancels_hints_without_selecting(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("f", "escape")
        assert screen.article_view.hints is None
        assert screen.selected_actor is None
        assert app.screen is screen


async def test_hint_letters_are_painted_over_names(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.query_one(ArticleView)
        await pilot.press("f")
        await pilot.pause()
        painted = "\n".join(view.render_line(y).text for y in range(view.size.height))
        assert "aorthern Front" in painted


async def test_slash_search_highlights_matches_and_n_steps_them(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("slash", *"dorvik")
        assert "match 1 of 2" in status_of(screen)
        await pilot.press("enter")
        assert screen.focused is screen.article_view
        await pilot.press("n")
        assert "match 2 of 2" in status_of(screen)
        await pilot.press("n")
        assert "match 1 of 2" in status_of(screen)
        current = screen.article_view.current_match
        assert current is not None and TEXT[current.start : current.end] == "Dorvik"


async def test_escape_leaves_search_and_n_returns_to_mentions(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("2", "slash", *"varnsk", "enter", "escape")
        assert screen.article_view.search_matches is None
        await pilot.press("n")
        assert "Anna Petrova · mention 2 of 3" in status_of(screen)


async def test_enter_on_fact_marks_its_sentence(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        fact_list = screen.facts_panel.active_list
        fact_list.focus()
        await pilot.press("j", "enter")
        sentence = screen.article_view.current_sentence
        assert sentence is not None
        assert TEXT[sentence.start : sentence.end].startswith("VARNSK — Fighters")


async def test_enter_on_timeline_date_marks_its_sentence(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        screen.facts_panel.active_list.focus()
        await pilot.press("l", "g", "enter")
        sentence = screen.article_view.current_sentence
        assert sentence is not None
        assert TEXT[sentence.start : sentence.end].startswith("Talks in Dorvik")


async def test_clicking_a_mention_selects_its_actor(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        view = screen.article_view
        mention = screen.index.mentions_of["oleg-brandt"].starts[0]
        line = view.line_of_offset(mention)
        start = view._wrapped.starts[line - view.header_height]
        await pilot.click(ArticleView, offset=(2 + mention - start + 1, line))
        assert screen.selected_actor == "oleg-brandt"
        assert screen.article_view.current_mention == Span(mention, mention + len("Oleg Brandt"))


async def test_g_and_shift_g_go_to_top_and_bottom(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 12)) as pilot:
        view = app.screen.query_one(ArticleView)
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y > 0
        await pilot.press("g")
        assert view.scroll_y == 0


async def test_j_k_space_and_b_scroll(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 12)) as pilot:
        view = app.screen.query_one(ArticleView)
        await pilot.press("j", "j")
        assert view.scroll_y == 2
        await pilot.press("k")
        assert view.scroll_y == 1
        await pilot.press("space")
        assert view.scroll_y == 1 + view.size.height - 1
        await pilot.press("b")
        assert view.scroll_y == 1


async def test_tab_moves_between_panes(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert screen.focused is screen.article_view
        await pilot.press("tab")
        assert screen.focused is screen.facts_panel.active_list
        await pilot.press("tab")
        assert screen.focused is screen.sidebar.actor_list
        await pilot.press("shift+tab")
        assert screen.focused is screen.facts_panel.active_list


async def test_narrow_terminal_collapses_panels_and_keys_toggle_them(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert not screen.sidebar.display and not screen.facts_panel.display
        await pilot.press("s")
        assert screen.sidebar.display
        await pilot.press("F")
        assert screen.facts_panel.display and not screen.sidebar.display
        await pilot.press("F")
        assert not screen.facts_panel.display


async def test_question_mark_opens_help_and_escape_closes_it(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, ArticleScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


async def test_escape_backs_out_and_never_quits(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("1", "escape")
        assert screen.selected_actor is None
        await pilot.press("escape", "escape")
        assert app.is_running and app.screen is screen


async def test_q_quits(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_t_cycles_themes_and_remembers_the_choice(make_app: MakeApp) -> None:
    from briefing.ui.settings import read_state

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.theme == "briefing-dark"
        await pilot.press("t")
        await pilot.pause()
        assert app.theme == "briefing-high-contrast"
    assert read_state()["theme"] == "briefing-high-contrast"
    again = make_app()
    async with again.run_test(size=(120, 40)):
        assert again.theme == "briefing-high-contrast"


async def test_a_saves_a_note_on_the_current_mention_and_lists_it(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("4", "a")
        await pilot.press(*"check this", "tab", *"politics", "ctrl+s")
        await pilot.pause()
        notes = app.note_store.load(screen.article.notes_location, TEXT)
        assert [(note.body, note.tags, note.exact, note.target_kind) for note in notes] == [
            ("check this", ("politics",), "Oleg Brandt", "mention")
        ]
        note_list = screen.query_one("#note-list")
        assert "check this" in str(note_list.get_option_at_index(0).prompt)


async def test_escape_in_note_editor_saves_nothing(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("a", *"draft", "escape")
        await pilot.pause()
        assert app.screen is screen
        assert app.note_store.load(screen.article.notes_location, TEXT) == []


async def test_e_exports_the_briefing_as_markdown_next_to_the_notes(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("e")
        await pilot.pause()
        exported = app.note_store.path_for(screen.article.notes_location, TEXT).with_suffix(".md")
        assert exported.exists()
        assert "Anna Petrova" in exported.read_text(encoding="utf-8")
        assert any(str(exported) in str(notice.message) for notice in app._notifications)


async def test_enter_on_a_note_marks_its_passage(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        start = TEXT.index("Lenna river")
        app.note_store.add(
            screen.article.notes_location, TEXT, start, start + len("Lenna river"), "which bank?"
        )
        screen.reload_notes()
        screen.query_one("#facts-tabs").active = "tab-notes"
        await pilot.pause()
        screen.facts_panel.active_list.focus()
        await pilot.press("g", "enter")
        assert screen.article_view.current_mention == Span(start, start + len("Lenna river"))


async def test_help_scrolls_with_the_article_keys(make_app: MakeApp) -> None:
    from textual.containers import VerticalScroll

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark", "G")
        scroll = app.screen.query_one(VerticalScroll)
        assert scroll.scroll_y == scroll.max_scroll_y > 0
        await pilot.press("g")
        assert scroll.scroll_y == 0
        await pilot.press("q")
        assert isinstance(app.screen, ArticleScreen)
