"""The data lake export: the canonical tables as Parquet, Hive-partitioned by ship month (docs/lake.md).

    DIR/_lake.json                                    schema version, product version, tables and columns
    DIR/_manifest.json                                rows and content hash of every file written
    DIR/parcels/ship_month=YYYY-MM/part-0.parquet     (ship_month=__unknown__: no ship date)
    DIR/events/ship_month=YYYY-MM/part-0.parquet      scans, in their parcel's ship month
    DIR/imports/part-0.parquet, DIR/claims/…, DIR/settings/…

Enough for the analytical SQL (outcomes, lane history, rates, suspected, claims) to run on
the lake alone. A re-export hashes every partition in the database (order-independent:
sum and XOR of the row hashes, see queries/lake.sql) and writes only those whose rows
or hash differ from the manifest, or whose file is gone; partitions that no longer exist
are deleted. Every file goes through a temporary file renamed into place; the manifest
follows the data, and _lake.json comes last, so a crash leaves whole files and a
manifest that at worst makes the next run write a partition again.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pyarrow as pa

from lossanalytics import __version__
from lossanalytics.i18n import Problem
from lossanalytics.storage.db import Database, Session
from lossanalytics.storage.outfiles import atomic_path, cannot_write, write_atomically
from lossanalytics.storage.sql_text import identifiers, named_query, render

SCHEMA_VERSION = 2
LAKE_FILE = "_lake.json"
MANIFEST_FILE = "_manifest.json"
PARTITION_COLUMN = "ship_month"
UNKNOWN_MONTH = "__unknown__"
PART_FILE = "part-0.parquet"


@dataclass(frozen=True)
class LakeTable:
    """One table of the lake: its rows (a block of queries/lake.sql) and the order they are written in."""

    name: str
    partitioned: bool
    order: tuple[str, ...]


TABLES: tuple[LakeTable, ...] = (
    LakeTable("parcels", True, ("tracking_number",)),
    LakeTable("events", True, ("tracking_number", "event_time", "import_id", "source_row")),
    LakeTable("imports", False, ("id",)),
    LakeTable("claims", False, ("tracking_number",)),
    LakeTable("settings", False, ("key",)),
)


class LakeProblem(Problem):
    """A folder the lake cannot be written to, in words the seller can act on."""


@dataclass
class TableReport:
    """What one table's export did: its rows and files, and how many files were written, kept or deleted."""

    rows: int = 0
    files: int = 0
    written: int = 0
    unchanged: int = 0
    deleted: int = 0


@dataclass
class LakeReport:
    """What an export did, per table and in all."""

    folder: str
    tables: dict[str, TableReport] = field(default_factory=dict)
    seconds: float = 0.0

    def total(self, name: str) -> int:
        """The sum of one count (written, unchanged, deleted, files, rows) over the tables."""
        return sum(getattr(report, name) for report in self.tables.values())

    def as_dict(self) -> dict[str, Any]:
        """The report as plain JSON values (the CLI's --format json)."""
        return {
            "folder": self.folder, "schema_version": SCHEMA_VERSION, "written": self.total("written"),
            "unchanged": self.total("unchanged"), "deleted": self.total("deleted"), "seconds": round(self.seconds, 3),
            "tables": {name: vars(report) for name, report in self.tables.items()},
        }


