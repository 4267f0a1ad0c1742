"""Small facts about English words that rules in several steps read the same way."""

from __future__ import annotations


def looks_plural(word: str) -> bool:
    """A word ending in "s" that is likely a plural noun ("troops", "officials"), not a short function word
    ("is", "was", "this") or a word in "-ss", "-us" or "-is" ("press", "status", "crisis")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
