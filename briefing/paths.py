"""Where briefing keeps the user's things: notes (data), fetched articles and indexes (cache), settings.

`BRIEFING_HOME` puts all three under one folder (tests and portable set-ups use it); otherwise the
platform's conventions apply (XDG on Linux) through platformdirs.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "briefing"


def _home_override() -> Path | None:
    home = os.environ.get("BRIEFING_HOME")
    return Path(home).expanduser() if home else None


def data_dir() -> Path:
    """Notes live here."""
    if (home := _home_override()) is not None:
        return home / "data"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Fetched articles and library indexes live here; deleting it loses nothing but time."""
    if (home := _home_override()) is not None:
        return home / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Settings, key bindings and user theme files live here."""
    if (home := _home_override()) is not None:
        return home / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def notes_dir() -> Path:
    return data_dir() / "notes"
