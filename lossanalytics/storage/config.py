"""Where the database lives and other process-wide defaults.

A single-seller installation uses one database file (`workspaces.resolve_db_path`). A
hosted server for several sellers keeps one database per workspace under a root folder
(`resolve_workspace_root`; see workspaces.py and docs/deployment.md).
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = PROJECT_ROOT / "data"
DEFAULT_DB_PATH = DATA_DIR / "lossanalytics.duckdb"
DB_ENV_VAR = "LOSSANALYTICS_DB"
DEFAULT_WORKSPACE_ROOT = DATA_DIR / "workspaces"
WORKSPACE_ROOT_ENV_VAR = "LOSSANALYTICS_WORKSPACES"
# A data lake the dashboard shows read-only instead of a database (docs/lake.md).
LAKE_ENV_VAR = "LOSSANALYTICS_LAKE"
# DuckDB's memory cap and worker threads for every database the app opens. Left alone, DuckDB
# takes up to 80% of the machine's memory before it spills (a dashboard over ten million
# parcels then holds gigabytes); capped, its big joins and sorts spill to `<database>.tmp`.
MEMORY_ENV_VAR = "LOSSANALYTICS_DUCKDB_MEMORY"
DEFAULT_MEMORY_LIMIT = "1GB"
THREADS_ENV_VAR = "LOSSANALYTICS_DUCKDB_THREADS"
# DuckDB's allocator keeps the memory a query freed until its next flush. With its background
# threads it hands that memory back to the system between queries, so a dashboard page's pandas
# results do not pile on top of the last query's peak (at ten million parcels the process's
# peak fell from about 1.98 to 1.81 GB; see docs/performance.md).
ALLOCATOR_SETTINGS = {"allocator_background_threads": "true"}
# pandas keeps text in Arrow's large strings: results handed over in that form are not copied
# into it (the claim candidates at ten million parcels, 247,555 rows: 0.19-0.37 -> 0.05-0.19 s).
ARROW_SETTINGS = {"arrow_large_buffer_size": "true"}
# What an import may use while it runs. Its merge of a million rows needs about 2 GB; capped at
# 1 GB it spills (a 1M-row tracking file 23 -> 40 s, a 3M-row one over 8 minutes), so the cap
# is lifted to DuckDB's own default for the import's transaction and put back after it.
IMPORT_MEMORY_ENV_VAR = "LOSSANALYTICS_IMPORT_MEMORY"
DEFAULT_IMPORT_MEMORY_LIMIT = "80%"
# What an undo may use: it deletes one import's rows and re-derives the parcels they touched in one
# transaction. Under the dashboard's 1 GB cap it filled DuckDB's buffers to the cap on top of the pages'
# cached figures (an undo at ten million parcels took the process to 1.9-2.2 GB); under 400 MB it
# stayed at the memory it started with and took about as long (500,000 parcels undone at ten
# million: 6.8-9.4 s against 6.8-7.2 s). A dashboard capped lower keeps its own cap.
UNDO_MEMORY_LIMIT_BYTES = 400_000_000


def duckdb_config() -> dict[str, str]:
    """DuckDB's settings for a connection: `memory_limit` ($LOSSANALYTICS_DUCKDB_MEMORY, else
    DEFAULT_MEMORY_LIMIT; DuckDB's own sizes such as "2GB" or "40%") and `threads`
    ($LOSSANALYTICS_DUCKDB_THREADS, else DuckDB's default: one per core), with ALLOCATOR_SETTINGS
    and ARROW_SETTINGS. DuckDB refuses a value it cannot read when the database is opened."""
    config = {"memory_limit": os.environ.get(MEMORY_ENV_VAR, "").strip() or DEFAULT_MEMORY_LIMIT,
              **ALLOCATOR_SETTINGS, **ARROW_SETTINGS}
    threads = os.environ.get(THREADS_ENV_VAR, "").strip()
    if threads:
        config["threads"] = threads
    return config


def import_memory_limit() -> str:
    """DuckDB's memory cap while an import runs: $LOSSANALYTICS_IMPORT_MEMORY, else DEFAULT_IMPORT_MEMORY_LIMIT."""
    return os.environ.get(IMPORT_MEMORY_ENV_VAR, "").strip() or DEFAULT_IMPORT_MEMORY_LIMIT


def resolve_workspace_root(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding one sub-folder per workspace: explicit, else
    $LOSSANALYTICS_WORKSPACES, else data/workspaces."""
    if explicit:
        return Path(explicit)
    from_env = os.environ.get(WORKSPACE_ROOT_ENV_VAR)
    return Path(from_env) if from_env else DEFAULT_WORKSPACE_ROOT
