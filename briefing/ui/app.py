"""The Textual application: themes, key map, and which screen shows (library or article). No reading logic."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import App
from textual.binding import BindingType
from textual.worker import get_current_worker

from briefing.errors import BriefingError
from briefing.ui import settings
from briefing.ui.actions import binding_ids, bindings_for
from briefing.ui.article_screen import ArticleScreen
from briefing.ui.loading_screen import LoadingScreen
from briefing.ui.opened_article import OpenedArticle, article_from_document
from briefing.ui.themes import DEFAULT_THEME

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.theme import Theme

    from briefing.notes.store import NoteStore
    from briefing.sources.library import ArticleLibrary


def _reader_commands() -> type[Provider]:
    """The palette's provider, imported when the palette first opens rather than at start-up."""
    from briefing.ui.palette import ReaderCommands

    return ReaderCommands


class BriefingApp(App[None]):
    """Opens an article, or a library of them, and keeps the user's theme and keys."""

    TITLE = "briefing"
    BINDINGS: ClassVar[list[BindingType]] = bindings_for("app")
    COMMANDS = App.COMMANDS | {_reader_commands}
    CSS = """
    Screen { background: $surface; }
    Toast { max-width: 80; }
    """

    def __init__(
        self,
        article: OpenedArticle | None = None,
        *,
        library: ArticleLibrary | None = None,
        fetch: str | None = None,
        refresh: bool = False,
        published_on: dt.date | None = None,
        notes_dir: Path | None = None,
        themes: list[Theme] | None = None,
        theme_name: str | None = None,
        startup_warnings: tuple[str, ...] = (),
    ) -> None:
        super().__init__()
        self._article = article
        self._library = library
        self._fetch = fetch
        self._refresh = refresh
        self._published_on = published_on
        self._notes_dir = notes_dir
        self._reader_themes = list(themes or [])
        self._requested_theme = theme_name
        self._startup_warnings = list(startup_warnings)
        self._note_store: NoteStore | None = None
        self.user_keymap: dict[str, str] = {}

    @property
    def note_store(self) -> NoteStore:
        if self._note_store is None:
            from briefing.notes.store import NoteStore

            self._note_store = NoteStore(self._notes_dir)
        return self._note_store

    @property
    def reader_theme_names(self) -> list[str]:
        return [theme.name for theme in self._reader_themes]

    def on_mount(self) -> None:
        for theme in self._reader_themes:
            self.register_theme(theme)
        remembered = settings.read_state().get("theme")
        for name in (self._requested_theme, remembered, DEFAULT_THEME):
            if isinstance(name, str) and name in self.available_themes:
                self.theme = name
                break
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        keymap, warnings = settings.read_keymap(binding_ids())
        self.user_keymap = keymap
        if keymap:
            self.set_keymap(keymap)
        for warning in [*self._startup_warnings, *warnings]:
            self.notify(warning, severity="warning", timeout=8)
        if self._article is not None:
            self.push_screen(ArticleScreen(self._article))
        elif self._library is not None:
            self._show_library(self._library)
        elif self._fetch is not None:
            self.push_screen(LoadingScreen(self._fetch))
            self._load_article(self._fetch, from_library=False, at_start=True)

    def _show_library(self, library: ArticleLibrary) -> None:
        from briefing.ui.library_screen import LibraryScreen

        self.push_screen(LibraryScreen(library))

    def _remember_theme(self, theme: Theme) -> None:
        if theme.name in self.reader_theme_names and (warning := settings.remember("theme", theme.name)):
            self.notify(warning, severity="warning")

    def use_theme(self, name: str) -> None:
        if name in self.available_themes:
            self.theme = name

    def action_cycle_theme(self) -> None:
        names = self.reader_theme_names
        if not names:
            return
        position = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(position + 1) % len(names)]
        self.notify(f"Theme {self.theme}", timeout=2)

    def action_help(self) -> None:
        from briefing.ui.help_screen import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.user_keymap))

    def open_article(self, location: str, *, from_library: bool = True) -> None:
        """Load (possibly fetch) an article in a worker, then show it; esc cancels, errors are notified."""
        self.push_screen(LoadingScreen(location))
        self._load_article(location, from_library)

    @work(thread=True, exclusive=True, group="open")
    def _load_article(self, location: str, from_library: bool, at_start: bool = False) -> None:
        """A URL given on the command line may turn out to be a feed: then it opens as a library."""
        from briefing.sources import SourceDocument, load_document, open_target

        worker = get_current_worker()
        try:
            opened = open_target(location, refresh=self._refresh) if at_start else load_document(location)
        except BriefingError as error:
            if not worker.is_cancelled:
                self.call_from_thread(self._opening_failed, str(error), at_start)
            return
        if worker.is_cancelled:
            return
        if not isinstance(opened, SourceDocument):
            self.call_from_thread(self._opened_library, opened)
            return
        published_on = self._published_on if at_start else None
        article = article_from_document(opened, published_on=published_on, from_library=from_library)
        self.call_from_thread(self._opened, article, opened.warnings)

    def _opening_failed(self, message: str, at_start: bool = False) -> None:
        """Inside the app a failure is a notification; the article named on the command line exits 2."""
        if at_start:
            self.exit(return_code=2, message=f"briefing: {message}")
            return
        if isinstance(self.screen, LoadingScreen):
            self.pop_screen()
        self.notify(message, severity="error", timeout=8)

    def _opened_library(self, library: ArticleLibrary) -> None:
        if isinstance(self.screen, LoadingScreen):
            self.pop_screen()
        self._show_library(library)

    def _opened(self, article: OpenedArticle, warnings: tuple[str, ...]) -> None:
        if isinstance(self.screen, LoadingScreen):
            self.pop_screen()
        self.push_screen(ArticleScreen(article))
        for warning in warnings:
            self.notify(warning, severity="warning")

    def cancel_opening(self) -> None:
        self.workers.cancel_group(self, "open")
        if isinstance(self.screen, LoadingScreen):
            self.pop_screen()
