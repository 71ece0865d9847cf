"""Both engines on the same data, stage by stage: DuckDB on the database, Spark on its lake.

    python -m bench.engines [--parcels 1000000] [--out bench/out] [--master local[2]]

1. Builds (once, then reused) the demo data set at `--parcels` parcels, orders and tracking
   exports imported into a database (bench.pages.build), and its lake (export-lake).
2. DuckDB, then Spark, each stage once, wall clock:
   - `session`: opening the database / starting the Spark session (a JVM in local mode);
   - `load`: what a command reads before its query (Spark: the lake's tables as views, whose
     Parquet footers it lists; both: detection settings and the data's date);
   - `outcomes`: every parcel's outcome (the `shipments` command) into pandas;
   - `rates`: rates by carrier, by lane and in total, with Wilson intervals;
   - `suspected`: the suspected-lost list with its reasons in words.
3. Checks that both engines found the same numbers of parcels per outcome and the same
   suspected parcels, so the times compare like with like.

Writes `engines-<parcels>.json` into `--out`. Each stage runs once: the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.pages import TODAY, build
from lossanalytics.analytics.detect import shipments, suspected
from lossanalytics.analytics.metrics import rates_many
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import load_detection_settings
from lossanalytics.lake import export_lake
from lossanalytics.storage.db import Database

STAGES = ("session", "load", "outcomes", "rates", "suspected")
BYS = ("carrier", "lane", "total")


def timed(stages: dict[str, float], name: str, work: Callable[[], Any]) -> Any:
    """Run `work`, record its wall-clock seconds under `name`, return its result."""
    start = time.perf_counter()
    result = work()
    stages[name] = round(time.perf_counter() - start, 3)
    print(f"  {name:<10} {stages[name]:8.2f} s", flush=True)
    return result


def run_duckdb(path: Path) -> tuple[dict[str, float], dict[str, Any]]:
    """The stages on the database at `path`."""
    from lossanalytics.analytics.asof import data_date

    stages: dict[str, float] = {}
    db = timed(stages, "session", lambda: Database(path))
    try:
        scope = timed(stages, "load", lambda: AnalysisScope(
            data_date(db, TODAY).default_as_of, load_detection_settings(db)))
        found = timed(stages, "outcomes", lambda: shipments(db, scope))
        timed(stages, "rates", lambda: rates_many(db, BYS, scope))
        listed = timed(stages, "suspected", lambda: suspected(db, scope))
    finally:
        db.close()
    return stages, _summary(found, listed)


def run_spark(lake_dir: Path, master: str | None) -> tuple[dict[str, float], dict[str, Any]]:
    """The stages on the lake at `lake_dir`, Spark at `master` (default local[2])."""
    from lossanalytics.engines.spark import SparkLake, spark_session

    stages: dict[str, float] = {}
    session = timed(stages, "session", lambda: spark_session(master))
    try:
        def load() -> tuple[SparkLake, AnalysisScope]:
            lake = SparkLake(lake_dir, session)
            return lake, AnalysisScope(lake.data_date(TODAY).default_as_of, lake.detection_settings())

        lake, scope = timed(stages, "load", load)
        found = timed(stages, "outcomes", lambda: lake.shipments(scope))
        timed(stages, "rates", lambda: lake.rates_many(BYS, scope))
        listed = timed(stages, "suspected", lambda: lake.suspected(scope))
    finally:
        session.stop()
    return stages, _summary(found, listed)


def _summary(found: Any, listed: Any) -> dict[str, Any]:
    return {"outcomes": {k: int(v) for k, v in sorted(found["outcome"].value_counts().items())},
            "suspected": sorted(zip(listed["tracking_number"], listed["reasons"]))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=1_000_000)
    parser.add_argument("--out", default="bench/out")
    parser.add_argument("--master", help="Spark master URL (default local[2])")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"engines-{args.parcels}.duckdb"
    lake_dir = out / f"engines-{args.parcels}-lake"
    print(f"build: {build(path, args.parcels, events=False):.1f} s", flush=True)
    if not (lake_dir / "_lake.json").is_file():
        db = Database(path)
        try:
            print(f"export-lake: {export_lake(db, lake_dir).seconds:.1f} s", flush=True)
        finally:
            db.close()
    print("duckdb", flush=True)
    duck, duck_found = run_duckdb(path)
    print("spark", flush=True)
    spark, spark_found = run_spark(lake_dir, args.master)
    same = duck_found == spark_found
    report = {"parcels": args.parcels, "duckdb": duck, "spark": spark,
              "ratio": {s: round(spark[s] / duck[s], 1) if duck[s] else None for s in STAGES},
              "outcomes": duck_found["outcomes"], "suspected": len(duck_found["suspected"]), "same_results": same}
    (out / f"engines-{args.parcels}.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in report.items() if k != "outcomes"}, indent=1))
    if not same:
        raise SystemExit("the engines disagree: see the outcomes and suspected parcels above")


if __name__ == "__main__":
    main()
