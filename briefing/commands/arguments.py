"""Options shared by the commands, so every command reads a date or a notes folder the same way."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path


def iso_date(value: str) -> dt.date:
    """A YYYY-MM-DD date; anything else is a usage error naming the value."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def add_published_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--published",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="publication date to resolve relative dates against",
    )


def add_notes_dir_option(parser: argparse.ArgumentParser, default: object = None) -> None:
    parser.add_argument(
        "--notes-dir",
        type=Path,
        metavar="DIR",
        default=default,
        help="folder of notes files (default: the user's data folder, or $BRIEFING_HOME/data/notes)",
    )
