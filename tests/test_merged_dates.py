"""A ship date from the order export and a delivery from the tracking export that, merged, put the
delivery before the shipping (DESIGN §3's merge, §12: nothing wrong gets in silently): whichever file
comes second warns of the parcel, naming its own row and column and the other file's row and date;
both dates are kept, and that transit time counts in no percentile and no lane's history."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from lossanalytics.analytics.lanes import lane_history
from lossanalytics.analytics.metrics import rates
from lossanalytics.analytics.overview import rejects
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.cli import main
from lossanalytics.importing import ImportResult, import_file, undo_import
from lossanalytics.importing.merged_dates import MergedDates
from lossanalytics.storage.db import Database
from lossanalytics.ui.seller_tables import rejects_table

ORDERS = """Order ID,Tracking Number,Carrier,Mode,Origin,Destination,Ship Date
O-1,BACKWARDS,UPS,express,CN,US,2026-03-10 10:00
O-2,OK-1,UPS,express,CN,US,2026-03-01 10:00
O-3,OK-2,UPS,express,CN,US,2026-03-01 10:00
O-4,SAME-DAY,UPS,express,CN,US,2026-03-02 15:00
"""
TRACKING = """Tracking Number,Carrier,Status,Last Event Time,Delivered Date
OK-1,UPS,Delivered,2026-03-04 10:00,2026-03-04 10:00
OK-2,UPS,Delivered,2026-03-06 10:00,2026-03-06 10:00
SAME-DAY,UPS,Delivered,,2026-03-02
BACKWARDS,UPS,Delivered,2026-03-03 09:00,2026-03-03 09:00
"""


def _import(db: Database, tmp_path: Path, first: str) -> ImportResult:
    files = {"orders.csv": ORDERS, "tracking.csv": TRACKING}
    second = next(name for name in files if name != first)
    results = []
    for name in (first, second):
        (tmp_path / name).write_text(files[name])
        results.append(import_file(db, tmp_path / name))
    assert [(r.outcome, r.rows_rejected) for r in results] == [("imported", 0), ("imported", 0)]
    assert (results[0].rows_warned, results[0].merged_dates) == (0, ())
    return results[1]


def _warnings(db: Database) -> list[dict[str, object]]:
    return db.query("SELECT import_id, source_row, column_name, severity, reason FROM rejects").to_pylist()


def test_tracking_after_orders_warns_of_the_delivery(db: Database, tmp_path: Path) -> None:
    result = _import(db, tmp_path, "orders.csv")
    assert (result.rows_warned, result.rows_to_check) == (0, 1)
    assert result.merged_dates == (MergedDates("BACKWARDS", 5, "2026-03-03 09:00", "orders.csv", 2, "2026-03-10 10:00",
                                               "reject.merged_delivered_before_shipped"),)
    assert _warnings(db) == [{"import_id": 2, "source_row": 5, "column_name": "Delivered Date",
                                 "severity": "warning", "reason": "reject.merged_delivered_before_shipped"}]
    assert result.merged_dates[0].words("en") == (
        "parcel BACKWARDS: delivered on 2026-03-03 09:00 in this row, before the ship date 2026-03-10 10:00 that "
        "orders.csv gives it in row 2; both dates are kept, but this transit time is left out of the transit times "
        "and of what is normal on the lane: check which date is wrong")
    assert result.merged_dates[0].words("zh").startswith(
        "包裹 BACKWARDS：本行的签收日期 2026-03-03 09:00 早于 orders.csv 第 2 行给出的发货日期 2026-03-10 10:00")


def test_orders_after_tracking_warns_of_the_ship_date(db: Database, tmp_path: Path) -> None:
    result = _import(db, tmp_path, "tracking.csv")
    assert (result.rows_warned, result.rows_to_check) == (0, 1)
    assert result.merged_dates == (MergedDates("BACKWARDS", 2, "2026-03-10 10:00", "tracking.csv", 5, "2026-03-03 09:00",
                                               "reject.merged_shipped_after_delivered"),)
    assert _warnings(db) == [{"import_id": 2, "source_row": 2, "column_name": "Ship Date",
                                 "severity": "warning", "reason": "reject.merged_shipped_after_delivered"}]


@pytest.mark.parametrize("first", ["orders.csv", "tracking.csv"])
def test_both_dates_kept_and_the_transit_left_out(db: Database, tmp_path: Path, first: str) -> None:
    _import(db, tmp_path, first)
    stored = db.query("SELECT ship_date, delivered_date FROM parcels WHERE tracking_number = 'BACKWARDS'").to_pylist()
    assert stored == [{"ship_date": datetime(2026, 3, 10, 10), "delivered_date": datetime(2026, 3, 3, 9)}]
    scope = AnalysisScope(date(2026, 3, 31), DetectionSettings())
    row = rates(db, "carrier", scope).iloc[0]
    # Delivered: OK-1 (3 days), OK-2 (5), SAME-DAY (0, dated that day without a time) and BACKWARDS (no transit).
    assert (int(row["delivered"]), row["transit_p50"], row["transit_p95"]) == (4, 3.0, pytest.approx(4.8))
    lanes = lane_history(db, scope.as_of).to_pylist()
    assert [(lane["lane_delivered"], lane["lane_transit_p95"]) for lane in lanes] == [(3, pytest.approx(4.8))]


def test_the_import_page_names_both_rows(db: Database, tmp_path: Path) -> None:
    result = _import(db, tmp_path, "orders.csv")
    assert result.import_id is not None
    shown = rejects_table(rejects(db, result.import_id), "en")
    assert shown.to_dict("records") == [{
        "file_name": "tracking.csv", "source_row": 5, "column_name": "Delivered Date", "value": "2026-03-03 09:00",
        "severity": "value kept, to check", "reason": result.merged_dates[0].words("en")}]


def test_one_row_with_both_dates_is_warned_once(db: Database, tmp_path: Path) -> None:
    """A tracking row that gives both dates was warned as it was read; a later order file that repeats
    the ship date does not warn again."""
    path = tmp_path / "tracking.csv"
    path.write_text("Tracking Number,Carrier,Status,Ship Date,Delivered Date\n"
                    "BACKWARDS,UPS,Delivered,2026-03-10 10:00,2026-03-03 09:00\n")
    first = import_file(db, path)
    assert (first.rows_warned, first.rows_to_check) == (0, 1)
    orders = tmp_path / "orders.csv"
    orders.write_text("Order ID,Tracking Number,Ship Date\nO-1,BACKWARDS,2026-03-10 10:00\n")
    result = import_file(db, orders)
    assert (result.rows_updated, result.rows_warned, result.rows_to_check, result.merged_dates) == (1, 0, 0, ())


def test_the_cli_says_it_per_parcel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "orders.csv").write_text(ORDERS)
    (tmp_path / "tracking.csv").write_text(TRACKING)
    database = str(tmp_path / "cli.duckdb")
    assert main(["--db", database, "import", str(tmp_path / "tracking.csv"), str(tmp_path / "orders.csv")]) == 0
    said = capsys.readouterr().out.splitlines()
    assert [line for line in said if "BACKWARDS" in line] == [
        "  row 2: parcel BACKWARDS: shipped on 2026-03-10 10:00 in this row, after the delivery on 2026-03-03 09:00 "
        "that tracking.csv gives it in row 5; both dates are kept, but this transit time is left out of the transit "
        "times and of what is normal on the lane: check which date is wrong"]


def _seller_warnings(db: Database) -> list[tuple[int, int, str, str]]:
    """Every warning as the Import page lists it per import: import, row, column and the words."""
    listed = []
    for import_id in db.query("SELECT id FROM imports ORDER BY id").column("id").to_pylist():
        shown = rejects_table(rejects(db, import_id), "en")
        listed += [(import_id, row["source_row"], row["column_name"], row["reason"]) for row in shown.to_dict("records")]
    return listed


@pytest.mark.parametrize("first", ["orders.csv", "tracking.csv"])
def test_undoing_the_other_file_takes_its_warning_away(db: Database, tmp_path: Path, first: str) -> None:
    """The later file's warning was about the earlier file's date: with that file undone, the parcel's
    dates agree again, and no import still warns of them."""
    result = _import(db, tmp_path, first)
    assert len(_seller_warnings(db)) == 1
    undo_import(db, 1)
    assert result.import_id == 2
    assert _seller_warnings(db) == []
    assert _warnings(db) == []


@pytest.mark.parametrize("first", ["orders.csv", "tracking.csv"])
def test_undoing_the_warned_file_takes_its_warning_away(db: Database, tmp_path: Path, first: str) -> None:
    _import(db, tmp_path, first)
    undo_import(db, 2)
    assert _warnings(db) == []


def test_a_warning_that_named_the_undone_file_names_the_file_that_still_gives_the_date(
        db: Database, tmp_path: Path) -> None:
    """Two order files give the same ship date; the tracking file's warning names the newer one. Undone,
    the conflict stays, told by the older file's row."""
    again = ORDERS.splitlines()[0] + "\nO-1,BACKWARDS,UPS,express,CN,US,2026-03-10 10:00\n"
    for name, text in (("orders.csv", ORDERS), ("orders_again.csv", again), ("tracking.csv", TRACKING)):
        (tmp_path / name).write_text(text)
        assert import_file(db, tmp_path / name).outcome == "imported"
    before = "that orders_again.csv gives it in row 2"
    assert [(w[:3], before in w[3]) for w in _seller_warnings(db)] == [((3, 5, "Delivered Date"), True)]
    undo_import(db, 2)
    assert _seller_warnings(db) == [(3, 5, "Delivered Date", MergedDates(
        "BACKWARDS", 5, "2026-03-03 09:00", "orders.csv", 2, "2026-03-10 10:00",
        "reject.merged_delivered_before_shipped").words("en"))]
