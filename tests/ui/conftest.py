"""Reader test fixtures: an app over the invented fixture article, with the bundled themes only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.core.model import Analysis
from briefing.ui.app import BriefingApp
from briefing.ui.opened_article import OpenedArticle
from briefing.ui.themes import bundled_themes_dir, load_themes
from tests.ui.fixture_article import build_analysis

MakeApp = Callable[..., BriefingApp]


@pytest.fixture
def make_app(tmp_path: Path) -> MakeApp:
    """Build a reader over a hand-made analysis; notes are filed under a location in tmp_path."""

    def make(analysis: Analysis | None = None, *, theme: str | None = None) -> BriefingApp:
        article = OpenedArticle(
            analysis=analysis or build_analysis(), notes_location=str(tmp_path / "varnsk.md")
        )
        themes, _ = load_themes(bundled_themes_dir())
        return BriefingApp(article, themes=themes, theme_name=theme)

    return make


@pytest.fixture
def make_sample_app(tmp_path: Path) -> Callable[[str], BriefingApp]:
    """A reader over a bundled sample, analysed before the app starts so snapshots need no worker timing."""
    from briefing.analysis_service import analyse_document
    from briefing.sources import load_document

    samples = Path(__file__).resolve().parents[2] / "sample_articles"

    def make(name: str) -> BriefingApp:
        document = load_document(str(samples / name))
        article = OpenedArticle(analysis=analyse_document(document), notes_location=str(tmp_path / name))
        themes, _ = load_themes(bundled_themes_dir())
        return BriefingApp(article, themes=themes)

    return make
