"""The exported briefing as Markdown: reads well as plain text and renders as tables on a forge."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

from briefing.core.model import Actor, Analysis
from briefing.notes.annotation import Annotation
from briefing.present import (
    actor_importance_key,
    actor_kind_label,
    fact_actor_name,
    fact_kind_label,
    fact_source_name,
    format_date,
    format_fact_value,
    one_line,
    published_label,
    timeline_dates,
)


def _cell(text: str | None) -> str:
    """A table cell: one line, with the characters that would end the cell or the table escaped."""
    return one_line(text or "").replace("\\", "\\\\").replace("|", "\\|")


def _table(header: Sequence[str], alignments: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(alignments) + "|"]
    lines.extend("| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows)
    return "\n".join(lines)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _title(analysis: Analysis) -> str:
    document = analysis.document
    if document.title:
        return one_line(document.title)
    if document.path:
        return PurePath(document.path).stem
    return document.id or "Untitled article"


def _header(analysis: Analysis, notes: Sequence[Annotation]) -> str:
    document = analysis.document
    orphaned = sum(note.orphaned for note in notes)
    summary = ", ".join(
        [
            _plural(len(analysis.actors), "actor"),
            _plural(len(analysis.places), "place"),
            _plural(len(analysis.facts), "fact"),
            _plural(len(notes), "note") + (f" ({orphaned} orphaned)" if orphaned else ""),
        ]
    )
    lines = [f"# {_title(analysis)}", ""]
    if document.source:
        lines.append(f"- **Source:** {one_line(document.source)}")
    if document.path:
        lines.append(f"- **File:** {document.path}")
    lines.append(f"- **Published:** {published_label(document)}")
    lines.append(f"- **In short:** {summary}")
    return "\n".join(lines)


def _role(actor: Actor, analysis: Analysis) -> str:
    role = "; ".join(actor.roles or actor.titles)
    if actor.affiliation:
        affiliation = analysis.actor(actor.affiliation)
        name = affiliation.name if affiliation else actor.affiliation
        role = f"{role}, {name}" if role else name
    return role


def _actors(analysis: Analysis) -> str:
    if not analysis.actors:
        return "## Actors\n\nNo actors found."
    actors = sorted(analysis.actors, key=actor_importance_key)
    rows = [
        [
            actor.name,
            actor_kind_label(actor),
            _role(actor, analysis),
            ", ".join(actor.aliases),
            str(len(actor.mentions)),
        ]
        for actor in actors
    ]
    return "## Actors\n\n" + _table(
        ["Actor", "Kind", "Role", "Aliases", "Mentions"], ["---"] * 4 + ["---:"], rows
    )


def _sentence_text(analysis: Analysis, offset: int) -> str:
    sentence = analysis.sentence_at(offset)
    return one_line(analysis.text[sentence.start : sentence.end]) if sentence else ""


def _facts(analysis: Analysis) -> str:
    if not analysis.facts:
        return "## Facts\n\nNo facts found."
    rows = [
        [
            fact_kind_label(fact),
            format_fact_value(fact),
            fact_actor_name(fact, analysis) or "",
            fact_source_name(fact, analysis) or "",
            fact.date or "",
            one_line(analysis.text[fact.sentence.start : fact.sentence.end]),
        ]
        for fact in sorted(analysis.facts, key=lambda fact: fact.span)
    ]
    return "## Facts\n\n" + _table(
        ["Kind", "Value", "Actor", "Source", "Date", "Sentence"], ["---"] * 6, rows
    )


def _timeline(analysis: Analysis) -> str:
    dated = timeline_dates(analysis)
    if not dated:
        return "## Timeline\n\nNo dates resolved."
    lines = ["## Timeline", ""]
    for date in dated:
        written = one_line(date.text)
        line = f"- **{format_date(date.value or '', date.modifier)}**"
        if written != date.value:
            line += f" ({written})"
        sentence = _sentence_text(analysis, date.span.start)
        lines.append(f"{line} — {sentence}" if sentence else line)
    return "\n".join(lines)


def _passage(analysis: Analysis, note: Annotation) -> str:
    """The note's passage in its sentence, the passage in bold; orphaned passages struck through."""
    exact = one_line(note.exact)
    if note.orphaned:
        return f"> ~~{exact}~~\n\n*Orphaned: this passage is no longer in the article; the note is kept.*"
    sentence = analysis.sentence_at(note.start)
    if sentence is None or note.end > sentence.end:
        return f"> **{exact}**"
    before = one_line(analysis.text[sentence.start : note.start])
    after = one_line(analysis.text[note.end : sentence.end])
    return "> " + " ".join(part for part in (before, f"**{exact}**", after) if part)


def _notes(analysis: Analysis, notes: Sequence[Annotation]) -> str:
    if not notes:
        return "## Notes\n\nNo notes."
    blocks = ["## Notes"]
    for number, note in enumerate(notes, start=1):
        heading = f"### Note {number} · `{note.id}`"
        if note.tags:
            heading += " · " + ", ".join(f"#{tag}" for tag in note.tags)
        stamp = f"*Written {note.created}" + (
            f", edited {note.updated}*" if note.updated and note.updated != note.created else "*"
        )
        blocks.extend([heading, _passage(analysis, note), note.body.strip() or "*(no text)*", stamp])
    return "\n\n".join(blocks)


def briefing_markdown(analysis: Analysis, notes: Sequence[Annotation]) -> str:
    """The whole briefing: header, actors, facts, timeline, then the notes with their passages."""
    sections = [
        _header(analysis, notes),
        _actors(analysis),
        _facts(analysis),
        _timeline(analysis),
        _notes(analysis, notes),
    ]
    return "\n\n".join(sections) + "\n"
