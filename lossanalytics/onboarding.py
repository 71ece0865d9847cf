"""First start: fill an empty database with the demo data set, and take it out again."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from lossanalytics import demo
from lossanalytics.importing import ImportResult, import_paths, undo_import
from lossanalytics.storage.config import DATA_DIR
from lossanalytics.storage.db import Database
from lossanalytics.storage.settings_store import read_setting, write_setting
from lossanalytics.storage.sql_text import named_query

DEMO_KEY = "demo_imports"
DEMO_DIR = DATA_DIR / "demo"


def load_demo(db: Database, folder: Path = DEMO_DIR, today: date | None = None, n_parcels: int = 20_000) -> list[ImportResult]:
    """Generate the demo exports into `folder`, import them and remember which imports they were."""
    paths = demo.write_files(demo.generate(n_parcels=n_parcels, today=today), folder)
    results = import_paths(db, paths)
    ids = [r.import_id for r in results if r.import_id is not None]
    write_setting(db, DEMO_KEY, json.dumps(ids))
    return results


def demo_import_ids(db: Database) -> list[int]:
    """The imports that brought the demo data, if they are still there."""
    saved = read_setting(db, DEMO_KEY)
    if not saved:
        return []
    present = {row["id"] for row in db.query(named_query("import_run", "import_ids")).to_pylist()}
    return [i for i in json.loads(saved) if i in present]


def is_empty(db: Database) -> bool:
    return not db.scalar(named_query("import_run", "import_count"))


def ensure_demo(db: Database) -> bool:
    """Load the demo data into a database that has never had an import; True if it did."""
    if not is_empty(db) or read_setting(db, DEMO_KEY) is not None:
        return False
    load_demo(db)
    return True


def remove_demo(db: Database) -> None:
    """Undo the demo imports, leaving the seller's own data."""
    for import_id in demo_import_ids(db):
        undo_import(db, import_id)