def export_lake(db: Database, folder: str | Path) -> LakeReport:
    """Write (or bring up to date) the lake in `folder`, a local folder; LakeProblem or OutputProblem when it cannot."""
    start = time.perf_counter()
    folder = _prepare(folder)
    manifest = _read_manifest(folder)
    files: dict[str, dict[str, Any]] = {}
    schemas: dict[str, list[dict[str, str]]] = {}
    report = LakeReport(str(folder))
    # One transaction: hashes and files come from the same state of the database.
    with db.transaction() as session:
        engine = session.execute(named_query("lake", "engine_version"))[0][0]
        for table in TABLES:
            rows = named_query("lake", table.name)
            schemas[table.name] = [{"name": n, "type": t} for n, t in
                                   session.execute(render(named_query("lake", "columns"), rows=rows))
                                   if n != PARTITION_COLUMN]
            old = manifest["tables"].get(table.name, {})
            # Another schema, or hashes from another DuckDB (hash() may change between versions): all anew.
            kept = old.get("files", {}) if (old.get("columns") == schemas[table.name]
                                            and manifest.get("engine") == engine) else {}
            report.tables[table.name], files[table.name] = _export_table(session, folder, table, rows, kept,
                                                                         set(old.get("files", {})))
    _write_json(folder / MANIFEST_FILE, {
        "schema_version": SCHEMA_VERSION, "engine": engine,
        "tables": {name: {"columns": schemas[name], "files": files[name]} for name in files},
    })
    _write_json(folder / LAKE_FILE, _lake_description(schemas, report))
    report.seconds = time.perf_counter() - start
    return report


def _export_table(session: Session, folder: Path, table: LakeTable, rows: str, kept: dict[str, dict[str, Any]],
                  known: set[str]) -> tuple[TableReport, dict[str, dict[str, Any]]]:
    """Write the files of one table that changed, delete those that are gone; the table's manifest entries."""
    home = folder / table.name
    _mkdir(home)
    _remove_partials(home)
    wanted = _content(session, table, rows)
    todo = [key for key, entry in wanted.items() if not _unchanged(folder / key, kept.get(key), entry)]
    report = TableReport(rows=sum(e["rows"] for e in wanted.values()), files=len(wanted), written=len(todo),
                         unchanged=len(wanted) - len(todo))
    order = identifiers(table.order, table.order)
    if table.partitioned and todo:
        session.register("lake_months", pa.table({PARTITION_COLUMN: [wanted[k]["ship_month"] for k in todo]}))
        session.execute(render(named_query("lake", "stage"), rows=rows))
        for key in todo:
            _mkdir((folder / key).parent)
            _copy(session, render(named_query("lake", "partition_rows"), order=order),
                  {"ship_month": wanted[key]["ship_month"]}, folder / key)
        session.execute(named_query("lake", "drop_stage"))
        session.unregister("lake_months")
    elif todo:
        _copy(session, render(named_query("lake", "table_rows"), rows=rows, order=order),
              None, folder / todo[0])
    for key, entry in wanted.items():
        entry["bytes"] = (folder / key).stat().st_size if key in todo else kept[key]["bytes"]
    report.deleted = _delete_gone(folder, home, set(wanted), known)
    return report, wanted


def _content(session: Session, table: LakeTable, rows: str) -> dict[str, dict[str, Any]]:
    """Each file the table should have (its path under the lake) with its rows and content hash."""
    if not table.partitioned:
        count, hash_sum, hash_xor = session.execute(render(named_query("lake", "table_hash"), rows=rows))[0]
        return {f"{table.name}/{PART_FILE}": {"rows": count, "hash": f"{hash_sum:x}-{hash_xor:x}"}}
    found = session.execute(render(named_query("lake", "partition_hashes"), rows=rows))
    return {
        f"{table.name}/{PARTITION_COLUMN}={month}/{PART_FILE}":
            {"ship_month": month, "rows": count, "hash": f"{hash_sum:x}-{hash_xor:x}"}
        for month, count, hash_sum, hash_xor in sorted(found)
    }


def _unchanged(path: Path, old: dict[str, Any] | None, new: dict[str, Any]) -> bool:
    """Whether the file written before still holds these rows: same count and hash, same size on disk."""
    if old is None or old.get("rows") != new["rows"] or old.get("hash") != new["hash"]:
        return False
    try:
        return path.stat().st_size == old.get("bytes")
    except OSError:
        return False


