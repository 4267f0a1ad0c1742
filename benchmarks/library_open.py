"""How long a library folder takes to open: the first time (analysis on all cores) and the second (index).

Usage: python benchmarks/library_open.py [--articles N] [--workers W] [--second-runs R]

Generates N synthetic articles (default 10,000) in a temporary folder from sentences written for this
benchmark, with a temporary BRIEFING_HOME so the user's cache is untouched, then times:
1. first open: scan, analyse every article in worker processes, write the SQLite index;
2. second open (best of R, a fresh Library object each time): scan, stat, read the index back;
3. second open after touching 1% of the files (mtime changed, content the same: hashed, not re-analysed).
The target is a second open of 10,000 articles within 2 s.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HEADLINES = (
    "Ceasefire holds in the north as aid convoys arrive",
    "Militants attack army checkpoint near the border",
    "Government pledges emergency funds after floods",
    "Talks between rival factions resume in the capital",
    "Drone strikes hit fuel depots overnight",
    "Thousands flee fighting in the eastern provinces",
)
SENTENCES = (
    "The defence ministry said on {weekday} that {number} soldiers had been killed in the attack.",
    "Officials said at least {number} civilians were wounded when shells hit the market in {town}.",
    "General {surname} told reporters that the army had retaken {town} after three days of fighting.",
    "The United Nations said about {number},000 people had fled their homes since {month}.",
    "{surname}, the rebel commander, denied that his fighters had targeted the convoy.",
    "The government announced {number} million dollars in emergency aid for the region.",
    "Aid agencies said {number} trucks carrying food and medicine reached {town} on {weekday}.",
    "The interior minister, {given} {surname}, said the curfew would remain in place.",
    "Witnesses said the strikes began shortly after midnight and lasted several hours.",
    "Local leaders called for talks, warning that the situation in {town} could worsen.",
)
TOWNS = ("Northbridge", "Kestrel Bay", "Almora", "Vessik", "Port Hallam", "Durnova", "Sel Amir", "Tarrow")
SURNAMES = ("Karimi", "Okafor", "Lindqvist", "Haddad", "Moreau", "Petrenko", "Nakamura", "Osei")
GIVEN_NAMES = ("Ahmed", "Grace", "Nils", "Layla", "Jean", "Olena", "Kenji", "Kwame")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = ("January", "March", "June", "September", "November")


def synthetic_article(rng: random.Random, number: int) -> str:
    """A short wire-style article with front matter, 6-12 sentences drawn from the lists above."""
    sentences = [
        rng.choice(SENTENCES).format(
            weekday=rng.choice(WEEKDAYS),
            number=rng.randint(2, 90),
            town=rng.choice(TOWNS),
            surname=rng.choice(SURNAMES),
            given=rng.choice(GIVEN_NAMES),
            month=rng.choice(MONTHS),
        )
        for _ in range(rng.randint(6, 12))
    ]
    paragraphs = ["  ".join(sentences[start : start + 3]) for start in range(0, len(sentences), 3)]
    published = f"2024-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"
    headline = f"{rng.choice(HEADLINES)} ({number})"
    return f"---\ntitle: {headline}\npublished: {published}\nsource: Benchmark Wire\n---\n" + "\n\n".join(
        paragraphs
    )


def write_articles(folder: Path, count: int) -> None:
    rng = random.Random(20240305)
    for number in range(count):
        subfolder = folder / f"batch-{number // 1000:02}"
        subfolder.mkdir(parents=True, exist_ok=True)
        (subfolder / f"article-{number:05}.txt").write_text(synthetic_article(rng, number), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000, help="how many articles to generate")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: all cores)")
    parser.add_argument(
        "--second-runs", type=int, default=3, help="second opens to time; the best is reported"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefing-library-bench-") as temporary:
        os.environ["BRIEFING_HOME"] = str(Path(temporary) / "home")
        from briefing.sources.library import Library

        folder = Path(temporary) / "articles"
        start = time.perf_counter()
        write_articles(folder, args.articles)
        print(f"{'generate articles':<36} {args.articles:>7,} files  {time.perf_counter() - start:8.2f} s")

        start = time.perf_counter()
        library = Library(folder, workers=args.workers)
        entries = library.index()
        first = time.perf_counter() - start
        errors = sum(1 for entry in entries if entry.error)
        cores = args.workers or os.cpu_count()
        print(
            f"{'first open (analyse + index)':<36} {len(entries):>7,} rows   {first:8.2f} s  on {cores} cores"
        )
        print(
            f"{'  per article':<36} {'':>12} {first / max(len(entries), 1) * 1000:8.2f} ms  ({errors} errors)"
        )

        seconds = []
        for _ in range(args.second_runs):
            start = time.perf_counter()
            reopened = Library(folder, workers=args.workers)
            reopened_entries = reopened.index()
            seconds.append(time.perf_counter() - start)
        assert reopened_entries == entries, "the second open must give the same rows"
        verdict = "OK" if min(seconds) < 2.0 or args.articles < 10_000 else "SLOWER THAN 2 s TARGET"
        print(
            f"{'second open (index only), best':<36} {len(reopened_entries):>7,} rows   {min(seconds):8.2f} s  {verdict}"
        )

        touched = sorted(folder.rglob("*.txt"))[::100]
        for path in touched:
            stat = path.stat()
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        start = time.perf_counter()
        Library(folder, workers=args.workers).index()
        print(
            f"{'second open, 1% touched (hashed)':<36} {len(touched):>7,} files  {time.perf_counter() - start:8.2f} s"
        )


if __name__ == "__main__":
    main()
