"""The compiled core (setup.py builds it with mypyc for regular installs) must behave exactly like its source.

With an editable install the core is the source itself and the comparison is skipped; CI also runs the suite
against a regular install with BRIEFING_EXPECT_COMPILED=1, where a silent fall-back to pure Python fails.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.core import analyse
from briefing.core.schema import analysis_to_json
from briefing.sources import load_document

ROOT = Path(__file__).resolve().parents[2]
CORE_MODULES = sorted(
    path.stem for path in (ROOT / "briefing" / "core").glob("*.py") if path.name != "__init__.py"
)


def _compiled_modules() -> list[str]:
    return [
        name
        for name in CORE_MODULES
        if str(importlib.import_module(f"briefing.core.{name}").__file__).endswith(
            tuple(importlib.machinery.EXTENSION_SUFFIXES)
        )
    ]


def test_the_core_is_compiled_whole_or_not_at_all():
    compiled = _compiled_modules()
    assert compiled in ([], CORE_MODULES)
    if os.environ.get("BRIEFING_EXPECT_COMPILED") == "1":
        assert compiled == CORE_MODULES


_SOURCE_RUN = """
import json, sys
sys.path.insert(0, sys.argv[1])
import briefing.core.pipeline as pipeline
assert pipeline.__file__.endswith(".py"), pipeline.__file__
from briefing.core.schema import analysis_to_json
texts = json.load(sys.stdin)
print(json.dumps([analysis_to_json(pipeline.analyse(text)) for text in texts]))
"""


def test_compiled_core_gives_the_same_analysis_as_its_source():
    if not _compiled_modules():
        pytest.skip("the core in use is the Python source")
    texts = [load_document(str(path)).text for path in sorted((ROOT / "sample_articles").glob("[0-9]*.md"))]
    texts += [text.upper() for text in texts[:3]] + [
        "",
        "“",
        "Gen. Ali Said said on Friday that 3 were killed.",
    ]
    source = subprocess.run(
        [sys.executable, "-c", _SOURCE_RUN, str(ROOT)],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    expected = json.loads(source.stdout)
    for text, want in zip(texts, expected, strict=True):
        assert json.loads(json.dumps(analysis_to_json(analyse(text)))) == want
