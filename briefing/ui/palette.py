"""Command palette entries: every registry action, "go to actor …", "go to fact …", "theme …"."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from briefing.ui.actions import ACTIONS
from briefing.ui.display_text import displayable

Command = tuple[str, str, Callable[[], object]]


class ReaderCommands(Provider):
    """Commands for the screen the palette was opened on, derived from the action registry and the analysis."""

    def _commands(self) -> list[Command]:
        from briefing.present import format_fact_line
        from briefing.ui.article_screen import ArticleScreen

        screen = self.screen
        app = self.app
        commands: list[Command] = []
        on_article = isinstance(screen, ArticleScreen)
        for action in ACTIONS:
            if not action.palette or action.pane not in ("app", "reader"):
                continue
            if action.pane == "reader" and not on_article:
                continue
            target = app if action.pane == "app" else screen
            commands.append((action.description, action.keys, partial(target.run_action, action.action)))
        if isinstance(screen, ArticleScreen):
            for actor in screen.index.actors_by_importance:
                commands.append(
                    (
                        f"Go to actor {displayable(actor.name)}",
                        actor.kind.replace("_", " "),
                        partial(screen.select_actor, actor.id),
                    )
                )
            for fact in screen.analysis.facts:
                line = displayable(format_fact_line(fact, screen.analysis))
                commands.append(
                    (f"Go to fact {line}", "fact", partial(screen.show_passage, fact.span, "fact"))
                )
        for name in app.reader_theme_names:
            commands.append((f"Theme {name}", "colours", partial(app.use_theme, name)))
        return commands

    async def discover(self) -> Hits:
        for label, help_text, callback in self._commands():
            yield DiscoveryHit(Content(label), callback, text=label, help=help_text)

    async def search(self, query: str) -> Hits:
        """Fuzzy matches, highlighted on plain Content: labels hold article text and must not be markup."""
        matcher = self.matcher(query)
        for label, help_text, callback in self._commands():
            score, offsets = matcher.fuzzy_search.match(query, label)
            if score > 0:
                display = Content(label)
                for offset in offsets:
                    display = display.stylize(matcher.match_style, offset, offset + 1)
                yield Hit(score, display, callback, text=label, help=help_text)
