"""The library: one row per article (title, date, source, top actors, facts), sortable and filterable.

A folder indexed for the first time shows its progress and fills the table when done; `o` follows one
of a row's actors to every article that mentions it, and `enter` opens the article.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Input, Label, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from briefing.errors import BriefingError
from briefing.sources.library import ArticleLibrary
from briefing.sources.library_entry import LibraryEntry


@dataclass(frozen=True, slots=True)
class SortColumn:
    label: str
    key: Callable[[LibraryEntry], object]
    newest_first: bool = False


def _published_key(entry: LibraryEntry) -> str:
    return entry.published.isoformat() if entry.published else ""


SORT_COLUMNS: tuple[SortColumn, ...] = (
    SortColumn("Published", _published_key, newest_first=True),
    SortColumn("Title", lambda entry: entry.title.casefold()),
    SortColumn("Source", lambda entry: (entry.source or "").casefold()),
    SortColumn("Actors", lambda entry: ", ".join(entry.top_actors).casefold()),
    SortColumn("Facts", lambda entry: entry.fact_count, newest_first=True),
)
COLUMN_LABELS = ("Title", "Published", "Source", "Top actors", "Facts")


def column_widths(screen_width: int) -> tuple[int, ...]:
    """Title, date, source, actors, facts: every column stays visible, the title takes what is left."""
    published, facts = 10, 18
    rest = max(30, screen_width - published - facts - 12)
    source = max(8, rest * 2 // 9)
    actors = max(10, rest * 3 // 9)
    return (rest - source - actors, published, source, actors, facts)


def shorten(cell: str, width: int) -> str:
    return cell if len(cell) <= width else cell[: max(0, width - 1)] + "…"


def entry_matches(entry: LibraryEntry, query: str) -> bool:
    """Every word of the query appears in the title, date, source or top actors (case ignored)."""
    haystack = " ".join(
        (entry.title, _published_key(entry), entry.source or "", " ".join(entry.top_actors))
    ).casefold()
    return all(word in haystack for word in query.casefold().split())


def facts_cell(entry: LibraryEntry) -> str:
    if entry.error:
        return "–"
    if not entry.fact_counts:
        return "0"
    kinds = ", ".join(f"{count} {kind.replace('_', ' ')}" for kind, count in entry.fact_counts[:2])
    return f"{entry.fact_count} ({kinds})"


class ActorPicker(ModalScreen[str | None]):
    """Which of the row's actors to follow; esc picks none."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="library.cancel_pick")
    ]
    DEFAULT_CSS = """
    ActorPicker { align: center middle; }
    ActorPicker > Vertical { width: 60; height: auto; max-height: 20; border: round $primary; background: $surface; }
    ActorPicker OptionList { height: auto; max-height: 16; }
    """

    def __init__(self, actors: Sequence[str]) -> None:
        super().__init__()
        self._actors = list(actors)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Follow which actor? (enter picks, esc cancels)")
            yield OptionList(*(Option(name, id=str(index)) for index, name in enumerate(self._actors)))

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self._actors[event.option_index])


