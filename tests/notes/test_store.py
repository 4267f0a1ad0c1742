"""The notes store keeps every note: per-document files, changed text, corrupt and unreadable files."""

import json

import pytest

from briefing.errors import NotesError
from briefing.notes.store import NoteStore, normalise_location

TEXT = (
    "Coalition aircraft conducted 26 strikes over the past week. "
    "A spokesman said the militants still had between 2,000 and 4,000 fighters. "
    "More than 9,000 people fled toward the border."
)
LOCATION = "/articles/offensive.md"


def span_of(text: str, passage: str) -> tuple[int, int]:
    start = text.index(passage)
    return start, start + len(passage)


def add(store: NoteStore, passage: str, body: str, text: str = TEXT, location: str = LOCATION, **options):
    start, end = span_of(text, passage)
    return store.add(location, text, start, end, body, **options)


def test_added_note_is_loaded_back_with_its_passage_and_tags(tmp_path):
    note = add(NoteStore(tmp_path), "26 strikes", "count differs from CENTCOM", tags=["strikes", "check"])
    [loaded] = NoteStore(tmp_path).load(LOCATION, TEXT)
    assert loaded == note
    assert (loaded.exact, loaded.tags, loaded.orphaned) == ("26 strikes", ("strikes", "check"), False)
    assert loaded.created.endswith("Z")


def test_default_directory_is_the_users_notes_folder(isolated_briefing_home):
    add(NoteStore(), "26 strikes", "note")
    assert list((isolated_briefing_home / "data" / "notes").glob("*.json"))


def test_notes_are_returned_in_reading_order(tmp_path):
    store = NoteStore(tmp_path)
    add(store, "9,000 people", "last")
    add(store, "26 strikes", "first")
    assert [note.body for note in store.load(LOCATION, TEXT)] == ["first", "last"]


def test_update_changes_text_and_tags_but_keeps_anchor_and_creation_time(tmp_path):
    store = NoteStore(tmp_path)
    note = add(store, "26 strikes", "draft", tags=["a"])
    updated = store.update(LOCATION, TEXT, note.id, "final", tags=["b"])
    assert (updated.body, updated.tags, updated.start, updated.created) == (
        "final",
        ("b",),
        note.start,
        note.created,
    )
    assert store.load(LOCATION, TEXT) == [updated]


def test_update_without_tags_keeps_the_tags(tmp_path):
    store = NoteStore(tmp_path)
    note = add(store, "26 strikes", "draft", tags=["a"])
    assert store.update(LOCATION, TEXT, note.id, "final").tags == ("a",)


def test_remove_deletes_only_that_note(tmp_path):
    store = NoteStore(tmp_path)
    first = add(store, "26 strikes", "one")
    second = add(store, "9,000 people", "two")
    store.remove(LOCATION, TEXT, first.id)
    assert store.load(LOCATION, TEXT) == [second]


def test_unknown_note_id_is_a_notes_error(tmp_path):
    store = NoteStore(tmp_path)
    add(store, "26 strikes", "one")
    with pytest.raises(NotesError, match="no note 'nope'"):
        store.remove(LOCATION, TEXT, "nope")


def test_passage_outside_the_text_is_refused(tmp_path):
    with pytest.raises(NotesError):
        NoteStore(tmp_path).add(LOCATION, TEXT, 10, len(TEXT) + 5, "x")


def test_notes_follow_an_article_whose_text_changed(tmp_path):
    store = NoteStore(tmp_path)
    note = add(store, "between 2,000 and 4,000 fighters", "range")
    edited = "Updated at 14:00. " + TEXT.replace("26 strikes", "27 strikes")
    [moved] = store.load(LOCATION, edited)
    assert (moved.id, edited[moved.start : moved.end]) == (note.id, "between 2,000 and 4,000 fighters")


def test_a_note_whose_passage_was_deleted_is_listed_as_orphaned_and_survives_later_changes(tmp_path):
    store = NoteStore(tmp_path)
    gone = add(store, "More than 9,000 people fled toward the border.", "displacement")
    edited = TEXT.replace(" More than 9,000 people fled toward the border.", "")
    assert [(note.id, note.orphaned) for note in store.load(LOCATION, edited)] == [(gone.id, True)]
    add(store, "26 strikes", "another", text=edited)
    assert [note.orphaned for note in store.load(LOCATION, edited)] == [False, True]
    assert [note.orphaned for note in store.load(LOCATION, TEXT)] == [False, False]


def test_relative_and_absolute_paths_of_one_article_share_its_notes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = NoteStore(tmp_path / "notes")
    add(store, "26 strikes", "x", location="article.txt")
    assert len(store.load(str(tmp_path / "article.txt"), TEXT)) == 1
    assert normalise_location("https://Example.com/a?id=1#comments") == "https://example.com/a?id=1"


