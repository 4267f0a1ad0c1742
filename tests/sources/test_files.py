"""Reading article files and stdin: encodings, front matter, Markdown, HTML, and clear refusals."""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

import pytest

from briefing.errors import SourceError
from briefing.sources import expand_targets, load_document
from tests.sources.conftest import FIXTURES, WESTERN_TEXT

ARTICLE = (
    "Officials said 40 trucks crossed the checkpoint on Tuesday.\n\nThe army said 12 soldiers were hurt.\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_text_files_in_common_encodings_read_the_same(tmp_path, encoding):
    path = tmp_path / "article.txt"
    path.write_bytes(WESTERN_TEXT.encode(encoding))
    document = load_document(str(path))
    assert document.text == WESTERN_TEXT
    assert document.warnings == ()


def test_latin1_file_reads_its_accents(tmp_path):
    text = "São Paulo: o ministro disse que a operação começou às cinco horas, segundo a polícia."
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode("latin-1"))
    assert load_document(str(path)).text == text


def test_shift_jis_file_reads_as_japanese(tmp_path):
    text = "東京で会議が開かれ、首相は防衛費の増額を発表した。政府関係者によると、予算は来月審議される。"
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode("shift_jis"))
    assert load_document(str(path)).text == text


def test_windows_line_endings_become_newlines(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    assert load_document(str(path)).text == ARTICLE


def test_undecodable_bytes_are_replaced_with_a_warning(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes("Zürich – Genève, déjà: ".encode() + b"\xff\xfe broken tail")
    document = load_document(str(path))
    assert document.text.startswith("Zürich – Genève, déjà: ")
    assert "\ufffd" in document.text
    assert any("undecodable" in warning for warning in document.warnings)


def test_plain_text_is_analysed_exactly_as_written(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    document = load_document(str(path))
    assert document.text == ARTICLE
    assert document.document_id == "report"
    assert document.path == str(path)


def test_front_matter_is_metadata_not_text(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(
        "---\ntitle: Trucks cross checkpoint\nsource: Test Wire\npublished: 2024-03-05\n"
        "url: http://wire.test/trucks\n---\n" + ARTICLE,
        encoding="utf-8",
    )
    document = load_document(str(path))
    assert document.text == ARTICLE
    assert document.title == "Trucks cross checkpoint"
    assert document.source == "Test Wire"
    assert str(document.published) == "2024-03-05"
    assert document.url == "http://wire.test/trucks"


def test_bad_front_matter_date_is_a_warning_not_an_error(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("---\ntitle: T\npublished: last Tuesday\n---\n" + ARTICLE, encoding="utf-8")
    document = load_document(str(path))
    assert document.published is None
    assert any("last Tuesday" in warning for warning in document.warnings)


def test_a_rule_of_dashes_that_is_not_metadata_stays_in_the_text(tmp_path):
    text = "---\nBreaking: the border reopened.\n---\nMore soon.\n"
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    assert load_document(str(path)).text == text


def test_markdown_markup_is_removed_and_headings_kept_as_blocks():
    document = load_document(str(FIXTURES / "markup.md"))
    assert document.title == "Talks resume in the capital"
    assert document.source == "Test Wire"
    assert document.text == (
        "Talks resume in the capital\n\n"
        "Negotiators from both sides met on Monday, the foreign ministry said. "
        "The talks were the first since January.\n\n"
        "What comes next\n\n"
        "A second round is planned for May.\n\n"
        "Observers from three countries will attend.\n\n"
        '"We are ready," the envoy said.'
    )
    headings = [
        (document.text[block.start : block.end], block.level)
        for block in document.display_blocks
        if block.kind == "heading"
    ]
    assert headings == [("Talks resume in the capital", 1), ("What comes next", 2)]


def test_html_file_reads_main_text_and_metadata():
    document = load_document(str(FIXTURES / "article.html"))
    assert document.title == "Ceasefire holds as aid reaches northern town"
    assert str(document.published) == "2024-03-05"
    assert "Ahmed Karimi" in document.text
    assert "All rights reserved" not in document.text


def test_html_date_in_the_story_is_not_taken_as_the_publication_date(tmp_path):
    paragraphs = "".join(
        f"<p>Negotiators met in the capital on 12 March 2023, officials said, in round {number} of the talks.</p>"
        for number in range(1, 4)
    )
    path = tmp_path / "talks.html"
    path.write_text(
        f"<html><head><title>Talks</title></head><body><article>{paragraphs}</article></body></html>"
    )
    assert load_document(str(path)).published is None


def test_html_without_a_suffix_is_recognised_by_its_content(tmp_path):
    path = tmp_path / "saved"
    shutil.copy(FIXTURES / "article.html", path)
    assert "Ahmed Karimi" in load_document(str(path)).text


def test_stdin_is_read_with_a_dash(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    document = load_document("-")
    assert document.text == ARTICLE
    assert document.location == "-"


def test_html_on_stdin_is_recognised(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((FIXTURES / "article.html").read_bytes())))
    assert "Ahmed Karimi" in load_document("-").text


def test_missing_file_is_named(tmp_path):
    missing = str(tmp_path / "nope.txt")
    with pytest.raises(SourceError, match="no such file") as raised:
        load_document(missing)
    assert missing in str(raised.value)


@pytest.mark.parametrize("content", [b"", b"  \n\n \t"])
def test_empty_file_is_refused(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(SourceError, match="empty"):
        load_document(str(path))


def test_front_matter_alone_is_an_empty_article(tmp_path):
    path = tmp_path / "only-metadata.md"
    path.write_text("---\ntitle: Nothing yet\n---\n", encoding="utf-8")
    with pytest.raises(SourceError, match="empty"):
        load_document(str(path))


@pytest.mark.parametrize(
    ("content", "description"),
    [(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"), (bytes(range(256)) * 40, "binary")],
)
def test_binary_files_are_refused(tmp_path, content, description):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(SourceError, match=description):
        load_document(str(path))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_says_permission_denied(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(SourceError, match="permission denied"):
            load_document(str(path))
    finally:
        path.chmod(0o644)


def test_folder_given_as_an_article_says_it_is_a_folder(tmp_path):
    with pytest.raises(SourceError, match="a folder"):
        load_document(str(tmp_path))


def test_feed_file_given_as_an_article_says_it_is_a_feed():
    with pytest.raises(SourceError, match="RSS/Atom feed"):
        load_document(str(FIXTURES / "feed.xml"))


def test_expand_targets_lists_folder_articles_sorted_and_keeps_other_targets(tmp_path):
    (tmp_path / "b.md").write_text("# B\n\nText.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "c.html").write_text("<html></html>", encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Text.", encoding="utf-8")
    expanded = expand_targets([str(tmp_path), "-", "http://example.test/a"])
    names = [Path(target).relative_to(tmp_path).as_posix() for target in expanded[:3]]
    assert names == ["a.txt", "b.md", "nested/c.html"]
    assert expanded[3:] == ["-", "http://example.test/a"]


def test_expand_targets_refuses_a_folder_without_articles(tmp_path):
    with pytest.raises(SourceError, match="no articles"):
        expand_targets([str(tmp_path)])
