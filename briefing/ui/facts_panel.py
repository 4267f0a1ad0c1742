"""The facts panel: tabs for typed facts grouped by kind, the timeline of resolved dates, and the notes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Literal

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import TabbedContent, TabPane
from textual.widgets.option_list import Option

from briefing.core.model import Fact, Span
from briefing.present import format_fact_line
from briefing.ui.actions import bindings_for
from briefing.ui.display_text import displayable
from briefing.ui.reader_list import ReaderList
from briefing.ui.reading import ArticleIndex

if TYPE_CHECKING:
    from briefing.notes.annotation import Annotation

SENTENCE_PREVIEW = 160
TAB_IDS = ("tab-facts", "tab-timeline", "tab-notes")
JumpKind = Literal["fact", "date", "note"]


@dataclass(frozen=True, slots=True)
class JumpTarget:
    """A passage a list item points at: enter on it marks the span and its sentence in the article."""

    kind: JumpKind
    span: Span
    fact: Fact | None = None
    note_id: str | None = None


def _preview(text: str) -> str:
    flat = " ".join(displayable(text).split())
    return flat if len(flat) <= SENTENCE_PREVIEW else flat[: SENTENCE_PREVIEW - 1] + "…"


class FactsPanel(Vertical):
    """Facts / Timeline / Notes; enter on an item posts Jump with the passage to show."""

    BINDINGS: ClassVar[list[BindingType]] = bindings_for("facts")

    DEFAULT_CSS = """
    FactsPanel { width: 32%; min-width: 30; max-width: 56; height: 1fr; background: $panel; border-left: vkey $primary 40%; }
    FactsPanel TabbedContent { height: 1fr; }
    FactsPanel TabPane { padding: 0; height: 1fr; }
    FactsPanel ContentSwitcher { height: 1fr; }
    """

    class Jump(Message):
        def __init__(self, target: JumpTarget) -> None:
            super().__init__()
            self.target = target

    def __init__(self, index: ArticleIndex, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._index = index
        self._targets: dict[str, JumpTarget] = {}
        self._notes: list[Annotation] = []

    def compose(self) -> ComposeResult:
        with TabbedContent(id="facts-tabs"):
            with TabPane("Facts", id="tab-facts"):
                yield ReaderList(id="fact-list")
            with TabPane("Timeline", id="tab-timeline"):
                yield ReaderList(id="timeline-list")
            with TabPane("Notes", id="tab-notes"):
                yield ReaderList(id="note-list")

    def on_mount(self) -> None:
        self._fill_facts()
        self._fill_timeline()
        self._fill_notes()

    def action_switch_tab(self, delta: int) -> None:
        tabbed = self.query_one(TabbedContent)
        current = TAB_IDS.index(tabbed.active) if tabbed.active in TAB_IDS else 0
        tabbed.active = TAB_IDS[(current + delta) % len(TAB_IDS)]
        self.active_list.focus()

    @property
    def active_list(self) -> ReaderList:
        active = self.query_one(TabbedContent).active or "tab-facts"
        return self.query_one(f"#{active} ReaderList", ReaderList)

    def highlighted_target(self) -> JumpTarget | None:
        option = self.active_list.highlighted_option
        return self._targets.get(option.id) if option and option.id else None

    def set_index(self, index: ArticleIndex) -> None:
        self._index = index
        self._fill_facts()
        self._fill_timeline()

    def set_notes(self, notes: Sequence[Annotation]) -> None:
        self._notes = list(notes)
        self._fill_notes()

    def _fill_facts(self) -> None:
        fact_list = self.query_one("#fact-list", ReaderList)
        fact_list.clear_options()
        self._forget_targets("fact-")
        grouped = self._index.facts_by_kind()
        if not grouped:
            fact_list.add_option(Option(Text("no facts found", style="dim italic"), disabled=True))
            return
        options: list[Option] = []
        for kind, facts in grouped.items():
            heading = Text(kind.replace("_", " ").upper(), style="bold")
            heading.append(f"  {len(facts)}", style="dim")
            options.append(Option(heading, disabled=True))
            for number, fact in enumerate(facts):
                option_id = f"fact-{kind}-{number}"
                self._targets[option_id] = JumpTarget("fact", fact.span, fact=fact)
                options.append(
                    Option(Text(displayable(format_fact_line(fact, self._index.analysis))), id=option_id)
                )
        fact_list.add_options(options)

    def _fill_timeline(self) -> None:
        timeline_list = self.query_one("#timeline-list", ReaderList)
        timeline_list.clear_options()
        self._forget_targets("date-")
        dates = self._index.timeline()
        if not dates:
            timeline_list.add_option(Option(Text("no resolved dates", style="dim italic"), disabled=True))
            return
        options: list[Option] = []
        text = self._index.analysis.text
        for number, date in enumerate(dates):
            sentence = self._index.sentence_of(date.span.start)
            prompt = Text(f"{date.value}", style="bold")
            if date.modifier:
                prompt.append(f" ({date.modifier})", style="italic")
            prompt.append("\n  " + _preview(text[sentence.start : sentence.end]), style="dim")
            option_id = f"date-{number}"
            self._targets[option_id] = JumpTarget("date", date.span)
            options.append(Option(prompt, id=option_id))
        timeline_list.add_options(options)

    def _fill_notes(self) -> None:
        note_list = self.query_one("#note-list", ReaderList)
        note_list.clear_options()
        self._forget_targets("note-")
        if not self._notes:
            note_list.add_option(
                Option(Text("no notes yet: press a to annotate", style="dim italic"), disabled=True)
            )
            return
        options: list[Option] = []
        for note in self._notes:
            prompt = Text(_preview(note.body.splitlines()[0] if note.body.strip() else "(empty note)"))
            if note.tags:
                prompt.append("  " + " ".join(f"#{tag}" for tag in note.tags), style="italic")
            quoted = "“" + _preview(note.exact) + "”"
            prompt.append(
                "\n  " + ("orphaned, passage gone: " if note.orphaned else "") + quoted, style="dim"
            )
            option_id = f"note-{note.id}"
            if not note.orphaned:
                self._targets[option_id] = JumpTarget("note", Span(note.start, note.end), note_id=note.id)
            options.append(Option(prompt, id=option_id))
        note_list.add_options(options)

    def _forget_targets(self, prefix: str) -> None:
        """Drop one list's targets before it is refilled, so no stale item can be jumped to."""
        self._targets = {key: target for key, target in self._targets.items() if not key.startswith(prefix)}

    def on_option_list_option_selected(self, event: ReaderList.OptionSelected) -> None:
        event.stop()
        target = self._targets.get(event.option.id or "")
        if target is not None:
            self.post_message(self.Jump(target))
