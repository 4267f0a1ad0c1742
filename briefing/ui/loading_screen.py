"""Shown while an article is fetched and analysed; esc cancels and returns to where the user was."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, LoadingIndicator

from briefing.ui.actions import bindings_by_id


class LoadingScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = bindings_by_id("loading_cancel")

    DEFAULT_CSS = """
    LoadingScreen { align: center middle; }
    LoadingScreen > Vertical { width: 60; height: 5; border: round $primary; background: $surface; }
    LoadingScreen Label { width: 1fr; content-align: center middle; }
    LoadingScreen LoadingIndicator { height: 1; }
    """

    def __init__(self, location: str) -> None:
        super().__init__()
        self._location = location

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"Opening {self._location}", markup=False)
            yield LoadingIndicator()
            yield Label("esc cancels", classes="dim")

    def action_cancel(self) -> None:
        self.app.cancel_opening()
