"""Headers by meaning (issue 11, item 3): units, currencies and time zones written in
headers; header names in other languages; platforms recognised by their values when
their columns are renamed; the columns a file had that nothing read."""

from __future__ import annotations

from pathlib import Path

import pytest

from lossanalytics.cli import main
from lossanalytics.i18n import t
from lossanalytics.importing import import_file
from lossanalytics.importing.catalogue import DIALECTS
from lossanalytics.importing.dialects import recognise
from lossanalytics.importing.headers import HeaderReading, read_header
from lossanalytics.storage.db import Database
from lossanalytics.ui.seller_tables import mapping_table, results_table


@pytest.mark.parametrize(("header", "expected"), [
    ("Declared Value (EUR)", HeaderReading("Declared Value", currency="EUR")),
    ("申报价值(USD)", HeaderReading("申报价值", currency="USD")),
    ("Value [GBP]", HeaderReading("Value", currency="GBP")),
    ("Price in €", HeaderReading("Price", currency="EUR")),
    ("Order total (JPY)", HeaderReading("Order total", currency="JPY")),
    ("Order Total USD", HeaderReading("Order Total", currency="USD")),
    ("Amount $", HeaderReading("Amount", currency="USD")),
    ("Weight (lb)", HeaderReading("Weight", weight_unit="lb")),
    ("重量(克)", HeaderReading("重量", weight_unit="g")),
    ("重量千克", HeaderReading("重量", weight_unit="kg")),
    ("Gewicht in kg", HeaderReading("Gewicht", weight_unit="kg")),
    ("Ship Date (UTC+8)", HeaderReading("Ship Date", time_zone="+08:00", utc_offset_minutes=480, zone_text="UTC+8")),
    ("Date (GMT-05:30)", HeaderReading("Date", time_zone="-05:30", utc_offset_minutes=-330, zone_text="GMT-05:30")),
    ("发货时间(北京时间)", HeaderReading("发货时间", time_zone="Asia/Shanghai", zone_text="北京时间")),
    ("Delivered (Europe/Berlin)", HeaderReading("Delivered", time_zone="Europe/Berlin", zone_text="Europe/Berlin")),
    ("Ship time (JST)", HeaderReading("Ship time", time_zone="Asia/Tokyo", zone_text="JST")),
    # CST is China's or the US Central time: recorded, not applied.
    ("Ship Date (CST)", HeaderReading("Ship Date", zone_text="CST")),
    # Lower case or unbracketed "est" is an estimate, not US Eastern time.
    ("Delivery est", HeaderReading("Delivery est")),
    ("Delivery (Est.)", HeaderReading("Delivery (Est.)")),
    ("Value (declared)", HeaderReading("Value (declared)")),
    ("Tracking No.", HeaderReading("Tracking No.")),
])
def test_read_header(header: str, expected: HeaderReading) -> None:
    assert read_header(header) == expected


