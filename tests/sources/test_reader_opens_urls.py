"""The reader given a URL: fetched inside the app (progress shown, esc cancels), feeds open as libraries,
and a failure of the URL named on the command line exits 2 with one line."""

from __future__ import annotations

from pathlib import Path

from briefing.ui.app import BriefingApp
from briefing.ui.article_screen import ArticleScreen
from briefing.ui.library_screen import LibraryScreen
from briefing.ui.loading_screen import LoadingScreen
from tests.sources.conftest import LocalServer


async def wait_for_screen(app: BriefingApp, pilot, screen_type: type) -> None:
    for _ in range(100):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if isinstance(app.screen, screen_type):
            return
    raise AssertionError(f"{type(app.screen).__name__} shown instead of {screen_type.__name__}")


async def test_a_url_is_fetched_in_the_app_and_opens_as_an_article(local_server: LocalServer):
    app = BriefingApp(fetch=local_server.url("/article"))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_screen(app, pilot, ArticleScreen)
        assert app.screen.article.analysis.document.title
        assert len(app.screen.article.analysis.text) > 100


async def test_a_feed_url_opens_as_a_library_of_its_entries(local_server: LocalServer):
    app = BriefingApp(fetch=local_server.url("/feed.xml"))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_screen(app, pilot, LibraryScreen)
        assert len(app.screen.library.entries) >= 1


async def test_a_failing_url_from_the_command_line_exits_2_with_the_cause(local_server: LocalServer):
    app = BriefingApp(fetch=local_server.url("/missing-page"))
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(200):
            await pilot.pause(0.02)
            if app.return_code is not None:
                break
    assert app.return_code == 2


async def test_esc_while_fetching_cancels_and_leaves_the_app_usable(local_server: LocalServer):
    app = BriefingApp(fetch=local_server.url("/slow"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LoadingScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, LoadingScreen)
        assert app.is_running


async def test_notes_dir_option_files_notes_there(tmp_path: Path, local_server: LocalServer):
    app = BriefingApp(fetch=local_server.url("/article"), notes_dir=tmp_path / "my-notes")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_screen(app, pilot, ArticleScreen)
        assert app.note_store.directory == tmp_path / "my-notes"
