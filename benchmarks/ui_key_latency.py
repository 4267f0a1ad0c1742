"""Key-press latency in the reader on a long document, as a user sees it through a tmux pane.

Opens a generated document (default 100,000 words, repeated from a sample article), waits for the analysis
to finish, then times each key from `send-keys` until the screen shows its effect: g/G/space scrolling,
1 and n/N mention jumps, a search. Prints median and max per key (target: no visible lag, under 0.1 s
of the app's own time; tmux polling adds about 10 ms).

    .venv/bin/python benchmarks/ui_key_latency.py [--words 100000] [--repeats 5]
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from first_paint import BRIEFING, DEFAULT_ARTICLE, long_document

SESSION = "briefing-key-latency"
POLL_SECONDS = 0.005
ANALYSIS_TIMEOUT = 900.0
_MENTION = re.compile(r"mention (\d+) of")


def screen() -> str:
    return subprocess.run(
        ["tmux", "capture-pane", "-p", "-t", SESSION], capture_output=True, text=True, check=False
    ).stdout


def wait_for(condition: Callable[[str], bool], timeout: float) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if condition(screen()):
            return time.perf_counter() - started
        time.sleep(POLL_SECONDS)
    raise TimeoutError("the screen never showed the expected change")


def press(key: str, condition: Callable[[str], bool]) -> float:
    started = time.perf_counter()
    subprocess.run(["tmux", "send-keys", "-t", SESSION, key], check=True)
    wait_for(condition, 10.0)
    return time.perf_counter() - started


def mention_number(text: str) -> int | None:
    found = _MENTION.search(text)
    return int(found.group(1)) if found else None


def changed_from(before: str) -> Callable[[str], bool]:
    return lambda after: after != before


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    timings: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = long_document(DEFAULT_ARTICLE.read_text(encoding="utf-8"), args.words, Path(folder))
        command = f"BRIEFING_HOME={folder} {BRIEFING} {path}"
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40", command], check=True
        )
        try:
            analysis_seconds = wait_for(lambda text: " actors · " in text, ANALYSIS_TIMEOUT)
            print(f"analysis of {args.words:,} words finished {analysis_seconds:.1f} s after start")
            for _ in range(args.repeats):
                for key in ("G", "g", "Space"):
                    timings.setdefault(key, []).append(press(key, changed_from(screen())))
                timings.setdefault("1", []).append(press("1", lambda text: mention_number(text) == 1))
                for number in range(2, 5):
                    timings.setdefault("n", []).append(
                        press("n", lambda text, number=number: mention_number(text) == number)
                    )
                timings.setdefault("N", []).append(press("N", lambda text: mention_number(text) == 3))
                subprocess.run(["tmux", "send-keys", "-t", SESSION, "Escape", "Escape"], check=True)
                time.sleep(0.2)
        finally:
            subprocess.run(["tmux", "send-keys", "-t", SESSION, "q"], check=False)
            time.sleep(0.3)
            subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True, check=False)
    for key, values in timings.items():
        print(f"{key:>5}: median {statistics.median(values) * 1000:.0f} ms, max {max(values) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
