"""Article text is painted literally; the user's key map and theme files change the app, broken ones don't
crash it; the command palette offers actors and facts."""

from __future__ import annotations

from briefing.core.model import Analysis, DocumentInfo
from briefing.paths import config_dir
from briefing.ui.article_screen import ArticleScreen
from briefing.ui.article_view import ArticleView
from tests.ui.conftest import MakeApp

HOSTILE = (
    "Officials said [bold red]nothing[/] happened [link=http://evil.example]here[/link].\n"
    "An escape \x1b[2J\x1b[31mcleared\x1b[0m the screen and rang \x07 a bell.\n"
)


def painted_lines(view: ArticleView) -> list[str]:
    return [view.render_line(y).text for y in range(view.size.height)]


async def test_markup_and_escape_sequences_in_the_article_are_shown_not_obeyed(make_app: MakeApp) -> None:
    analysis = Analysis(
        document=DocumentInfo(id="hostile", chars=len(HOSTILE), title="[blink]Title[/blink]"), text=HOSTILE
    )
    app = make_app(analysis)
    async with app.run_test(size=(200, 30)):
        view = app.screen.query_one(ArticleView)
        painted = "\n".join(painted_lines(view))
        assert "[bold red]nothing[/] happened [link=http://evil.example]here[/link]." in painted
        assert "[blink]Title[/blink]" in painted
        assert "\x1b" not in painted and "\x07" not in painted
        assert "␛[2J␛[31mcleared␛[0m" in painted
        strips = [view.render_line(y) for y in range(view.size.height)]
        assert not any(segment.style and segment.style.link for strip in strips for segment in strip)


async def test_user_keymap_rebinds_an_action(make_app: MakeApp) -> None:
    config_dir().mkdir(parents=True)
    (config_dir() / "config.toml").write_text('[keys]\nnext_mention = "ctrl+n"\n', encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("2", "ctrl+n")
        assert screen.mention is not None and screen.mention.number == 2


async def test_bad_config_is_a_notification_not_a_crash(make_app: MakeApp) -> None:
    config_dir().mkdir(parents=True)
    (config_dir() / "config.toml").write_text("[keys\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        messages = [str(notice.message) for notice in app._notifications]
        assert any("config.toml" in message and "\n" not in message for message in messages)


async def test_theme_named_on_the_command_line_is_used(make_app: MakeApp) -> None:
    app = make_app(theme="briefing-okabe-ito")
    async with app.run_test(size=(120, 40)):
        assert app.theme == "briefing-okabe-ito"
        assert app.current_theme.variables["place"] == "#009e73"


async def test_palette_offers_go_to_actor_and_selecting_it_jumps(make_app: MakeApp) -> None:
    from briefing.ui.palette import ReaderCommands

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        provider = ReaderCommands(screen)
        labels = [label for label, _, _ in provider._commands()]
        assert "Go to actor Oleg Brandt" in labels
        assert any(label.startswith("Go to fact force size") for label in labels)
        assert "Theme briefing-light" in labels
        assert "Export the briefing with notes as Markdown" in labels
        await pilot.press("ctrl+p", *"go to actor oleg")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.selected_actor == "oleg-brandt"


def style_at(view: ArticleView, word: str) -> tuple[bool, bool, bool, bool]:
    """(bold, italic, underline, dim) of the first painted segment that starts with word."""
    for y in range(view.size.height):
        for segment in view.render_line(y):
            if segment.text.startswith(word) and segment.style is not None:
                style = segment.style
                return bool(style.bold), bool(style.italic), bool(style.underline), bool(style.dim)
    raise AssertionError(f"{word!r} is not on screen")


async def test_kinds_differ_by_text_style_not_only_colour(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(200, 40)):
        view = app.screen.query_one(ArticleView)
        assert style_at(view, "Northern Front") == (True, False, False, False)
        assert style_at(view, "Dorvik")[2], "places are underlined"
        assert style_at(view, "Tuesday")[1], "dates are italic"
        assert style_at(view, "2,000")[0] and style_at(view, "2,000")[2], "numbers are bold and underlined"
        caption = style_at(view, "Photo")
        assert caption[1] and caption[3], "captions are dim italic"


async def test_changing_theme_repaints_actor_colours(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(200, 40)) as pilot:
        view = app.screen.query_one(ArticleView)

        def actor_colour() -> str:
            for y in range(view.size.height):
                for segment in view.render_line(y):
                    if segment.text.startswith("Northern Front") and segment.style and segment.style.color:
                        return segment.style.color.name
            raise AssertionError("no actor on screen")

        before = actor_colour()
        await pilot.press("t")
        await pilot.pause()
        assert actor_colour() != before
