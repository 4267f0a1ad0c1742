"""What the reader looks like at fixed sizes: over the invented fixture article (stable as extraction
changes), and over a bundled sample with its real extraction (regenerate those when extraction changes).

Regenerate after an intended change with `pytest --snapshot-update tests/ui`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import MakeApp


@pytest.fixture(autouse=True)
def fixed_config_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    """The help screen names the user's config folder; snapshots must not show a temporary path."""
    monkeypatch.setattr("briefing.ui.help_screen.config_path", lambda: Path("~/.config/briefing/config.toml"))
    monkeypatch.setattr("briefing.ui.help_screen.user_themes_dir", lambda: Path("~/.config/briefing/themes"))


def test_main_screen_at_120x40(snap_compare, make_app: MakeApp) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40))


def test_main_screen_with_an_actor_selected_at_120x40(snap_compare, make_app: MakeApp) -> None:
    assert snap_compare(make_app(), press=["2", "n"], terminal_size=(120, 40))


def test_main_screen_at_80x24(snap_compare, make_app: MakeApp) -> None:
    assert snap_compare(make_app(), press=["1"], terminal_size=(80, 24))


def test_actor_hints_at_120x40(snap_compare, make_app: MakeApp) -> None:
    assert snap_compare(make_app(), press=["f"], terminal_size=(120, 40))


def test_help_screen(snap_compare, make_app: MakeApp) -> None:
    assert snap_compare(make_app(), press=["question_mark"], terminal_size=(120, 40))


def test_light_theme_at_120x40(snap_compare, make_app: MakeApp) -> None:
    assert snap_compare(make_app(theme="briefing-light"), press=["3"], terminal_size=(120, 40))


def test_bundled_sample_at_120x40(snap_compare, make_sample_app) -> None:
    """The real extraction of a bundled sample; regenerate when extraction changes what it finds."""
    assert snap_compare(make_sample_app("01-shaddadi-offensive.md"), press=["1"], terminal_size=(120, 40))


def test_bundled_sample_at_80x24(snap_compare, make_sample_app) -> None:
    assert snap_compare(make_sample_app("01-shaddadi-offensive.md"), press=["1"], terminal_size=(80, 24))
