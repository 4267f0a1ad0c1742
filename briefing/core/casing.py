"""The text in lower case, made once per text: the dates, numbers and facts steps all scan it."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=2)
def lower_case(text: str) -> str:
    """str.lower() of the text; the last texts are remembered. It can be longer than the text (a few letters,
    such as "İ", lower-case to two characters): callers that need the same offsets check the length."""
    return text.lower()
