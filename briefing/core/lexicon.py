"""Reads the word lists and tables under briefing/data once per process.

Every list is a data file, not code; each file's first lines say where its entries come from.
Lines starting with '#' are comments.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


def _data_text(name: str) -> str:
    return resources.files("briefing.data").joinpath(name).read_text(encoding="utf-8")


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a data file, stripped."""
    lines = (line.strip() for line in _data_text(name).splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@cache
def load_table(name: str, separator: str = "|") -> tuple[tuple[str, ...], ...]:
    """Rows of a data file whose fields are separated by `separator`."""
    return tuple(tuple(field.strip() for field in line.split(separator)) for line in load_lines(name))


@cache
def load_json(name: str) -> object:
    return json.loads(_data_text(name))
