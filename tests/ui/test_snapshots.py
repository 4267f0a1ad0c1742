"""What the reader looks like at fixed sizes, over the invented fixture article (stable as extraction changes).

Regenerate after an intended change with `pytest --snapshot-update tests/ui`.
"""

from __future__ import annotations

from tests.ui.conftest import MakeApp


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
