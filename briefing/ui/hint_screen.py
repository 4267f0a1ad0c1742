"""Link hints: after `f`, letters typed here pick one of the actor names labelled on screen."""

from __future__ import annotations

from textual.events import Key
from textual.screen import ModalScreen

HINT_ALPHABET = "asdfghjklqwertyuiopzxcvbnm"


def hint_labels(count: int, alphabet: str = HINT_ALPHABET) -> list[str]:
    """One letter each while they suffice, else two letters each, so no label is a prefix of another."""
    if count <= len(alphabet):
        return list(alphabet[:count])
    labels = [first + second for first in alphabet for second in alphabet]
    return labels[:count]


class HintScreen(ModalScreen[str | None]):
    """A transparent layer over the article that takes typed letters; dismisses with the chosen label."""

    DEFAULT_CSS = """
    HintScreen { background: transparent; }
    """

    def __init__(self, labels: list[str]) -> None:
        super().__init__()
        self._labels = set(labels)
        self._typed = ""

    def on_key(self, event: Key) -> None:
        event.stop()
        event.prevent_default()
        character = event.character or ""
        if event.key == "escape" or not (len(character) == 1 and character.isalpha()):
            self.dismiss(None)
            return
        self._typed += character.lower()
        if self._typed in self._labels:
            self.dismiss(self._typed)
        elif not any(label.startswith(self._typed) for label in self._labels):
            self.dismiss(None)
