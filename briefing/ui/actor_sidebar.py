"""The actor sidebar: every actor by importance with kind, title or role, aliases and mention count."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input
from textual.widgets.option_list import Option, OptionDoesNotExist

from briefing.core.model import Actor
from briefing.ui.actions import bindings_for
from briefing.ui.display_text import displayable
from briefing.ui.highlight_styles import actor_colour
from briefing.ui.reader_list import ReaderList
from briefing.ui.reading import ArticleIndex

# One letter per kind, so the marker reads without colour and without a legend for the common cases.
KIND_MARKERS: dict[str, str] = {
    "person": "P",
    "organisation": "O",
    "armed_group": "A",
    "government": "G",
    "military": "M",
    "state": "S",
}
NUMBER_KEYS = 9


def actor_prompt(actor: Actor, rank: int, colour: str) -> Group:
    """The sidebar entry: key number, kind marker, name and count, then role and aliases cut to one line each."""
    number = f"{rank + 1}" if rank < NUMBER_KEYS else " "
    heading = Text()
    heading.append(f"{number} ", style="dim")
    heading.append(f"{KIND_MARKERS.get(actor.kind, '?')} ", style=f"reverse bold {colour}")
    heading.append(displayable(actor.name), style=f"bold {colour}")
    heading.append(f" ×{len(actor.mentions)}", style="dim")
    lines = [heading]
    role = ", ".join(dict.fromkeys((*actor.titles, *actor.roles)))
    if actor.affiliation:
        role = f"{role} · {actor.affiliation}" if role else actor.affiliation
    if role:
        lines.append(Text("    " + displayable(role), style="italic", no_wrap=True, overflow="ellipsis"))
    aliases = [alias for alias in actor.aliases if alias != actor.name]
    if aliases:
        lines.append(
            Text("    aka " + displayable(", ".join(aliases)), style="dim", no_wrap=True, overflow="ellipsis")
        )
    return Group(*lines)


def matches_filter(actor: Actor, query: str) -> bool:
    needle = query.casefold().strip()
    if not needle:
        return True
    haystack = (actor.name, *actor.aliases, *actor.titles, *actor.roles, actor.affiliation or "")
    return any(needle in value.casefold() for value in haystack)


class ActorSidebar(Vertical):
    """Filter box over the actor list; picking an actor posts ActorChosen for the screen to act on."""

    BINDINGS: ClassVar[list[BindingType]] = bindings_for("actors")

    DEFAULT_CSS = """
    ActorSidebar { width: 24%; min-width: 24; max-width: 36; height: 1fr; background: $panel; border-right: vkey $primary 40%; }
    ActorSidebar > Input { border: none; height: 1; padding: 0 1; margin: 0; background: $boost; }
    ActorSidebar > Input:focus { border: none; background-tint: $primary 15%; }
    ActorSidebar .empty { color: $text-muted; padding: 0 1; }
    """

    class ActorChosen(Message):
        def __init__(self, actor_id: str) -> None:
            super().__init__()
            self.actor_id = actor_id

    def __init__(self, index: ArticleIndex, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._index = index
        self.border_title = "Actors"

    def compose(self) -> ComposeResult:
        yield Input(placeholder="/ filter actors", id="actor-filter")
        yield ReaderList(id="actor-list")

    @property
    def actor_list(self) -> ReaderList:
        return self.query_one("#actor-list", ReaderList)

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._fill())
        self._fill()

    def set_index(self, index: ArticleIndex) -> None:
        self._index = index
        self._fill()

    def _fill(self) -> None:
        query = self.query_one("#actor-filter", Input).value
        variables = self.app.current_theme.variables
        actor_list = self.actor_list
        highlighted = actor_list.highlighted_option.id if actor_list.highlighted_option else None
        actor_list.clear_options()
        options = [
            Option(actor_prompt(actor, rank, actor_colour(variables, rank)), id=actor.id)
            for rank, actor in enumerate(self._index.actors_by_importance)
            if matches_filter(actor, query)
        ]
        if options:
            actor_list.add_options(options)
        else:
            empty = "no actor matches" if query else "no actors found"
            actor_list.add_option(Option(Text(empty, style="dim italic"), disabled=True))
        if highlighted is not None:
            self.show_actor(highlighted)
        if actor_list.highlighted is None and options:
            actor_list.highlighted = 0

    def show_actor(self, actor_id: str | None) -> None:
        """Move the list's highlight to the actor without picking it again."""
        if actor_id is None:
            return
        actor_list = self.actor_list
        try:
            actor_list.highlighted = actor_list.get_option_index(actor_id)
        except OptionDoesNotExist:
            return

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._fill()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.actor_list.focus()

    def on_option_list_option_selected(self, event: ReaderList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.ActorChosen(event.option.id))

    def action_filter_actors(self) -> None:
        self.query_one("#actor-filter", Input).focus()