def _copy(session: Session, sql: str, params: dict[str, Any] | None, target: Path) -> None:
    with atomic_path(target) as temp:
        session.copy_to_parquet(sql, params, temp)


def _delete_gone(folder: Path, home: Path, wanted: set[str], known: Iterable[str]) -> int:
    """Delete the table's files that should no longer exist: those of the last manifest, and
    partitions a run that stopped before its manifest left behind. Their empty folders go too."""
    gone = {folder / key for key in known if key not in wanted}
    gone |= {part for part in home.glob(f"{PARTITION_COLUMN}=*/{PART_FILE}")
             if part.relative_to(folder).as_posix() not in wanted}
    deleted = 0
    for path in sorted(gone):
        try:
            path.unlink()
            deleted += 1
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise cannot_write(path, exc) from exc
        if path.parent != home:
            try:
                path.parent.rmdir()
            except OSError:
                pass  # the seller put something else there: the folder stays with it
    return deleted


def _prepare(given: str | Path) -> Path:
    """The lake's folder, absolute and existing; refused when it is a file, a URL, another
    program's folder, or a lake of a newer schema than this version writes."""
    if "://" in str(given):
        raise LakeProblem("lake.error.remote", path=str(given))
    folder = Path(given).expanduser().absolute()
    if folder.exists() and not folder.is_dir():
        raise LakeProblem("lake.error.not_a_folder", path=str(folder))
    if folder.is_dir():
        entries = sorted(e.name for e in folder.iterdir() if not e.name.startswith("."))
        ours = {LAKE_FILE, MANIFEST_FILE, *(t.name for t in TABLES)}
        if LAKE_FILE not in entries and MANIFEST_FILE not in entries and not set(entries) <= ours:
            raise LakeProblem("lake.error.not_a_lake", path=str(folder),
                              example=next(e for e in entries if e not in ours))
        found = _read_json(folder / LAKE_FILE).get("schema_version", 0)
        if isinstance(found, int) and found > SCHEMA_VERSION:
            raise LakeProblem("lake.error.newer_schema", path=str(folder), found=found, ours=SCHEMA_VERSION)
    _mkdir(folder)
    return folder


def _read_json(path: Path) -> dict[str, Any]:
    """A JSON object from `path`; empty when it is missing or unreadable (the next run rewrites it)."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _read_manifest(folder: Path) -> dict[str, Any]:
    """The last run's manifest; one of another schema version counts as none (everything is written anew)."""
    manifest = _read_json(folder / MANIFEST_FILE)
    if manifest.get("schema_version") != SCHEMA_VERSION or not isinstance(manifest.get("tables"), dict):
        return {"tables": {}}
    return manifest


def _lake_description(schemas: dict[str, list[dict[str, str]]], report: LakeReport) -> dict[str, Any]:
    """The content of _lake.json: what a reader (DuckDB, Spark, a large user's own pipeline) relies on."""
    by_name = {t.name: t for t in TABLES}
    return {
        "format": "lossanalytics-lake",
        "schema_version": SCHEMA_VERSION,
        "product_version": __version__,
        "written_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "partitioning": {"column": PARTITION_COLUMN, "type": "VARCHAR", "value": "YYYY-MM of ship_date (UTC)",
                         "unknown": UNKNOWN_MONTH},
        "tables": {
            name: {
                "path": name,
                "partitioned_by": [PARTITION_COLUMN] if by_name[name].partitioned else [],
                "columns": columns,
                "rows": report.tables[name].rows,
                "files": report.tables[name].files,
            }
            for name, columns in schemas.items()
        },
    }


def _write_json(path: Path, data: dict[str, Any]) -> None:
    write_atomically(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def _mkdir(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise cannot_write(path, exc) from exc


def _remove_partials(home: Path) -> None:
    """Temporary files a run that was stopped left behind (no reader ever takes them for data)."""
    for partial in home.glob("**/.*.partial"):
        partial.unlink(missing_ok=True)
