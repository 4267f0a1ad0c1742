"""The reader's persisted choices: the user's key map (`config.toml`, written by hand) and the remembered
theme (`state.json`, written by the app). Reading never raises: problems come back as one-line warnings."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from briefing.paths import config_dir


def config_path() -> Path:
    return config_dir() / "config.toml"


def state_path() -> Path:
    return config_dir() / "state.json"


def read_keymap(known_ids: set[str]) -> tuple[dict[str, str], list[str]]:
    """The `[keys]` table of config.toml (binding id -> comma-separated keys), and what was wrong with it."""
    path = config_path()
    if not path.exists():
        return {}, []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return {}, [f"{path}: ignored, cannot read it ({error})"]
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        return {}, [f'{path}: ignored [keys], it must be a table of binding = "keys"']
    keymap: dict[str, str] = {}
    warnings: list[str] = []
    for binding_id, value in keys.items():
        if binding_id not in known_ids:
            warnings.append(f"{path}: unknown key binding {binding_id!r}")
        elif not isinstance(value, str) or not value.strip():
            warnings.append(f'{path}: {binding_id} needs a key string such as "ctrl+n"')
        else:
            keymap[binding_id] = ",".join(part.strip() for part in value.split(","))
    return keymap, warnings


def read_state() -> dict[str, object]:
    try:
        data = json.loads(state_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remember(key: str, value: object) -> str | None:
    """Store one choice for next time; returns a warning instead of raising if the disk refuses."""
    state = read_state()
    state[key] = value
    path = state_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(state, indent=2), encoding="utf-8")
        temporary.replace(path)
    except OSError as error:
        return f"could not remember {key} in {path}: {error.strerror or error}"
    return None
