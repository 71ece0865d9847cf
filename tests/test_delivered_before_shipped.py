"""A parcel delivered, or last scanned, before it was shipped (DESIGN §12: nothing wrong gets in
silently): the import names the file, row and column, and its impossible transit time counts in no
transit percentile and no lane's history."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from lossanalytics.analytics.lanes import lane_history
from lossanalytics.analytics.metrics import rates
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database

HEADER = "Tracking Number,Carrier,Mode,Origin,Destination,Ship Date,Status,Last Event Time,Delivered Date\n"
ROWS = [
    "OK-1,UPS,express,CN,US,2026-03-01 10:00,Delivered,2026-03-04 10:00,2026-03-04 10:00",  # 3 days
    "OK-2,UPS,express,CN,US,2026-03-01 10:00,Delivered,2026-03-06 10:00,2026-03-06 10:00",  # 5 days
    "SAME-DAY,UPS,express,CN,US,2026-03-02 15:00,Delivered,,2026-03-02",          # that day, no time: 0 days
    "BACKWARDS,UPS,express,CN,US,2026-03-10 10:00,Delivered,2026-03-10 11:00,2026-03-03 09:00",
    "EARLY-SCAN,UPS,express,CN,US,2026-03-10 10:00,In Transit,2026-03-09 08:00,",
]


@pytest.fixture
def imported(db: Database, tmp_path: Path) -> tuple[Database, int]:
    path = tmp_path / "dates.csv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n")
    result = import_file(db, path)
    assert (result.rows_stored, result.rows_rejected, result.rows_warned, result.rows_to_check) == (5, 0, 0, 2)
    return db, result.import_id


def test_the_import_names_row_and_column(imported: tuple[Database, int]) -> None:
    db, import_id = imported
    warned = db.query(
        "SELECT source_row, column_name, value, severity, reason FROM rejects WHERE import_id = $id ORDER BY source_row",
        {"id": import_id},
    ).to_pylist()
    assert warned == [
        {"source_row": 5, "column_name": "Delivered Date", "value": "2026-03-03 09:00", "severity": "warning",
         "reason": "reject.delivered_before_shipped"},
        {"source_row": 6, "column_name": "Last Event Time", "value": "2026-03-09 08:00", "severity": "warning",
         "reason": "reject.scanned_before_shipped"},
    ]
    # The dates are kept as exported: which of the two is wrong, only the seller can tell.
    stored = db.query("SELECT tracking_number, delivered_date, last_event_time FROM parcels").to_pylist()
    dates = {row["tracking_number"]: (row["delivered_date"], row["last_event_time"]) for row in stored}
    assert dates["BACKWARDS"] == (datetime(2026, 3, 3, 9), datetime(2026, 3, 10, 11))
    assert dates["EARLY-SCAN"] == (None, datetime(2026, 3, 9, 8))


def test_impossible_transit_times_are_left_out(imported: tuple[Database, int]) -> None:
    db, _ = imported
    scope = AnalysisScope(date(2026, 3, 31), DetectionSettings())
    row = rates(db, "carrier", scope).iloc[0]
    # Delivered: OK-1 (3 days), OK-2 (5), SAME-DAY (0) and BACKWARDS, which counts as delivered
    # but gives no transit time: p50 of 0, 3, 5.
    assert (int(row["delivered"]), row["transit_p50"], row["transit_p95"]) == (4, 3.0, pytest.approx(4.8))
    lanes = lane_history(db, scope.as_of).to_pylist()
    assert [(lane["lane_delivered"], lane["lane_transit_p95"]) for lane in lanes] == [(3, pytest.approx(4.8))]
