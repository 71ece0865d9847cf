"""Peak memory of the suspected-loss CSV at a million listed parcels, and its time.

    python -m bench.download_memory [--rows 1000000] [--db PATH] [--out bench/out]

Builds the download table (export_frame of the suspected list with its claim columns)
from the demo data or the database `--db`, repeated to `--rows` rows with unique
tracking numbers, and writes it to a Parquet file. Then, each in a fresh process that
first loads that table, measures how far resident memory rises above the loaded table
(Linux's VmHWM, reset just before) while the CSV is made:

- `whole_text`: the baseline, the whole text made at once and then encoded (how the
  CSV was made before it was streamed: text and bytes both held);
- `button_bytes`: `to_csv_bytes`, the bytes the download button hands Streamlit;
- `streamed_file`: `write_csv` to a file, as the CLI's `suspected --out x.csv` does.

Writes `download_memory-<rows>.json` into `--out`.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pandas as pd

WAYS = ("whole_text", "button_bytes", "streamed_file")


def _status_mb(field: str) -> float:
    line = next(line for line in Path("/proc/self/status").read_text().splitlines() if line.startswith(field))
    return int(line.split()[1]) / 1024


def build_table(rows: int, db_path: Path | None, target: Path) -> int:
    """The download table of `rows` rows in `target` (Parquet); the rows of the real list it repeats."""
    from lossanalytics.analytics.detect import suspected
    from lossanalytics.analytics.scope import AnalysisScope
    from lossanalytics.analytics.thresholds import load_detection_settings
    from lossanalytics.claims import estimate_claims, load_rules
    from lossanalytics.export import SUSPECTED_COLUMNS, export_frame
    from lossanalytics.onboarding import load_demo
    from lossanalytics.storage.db import Database

    today = date(2025, 6, 30)
    if db_path is None:
        db_path = target.with_suffix(".duckdb")
        db_path.unlink(missing_ok=True)
        with_demo = Database(db_path)
        load_demo(with_demo, folder=target.parent / "download_memory-files", today=today, n_parcels=20_000)
        with_demo.close()
    db = Database(db_path, read_only=True)
    as_of = db.scalar("SELECT max(last_event_time) FROM parcels").date()
    frame = suspected(db, AnalysisScope(as_of, load_detection_settings(db)), "en")
    frame = estimate_claims(frame, as_of, load_rules(db), "en")
    db.close()
    repeats = -(-rows // len(frame))
    big = pd.concat([frame] * repeats, ignore_index=True).iloc[:rows]
    big["tracking_number"] = big["tracking_number"] + "-" + pd.Series(range(rows)).astype(str)
    export_frame(big, SUSPECTED_COLUMNS, "en").to_parquet(target)
    return len(frame)


def measure(way: str, table: Path, out: Path) -> dict[str, float]:
    """In this process: the rise of peak memory over the loaded table while `way` makes the CSV."""
    from lossanalytics.export import neutralise_frame, to_csv_bytes, write_csv

    frame = pd.read_parquet(table)
    loaded = _status_mb("VmRSS:")
    Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM, the peak, to the present size
    start = time.perf_counter()
    if way == "whole_text":
        text = neutralise_frame(frame).to_csv(index=False, date_format="%Y-%m-%d %H:%M", quoting=csv.QUOTE_ALL)
        size = len(text.encode("utf-8-sig"))
    elif way == "button_bytes":
        size = len(to_csv_bytes(frame))
    else:
        with open(out, "wb") as handle:
            write_csv(frame, handle)
        size = out.stat().st_size
    seconds = time.perf_counter() - start
    return {"seconds": round(seconds, 2), "csv_mb": round(size / 2**20, 1), "table_mb": round(loaded, 1),
            "peak_rise_mb": round(_status_mb("VmHWM:") - loaded, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="a database whose suspected list is repeated (default: demo data)")
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    table = args.out / f"download_memory-{args.rows}.parquet"
    if args.measure:
        print(json.dumps(measure(args.measure, table, args.out / "download_memory.csv")))
        return
    args.out.mkdir(parents=True, exist_ok=True)
    listed = build_table(args.rows, args.db, table)
    report: dict[str, object] = {"rows": args.rows, "repeated_list_rows": listed}
    for way in WAYS:
        child = subprocess.run([sys.executable, "-m", "bench.download_memory", "--rows", str(args.rows),
                                "--out", str(args.out), "--measure", way], check=True, capture_output=True, text=True)
        report[way] = json.loads(child.stdout.strip().splitlines()[-1])
        print(way, report[way], flush=True)
    (args.out / f"download_memory-{args.rows}.json").write_text(json.dumps(report, indent=2))
    (args.out / "download_memory.csv").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
