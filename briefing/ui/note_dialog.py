"""The `a` note editor: a body, comma-separated tags, and the passage the note will be attached to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Label, Static, TextArea

from briefing.ui.actions import bindings_for
from briefing.ui.display_text import displayable

PASSAGE_PREVIEW = 300


@dataclass(frozen=True, slots=True)
class NoteDraft:
    body: str
    tags: tuple[str, ...]


def parse_tags(raw: str) -> tuple[str, ...]:
    """`threat, Iraq  ,` -> ("threat", "Iraq"): commas separate, blanks and repeats dropped."""
    return tuple(dict.fromkeys(tag.strip() for tag in raw.split(",") if tag.strip()))


class NoteDialog(ModalScreen[NoteDraft | None]):
    """Dismisses with a NoteDraft on ctrl+s, or None on esc; an empty body is not saved."""

    BINDINGS: ClassVar[list[BindingType]] = bindings_for("note")

    DEFAULT_CSS = """
    NoteDialog { align: center middle; }
    NoteDialog > Vertical {
        width: 90%; max-width: 90; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    NoteDialog #passage { color: $text-muted; text-style: italic; max-height: 4; margin-bottom: 1; }
    NoteDialog TextArea { height: 6; }
    NoteDialog Input { margin-top: 1; }
    """

    def __init__(self, target_description: str, passage: str) -> None:
        super().__init__()
        self._target_description = target_description
        self._passage = passage

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = f"Note on the {self._target_description}"
            preview = " ".join(displayable(self._passage).split())
            if len(preview) > PASSAGE_PREVIEW:
                preview = preview[: PASSAGE_PREVIEW - 1] + "…"
            yield Static(Text("“" + preview + "”"), id="passage")
            yield Label("Note")
            yield TextArea(id="note-body", soft_wrap=True)
            yield Input(placeholder="tags, comma separated", id="note-tags")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#note-body", TextArea).focus()

    def action_save(self) -> None:
        body = self.query_one("#note-body", TextArea).text.strip()
        if not body:
            self.notify("Write something first, or press esc to close.", severity="warning")
            return
        self.dismiss(NoteDraft(body, parse_tags(self.query_one("#note-tags", Input).value)))

    def action_cancel(self) -> None:
        self.dismiss(None)
