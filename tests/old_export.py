"""An export three weeks old, for tests of claim deadlines counted from the real today.

Its newest scan is AS_OF, and the real day is TODAY, 21 days later. Parcel 1Z001 (UPS,
express, shipped 2025-05-01 with no expected delivery date, silent since 2025-05-03) is
suspected lost as of AS_OF; UPS wants a loss reported within 60 days of the ship date, so
its claim deadline is 2025-06-30: 10 days after AS_OF, 11 days before TODAY. Parcel LC003
(a local road carrier, within the US) is suspected lost too, but no rule sets its deadline;
its status was read from the latest event, whose text starts like a formula.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from lossanalytics.importing import import_paths
from lossanalytics.storage.db import Database

AS_OF = date(2025, 6, 20)
TODAY = date(2025, 7, 11)
DEADLINE = date(2025, 6, 30)
CSV = (
    "Tracking Number,Order ID,Carrier,Mode,Origin,Destination,Ship Date,Status,Last Event Time,Last Event,Value,"
    "Currency\n"
    '1Z001,"=HYPERLINK(""x"")",UPS,express,CN,US,2025-05-01,In Transit,2025-05-03,Departed from facility,40,USD\n'
    "1Z002,O-2,UPS,express,CN,US,2025-06-15,Delivered,2025-06-20,Delivered,25,USD\n"
    "LC003,O-3,LocalCo,road,US,US,2025-05-10,,2025-05-12,-Left the depot,15,USD\n"
)


def old_export_db(folder: Path) -> Path:
    """A database at `folder`/old.duckdb holding the export above."""
    source = folder / "old-export.csv"
    source.write_text(CSV, encoding="utf-8")
    path = folder / "old.duckdb"
    db = Database(path)
    try:
        results = import_paths(db, [source])
        assert [r.outcome for r in results] == ["imported"], [r.problem for r in results]
    finally:
        db.close()
    return path
