"""Turns the bytes of a file or a response into text without ever crashing on an unusual encoding.

UTF-8 and byte-order marks are trusted first; a charset declared by an HTTP server next; then
charset-normalizer guesses. Binary files are refused with a message that names what they look like.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from briefing.errors import SourceError

# Leading bytes of formats people save next to articles by mistake, and what to call them.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old office document"),
    (b"SQLite format 3", "an SQLite database"),
)

_BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Detectors sometimes prefer DOS and old Mac code pages for short text; Windows code pages are far likelier.
_UNLIKELY_LEGACY_CODEPAGES = (
    "cp437",
    "cp775",
    "cp850",
    "cp852",
    "cp857",
    "cp858",
    "cp860",
    "cp863",
    "cp865",
    "mac_",
)
_TIE = 0.01
_COHERENCE_TIE = 0.08

# Control characters that never occur in text (tab, line feed, form feed... are allowed).
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f\ufffd]")
_MAX_CONTROL_CHARACTER_RATIO = 0.01


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode_bytes(data: bytes, name: str, declared_charset: str | None = None) -> DecodedText:
    """Decode an article's bytes; raise SourceError naming `name` if they are empty or not text."""
    if not data.strip():
        raise SourceError(f"{name}: empty, there is no text to read")
    for mark, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return _finish(data, encoding, name)
    for signature, description in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise SourceError(f"{name}: a binary file ({description}), not text")
    if b"\x00" in data and (utf16 := _bomless_utf16(data)) is not None:
        try:
            return _finish(data, utf16, name, strict=True)
        except UnicodeDecodeError:
            raise SourceError(f"{name}: a binary file, not text") from None
    # Valid UTF-8 beyond ASCII almost never happens by accident, and servers often declare it wrongly.
    try:
        return _finish(data, "utf-8", name, strict=True)
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return _finish(data, "utf-8", name)
    warnings: list[str] = []
    if declared_charset:
        try:
            return _finish(data, _codec_name(declared_charset), name, strict=True)
        except (LookupError, UnicodeDecodeError):
            warnings.append(f"{name}: declared charset {declared_charset!r} does not fit; guessed instead")
    encoding = _guess_encoding(data)
    if encoding is None:
        if b"\x00" in data:
            raise SourceError(f"{name}: a binary file, not text")
        warnings.append(f"{name}: encoding not recognised; read as UTF-8")
        encoding = "utf-8"
    return _finish(data, encoding, name, warnings=warnings)


def _codec_name(charset: str) -> str:
    """Normalise a declared charset; ISO-8859-1 declarations almost always mean Windows-1252 (as in HTML5)."""
    name = codecs.lookup(charset.strip().strip("\"'")).name
    return "cp1252" if name in ("iso8859-1", "ascii") else name


def _guess_encoding(data: bytes) -> str | None:
    """charset-normalizer's guess, with ties broken towards Windows code pages, the likeliest for articles."""
    import charset_normalizer

    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    if b"\x00" in data and not best.encoding.startswith(("utf_16", "utf_32")):
        return None
    tied = [
        match
        for match in matches
        if match.chaos <= best.chaos + _TIE and match.coherence >= best.coherence - _COHERENCE_TIE
    ]
    if any(match.encoding == "cp1252" for match in tied):
        return "cp1252"
    if best.encoding.startswith(_UNLIKELY_LEGACY_CODEPAGES) and best.encoding != "cp874":
        windows = next((match.encoding for match in tied if match.encoding.startswith("cp125")), None)
        return windows or ("cp1252" if _decodes_cleanly(data, "cp1252") else best.encoding)
    return best.encoding


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few damaged bytes (a truncated or mixed file) is still UTF-8, not a legacy code page."""
    decoded = data.decode("utf-8", errors="replace")
    damaged = decoded.count("\ufffd")
    intact = len(_NON_ASCII.findall(decoded))
    return intact > 0 and damaged * 2 <= intact


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: mostly-Latin text has a zero in every other byte."""
    sample = data[:4096]
    half = len(sample) // 2
    if half == 0:
        return None
    zeros_at_odd = sample[1::2].count(0) / half
    zeros_at_even = sample[0::2].count(0) / half
    if zeros_at_odd > 0.4 and zeros_at_even < 0.05:
        return "utf-16-le"
    if zeros_at_even > 0.4 and zeros_at_odd < 0.05:
        return "utf-16-be"
    return None


def _decodes_cleanly(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _finish(
    data: bytes,
    encoding: str,
    name: str,
    *,
    strict: bool = False,
    warnings: list[str] | None = None,
) -> DecodedText:
    """Decode, normalise line ends, and refuse text that is mostly control characters (binary data)."""
    notes = list(warnings or [])
    text = data.decode(encoding, errors="strict" if strict else "replace")
    replaced = 0 if strict else text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
    if replaced:
        notes.append(f"{name}: {replaced} undecodable byte sequence(s) shown as \ufffd")
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    controls = len(_CONTROL_CHARACTERS.findall(text))
    if "\x00" in text or controls > max(2, len(text) * _MAX_CONTROL_CHARACTER_RATIO):
        raise SourceError(f"{name}: a binary file, not text")
    return DecodedText(text=text, encoding=encoding, warnings=tuple(notes))
