"""Fetching articles over HTTP: metadata, limits, encodings, caching and every failure as one clear line."""

from __future__ import annotations

import socket

import pytest

from briefing.errors import SourceError
from briefing.sources import load_document, open_target
from briefing.sources.library import FeedLibrary
from briefing.sources.web import USER_AGENT, FetchLimits
from tests.sources.conftest import JAPANESE_TEXT

QUICK = FetchLimits(connect_timeout=1.0, read_timeout=0.5, max_bytes=100_000)


def test_web_article_has_main_text_and_metadata(local_server):
    document = load_document(local_server.url("/article"), limits=QUICK)
    assert "At least 40 trucks carrying food and medicine" in document.text
    assert "Home" not in document.text and "Copyright" not in document.text
    assert document.title == "Ceasefire holds as aid reaches northern town"
    assert document.author == "Jane Reporter"
    assert document.source == "The Test Gazette"
    assert str(document.published) == "2024-03-05"
    assert document.url == local_server.url("/article")
    assert document.fetched_at is not None


def test_web_article_headings_are_display_blocks_at_exact_offsets(local_server):
    document = load_document(local_server.url("/article"), limits=QUICK)
    headings = [
        document.text[block.start : block.end] for block in document.display_blocks if block.kind == "heading"
    ]
    assert "Convoys cross the checkpoint" in headings


def test_requests_name_briefing_in_the_user_agent(local_server):
    load_document(local_server.url("/article"), refresh=True, limits=QUICK)
    assert (("/article", USER_AGENT)) in local_server.requests
    assert USER_AGENT.startswith("briefing/")


def test_redirects_are_followed(local_server):
    document = load_document(local_server.url("/redirect"), limits=QUICK)
    assert document.url == local_server.url("/article")
    assert "40 trucks" in document.text


def test_redirect_loop_is_a_one_line_error(local_server):
    with pytest.raises(SourceError, match="too many redirects") as raised:
        load_document(local_server.url("/loop-a"), limits=QUICK)
    assert "/loop-a" in str(raised.value) and "\n" not in str(raised.value)


def test_slow_server_times_out_with_the_limit_in_the_message(local_server):
    with pytest.raises(SourceError, match=r"did not answer within 0\.5 s"):
        load_document(local_server.url("/slow"), limits=QUICK)


def test_streamed_body_past_the_size_cap_is_refused(local_server):
    with pytest.raises(SourceError, match="too large"):
        load_document(local_server.url("/huge"), limits=QUICK)


def test_declared_length_past_the_size_cap_is_refused_before_reading(local_server):
    with pytest.raises(SourceError, match="too large"):
        load_document(local_server.url("/huge-declared"), limits=QUICK)


@pytest.mark.parametrize("path, content_type", [("/image", "image/png"), ("/pdf", "application/pdf")])
def test_content_that_is_not_a_page_is_refused_naming_its_type(local_server, path, content_type):
    with pytest.raises(SourceError, match=f"not a web page or text.*{content_type}"):
        load_document(local_server.url(path), limits=QUICK)


def test_xml_that_is_not_a_feed_is_refused(local_server):
    with pytest.raises(SourceError, match="neither a web page nor an RSS/Atom feed"):
        load_document(local_server.url("/sitemap.xml"), limits=QUICK)


@pytest.mark.parametrize(("path", "status"), [("/not-found", "404"), ("/server-error", "500")])
def test_http_errors_name_the_status(local_server, path, status):
    with pytest.raises(SourceError, match=f"HTTP {status}"):
        load_document(local_server.url(path), limits=QUICK)


@pytest.mark.parametrize("path", ["/windows-1252", "/iso-8859-1"])
def test_declared_western_charsets_are_honoured(local_server, path):
    document = load_document(local_server.url(path), limits=QUICK)
    assert "général Müller a déclaré à Genève" in document.text
    assert "\ufffd" not in document.text


def test_charset_declared_only_in_the_page_is_honoured(local_server):
    document = load_document(local_server.url("/shift-jis-meta"), limits=QUICK)
    assert JAPANESE_TEXT[:10] in document.text


def test_plain_text_pages_are_read_as_text(local_server):
    document = load_document(local_server.url("/plain"), limits=QUICK)
    assert document.text == "Officials said 40 trucks crossed the checkpoint on Tuesday.\n"


