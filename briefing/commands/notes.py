"""`briefing notes add|list|rm`: the notes of an article from the command line, in the same store as the reader."""

from __future__ import annotations

import argparse
import re
import sys

from briefing.commands.arguments import add_notes_dir_option
from briefing.errors import NotesError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_notes_dir_option(parser)
    actions = parser.add_subparsers(dest="action", required=True, metavar="{add,list,rm}")
    add = actions.add_parser("add", help="attach a note to a passage of an article")
    add.add_argument("article", help="a file, a URL, or - for stdin")
    add.add_argument(
        "--quote", required=True, help="the passage, exactly as in the article (spacing may differ)"
    )
    add.add_argument("--text", required=True, help="the note")
    add.add_argument("--tag", action="append", default=[], help="a tag; repeat for several")
    listing = actions.add_parser("list", help="the notes of an article, or every article that has notes")
    listing.add_argument("article", nargs="?", help="a file, a URL, or - for stdin")
    remove = actions.add_parser("rm", help="remove a note by its id")
    remove.add_argument("article", help="a file, a URL, or - for stdin")
    remove.add_argument("note_id", metavar="ID", help="the id shown by 'briefing notes list ARTICLE'")
    for subparser in (add, listing, remove):
        add_notes_dir_option(subparser, argparse.SUPPRESS)


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """The first place quote occurs in text, exactly or else with any run of whitespace matching any other."""
    quote = quote.strip()
    if not quote:
        return None
    index = text.find(quote)
    if index >= 0:
        return index, index + len(quote)
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None


def _print_warnings(warnings: list[str]) -> None:
    for warning in warnings:
        print(f"briefing: warning: {warning}", file=sys.stderr)


def _excerpt(text: str, limit: int = 60) -> str:
    from briefing.present import one_line

    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def run(args: argparse.Namespace) -> int:
    from briefing.analysis_service import notes_location
    from briefing.notes.store import NoteStore
    from briefing.sources import load_document

    store = NoteStore(args.notes_dir)
    try:
        if args.action == "list" and args.article is None:
            for document in store.documents():
                where = "- (standard input)" if document.location == "-" else document.location
                print(f"{document.notes:>4} {'note' if document.notes == 1 else 'notes'}  {where}")
            return 0
        document = load_document(args.article)
        _print_warnings(list(document.warnings))
        location = notes_location(document)
        if args.action == "add":
            span = find_quote(document.text, args.quote)
            if span is None:
                raise NotesError(f"{args.article}: quote not found in the article: {_excerpt(args.quote)!r}")
            note = store.add(location, document.text, span[0], span[1], args.text, args.tag)
            print(f"{note.id}  [{note.start}, {note.end})  {_excerpt(note.exact)}")
        elif args.action == "list":
            for note in store.load(location, document.text):
                place = "orphaned" if note.orphaned else f"[{note.start}, {note.end})"
                tags = "".join(f"  #{tag}" for tag in note.tags)
                print(f"{note.id}  {place}  {_excerpt(note.exact)!r}  {_excerpt(note.body)}{tags}")
        else:
            store.remove(location, document.text, args.note_id)
            print(f"removed note {args.note_id}")
    finally:
        _print_warnings(store.warnings)
    return 0
