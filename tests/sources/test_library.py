"""A folder as a library: summaries indexed once, re-used while files are unchanged, actors followed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.errors import SourceError
from briefing.sources import open_library, open_target
from briefing.sources.library import ArticleLibrary, Library
from briefing.sources.library_entry import LibraryEntry
from tests.sources.conftest import FIXTURES


def write_article(folder: Path, name: str, title: str, body: str, published: str = "2024-03-05") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"---\ntitle: {title}\npublished: {published}\nsource: Test Wire\n---\n{body}\n", encoding="utf-8"
    )
    return path


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    write_article(folder, "a.txt", "Trucks cross", "At least 17 civilians were killed in shelling on Monday.")
    write_article(folder, "b.md", "Talks resume", "Negotiators met on Tuesday.", published="2024-03-06")
    write_article(folder, "regions/c.txt", "Floods", "About 3,000 families were displaced by floods.")
    (folder / ".drafts").mkdir()
    write_article(folder / ".drafts", "d.txt", "Draft", "Not ready.")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "README.md").write_text("# About this folder\n", encoding="utf-8")
    return folder


def test_folder_lists_every_article_with_its_metadata(articles):
    library = open_library(str(articles))
    assert library.pending_count() == 3
    entries = library.index()
    assert [entry.title for entry in entries] == ["Trucks cross", "Talks resume", "Floods"]
    assert [str(entry.published) for entry in entries] == ["2024-03-05", "2024-03-06", "2024-03-05"]
    assert {entry.source for entry in entries} == {"Test Wire"}
    assert entries[2].location == os.path.join(str(articles), "regions", "c.txt")
    assert all(entry.error is None for entry in entries)


def test_library_rows_count_the_facts_the_core_finds(articles):
    from briefing.core import analyse

    entries = open_library(str(articles)).index()
    body = "At least 17 civilians were killed in shelling on Monday.\n"
    assert entries[0].fact_count == len(analyse(body).facts)


def test_indexing_reports_progress_up_to_the_total(articles):
    seen: list[tuple[int, int]] = []
    open_library(str(articles)).index(on_progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 3)
    assert seen[-1] == (3, 3)


def test_second_open_reuses_the_index_without_analysing(articles):
    first = open_library(str(articles)).index()
    reopened = open_library(str(articles))
    assert reopened.pending_count() == 0
    assert reopened.entries == first
    seen: list[tuple[int, int]] = []
    assert reopened.index(on_progress=lambda done, total: seen.append((done, total))) == first
    assert seen == [(0, 0)]


def test_changed_article_is_analysed_again(articles):
    open_library(str(articles)).index()
    write_article(articles, "a.txt", "Trucks cross again", "Officials said 40 trucks crossed.")
    reopened = open_library(str(articles))
    assert reopened.pending_count() == 1
    assert reopened.index()[0].title == "Trucks cross again"


def test_touched_but_unchanged_article_keeps_its_analysis(articles):
    open_library(str(articles)).index()
    path = articles / "a.txt"
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    seen: list[tuple[int, int]] = []
    entries = open_library(str(articles)).index(on_progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 0)]
    assert entries[0].title == "Trucks cross"
    assert open_library(str(articles)).pending_count() == 0


def test_deleted_and_added_articles_are_noticed(articles):
    open_library(str(articles)).index()
    (articles / "b.md").unlink()
    write_article(articles, "e.txt", "New report", "Troops withdrew.")
    titles = [entry.title for entry in open_library(str(articles)).index()]
    assert titles == ["Trucks cross", "New report", "Floods"]


def test_unreadable_article_becomes_a_row_with_its_error(articles):
    (articles / "broken.txt").write_bytes(b"%PDF-1.4 not really text")
    entries = open_library(str(articles)).index()
    broken = next(entry for entry in entries if entry.location.endswith("broken.txt"))
    assert broken.error is not None and "PDF" in broken.error
    assert broken.title == "broken.txt"


def test_many_articles_are_analysed_in_worker_processes(tmp_path):
    folder = tmp_path / "many"
    for number in range(12):
        write_article(
            folder, f"{number:02}.txt", f"Report {number}", f"Officials said {number + 2} trucks crossed."
        )
    library = Library(str(folder), workers=2)
    seen: list[tuple[int, int]] = []
    entries = library.index(on_progress=lambda done, total: seen.append((done, total)))
    assert [entry.title for entry in entries] == [f"Report {number}" for number in range(12)]
    assert seen[-1] == (12, 12)


def test_folder_without_articles_is_an_error(tmp_path):
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    with pytest.raises(SourceError, match="no articles"):
        open_library(str(tmp_path))


def test_damaged_index_is_rebuilt(articles):
    from briefing.sources.library_index import index_path_for

    open_library(str(articles)).index()
    database = index_path_for(articles)
    for leftover in database.parent.glob(database.name + "*"):
        leftover.unlink()
    database.write_bytes(b"this is not an SQLite database" * 100)
    assert open_library(str(articles)).index()[0].title == "Trucks cross"


def test_an_article_file_is_not_a_library(articles):
    with pytest.raises(SourceError, match="not a folder or a feed"):
        open_library(str(articles / "a.txt"))


def test_open_target_gives_a_document_for_an_article_and_a_library_for_a_folder(articles):
    assert isinstance(open_target(str(articles)), ArticleLibrary)
    assert open_target(str(articles / "a.txt")).title == "Trucks cross"


def test_feed_file_opens_as_a_library_of_entries():
    library = open_library(str(FIXTURES / "feed.xml"))
    assert library.kind == "feed"
    assert len(library.entries) == 3
    assert library.index()[2].title == "Bulletin without a link"


class _StaticLibrary(ArticleLibrary):
    """Rows given directly, to test following actors without depending on the extraction's quality."""

    def __init__(self, entries: list[LibraryEntry]) -> None:
        super().__init__()
        self._entries = tuple(entries)


