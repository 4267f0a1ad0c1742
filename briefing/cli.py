"""Command line entry point: `briefing [ARTICLE]` opens the reader; subcommands run headless."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from briefing import __version__
from briefing.errors import BriefingError

# Subcommand name -> module under briefing.commands with add_arguments(parser) and run(args) -> int.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("briefing.commands.extract", "print the analysis of articles as JSON"),
    "notes": ("briefing.commands.notes", "add, list and remove notes on an article"),
    "export": ("briefing.commands.export", "export an article's briefing with its notes"),
}
READER_MODULE = "briefing.commands.read"

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on usage errors already; keep its message to one line plus the usage hint."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _reader_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="briefing",
        description="Read news and intelligence briefings in the terminal: actors, places, dates and "
        "typed facts, linked and navigable.",
        epilog="subcommands: "
        + "; ".join(f"briefing {name} -- {help_text}" for name, (_, help_text) in SUBCOMMANDS.items())
        + ". Run 'briefing SUBCOMMAND --help' for each.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    importlib.import_module(READER_MODULE).add_arguments(parser)
    return parser


def _subcommand_parser(name: str) -> argparse.ArgumentParser:
    module_name, help_text = SUBCOMMANDS[name]
    parser = _Parser(prog=f"briefing {name}", description=help_text)
    importlib.import_module(module_name).add_arguments(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in SUBCOMMANDS:
        name = arguments.pop(0)
        parser = _subcommand_parser(name)
        module = importlib.import_module(SUBCOMMANDS[name][0])
    else:
        parser = _reader_parser()
        module = importlib.import_module(READER_MODULE)
    args = parser.parse_args(arguments)
    try:
        return int(module.run(args) or 0)
    except BriefingError as error:
        print(f"briefing: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
