"""The article screen: actor sidebar, article pane and facts panel, and the navigation that links them.

The screen keeps the reading state (selected actor, current mention, search, the passage a note would attach
to) and tells the three panes what to show; the panes only paint and report what the user picked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, ClassVar, Literal

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.events import Key, Resize
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from briefing.core.model import Analysis, Span
from briefing.errors import BriefingError
from briefing.ui.actions import bindings_for
from briefing.ui.actor_sidebar import ActorSidebar
from briefing.ui.article_view import ArticleView, Hint
from briefing.ui.display_text import displayable
from briefing.ui.facts_panel import FactsPanel
from briefing.ui.link_hints import hint_labels, narrow_hints
from briefing.ui.opened_article import OpenedArticle
from briefing.ui.reading import ArticleIndex, MentionStep
from briefing.ui.search_bar import SearchBar
from briefing.ui.span_layer import SpanLayer
from briefing.ui.text_search import TextSearch, find_matches

if TYPE_CHECKING:
    from briefing.ui.note_dialog import NoteDraft

NARROW_WIDTH = 100
BACKGROUND_SEARCH_CHARS = 200_000
NARROW_HINT = "s actors · F facts · ? all keys"
TargetKind = Literal["sentence", "mention", "fact", "selection"]


@dataclass(frozen=True, slots=True)
class NoteTarget:
    """The passage `a` would annotate."""

    kind: TargetKind
    span: Span


class ArticleScreen(Screen[None]):
    """One article; every key of the "reader" pane of the action registry is handled here."""

    BINDINGS: ClassVar[list[BindingType]] = bindings_for("reader")

    DEFAULT_CSS = """
    ArticleScreen #panes { height: 1fr; }
    ArticleScreen #article-pane { width: 1fr; height: 1fr; }
    ArticleScreen #status { height: 1; padding: 0 1; background: $panel; color: $text-muted; }
    ArticleScreen.-hide-sidebar ActorSidebar { display: none; }
    ArticleScreen.-hide-facts FactsPanel { display: none; }
    ArticleScreen.-narrow ActorSidebar { width: 40%; max-width: 40; }
    ArticleScreen.-narrow FactsPanel { width: 55%; max-width: 48; }
    """

    def __init__(self, article: OpenedArticle) -> None:
        super().__init__()
        self.article = article
        self.index = ArticleIndex(article.analysis)
        self.selected_actor: str | None = None
        self.mention: MentionStep | None = None
        self.note_target: NoteTarget | None = None
        self.search = TextSearch()
        self._narrow: bool | None = None
        self._hints: dict[str, Hint] | None = None
        self._hint_typed = ""
        self.analysing = article.needs_analysis and article.document is not None

    @property
    def analysis(self) -> Analysis:
        return self.index.analysis

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            yield ActorSidebar(self.index, id="sidebar")
            with Vertical(id="article-pane"):
                yield ArticleView(self.index, id="article")
                yield SearchBar(placeholder="search the text", id="search")
                yield Static(id="status", markup=False)
            yield FactsPanel(self.index, id="facts")
        yield Footer(compact=True)

    @property
    def article_view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def sidebar(self) -> ActorSidebar:
        return self.query_one(ActorSidebar)

    @property
    def facts_panel(self) -> FactsPanel:
        return self.query_one(FactsPanel)

    def on_mount(self) -> None:
        self.article_view.focus()
        if self.analysing:
            self.sidebar.loading = True
            self.facts_panel.loading = True
            self._set_status("analysing…")
        self.call_after_refresh(self._after_first_paint)

    def _after_first_paint(self) -> None:
        """Notes and extraction wait until the text is on screen: the analyst can start reading at once."""
        self.reload_notes()
        if self.analysing:
            self._analyse()

    @work(thread=True, exclusive=True, group="analysis")
    def _analyse(self) -> None:
        """Extraction runs off the UI thread so the text is readable (and scrollable) at once."""
        from briefing.analysis_service import analyse_document

        document = self.article.document
        if document is None:
            return
        try:
            analysis = analyse_document(document, self.article.published_on)
        except Exception as error:  # the reader shows the text even if extraction fails on it
            self.app.call_from_thread(self._analysis_failed, f"{type(error).__name__}: {error}")
            return
        index = ArticleIndex(analysis)
        self.app.call_from_thread(self.show_analysis, index)

    def _analysis_failed(self, reason: str) -> None:
        self.analysing = False
        self.sidebar.loading = False
        self.facts_panel.loading = False
        self._set_status("")
        self.notify(f"Could not analyse this article ({reason}); showing the text only.", severity="error")

    def show_analysis(self, index: ArticleIndex) -> None:
        """Swap in a finished analysis of the same text: highlights, actors, facts and timeline appear."""
        analysis = index.analysis
        self.analysing = False
        self.index = index
        if self.selected_actor is not None and self.selected_actor not in index.rank:
            self.selected_actor = None
            self.mention = None
            self.article_view.set_current(None, None)
        self.article_view.set_index(self.index)
        self.sidebar.set_index(self.index)
        self.facts_panel.set_index(self.index)
        self.sidebar.loading = False
        self.facts_panel.loading = False
        self._set_status(
            f"{len(analysis.actors)} actors · {len(analysis.facts)} facts · {len(analysis.dates)} dates"
        )

    def on_resize(self, event: Resize) -> None:
        narrow = event.size.width < NARROW_WIDTH
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self.set_class(narrow, "-narrow")
        self.set_class(narrow, "-hide-sidebar")
        self.set_class(narrow, "-hide-facts")
        status = self.query_one("#status", Static)
        if narrow and not str(status.render()):
            self._set_status("")

    def _set_status(self, message: str) -> None:
        if not message and self.has_class("-narrow"):
            message = NARROW_HINT
        self.query_one("#status", Static).update(Text(message))

    def _mention_status(self) -> str:
        if self.mention is None:
            return ""
        actor = self.index.actor(self.mention.actor_id)
        name = displayable(actor.name) if actor else self.mention.actor_id
        return f"{name} · mention {self.mention.number} of {self.mention.total}"

    def select_actor(self, actor_id: str, mention: Span | None = None) -> None:
        """Make actor_id current and mark one of its mentions (its first, unless one is given)."""
        if mention is not None:
            layer = self.index.mentions_of.get(actor_id)
            step = self.index.step_mention(actor_id, mention.start - 1) if layer else None
        else:
            step = self.index.first_mention(actor_id)
        if step is None:
            return
        self._show_mention(step)

    def _show_mention(self, step: MentionStep) -> None:
        self.selected_actor = step.actor_id
        self.mention = step
        self.note_target = NoteTarget("mention", step.span)
        self.article_view.set_current(step.span, self.index.sentence_of(step.span.start))
        self.sidebar.show_actor(step.actor_id)
        self._set_status(self._mention_status())

    def show_passage(self, span: Span, kind: TargetKind) -> None:
        """Mark a passage (a fact, a date, a note) and its sentence in the article."""
        sentence = self.index.sentence_of(span.start)
        self.note_target = NoteTarget(kind, span if kind != "sentence" else sentence)
        self.article_view.set_current(span, sentence)

    def action_select_actor_rank(self, rank: int) -> None:
        actors = self.index.actors_by_importance
        if rank < len(actors):
            self.select_actor(actors[rank].id)
        elif self.analysing:
            self.notify("Still finding the actors in this article…", timeout=2)
        else:
            self.notify(f"There are only {len(actors)} actors.", severity="warning", timeout=2)

    def action_step_actor(self, delta: int) -> None:
        actors = self.index.actors_by_importance
        if not actors:
            self.notify("No actors found in this article.", severity="warning", timeout=2)
            return
        current = self.index.rank.get(self.selected_actor or "", -1 if delta > 0 else 0)
        self.select_actor(actors[(current + delta) % len(actors)].id)

    def action_step_mention(self, delta: int) -> None:
        if self.search.active and len(self.search.matches):
            self._show_match(self.search.step(delta))
            return
        if self.selected_actor is None:
            self.notify("Pick an actor first: 1-9, ] or f.", severity="warning", timeout=2)
            return
        if self.mention is not None:
            offset = self.mention.span.start
        else:
            offset = self.article_view.visible_offsets()[0] - (1 if delta > 0 else 0)
        step = self.index.step_mention(self.selected_actor, offset, backwards=delta < 0)
        if step is not None:
            self._show_mention(step)

    def action_actor_hints(self) -> None:
        start, end = self.article_view.visible_offsets()
        mentions = self.index.actors.overlapping(start, end)
        if not mentions:
            self.notify("No actor names on screen.", severity="warning", timeout=2)
            return
        labels = hint_labels(len(mentions))
        self._hints = {
            label: Hint(label, actor_id, Span(span_start, span_end))
            for label, (span_start, span_end, actor_id) in zip(labels, mentions, strict=False)
        }
        self._hint_typed = ""
        self.article_view.set_hints(list(self._hints.values()))
        self.article_view.focus()
        self._set_status("type the letters over a name; esc cancels")

    def on_key(self, event: Key) -> None:
        """While hints show, letters pick a hint and any other key cancels; no binding sees these keys."""
        if self._hints is None:
            return
        event.stop()
        event.prevent_default()
        character = event.character or ""
        if event.key == "escape" or not (len(character) == 1 and character.isalpha()):
            self._end_hints(None)
            return
        self._hint_typed += character.lower()
        chosen, reachable = narrow_hints(list(self._hints), self._hint_typed)
        if chosen is not None or not reachable:
            self._end_hints(chosen)

    def _end_hints(self, label: str | None) -> None:
        hints, self._hints = self._hints or {}, None
        self.article_view.set_hints([])
        self._set_status(self._mention_status())
        if label is not None:
            self.select_actor(hints[label].actor_id, hints[label].span)

    def action_search(self) -> None:
        search_bar = self.query_one(SearchBar)
        search_bar.add_class("-active")
        search_bar.value = self.search.query
        search_bar.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if not isinstance(event.input, SearchBar):
            return
        self.search.query = event.value
        if len(self.analysis.text) > BACKGROUND_SEARCH_CHARS:
            self._search_in_background(event.value)
        else:
            self._show_matches(event.value, find_matches(self.analysis.text, event.value))

    @work(thread=True, exclusive=True, group="search")
    def _search_in_background(self, query: str) -> None:
        """In a long document, matching runs off the UI thread so typing in the search box never stalls."""
        matches = find_matches(self.analysis.text, query)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_matches, query, matches)

    def _show_matches(self, query: str, matches: SpanLayer[None]) -> None:
        if query != self.search.query:
            return
        current = self.search.show_results(matches, self.article_view.visible_offsets()[0])
        self._show_match(current)

    def _show_match(self, current: Span | None) -> None:
        if current is not None:
            self.note_target = NoteTarget("sentence", self.index.sentence_of(current.start))
        self.article_view.set_search(self.search.matches if self.search.active else None, current)
        self._set_status(self.search.status())

    def on_search_bar_accepted(self, _event: SearchBar.Accepted) -> None:
        self.article_view.focus()

    def on_search_bar_left(self, _event: SearchBar.Left) -> None:
        self._leave_search()

    def _leave_search(self) -> None:
        self.query_one(SearchBar).remove_class("-active")
        self.search.clear()
        self.article_view.set_search(None, None)
        self.article_view.focus()
        self._set_status(self._mention_status())

    def action_back(self) -> None:
        """esc backs out one layer: search, then the filter box, then the selection, then to the library."""
        focused = self.focused
        if self.search.active or self.query_one(SearchBar).has_class("-active"):
            self._leave_search()
        elif isinstance(focused, Input) and focused.id == "actor-filter":
            focused.value = ""
            self.sidebar.actor_list.focus()
        elif self.selected_actor is not None or self.note_target is not None:
            self.selected_actor = None
            self.mention = None
            self.note_target = None
            self.article_view.set_current(None, None)
            self._set_status("")
        elif self.article.from_library:
            self.dismiss()

    def action_back_to_library(self) -> None:
        if self.article.from_library:
            self.dismiss()

    def action_toggle_sidebar(self) -> None:
        self._toggle_panel(self.sidebar, "-hide-sidebar", "-hide-facts", self.sidebar.actor_list)

    def action_toggle_facts(self) -> None:
        self._toggle_panel(self.facts_panel, "-hide-facts", "-hide-sidebar", self.facts_panel.active_list)

    def _toggle_panel(self, panel: Widget, hide_class: str, other_class: str, focus_target: Widget) -> None:
        """Show (and focus) or hide a side panel; a narrow screen has room for one side panel at a time."""
        show = self.has_class(hide_class)
        self.set_class(not show, hide_class)
        if show:
            if self.has_class("-narrow"):
                self.add_class(other_class)
            focus_target.focus()
        elif self.focused is None or panel in self.focused.ancestors_with_self:
            self.article_view.focus()

    def _panes(self) -> list[tuple[Widget, Widget]]:
        """(pane, the widget that takes focus in it) for each visible pane, left to right."""
        panes: list[tuple[Widget, Widget]] = []
        if not self.has_class("-hide-sidebar"):
            panes.append((self.sidebar, self.sidebar.actor_list))
        panes.append((self.article_view, self.article_view))
        if not self.has_class("-hide-facts"):
            panes.append((self.facts_panel, self.facts_panel.active_list))
        return panes

    def _cycle_pane(self, delta: int) -> None:
        panes = self._panes()
        focused = self.focused
        current = next(
            (
                number
                for number, (pane, _) in enumerate(panes)
                if focused is not None and pane in focused.ancestors_with_self
            ),
            panes.index((self.article_view, self.article_view)),
        )
        panes[(current + delta) % len(panes)][1].focus()

    def action_next_pane(self) -> None:
        self._cycle_pane(1)

    def action_previous_pane(self) -> None:
        self._cycle_pane(-1)

    def on_actor_sidebar_actor_chosen(self, event: ActorSidebar.ActorChosen) -> None:
        self.select_actor(event.actor_id)

    def on_article_view_mention_clicked(self, event: ArticleView.MentionClicked) -> None:
        if event.actor_id is not None and event.span is not None:
            self.select_actor(event.actor_id, event.span)
        else:
            self.note_target = NoteTarget("sentence", self.index.sentence_of(event.offset))

    def on_facts_panel_jump(self, event: FactsPanel.Jump) -> None:
        target = event.target
        self.show_passage(target.span, "fact" if target.kind == "fact" else "sentence")
        if target.kind == "note":
            self.note_target = NoteTarget("selection", target.span)
        if target.fact is not None:
            from briefing.present import format_fact_line

            self._set_status(displayable(format_fact_line(target.fact, self.analysis)))
        else:
            self._set_status(
                f"{target.kind} · {displayable(self.analysis.text[target.span.start : target.span.end])}"
            )

    def _current_note_target(self) -> NoteTarget:
        if self.focused is not None and self.facts_panel in self.focused.ancestors:
            target = self.facts_panel.highlighted_target()
            if target is not None and target.kind == "fact":
                return NoteTarget("fact", target.span)
        if self.note_target is not None:
            return self.note_target
        start, _ = self.article_view.visible_offsets()
        return NoteTarget("sentence", self.index.sentence_of(start))

    def action_annotate(self) -> None:
        from briefing.ui.note_dialog import NoteDialog

        target = self._current_note_target()
        text = self.analysis.text
        if not 0 <= target.span.start < target.span.end <= len(text):
            self.notify("Nothing here to annotate.", severity="warning", timeout=2)
            return
        passage = text[target.span.start : target.span.end]

        def save(draft: NoteDraft | None) -> None:
            if draft is None:
                return
            try:
                self.app.note_store.add(
                    self.article.notes_location,
                    text,
                    target.span.start,
                    target.span.end,
                    draft.body,
                    draft.tags,
                    target.kind,
                )
            except BriefingError as error:
                self.notify(str(error), severity="error")
                return
            self.reload_notes()
            self.notify(f"Note saved on the {target.kind}.", timeout=3)

        self.app.push_screen(NoteDialog(target.kind, passage), save)

    def reload_notes(self) -> None:
        """Read this article's notes again (after a save, or when another process changed them)."""
        store = self.app.note_store
        notes = store.load(self.article.notes_location, self.analysis.text)
        for warning in store.warnings:
            self.notify(warning, severity="warning")
        store.warnings.clear()
        self.facts_panel.set_notes(notes)

    def action_set_published(self) -> None:
        from briefing.ui.published_dialog import PublishedDialog

        if self.article.document is None:
            self.notify("This article cannot be analysed again.", severity="warning", timeout=3)
            return

        def reanalyse(date: dt.date | None) -> None:
            if date is None:
                return
            self.article = replace(self.article, published_on=date)
            self.analysing = True
            self.sidebar.loading = True
            self.facts_panel.loading = True
            self._set_status(f"analysing again with publication date {date.isoformat()}…")
            self._analyse()

        self.app.push_screen(PublishedDialog(self.analysis.document.published), reanalyse)

    def action_export(self) -> None:
        from briefing.notes.export_markdown import briefing_markdown

        store = self.app.note_store
        notes = store.load(self.article.notes_location, self.analysis.text)
        path = store.path_for(self.article.notes_location, self.analysis.text).with_suffix(".md")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(briefing_markdown(self.analysis, notes), encoding="utf-8")
        except OSError as error:
            self.notify(f"Could not export to {path}: {error.strerror or error}", severity="error")
            return
        self.notify(f"Briefing exported to {path}", timeout=8)
