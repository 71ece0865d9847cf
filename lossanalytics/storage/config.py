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


def resolve_workspace_root(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding one sub-folder per workspace: explicit, else
    $LOSSANALYTICS_WORKSPACES, else data/workspaces."""
    if explicit:
        return Path(explicit)
    from_env = os.environ.get(WORKSPACE_ROOT_ENV_VAR)
    return Path(from_env) if from_env else DEFAULT_WORKSPACE_ROOT
