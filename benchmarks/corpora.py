"""The texts the benchmarks time: the re3d dev documents (when ../shared is present) and our sample articles."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "re3d-dev"

if importlib.util.find_spec("briefing") is None:
    sys.path.insert(0, str(ROOT))  # not installed: time the source tree; installed: time what was installed


def core_build() -> str:
    """Which core is being timed: the mypyc-compiled one of a regular install, or the Python source."""
    import briefing.core.pipeline

    compiled = not str(briefing.core.pipeline.__file__).endswith(".py")
    return "compiled (mypyc)" if compiled else "pure Python"


def dev_texts() -> list[str]:
    """Each re3d dev document's text exactly as stored; empty when ../shared is absent."""
    texts = []
    for documents in sorted(DEV.glob("*/documents.json")):
        for line in documents.read_text(encoding="utf-8-sig").split("\n"):
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def sample_texts() -> list[str]:
    """The bundled sample articles as the reader loads them (front matter removed)."""
    from briefing.sources import load_document

    paths = sorted((ROOT / "sample_articles").glob("[0-9]*.md"))
    return [load_document(str(path)).text for path in paths]
