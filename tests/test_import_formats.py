"""Every built-in export format, recognised from its header and read into exact parcels."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database

COLUMNS = ("carrier", "mode", "status", "origin_country", "dest_country")


def parcels(db: Database, *columns: str) -> dict[str, tuple]:
    rows = db.query(f"SELECT tracking_number, {', '.join(columns)} FROM parcels ORDER BY 1").to_pylist()
    return {row.pop("tracking_number"): tuple(row.values()) for row in rows}


def rejects(db: Database, import_id: int) -> list[tuple]:
    rows = db.query(
        "SELECT source_row, column_name, value, severity, reason FROM rejects WHERE import_id = $id ORDER BY 1, 2",
        {"id": import_id},
    ).to_pylist()
    return [tuple(row.values()) for row in rows]


def test_aftership_slugs_alpha3_tags_and_subtags(db: Database, fixtures: Path) -> None:
    result = import_file(db, fixtures / "aftership_export.csv")
    assert (result.detected_format, result.kind, result.rows_read, result.rows_stored) == ("aftership", "tracking", 6, 6)
    assert result.rows_warned == 0 and result.mapping["substatus"] == "subtag"
    assert parcels(db, *COLUMNS) == {
        "1234567890": ("DHL Express", "express", "expired", "CN", "JP"),
        "1Z999AA10100000001": ("UPS", "express", "delivered", "CN", "US"),
        "9400100000000000000100": ("USPS", "postal", "in_transit", "US", "US"),
        "EA100000002CN": ("EMS", "express", "damaged", "CN", "FR"),
        "LX100000001CN": ("China Post", "postal", "lost", "CN", "GB"),
        "YT2600000100": ("YunExpress", "air", "returned", "CN", "DE"),
    }
    ups = parcels(db, "ship_date", "delivered_date", "weight_kg", "status_raw")["1Z999AA10100000001"]
    # Offsets become UTC; 2 lb become kilograms.
    assert ups == (datetime(2026, 10, 1, 0, 0), datetime(2026, 10, 6, 18, 30), pytest.approx(0.90718474),
                   "Delivered / Delivered_001")
    weights = parcels(db, "weight_kg")
    assert weights["EA100000002CN"] == (pytest.approx(0.226796185),) and weights["LX100000001CN"] == (0.5,)


def test_17track_main_and_sub_status(db: Database, fixtures: Path) -> None:
    result = import_file(db, fixtures / "17track_export.csv")
    assert (result.detected_format, result.rows_stored, result.rows_warned) == ("17track", 7, 0)  # NotFound is no problem
    assert {k: v[0] for k, v in parcels(db, "status").items()} == {
        "UH000000001CN": "lost", "UH000000002CN": "returned", "UH000000003CN": "unknown",
        "YT2600000200": "delivery_failed", "YT2600000201": "available_for_pickup", "YT2600000202": "delivered",
        "YT2600000203": "expired",
    }
    assert parcels(db, "order_id", "dest_country")["UH000000002CN"] == ("A-2", "CA")


def test_shipstation_json_with_its_own_carrier_codes(db: Database, fixtures: Path) -> None:
    result = import_file(db, fixtures / "shipstation_shipments.json")
    assert (result.detected_format, result.kind, result.rows_stored) == ("shipstation", "orders", 3)
    assert parcels(db, "carrier", "service", "mode", "status", "dest_country", "order_id") == {
        "1Z999AA10200000002": ("UPS", "ups_ground", "road", "cancelled", "US", "SS-1002"),
        "794600000003": ("FedEx", "fedex_international_priority", "express", "info_received", "CA", "SS-1003"),
        "9400111899223300000001": ("USPS", "usps_priority_mail", "postal", "info_received", "US", "SS-1001"),
    }
    weights = {k: v[0] for k, v in parcels(db, "weight_kg").items()}  # ounces, pounds, grams per row
    assert weights == {"1Z999AA10200000002": pytest.approx(0.90718474), "794600000003": 1.5,
                       "9400111899223300000001": pytest.approx(0.3401942775)}
    assert parcels(db, "insured_value")["794600000003"] == (120.0,)


def test_shippo_statuses_substatus_and_mass_units(db: Database, fixtures: Path) -> None:
    result = import_file(db, fixtures / "shippo_tracks.csv")
    assert (result.detected_format, result.rows_stored) == ("shippo", 5)
    assert parcels(db, "carrier", "mode", "status", "weight_kg") == {
        "1234500006": ("DHL Express", "express", "returned", 0.8),
        "1Z999AA10300000003": ("UPS", "road", "in_transit", pytest.approx(1.36077711)),
        "7000000000000000007": ("Canada Post", "postal", "lost", 2.0),  # FAILURE + package_lost
        "794600000004": ("FedEx", "express", "delivered", 1.2),
        "9205590164917312751089": ("USPS", "postal", "info_received", pytest.approx(0.28349523125)),
    }


def test_parcellab_courier_and_status_codes(db: Database, fixtures: Path) -> None:
    result = import_file(db, fixtures / "parcellab_export.csv")
    assert (result.detected_format, result.rows_stored, result.rows_warned) == ("parcellab", 5, 0)
    assert parcels(db, "carrier", "status", "dest_country") == {
        "00340434200000000001": ("Deutsche Post DHL", "delivered", "DE"),
        "00340434200000000005": ("Deutsche Post DHL", "in_transit", "CH"),
        "01300000000003": ("DPD", "delivery_failed", "AT"),
        "1000000000004": ("Austrian Post", "info_received", "AT"),
        "H1000000000000000002": ("Hermes", "available_for_pickup", "DE"),
    }


def test_chinese_erp_in_gb18030(db: Database, fixtures: Path) -> None:
    result = import_file(db, fixtures / "chinese_erp_gbk.csv")
    assert (result.detected_format, result.encoding, result.rows_read, result.rows_stored) == (
        "chinese_erp", "gb18030", 6, 6)
    assert result.rows_rejected == 0 and result.rows_warned == 0 and result.notes["weight"] == "g"
    assert parcels(db, "carrier", "mode", "status", "dest_country", "weight_kg", "declared_value", "currency") == {
        "1234509876": ("DHL Express", "express", "exception", "AU", 2.0, 150.0, "USD"),
        "LK123456789CN": ("China Post", "postal", "lost", "DE", 0.5, 30.0, "EUR"),
        # No tracking number yet: kept under its order number until one arrives.
        "ORDER SO-006": ("YunExpress", "air", "unknown", "FR", 0.3, 20.0, "EUR"),
        "SF1234567890123": ("SF Express", "express", "out_for_delivery", "JP", 1.2, 88.0, "CNY"),
        "UG123456789CN": ("Yanwen", "postal", "in_transit", "GB", 0.12, 12.8, "GBP"),
        "YT2612345678901": ("YunExpress", "air", "delivered", "US", 0.35, 25.5, "USD"),
    }
    yun = parcels(db, "ship_date", "delivered_date", "last_event_text", "service")["YT2612345678901"]
    assert yun == (datetime(2026, 10, 1, 10), datetime(2026, 10, 9, 15, 30), "【洛杉矶】已签收", "云途全球专线挂号(标快)")


def test_chinese_erp_in_utf8_with_bom(db: Database, fixtures: Path) -> None:
    result = import_file(db, fixtures / "chinese_erp_utf8bom.csv")
    assert (result.detected_format, result.encoding, result.rows_stored) == ("chinese_erp", "utf-8-sig", 4)
    assert parcels(db, "carrier", "carrier_raw", "mode", "status", "dest_country", "weight_kg") == {
        "4PX0000000001": ("4PX", "4PX", "postal", "damaged", "ES", 0.5),
        "JT000000001": ("J&T Express", "极兔", "express", "cancelled", "BR", 0.8),
        "LX000000001CN": ("China Post", "中国邮政", "postal", "returned", "MX", 0.1),
        "YT2600000555": ("YunExpress", "云途", "air", "in_transit", "CA", 0.25),
    }


def test_forwarder_semicolons_decimal_commas_day_first(db: Database, fixtures: Path) -> None:
    result = import_file(db, fixtures / "forwarder_export.csv")
    assert (result.detected_format, result.encoding, result.rows_stored) == ("forwarder", "cp1252", 5)
    assert parcels(db, "carrier", "mode", "status", "ship_date", "weight_kg", "declared_value") == {
        "020-99887766": ("Lufthansa Cargo", "air", "delivered", datetime(2026, 6, 5), 345.6, 5600.0),
        "176-12345675": ("Kuehne+Nagel", "sea", "in_transit", datetime(2026, 5, 31), 1234.5, 12500.0),
        "MAEU123456789": ("Maersk", "sea", "delivered", datetime(2026, 6, 1), 8000.0, 45000.0),
        "RAIL-2026-001": ("DB Schenker", "rail", "in_transit", datetime(2026, 6, 3), 2500.0, 30000.0),
        "TRK-77": ("DSV", "road", "delivered", datetime(2026, 6, 10), 12000.0, 8000.0),
    }
    # Country names in the exporter's own language are understood.
    assert db.scalar("SELECT dest_country FROM parcels WHERE tracking_number = '020-99887766'") == "AT"
    assert rejects(db, result.import_id) == []


def test_event_log_without_status_column(db: Database, fixtures: Path) -> None:
    result = import_file(db, fixtures / "scan_log_no_status.csv")
    assert (result.detected_format, result.kind, result.rows_read, result.rows_stored, result.rows_rejected) == (
        "event_log", "events", 10, 3, 1)
    assert parcels(db, "status", "ship_date", "delivered_date", "last_event_text", "max_scan_gap_days") == {
        "JD014600000000000001": ("delivered", datetime(2026, 11, 1, 8), datetime(2026, 11, 9, 15), "Delivered",
                                 pytest.approx(6 + 23 / 24)),
        "LX000000009CN": ("returned", datetime(2026, 11, 1, 7), None, "Returned to shipper", 2.0),
        "RR000000001CN": ("lost", datetime(2026, 10, 1, 9), None, "Shipment declared lost", 19.125),
    }
    # The duplicated scan is stored once; the scan without a time is rejected.
    assert db.scalar("SELECT count(*) FROM tracking_events") == 8
    assert rejects(db, result.import_id) == [(11, "Event Time", None, "rejected", "reject.missing_event_time")]
    statuses = db.query("SELECT status FROM tracking_events WHERE tracking_number = 'JD014600000000000001' "
                        "ORDER BY event_time").column(0).to_pylist()
    assert statuses == ["info_received", "in_transit", "out_for_delivery", "delivered"]