def test_page_without_article_text_is_an_error(local_server):
    with pytest.raises(SourceError, match="no article text"):
        load_document(local_server.url("/empty-page"), limits=QUICK)


def test_fetched_article_reopens_from_cache_when_offline(local_server, monkeypatch):
    url = local_server.url("/article")
    first = load_document(url, limits=QUICK)

    def no_network(*args, **kwargs):
        raise AssertionError("the cache should have answered")

    monkeypatch.setattr("briefing.sources.web.fetch", no_network)
    again = load_document(url, limits=QUICK)
    assert again.text == first.text
    assert again.display_blocks == first.display_blocks
    assert again.fetched_at == first.fetched_at


def test_refresh_fetches_again(local_server):
    url = local_server.url("/article")
    load_document(url, limits=QUICK)
    before = len(local_server.requests)
    load_document(url, refresh=True, limits=QUICK)
    assert len(local_server.requests) == before + 1


def test_unknown_host_is_a_dns_error(monkeypatch):
    def fail_lookup(host, *args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail_lookup)
    with pytest.raises(SourceError, match="host name not found") as raised:
        load_document("http://no-such-host.invalid/news", limits=QUICK)
    assert "no-such-host.invalid" in str(raised.value)


def test_tls_to_a_plain_http_port_is_a_tls_error(local_server):
    with pytest.raises(SourceError, match="TLS"):
        load_document(f"https://127.0.0.1:{local_server.port}/article", limits=QUICK)


def test_connection_refused_is_named():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(SourceError, match="connection refused"):
        load_document(f"http://127.0.0.1:{port}/", limits=QUICK)


def test_feed_url_given_as_an_article_says_it_is_a_feed(local_server):
    with pytest.raises(SourceError, match="RSS/Atom feed"):
        load_document(local_server.url("/feed.xml"), limits=QUICK)


@pytest.mark.parametrize("path", ["/feed.xml", "/feed-as-xml"])
def test_feed_url_opens_as_a_library_of_its_entries(local_server, path):
    library = open_target(local_server.url(path), limits=QUICK)
    assert isinstance(library, FeedLibrary)
    assert library.title == "The Test Gazette: World"
    assert [entry.title for entry in library.entries][:2] == [
        "Ceasefire holds as aid reaches northern town",
        "Minister promises withdrawal of heavy weapons",
    ]
    assert str(library.entries[0].published) == "2024-03-05"


def test_feed_entry_opens_as_its_fetched_page(local_server):
    library = open_target(local_server.url("/feed.xml"), limits=QUICK)
    document = load_document(library.entries[0].location, limits=QUICK)
    assert "At least 40 trucks" in document.text


def test_feed_entry_whose_page_fails_opens_as_its_summary_with_a_warning(local_server):
    library = open_target(local_server.url("/feed.xml"), limits=QUICK)
    document = load_document(library.entries[1].location, limits=QUICK)
    assert (
        document.text
        == "Defence minister Ahmed Karimi said the army would withdraw heavy weapons within 48 hours."
    )
    assert any("HTTP 404" in warning for warning in document.warnings)


def test_feed_entry_without_a_link_opens_as_its_text(local_server):
    library = open_target(local_server.url("/feed.xml"), limits=QUICK)
    document = load_document(library.entries[2].location)
    assert "3,000 families" in document.text


def test_addresses_other_than_http_are_refused_by_name():
    with pytest.raises(SourceError, match="ftp:// addresses are not supported"):
        load_document("ftp://files.example.test/report.txt")


def test_feed_opened_before_opens_offline_from_its_saved_copy(local_server, monkeypatch):
    open_target(local_server.url("/feed.xml"), limits=QUICK)

    def offline(*args, **kwargs):
        raise SourceError("http://127.0.0.1/feed.xml: host name not found (DNS lookup failed)")

    monkeypatch.setattr("briefing.sources.online.fetch_response", offline)
    library = open_target(local_server.url("/feed.xml"), limits=QUICK)
    assert isinstance(library, FeedLibrary)
    assert len(library.entries) == 3
    assert "saved" in library.warnings[0] and "DNS" in library.warnings[0]
