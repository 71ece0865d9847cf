"""Order exports without tracking numbers join the tracked parcel of the same order,
in whichever order the files arrive, and never count a parcel twice (Amazon flat files)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from lossanalytics.importing import import_file, undo_import, writer
from lossanalytics.storage.db import Database

FIELDS = ("carrier", "mode", "service", "order_id", "marketplace", "dest_country", "status", "declared_value",
          "currency")
JOINED = {
    "01234567890123": ("DPD", "road", "Standard", "302-0000003-0000003", "Amazon.de", "DE", "in_transit", 30.0, "EUR"),
    "1Z999AA10000000002": ("UPS", "express", "Expedited", "111-0000002-0000002", "Amazon.com", "US", "in_transit",
                           40.5, "USD"),
    "ORDER 111-0000005-0000005": ("Unknown", "unknown", "Standard", "111-0000005-0000005", "Amazon.com", "US",
                                  "returned", 9.99, "USD"),
    "ORDER 203-0000004-0000004": ("Unknown", "unknown", "Standard", "203-0000004-0000004", "Amazon.co.uk", "GB",
                                  "cancelled", 12.0, "GBP"),
    "TBA123456789000": ("Amazon Logistics", "road", "Standard", "111-0000001-0000001", "Amazon.com", "US",
                        "in_transit", 19.99, "USD"),
}


def parcels(db: Database, columns: tuple[str, ...] = FIELDS) -> dict[str, tuple]:
    rows = db.query(f"SELECT tracking_number, {', '.join(columns)} FROM parcels ORDER BY 1").to_pylist()
    return {row.pop("tracking_number"): tuple(row.values()) for row in rows}


def test_all_orders_report_alone_keeps_orders_by_order_id(db: Database, fixtures: Path) -> None:
    result = import_file(db, fixtures / "amazon_all_orders.txt")
    assert (result.detected_format, result.kind, result.encoding) == ("amazon_all_orders", "orders", "cp1252")
    assert (result.rows_read, result.rows_stored, result.rows_rejected) == (6, 5, 0)
    stored = parcels(db, ("status", "declared_value", "marketplace"))
    assert stored == {
        "ORDER 111-0000001-0000001": ("in_transit", 19.99, "Amazon.com"),
        "ORDER 111-0000002-0000002": ("in_transit", 40.5, "Amazon.com"),  # two items, one order
        "ORDER 111-0000005-0000005": ("returned", 9.99, "Amazon.com"),
        "ORDER 203-0000004-0000004": ("cancelled", 12.0, "Amazon.co.uk"),
        "ORDER 302-0000003-0000003": ("in_transit", 30.0, "Amazon.de"),
    }


def test_fulfilled_shipments_join_the_orders_in_either_order(tmp_path: Path, fixtures: Path) -> None:
    results = {}
    for order in (("amazon_all_orders.txt", "amazon_fulfilled_shipments.txt"),
                  ("amazon_fulfilled_shipments.txt", "amazon_all_orders.txt")):
        db = Database(tmp_path / f"{order[0]}.duckdb")
        first, second = (import_file(db, fixtures / name) for name in order)
        results[order[0]] = (parcels(db), first, second)
        db.close()
    orders_first, tracking_first = results["amazon_all_orders.txt"], results["amazon_fulfilled_shipments.txt"]
    assert orders_first[0] == tracking_first[0] == JOINED
    shipments = orders_first[2]
    assert (shipments.detected_format, shipments.rows_read, shipments.rows_stored, shipments.rows_updated) == (
        "amazon_fulfilled_shipments", 4, 0, 3)
    orders = tracking_first[2]
    assert (orders.rows_read, orders.rows_stored, orders.rows_updated) == (6, 2, 3)


def test_shipment_dates_come_from_the_shipments_report(db: Database, fixtures: Path) -> None:
    import_file(db, fixtures / "amazon_all_orders.txt")
    import_file(db, fixtures / "amazon_fulfilled_shipments.txt")
    dates = parcels(db, ("ship_date", "estimated_delivery_date", "carrier_raw"))
    assert dates["TBA123456789000"] == (datetime(2026, 10, 2, 17), datetime(2026, 10, 6, 3), "AMZN_US")
    assert dates["01234567890123"] == (datetime(2026, 10, 3, 5, 30), datetime(2026, 10, 6, 16), "DPD")


def test_undoing_the_shipments_brings_the_orders_back(db: Database, fixtures: Path) -> None:
    import_file(db, fixtures / "amazon_all_orders.txt")
    before = db.query("SELECT * FROM parcels ORDER BY tracking_number")
    shipments = import_file(db, fixtures / "amazon_fulfilled_shipments.txt")
    assert db.scalar("SELECT count(*) FROM parcels") == 5
    assert undo_import(db, shipments.import_id) == 3
    assert db.query("SELECT * FROM parcels ORDER BY tracking_number").equals(before)


def test_a_tracking_update_keeps_the_order_facts(db: Database, fixtures: Path, tmp_path: Path) -> None:
    import_file(db, fixtures / "amazon_all_orders.txt")
    import_file(db, fixtures / "amazon_fulfilled_shipments.txt")
    update = tmp_path / "tracking.csv"
    update.write_text("Tracking Number,Status,Last Event Time\nTBA123456789000,Delivered,2026-10-04 15:00\n")
    result = import_file(db, update)
    assert (result.rows_stored, result.rows_updated) == (0, 1)
    assert parcels(db)["TBA123456789000"] == (
        "Amazon Logistics", "road", "Standard", "111-0000001-0000001", "Amazon.com", "US", "delivered", 19.99, "USD")
    assert parcels(db, ("delivered_date",))["TBA123456789000"] == (datetime(2026, 10, 4, 15),)
    assert db.scalar("SELECT count(*) FROM parcels") == 5


def test_a_tracking_file_with_order_numbers_replaces_the_order_only_parcel(db: Database, tmp_path: Path) -> None:
    orders = tmp_path / "orders.csv"
    orders.write_text("Order ID,Tracking Number,Order Value,Currency\nA-1,,25,EUR\nA-2,,30,EUR\n")
    tracking = tmp_path / "tracking.csv"
    tracking.write_text("Tracking Number,Order Number,Carrier,Status\nLX1CN,A-1,China Post,In Transit\n")
    import_file(db, orders)
    assert sorted(parcels(db, ("declared_value",))) == ["ORDER A-1", "ORDER A-2"]
    import_file(db, tracking)
    assert parcels(db, ("carrier", "status", "declared_value")) == {
        "LX1CN": ("China Post", "in_transit", 25.0), "ORDER A-2": ("Unknown", "unknown", 30.0),
    }


def _rebuild_everything(db: Database) -> None:
    """Re-derive every parcel from all its rows (the merge path), as an undo does."""
    from lossanalytics.importing.writer import drop_temp_tables, rebuild

    with db.transaction() as session:
        session.execute(
            "CREATE OR REPLACE TEMP TABLE touched_keys AS "
            "SELECT DISTINCT tracking_number, false AS is_new FROM parcel_rows"
        )
        session.run_script("import_affected")
        rebuild(session)
        drop_temp_tables(session)


def test_parcels_stored_straight_from_their_row_equal_the_merged_ones(tmp_path: Path, fixtures: Path) -> None:
    """A key new to the database, whose row is stored as its own parcel, reads exactly as
    the merge of its rows does, and no key is ever in parcels twice (nothing but
    construction enforces it)."""
    files = sorted(p for p in fixtures.iterdir() if p.is_file())
    for order in (files, files[::-1]):
        db = Database(tmp_path / f"all-{len(list(tmp_path.iterdir()))}.duckdb")
        try:
            for path in order:
                import_file(db, path)
                assert db.scalar("SELECT count(*) - count(DISTINCT tracking_number) FROM parcels") == 0, path
            stored = db.query("SELECT * FROM parcels ORDER BY tracking_number")
            assert stored.num_rows > 50
            assert db.scalar("SELECT count(*) FROM parcel_rows WHERE is_parcel") > 50
            _rebuild_everything(db)
            assert db.scalar("SELECT count(*) FROM parcel_rows WHERE is_parcel") == 0
            assert db.query("SELECT * FROM parcels ORDER BY tracking_number").equals(stored)
        finally:
            db.close()


def test_no_parcel_twice_through_imports_and_undos(db: Database, fixtures: Path) -> None:
    ids = []
    for name in ("amazon_all_orders.txt", "amazon_fulfilled_shipments.txt", "tracking_basic.csv",
                 "tracking_update_semicolon.csv", "amazon_all_orders.txt"):
        result = import_file(db, fixtures / name)
        ids.append(result.import_id)
        assert db.scalar("SELECT count(*) - count(DISTINCT tracking_number) FROM parcels") == 0
    for import_id in [i for i in ids if i is not None][::-1]:
        undo_import(db, import_id)
        assert db.scalar("SELECT count(*) - count(DISTINCT tracking_number) FROM parcels") == 0
    assert db.scalar("SELECT count(*) FROM parcels") == 0 and db.scalar("SELECT count(*) FROM parcel_rows") == 0


def test_parcels_merged_in_shares_of_one_row_are_the_same(tmp_path: Path, fixtures: Path, monkeypatch) -> None:
    monkeypatch.setattr(writer, "MERGE_ROWS", 1)  # every candidate row's key merged by a statement of its own
    db = Database(tmp_path / "shares.duckdb")
    first, second = (import_file(db, fixtures / name)
                     for name in ("amazon_all_orders.txt", "amazon_fulfilled_shipments.txt"))
    assert parcels(db) == JOINED
    assert (second.rows_read, second.rows_stored, second.rows_updated) == (4, 0, 3)
    assert db.query("SELECT count(*) AS n FROM parcels").to_pylist() == [{"n": 5}]


def test_merge_shares_hold_at_most_merge_rows() -> None:
    assert [writer.merge_batches(rows) for rows in (0, 1, 250_000, 250_001, 1_000_000)] == [1, 1, 1, 2, 4]
