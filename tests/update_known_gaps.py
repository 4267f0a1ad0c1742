"""Rewrites tests/sample_expectations_known_gaps.txt with the expectation cases that fail today.

Run from anywhere: `.venv/bin/python tests/update_known_gaps.py`. Floor lines and comments are kept; the ids are
replaced. It prints recall per category so the floors can be set from real numbers.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    samples = importlib.import_module("tests.test_sample_expectations")
    cases = list(samples.sample_cases())
    try:
        seed = importlib.import_module("tests.test_seed")
        cases += list(seed.seed_cases())
    except samples.pytest.skip.Exception as skipped:
        print(f"seed cases left out: {skipped.msg}")
    outcomes = {case.case_id: samples.outcome_of(case) for case in cases}
    failing = [case_id for case_id, outcome in outcomes.items() if outcome == "failed"]
    kept = [
        line
        for line in samples.KNOWN_GAPS_PATH.read_text(encoding="utf-8").splitlines()
        if line.startswith(("#", "floor ")) or not line.strip()
    ]
    samples.KNOWN_GAPS_PATH.write_text("\n".join([*kept, *failing]) + "\n", encoding="utf-8")
    skipped = sum(outcome == "skipped" for outcome in outcomes.values())
    print(
        f"{len(failing)} of {len(outcomes)} cases fail ({skipped} skipped); written to {samples.KNOWN_GAPS_PATH}"
    )
    _, floors = samples.read_known_gaps()
    for name, (passed, total) in sorted(samples.recall_by_category(samples.sample_cases()).items()):
        floor = f" (floor {floors[name]:.2f})" if name in floors else ""
        print(f"  samples {name:8} {passed:3}/{total:<3} = {passed / total:.2f}{floor}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