def test_stdin_notes_are_keyed_by_the_text(tmp_path):
    store = NoteStore(tmp_path)
    add(store, "26 strikes", "x", location="-")
    assert len(store.load("-", TEXT)) == 1
    assert store.load("-", TEXT + " More.") == []


def test_every_change_keeps_the_previous_version_as_a_backup(tmp_path):
    store = NoteStore(tmp_path)
    first = add(store, "26 strikes", "one")
    add(store, "9,000 people", "two")
    path = store.path_for(LOCATION, TEXT)
    backup = json.loads(path.with_name(path.name + ".bak").read_text(encoding="utf-8"))
    assert [note["id"] for note in backup["notes"]] == [first.id]
    assert json.loads(path.read_text(encoding="utf-8"))["text_sha256"]


def test_corrupt_file_is_moved_aside_with_one_warning_and_new_notes_are_still_saved(tmp_path):
    store = NoteStore(tmp_path)
    kept = add(store, "26 strikes", "one")
    add(store, "9,000 people", "two")
    path = store.path_for(LOCATION, TEXT)
    path.write_bytes(b'{"schema": "briefing/notes@1", "notes": [{"id": ')

    reader = NoteStore(tmp_path)
    assert reader.load(LOCATION, TEXT) == [kept]  # the backup's notes, restored
    [warning] = reader.warnings
    assert "\n" not in warning and "moved it aside" in warning and "restored 1 notes" in warning
    [aside] = tmp_path.glob(f"{path.name}.corrupt-*")
    assert aside.read_bytes() == b'{"schema": "briefing/notes@1", "notes": [{"id": '

    new = add(reader, "between 2,000 and 4,000 fighters", "three")
    assert [note.id for note in NoteStore(tmp_path).load(LOCATION, TEXT)] == [kept.id, new.id]
    assert aside.exists()


def test_corrupt_file_without_backup_still_lets_the_user_add_notes(tmp_path):
    store = NoteStore(tmp_path)
    path = store.path_for(LOCATION, TEXT)
    path.write_text("not json at all", encoding="utf-8")
    note = add(store, "26 strikes", "fresh start")
    assert len(store.warnings) == 1
    assert NoteStore(tmp_path).load(LOCATION, TEXT) == [note]
    assert len(list(tmp_path.glob("*.corrupt-*"))) == 1


@pytest.mark.parametrize("bad_note", [{"id": "x"}, "not an object"], ids=["missing-quote", "not-an-object"])
def test_a_damaged_note_record_counts_as_corruption_not_as_a_note_to_drop(tmp_path, bad_note):
    store = NoteStore(tmp_path)
    path = store.path_for(LOCATION, TEXT)
    path.write_text(json.dumps({"schema": "briefing/notes@1", "notes": [bad_note]}), encoding="utf-8")
    assert store.load(LOCATION, TEXT) == []
    assert "moved it aside" in store.warnings[0]


def test_notes_file_from_a_newer_briefing_is_never_overwritten(tmp_path):
    store = NoteStore(tmp_path)
    path = store.path_for(LOCATION, TEXT)
    newer = json.dumps({"schema": "briefing/notes@2", "notes": []})
    path.write_text(newer, encoding="utf-8")
    assert store.load(LOCATION, TEXT) == []
    assert "newer" in store.warnings[0]
    with pytest.raises(NotesError, match="newer"):
        add(store, "26 strikes", "x")
    assert path.read_text(encoding="utf-8") == newer
    assert store.documents() == []
    assert "newer" in store.warnings[-1]


def test_unreadable_file_is_moved_aside_intact_and_new_notes_are_still_saved(tmp_path):
    store = NoteStore(tmp_path)
    path = store.path_for(LOCATION, TEXT)
    path.mkdir()  # something that exists but cannot be read as a file, even by root
    (path / "keep.txt").write_text("user data", encoding="utf-8")
    assert store.load(LOCATION, TEXT) == []
    [warning] = store.warnings
    assert "cannot read" in warning and "moved it aside" in warning
    note = add(store, "26 strikes", "one")
    assert NoteStore(tmp_path).load(LOCATION, TEXT) == [note]
    [aside] = tmp_path.glob(f"{path.name}.corrupt-*")
    assert (aside / "keep.txt").read_text(encoding="utf-8") == "user data"


def test_documents_lists_every_article_with_notes(tmp_path):
    store = NoteStore(tmp_path)
    add(store, "26 strikes", "x", location="/articles/a.md")
    add(store, "26 strikes", "y", location="/articles/b.md")
    add(store, "9,000 people", "z", location="/articles/b.md")
    assert [(document.location, document.notes) for document in store.documents()] == [
        ("/articles/a.md", 1),
        ("/articles/b.md", 2),
    ]