def _entry(location: str, *actors: tuple[str, ...]) -> LibraryEntry:
    return LibraryEntry(location=location, title=location, actor_names=actors)


def test_following_an_actor_finds_articles_naming_any_of_its_aliases():
    library = _StaticLibrary(
        [
            _entry("one", ("Haider al-Abadi", "Abadi", "Prime Minister Abadi")),
            _entry("two", ("Haider al-Abadi",)),
            _entry("three", ("Abadi",), ("Mosul Operations Command",)),
            _entry("four", ("Nouri al-Maliki", "Maliki")),
        ]
    )
    found = [entry.location for entry in library.articles_mentioning("Prime Minister Abadi")]
    assert found == ["one", "two", "three"]


def test_following_an_actor_ignores_case_and_unknown_names_find_nothing():
    library = _StaticLibrary([_entry("one", ("UNHCR", "the UN refugee agency"))])
    assert [entry.location for entry in library.articles_mentioning("unhcr")] == ["one"]
    assert library.articles_mentioning("Red Cross") == []


def test_library_opens_even_when_the_cache_cannot_be_written(articles, tmp_path, monkeypatch):
    not_a_folder = tmp_path / "home-is-a-file"
    not_a_folder.write_text("", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_HOME", str(not_a_folder))
    assert [entry.title for entry in open_library(str(articles)).index()] == [
        "Trucks cross",
        "Talks resume",
        "Floods",
    ]


def test_a_row_s_top_actors_put_named_actors_before_groups_named_by_common_nouns() -> None:
    from briefing.sources.document import SourceDocument
    from briefing.sources.library_entry import summarise

    text = (
        "Civilians fled as civilians were shelled. Civilians hid, and more civilians left. "
        "Col. Dana Whitcombe said the strikes would stop."
    )
    entry = summarise(SourceDocument(text=text, document_id="a", location="a.txt"), "a.txt")
    assert entry.top_actors[0] == "Dana Whitcombe"
    assert "civilians" in entry.top_actors
