"""The one place where an Analysis becomes JSON (schema `briefing/analysis@1`), and that schema itself."""

from __future__ import annotations

from typing import Any

from briefing.core.model import Analysis, Span

SCHEMA_ID = "briefing/analysis@1"


def _span(span: Span) -> list[int]:
    return span.as_list()


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def analysis_to_json(analysis: Analysis) -> dict[str, Any]:
    """The analysis as plain JSON-ready data, keys in the order of the published contract."""
    document = analysis.document
    return {
        "schema": SCHEMA_ID,
        "document": {
            "id": document.id,
            "path": document.path,
            "title": document.title,
            "source": document.source,
            "published": document.published,
            "published_source": document.published_source,
            "chars": document.chars,
        },
        "actors": [
            {
                "id": actor.id,
                "name": actor.name,
                "kind": actor.kind,
                "aliases": list(actor.aliases),
                "titles": list(actor.titles),
                "roles": list(actor.roles),
                "affiliation": actor.affiliation,
                "generic": actor.generic,
                "mentions": [_span(span) for span in actor.mentions],
            }
            for actor in analysis.actors
        ],
        "places": [
            {
                "id": place.id,
                "name": place.name,
                "kind": place.kind,
                "aliases": list(place.aliases),
                "mentions": [_span(span) for span in place.mentions],
            }
            for place in analysis.places
        ],
        "dates": [
            {
                "span": _span(date.span),
                "text": date.text,
                "value": date.value,
                "granularity": date.granularity,
                "modifier": date.modifier,
                "kind": date.kind,
            }
            for date in analysis.dates
        ],
        "numbers": [
            {
                "span": _span(number.span),
                "text": number.text,
                "value": _number(number.value),
                "low": _number(number.low),
                "high": _number(number.high),
            }
            for number in analysis.numbers
        ],
        "facts": [
            {
                "kind": fact.kind,
                "detail": fact.detail,
                "span": _span(fact.span),
                "text": fact.text,
                "sentence": _span(fact.sentence),
                "low": _number(fact.low),
                "high": _number(fact.high),
                "approximate": fact.approximate,
                "vague": fact.vague,
                "unit": fact.unit,
                "actor": fact.actor,
                "actor_text": fact.actor_text,
                "source": fact.source,
                "date": fact.date,
            }
            for fact in analysis.facts
        ],
        "quotes": [
            {"span": _span(quote.span), "speaker": quote.speaker, "reported": quote.reported}
            for quote in analysis.quotes
        ],
        "sentences": [_span(span) for span in analysis.sentences],
        "non_body": [_span(span) for span in analysis.non_body],
    }


_SPAN = {"type": "array", "items": {"type": "integer", "minimum": 0}, "minItems": 2, "maxItems": 2}
_NUMBER_OR_NULL = {"type": ["number", "null"]}
_STRING_OR_NULL = {"type": ["string", "null"]}
_STRINGS = {"type": "array", "items": {"type": "string"}}


def _object(properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "required": list(properties), "properties": properties}


JSON_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": SCHEMA_ID,
    **_object(
        {
            "schema": {"const": SCHEMA_ID},
            "document": _object(
                {
                    "id": {"type": "string"},
                    "path": _STRING_OR_NULL,
                    "title": _STRING_OR_NULL,
                    "published": {
                        "type": ["string", "null"],
                        "pattern": r"^\d{4}-\d{2}-\d{2}$",
                    },
                    "published_source": {"enum": ["argument", "metadata", "inferred", None]},
                    "chars": {"type": "integer", "minimum": 0},
                }
            ),
            "actors": {
                "type": "array",
                "items": _object(
                    {
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "kind": {
                            "enum": [
                                "person",
                                "organisation",
                                "armed_group",
                                "government",
                                "military",
                                "state",
                            ]
                        },
                        "aliases": _STRINGS,
                        "titles": _STRINGS,
                        "roles": _STRINGS,
                        "mentions": {"type": "array", "items": _SPAN},
                    }
                ),
            },
            "places": {
                "type": "array",
                "items": _object(
                    {
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "aliases": _STRINGS,
                        "mentions": {"type": "array", "items": _SPAN},
                    }
                ),
            },
            "dates": {
                "type": "array",
                "items": _object(
                    {
                        "span": _SPAN,
                        "text": {"type": "string"},
                        "value": {
                            "type": ["string", "null"],
                            "pattern": r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2}|s)?$",
                        },
                        "granularity": {"type": "string"},
                        "modifier": _STRING_OR_NULL,
                        "kind": {"enum": ["point", "duration"]},
                    }
                ),
            },
            "numbers": {
                "type": "array",
                "items": _object(
                    {
                        "span": _SPAN,
                        "value": {"type": "number"},
                        "low": _NUMBER_OR_NULL,
                        "high": _NUMBER_OR_NULL,
                    }
                ),
            },
            "facts": {
                "type": "array",
                "items": _object(
                    {
                        "kind": {
                            "enum": [
                                "casualties",
                                "force_size",
                                "displaced",
                                "affected",
                                "strikes",
                                "materiel",
                                "territory",
                                "money",
                            ]
                        },
                        "detail": _STRING_OR_NULL,
                        "span": _SPAN,
                        "sentence": _SPAN,
                        "low": _NUMBER_OR_NULL,
                        "high": _NUMBER_OR_NULL,
                        "approximate": {"type": "boolean"},
                        "vague": {"type": "boolean"},
                        "unit": _STRING_OR_NULL,
                        "actor": _STRING_OR_NULL,
                        "source": _STRING_OR_NULL,
                        "date": _STRING_OR_NULL,
                    }
                ),
            },
            "quotes": {
                "type": "array",
                "items": _object({"span": _SPAN, "speaker": _STRING_OR_NULL}),
            },
        }
    ),
}
