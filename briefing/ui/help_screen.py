"""The `?`/F1 help screen, listing every action of the registry with the keys currently bound to it."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing.ui.actions import ACTIONS, PANE_TITLES, ReaderAction, bindings_by_id, bindings_for, key_label
from briefing.ui.actor_sidebar import KIND_MARKERS
from briefing.ui.settings import config_path
from briefing.ui.themes import user_themes_dir

KEY_COLUMN_WIDTH = 18
ID_COLUMN_WIDTH = 18
HINT_HELP = "After f, type the letters shown over a name to jump to that actor; esc cancels."


def _keys_of_group(actions: list[ReaderAction], keymap: dict[str, str]) -> str:
    keys = [keymap.get(action.id, action.keys) for action in actions]
    if keys == [str(number) for number in range(1, len(keys) + 1)]:
        return f"1–{len(keys)}"
    return " ".join(key_label(key) for key in keys)


def help_table(keymap: dict[str, str]) -> Group:
    """Sections by pane, one row per action (or action group): keys, the user's own where remapped."""
    sections: list[RenderableType] = []
    for pane, title in PANE_TITLES.items():
        actions = [action for action in ACTIONS if action.pane == pane]
        if not actions:
            continue
        table = Table(box=None, show_header=False, expand=True, padding=(0, 1))
        table.add_column("keys", style="bold", no_wrap=True, width=KEY_COLUMN_WIDTH)
        table.add_column("action", ratio=1)
        table.add_column("id", style="dim", no_wrap=True, width=ID_COLUMN_WIDTH)
        shown_groups: set[str] = set()
        for action in actions:
            if action.help_group is None:
                table.add_row(
                    Text(key_label(keymap.get(action.id, action.keys))),
                    Text(action.description),
                    Text(action.id),
                )
            elif action.help_group not in shown_groups:
                shown_groups.add(action.help_group)
                group = [member for member in actions if member.help_group == action.help_group]
                table.add_row(
                    Text(_keys_of_group(group, keymap)),
                    Text(action.help_group),
                    Text(f"{group[0].id}…{group[-1].id}"),
                )
        sections.extend([Text(title, style="bold underline"), table, Text("")])
    hints = Table(box=None, show_header=False, expand=True, padding=(0, 1))
    hints.add_column("keys", style="bold", no_wrap=True, width=KEY_COLUMN_WIDTH)
    hints.add_column("action", ratio=1)
    hints.add_row(Text("f, then letters"), Text(HINT_HELP))
    sections.extend([Text("Link hints", style="bold underline"), hints, Text("")])
    sections.extend([Text("What the marks mean", style="bold underline"), legend_table(), Text("")])
    sections.append(
        Text(
            f'Change keys in {config_path()} with a [keys] table of id = "keys", '
            'for example next_mention = "ctrl+n,n". Themes: t cycles; your own go in '
            f"{user_themes_dir()}.",
            style="italic",
        )
    )
    return Group(*sections)


def legend_table() -> Table:
    """Each kind of highlight is told apart by its text style too, so the legend holds without colour."""
    legend = Table(box=None, show_header=False, expand=True, padding=(0, 1))
    legend.add_column("mark", no_wrap=True, width=KEY_COLUMN_WIDTH)
    legend.add_column("meaning", ratio=1)
    legend.add_row(Text("Name", style="bold"), Text("an actor (bold, in the actor's own colour)"))
    legend.add_row(Text("Place", style="underline"), Text("a place (underlined)"))
    legend.add_row(Text("Tuesday", style="italic"), Text("a date (italic)"))
    legend.add_row(Text("2,000", style="bold underline"), Text("a number (bold and underlined)"))
    legend.add_row(Text("▌", style="bold"), Text("in the margin: the current sentence"))
    legend.add_row(Text("caption", style="dim italic"), Text("a caption or byline, not the article body"))
    markers = ", ".join(f"{letter} {kind.replace('_', ' ')}" for kind, letter in KIND_MARKERS.items())
    legend.add_row(Text("P O A G M S", style="reverse"), Text(f"actor kinds in the sidebar: {markers}"))
    return legend


class HelpScreen(ModalScreen[None]):
    """A scrollable list of keys; esc, q, ? or F1 close it."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings_by_id("help_close"), *bindings_for("article")]

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

    def _scroll(self, lines: int) -> None:
        self.query_one(VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_line_down(self) -> None:
        self._scroll(1)

    def action_line_up(self) -> None:
        self._scroll(-1)

    def action_page(self, direction: int) -> None:
        self._scroll(direction * max(1, self.query_one(VerticalScroll).size.height - 1))

    def action_go_top(self) -> None:
        self.query_one(VerticalScroll).scroll_home(animate=False)

    def action_go_bottom(self) -> None:
        self.query_one(VerticalScroll).scroll_end(animate=False)
