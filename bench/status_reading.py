"""How fast the status reader reads texts it has not seen, against trying every rule on each.

    python -m bench.status_reading [--texts 20000] [--repeats 3]

An export's event texts often name a place, a depot or a number ("Arrived at sort facility
LEEDS 14"), so a big file may hold tens of thousands of distinct texts, each read once. The
texts here are the development corpus's (known_texts/carrier_texts.csv), each made distinct by
a number after it as such a file's would be. Both readers run in this process, in turn: the prefiltered rules (`KeywordRules.match`, what
the product runs) and the same rules each tried in order (the baseline), on the same folded
texts; the readings are compared and must be equal. Prints JSON: microseconds per text and the
ratio; the rule index's one-off build time beside it.
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from itertools import cycle, islice
from pathlib import Path

from lossanalytics.normalise import statuses
from lossanalytics.normalise._rules import fold

CORPUS = Path(__file__).resolve().parents[1] / "lossanalytics" / "normalise" / "known_texts" / "carrier_texts.csv"


def distinct_texts(count: int) -> list[str]:
    """`count` folded texts: the corpus's, each with a number after it ("… 17"), all distinct."""
    with CORPUS.open(newline="", encoding="utf-8") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    return [fold(f"{text} {number}") for number, text in enumerate(islice(cycle(texts), count))]


def every_rule(folded: str) -> tuple[str, tuple[int, int]] | None:
    """The first rule matching `folded`, trying every rule in order (the reader without its index)."""
    for label, pattern in statuses._TEXT._rules:
        hit = pattern.search(folded)
        if hit:
            return label, hit.span()
    return None


def prefiltered(folded: str) -> tuple[str, tuple[int, int]] | None:
    found = statuses._TEXT.match(folded)
    return (found[0], found[1].span()) if found else None


def _timed(read: object, texts: list[str]) -> tuple[float, list[object]]:
    start = time.perf_counter()
    readings = [read(text) for text in texts]  # type: ignore[operator]
    return time.perf_counter() - start, readings


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    texts = distinct_texts(args.texts)
    start = time.perf_counter()
    statuses._TEXT.index()  # the reader's own index, made once, outside the timings
    build_s = time.perf_counter() - start
    baseline, fast = [], []
    for _ in range(args.repeats):
        spent, expected = _timed(every_rule, texts)
        baseline.append(spent)
        spent, got = _timed(prefiltered, texts)
        fast.append(spent)
        if got != expected:
            raise SystemExit("the prefiltered rules read some texts differently")
    print(json.dumps({
        "texts": len(texts), "rules": len(statuses._TEXT._rules),
        "every_rule_us_per_text": round(min(baseline) / len(texts) * 1e6, 1),
        "prefiltered_us_per_text": round(min(fast) / len(texts) * 1e6, 1),
        "ratio": round(min(baseline) / min(fast), 2), "index_build_s": round(build_s, 2),
    }, indent=2))


if __name__ == "__main__":
    main()
