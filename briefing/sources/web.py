"""Fetches web pages and feeds over HTTP(S), within limits, with errors a user can act on.

Limits (redirects, timeouts, size) protect the reader from hanging or filling memory; every failure
becomes one SourceError line naming the URL and the cause.
"""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing import __version__
from briefing.errors import SourceError

if TYPE_CHECKING:
    import httpx

USER_AGENT = f"briefing/{__version__} (+terminal reader)"

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"}
)
ACCEPTED_TYPES = HTML_TYPES | TEXT_TYPES | FEED_TYPES


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """How long to wait and how much to read; tests shorten the timeouts."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5


@dataclass(frozen=True, slots=True)
class FetchedResponse:
    url: str  # after redirects
    content_type: str  # lower-case media type without parameters; "" if the server sent none
    charset: str | None
    body: bytes


def is_url(target: str) -> bool:
    return target.lower().startswith(("http://", "https://"))


def fetch(url: str, limits: FetchLimits | None = None) -> FetchedResponse:
    """GET `url`, following redirects; raise SourceError for anything that is not a readable page."""
    import httpx

    limits = limits or FetchLimits()
    timeout = httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout, pool=limits.connect_timeout)
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
        "text/plain;q=0.9,*/*;q=0.1",
    }
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=limits.max_redirects,
                timeout=timeout,
                headers=headers,
                trust_env=True,
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                reason = response.reason_phrase or "error"
                raise SourceError(f"{url}: the server answered HTTP {response.status_code} {reason}")
            content_type, charset = _media_type(response.headers.get("content-type", ""))
            if content_type and content_type not in ACCEPTED_TYPES:
                raise SourceError(f"{url}: not a web page or text (the server sent {content_type})")
            body = _read_capped(response, url, limits.max_bytes)
            return FetchedResponse(
                url=str(response.url), content_type=content_type, charset=charset, body=body
            )
    except httpx.TooManyRedirects:
        raise SourceError(f"{url}: too many redirects (more than {limits.max_redirects})") from None
    except httpx.ConnectTimeout:
        raise SourceError(f"{url}: could not connect within {limits.connect_timeout:g} s") from None
    except httpx.TimeoutException:
        raise SourceError(f"{url}: the server did not answer within {limits.read_timeout:g} s") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
        raise SourceError(f"{url}: not a valid web address ({error})") from None
    except httpx.ConnectError as error:
        raise SourceError(f"{url}: {_connect_failure(error)}") from None
    except httpx.HTTPError as error:
        raise SourceError(f"{url}: the download failed ({_first_line(error)})") from None


def _media_type(header: str) -> tuple[str, str | None]:
    media_type, _, parameters = header.partition(";")
    charset = None
    for parameter in parameters.split(";"):
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media_type.strip().lower(), charset


def _read_capped(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    """Stream the body and stop as soon as it passes the cap, so a huge page never fills memory."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise SourceError(
            f"{url}: too large ({_megabytes(int(declared))}; the limit is {_megabytes(max_bytes)})"
        )
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise SourceError(f"{url}: too large (more than {_megabytes(max_bytes)})")
        chunks.append(chunk)
    return b"".join(chunks)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _connect_failure(error: Exception) -> str:
    """Name the cause a user can act on: the name, the certificate, or the server not listening."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, socket.gaierror):
            return "host name not found (DNS lookup failed)"
        if isinstance(cause, ssl.SSLError):
            return f"secure connection (TLS) failed ({_first_line(cause)})"
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        cause = cause.__cause__ or cause.__context__
    message = _first_line(error)
    lowered = message.lower()
    if "name or service not known" in lowered or "name resolution" in lowered or "nodename" in lowered:
        return "host name not found (DNS lookup failed)"
    if "ssl" in lowered or "tls" in lowered or "certificate" in lowered:
        return f"secure connection (TLS) failed ({message})"
    if "refused" in lowered:
        return "connection refused"
    return f"could not connect ({message})"


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
