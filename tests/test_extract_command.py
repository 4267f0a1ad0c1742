"""`briefing extract`: the headless contract scripts and pipelines rely on."""

import json

import jsonschema

from briefing.core.schema import JSON_SCHEMA, SCHEMA_ID
from tests.test_cli import run_briefing

ARTICLE = (
    "BAGHDAD - Iraqi Prime Minister Haider al-Abadi said on Tuesday that Iraqi forces had retaken the town "
    "of Qaim. At least 17 civilians were killed, officials said.\n\nAbadi said the fighting was over.\n"
)


def test_jsonl_prints_one_schema_valid_object_per_input(tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text("No news today.", encoding="utf-8")
    result = run_briefing(
        "extract", "--format", "jsonl", "--published", "2017-11-03", str(first), str(second)
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    payloads = [json.loads(line) for line in lines]
    for payload in payloads:
        jsonschema.validate(payload, JSON_SCHEMA)
        assert payload["schema"] == SCHEMA_ID
    assert [payload["document"]["id"] for payload in payloads] == ["first", "second"]
    assert payloads[0]["document"]["published"] == "2017-11-03"
    assert payloads[0]["document"]["published_source"] == "argument"
    assert payloads[0]["document"]["chars"] == len(ARTICLE)


def test_offsets_index_the_exact_text_that_was_read(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    payload = json.loads(run_briefing("extract", str(article)).stdout)
    for date in payload["dates"]:
        start, end = date["span"]
        assert ARTICLE[start:end] == date["text"]
    for group in payload["actors"] + payload["places"]:
        for start, end in group["mentions"]:
            assert 0 <= start < end <= len(ARTICLE)


def test_stdin_is_read_with_a_dash():
    result = run_briefing("extract", "--format", "jsonl", "-", stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["document"]["chars"] == len(ARTICLE)


def test_bad_published_date_is_a_usage_error(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run_briefing("extract", "--published", "3 Nov", str(article))
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_failing_input_is_reported_and_the_others_still_printed(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run_briefing("extract", "--format", "jsonl", str(tmp_path / "missing.txt"), str(article))
    assert result.returncode == 2
    assert len(result.stdout.splitlines()) == 1
    assert "missing.txt" in result.stderr


def test_a_folder_is_expanded_to_its_articles_in_order(tmp_path):
    (tmp_path / "b.txt").write_text("Second report.", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_briefing("extract", "--format", "jsonl", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["document"]["id"] for line in result.stdout.splitlines()] == ["a", "b"]
