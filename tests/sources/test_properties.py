"""Whatever bytes a file holds, reading it either works or fails with one SourceError line; never a crash."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.errors import SourceError
from briefing.sources.encoding import decode_bytes
from briefing.sources.files import document_from_bytes
from briefing.sources.markdown import markdown_to_text

MARKDOWN_PIECES = st.sampled_from(
    [
        "# ",
        "## ",
        "**",
        "*",
        "_",
        "`",
        "[",
        "](",
        ")",
        "![",
        "> ",
        "- ",
        "1. ",
        "---",
        "===",
        "|",
        "\n",
        "\n\n",
        "word",
        " ",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_raise_a_one_line_source_error(data):
    try:
        decoded = decode_bytes(data, "input.txt")
    except SourceError as error:
        assert "\n" not in str(error)
        return
    assert "\r" not in decoded.text


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".md", ".html", ""]))
def test_any_file_content_reads_or_raises_a_source_error(data, suffix):
    try:
        document = document_from_bytes(data, "input", document_id="input", location="input", suffix=suffix)
    except SourceError:
        return
    for block in document.display_blocks:
        assert 0 <= block.start <= block.end <= len(document.text)


@settings(max_examples=300, deadline=None)
@given(st.lists(MARKDOWN_PIECES, max_size=60).map("".join))
def test_markdown_blocks_always_index_the_plain_text(markdown):
    text, blocks, _ = markdown_to_text(markdown)
    for block in blocks:
        assert text[block.start : block.end].strip() == text[block.start : block.end]
        assert block.end <= len(text)
