"""`briefing extract`: the analysis as JSON, for scripts and pipelines."""

from __future__ import annotations

import argparse
import json
import sys

from briefing.commands.arguments import add_published_option
from briefing.errors import BriefingError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs", nargs="+", metavar="PATH", help="article files, folders, URLs, or - for stdin"
    )
    add_published_option(parser)
    parser.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="json: indented objects; jsonl: one object per line",
    )


def run(args: argparse.Namespace) -> int:
    from briefing.analysis_service import analyse_document
    from briefing.core.schema import analysis_to_json
    from briefing.sources import expand_targets, load_document

    failed = False
    for target in args.inputs:
        try:
            locations = expand_targets([target])
        except BriefingError as error:
            print(f"briefing: {error}", file=sys.stderr)
            failed = True
            continue
        for location in locations:
            try:
                document = load_document(location)
            except BriefingError as error:
                print(f"briefing: {error}", file=sys.stderr)
                failed = True
                continue
            for warning in document.warnings:
                print(f"briefing: warning: {warning}", file=sys.stderr)
            payload = analysis_to_json(analyse_document(document, args.published))
            indent = None if args.format == "jsonl" else 2
            sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=indent) + "\n")
    sys.stdout.flush()
    return 2 if failed else 0
