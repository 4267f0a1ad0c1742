"""Link hints: after `f`, each actor name on screen gets a label of one or two letters to type."""

from __future__ import annotations

HINT_ALPHABET = "asdfghjklqwertyuiopzxcvbnm"


def hint_labels(count: int, alphabet: str = HINT_ALPHABET) -> list[str]:
    """One letter each while they suffice, else two letters each, so no label is a prefix of another."""
    if count <= len(alphabet):
        return list(alphabet[:count])
    labels = [first + second for first in alphabet for second in alphabet]
    return labels[:count]


def narrow_hints(labels: list[str], typed: str) -> tuple[str | None, bool]:
    """(the label typed in full, whether typing can still reach one): what the next key press means."""
    if typed in labels:
        return typed, False
    return None, any(label.startswith(typed) for label in labels)
