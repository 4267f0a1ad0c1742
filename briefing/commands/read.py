"""`briefing [ARTICLE]`: the interactive reader.

The article is read before Textual is even imported, so a missing or unreadable file is a one-line error
and exit status 2, never a flash of an empty app.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from briefing.commands.arguments import add_notes_dir_option, add_published_option
from briefing.errors import BriefingError

SAMPLES_FOLDER = "sample_articles"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "article", nargs="?", help="a file, a URL, - for stdin, or a folder (default: sample_articles/)"
    )
    parser.add_argument(
        "--theme",
        metavar="NAME",
        help="colour theme by name (briefing-dark, briefing-light, briefing-high-contrast, "
        "briefing-okabe-ito, or your own in the config folder's themes/) or a path to a .toml theme file",
    )
    add_published_option(parser)
    parser.add_argument(
        "--refresh", action="store_true", help="fetch a URL again instead of opening the saved copy"
    )
    add_notes_dir_option(parser)


def default_library() -> Path:
    """The bundled samples next to the package (editable install), else ./sample_articles."""
    import briefing

    bundled = Path(briefing.__file__).resolve().parents[1] / SAMPLES_FOLDER
    return bundled if bundled.is_dir() else Path.cwd() / SAMPLES_FOLDER


def run(args: argparse.Namespace) -> int:
    from briefing.sources import SourceDocument, open_target
    from briefing.sources.web import is_url

    target: str | None = args.article
    article = None
    library = None
    fetch: str | None = None
    if target is None:
        folder = default_library()
        if not folder.is_dir():
            raise BriefingError("no article given and no sample_articles/ folder here; try 'briefing FILE'")
        library = open_target(str(folder))
    elif is_url(target):
        fetch = target  # fetched inside the app, with progress and esc to cancel
    else:
        opened = open_target(target, refresh=args.refresh)
        if isinstance(opened, SourceDocument):
            from briefing.ui.opened_article import article_from_document

            article = article_from_document(opened, published_on=args.published)
        else:
            library = opened
        if target == "-":
            _keyboard_from_terminal()
    themes, warnings, theme_name = _themes(args.theme)
    from briefing.ui.app import BriefingApp

    app = BriefingApp(
        article,
        library=library,
        fetch=fetch,
        refresh=args.refresh,
        published_on=args.published,
        notes_dir=args.notes_dir,
        themes=themes,
        theme_name=theme_name,
        startup_warnings=(*warnings, *(article.document.warnings if article and article.document else ())),
    )
    app.run()
    return app.return_code or 0


def _themes(requested: str | None) -> tuple[list, list[str], str | None]:
    """Bundled and user themes; --theme may name one of them or a theme file of its own."""
    from briefing.ui.themes import load_theme_file, load_themes

    themes, warnings = load_themes()
    if requested is None:
        return themes, warnings, None
    if requested.endswith(".toml"):
        theme = load_theme_file(Path(requested))
        return [*themes, theme], warnings, theme.name
    names = [theme.name for theme in themes]
    if requested not in names:
        problems = f" ({'; '.join(warnings)})" if warnings else ""
        raise BriefingError(f"unknown theme {requested!r}; available: {', '.join(names)}{problems}")
    return themes, warnings, requested


def _keyboard_from_terminal() -> None:
    """After reading the article from a pipe, take key presses from the terminal instead."""
    if sys.stdin.isatty():
        return
    try:
        terminal = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise BriefingError("stdin held the article and there is no terminal to read keys from") from None
    os.dup2(terminal, 0)
    os.close(terminal)
