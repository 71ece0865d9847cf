"""Speed, as ratios against baselines run in the same process (machines here are shared and noisy).

    python -m bench.run [--parcels 1000000] [--xlsx-rows 100000] [--out bench/out]

1. CSV import (parse, recognise, normalise, store, merge) vs DuckDB's own read_csv_auto
   of the same file into a table of a file-backed database.
2. XLSX import vs python-calamine reading the same workbook into Python rows.
3. The queries behind each page on the imported database, cold and warm, and the carrier
   aggregation done in pandas on the same parcels as a baseline.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
from python_calamine import CalamineWorkbook

from lossanalytics import demo
from lossanalytics.dashboard import filter_options, headline
from lossanalytics.db import Database
from lossanalytics.detect import suspected
from lossanalytics.filters import Filters
from lossanalytics.importing import import_file
from lossanalytics.metrics import rates
from lossanalytics.settings import DetectionSettings


def timed(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def best_of(repeats: int, action: Callable[[], object]) -> float:
    return min(timed(action)[0] for _ in range(repeats))


def bench_csv(folder: Path, parcels: int, today: date) -> dict[str, float]:
    data = demo.generate(n_parcels=parcels, today=today, with_events=False)
    csv_path = folder / "tracking.csv"
    data.tracking.to_csv(csv_path, index=False, date_format="%Y-%m-%d %H:%M:%S")

    def baseline() -> None:
        target = folder / "baseline.duckdb"
        target.unlink(missing_ok=True)
        with duckdb.connect(str(target)) as con:
            con.execute("CREATE TABLE t AS SELECT * FROM read_csv_auto($p)", {"p": str(csv_path)})

    def ours() -> None:
        target = folder / "ours.duckdb"
        target.unlink(missing_ok=True)
        database = Database(target)
        result = import_file(database, csv_path)
        assert result.outcome == "imported" and result.rows_stored == parcels, result
        database.close()

    baseline_s = statistics.median(timed(baseline)[0] for _ in range(3))
    ours_s = statistics.median(timed(ours)[0] for _ in range(3))
    return {"rows": parcels, "read_csv_auto_s": baseline_s, "import_s": ours_s, "ratio": ours_s / baseline_s}


def bench_xlsx(folder: Path, rows: int, today: date) -> dict[str, float]:
    data = demo.generate(n_parcels=rows, today=today, with_events=False)
    path = folder / "tracking.xlsx"
    with pd.ExcelWriter(path, engine="xlsxwriter") as writer:
        data.tracking.to_excel(writer, index=False, sheet_name="Tracking")

    def baseline() -> None:
        CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Tracking").to_python()

    def ours() -> None:
        target = folder / "xlsx.duckdb"
        target.unlink(missing_ok=True)
        database = Database(target)
        result = import_file(database, path)
        assert result.outcome == "imported" and result.rows_stored == rows, result
        database.close()

    baseline_s = statistics.median(timed(baseline)[0] for _ in range(3))
    ours_s = statistics.median(timed(ours)[0] for _ in range(3))
    return {"rows": rows, "calamine_s": baseline_s, "import_s": ours_s, "ratio": ours_s / baseline_s}


def bench_pages(db_path: Path, today: date) -> dict[str, dict[str, float]]:
    database = Database(db_path)
    settings = DetectionSettings()
    everything = Filters()
    pages: dict[str, Callable[[], object]] = {
        "overview": lambda: (filter_options(database), headline(database, today, settings, everything),
                             rates(database, "month", today, settings, everything)),
        "carriers": lambda: rates(database, "carrier", today, settings, everything),
        "routes": lambda: (rates(database, "route", today, settings, everything),
                           rates(database, "mode", today, settings, everything)),
        "suspected": lambda: suspected(database, today, settings, everything),
    }
    results = {}
    for name, action in pages.items():
        cold = timed(action)[0]
        results[name] = {"cold_s": cold, "warm_s": best_of(3, action)}
    frame = database.query_df("SELECT carrier, status, declared_value FROM parcels")

    def pandas_carriers() -> object:
        lost = frame["status"].isin(["lost"])
        return frame.assign(lost=lost).groupby("carrier").agg(shipments=("status", "size"), lost=("lost", "sum"))

    pandas_s = best_of(3, pandas_carriers)
    results["carriers"]["pandas_groupby_s"] = pandas_s
    results["carriers"]["ratio_to_pandas"] = results["carriers"]["warm_s"] / pandas_s
    database.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=1_000_000)
    parser.add_argument("--xlsx-rows", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    args = parser.parse_args()
    shutil.rmtree(args.out, ignore_errors=True)
    args.out.mkdir(parents=True)
    today = date(2026, 11, 22)
    report = {
        "csv_import": bench_csv(args.out, args.parcels, today),
        "xlsx_import": bench_xlsx(args.out, args.xlsx_rows, today),
    }
    report["pages"] = bench_pages(args.out / "ours.duckdb", today)
    print(json.dumps(report, indent=2))
    (args.out / "results.json").write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
