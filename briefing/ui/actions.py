"""The one registry of reader actions: id, description, default keys and the pane where each applies.

Bindings (with ids, so a user key map can move them), the help screen and the command palette are all
derived from this table, so a key is documented exactly where it is bound.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from textual.binding import Binding

Pane = Literal["app", "reader", "article", "lists", "actors", "facts", "search", "note", "dialog"]

PANE_TITLES: dict[Pane, str] = {
    "app": "Anywhere",
    "reader": "Reading an article",
    "article": "Article pane",
    "lists": "Actor sidebar and facts panel",
    "actors": "Actor sidebar",
    "facts": "Facts panel",
    "search": "Search box",
    "note": "Note editor",
    "dialog": "Help, loading and date dialogs",
}


@dataclass(frozen=True, slots=True)
class ReaderAction:
    """One thing the user can do, and the keys that do it unless their key map says otherwise."""

    id: str
    action: str
    keys: str
    description: str
    pane: Pane
    footer: bool = False
    key_display: str | None = None
    footer_label: str | None = None
    help_group: str | None = None
    priority: bool = False
    palette: bool = True


def _actor_number_actions() -> tuple[ReaderAction, ...]:
    return tuple(
        ReaderAction(
            f"actor_{rank}",
            f"select_actor_rank({rank - 1})",
            str(rank),
            f"Go to actor {rank} (in sidebar order)",
            "reader",
            footer=rank == 1,
            key_display="1-9" if rank == 1 else None,
            footer_label="actor",
            help_group="Go to one of the top nine actors (in sidebar order)",
            palette=False,
        )
        for rank in range(1, 10)
    )


ACTIONS: tuple[ReaderAction, ...] = (
    ReaderAction("quit", "quit", "q", "Quit", "app", footer=True, footer_label="quit", palette=False),
    ReaderAction(
        "help",
        "help",
        "question_mark,f1",
        "Show keys",
        "app",
        footer=True,
        footer_label="keys",
        key_display="?",
    ),
    ReaderAction(
        "command_palette",
        "command_palette",
        "ctrl+p",
        "Command palette",
        "app",
        priority=True,
        footer_label="palette",
        palette=False,
    ),
    ReaderAction("cycle_theme", "cycle_theme", "t", "Next theme", "app"),
    ReaderAction("next_pane", "next_pane", "tab", "Next pane", "reader", priority=True, palette=False),
    ReaderAction(
        "previous_pane", "previous_pane", "shift+tab", "Previous pane", "reader", priority=True, palette=False
    ),
    ReaderAction("toggle_sidebar", "toggle_sidebar", "s", "Show or hide the actor sidebar", "reader"),
    ReaderAction("toggle_facts", "toggle_facts", "F", "Show or hide the facts panel", "reader"),
    *_actor_number_actions(),
    ReaderAction(
        "next_actor", "step_actor(1)", "right_square_bracket", "Next actor", "reader", key_display="]"
    ),
    ReaderAction(
        "previous_actor", "step_actor(-1)", "left_square_bracket", "Previous actor", "reader", key_display="["
    ),
    ReaderAction(
        "next_mention",
        "step_mention(1)",
        "n",
        "Next mention (or search match)",
        "reader",
        footer=True,
        footer_label="next",
    ),
    ReaderAction("previous_mention", "step_mention(-1)", "N", "Previous mention (or search match)", "reader"),
    ReaderAction(
        "actor_hints",
        "actor_hints",
        "f",
        "Jump to an actor on screen by its hint letters",
        "reader",
        footer=True,
        footer_label="hints",
    ),
    ReaderAction(
        "search",
        "search",
        "slash",
        "Search the text",
        "reader",
        footer=True,
        footer_label="search",
        key_display="/",
    ),
    ReaderAction(
        "annotate",
        "annotate",
        "a",
        "Annotate the current sentence, mention or fact",
        "reader",
        footer=True,
        footer_label="note",
    ),
    ReaderAction(
        "set_published", "set_published", "p", "Set the publication date and resolve dates again", "reader"
    ),
    ReaderAction("export", "export", "e", "Export the briefing with notes as Markdown", "reader"),
    ReaderAction("back", "back", "escape", "Back out one layer (never quits)", "reader", palette=False),
    ReaderAction(
        "library", "back_to_library", "backspace", "Back to the library (when opened from one)", "reader"
    ),
    ReaderAction("scroll_down", "line_down", "j,down", "Scroll down a line", "article", palette=False),
    ReaderAction("scroll_up", "line_up", "k,up", "Scroll up a line", "article", palette=False),
    ReaderAction("page_down", "page(1)", "space,pagedown", "Scroll down a page", "article", palette=False),
    ReaderAction("page_up", "page(-1)", "b,pageup", "Scroll up a page", "article", palette=False),
    ReaderAction("top", "go_top", "g,home", "Go to the top", "article", palette=False),
    ReaderAction("bottom", "go_bottom", "G,end", "Go to the bottom", "article", palette=False),
    ReaderAction("list_down", "cursor_down", "j,down", "Next item", "lists", palette=False),
    ReaderAction("list_up", "cursor_up", "k,up", "Previous item", "lists", palette=False),
    ReaderAction("list_top", "first", "g,home", "First item", "lists", palette=False),
    ReaderAction("list_bottom", "last", "G,end", "Last item", "lists", palette=False),
    ReaderAction(
        "list_pick",
        "select",
        "enter",
        "Select the actor, or jump to the fact, date or note",
        "lists",
        footer=True,
        footer_label="pick",
        palette=False,
    ),
    ReaderAction(
        "filter_actors",
        "filter_actors",
        "slash",
        "Filter actors by name",
        "actors",
        key_display="/",
        footer=True,
        footer_label="filter",
        palette=False,
    ),
    ReaderAction(
        "next_tab",
        "switch_tab(1)",
        "l,right",
        "Next tab: Facts, Timeline, Notes",
        "facts",
        footer=True,
        key_display="l",
        footer_label="next tab",
        palette=False,
    ),
    ReaderAction("previous_tab", "switch_tab(-1)", "h,left", "Previous tab", "facts", palette=False),
    ReaderAction(
        "search_done",
        "accept",
        "enter",
        "Keep the matches and step through them with n/N",
        "search",
        palette=False,
    ),
    ReaderAction("search_leave", "leave", "escape", "Leave search", "search", palette=False),
    ReaderAction(
        "note_save",
        "save",
        "ctrl+s",
        "Save the note",
        "note",
        footer=True,
        footer_label="save",
        palette=False,
    ),
    ReaderAction(
        "note_cancel",
        "cancel",
        "escape",
        "Close without saving",
        "note",
        footer=True,
        footer_label="cancel",
        palette=False,
    ),
    ReaderAction(
        "help_close",
        "dismiss",
        "escape,q,question_mark,f1",
        "Close the help",
        "dialog",
        footer=True,
        footer_label="close",
        palette=False,
    ),
    ReaderAction("loading_cancel", "cancel", "escape", "Stop opening an article", "dialog", palette=False),
    ReaderAction(
        "published_cancel",
        "dismiss(None)",
        "escape",
        "Keep the publication date as it was",
        "dialog",
        palette=False,
    ),
)


def actions_for(pane: Pane) -> list[ReaderAction]:
    return [action for action in ACTIONS if action.pane == pane]


def bindings_by_id(*ids: str) -> list[Binding]:
    """Bindings for named actions only, for dialogs that share a pane but not their keys."""
    return [binding for binding in bindings_for(*PANE_TITLES) if binding.id in ids]


def bindings_for(*panes: Pane) -> list[Binding]:
    """Textual bindings for the panes' actions, each with its registry id so `App.set_keymap` can remap it."""
    from textual.binding import Binding

    return [
        Binding(
            action.keys,
            action.action,
            action.footer_label or action.description,
            show=action.footer,
            key_display=action.key_display,
            priority=action.priority,
            id=action.id,
        )
        for action in ACTIONS
        if action.pane in panes
    ]


def binding_ids() -> set[str]:
    return {action.id for action in ACTIONS}


def key_label(keys: str) -> str:
    """Keys as a person writes them: "question_mark,f1" -> "? / F1"."""
    names = {
        "question_mark": "?",
        "slash": "/",
        "left_square_bracket": "[",
        "right_square_bracket": "]",
        "escape": "esc",
        "space": "space",
    }
    labels = []
    for key in keys.split(","):
        key = key.strip()
        if key in names:
            labels.append(names[key])
        elif len(key) > 1 and key.startswith("f") and key[1:].isdigit():
            labels.append(key.upper())
        else:
            labels.append(key)
    return " / ".join(labels)
