"""The Textual application: themes, key map, and which screen shows (library or article). No reading logic."""

from __future__ import annotations

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
        library_folder: Path | None = None,
        themes: list[Theme] | None = None,
        theme_name: str | None = None,
        startup_warnings: tuple[str, ...] = (),
    ) -> None:
        super().__init__()
        self._article = article
        self._library_folder = library_folder
        self._reader_themes = list(themes or [])
        self._requested_theme = theme_name
        self._startup_warnings = list(startup_warnings)
        self._note_store: NoteStore | None = None
        self.user_keymap: dict[str, str] = {}

    @property
    def note_store(self) -> NoteStore:
        if self._note_store is None:
            from briefing.notes.store import NoteStore

            self._note_store = NoteStore()
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
        elif self._library_folder is not None:
            self._show_library(self._library_folder)

    def _show_library(self, folder: Path) -> None:
        try:
            from briefing.sources.library import Library
            from briefing.ui.library_screen import LibraryScreen
        except ImportError:
            self._open_first_article(folder)
            return
        self.push_screen(LibraryScreen(Library(folder)))

    def _open_first_article(self, folder: Path) -> None:
        articles = sorted(
            path
            for path in folder.iterdir()
            if path.is_file() and path.suffix.lower() in (".md", ".txt", ".html")
        )
        if not articles:
            self.notify(f"{folder}: no articles here", severity="error")
            return
        self.open_article(str(articles[0]), from_library=False)

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
    def _load_article(self, location: str, from_library: bool) -> None:
        from briefing.sources import load_document

        worker = get_current_worker()
        try:
            document = load_document(location)
        except BriefingError as error:
            if not worker.is_cancelled:
                self.call_from_thread(self._opening_failed, str(error))
            return
        article = article_from_document(document, from_library=from_library)
        if not worker.is_cancelled:
            self.call_from_thread(self._opened, article, document.warnings)

    def _opening_failed(self, message: str) -> None:
        if isinstance(self.screen, LoadingScreen):
            self.pop_screen()
        self.notify(message, severity="error", timeout=8)

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
