"""The library view as a user drives it: rows fill after indexing, s sorts, / filters, o follows, enter opens."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from textual.app import App
from textual.widgets import DataTable, Input, ProgressBar

from briefing.sources.library import ArticleLibrary, Library
from briefing.sources.library_entry import LibraryEntry
from briefing.ui.library_screen import ActorPicker, LibraryScreen


class _StaticLibrary(ArticleLibrary):
    kind = "folder"
    title = "test library"
    location = "test"

    def __init__(self, entries: list[LibraryEntry]) -> None:
        super().__init__()
        self._entries = tuple(entries)

    def pending_count(self) -> int:
        return 0


class _ReaderApp(App[None]):
    """Stands in for the reader app: records what the library asked to open."""

    def __init__(self, library: ArticleLibrary) -> None:
        super().__init__()
        self.library = library
        self.opened: list[str] = []

    def on_mount(self) -> None:
        self.push_screen(LibraryScreen(self.library))

    def open_article(self, location: str) -> None:
        self.opened.append(location)


ENTRIES = [
    LibraryEntry(
        location="mosul.txt",
        title="Forces advance on Mosul",
        published=dt.date(2017, 3, 1),
        source="Wire",
        top_actors=("Haider al-Abadi", "Iraqi army"),
        fact_counts=(("casualties", 2),),
        actor_names=(("Haider al-Abadi", "Abadi"), ("Iraqi army",)),
    ),
    LibraryEntry(
        location="aid.txt",
        title="Aid convoy reaches town",
        published=dt.date(2017, 5, 9),
        source="Relief Agency",
        top_actors=("UNHCR",),
        actor_names=(("UNHCR",),),
    ),
    LibraryEntry(
        location="budget.txt",
        title="Budget talks in Baghdad",
        published=dt.date(2016, 11, 20),
        source="Wire",
        top_actors=("Abadi",),
        fact_counts=(("money", 1),),
        actor_names=(("Abadi",),),
    ),
]


def shown_titles(app: App[None]) -> list[str]:
    table = app.screen.query_one(DataTable)
    return [str(table.get_row_at(index)[0]) for index in range(table.row_count)]


async def test_rows_start_newest_first_and_s_cycles_the_sort_column():
    app = _ReaderApp(_StaticLibrary(ENTRIES))
    async with app.run_test(size=(120, 30)) as pilot:
        assert shown_titles(app) == [
            "Aid convoy reaches town",
            "Forces advance on Mosul",
            "Budget talks in Baghdad",
        ]
        await pilot.press("s")
        assert shown_titles(app) == [
            "Aid convoy reaches town",
            "Budget talks in Baghdad",
            "Forces advance on Mosul",
        ]


async def test_enter_opens_the_highlighted_article():
    app = _ReaderApp(_StaticLibrary(ENTRIES))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("j", "enter")
        assert app.opened == ["mosul.txt"]


async def test_slash_filters_and_esc_clears_the_filter():
    app = _ReaderApp(_StaticLibrary(ENTRIES))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("slash", *"wire")
        assert isinstance(app.focused, Input)
        assert shown_titles(app) == ["Forces advance on Mosul", "Budget talks in Baghdad"]
        await pilot.press("enter")
        assert isinstance(app.focused, DataTable)
        await pilot.press("escape")
        assert len(shown_titles(app)) == 3
        assert app.screen.is_current


async def test_o_follows_a_picked_actor_across_articles_and_esc_stops_following():
    app = _ReaderApp(_StaticLibrary(ENTRIES))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("j", "o")
        assert isinstance(app.screen, ActorPicker)
        await pilot.press("enter")
        assert isinstance(app.screen, LibraryScreen)
        assert shown_titles(app) == ["Forces advance on Mosul", "Budget talks in Baghdad"]
        await pilot.press("escape")
        assert len(shown_titles(app)) == 3


async def test_first_open_of_a_folder_shows_progress_then_fills_the_table(tmp_path: Path):
    for number in range(3):
        (tmp_path / f"{number}.txt").write_text(
            f"---\ntitle: Report {number}\npublished: 2024-01-0{number + 1}\n---\nOfficials said {number + 5} "
            "trucks crossed.\n",
            encoding="utf-8",
        )
    app = _ReaderApp(Library(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        assert app.screen.query_one(ProgressBar).total == 3
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert shown_titles(app) == ["Report 2", "Report 1", "Report 0"]
        assert not app.screen.query_one("#library-progress").display


async def test_large_folder_is_analysed_in_worker_processes_while_the_ui_runs(tmp_path: Path):
    for number in range(12):
        (tmp_path / f"{number:02}.txt").write_text(
            f"Officials said {number + 5} trucks crossed.\n", encoding="utf-8"
        )
    app = _ReaderApp(Library(tmp_path, workers=2))
    async with app.run_test(size=(120, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(shown_titles(app)) == 12
        assert not any(title.startswith("⚠") for title in shown_titles(app))


def _many_entries(count: int) -> list[LibraryEntry]:
    return [
        LibraryEntry(location=f"{number:05}.txt", title=f"Report {number:05}", published=dt.date(2024, 1, 1))
        for number in range(count)
    ]


async def test_large_library_shows_a_first_page_and_g_reaches_the_last_article():
    app = _ReaderApp(_StaticLibrary(_many_entries(1200)))
    async with app.run_test(size=(120, 30)) as pilot:
        table = app.screen.query_one(DataTable)
        assert table.row_count == LibraryScreen.PAGE_ROWS
        await pilot.press("G")
        assert table.row_count == 1200
        assert table.cursor_row == 1199


async def test_moving_near_the_end_of_a_page_loads_the_next_page():
    app = _ReaderApp(_StaticLibrary(_many_entries(1200)))
    async with app.run_test(size=(120, 30)) as pilot:
        table = app.screen.query_one(DataTable)
        table.move_cursor(row=LibraryScreen.PAGE_ROWS - 1)
        await pilot.pause()
        assert table.row_count == 2 * LibraryScreen.PAGE_ROWS


async def test_titles_with_brackets_are_shown_literally():
    entry = LibraryEntry(location="update.txt", title="[UPDATE] Talks resume", published=dt.date(2024, 1, 1))
    app = _ReaderApp(_StaticLibrary([entry]))
    async with app.run_test(size=(120, 30)):
        assert shown_titles(app) == ["[UPDATE] Talks resume"]


async def test_every_column_stays_visible_at_80_columns_with_long_titles_shortened():
    long_title = "Government forces and allied militias advance on the northern outskirts of the city"
    entries = [dataclasses.replace(ENTRIES[0], title=long_title)]
    app = _ReaderApp(_StaticLibrary(entries))
    async with app.run_test(size=(80, 24)):
        table = app.screen.query_one(DataTable)
        assert sum(column.get_render_width(table) for column in table.columns.values()) <= 80
        title, published, *_ = (str(cell) for cell in table.get_row_at(0))
        assert title.endswith("…") and long_title.startswith(title[:-1])
        assert published == ENTRIES[0].published.isoformat()
