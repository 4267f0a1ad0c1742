"""A real HTTP server on 127.0.0.1 serving pages we wrote, so fetching is tested without the internet."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

FIXTURES = Path(__file__).parent / "fixtures"

WESTERN_TEXT = "Le général Müller a déclaré à Genève que « la trêve » tiendrait — selon l’état-major."
JAPANESE_TEXT = "東京で会議が開かれ、首相は防衛費の増額を発表した。政府関係者によると、予算は来月審議される。"


def _html_page(body: str, charset_meta: str = "") -> str:
    paragraphs = "\n".join(f"<p>{body} Paragraph {index} of the report.</p>" for index in range(1, 5))
    return (
        f"<!doctype html><html><head>{charset_meta}<title>Encoded page</title></head>"
        f"<body><article><h1>Encoded page</h1>{paragraphs}</article></body></html>"
    )


@dataclass(frozen=True)
class Route:
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    body: bytes = b""
    location: str | None = None
    delay: float = 0.0
    stream_bytes: int = 0  # send this many bytes in chunks without a Content-Length


def _routes(base: str) -> dict[str, Route]:
    article = (FIXTURES / "article.html").read_bytes()
    feed = (FIXTURES / "feed.xml").read_text(encoding="utf-8").replace("LINK_BASE", base).encode("utf-8")
    return {
        "/article": Route(body=article),
        "/redirect": Route(status=302, location="/redirect-2"),
        "/redirect-2": Route(status=301, location="/article"),
        "/loop-a": Route(status=302, location="/loop-b"),
        "/loop-b": Route(status=302, location="/loop-a"),
        "/slow": Route(body=article, delay=3.0),
        "/huge": Route(content_type="text/html", stream_bytes=300_000),
        "/huge-declared": Route(content_type="text/html", body=b"x" * 200_000),
        "/image": Route(content_type="image/png", body=b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
        "/pdf": Route(content_type="application/pdf", body=b"%PDF-1.4"),
        "/windows-1252": Route(
            content_type="text/html; charset=windows-1252", body=_html_page(WESTERN_TEXT).encode("cp1252")
        ),
        "/iso-8859-1": Route(
            content_type="text/html; charset=ISO-8859-1",
            body=_html_page(WESTERN_TEXT.replace("’", "'").replace("—", "-")).encode("latin-1"),
        ),
        "/shift-jis-meta": Route(
            content_type="text/html",
            body=_html_page(JAPANESE_TEXT, '<meta charset="shift_jis">').encode("shift_jis"),
        ),
        "/plain": Route(
            content_type="text/plain; charset=utf-8",
            body=b"Officials said 40 trucks crossed the checkpoint on Tuesday.\n",
        ),
        "/feed.xml": Route(content_type="application/rss+xml", body=feed),
        "/feed-as-xml": Route(content_type="text/xml", body=feed),
        "/sitemap.xml": Route(
            content_type="application/xml",
            body=b'<?xml version="1.0"?><urlset><url><loc>http://gazette.test/</loc></url></urlset>',
        ),
        "/not-found": Route(status=404, body=b"<html><body>no</body></html>"),
        "/server-error": Route(status=500, body=b"<html><body>broken</body></html>"),
        "/empty-page": Route(body=b"<!doctype html><html><head><title>x</title></head><body></body></html>"),
    }


class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, Route]] = {}
    requests: ClassVar[list[tuple[str, str]]] = []

    def do_GET(self) -> None:
        self.requests.append((self.path, self.headers.get("User-Agent", "")))
        route = self.routes.get(self.path.split("?", 1)[0], Route(status=404))
        if route.delay:
            time.sleep(route.delay)
        try:
            self.send_response(route.status)
            if route.location:
                self.send_header("Location", route.location)
            if route.content_type:
                self.send_header("Content-Type", route.content_type)
            if route.stream_bytes:
                self.end_headers()
                chunk = b"<p>" + b"a" * 4093 + b"</p>"
                for _ in range(route.stream_bytes // len(chunk) + 1):
                    self.wfile.write(chunk)
                return
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            self.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            return

    def log_message(self, format: str, *args: object) -> None:
        return


@dataclass(frozen=True)
class LocalServer:
    base: str
    port: int
    requests: list[tuple[str, str]]

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture(scope="session")
def _server() -> Iterator[LocalServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    port = server.server_address[1]
    base = f"http://127.0.0.1:{port}"
    _Handler.routes = _routes(base)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield LocalServer(base=base, port=port, requests=_Handler.requests)
    server.shutdown()
    server.server_close()


@pytest.fixture
def local_server(_server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> LocalServer:
    """The server, with proxies switched off so requests to 127.0.0.1 go straight to it."""
    for variable in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(variable, raising=False)
    return _server
