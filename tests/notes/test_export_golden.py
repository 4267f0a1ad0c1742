"""The exported briefings of the bundled samples match their golden files in tests/notes/golden/.

The extraction keeps improving, so the goldens are regenerated on purpose, with one command from the project
root, and the diff reviewed before committing:

    BRIEFING_UPDATE_GOLDEN=1 .venv/bin/pytest -q -p no:cacheprovider tests/notes/test_export_golden.py
"""

import difflib
import json
import os
from pathlib import Path

import pytest

from briefing.analysis_service import load_and_analyse
from briefing.core.model import Analysis
from briefing.notes.anchoring import quote_selector, reanchor
from briefing.notes.annotation import Annotation
from briefing.notes.export_json import briefing_json
from briefing.notes.export_markdown import briefing_markdown

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).parent / "golden"
SAMPLES = sorted(path for path in (ROOT / "sample_articles").glob("*.md") if path.name != "README.md")
UPDATE = os.environ.get("BRIEFING_UPDATE_GOLDEN") == "1"
WHEN = "2026-01-02T03:04:05Z"


def _note(note_id: str, text: str, start: int, end: int, body: str, target_kind: str) -> Annotation:
    exact, prefix, suffix = quote_selector(text, start, end)
    return Annotation(note_id, body, ("golden",), target_kind, exact, prefix, suffix, start, end, WHEN, WHEN)


def sample_notes(analysis: Analysis) -> list[Annotation]:
    """Fixed notes (ids, times) on the first sentence and the first actor mention, and one orphaned note."""
    text = analysis.text
    notes = []
    if analysis.sentences:
        first = analysis.sentences[0]
        notes.append(
            _note("sentence", text, first.start, first.end, "Opening sentence: check the lede.", "sentence")
        )
    if analysis.actors and analysis.actors[0].mentions:
        mention = analysis.actors[0].mentions[0]
        notes.append(_note("mention", text, mention.start, mention.end, "Who is this | really?", "mention"))
    gone = Annotation(
        "orphan",
        "Passage removed by an edit.",
        (),
        "selection",
        "a passage no longer in the article",
        "",
        "",
        0,
        34,
        WHEN,
        WHEN,
    )
    notes.append(gone)
    return [reanchor(note, text) for note in notes]


def check_golden(path: Path, produced: str) -> None:
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(produced, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(
            f"no golden file {path.name}; create it with BRIEFING_UPDATE_GOLDEN=1 (see module docstring)"
        )
    expected = path.read_text(encoding="utf-8")
    if produced != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), produced.splitlines(), "golden", "produced", n=1, lineterm=""
        )
        pytest.fail(
            f"{path.name} differs; if intended, regenerate with BRIEFING_UPDATE_GOLDEN=1 (see module docstring)\n"
            + "\n".join(list(diff)[:40])
        )


@pytest.mark.parametrize("sample", SAMPLES or [None], ids=lambda sample: sample.stem if sample else "none")
def test_exported_briefing_of_sample_matches_golden(sample, monkeypatch):
    if sample is None:
        pytest.skip("no sample articles bundled yet")
    monkeypatch.chdir(ROOT)
    _, analysis = load_and_analyse(f"sample_articles/{sample.name}")
    notes = sample_notes(analysis)
    assert notes[-1].orphaned
    location = f"https://briefing.example/sample_articles/{sample.name}"
    check_golden(GOLDEN / f"{sample.stem}.md", briefing_markdown(analysis, notes))
    payload = briefing_json(analysis, notes, location)
    check_golden(GOLDEN / f"{sample.stem}.json", json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
