"""A data lake opened read-only, for the dashboard (`LOSSANALYTICS_LAKE`) and the aggregate step.

The lake's tables (lossanalytics.lake) become views on its Parquet files in a small DuckDB
database of their own, in a temporary folder: every query of the product runs on them
unchanged. Where the lake holds aggregates (lossanalytics.lake_aggregate) computed from
exactly these files, they become the views `lake_outcomes` and `lake_rates`, and the database
says so (`Database.precomputed`): analyses of that as-of day and those thresholds read them
instead of judging every parcel again. The database file is then opened read-only, so
nothing can write to it; DuckDB still writes query results to files (COPY) and temporary tables.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from lossanalytics.lake import LAKE_FILE, MANIFEST_FILE, SCHEMA_VERSION, TABLES, LakeProblem
from lossanalytics.storage.db import Database, Precomputed
from lossanalytics.storage.sql_text import Sql, identifier, named_query, path_list, render

AGGREGATES_DIR = "_aggregates"
AGGREGATES_FILE = "_aggregates.json"
# 2: outcomes as of their day count only what was known by its end (outcomes.sql's known_later):
# aggregates of version 1 judged closed parcels by later news and lack that column, so are not read.
AGGREGATES_VERSION = 2
#: Lake folder → the name the product's SQL reads it by.
VIEWS = {"parcels": "parcels", "events": "tracking_events", "imports": "imports", "claims": "claims",
         "settings": "settings"}
#: Aggregate folder → its view.
AGGREGATE_VIEWS = {"outcomes": "lake_outcomes", "rates": "lake_rates"}


@dataclass(frozen=True)
class LakeState:
    """What a lake holds: its folder, and its aggregates' record when they match its files."""

    folder: Path
    identity: str
    aggregates: dict[str, Any] | None

    @property
    def stamp(self) -> str:
        """Changes when the lake's files or its aggregates change (the dashboard's cache key)."""
        return f"{self.identity}:{(self.aggregates or {}).get('computed_at', '')}"


def lake_state(folder: str | Path) -> LakeState:
    """The lake in `folder`; LakeProblem when it is no lake this version can read."""
    path = Path(folder).expanduser().absolute()
    description = _read_json(path / LAKE_FILE)
    if description.get("format") != "lossanalytics-lake":
        raise LakeProblem("lake.error.no_lake", path=str(path))
    found = description.get("schema_version")
    if found != SCHEMA_VERSION:
        raise LakeProblem("lake.error.other_schema", path=str(path), found=found, ours=SCHEMA_VERSION)
    identity = lake_identity(path)
    aggregates = _read_json(path / AGGREGATES_DIR / AGGREGATES_FILE)
    current = (aggregates.get("version") == AGGREGATES_VERSION and aggregates.get("lake") == identity
               and all(_files(path / AGGREGATES_DIR / name) for name in AGGREGATE_VIEWS))
    return LakeState(path, identity, aggregates if current else None)


def lake_identity(folder: Path) -> str:
    """A hash of what the lake's files hold: its manifest (rows and content hash of every file),
    or, for a lake another pipeline wrote without one, its description."""
    source = folder / MANIFEST_FILE if (folder / MANIFEST_FILE).is_file() else folder / LAKE_FILE
    try:
        return hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    except OSError as exc:
        raise LakeProblem("lake.error.no_lake", path=str(folder)) from exc


def open_lake(state: LakeState, with_aggregates: bool = True) -> Database:
    """A read-only database whose tables are the lake's files (and aggregates, when current and wanted)."""
    home = Path(tempfile.mkdtemp(prefix="lossanalytics-lake-"))
    atexit.register(shutil.rmtree, home, True)
    path = home / "lake.duckdb"
    builder = Database(path)
    try:
        with builder.transaction() as session:
            for folder, view in VIEWS.items():
                partitioned = next(t.partitioned for t in TABLES if t.name == folder)
                files = _files(state.folder / folder)
                if not files:  # an empty table (no scans imported): schema.sql's own, empty
                    continue
                name = identifier(view, tuple(VIEWS.values()))
                if view != "parcels":
                    session.execute(render(named_query("lake_read", "drop_table"), table=name))
                block = "parcels" if view == "parcels" else "table_view" if partitioned else "flat_table_view"
                session.execute(_with_files(block, files, name))
            if with_aggregates and state.aggregates is not None:
                for folder, view in AGGREGATE_VIEWS.items():
                    session.execute(_with_files("aggregate_view", _files(state.folder / AGGREGATES_DIR / folder),
                                                identifier(view, tuple(AGGREGATE_VIEWS.values()))))
    finally:
        builder.close()
    lake = Database(path, read_only=True)
    if with_aggregates and state.aggregates is not None:
        lake.precomputed = Precomputed(date.fromisoformat(state.aggregates["as_of"]), state.aggregates["scope_key"],
                                       state.aggregates["engine"])
    return lake


def _files(folder: Path) -> list[Path]:
    """The Parquet files of one table (any depth: Hive partitions, Spark's part files)."""
    return sorted(folder.glob("**/*.parquet")) if folder.is_dir() else []


def _with_files(block: str, files: list[Path], table: Sql) -> Sql:
    """A view statement of lake_read.sql over the list of `files`."""
    listed = path_list(files)
    parts = {"files": listed} if block == "parcels" else {"files": listed, "table": table}
    return render(named_query("lake_read", block), **parts)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
