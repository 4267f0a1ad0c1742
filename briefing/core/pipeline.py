"""Runs the extraction steps in order; each step reads the text and the earlier steps' results."""

from __future__ import annotations

import datetime as dt

from briefing.core import dates, entities, facts, layout, numbers, published, quotes, sentences
from briefing.core.model import Analysis, DocumentInfo, PublishedSource


def analyse(
    text: str,
    *,
    published_on: dt.date | None = None,
    published_source: PublishedSource | None = None,
    document_id: str = "",
    path: str | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Analysis:
    """Analyse one article. `published_on` comes from the caller (argument or metadata); else it is inferred."""
    if published_on is None:
        published_on = published.infer_published(text)
        published_source = "inferred" if published_on else None
    elif published_source is None:
        published_source = "argument"
    sentence_spans = sentences.split_sentences(text)
    non_body = layout.find_non_body(text, sentence_spans)
    date_mentions = dates.find_dates(text, published_on)
    number_mentions = numbers.find_numbers(text, date_mentions)
    actors, places = entities.find_entities(text, sentence_spans, non_body)
    quote_list = quotes.find_quotes(text, sentence_spans, actors)
    fact_list = facts.find_facts(
        text, sentence_spans, number_mentions, actors, places, date_mentions, quote_list
    )
    info = DocumentInfo(
        id=document_id,
        chars=len(text),
        path=path,
        title=title,
        source=source,
        published=published_on.isoformat() if published_on else None,
        published_source=published_source,
    )
    return Analysis(
        document=info,
        text=text,
        sentences=tuple(sentence_spans),
        non_body=tuple(non_body),
        actors=tuple(actors),
        places=tuple(places),
        dates=tuple(date_mentions),
        numbers=tuple(number_mentions),
        facts=tuple(fact_list),
        quotes=tuple(quote_list),
    )
