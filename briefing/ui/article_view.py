"""The article pane: the text wrapped to the width and painted line by line with the Line API.

Wrapping runs once per width and keeps each screen line's [start, end) offsets; `render_line` slices the text
for visible lines only and caches the Strip under the line's highlight state, so moving the current mention
repaints just the lines it touches. Text is never parsed as markup: Segments are built from plain strings.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import get_character_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.events import Click, Resize
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.core.model import DocumentInfo, Span
from briefing.present import PUBLISHED_SOURCE_WORDS
from briefing.ui.actions import bindings_for
from briefing.ui.display_text import displayable
from briefing.ui.highlight_styles import HighlightStyles, build_styles
from briefing.ui.reading import ArticleIndex
from briefing.ui.span_layer import SpanLayer
from briefing.ui.wrapping import WrappedText, wrap_text

GUTTER = 2
SENTENCE_MARKER = "▌ "


@dataclass(frozen=True, slots=True)
class Hint:
    """Letters typed after `f` to jump to one actor mention on screen."""

    label: str
    actor_id: str
    span: Span


def header_lines(document: DocumentInfo) -> list[Text]:
    """Title, then source and publication date with where that date came from."""
    title = Text(displayable(document.title or document.id or "Untitled article"), style="bold")
    details: list[str] = []
    if document.source:
        details.append(displayable(document.source))
    if document.published:
        origin = PUBLISHED_SOURCE_WORDS.get(document.published_source or "", "")
        details.append(f"published {document.published}" + (f" ({origin})" if origin else ""))
    else:
        details.append("publication date unknown")
    return [title, Text(" · ".join(details), style="italic"), Text("")]


class ArticleView(ScrollView, can_focus=True):
    """Scrollable article text with entity highlights, the current mention and sentence, search matches."""

    BINDINGS: ClassVar[list[BindingType]] = bindings_for("article")

    DEFAULT_CSS = """
    ArticleView {
        height: 1fr;
        width: 1fr;
        overflow-y: scroll;
        overflow-x: hidden;
        background: $surface;
        color: $foreground;
        scrollbar-size-vertical: 1;
    }
    ArticleView:focus { background-tint: $foreground 3%; }
    """

    class MentionClicked(Message):
        """The user clicked the text; actor_id is set when the click landed on an actor's mention."""

        def __init__(self, offset: int, actor_id: str | None, span: Span | None) -> None:
            super().__init__()
            self.offset = offset
            self.actor_id = actor_id
            self.span = span

    def __init__(self, index: ArticleIndex, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = displayable(index.analysis.text)
        self._index = index
        self._wrapped: WrappedText | None = None
        self._header: list[Strip] = []
        self._strip_cache: LRUCache[tuple[object, ...], Strip] = LRUCache(2048)
        self._styles: HighlightStyles | None = None
        self.current_mention: Span | None = None
        self.current_sentence: Span | None = None
        self.search_matches: SpanLayer[None] | None = None
        self.current_match: Span | None = None
        self._search_generation = 0
        self.hints: SpanLayer[Hint] | None = None
        self._hint_generation = 0

    @property
    def index(self) -> ArticleIndex:
        return self._index

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, _theme: object) -> None:
        self._styles = None
        self._header = []
        self._strip_cache.clear()
        self.refresh()

    @property
    def styles_for_highlights(self) -> HighlightStyles:
        if self._styles is None:
            self._styles = build_styles(self.app.current_theme.variables)
        return self._styles

    def set_index(self, index: ArticleIndex) -> None:
        """Show a new analysis of the same text (highlights arrive after a long document's first paint)."""
        self._index = index
        self._header = []
        self._strip_cache.clear()
        if self._wrapped is not None:
            self._layout_header(self._wrapped.width)
            self.virtual_size = Size(self._wrapped.width + GUTTER, len(self._header) + len(self._wrapped))
        self.refresh()

    def on_resize(self, _event: Resize) -> None:
        self._relayout()

    @property
    def text_width(self) -> int:
        return max(10, self.scrollable_content_region.width - GUTTER - 1)

    def _relayout(self, *, force: bool = False) -> None:
        width = self.text_width
        if not force and self._wrapped is not None and self._wrapped.width == width:
            return
        self._wrapped = wrap_text(self._text, width)
        self._header = []
        self._strip_cache.clear()
        self._layout_header(width)
        self.virtual_size = Size(width + GUTTER, len(self._header) + len(self._wrapped))
        if self.current_sentence is not None:
            self.scroll_to_offset(self.current_sentence.start)

    def _layout_header(self, width: int) -> None:
        console = self.app.console
        strips: list[Strip] = []
        for line in header_lines(self._index.analysis.document):
            for wrapped in line.wrap(console, width) or [Text("")]:
                segments = [Segment(" " * GUTTER), *wrapped.render(console)]
                strips.append(Strip(segments))
        self._header = strips

    @property
    def header_height(self) -> int:
        if not self._header and self._wrapped is not None:
            self._layout_header(self._wrapped.width)
        return len(self._header)

    def line_of_offset(self, offset: int) -> int:
        """The virtual line showing a text offset."""
        if self._wrapped is None:
            return 0
        return self.header_height + self._wrapped.line_of(offset)

    def visible_offsets(self) -> tuple[int, int]:
        """The text range currently on screen."""
        if self._wrapped is None or not len(self._wrapped):
            return 0, 0
        first = max(0, int(self.scroll_y) - self.header_height)
        last = min(len(self._wrapped) - 1, int(self.scroll_y) + self.size.height - 1 - self.header_height)
        if last < first:
            return 0, 0
        return self._wrapped.starts[first], self._wrapped.ends[last]

    def scroll_to_offset(self, offset: int) -> None:
        """Bring the line of offset into view, a third of the way down, unless it is already visible."""
        if self._wrapped is None:
            return
        line = self.line_of_offset(offset)
        top = int(self.scroll_y)
        if top <= line < top + self.size.height:
            return
        self.scroll_to(y=max(0, line - self.size.height // 3), animate=False, immediate=True)

    def _refresh_span(self, span: Span | None) -> None:
        if span is None or self._wrapped is None:
            return
        first = self.line_of_offset(span.start)
        last = self.line_of_offset(max(span.start, span.end - 1))
        self.refresh_lines(first, last - first + 1)

    def set_current(self, mention: Span | None, sentence: Span | None) -> None:
        """Mark a mention and its sentence, repainting only the lines they cover, and scroll them into view."""
        for span in (self.current_mention, self.current_sentence):
            self._refresh_span(span)
        self.current_mention = mention
        self.current_sentence = sentence
        for span in (mention, sentence):
            self._refresh_span(span)
        target = mention or sentence
        if target is not None:
            self.scroll_to_offset(target.start)

    def set_search(self, matches: SpanLayer[None] | None, current: Span | None = None) -> None:
        self.search_matches = matches
        self.current_match = current
        self._search_generation += 1
        self.refresh()
        if current is not None:
            self.scroll_to_offset(current.start)

    def set_hints(self, hints: list[Hint]) -> None:
        self.hints = SpanLayer((hint.span.start, hint.span.end, hint) for hint in hints) if hints else None
        self._hint_generation += 1
        self.refresh()

    def action_line_down(self) -> None:
        self.scroll_relative(y=1, animate=False, immediate=True)

    def action_line_up(self) -> None:
        self.scroll_relative(y=-1, animate=False, immediate=True)

    def action_page(self, direction: int) -> None:
        """A screenful less one line, so the last line read stays in view."""
        self.scroll_relative(y=direction * max(1, self.size.height - 1), animate=False, immediate=True)

    def action_go_top(self) -> None:
        self.scroll_to(y=0, animate=False, immediate=True)

    def action_go_bottom(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        base = self.rich_style
        strip = self._line_strip(scroll_y + y)
        return strip.crop_extend(scroll_x, scroll_x + self.size.width, base).apply_style(base)

    def _line_strip(self, line_number: int) -> Strip:
        if self._wrapped is None:
            return Strip.blank(0)
        header_height = self.header_height
        if line_number < header_height:
            return self._header[line_number]
        text_line = line_number - header_height
        if text_line >= len(self._wrapped):
            return Strip.blank(0)
        start, end = self._wrapped.starts[text_line], self._wrapped.ends[text_line]
        key = self._state_key(text_line, start, end)
        cached = self._strip_cache.get(key)
        if cached is None:
            cached = self._build_strip(start, end)
            self._strip_cache[key] = cached
        return cached

    def _state_key(self, text_line: int, start: int, end: int) -> tuple[object, ...]:
        """Everything that changes how the line looks; unchanged lines keep their cached Strip."""
        line = Span(start, max(end, start + 1))
        in_sentence = self.current_sentence is not None and self.current_sentence.overlaps(line)
        mention = (
            self.current_mention if self.current_mention and self.current_mention.overlaps(line) else None
        )
        match = self.current_match if self.current_match and self.current_match.overlaps(line) else None
        search = (
            self._search_generation
            if self.search_matches and self.search_matches.overlapping(start, end)
            else 0
        )
        hints = self._hint_generation if self.hints and self.hints.overlapping(start, end) else 0
        return (text_line, in_sentence and self.current_sentence, mention, match, search, hints)

    def _build_strip(self, start: int, end: int) -> Strip:
        styles = self.styles_for_highlights
        index = self._index
        sentence = self.current_sentence
        in_sentence = sentence is not None and sentence.overlaps(Span(start, max(end, start + 1)))
        layers: list[list[tuple[int, int, Style]]] = [
            [(s, e, styles.non_body) for s, e, _ in index.non_body.overlapping(start, end)],
            [(s, e, styles.fact) for s, e, _ in index.facts.overlapping(start, end)],
            [(s, e, styles.number) for s, e, _ in index.numbers.overlapping(start, end)],
            [(s, e, styles.date) for s, e, _ in index.dates.overlapping(start, end)],
            [(s, e, styles.place) for s, e, _ in index.places.overlapping(start, end)],
            [
                (s, e, styles.actor(index.rank.get(actor_id, 0)))
                for s, e, actor_id in index.actors.overlapping(start, end)
            ],
        ]
        if sentence is not None and in_sentence:
            layers.insert(0, [(sentence.start, sentence.end, styles.current_sentence)])
        if self.search_matches is not None:
            layers.append(
                [(s, e, styles.search_match) for s, e, _ in self.search_matches.overlapping(start, end)]
            )
        if self.current_match is not None:
            layers.append([(self.current_match.start, self.current_match.end, styles.current_match)])
        if self.current_mention is not None:
            layers.append([(self.current_mention.start, self.current_mention.end, styles.current_mention)])
        replacements: dict[int, tuple[str, Style]] = {}
        if self.hints is not None:
            for hint_start, hint_end, hint in self.hints.overlapping(start, end):
                for position, letter in enumerate(hint.label[: hint_end - hint_start]):
                    replacements[hint_start + position] = (letter, styles.hint)
        boundaries = {start, end}
        for layer in layers:
            for span_start, span_end, _ in layer:
                boundaries.add(min(max(span_start, start), end))
                boundaries.add(min(max(span_end, start), end))
        boundaries.update(position for position in replacements if start <= position < end)
        boundaries.update(position + 1 for position in replacements if start <= position < end)
        ordered = sorted(boundaries)
        marker = SENTENCE_MARKER if in_sentence else " " * GUTTER
        segments = [Segment(marker, styles.gutter_marker if in_sentence else None)]
        text = self._text
        for chunk_start, chunk_end in itertools.pairwise(ordered):
            if chunk_end <= chunk_start:
                continue
            style = Style()
            for layer in layers:
                for span_start, span_end, layer_style in layer:
                    if span_start <= chunk_start and chunk_end <= span_end:
                        style += layer_style
            if chunk_start in replacements:
                letter, hint_style = replacements[chunk_start]
                segments.append(Segment(letter, style + hint_style))
            else:
                segments.append(Segment(text[chunk_start:chunk_end], style or None))
        return Strip(segments)

    def offset_at(self, x: int, y: int) -> int | None:
        """The text offset under a screen cell of this widget, if it holds text."""
        if self._wrapped is None:
            return None
        text_line = int(self.scroll_y) + y - self.header_height
        if not 0 <= text_line < len(self._wrapped):
            return None
        column = x - GUTTER + int(self.scroll_x)
        start, end = self._wrapped.starts[text_line], self._wrapped.ends[text_line]
        if column < 0:
            return None
        cells = 0
        for position in range(start, end):
            cells += get_character_cell_size(self._text[position])
            if cells > column:
                return position
        return None

    def on_click(self, event: Click) -> None:
        offset = self.offset_at(event.x, event.y)
        if offset is None:
            return
        found = self._index.actors.at(offset)
        if found is None:
            self.post_message(self.MentionClicked(offset, None, None))
        else:
            self.post_message(self.MentionClicked(offset, found[2], Span(found[0], found[1])))
