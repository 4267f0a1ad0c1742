"""Throughput and linear scaling of the sentence, layout and quote steps alone, single-threaded.

Usage: python benchmarks/sentences_layout_quotes_speed.py [--repeat N]

These three steps must stay well under a fifth of the pipeline's budget of 250,000 words per CPU-second, so the
target here is 1,250,000 words per CPU-second or more. Adversarial inputs (a megabyte of quote marks, periods,
speech verbs) are timed at 1 MB and 4 MB: a ratio near 4 is linear, a ratio near 16 would be quadratic.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from corpora import dev_texts, sample_texts

from briefing.core.layout import find_non_body
from briefing.core.quotes import find_quotes
from briefing.core.sentences import split_sentences

TARGET_WORDS_PER_SECOND = 1_250_000

ADVERSARIAL = {
    "quote marks": "\"“”'‘’",
    "quoted words": '"a" ',
    "periods": ". . ..",
    "ranks and names": "Maj. Gen. Al-Hassan Brig. Gen. Ali ",
    "speech verbs": "he said, ",
    "inverted attributions": "X, he said, ",
    "attributed quotes": '"a b c d" he said, "e f g h" ',
    "line breaks": "Read more:\n",
}


def corpus() -> list[str]:
    return dev_texts() + sample_texts()


def run_steps(text: str) -> None:
    sentences = split_sentences(text)
    find_non_body(text, sentences)
    find_quotes(text, sentences, [])


def best_cpu_seconds(work: Callable[[], None], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=7, help="runs per measurement; the fastest is reported")
    args = parser.parse_args()
    texts = corpus()
    words = sum(len(text.split()) for text in texts)
    seconds = best_cpu_seconds(lambda: [run_steps(text) for text in texts], args.repeat)
    verdict = "ok" if words / seconds >= TARGET_WORDS_PER_SECOND else "BELOW TARGET"
    print(f"{len(texts)} documents, {words:,} words: {words / seconds:,.0f} words/CPU-s ({verdict})")
    for name, unit in ADVERSARIAL.items():
        timings = []
        for size in (1_000_000, 4_000_000):
            text = (unit * (size // len(unit) + 1))[:size]
            timings.append(best_cpu_seconds(lambda text=text: run_steps(text), 1))
        print(
            f"adversarial {name:<22} {timings[0]:6.2f} s per MB, 4 MB / 1 MB = {timings[1] / timings[0]:5.1f}"
        )


if __name__ == "__main__":
    main()
