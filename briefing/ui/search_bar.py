"""The `/` search box under the article: typing highlights matches, enter keeps them for n/N, esc leaves."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.message import Message
from textual.widgets import Input

from briefing.ui.actions import bindings_for


class SearchBar(Input):
    """An Input whose enter and esc come from the action registry (and so can be remapped)."""

    BINDINGS: ClassVar[list[BindingType]] = bindings_for("search")

    DEFAULT_CSS = """
    SearchBar { dock: bottom; height: 1; border: none; padding: 0 1; display: none; background: $boost; }
    SearchBar:focus { border: none; }
    SearchBar.-active { display: block; }
    """

    class Accepted(Message):
        """Enter: keep the matches, go back to the text."""

    class Left(Message):
        """Esc: clear the matches and close the box."""

    def action_accept(self) -> None:
        self.post_message(self.Accepted())

    def action_leave(self) -> None:
        self.post_message(self.Left())
