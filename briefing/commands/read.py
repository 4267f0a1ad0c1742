"""`briefing [ARTICLE]`: the interactive reader."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "article", nargs="?", help="a file, a URL, - for stdin, or a folder (default: sample_articles/)"
    )


def run(args: argparse.Namespace) -> int:
    raise NotImplementedError
