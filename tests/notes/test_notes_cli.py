"""`briefing notes add|list|rm` and `briefing export` as a user runs them; errors are one line with exit 2."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = (
    "Coalition aircraft conducted 26 strikes over the past week, officials said on Tuesday.\n\n"
    "A spokesman said the militants still had between 2,000 and\n4,000 fighters in the desert.\n"
)


def briefing(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True, cwd=cwd)


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("briefing")
    return line


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "strikes.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_add_then_list_shows_the_note_with_its_passage_and_tags(article):
    added = briefing(
        "notes", "add", str(article), "--quote", "26 strikes", "--text", "check count", "--tag", "verify"
    )
    assert added.returncode == 0, added.stderr
    note_id = added.stdout.split()[0]
    listed = briefing("notes", "list", str(article))
    assert listed.returncode == 0
    [line] = listed.stdout.splitlines()
    assert line.startswith(note_id) and "'26 strikes'" in line and "check count" in line and "#verify" in line


def test_quote_matches_across_line_breaks_in_the_article(article):
    added = briefing(
        "notes", "add", str(article), "--quote", "between 2,000 and 4,000 fighters", "--text", "x"
    )
    assert added.returncode == 0, added.stderr


def test_list_without_article_lists_every_document_with_notes(article, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Officials said 26 strikes hit the town.", encoding="utf-8")
    briefing("notes", "add", str(article), "--quote", "26 strikes", "--text", "a")
    briefing("notes", "add", str(other), "--quote", "26 strikes", "--text", "b")
    listed = briefing("notes", "list")
    assert listed.returncode == 0
    assert [line.split()[-1] for line in listed.stdout.splitlines()] == sorted([str(article), str(other)])


def test_relative_path_from_another_folder_finds_the_same_notes(article):
    briefing("notes", "add", str(article), "--quote", "26 strikes", "--text", "a")
    listed = briefing("notes", "list", article.name, cwd=article.parent)
    assert "'26 strikes'" in listed.stdout


def test_rm_removes_the_note(article):
    note_id = briefing("notes", "add", str(article), "--quote", "26 strikes", "--text", "a").stdout.split()[0]
    removed = briefing("notes", "rm", str(article), note_id)
    assert removed.returncode == 0
    assert briefing("notes", "list", str(article)).stdout == ""


def test_notes_dir_option_keeps_notes_in_that_folder(article, tmp_path):
    folder = tmp_path / "team-notes"
    briefing("notes", "add", str(article), "--quote", "26 strikes", "--text", "a", "--notes-dir", str(folder))
    assert len(list(folder.glob("*.json"))) == 1
    assert briefing("notes", "--notes-dir", str(folder), "list", str(article)).stdout.count("\n") == 1
    assert briefing("notes", "list", str(article)).stdout == ""


def test_export_markdown_includes_the_note(article, tmp_path):
    briefing("notes", "add", str(article), "--quote", "26 strikes", "--text", "check count")
    output = tmp_path / "briefing.md"
    exported = briefing("export", str(article), "-o", str(output))
    assert exported.returncode == 0, exported.stderr
    markdown = output.read_text(encoding="utf-8")
    assert markdown.startswith("# strikes\n")
    assert "check count" in markdown and "**26 strikes**" in markdown


def test_export_json_is_the_analysis_plus_web_annotations(article):
    briefing("notes", "add", str(article), "--quote", "26 strikes", "--text", "check count")
    exported = briefing("export", str(article), "--format", "json")
    payload = json.loads(exported.stdout)
    assert payload["analysis"]["schema"] == "briefing/analysis@1"
    [annotation] = payload["annotations"]
    assert annotation["target"]["source"] == article.resolve().as_uri()
    assert annotation["body"][0]["value"] == "check count"


def test_quote_not_in_the_article_is_a_one_line_error(article):
    line = assert_one_line_error(
        briefing("notes", "add", str(article), "--quote", "no such words", "--text", "x")
    )
    assert "quote not found" in line


def test_removing_an_unknown_note_is_a_one_line_error(article):
    assert "no note" in assert_one_line_error(briefing("notes", "rm", str(article), "deadbeef"))


def test_missing_article_is_a_one_line_error(tmp_path):
    assert_one_line_error(briefing("export", str(tmp_path / "missing.txt")))
    assert_one_line_error(briefing("notes", "list", str(tmp_path / "missing.txt")))


def test_missing_subcommand_is_a_one_line_usage_error():
    assert_one_line_error(briefing("notes"))


def test_corrupt_notes_file_is_reported_in_one_warning_and_listing_still_works(
    article, isolated_briefing_home
):
    briefing("notes", "add", str(article), "--quote", "26 strikes", "--text", "a")
    [notes_file] = (isolated_briefing_home / "data" / "notes").glob("*.json")
    notes_file.write_text("{broken", encoding="utf-8")
    listed = briefing("notes", "list", str(article))
    assert listed.returncode == 0
    [warning] = listed.stderr.strip().splitlines()
    assert warning.startswith("briefing: warning:") and "moved it aside" in warning
