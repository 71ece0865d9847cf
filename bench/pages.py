"""Every page's script run at scale, measured with Streamlit's AppTest, and the process's peak memory.

    python -m bench.pages [--parcels 1000000] [--events | --tracking-only] [--lake] [--out bench/out]

1. Builds (once, then reused) a database of the demo data set at `--parcels` parcels:
   orders and tracking exports, plus the scan events with `--events`; with `--tracking-only`,
   the tracking exports alone (a seller who uploads only carriers' exports: every parcel is
   one file's row, stored as the file lists it, never merged).
2. In a fresh child process that only opens the dashboard, runs each page cold (all
   Streamlit caches cleared, a new session) and then warm (the same session again),
   and reports the resident memory after each page and the peak after every page was
   visited (so the page that raises the peak shows).
3. After an import (not on a lake): a small tracking export of new parcels is imported into
   that database, the Import page's preparation of the pages' figures for the new data is
   timed (ui/warm.prepare_pages: the caches empty and no row kept for the new data version),
   and every page is opened in a new session on the caches it left, as a seller would open
   them next, and the peak memory after it. The import is then undone and the figures prepared
   again, as the Import page does after an undo (the old version's small caches still held, as
   on a server), so the database is left as it was, its rows kept; timed, with the peak after it.
4. As a baseline in that same child process, the carrier loss count done in pandas on
   the parcels table loaded into memory: pages are reported as ratios against it.

With `--lake`, the database is exported to a data lake (once, then reused), the lake is
aggregated as of the bench's day with the DuckDB engine, and the pages are visited on the lake,
read-only (LOSSANALYTICS_LAKE, docs/lake.md); the export and aggregate times are reported too.

Writes `pages-<parcels>[-events|-tracking][-lake].json` into `--out`.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

TODAY = date(2026, 6, 30)
PAGES = (
    "pages/overview.py", "pages/import.py", "pages/carriers.py", "pages/routes.py", "pages/trends.py",
    "pages/suspected.py", "pages/claims.py", "pages/advice.py", "pages/settings.py",
)
APP = Path(__file__).resolve().parent.parent / "app.py"
NEW_PARCELS = 1_000  # the export imported to time the first visits after an import
NEW_SERIALS = 50_000_000  # above any bench build's serials (10M at most), within 8-digit identifiers: every parcel of that export is new
PART_SIZE = 1_000_000  # parcels generated and imported at a time (demo.generate_parts)


def build(path: Path, parcels: int, events: bool, tracking_only: bool = False) -> dict[str, object]:
    """The demo data imported into `path` (skipped when it already exists): what each file's import took.

    The data is generated, written and imported PART_SIZE parcels at a time (orders, then
    tracking, then events of each part), as a big seller uploads one export after another:
    a whole 10-million-parcel data set held in memory at once, and imported as one file,
    would not fit this machine. Each import is timed against DuckDB's read_csv_auto of the
    same file into a fresh database file, in this process (the ratio bench.run reports).
    """
    from lossanalytics import demo
    from lossanalytics.onboarding import DEMO_KEY
    from lossanalytics.storage.db import Database

    if path.exists():
        return {}
    start = time.perf_counter()
    files = path.parent / f"{path.stem}-files"
    db = Database(path.with_suffix(".partial"))
    imports = []
    for index, data in enumerate(demo.generate_parts(parcels, PART_SIZE, today=TODAY, with_events=events)):
        written = demo.write_files(data, files / f"part-{index}")
        del data  # the part's frames are on disk now; the import reads the files
        chosen = written[1:2] if tracking_only else written if events else written[:2]  # orders, tracking, events
        for file in chosen:
            imports.append({"part": index, **_timed_import(db, file)})
            print(json.dumps(imports[-1]), flush=True)
        shutil.rmtree(files / f"part-{index}")
    # Marked as the seller's own data, so the dashboard shows it without the demo banner.
    db.execute("INSERT OR REPLACE INTO settings VALUES ($key, $value)", {"key": DEMO_KEY, "value": "[]"})
    db.close()
    path.with_suffix(".partial").rename(path)
    return {"build_s": round(time.perf_counter() - start, 1), "build_peak_rss_mb": round(peak_rss_mb(), 1),
            "imports": imports}


def _timed_import(db: object, file: Path) -> dict[str, object]:
    """One file imported into `db`, and read_csv_auto of it into a scratch database file: seconds of each."""
    import duckdb

    from lossanalytics.importing import import_file

    start = time.perf_counter()
    result = import_file(db, file)  # type: ignore[arg-type]
    seconds = time.perf_counter() - start
    if result.outcome != "imported":
        raise RuntimeError(f"{file.name}: {result.outcome} {result.problem}")
    scratch = file.with_suffix(".baseline.duckdb")
    start = time.perf_counter()
    with duckdb.connect(str(scratch)) as con:
        con.execute("CREATE TABLE t AS SELECT * FROM read_csv_auto($p)", {"p": str(file)})
    baseline = time.perf_counter() - start
    scratch.unlink()
    return {"file": file.name, "rows": result.rows_read, "import_s": round(seconds, 2),
            "read_csv_auto_s": round(baseline, 2), "ratio": round(seconds / baseline, 2),
            "peak_rss_mb": round(peak_rss_mb(), 1)}


def build_lake(db_path: Path, lake: Path) -> dict[str, float]:
    """`db_path` exported to `lake` (skipped when it exists) and aggregated as of TODAY; seconds of each step."""
    from lossanalytics.lake import export_lake
    from lossanalytics.lake_aggregate import DuckDBEngine, aggregate
    from lossanalytics.lake_read import lake_state
    from lossanalytics.storage.db import Database

    export = 0.0
    if not lake.exists():
        db = Database(db_path, read_only=True)
        export = export_lake(db, lake).seconds
        db.close()
    state = lake_state(lake)
    engine = DuckDBEngine(state)
    report = aggregate(engine, state, TODAY, TODAY)
    engine.db.close()
    return {"export_s": round(export, 2), "aggregate_s": round(report.seconds, 2)}


def peak_rss_mb() -> float:
    """This process's peak resident memory (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    """This process's resident memory now (0 where /proc is not available)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return 0.0
    return next((int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmRSS:")), 0.0)


def visit(db_path: Path, lake: Path | None = None) -> dict[str, object]:
    """Cold and warm script runs of every page on `db_path` (or on the lake `lake`), in this process."""
    from streamlit.testing.v1 import AppTest

    from lossanalytics.storage.db import Database

    os.environ["LOSSANALYTICS_DB"] = str(db_path)
    if lake is not None:
        os.environ["LOSSANALYTICS_LAKE"] = str(lake)
    logging.getLogger("streamlit").setLevel(logging.ERROR)  # bare-mode warnings on every run
    available = [page for page in PAGES if (APP.parent / page).exists()]

    def open_app() -> AppTest:
        at = AppTest.from_file(str(APP), default_timeout=600)
        at.session_state["f_as_of"] = TODAY
        return at

    warm_up = open_app()
    warm_up.run()  # imports the app's modules once, outside any measurement
    results: dict[str, dict[str, float]] = {}
    for page in available:
        clear_caches()
        at = open_app()
        at.run()
        clear_caches()  # the first run drew the default page; this page starts from empty caches
        start = time.perf_counter()
        at.switch_page(page).run()
        cold = time.perf_counter() - start
        errors = [str(e.value) for e in at.exception]
        warm = min(_timed_rerun(at) for _ in range(3))
        memory = {"rss_mb": round(rss_mb(), 1), "peak_rss_mb": round(peak_rss_mb(), 1)}
        results[page] = {"cold_s": round(cold, 3), "warm_s": round(warm, 3), "errors": errors, **memory}
        print(f"{page:22} cold {cold:6.2f} s   warm {warm:6.3f} s   RSS {memory['rss_mb']:6.0f} MB "
              f"(peak {memory['peak_rss_mb']:6.0f} MB)   {errors or ''}", flush=True)

    pages_peak = peak_rss_mb()  # the dashboard's own: the baseline below loads every parcel into pandas
    after = None if lake is not None else after_import(db_path, available)
    db = Database(db_path)
    parcels = db.query_df("SELECT carrier, status FROM parcels")
    start = time.perf_counter()
    for _ in range(5):
        parcels.assign(lost=parcels["status"].eq("lost")).groupby("carrier", observed=True)["lost"].agg(["sum", "size"])
    baseline = (time.perf_counter() - start) / 5
    for figures in results.values():
        figures["warm_ratio"] = round(figures["warm_s"] / baseline, 1)
    return {"pages": results, "after_import": after, "pandas_carrier_count_s": round(baseline, 4),
            "pages_peak_rss_mb": round(pages_peak, 1), "peak_rss_mb": round(peak_rss_mb(), 1)}


def new_parcels_file(parcels: int, out: Path) -> Path:
    """A tracking export of `parcels` parcels no bench database holds (serials from NEW_SERIALS), in `out`."""
    from lossanalytics import demo

    data = demo.generate(parcels, seed=(11, 12), today=TODAY, with_events=False, first_serial=NEW_SERIALS)
    return demo.write_files(data, out / f"new-{parcels}")[1]


def after_import(db_path: Path, pages: list[str]) -> dict[str, object]:
    """Seconds of the Import page's preparation after a small import into `db_path`, and of each page
    opened next, in a new session on the caches the preparation left (the dashboard's own database),
    as of the day the dashboard takes by default, as the preparation does."""
    import tempfile

    from streamlit.testing.v1 import AppTest

    from lossanalytics.importing import import_file, undo_import
    from lossanalytics.ui import data
    from lossanalytics.ui.warm import let_go_of_lists, prepare_pages

    db = data.database(str(db_path))
    with tempfile.TemporaryDirectory() as folder:
        result = import_file(db, new_parcels_file(NEW_PARCELS, Path(folder)))
    if result.outcome != "imported" or result.import_id is None:
        raise RuntimeError(f"the new parcels' export: {result.outcome} {result.problem}")
    clear_caches()
    start = time.perf_counter()
    steps = sum(1 for share in prepare_pages(db, "en") if share > 0)  # the first share, 0, comes before any step
    prepared = time.perf_counter() - start
    opened: dict[str, float] = {}
    for page in pages:
        at = AppTest.from_file(str(APP), default_timeout=600)
        start = time.perf_counter()
        at.switch_page(page).run()
        opened[page] = round(time.perf_counter() - start, 3)
        if at.exception:
            raise RuntimeError(f"{page} after an import: {[str(e.value) for e in at.exception]}")
    imported_peak = peak_rss_mb()
    print(f"after an import of {NEW_PARCELS:,} parcels: prepared in {prepared:.2f} s ({steps} steps); "
          + ", ".join(f"{Path(page).stem} {seconds:.2f}" for page, seconds in opened.items())
          + f"; peak {imported_peak:.0f} MB", flush=True)
    start = time.perf_counter()
    let_go_of_lists()  # as the Import page's undo does
    undo_import(db, result.import_id)
    list(prepare_pages(db, "en"))
    undone = time.perf_counter() - start
    print(f"undone and prepared again in {undone:.2f} s; peak {peak_rss_mb():.0f} MB", flush=True)
    return {"new_parcels": NEW_PARCELS, "prepare_s": round(prepared, 3), "steps": steps, "pages_s": opened,
            "peak_rss_mb": round(imported_peak, 1), "undo_and_prepare_s": round(undone, 3),
            "peak_after_undo_rss_mb": round(peak_rss_mb(), 1)}


def clear_caches() -> None:
    """Every data cache emptied, and the resource caches of results (the open database stays)."""
    import streamlit as st

    from lossanalytics.ui.warm import forget_lists

    st.cache_data.clear()
    forget_lists()


def _timed_rerun(at: object) -> float:
    start = time.perf_counter()
    at.run()  # type: ignore[attr-defined]
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=1_000_000)
    events = parser.add_mutually_exclusive_group()
    events.add_argument("--events", action="store_true", help="also import the scan events")
    events.add_argument("--tracking-only", action="store_true", help="import the tracking exports alone")
    parser.add_argument("--lake", action="store_true", help="visit the pages on the database's data lake, aggregated")
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument("--visit", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--visit-lake", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--build-lake", type=Path, nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.visit:
        print(json.dumps(visit(args.visit, args.visit_lake)))
        return 0
    if args.build_lake:
        print(json.dumps(build_lake(*args.build_lake)))
        return 0
    if args.build:
        print(json.dumps(build(args.build, args.parcels, args.events, args.tracking_only)), flush=True)
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    name = f"pages-{args.parcels}{'-events' if args.events else '-tracking' if args.tracking_only else ''}"
    db_path = args.out / f"{name}.duckdb"
    lake = args.out / f"{name}-lake" if args.lake else None
    built: dict[str, object] = {}
    if not db_path.exists():
        # Built in a process of its own: a child forked from a process that had grown during
        # the build would inherit that peak, and the dashboard's own peak would not show.
        with subprocess.Popen([sys.executable, "-m", "bench.pages", "--build", str(db_path), "--parcels",
                               str(args.parcels), *(["--events"] if args.events else []),
                               *(["--tracking-only"] if args.tracking_only else [])],
                              stdout=subprocess.PIPE, text=True) as building:
            for line in building.stdout or ():
                print(line, end="", flush=True)  # each file's import as it ends
        if building.returncode:
            raise subprocess.CalledProcessError(building.returncode, building.args)
        built = json.loads(line)
        print(f"built in {built['build_s']} s, peak RSS {built['build_peak_rss_mb']} MB", flush=True)
    steps = {}
    if lake is not None:
        # In a process of its own too, so that the dashboard's peak memory is its own.
        built = subprocess.run([sys.executable, "-m", "bench.pages", "--build-lake", str(db_path), str(lake)],
                               check=True, stdout=subprocess.PIPE, text=True)
        steps = json.loads(built.stdout.strip().splitlines()[-1])
        print(f"lake: export {steps['export_s']} s (0 when reused), aggregate {steps['aggregate_s']} s", flush=True)
    child = subprocess.run([sys.executable, "-m", "bench.pages", "--visit", str(db_path),
                            *(["--visit-lake", str(lake)] if lake else [])], check=True, stdout=subprocess.PIPE, text=True)
    lines = child.stdout.strip().splitlines()
    print("\n".join(lines[:-1]))
    report = json.loads(lines[-1]) | {"parcels": args.parcels, "events": args.events,
                                      "tracking_only": args.tracking_only, "lake": steps or None,
                                      "build": built or None, "load_average": os.getloadavg()}
    (args.out / f"{name}{'-lake' if lake else ''}.json").write_text(json.dumps(report, indent=2))
    print(f"pandas carrier count: {report['pandas_carrier_count_s']} s; peak RSS {report['pages_peak_rss_mb']} MB "
          f"after the pages, {report['peak_rss_mb']} MB with the baseline")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
