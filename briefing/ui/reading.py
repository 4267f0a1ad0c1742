"""What the reader needs to look up in an analysis, precomputed once: who is most important, which mention
is under the cursor, where the next mention of an actor is. Pure Python, no Textual, so it is easy to test."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.core.model import Actor, Analysis, DateMention, Fact, NumberMention, Span
from briefing.present import actor_importance_key, timeline_dates
from briefing.ui.span_layer import SpanLayer


@dataclass(frozen=True, slots=True)
class MentionStep:
    """A mention reached by n/N: where it is and its place among the actor's mentions."""

    actor_id: str
    span: Span
    number: int  # 1-based
    total: int


class ArticleIndex:
    """Lookups over one Analysis by bisection on sorted offsets."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.actors_by_importance: tuple[Actor, ...] = tuple(
            sorted(analysis.actors, key=actor_importance_key)
        )
        self.rank: dict[str, int] = {actor.id: rank for rank, actor in enumerate(self.actors_by_importance)}
        self.mentions_of: dict[str, SpanLayer[str]] = {
            actor.id: SpanLayer((span.start, span.end, actor.id) for span in actor.mentions)
            for actor in analysis.actors
        }
        self.actors: SpanLayer[str] = SpanLayer(
            (span.start, span.end, actor.id) for actor in analysis.actors for span in actor.mentions
        )
        self.places: SpanLayer[str] = SpanLayer(
            (span.start, span.end, place.id) for place in analysis.places for span in place.mentions
        )
        self.dates: SpanLayer[DateMention] = SpanLayer(
            (date.span.start, date.span.end, date) for date in analysis.dates
        )
        self.numbers: SpanLayer[NumberMention] = SpanLayer(
            (number.span.start, number.span.end, number) for number in analysis.numbers
        )
        self.facts: SpanLayer[Fact] = SpanLayer(
            (fact.span.start, fact.span.end, fact) for fact in analysis.facts
        )
        self.non_body: SpanLayer[None] = SpanLayer((span.start, span.end, None) for span in analysis.non_body)

    def actor(self, actor_id: str | None) -> Actor | None:
        if actor_id is None or actor_id not in self.rank:
            return None
        return self.actors_by_importance[self.rank[actor_id]]

    def actor_at(self, offset: int) -> Actor | None:
        """The actor whose mention covers offset (what a click on the text selects)."""
        found = self.actors.at(offset)
        return self.actor(found[2]) if found else None

    def step_mention(self, actor_id: str, offset: int, *, backwards: bool = False) -> MentionStep | None:
        """The actor's next (or previous) mention after offset, wrapping around the document."""
        layer = self.mentions_of.get(actor_id)
        if layer is None:
            return None
        index = layer.index_before(offset) if backwards else layer.index_after(offset)
        if index is None:
            return None
        return MentionStep(
            actor_id, Span(layer.starts[index], layer.ends[index]), index + 1, len(layer.starts)
        )

    def first_mention(self, actor_id: str) -> MentionStep | None:
        layer = self.mentions_of.get(actor_id)
        if not layer:
            return None
        return MentionStep(actor_id, Span(layer.starts[0], layer.ends[0]), 1, len(layer.starts))

    def sentence_of(self, offset: int) -> Span:
        """The sentence holding offset; without sentence spans, the paragraph around it."""
        sentence = self.analysis.sentence_at(offset)
        if sentence is not None:
            return sentence
        text = self.analysis.text
        start = text.rfind("\n", 0, offset) + 1
        end = text.find("\n", offset)
        return Span(start, len(text) if end == -1 else end)

    def timeline(self) -> list[DateMention]:
        """Resolved point dates in calendar order (then text order), the same list the exported briefing has."""
        return timeline_dates(self.analysis)

    def facts_by_kind(self) -> dict[str, list[Fact]]:
        grouped: dict[str, list[Fact]] = {}
        for fact in sorted(self.analysis.facts, key=lambda fact: (fact.kind, fact.span.start)):
            grouped.setdefault(fact.kind, []).append(fact)
        return grouped