class LibraryScreen(Screen[None]):
    """Browse a library and open its articles with `self.app.open_article(location)`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "cycle_sort", "Sort", id="library.sort"),
        Binding("S", "reverse_sort", "Reverse", show=False, id="library.reverse_sort"),
        Binding("slash", "start_filter", "Filter", key_display="/", id="library.filter"),
        Binding("o", "follow_actor", "Follow actor", id="library.follow_actor"),
        Binding("escape", "clear_filters", "Clear filter", show=False, id="library.clear_filter"),
        Binding("j", "cursor_down", "Down", show=False, id="library.down"),
        Binding("k", "cursor_up", "Up", show=False, id="library.up"),
        Binding("g", "cursor_top", "Top", show=False, id="library.top"),
        Binding("G", "cursor_bottom", "Bottom", show=False, id="library.bottom"),
    ]
    DEFAULT_CSS = """
    LibraryScreen #library-progress { height: auto; padding: 1 2; }
    LibraryScreen #library-filter { display: none; }
    LibraryScreen #library-filter.visible { display: block; }
    LibraryScreen #library-status { height: 1; padding: 0 1; background: $panel; }
    LibraryScreen DataTable { height: 1fr; }
    """

    PAGE_ROWS = 500
    PAGE_MARGIN = 20  # rows before the end at which the next page is added

    def __init__(self, library: ArticleLibrary) -> None:
        super().__init__()
        self.library = library
        self._entries: tuple[LibraryEntry, ...] = library.entries
        self._visible: list[LibraryEntry] = []
        self._shown = 0
        self._sort_index = 0
        self._reverse = False
        self._query = ""
        self._followed: tuple[str, frozenset[str]] | None = None  # actor name, locations mentioning it
        self._last_reported_percent = -1
        self._widths = column_widths(80)

    def compose(self) -> ComposeResult:
        with Vertical(id="library-progress"):
            yield Label("", id="library-progress-label", markup=False)
            yield ProgressBar(id="library-progress-bar", show_eta=False)
        yield Input(
            placeholder="filter: words in title, date, source or actors (esc clears)", id="library-filter"
        )
        table: DataTable[Text] = DataTable(id="library-table", cursor_type="row", zebra_stripes=True)
        yield table
        yield Static("", id="library-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.library.title
        table = self.query_one(DataTable)
        self._widths = column_widths(self.app.size.width)
        for label, width in zip(COLUMN_LABELS, self._widths, strict=True):
            table.add_column(label, key=label, width=width)
        pending = self.library.pending_count()
        if pending:
            self.query_one("#library-progress-label", Label).update(
                f"Analysing {pending} article{'s' if pending != 1 else ''} of {self.library.title}…"
            )
            self.query_one(ProgressBar).update(total=pending, progress=0)
            self._index_library()
        else:
            self.query_one("#library-progress").display = False
        self._refresh_rows()
        table.focus()
        for warning in self.library.warnings:
            self.notify(warning, severity="warning", timeout=8)

    @work(thread=True, exclusive=True, group="library-index")
    def _index_library(self) -> None:
        worker = get_current_worker()

        def report(done: int, total: int) -> None:
            percent = done * 100 // total if total else 100
            if percent != self._last_reported_percent and not worker.is_cancelled:
                self._last_reported_percent = percent
                self.app.call_from_thread(self._show_progress, done, total)

        try:
            entries = self.library.index(on_progress=report, cancelled=lambda: worker.is_cancelled)
        except BriefingError as error:
            if not worker.is_cancelled:
                self.app.call_from_thread(self.notify, str(error), severity="error")
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._indexing_done, entries)

    def _show_progress(self, done: int, total: int) -> None:
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)

    def _indexing_done(self, entries: tuple[LibraryEntry, ...]) -> None:
        self.query_one("#library-progress").display = False
        self._entries = entries
        self._refresh_rows()

    @property
    def visible_entries(self) -> list[LibraryEntry]:
        """The rows shown, in the order shown: filtered by the query and the followed actor, then sorted."""
        column = SORT_COLUMNS[self._sort_index]
        rows = [
            entry
            for entry in self._entries
            if entry_matches(entry, self._query)
            and (self._followed is None or entry.location in self._followed[1])
        ]
        rows.sort(key=column.key, reverse=column.newest_first != self._reverse)
        return rows

    def _refresh_rows(self) -> None:
        """Rebuild the table from the current filter and sort; the highlighted article stays highlighted."""
        table = self.query_one(DataTable)
        highlighted = self._highlighted_location()
        table.clear()
        self._visible = self.visible_entries
        self._shown = 0
        position = next(
            (index for index, entry in enumerate(self._visible) if entry.location == highlighted), 0
        )
        self._add_rows(max(self.PAGE_ROWS, position + 1))
        table.move_cursor(row=position)
        self._update_status(len(self._visible))

    def _add_rows(self, count: int) -> None:
        """Add the next rows; a DataTable measures every cell it holds, so huge libraries load in pages."""
        table = self.query_one(DataTable)
        for entry in self._visible[self._shown : self._shown + count]:
            title = f"⚠ {entry.title}" if entry.error else entry.title
            cells = (
                title,
                _published_key(entry) or "–",
                entry.source or "–",
                ", ".join(entry.top_actors) or "–",
                facts_cell(entry),
            )
            table.add_row(
                *(
                    Text(shorten(cell, width), no_wrap=True)
                    for cell, width in zip(cells, self._widths, strict=True)
                ),
                key=entry.location,
            )
        self._shown = min(len(self._visible), self._shown + count)

    @on(DataTable.RowHighlighted)
    def _load_more_near_the_end(self, event: DataTable.RowHighlighted) -> None:
        if self._shown < len(self._visible) and event.cursor_row >= self._shown - self.PAGE_MARGIN:
            self._add_rows(self.PAGE_ROWS)

    def _update_status(self, shown: int) -> None:
        column = SORT_COLUMNS[self._sort_index]
        descending = column.newest_first != self._reverse
        parts = [
            f"{shown} of {len(self._entries)} articles",
            f"sorted by {column.label} {'↓' if descending else '↑'}",
        ]
        if self._query:
            parts.append(f"filter “{self._query}”")
        if self._followed is not None:
            parts.append(f"following {self._followed[0]} (esc stops)")
        self.query_one("#library-status", Static).update(" · ".join(parts))

    def _highlighted_location(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return row_key.value

    def _highlighted_entry(self) -> LibraryEntry | None:
        location = self._highlighted_location()
        return next((entry for entry in self._entries if entry.location == location), None)

    @on(DataTable.RowSelected)
    def _open_row(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.app.open_article(event.row_key.value)  # type: ignore[attr-defined]

    def action_cycle_sort(self) -> None:
        self._sort_index = (self._sort_index + 1) % len(SORT_COLUMNS)
        self._reverse = False
        self._refresh_rows()

    def action_reverse_sort(self) -> None:
        self._reverse = not self._reverse
        self._refresh_rows()

    def action_start_filter(self) -> None:
        filter_input = self.query_one("#library-filter", Input)
        filter_input.add_class("visible")
        filter_input.focus()

    @on(Input.Changed, "#library-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self._query = event.value.strip()
        self._refresh_rows()

    @on(Input.Submitted, "#library-filter")
    def _filter_submitted(self) -> None:
        self.query_one(DataTable).focus()

    def action_clear_filters(self) -> None:
        """esc backs out one layer: the filter being typed, then the followed actor; it never quits."""
        filter_input = self.query_one("#library-filter", Input)
        if filter_input.has_class("visible") or self._query:
            filter_input.value = ""
            filter_input.remove_class("visible")
            self._query = ""
        elif self._followed is not None:
            self._followed = None
        self.query_one(DataTable).focus()
        self._refresh_rows()

    def action_follow_actor(self) -> None:
        entry = self._highlighted_entry()
        if entry is None:
            return
        if not entry.top_actors:
            self.notify("No actors were found in this article.", timeout=3)
            return
        if len(entry.top_actors) == 1:
            self.follow(entry.top_actors[0], entry)
            return

        def picked(name: str | None) -> None:
            if name:
                self.follow(name, entry)

        self.app.push_screen(ActorPicker(entry.top_actors), picked)

    def follow(self, name: str, entry: LibraryEntry | None = None) -> None:
        """Show only the articles that mention `name` or one of its aliases."""
        aliases = next(
            (names for names in (entry.actor_names if entry else ()) if names and names[0] == name), ()
        )
        found = self.library.articles_mentioning(name, aliases)
        self._followed = (name, frozenset(found_entry.location for found_entry in found))
        self._refresh_rows()

    def action_cursor_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()

    def action_cursor_top(self) -> None:
        self.query_one(DataTable).move_cursor(row=0)

    def action_cursor_bottom(self) -> None:
        self._add_rows(len(self._visible))
        table = self.query_one(DataTable)
        table.move_cursor(row=max(table.row_count - 1, 0))
