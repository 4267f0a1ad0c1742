"""The `?`/F1 help screen, listing every action of the registry with the keys currently bound to it."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing.ui.actions import ACTIONS, PANE_TITLES, key_label

HINT_HELP = "After f, type the letters shown over a name to jump to that actor; esc cancels."


def help_table(keymap: dict[str, str]) -> Table:
    """Sections by pane, one row per action: keys (the user's own where remapped) and what they do."""
    table = Table(box=None, show_header=False, expand=True, padding=(0, 1))
    table.add_column("keys", style="bold", no_wrap=True, min_width=14)
    table.add_column("action", ratio=1)
    for pane, title in PANE_TITLES.items():
        actions = [action for action in ACTIONS if action.pane == pane]
        if not actions:
            continue
        table.add_row(Text(title, style="bold underline"), Text(""))
        for action in actions:
            table.add_row(Text(key_label(keymap.get(action.id, action.keys))), Text(action.description))
        table.add_row(Text(""), Text(""))
    table.add_row(Text("f, then letters", style="bold"), Text(HINT_HELP))
    return table


class HelpScreen(ModalScreen[None]):
    """A scrollable list of keys; esc, q, ? or F1 close it."""

    BINDINGS: list[BindingType] = [  # noqa: RUF012 - Textual reads a class list
        Binding("escape,q,question_mark,f1", "dismiss", "Close", show=True),
        Binding("j,down", "scroll_help(1)", show=False),
        Binding("k,up", "scroll_help(-1)", show=False),
    ]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90%; max-width: 100; height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    """

    def __init__(self, keymap: dict[str, str]) -> None:
        super().__init__()
        self._keymap = keymap

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "Keys"
            scroll.border_subtitle = "esc closes"
            yield Static(help_table(self._keymap), id="help-table")

    def action_scroll_help(self, lines: int) -> None:
        self.query_one(VerticalScroll).scroll_relative(y=lines, animate=False)
