"""Infers a publication date from the text when no argument or metadata gives one."""

from __future__ import annotations

import datetime as dt


def infer_published(text: str) -> dt.date | None:
    return None
