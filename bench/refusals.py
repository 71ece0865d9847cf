"""How long the importer takes to refuse each hostile or broken file of the bad-input corpus.

    python -m bench.refusals [--repeats 3]

Every case of tests/test_bad_input.py that the importer must refuse (zip bombs, 10,000 columns,
a 50 MB line, encrypted and damaged workbooks …) is imported into a fresh database, in turns
with a baseline: the import of a good 1,000-row tracking export into a fresh database, in the
same process. Each refusal's median wall-clock time is printed with its ratio to the baseline's,
so that a refusal that reads the whole file before saying no shows up as a ratio well above 1,
whatever the machine's load (the test suite checks what is refused and that nothing changes,
never how long it takes).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench.run import write_csv
from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_bad_input import CASES, Case, _source  # noqa: E402  (the tests' folder is not a package)

BASELINE_ROWS = 1_000


def _import_seconds(path: Path, folder: Path) -> tuple[float, str]:
    """Seconds to import `path` into a fresh database, and the outcome."""
    target = folder / "db.duckdb"
    target.unlink(missing_ok=True)
    database = Database(target)
    try:
        started = time.perf_counter()
        result = import_file(database, path)
        return time.perf_counter() - started, result.outcome
    finally:
        database.close()


def _median(repeats: int, action: Callable[[], float]) -> float:
    return statistics.median(action() for _ in range(repeats))


def run(repeats: int) -> list[dict[str, object]]:
    """Each refused case's median seconds and ratio to the good import's, slowest first."""
    refused: list[Case] = [case for case in CASES if case.outcome == "failed"]
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        good = write_csv(folder, BASELINE_ROWS, date(2026, 12, 7))
        for case in refused:
            source = _source(case, folder)
            baseline = _median(repeats, lambda: _import_seconds(good, folder)[0])
            refusal = _median(repeats, lambda: _import_seconds(source, folder)[0])
            outcome = _import_seconds(source, folder)[1]
            rows.append({"case": case.id, "outcome": outcome, "seconds": refusal, "baseline_s": baseline,
                         "ratio": refusal / baseline})
    return sorted(rows, key=lambda row: -float(row["ratio"]))  # type: ignore[arg-type]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print(f"| Case | Outcome | Refused in | Good {BASELINE_ROWS:,}-row import | Ratio |")
    print("|---|---|---|---|---|")
    for row in run(args.repeats):
        print(f"| {row['case']} | {row['outcome']} | {row['seconds']:.3f} s | {row['baseline_s']:.3f} s "
              f"| {row['ratio']:.2f}× |")


if __name__ == "__main__":
    main()
