"""`briefing extract`: the analysis as JSON, for scripts and pipelines."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from briefing.errors import BriefingError


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs", nargs="+", metavar="PATH", help="article files, folders, URLs, or - for stdin"
    )
    parser.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="publication date to resolve relative dates against",
    )
    parser.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="json: indented objects; jsonl: one object per line",
    )


def run(args: argparse.Namespace) -> int:
    from briefing.core import analyse
    from briefing.core.schema import analysis_to_json
    from briefing.sources import load_document

    failed = False
    for target in args.inputs:
        try:
            document = load_document(target)
        except BriefingError as error:
            print(f"briefing: {error}", file=sys.stderr)
            failed = True
            continue
        for warning in document.warnings:
            print(f"briefing: warning: {warning}", file=sys.stderr)
        published, published_source = (
            (args.published, "argument")
            if args.published
            else (
                document.published,
                "metadata" if document.published else None,
            )
        )
        analysis = analyse(
            document.text,
            published_on=published,
            published_source=published_source,
            document_id=document.document_id,
            path=document.path,
            title=document.title,
            source=document.source,
        )
        payload = analysis_to_json(analysis)
        if args.format == "jsonl":
            sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()
    return 2 if failed else 0
