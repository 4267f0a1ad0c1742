"""Themes are TOML files: Textual's UI colours plus the entity highlight colours as theme variables.

Bundled themes live in the repository's `themes/` folder; a user's own files in `config_dir()/themes/` are
added (or replace a bundled theme of the same name). A broken file is reported in one line and skipped.
"""

from __future__ import annotations

import tomllib
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING

import briefing
from briefing.errors import BriefingError
from briefing.paths import config_dir

if TYPE_CHECKING:
    from textual.theme import Theme

DEFAULT_THEME = "briefing-dark"
ACTOR_PALETTE_SIZE = 8

# Every entity variable a theme may set, with the fallback used when it does not.
ENTITY_DEFAULTS: dict[str, str] = {
    **{
        f"actor-{slot}": colour
        for slot, colour in enumerate(
            ("#ff9e64", "#82aaff", "#c099ff", "#ff757f", "#4fd6be", "#ffc777", "#fca7ea", "#86e1fc"), start=1
        )
    },
    "place": "#c3e88d",
    "date": "#b4c2f0",
    "number": "#ffdb69",
    "fact": "#3b3420",
    "current-mention": "#3e68d7",
    "current-sentence": "#2a2f4a",
    "search-match": "#6b4f00",
    "hint": "#ff966c",
    "non-body": "#828bb8",
}


class ThemeError(BriefingError):
    """A theme file that cannot be used; the message names the file and the problem."""


def bundled_themes_dir() -> Path:
    """themes/ beside the package in a checkout (and an editable install); a regular install carries the same
    files inside the package (setup.py maps them to briefing/themes)."""
    package = Path(briefing.__file__).resolve().parent
    installed = package / "themes"
    return installed if installed.is_dir() else package.parent / "themes"


def user_themes_dir() -> Path:
    return config_dir() / "themes"


def load_theme_file(path: Path) -> Theme:
    """Read and validate one theme file, raising ThemeError with a one-line reason."""
    from textual.color import Color, ColorParseError
    from textual.theme import Theme

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ThemeError(f"{path}: {error.strerror or error}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ThemeError(f"{path}: not valid TOML ({error})") from None
    allowed = {field.name for field in fields(Theme)} - {"ansi"}
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ThemeError(f"{path}: unknown setting {unknown[0]!r}")
    if not isinstance(data.get("name"), str) or not data["name"].strip():
        raise ThemeError(f"{path}: a theme needs a name")
    if not isinstance(data.get("primary"), str):
        raise ThemeError(f"{path}: a theme needs a primary colour")
    variables = data.get("variables", {})
    if not isinstance(variables, dict):
        raise ThemeError(f"{path}: [variables] must be a table")
    colours = {key: value for key, value in data.items() if key not in ("name", "dark", "variables")}
    colours.update(variables)
    for key, value in colours.items():
        if key in ("luminosity_spread", "text_alpha"):
            if not isinstance(value, int | float):
                raise ThemeError(f"{path}: {key} must be a number")
            continue
        if not isinstance(value, str):
            raise ThemeError(f"{path}: {key} must be a colour string")
        try:
            Color.parse(value)
        except ColorParseError:
            raise ThemeError(f"{path}: {key} is not a colour: {value!r}") from None
    if "dark" in data and not isinstance(data["dark"], bool):
        raise ThemeError(f"{path}: dark must be true or false")
    return Theme(**{**data, "variables": {**ENTITY_DEFAULTS, **variables}})


def load_themes(*directories: Path) -> tuple[list[Theme], list[str]]:
    """Every usable theme in the directories (later ones override earlier names) and one warning per bad file."""
    themes: dict[str, Theme] = {}
    warnings: list[str] = []
    for directory in directories or (bundled_themes_dir(), user_themes_dir()):
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.toml")):
            try:
                theme = load_theme_file(path)
            except ThemeError as error:
                warnings.append(str(error))
                continue
            themes[theme.name] = theme
    return list(themes.values()), warnings
