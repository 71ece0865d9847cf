"""The fuzzer of the readers and normalisers (tests/fuzzing.py) for as long as asked.

    python -m bench.fuzz [--minutes 10] [--batch 100]

`make test` runs a few dozen examples; this runs batches of fresh random examples
until the time is up, each batch into a new database, and prints every failure
hypothesis found (shrunk to its smallest form) with the number of files tried.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fuzzing import check_import, export_files  # noqa: E402  (the tests' folder is not a package)


def run(minutes: float, batch: int) -> list[str]:
    """Fuzz for `minutes`; the failures found, as text."""
    deadline = time.monotonic() + minutes * 60
    tried, failures = 0, []
    while time.monotonic() < deadline:
        with tempfile.TemporaryDirectory() as folder:

            @settings(max_examples=batch, deadline=None, database=None, suppress_health_check=list(HealthCheck))
            @given(export_files)
            def one(file: tuple[str, bytes]) -> None:
                nonlocal tried
                tried += 1
                check_import(Path(folder), *file)

            try:
                one()
            except Exception:  # noqa: BLE001 - every failure is reported, the run goes on
                failures.append(traceback.format_exc(limit=-6))
                print(failures[-1], flush=True)
    print(f"{tried} files tried in {minutes:g} min, {len(failures)} failure(s)")
    return failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--batch", type=int, default=100, help="examples per hypothesis run (one database each)")
    args = parser.parse_args()
    sys.exit(1 if run(args.minutes, args.batch) else 0)


if __name__ == "__main__":
    main()
