"""The `p` dialog: the analyst corrects the publication date, and relative dates are resolved again."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from briefing.ui.actions import bindings_by_id


def parse_published(value: str) -> dt.date | None:
    """A YYYY-MM-DD date, or None if the text is not one."""
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        return None


class PublishedDialog(ModalScreen[dt.date | None]):
    """Dismisses with the new date on enter, or None on esc; a malformed date keeps the dialog open."""

    BINDINGS: ClassVar[list[BindingType]] = bindings_by_id("published_cancel")

    DEFAULT_CSS = """
    PublishedDialog { align: center middle; }
    PublishedDialog > Vertical {
        width: 60; height: auto; border: round $accent; background: $surface; padding: 0 1;
    }
    PublishedDialog #published-error { color: $error; height: auto; }
    """

    def __init__(self, current: str | None) -> None:
        super().__init__()
        self._current = current or ""

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Publication date"
            yield Label('Relative dates ("on Tuesday", "last week") are resolved against it.')
            yield Input(value=self._current, placeholder="YYYY-MM-DD", id="published-input")
            yield Label("", id="published-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        date = parse_published(event.value)
        if date is None:
            self.query_one("#published-error", Label).update(
                f"not a date in YYYY-MM-DD form: {event.value!r}"
            )
            return
        self.dismiss(date)