def _import(db: Database, tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = import_file(db, path)
    assert result.outcome == "imported", result.problem and result.problem.message("en")
    return result


def test_currency_unit_and_zone_from_headers(db: Database, tmp_path: Path) -> None:
    result = _import(db, tmp_path, "orders.csv",
                     "Tracking Number,Dispatch Date (UTC+8),Declared Value (EUR),Weight (lb),Notes,,Status\n"
                     "AB1,2026-10-01 10:00,12.5,2,fragile,,Delivered\n"
                     "AB2,2026-10-02,3,1.5,,x,In transit\n")
    assert result.mapping == {"tracking_number": "Tracking Number", "ship_date": "Dispatch Date (UTC+8)",
                              "declared_value": "Declared Value (EUR)", "weight": "Weight (lb)", "status": "Status"}
    assert result.unused_columns == ["Notes", "#6"]
    assert result.from_header == {
        "declared_value": {"currency": "EUR"}, "currency": {"currency": "EUR"}, "weight": {"weight_unit": "lb"},
        "ship_date": {"zone": "UTC+8", "zone_applied": "yes"},
    }
    rows = db.query("SELECT tracking_number, CAST(ship_date AS VARCHAR) AS ship, declared_value, currency, weight_kg "
                    "FROM parcels ORDER BY 1").to_pylist()
    # 10:00 in UTC+8 is 02:00 UTC; a date without a time of day stays that day.
    assert [tuple(r.values()) for r in rows] == [
        ("AB1", "2026-10-01 02:00:00", 12.5, "EUR", 0.907185),
        ("AB2", "2026-10-02 00:00:00", 3.0, "EUR", 0.680389),
    ]


def test_currency_column_wins_over_header_and_named_zones(db: Database, tmp_path: Path) -> None:
    result = _import(db, tmp_path, "erp.csv",
                     "运单号,发货时间(北京时间),申报价值(USD),重量(克),币种\n"
                     "YT1,2026-10-01 10:00:00,10,500,EUR\n"
                     "YT2,2026-10-01,20,250,\n")
    assert (result.detected_format, result.confidence, result.unused_columns) == ("chinese_erp", 1.0, [])
    later = _import(db, tmp_path, "scans.csv",
                    "Tracking Number,Delivered Date (Europe/Berlin),Last event time (CST)\n"
                    "YT1,2026-07-03 12:00,2026-10-05 08:00\n"
                    "YT3,2026-07-04 09:30:00+00:00,2026-10-05\n")
    assert later.from_header == {"delivered_date": {"zone": "Europe/Berlin", "zone_applied": "yes"},
                                 "last_event_time": {"zone": "CST", "zone_applied": "no"}}
    rows = db.query("SELECT tracking_number, CAST(ship_date AS VARCHAR) AS ship, currency, weight_kg, "
                    "CAST(delivered_date AS VARCHAR) AS delivered, CAST(last_event_time AS VARCHAR) AS last "
                    "FROM parcels ORDER BY 1").to_pylist()
    assert [tuple(r.values()) for r in rows] == [
        # Berlin is two hours ahead of UTC in July; a time with its own offset keeps it.
        ("YT1", "2026-10-01 02:00:00", "EUR", 0.5, "2026-07-03 10:00:00", "2026-10-05 08:00:00"),
        ("YT2", "2026-10-01 00:00:00", "USD", 0.25, None, None),
        ("YT3", None, None, None, "2026-07-04 09:30:00", "2026-10-05 00:00:00"),
    ]


@pytest.mark.parametrize(("header", "field"), [
    ("Sendungsnummer", "tracking_number"), ("Numéro de suivi", "tracking_number"),
    ("Número de seguimiento", "tracking_number"), ("Numer przesyłki", "tracking_number"),
    ("追跡番号", "tracking_number"), ("Versanddatum", "ship_date"), ("Despatch date", "ship_date"),
    ("Posting date", "ship_date"), ("Shipped On", "ship_date"), ("Data de envio", "ship_date"),
    ("発送日", "ship_date"), ("Sub-status", "substatus"), ("Subtag", "substatus"), ("Latest event", "last_event_text"),
    ("Versanddienstleister", "carrier"), ("Transportista", "carrier"), ("Vervoerder", "carrier"),
    ("Przewoźnik", "carrier"), ("配送業者", "carrier"), ("Valeur déclarée (EUR)", "declared_value"),
    ("Gewicht in kg", "weight"), ("Zielland", "dest_country"), ("Stato", "status"), ("Währung", "currency"),
])
def test_header_names_in_other_languages(header: str, field: str) -> None:
    found = recognise(["Tracking Number", header] if field != "tracking_number" else [header, "Status"], DIALECTS)
    assert found is not None and found.mapping[field] == (0 if field == "tracking_number" else 1)


AFTERSHIP_RENAMED = ("Tracking Number,Carrier,Shipment Status,Sub-status,Latest event\n"
                     "1Z001,ups,Exception,Exception_011,Returned to shipper\n"
                     "1Z002,ups,InTransit,InTransit_001,Departed facility\n")
SEVENTEEN_RENAMED = ("Tracking Number,Carrier,Shipment Status,Sub-status,Latest event\n"
                     "LX001CN,China Post,Exception,Exception_Returned,Returned\n"
                     "LX002CN,China Post,InTransit,InTransit_PickedUp,Picked up\n")


@pytest.mark.parametrize(("text", "dialect", "confidence"), [
    (AFTERSHIP_RENAMED, "aftership", 1.0),
    (SEVENTEEN_RENAMED, "17track", 1.0),
])
def test_platform_recognised_by_its_values_when_columns_are_renamed(
    db: Database, tmp_path: Path, text: str, dialect: str, confidence: float
) -> None:
    result = _import(db, tmp_path, "export.csv", text)
    assert (result.detected_format, result.confidence) == (dialect, confidence)
    statuses = db.query("SELECT tracking_number, status FROM parcels ORDER BY 1").to_pylist()
    assert [r["status"] for r in statuses] == ["returned", "in_transit"]


def test_recognition_confidence_and_evidence() -> None:
    rows = [["1Z001", "ups", "Exception", "Exception_011"]]
    headers = ["Tracking Number", "Carrier", "Status", "Sub-status"]
    found = recognise(headers, DIALECTS, rows)
    assert (found.dialect.name, found.evidence, found.confidence) == ("aftership", 6, 1.0)
    # Without the values nothing tells AfterShip from 17TRACK: the higher priority wins, less sure.
    bare = recognise(headers, DIALECTS)
    assert (bare.dialect.name, bare.evidence, bare.confidence) == ("aftership", 4, 0.6)
    # Two of five named columns read by the generic format, which has no telltales.
    generic = recognise(["Tracking Number", "Status", "Colour", "Size", "Notes"], DIALECTS)
    assert (generic.dialect.name, generic.confidence) == ("generic", 0.4)


def test_generic_reader_keeps_sub_status_codes(db: Database, tmp_path: Path) -> None:
    _import(db, tmp_path, "plain.csv", "Tracking Number,Status,Sub-status,Colour\nAB1,Exception,Exception_013,red\n")
    assert db.query("SELECT status FROM parcels").to_pylist() == [{"status": "lost"}]


def test_cli_lists_confidence_and_unused_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "orders.csv"
    path.write_text("Tracking Number,Status,Colour\nAB1,Delivered,red\n", encoding="utf-8")
    assert main(["--db", str(tmp_path / "cli.duckdb"), "import", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:] == [
        "  " + t("import.recognised_with", "en", format=t("format.generic", "en"), confidence="67%"),
        "  " + t("ui.import.unused_columns", "en", count=1, columns="Colour"),
    ]


def test_import_tables_show_confidence_and_what_headers_said(db: Database, tmp_path: Path) -> None:
    result = _import(db, tmp_path, "values.csv",
                     "Tracking Number,Declared Value (EUR),Currency,Weight (lb)\nAB1,10,,1\n")
    table = results_table([result], "zh")
    assert table.iloc[0][t("ui.col.recognised_with", "zh")] == "100%"
    mapping = mapping_table(result, "en")
    assert mapping[t("ui.col.header_says", "en")].tolist() == [
        "", t("ui.import.header.currency_column_wins", "en", currency="EUR"), "",
        t("ui.import.header.weight_unit", "en", unit="lb"),
    ]


def test_a_fallback_column_fills_the_rows_its_field_leaves_empty(db: Database, tmp_path: Path) -> None:
    # The truck-trips data set (catalogue/datasets.py): a trip with no actual arrival time but a recorded
    # end ended then; a trip with both arrived when its arrival says; a bad arrival is not replaced.
    result = _import(db, tmp_path, "trips.csv",
                     "GpsProvider,BookingID,Origin_Location,Destination_Location,trip_start_date,Planned_ETA,"
                     "actual_eta,trip_end_date,supplierNameCode\n"
                     "G,TRIP1,Pune,Delhi,2020-08-01 10:00,2020-08-04 10:00,,2020-08-05 09:30,VIJAY TRANSPORT\n"
                     "G,TRIP2,Pune,Delhi,2020-08-01 10:00,2020-08-04 10:00,2020-08-03 18:00,2020-08-03 17:00,VIJAY TRANSPORT\n"
                     "G,TRIP3,Pune,Delhi,2020-08-01 10:00,2020-08-04 10:00,,,VIJAY TRANSPORT\n"
                     "G,TRIP4,Pune,Delhi,2020-08-01 10:00,2020-08-04 10:00,soon,2020-08-05 09:30,VIJAY TRANSPORT\n")
    assert result.detected_format == "truck_trips"
    assert "trip_end_date" not in result.unused_columns
    rows = db.query("SELECT tracking_number, CAST(delivered_date AS VARCHAR) AS delivered, status FROM parcels "
                    "ORDER BY tracking_number").to_pylist()
    assert [tuple(r.values()) for r in rows] == [
        ("TRIP1", "2020-08-05 09:30:00", "delivered"), ("TRIP2", "2020-08-03 18:00:00", "delivered"),
        ("TRIP3", None, "unknown"), ("TRIP4", None, "unknown")]
    assert result.rows_warned == 1


def test_rows_that_repeat_a_parcel_of_the_file_are_counted_and_said(db: Database, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    text = ("Tracking Number,Carrier,Status\nRM1,Royal Mail,In transit\nRM2,Royal Mail,In transit\n"
            "RM1,Royal Mail,Delivered\nRM1,Royal Mail,Delivered\n")
    result = _import(db, tmp_path, "twice.csv", text)
    assert (result.rows_read, result.rows_stored, result.rows_updated, result.rows_merged) == (4, 2, 0, 2)
    assert _import(db, tmp_path, "once.csv", "Tracking Number,Carrier,Status\nRM3,Royal Mail,Delivered\n").rows_merged == 0
    path = tmp_path / "again.csv"
    path.write_text(text.replace("RM", "GB"), encoding="utf-8")
    assert main(["--db", str(tmp_path / "cli.duckdb"), "import", str(path)]) == 0
    assert "  " + t("ui.import.rows_merged", "en", count="2") in capsys.readouterr().out.splitlines()
