"""Copies of the text that several steps scan, made once per text: the text in lower case (dates, numbers,
facts) and its ASCII word image (cues, speech verbs)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=2)
def lower_case(text: str) -> str:
    """str.lower() of the text; the last texts are remembered. It can be longer than the text (a few letters,
    such as "İ", lower-case to two characters): callers that need the same offsets check the length."""
    return text.lower()


# Lower-case ASCII letters keep their byte; upper-case letters, digits and "_" (word characters that cannot stand
# in a lower-case listed word) become "#"; every other character, non-ASCII ones too (encoded as "?"), a space.
_WORD_IMAGE = bytes(
    code if 97 <= code <= 122 else 35 if 65 <= code <= 90 or 48 <= code <= 57 or code == 95 else 32
    for code in range(256)
)


@lru_cache(maxsize=2)
def word_image(text: str) -> bytes:
    """The text as one byte a character (see _WORD_IMAGE) with a space before and after it, so offset i of the
    text is offset i + 1 here and every lower-case word is a run between spaces. A scan for listed lower-case
    words searches it with a literal space first, which the regex engine finds in C, and checks each candidate
    on the real text."""
    return b" " + text.encode("ascii", "replace").translate(_WORD_IMAGE) + b" "
