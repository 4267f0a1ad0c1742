"""Extraction throughput and scaling, single-threaded, excluding interpreter start-up.

Usage: python benchmarks/extract_speed.py [--repeat N]

It times the `briefing` that Python imports, and its first line says which: the core compiled with mypyc by a
regular install (`pip install .`), or the Python source (an editable install, or none).

1. words per CPU-second over the re3d dev corpus (../shared/eval/re3d-dev, if present) and over sample_articles/;
2. linear time: a 1 MB and a 10 MB article made by repeating the samples;
3. adversarial inputs of 1 MB: capitalised words, digits, commas, quote marks, periods;
4. the one-off cost of loading the data files (first analyse call in a fresh process).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from corpora import DEV, core_build, dev_texts, sample_texts

from briefing.core import analyse


def cpu_seconds(texts: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for text in texts:
            analyse(text)
        best = min(best, time.process_time() - start)
    return best


def report_throughput(name: str, texts: list[str], repeat: int) -> None:
    words = sum(len(text.split()) for text in texts)
    seconds = cpu_seconds(texts, repeat)
    print(
        f"{name:<28} {len(texts):>4} docs {words:>8,} words  {seconds * 1000:8.1f} ms CPU  {words / seconds:>12,.0f} words/CPU-s"
    )


def report_steps(texts: list[str], repeat: int) -> None:
    """CPU time of each pipeline step over the corpus (best of `repeat`), in the order the pipeline runs them."""
    from briefing.core import dates, entities, facts, layout, numbers, published, quotes, sentences

    best: dict[str, float] = {}
    for _ in range(repeat):
        spent: dict[str, float] = {}

        def timed(name: str, step, *args, spent: dict[str, float] = spent):
            start = time.process_time()
            result = step(*args)
            spent[name] = spent.get(name, 0.0) + time.process_time() - start
            return result

        for text in texts:
            published_on = timed("published (inference)", published.infer_published, text)
            sentence_spans = timed("sentences", sentences.split_sentences, text)
            non_body = timed("layout", layout.find_non_body, text, sentence_spans)
            date_mentions = timed("dates", dates.find_dates, text, published_on)
            number_mentions = timed("numbers", numbers.find_numbers, text, date_mentions)
            actors, places = timed("entities", entities.find_entities, text, sentence_spans, non_body)
            quote_list = timed("quotes", quotes.find_quotes, text, sentence_spans, actors)
            timed(
                "facts",
                facts.find_facts,
                text,
                sentence_spans,
                number_mentions,
                actors,
                places,
                date_mentions,
                quote_list,
            )
        for name, seconds in spent.items():
            best[name] = min(best.get(name, float("inf")), seconds)
    for name, seconds in best.items():
        print(f"  step {name:<22} {seconds * 1000:8.1f} ms CPU")


def report_scaling(base: str) -> None:
    sizes = (1_000_000, 10_000_000)
    timings = []
    for size in sizes:
        text = (base * (size // len(base) + 1))[:size]
        start = time.process_time()
        analyse(text)
        timings.append(time.process_time() - start)
        print(f"{'scaling ' + f'{size / 1e6:.0f} MB':<28} {timings[-1]:8.2f} s CPU")
    print(f"{'ratio 10 MB / 1 MB':<28} {timings[1] / timings[0]:8.2f} (linear = 10)")


ADVERSARIAL = {
    "capitalised words": "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel ",
    "digits": "1234567890",
    "digits and commas": "1,234,567,890,",
    "commas": ",",
    "quote marks": "\"“”'‘’",
    "periods": ". . ..",
    "ranks and names": "Maj. Gen. Al-Hassan Brig. Gen. Ali ",
}


def report_adversarial() -> None:
    for name, unit in ADVERSARIAL.items():
        text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
        start = time.process_time()
        analyse(text)
        print(f"{'adversarial ' + name:<28} {time.process_time() - start:8.2f} s CPU per MB")


def report_data_loading() -> None:
    """One-off costs in a fresh process: reading every data file, and the whole set-up of the core."""
    read_files = (
        "import time; from importlib import resources; from briefing.core.lexicon import load_lines; "
        "names = [p.name for p in resources.files('briefing.data').iterdir() if p.name.endswith('.txt')]; "
        "t = time.perf_counter(); [load_lines(name) for name in names]; print(time.perf_counter() - t)"
    )
    set_up = (
        "import time; t = time.perf_counter(); from briefing.core.pipeline import analyse; "
        "analyse('Gen. Ali Said of the Syrian Army said on Friday that 3 were killed.'); "
        "first = time.perf_counter() - t; t = time.perf_counter(); "
        "analyse('Gen. Ali Said of the Syrian Army said on Friday that 3 were killed.'); "
        "print(first - (time.perf_counter() - t))"
    )
    import briefing

    # run where the package being timed is imported from (the source tree, or site-packages when installed)
    where = Path(str(briefing.__file__)).parents[1]
    for label, probe in (("data files read (median)", read_files), ("core set-up (median)", set_up)):
        runs = [float(subprocess.check_output([sys.executable, "-c", probe], cwd=where)) for _ in range(5)]
        print(f"{label:<28} {sorted(runs)[2] * 1000:8.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5, help="runs per corpus; the fastest is reported")
    parser.add_argument("--skip-large", action="store_true", help="skip the 10 MB and adversarial runs")
    args = parser.parse_args()
    analyse("warm up the data files and regexes on Friday.")
    print(f"core: {core_build()}")
    if DEV.exists():
        report_throughput("re3d dev corpus", dev_texts(), args.repeat)
        report_steps(dev_texts(), args.repeat)
    samples = sample_texts()
    if samples:
        report_throughput("sample_articles", samples, args.repeat)
    report_data_loading()
    if not args.skip_large and samples:
        report_scaling("\n\n".join(samples))
        report_adversarial()


if __name__ == "__main__":
    main()
