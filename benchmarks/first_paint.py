"""First paint as a user sees it: start `briefing FILE` in a tmux pane and time until article text shows.

Runs a typical sample article N times (target: median under 0.5 s) and a generated 1,000,000-word document
(target: first screen under 2 s), printing median and max. Needs tmux.

    .venv/bin/python benchmarks/first_paint.py [ARTICLE] [--runs 10] [--words 1000000]
"""

from __future__ import annotations

import argparse
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLE = ROOT / "sample_articles" / "01-shaddadi-offensive.md"
BRIEFING = ROOT / ".venv" / "bin" / "briefing"
POLL_SECONDS = 0.01
TIMEOUT_SECONDS = 20.0
MARKER_LENGTH = 16


def body_of(text: str) -> str:
    """The article without its front matter block, if it has one."""
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":
        closing = next((number for number, line in enumerate(lines[1:], 1) if line.strip() == "---"), 0)
        lines = lines[closing + 1 :]
    return "\n".join(lines)


def body_marker(text: str) -> str:
    """The opening words of the first body paragraph: visible on the first screen."""
    lines = body_of(text).splitlines()
    paragraph = next(line.strip() for line in lines if len(line.strip()) >= 40 and not line.startswith("#"))
    return paragraph[:MARKER_LENGTH]


def time_first_paint(article: Path, marker: str, session: str) -> float:
    command = f"{shlex.quote(str(BRIEFING))} {shlex.quote(str(article))}"
    started = time.perf_counter()
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "40", command], check=True)
    try:
        while time.perf_counter() - started < TIMEOUT_SECONDS:
            screen = subprocess.run(
                ["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True, check=False
            ).stdout
            if marker in screen:
                return time.perf_counter() - started
            time.sleep(POLL_SECONDS)
        raise TimeoutError(f"{marker!r} not on screen after {TIMEOUT_SECONDS} s")
    finally:
        subprocess.run(["tmux", "send-keys", "-t", session, "q"], check=False)
        time.sleep(0.2)
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True, check=False)


def long_document(sample: str, words: int, folder: Path) -> Path:
    """A document of about `words` words made by repeating the sample's body paragraphs."""
    body = body_of(sample).strip()
    sample_words = max(1, len(body.split()))
    path = folder / "long-article.txt"
    path.write_text("\n\n".join([body] * (words // sample_words + 1)), encoding="utf-8")
    return path


def report(label: str, timings: list[float], target: float) -> None:
    median, worst = statistics.median(timings), max(timings)
    verdict = "ok" if median < target else "SLOW"
    print(
        f"{label}: median {median:.3f} s, max {worst:.3f} s over {len(timings)} runs (target {target} s): {verdict}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=DEFAULT_ARTICLE)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--long-runs", type=int, default=3)
    parser.add_argument("--words", type=int, default=1_000_000)
    args = parser.parse_args()
    text = args.article.read_text(encoding="utf-8")
    marker = body_marker(text)
    timings = [time_first_paint(args.article, marker, f"briefing-bench-{run}") for run in range(args.runs)]
    report(f"first paint of {args.article.name}", timings, 0.5)
    if args.words:
        with tempfile.TemporaryDirectory() as folder:
            long_path = long_document(text, args.words, Path(folder))
            long_marker = body_marker(long_path.read_text(encoding="utf-8"))
            long_timings = [
                time_first_paint(long_path, long_marker, f"briefing-bench-long-{run}")
                for run in range(args.long_runs)
            ]
        report(f"first screen of a {args.words:,}-word document", long_timings, 2.0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
