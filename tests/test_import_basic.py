"""The first importer: English headers, CSV and XLSX, updates, duplicates, rejects, undo."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from lossanalytics.importing import import_file, pipeline, undo_import
from lossanalytics.storage.db import Database
from lossanalytics.storage.integrity import table_checksums


def parcels(db: Database) -> dict[str, dict]:
    rows = db.query("SELECT * FROM parcels ORDER BY tracking_number").to_pylist()
    return {row["tracking_number"]: row for row in rows}


def test_csv_is_recognised_normalised_and_stored(db: Database, fixtures: Path) -> None:
    result = import_file(db, fixtures / "tracking_basic.csv")
    assert result.outcome == "imported"
    assert result.detected_format == "generic" and result.kind == "tracking"
    assert (result.rows_read, result.rows_stored, result.rows_updated, result.rows_rejected) == (5, 4, 0, 1)
    assert result.rows_warned == 1  # "not a date"; the unreadable weight sits on the rejected row
    stored = parcels(db)
    assert sorted(stored) == ["1Z999AA10123456784", "9400100000000000000001", "LX123456789CN", "YT2600000001"]
    ups = stored["1Z999AA10123456784"]
    assert (ups["carrier"], ups["mode"], ups["status"], ups["dest_country"]) == ("UPS", "express", "delivered", "US")
    assert ups["declared_value"] == 120.5 and ups["currency"] == "USD" and ups["weight_kg"] == 1.2
    assert stored["LX123456789CN"]["mode"] == "postal"
    yun = stored["YT2600000001"]
    assert (yun["carrier"], yun["mode"], yun["status"], yun["ship_date"]) == ("YunExpress", "air", "exception", None)


def test_rejects_name_row_and_column(db: Database, fixtures: Path) -> None:
    result = import_file(db, fixtures / "tracking_basic.csv")
    rejects = db.query(
        "SELECT source_row, column_name, value, severity, reason FROM rejects WHERE import_id = $id ORDER BY source_row",
        {"id": result.import_id},
    ).to_pylist()
    assert rejects == [
        {"source_row": 4, "column_name": "Tracking Number", "value": None, "severity": "rejected",
         "reason": "reject.missing_tracking_number"},
        {"source_row": 5, "column_name": "Ship Date", "value": "not a date", "severity": "warning",
         "reason": "reject.bad_date"},
    ]


def test_same_file_twice_changes_nothing(db: Database, fixtures: Path) -> None:
    import_file(db, fixtures / "tracking_basic.csv")
    before = db.query("SELECT * FROM parcels ORDER BY tracking_number")
    again = import_file(db, fixtures / "tracking_basic.csv")
    assert again.outcome == "duplicate" and again.previous_import_at is not None
    assert db.query("SELECT * FROM parcels ORDER BY tracking_number").equals(before)
    assert db.scalar("SELECT count(*) FROM imports") == 1


def test_newer_row_updates_and_keeps_other_fields(db: Database, fixtures: Path) -> None:
    import_file(db, fixtures / "tracking_basic.csv")
    update = import_file(db, fixtures / "tracking_update_semicolon.csv")
    assert (update.rows_read, update.rows_stored, update.rows_updated) == (1, 0, 1)
    parcel = parcels(db)["LX123456789CN"]
    assert parcel["status"] == "delivered"
    assert parcel["carrier"] == "China Post" and parcel["declared_value"] == 35.0
    assert parcel["weight_kg"] == pytest.approx(0.4)  # grams converted; the newest row wins
    assert db.scalar("SELECT count(*) FROM parcels") == 4


def test_undo_restores_the_previous_state(db: Database, fixtures: Path) -> None:
    import_file(db, fixtures / "tracking_basic.csv")
    before = db.query("SELECT * FROM parcels ORDER BY tracking_number")
    update = import_file(db, fixtures / "tracking_update_semicolon.csv")
    assert undo_import(db, update.import_id) == 1
    assert db.query("SELECT * FROM parcels ORDER BY tracking_number").equals(before)


def test_xlsx_with_title_rows(db: Database, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Export"
    sheet.append(["Exported on 2026-11-20"])
    sheet.append([])
    sheet.append(["Tracking No", "Courier", "Destination", "Shipped Date", "Delivery Status", "Value"])
    sheet.append(["00340434161234567890", "DHL", "Germany", "2026-11-01", "Delivered", 59.9])
    sheet.append(["1234567890", "fedex", "FRA", "2026-11-02", "in transit", "1,250.00"])
    path = tmp_path / "export.xlsx"
    workbook.save(path)
    result = import_file(db, path, "my export.xlsx")
    assert result.outcome == "imported" and result.sheet == "Export"
    assert (result.rows_read, result.rows_stored) == (2, 2)
    stored = parcels(db)
    assert (stored["00340434161234567890"]["carrier"], stored["00340434161234567890"]["dest_country"]) == ("DHL Express", "DE")
    assert stored["1234567890"]["declared_value"] == 1250.0 and stored["1234567890"]["dest_country"] == "FR"
    assert db.scalar("SELECT file_name FROM imports") == "my export.xlsx"


def test_unreadable_file_leaves_database_untouched(db: Database, fixtures: Path, tmp_path: Path) -> None:
    import_file(db, fixtures / "tracking_basic.csv")
    before = db.query("SELECT * FROM parcels ORDER BY tracking_number")
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"\x00\x01\x02binary\x00" * 100)
    result = import_file(db, junk)
    assert result.outcome == "failed" and "junk.csv" in result.problem.message("en")
    unknown = tmp_path / "other.csv"
    unknown.write_text("name,price\nshirt,10\n")
    result = import_file(db, unknown)
    assert result.outcome == "failed" and "name, price" in result.problem.message("en")
    assert "运单号" in result.problem.message("zh")
    assert db.query("SELECT * FROM parcels ORDER BY tracking_number").equals(before)
    assert db.scalar("SELECT count(*) FROM imports") == 1


def _old_schema(keyed: bool) -> str:
    """schema.sql as older versions had it: parcels a table (once keyed), parcel rows
    without is_parcel, the parcel_* fields and provenance."""
    from lossanalytics.storage.sql_text import load_sql

    schema = load_sql("schema")
    schema = schema.replace("CREATE TABLE IF NOT EXISTS merged_parcels (", "CREATE TABLE IF NOT EXISTS parcels (")
    schema = re.sub(r"-- The row is its parcel.*?parcel_delivered_date TIMESTAMP;", "", schema, flags=re.S)
    schema = re.sub(r"-- Provenance.*?mode_source VARCHAR;", "", schema, flags=re.S)
    schema = re.sub(r"ALTER TABLE merged_parcels ADD COLUMN[^;]*;", "", schema)
    if keyed:
        schema = schema.replace("CREATE TABLE IF NOT EXISTS parcels (\n    tracking_number         VARCHAR NOT NULL",
                                "CREATE TABLE IF NOT EXISTS parcels (\n    tracking_number         VARCHAR PRIMARY KEY")
    return schema


@pytest.mark.parametrize("keyed", [True, False], ids=["with a key", "without a key"])
def test_a_database_of_an_older_version_opens_with_its_parcels(tmp_path: Path, fixtures: Path, keyed: bool) -> None:
    """Older versions kept parcels in a table (once with a primary key); opening such a
    file moves them behind the view, keeping their data, and imports go on."""
    import duckdb

    old_schema = _old_schema(keyed)
    assert "is_parcel" not in old_schema and "parcel_status " not in old_schema and "merged_parcels" not in old_schema
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute(old_schema)
        con.execute("INSERT INTO parcels (tracking_number, carrier, mode, status, import_id, source_row) "
                    "VALUES ('OLD1', 'UPS', 'express', 'delivered', 1, 2)")
        assert con.execute("SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'parcels' "
                           "AND constraint_type = 'PRIMARY KEY'").fetchone()[0] == int(keyed)
    db = Database(path)
    try:
        assert db.scalar("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'parcels'") == 0
        assert db.query("SELECT tracking_number, carrier, status FROM parcels").to_pylist() == [
            {"tracking_number": "OLD1", "carrier": "UPS", "status": "delivered"}]
        assert import_file(db, fixtures / "tracking_basic.csv").rows_stored == 4
        assert db.scalar("SELECT count(*) FROM parcels") == 5
    finally:
        db.close()
    Database(path).close()  # opens again without migrating twice


def test_an_unexpected_failure_is_one_message_and_changes_nothing(
    db: Database, fixtures: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_file(db, fixtures / "tracking_basic.csv")
    before = {name: value for name, value in table_checksums(db).items() if not name.startswith("sequence:")}

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug in the importer")

    monkeypatch.setattr(pipeline, "record_rejects", broken)
    result = import_file(db, fixtures / "messy_orders.csv")
    assert result.outcome == "failed"
    assert result.problem.message("en") == (
        "messy_orders.csv: the file could not be imported because of an unexpected problem (a bug in the importer). "
        "Nothing was changed. Please report this with the file."
    )
    after = {name: value for name, value in table_checksums(db).items() if not name.startswith("sequence:")}
    assert after == before


def test_replacing_an_import_is_all_or_nothing(db: Database, fixtures: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def facts() -> dict[str, dict]:
        return {key: {k: v for k, v in row.items() if k != "import_id"} for key, row in parcels(db).items()}

    first = import_file(db, fixtures / "tracking_basic.csv")
    stored = facts()
    again = import_file(db, fixtures / "tracking_basic.csv", replaces=first.import_id)
    assert again.outcome == "imported" and again.import_id != first.import_id
    assert db.scalar("SELECT count(*) FROM imports") == 1 and facts() == stored

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug in the importer")

    monkeypatch.setattr(pipeline, "record_rejects", broken)
    failed = import_file(db, fixtures / "tracking_basic.csv", replaces=again.import_id)
    assert failed.outcome == "failed"
    assert db.scalar("SELECT id FROM imports") == again.import_id and facts() == stored
