"""Speed, as ratios against baselines run in the same process (machines here are shared and noisy).

    python -m bench.run [--parcels 1000000] [--xlsx-rows 100000] [--out bench/out]

1. CSV import (parse, recognise, normalise, store, merge) vs DuckDB's own read_csv_auto
   of the same file into a table of a file-backed database.
2. XLSX import vs python-calamine reading the same workbook into Python rows.
   Both run baseline and import in turns (so a busy neighbour slows both alike) and
   report the median wall-clock ratio, the median of the pairwise ratios and the ratio
   of the process CPU time spent (steadier on a shared machine). `python -m
   bench.import_steps` shows where an import's time goes, statement by statement.
3. The queries behind each page on the imported database, cold and warm, and the carrier
   aggregation done in pandas on the same parcels as a baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
from python_calamine import CalamineWorkbook

from lossanalytics import demo
from lossanalytics.analytics.detect import suspected
from lossanalytics.analytics.metrics import rates
from lossanalytics.analytics.overview import filter_options, headline
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database


def timed(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def cpu_seconds() -> float:
    """CPU time of this process, all threads (DuckDB's workers included)."""
    times = os.times()
    return times.user + times.system


def best_of(repeats: int, action: Callable[[], object]) -> float:
    return min(timed(action)[0] for _ in range(repeats))


def compare(baseline: Callable[[], object], ours: Callable[[], object], repeats: int) -> dict[str, float]:
    """Baseline and import in turns, `repeats` times each: wall and CPU seconds and their ratios."""
    walls: dict[str, list[float]] = {"baseline": [], "ours": []}
    cpus: dict[str, list[float]] = {"baseline": [], "ours": []}
    for _ in range(repeats):
        for name, action in (("baseline", baseline), ("ours", ours)):
            cpu = cpu_seconds()
            walls[name].append(timed(action)[0])
            cpus[name].append(cpu_seconds() - cpu)
    base, mine = statistics.median(walls["baseline"]), statistics.median(walls["ours"])
    return {
        "baseline_s": base, "import_s": mine, "ratio": mine / base,
        "pairwise_ratio": statistics.median(o / b for o, b in zip(walls["ours"], walls["baseline"])),
        "baseline_cpu_s": statistics.median(cpus["baseline"]), "import_cpu_s": statistics.median(cpus["ours"]),
        "cpu_ratio": statistics.median(cpus["ours"]) / statistics.median(cpus["baseline"]),
        "runs_baseline_s": walls["baseline"], "runs_import_s": walls["ours"],
    }


def write_csv(folder: Path, parcels: int, today: date) -> Path:
    data = demo.generate(n_parcels=parcels, today=today, with_events=False)
    csv_path = folder / "tracking.csv"
    data.tracking.to_csv(csv_path, index=False, date_format="%Y-%m-%d %H:%M:%S")
    return csv_path


def write_xlsx(folder: Path, rows: int, today: date) -> Path:
    data = demo.generate(n_parcels=rows, today=today, with_events=False)
    path = folder / "tracking.xlsx"
    with pd.ExcelWriter(path, engine="xlsxwriter") as writer:
        data.tracking.to_excel(writer, index=False, sheet_name="Tracking")
    return path


def bench_csv(folder: Path, parcels: int, today: date, repeats: int = 3) -> dict[str, float]:
    csv_path = write_csv(folder, parcels, today)

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

    result = compare(baseline, ours, repeats)
    return {"rows": parcels, "read_csv_auto_s": result.pop("baseline_s"), **result}


def bench_xlsx(folder: Path, rows: int, today: date, repeats: int = 3) -> dict[str, float]:
    path = write_xlsx(folder, rows, today)

    def baseline() -> None:
        CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Tracking").to_python()

    def ours() -> None:
        target = folder / "xlsx.duckdb"
        target.unlink(missing_ok=True)
        database = Database(target)
        result = import_file(database, path)
        assert result.outcome == "imported" and result.rows_stored == rows, result
        database.close()

    result = compare(baseline, ours, repeats)
    return {"rows": rows, "calamine_s": result.pop("baseline_s"), **result}


def bench_pages(db_path: Path, today: date) -> dict[str, dict[str, float]]:
    database = Database(db_path)
    everything = AnalysisScope(today, DetectionSettings())
    pages: dict[str, Callable[[], object]] = {
        "overview": lambda: (filter_options(database), headline(database, everything),
                             rates(database, "month", everything)),
        "carriers": lambda: rates(database, "carrier", everything),
        "routes": lambda: (rates(database, "route", everything), rates(database, "mode", everything)),
        "suspected": lambda: suspected(database, everything),
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
    parser.add_argument("--repeats", type=int, default=3, help="runs of each import and its baseline, in turns")
    args = parser.parse_args()
    # Only this benchmark's own files go: other benchmarks keep theirs in the same folder.
    args.out.mkdir(parents=True, exist_ok=True)
    for name in ("tracking.csv", "tracking.xlsx", "baseline.duckdb", "ours.duckdb", "xlsx.duckdb", "results.json"):
        for path in (args.out / name, args.out / f"{name}.wal"):
            path.unlink(missing_ok=True)
    today = date(2026, 11, 22)
    report = {
        "csv_import": bench_csv(args.out, args.parcels, today, args.repeats),
        "xlsx_import": bench_xlsx(args.out, args.xlsx_rows, today, args.repeats),
    }
    report["pages"] = bench_pages(args.out / "ours.duckdb", today)
    print(json.dumps(report, indent=2))
    (args.out / "results.json").write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
