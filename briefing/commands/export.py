"""`briefing export ARTICLE`: the article's briefing (actors, facts, timeline, notes) as Markdown or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from briefing.commands.arguments import add_notes_dir_option, add_published_option
from briefing.errors import BriefingError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("article", help="a file, a URL, or - for stdin")
    parser.add_argument(
        "--format",
        choices=("md", "json"),
        default="md",
        help="md: a Markdown briefing; json: analysis + notes",
    )
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here instead of stdout")
    add_published_option(parser)
    add_notes_dir_option(parser)


def run(args: argparse.Namespace) -> int:
    from briefing.analysis_service import load_and_analyse, notes_location
    from briefing.notes.export_json import briefing_json
    from briefing.notes.export_markdown import briefing_markdown
    from briefing.notes.store import NoteStore

    document, analysis = load_and_analyse(args.article, args.published)
    for warning in document.warnings:
        print(f"briefing: warning: {warning}", file=sys.stderr)
    store = NoteStore(args.notes_dir)
    location = notes_location(document)
    notes = store.load(location, document.text)
    for warning in store.warnings:
        print(f"briefing: warning: {warning}", file=sys.stderr)
    if args.format == "json":
        output = json.dumps(briefing_json(analysis, notes, location), ensure_ascii=False, indent=2) + "\n"
    else:
        output = briefing_markdown(analysis, notes)
    if args.output is None:
        sys.stdout.write(output)
        return 0
    try:
        args.output.write_text(output, encoding="utf-8")
    except OSError as error:
        raise BriefingError(f"{args.output}: cannot write: {error.strerror or error}") from None
    return 0
