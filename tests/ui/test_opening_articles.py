"""Opening real documents: text first, extraction in a worker; the bundled sample opens end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.sources import SourceDocument
from briefing.ui.app import BriefingApp
from briefing.ui.article_screen import ArticleScreen
from briefing.ui.article_view import ArticleView
from briefing.ui.opened_article import article_from_document
from briefing.ui.themes import bundled_themes_dir, load_themes
from tests.ui.fixture_article import TEXT

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


def reader_for(document: SourceDocument) -> BriefingApp:
    themes, _ = load_themes(bundled_themes_dir())
    return BriefingApp(article_from_document(document), themes=themes)


def painted(view: ArticleView) -> str:
    return "\n".join(view.render_line(y).text for y in range(view.size.height))


async def test_long_document_shows_text_at_once_and_panels_wait_for_the_analysis(tmp_path: Path) -> None:
    text = "\n\n".join([TEXT] * 300)
    document = SourceDocument(text=text, document_id="long", location=str(tmp_path / "long.txt"))
    app = reader_for(document)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        assert screen.sidebar.loading and screen.facts_panel.loading
        assert "VARNSK — Fighters of the Northern" in painted(screen.article_view)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not screen.sidebar.loading and not screen.facts_panel.loading
        await pilot.press("G")
        assert screen.article_view.scroll_y == screen.article_view.max_scroll_y


async def test_bundled_sample_opens_with_its_title_and_text() -> None:
    samples = sorted(SAMPLES.glob("*.md")) if SAMPLES.is_dir() else []
    if not samples:
        pytest.skip("no bundled sample articles")
    from briefing.sources import load_document

    document = load_document(str(samples[0]))
    app = reader_for(document)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = painted(screen.article_view)
        if document.title:
            assert document.title.split()[0] in shown
        first_words = next(line for line in document.text.splitlines() if len(line.split()) > 6).split()[:3]
        assert " ".join(first_words) in " ".join(shown.split())
        assert app.is_running and app.screen is screen


async def test_open_article_loads_in_a_worker_and_escape_returns_to_the_library(tmp_path: Path) -> None:
    article = tmp_path / "report.md"
    article.write_text(TEXT, encoding="utf-8")
    themes, _ = load_themes(bundled_themes_dir())
    app = BriefingApp(themes=themes)
    async with app.run_test(size=(120, 40)) as pilot:
        library_screen = app.screen
        app.open_article(str(article))
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.article.from_library
        await pilot.press("escape")
        assert app.screen is library_screen


async def test_opening_a_missing_article_is_a_notification_not_a_crash(tmp_path: Path) -> None:
    themes, _ = load_themes(bundled_themes_dir())
    app = BriefingApp(themes=themes)
    async with app.run_test(size=(120, 40)) as pilot:
        first_screen = app.screen
        app.open_article(str(tmp_path / "gone.md"))
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is first_screen
        assert any("gone.md" in str(notice.message) for notice in app._notifications)


async def test_search_in_a_long_document_runs_in_the_background(tmp_path: Path) -> None:
    from briefing.core.model import Analysis, DocumentInfo
    from briefing.ui.opened_article import OpenedArticle

    text = "\n\n".join([TEXT] * 300)
    themes, _ = load_themes(bundled_themes_dir())
    article = OpenedArticle(Analysis(DocumentInfo(id="long", chars=len(text)), text), str(tmp_path / "l.txt"))
    app = BriefingApp(article, themes=themes)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("slash", *"dorvik")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "match 1 of 600" in str(screen.query_one("#status").render())


async def test_backspace_returns_to_the_library_and_escape_cancels_loading(tmp_path: Path) -> None:
    from briefing.ui.loading_screen import LoadingScreen

    article = tmp_path / "report.md"
    article.write_text(TEXT, encoding="utf-8")
    themes, _ = load_themes(bundled_themes_dir())
    app = BriefingApp(themes=themes)
    async with app.run_test(size=(120, 40)) as pilot:
        library_screen = app.screen
        app.open_article(str(article))
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("backspace")
        assert app.screen is library_screen
        app.push_screen(LoadingScreen("https://example.org/slow"))
        await pilot.pause()
        await pilot.press("escape")
        assert app.screen is library_screen


async def test_p_sets_the_publication_date_and_the_header_says_the_user_gave_it(tmp_path: Path) -> None:
    document = SourceDocument(text=TEXT, document_id="varnsk", location=str(tmp_path / "varnsk.md"))
    app = reader_for(document)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await app.workers.wait_for_complete()
        await pilot.press("p", *"nonsense", "enter")
        assert "not a date" in str(app.screen.query_one("#published-error").render())
        await pilot.press(*["backspace"] * 8, *"2024-03-06", "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.analysis.document.published == "2024-03-06"
        assert "published 2024-03-06 (given by the user)" in painted(screen.article_view)
