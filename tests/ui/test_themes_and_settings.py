"""Theme files and the user's settings: every bundled theme is valid, broken files give one-line reasons."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.paths import config_dir
from briefing.ui.actions import ACTIONS, binding_ids, bindings_for
from briefing.ui.help_screen import help_table
from briefing.ui.settings import read_keymap, read_state, remember
from briefing.ui.themes import ENTITY_DEFAULTS, ThemeError, bundled_themes_dir, load_theme_file, load_themes


def test_four_bundled_themes_load_and_define_every_entity_colour() -> None:
    themes, warnings = load_themes(bundled_themes_dir())
    assert warnings == []
    names = {theme.name for theme in themes}
    assert {"briefing-dark", "briefing-light", "briefing-high-contrast", "briefing-okabe-ito"} <= names
    for path in bundled_themes_dir().glob("*.toml"):
        declared = path.read_text(encoding="utf-8")
        for variable in ENTITY_DEFAULTS:
            assert f"\n{variable} = " in declared, f"{path.name} lacks {variable}"


def test_user_theme_files_are_added(tmp_path: Path) -> None:
    user_dir = config_dir() / "themes"
    user_dir.mkdir(parents=True)
    (user_dir / "mine.toml").write_text('name = "mine"\nprimary = "#123456"\n', encoding="utf-8")
    themes, warnings = load_themes()
    assert "mine" in {theme.name for theme in themes}
    assert warnings == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("name = ", "not valid TOML"),
        ('primary = "#fff"', "needs a name"),
        ('name = "x"\nprimary = "not-a-colour"', "primary is not a colour"),
        ('name = "x"\nprimary = "#fff"\n[variables]\nplace = "nope"', "place is not a colour"),
        ('name = "x"\nprimary = "#fff"\nsparkle = true', "unknown setting 'sparkle'"),
    ],
)
def test_a_broken_theme_file_gives_a_one_line_reason(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ThemeError) as caught:
        load_theme_file(path)
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)


def test_broken_theme_files_are_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "ok.toml").write_text('name = "ok"\nprimary = "#fff"\n', encoding="utf-8")
    (tmp_path / "bad.toml").write_text("name = [", encoding="utf-8")
    themes, warnings = load_themes(tmp_path)
    assert [theme.name for theme in themes] == ["ok"]
    assert len(warnings) == 1 and "bad.toml" in warnings[0]


def test_keymap_is_read_from_the_keys_table() -> None:
    config_dir().mkdir(parents=True)
    (config_dir() / "config.toml").write_text('[keys]\nnext_mention = "ctrl+n, j"\nnope = "x"\n')
    keymap, warnings = read_keymap(binding_ids())
    assert keymap == {"next_mention": "ctrl+n,j"}
    assert warnings == [f"{config_dir() / 'config.toml'}: unknown key binding 'nope'"]


def test_unreadable_config_is_a_warning_not_an_error() -> None:
    config_dir().mkdir(parents=True)
    (config_dir() / "config.toml").write_text("[keys\n")
    keymap, warnings = read_keymap(binding_ids())
    assert keymap == {}
    assert len(warnings) == 1 and "cannot read" in warnings[0]


def test_remembered_choices_survive_a_restart() -> None:
    assert remember("theme", "briefing-light") is None
    assert read_state() == {"theme": "briefing-light"}


def test_every_action_has_a_unique_id_and_a_binding_with_that_id() -> None:
    ids = [action.id for action in ACTIONS]
    assert len(ids) == len(set(ids))
    panes = {action.pane for action in ACTIONS}
    bound = {binding.id for binding in bindings_for(*panes)}
    assert bound == set(ids)


def test_help_lists_every_action_with_the_users_own_keys() -> None:
    from rich.console import Console

    console = Console(width=120, record=True)
    console.print(help_table({"next_mention": "ctrl+n"}))
    shown = console.export_text()
    for action in ACTIONS:
        assert (action.help_group or action.description) in shown
    assert "ctrl+n" in shown
