"""Where the database lives and other process-wide defaults."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
DEFAULT_DB_PATH = DATA_DIR / "lossanalytics.duckdb"
DB_ENV_VAR = "LOSSANALYTICS_DB"


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The database file: an explicit path, else $LOSSANALYTICS_DB, else data/lossanalytics.duckdb."""
    if explicit:
        return Path(explicit)
    from_env = os.environ.get(DB_ENV_VAR)
    return Path(from_env) if from_env else DEFAULT_DB_PATH
