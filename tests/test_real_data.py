"""Real public shipment data nobody here wrote (../shared/data/real, see its SOURCES.md).

What each file yields is stated here and in docs/real-data.md. The files sit beside the
repository, not in it; without them these tests skip.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from lossanalytics.analytics.metrics import rates
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.charts.rates import name_or_unknown
from lossanalytics.importing import ImportResult, import_file
from lossanalytics.storage.db import Database

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "real"
pytestmark = pytest.mark.skipif(
    not REAL.is_dir(), reason=f"the real data sets are not here ({REAL}); they live in ../shared beside the repository"
)
# Late as the rates count it: delivered on a day after the estimated (scheduled, planned) date.
LATE = ("count(*) FILTER (WHERE status = 'delivered' AND estimated_delivery_date IS NOT NULL "
        "AND NOT delivered_date < estimated_delivery_date + INTERVAL 1 DAY)")


def load(db: Database, name: str) -> ImportResult:
    result = import_file(db, REAL / name)
    assert result.outcome == "imported", result.problem and result.problem.message("en")
    return result


def counts(db: Database, column: str) -> dict:
    rows = db.query(f"SELECT {column} AS k, count(*) AS n FROM parcels GROUP BY 1").to_pylist()
    return {row["k"]: row["n"] for row in rows}


def test_every_real_file_imports_into_one_database(db: Database) -> None:
    results = [load(db, path.name) for path in sorted(REAL.iterdir()) if path.suffix != ".md"]
    assert [(r.file_name, r.detected_format, r.rows_stored, r.rows_rejected) for r in results] == [
        ("Delivery truck trip data.xlsx", "truck_trips", 6875, 0),
        ("SCMS_Delivery_History_Dataset.csv", "scms_delivery_history", 10324, 0),
        ("Supply chain logisitcs problem.xlsx", "supply_chain_orders", 9215, 0),
        ("Swift Assignment 4 - Dataset.json", "fedex_track_api", 99, 0),
        ("shipping.csv", "ecommerce_shipping", 10999, 0),
    ]
    assert db.scalar("SELECT count(*) FROM parcels") == 37512  # keys of different data sets never collide


def test_scms_delivery_history(db: Database) -> None:
    result = load(db, "SCMS_Delivery_History_Dataset.csv")  # UTF-8 BOM, bare CR line ends, "2-Jun-06"
    assert (result.encoding, result.rows_read, result.rows_stored) == ("utf-8-sig", 10324, 10324)
    # "Weight Captured Separately", "See ASN-93 (ID#:1281)": set aside, the rows kept.
    assert result.rows_warned == 3952
    assert db.scalar("SELECT count(DISTINCT reason || column_name) FROM rejects") == 1
    assert counts(db, "mode") == {"air": 6763, "road": 2830, "sea": 371, "unknown": 360}
    assert counts(db, "carrier") == {"Unknown": 10324}  # Vendor is the supplier, not the carrier
    assert db.scalar("SELECT count(DISTINCT dest_country) FROM parcels") == 43
    assert counts(db, "status") == {"delivered": 10324}
    assert db.scalar(f"SELECT {LATE} FROM parcels") == 1186
    first = db.query("SELECT dest_country, mode, service, estimated_delivery_date, delivered_date, declared_value, "
                     "currency, weight_kg FROM parcels WHERE tracking_number = 'SCMS-1'").to_pylist()
    assert [tuple(r.values()) for r in first] == [
        ("CI", "air", "Direct Drop", datetime(2006, 6, 2), datetime(2006, 6, 2), 551.0, "USD", 13.0)]
    # "Line Item Insurance (USD)" is the premium paid, not the amount insured: left unread, and said so.
    assert db.scalar("SELECT count(insured_value) FROM parcels") == 0
    assert result.column_notes == [("Line Item Insurance (USD)", "import.note.insurance_premium")]


def test_delivery_truck_trips(db: Database) -> None:
    result = load(db, "Delivery truck trip data.xlsx")
    assert (result.sheet, result.rows_read, result.rows_stored) == ("VTS Data 280820", 6880, 6875)  # 5 bookings twice
    assert result.rows_merged == 5  # said to the seller: those rows were merged into their booking's parcel
    # Six Excel zero dates (1899-12-30) in two rows are left empty; 16 trips arrived before they started
    # (7 of them in July 2020 after a start read as 3 August to 3 December: day and month swapped?), both
    # dates kept for the seller to check.
    assert (result.rows_warned, result.rows_to_check, db.scalar("SELECT count(*) FROM rejects")) == (2, 16, 22)
    warned = db.query("SELECT column_name, reason, count(*) AS n FROM rejects GROUP BY ALL ORDER BY ALL").to_pylist()
    assert [tuple(row.values()) for row in warned] == [
        ("Planned_ETA", "reject.bad_date", 2), ("actual_eta", "reject.bad_date", 2),
        ("actual_eta", "reject.delivered_before_shipped", 16), ("trip_start_date", "reject.bad_date", 2)]
    assert counts(db, "mode") == {"road": 6875}
    assert counts(db, "origin_country || '>' || dest_country") == {"IN>IN": 6875}
    # 309 spellings of 289 transporters ("Vijay Transport" and "VIJAY TRANSPORT", "… Pvt Ltd"
    # and "… Private Limited"): carrier_identity.py. 742 trips say "Unknown" and one "unknow": no carrier.
    assert db.scalar("SELECT count(DISTINCT carrier_raw) FROM parcels") == 309
    assert db.scalar("SELECT count(DISTINCT carrier) FILTER (WHERE carrier <> 'Unknown') FROM parcels") == 289
    assert db.scalar("SELECT count(*) FROM parcels WHERE carrier = 'Unknown'") == 743
    # 37 trips have no actual_eta but a trip_end_date: they ended then (the dialect's fallback); the 2 left
    # unknown are the rows whose arrival is an Excel zero date.
    assert counts(db, "status") == {"delivered": 6873, "unknown": 2}
    # 3,835 arrivals on a later day than planned, and 24 of those 37 trips ended on a later day.
    assert db.scalar(f"SELECT {LATE} FROM parcels") == 3835 + 24
    # 4,283 arrivals after their planned ETA, and 28 of those 37 trips ended after theirs.
    assert db.scalar("SELECT count(*) FROM parcels WHERE delivered_date > estimated_delivery_date") == 4283 + 28


def test_supply_chain_order_list(db: Database) -> None:
    result = load(db, "Supply chain logisitcs problem.xlsx")
    assert (result.sheet, len(result.sheets), result.kind, result.rows_stored) == ("OrderList", 7, "orders", 9215)
    assert counts(db, "carrier") == {"V444_0": 6264, "V444_1": 2097, "V44_3": 854}
    assert counts(db, "service") == {"CRF": 854, "DTD": 2143, "DTP": 6218}
    assert db.scalar("SELECT count(*) FROM parcels WHERE starts_with(tracking_number, 'ORDER ')") == 9215
    assert counts(db, "status") == {"unknown": 9215} and counts(db, "mode") == {"unknown": 9215}
    # The order IDs as the sheet shows them (1447296446.7), not fastexcel's nine decimals.
    assert db.scalar("SELECT count(*) FROM parcels WHERE order_id = '1447296446.7'") == 1
    assert db.scalar("SELECT count(*) FROM parcels WHERE order_id LIKE '%.7000%'") == 0


def test_fedex_track_api_json(db: Database) -> None:
    result = load(db, "Swift Assignment 4 - Dataset.json")
    assert (result.kind, result.rows_read, result.rows_stored, result.notes["event_time"]) == (
        "events", 1240, 99, "epoch_ms")
    assert counts(db, "carrier || ' ' || mode || ' ' || status") == {"FedEx express delivered": 99}
    assert counts(db, "origin_country || '>' || dest_country") == {"IN>IN": 99}
    assert db.scalar("SELECT count(*) FROM tracking_events") == 1205  # 35 scans listed twice
    exceptions = db.query(
        "SELECT status, count(*) AS n, count(DISTINCT tracking_number) AS parcels FROM tracking_events "
        "WHERE status IN ('delivery_failed', 'exception') GROUP BY 1 ORDER BY 1").to_pylist()
    assert exceptions == [{"status": "delivery_failed", "n": 42, "parcels": 31},
                          {"status": "exception", "n": 1, "parcels": 1}]
    assert db.scalar("SELECT count(DISTINCT tracking_number) FROM tracking_events "
                     "WHERE status IN ('delivery_failed', 'exception')") == 32
    assert counts(db, "strftime(ship_date, '%Y-%m')") == {"2020-03": 83, "2021-06": 8, "2021-07": 8}
    first = db.query("SELECT ship_date, delivered_date, weight_kg, last_event_text FROM parcels "
                     "WHERE tracking_number = '391128701026'").to_pylist()[0]
    assert first["delivered_date"] == datetime(2020, 3, 20, 8, 7) and first["weight_kg"] == 14.0
    assert db.scalar("SELECT round(median(date_diff('second', ship_date, delivered_date)) / 86400, 2) FROM parcels") == 3.89


def test_ecommerce_shipping(db: Database) -> None:
    result = load(db, "shipping.csv")
    assert (result.rows_stored, result.rows_warned) == (10999, 0)
    assert counts(db, "mode") == {"sea": 7462, "air": 1777, "road": 1760}  # Ship, Flight, Road
    assert counts(db, "status") == {"delivered": 10999}
    assert db.scalar("SELECT min(tracking_number) FROM parcels") == "ECS-1"
    assert db.scalar("SELECT round(sum(weight_kg) * 1000) FROM parcels") == 39_970_550  # Weight_in_gms, in kg


def test_parcels_without_a_carrier_are_shown_as_carrier_unknown(db: Database) -> None:
    """SCMS names no carrier (Vendor is the goods' supplier); 743 truck trips say "Unknown" or
    "unknow". On the carrier charts they are one group, "carrier unknown", never a carrier "Unknown"."""
    load(db, "SCMS_Delivery_History_Dataset.csv")
    load(db, "Delivery truck trip data.xlsx")
    frame = rates(db, "carrier", AnalysisScope(date(2021, 1, 1), DetectionSettings()))
    shown = dict(zip((name_or_unknown(carrier, "zh") for carrier in frame["carrier"]), frame["shipments"]))
    assert shown["承运商未知"] == 10324 + 743
    assert not {name for name in shown if name.casefold().startswith("unknow")}
