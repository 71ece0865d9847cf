"""Where an import's time goes: every SQL statement and the Python around it, wall and CPU.

    python -m bench.import_steps [--parcels 1000000 | --file PATH] [--out bench/out]

Imports a demo tracking export (or `--file`) into a fresh file-backed database and
writes `import_steps-<name>-<suffix>.json` into `--out`: each statement of the import slower than
20 ms with its wall-clock and process CPU seconds, the time outside SQL (reading the
file, Python), and the commit and close (checkpoint). Statements are timed by wrapping
`Session.execute`, so the import itself runs unchanged.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

from bench.run import cpu_seconds, write_csv
from lossanalytics.importing import import_file
from lossanalytics.storage import db as dbmodule
from lossanalytics.storage.db import Database

SHOWN_S = 0.02


def profile_import(path: Path, target: Path) -> dict[str, object]:
    statements: list[dict[str, object]] = []
    original = dbmodule.Session.execute

    def execute(self: dbmodule.Session, sql: str, params: dbmodule.Params = None) -> list:
        wall, cpu = time.perf_counter(), cpu_seconds()
        try:
            return original(self, sql, params)
        finally:
            spent = time.perf_counter() - wall
            statements.append({"sql": " ".join(sql.split())[:160], "wall_s": round(spent, 3),
                               "cpu_s": round(cpu_seconds() - cpu, 3)})

    target.unlink(missing_ok=True)
    dbmodule.Session.execute = execute  # type: ignore[method-assign]
    try:
        wall, cpu = time.perf_counter(), cpu_seconds()
        database = Database(target)
        result = import_file(database, path)
        imported_wall, imported_cpu = time.perf_counter() - wall, cpu_seconds() - cpu
        close_wall, close_cpu = time.perf_counter(), cpu_seconds()
        database.close()
        close_wall, close_cpu = time.perf_counter() - close_wall, cpu_seconds() - close_cpu
    finally:
        dbmodule.Session.execute = original  # type: ignore[method-assign]
    in_sql_wall = sum(float(s["wall_s"]) for s in statements)
    in_sql_cpu = sum(float(s["cpu_s"]) for s in statements)
    return {
        "file": path.name, "outcome": result.outcome, "rows_read": result.rows_read,
        "total_s": round(imported_wall + close_wall, 3), "total_cpu_s": round(imported_cpu + close_cpu, 3),
        "sql_s": round(in_sql_wall, 3), "sql_cpu_s": round(in_sql_cpu, 3),
        "outside_sql_s": round(imported_wall - in_sql_wall, 3), "outside_sql_cpu_s": round(imported_cpu - in_sql_cpu, 3),
        "close_s": round(close_wall, 3), "close_cpu_s": round(close_cpu, 3),
        "statements": [s for s in statements if float(s["wall_s"]) >= SHOWN_S or float(s["cpu_s"]) >= SHOWN_S],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=1_000_000)
    parser.add_argument("--file", type=Path)
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.file or write_csv(args.out, args.parcels, date(2026, 11, 22))
    report = profile_import(path, args.out / "import_steps.duckdb")
    text = json.dumps(report, indent=2, ensure_ascii=False)
    print(text)
    (args.out / f"import_steps-{path.stem}-{path.suffix.lstrip('.')}.json").write_text(text)


if __name__ == "__main__":
    main()
