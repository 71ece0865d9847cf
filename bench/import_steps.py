"""Where an import's time goes: every SQL statement and the Python around it, wall and CPU.

    python -m bench.import_steps [--parcels 1000000 | --file PATH] [--out bench/out]
    python -m bench.import_steps --into DB (--parcels 1000 | --update 1000 | --file PATH) [--out bench/out]

Imports a demo tracking export (or `--file`) into a fresh file-backed database and
writes `import_steps-<name>-<suffix>.json` into `--out`: each statement of the import slower than
20 ms with its wall-clock and process CPU seconds, the time outside SQL (reading the
file, Python), and the commit and close (checkpoint). Statements are timed by wrapping
`Session.execute` and the cursor a script's statements run on (`Session.run_script`),
so the import itself runs unchanged.

With `--into`, the file goes into that existing database instead (a seller's daily export into
the data they have), and the import is then undone, timed too, so the database is left as it
was; the process's peak memory is reported. `--update N` makes the file: N of its stored
in-transit parcels, now delivered (known keys, merged with their rows); `--parcels N` there is N
new parcels.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

from bench.pages import new_parcels_file, peak_rss_mb
from bench.run import cpu_seconds, write_csv
from lossanalytics.importing import import_file, undo_import
from lossanalytics.storage import db as dbmodule
from lossanalytics.storage.db import Database
from lossanalytics.storage.sql_text import Sql

SHOWN_S = 0.02


class _TimedCursor:
    """A cursor whose statements are timed into `statements` (a script's own statements)."""

    def __init__(self, cursor: object, timer: Callable[..., object]) -> None:
        self._cursor, self._timer = cursor, timer

    def execute(self, sql: str, *params: object) -> object:
        return self._timer(lambda: self._cursor.execute(sql, *params), sql)  # type: ignore[attr-defined]


def profile_import(path: Path, target: Path, into: bool = False) -> dict[str, object]:
    statements: list[dict[str, object]] = []
    original, original_script = dbmodule.Session.execute, dbmodule._run_script

    def timer(action: Callable[[], object], sql: str) -> object:
        wall, cpu = time.perf_counter(), cpu_seconds()
        try:
            return action()
        finally:
            spent = time.perf_counter() - wall
            statements.append({"sql": " ".join(sql.split())[:160], "wall_s": round(spent, 3),
                               "cpu_s": round(cpu_seconds() - cpu, 3)})

    def execute(self: dbmodule.Session, sql: str, params: dbmodule.Params = None) -> list:
        return timer(lambda: original(self, sql, params), sql)  # type: ignore[return-value]

    def run_script(cursor: object, script: Sql, params: Mapping[str, object]) -> None:
        original_script(_TimedCursor(cursor, timer), script, params)  # type: ignore[arg-type]

    if not into:
        target.unlink(missing_ok=True)
    dbmodule.Session.execute = execute  # type: ignore[method-assign]
    dbmodule._run_script = run_script
    try:
        wall, cpu = time.perf_counter(), cpu_seconds()
        database = Database(target)
        result = import_file(database, path)
        imported_wall, imported_cpu = time.perf_counter() - wall, cpu_seconds() - cpu
        undo, imported = time.perf_counter(), len(statements)
        if into and result.import_id is not None:
            undo_import(database, result.import_id)
        undo = time.perf_counter() - undo
        del statements[imported:]  # the undo's own: the report is the import's
        close_wall, close_cpu = time.perf_counter(), cpu_seconds()
        database.close()
        close_wall, close_cpu = time.perf_counter() - close_wall, cpu_seconds() - close_cpu
    finally:
        dbmodule.Session.execute = original  # type: ignore[method-assign]
        dbmodule._run_script = original_script
    in_sql_wall = sum(float(s["wall_s"]) for s in statements)
    in_sql_cpu = sum(float(s["cpu_s"]) for s in statements)
    return {
        "file": path.name, "outcome": result.outcome, "rows_read": result.rows_read,
        "total_s": round(imported_wall + close_wall, 3), "total_cpu_s": round(imported_cpu + close_cpu, 3),
        "sql_s": round(in_sql_wall, 3), "sql_cpu_s": round(in_sql_cpu, 3),
        "outside_sql_s": round(imported_wall - in_sql_wall, 3), "outside_sql_cpu_s": round(imported_cpu - in_sql_cpu, 3),
        "close_s": round(close_wall, 3), "close_cpu_s": round(close_cpu, 3),
        "undo_s": round(undo, 3) if into else None, "peak_rss_mb": round(peak_rss_mb(), 1),
        "statements": [s for s in statements if float(s["wall_s"]) >= SHOWN_S or float(s["cpu_s"]) >= SHOWN_S],
    }


def update_file(db_path: Path, rows: int, out: Path) -> Path:
    """A tracking export of `rows` in-transit parcels stored in `db_path`, each now delivered."""
    database = Database(db_path)
    stored = database.query_df("SELECT tracking_number, carrier, dest_country, ship_date FROM parcels "
                               "WHERE status = 'in_transit' ORDER BY tracking_number LIMIT $rows", {"rows": rows})
    database.close()
    path = out / f"update-{rows}.csv"
    stored.set_axis(["Tracking Number", "Carrier", "Destination Country", "Ship Date"], axis=1).assign(
        Status="Delivered").to_csv(path, index=False)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=1_000_000)
    parser.add_argument("--file", type=Path)
    parser.add_argument("--into", type=Path, help="an existing database to import into (the import is undone after)")
    parser.add_argument("--update", type=int, help="with --into: this many stored in-transit parcels, now delivered")
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.into:
        path = args.file or (update_file(args.into, args.update, args.out) if args.update
                             else new_parcels_file(args.parcels, args.out))
        report = profile_import(path, args.into, into=True)
    else:
        path = args.file or write_csv(args.out, args.parcels, date(2026, 11, 22))
        report = profile_import(path, args.out / "import_steps.duckdb")
    text = json.dumps(report, indent=2, ensure_ascii=False)
    print(text)
    (args.out / f"import_steps-{path.stem}-{path.suffix.lstrip('.')}.json").write_text(text)


if __name__ == "__main__":
    main()
