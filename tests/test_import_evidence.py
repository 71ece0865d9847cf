"""Parcel outcomes from the strongest evidence in real-looking exports (issue: a generic
status must never hide a clear event text; a weaker source never overwrites a stronger one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lossanalytics.importing import import_file, undo_import
from lossanalytics.storage.db import Database


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _stored(db: Database, columns: str) -> dict[str, tuple]:
    rows = db.query(f"SELECT tracking_number, {columns} FROM parcels ORDER BY 1").to_pylist()
    return {row.pop("tracking_number"): tuple(row.values()) for row in rows}


def test_event_text_that_states_an_outcome_beats_a_generic_status(db: Database, tmp_path: Path) -> None:
    export = _write(tmp_path / "tracking.csv", (
        "Tracking Number,Carrier,Ship Date,Shipment Status,Last Event Time,Latest event\n"
        "RT1,PostNL,2026-10-01,Exception,2026-10-20 10:00,Returned to sender\n"
        "LO1,USPS,2026-10-01,Exception,2026-10-20 10:00,Sent to Mail Recovery Center\n"
        "DA1,Royal Mail,2026-10-01,Exception,2026-10-20 10:00,Item damaged in transit\n"
        "DE1,DHL Paket,2026-10-01,InTransit,2026-10-20 10:00,Die Sendung wurde erfolgreich zugestellt.\n"
        "FR1,Colissimo,2026-10-01,Exception,2026-10-20 10:00,Votre colis est disponible dans votre point retrait\n"
        "CU1,Japan Post,2026-10-01,Exception,2026-10-20 10:00,Held by customs\n"
        "BR1,Correios,2026-10-01,,2026-10-20 10:00,Objeto entregue ao remetente\n"
    ))
    result = import_file(db, export)
    assert (result.rows_stored, result.rows_rejected) == (7, 0)
    assert _stored(db, "status, status_source, status_evidence") == {
        "BR1": ("returned", "event_text", "entregue ao remetente"),
        "CU1": ("exception", "status", "Exception"),
        "DA1": ("damaged", "event_text", "damaged"),
        "DE1": ("delivered", "event_text", "zugestellt"),
        "FR1": ("available_for_pickup", "event_text", "disponible dans votre"),
        "LO1": ("lost", "event_text", "Mail Recovery Center"),
        "RT1": ("returned", "event_text", "Returned to sender"),
    }


def test_a_published_sub_status_code_decides(db: Database, fixtures: Path) -> None:
    import_file(db, fixtures / "17track_export.csv")
    stored = _stored(db, "status, status_source, status_evidence")
    assert stored["UH000000001CN"] == ("lost", "substatus", "Exception_Lost")
    assert stored["UH000000002CN"] == ("returned", "substatus", "Exception_Returning")


ORDERS = (
    "平台订单号,运单号,物流渠道,物流商,收件国家,发货日期,申报价值,币种\n"
    "AMZ-1,4PX0000000009,递四方全球专线,4PX,德国,2026-10-01,20,EUR\n"
)
TRACKING = (
    "Tracking Number,Carrier,Status,Last Event Time\n"
    "4PX0000000009,4PX,In Transit,2026-10-05 10:00\n"
)


@pytest.mark.parametrize("orders_first", [True, False], ids=["orders first", "tracking first"])
def test_a_carrier_only_row_never_overrides_a_mode_from_the_service(
    db: Database, tmp_path: Path, orders_first: bool,
) -> None:
    orders = _write(tmp_path / "orders.csv", ORDERS)
    tracking = _write(tmp_path / "tracking.csv", TRACKING)
    first, second = (orders, tracking) if orders_first else (tracking, orders)
    import_file(db, first)
    second_id = import_file(db, second).import_id
    assert _stored(db, "carrier, mode, mode_source, status") == {
        "4PX0000000009": ("4PX", "air", "service", "in_transit"),
    }
    undo_import(db, second_id)
    expected = ("air", "service") if second is tracking else ("postal", "carrier")
    assert _stored(db, "mode, mode_source")["4PX0000000009"] == expected


def test_a_scan_after_a_loss_declaration_reopens_the_parcel(db: Database, tmp_path: Path) -> None:
    log = _write(tmp_path / "scans.csv", (
        "Tracking Number,Event Time,Location,Description\n"
        "RE1,2026-10-01 08:00,Shenzhen,Shipment information received\n"
        "RE1,2026-10-09 08:00,Leipzig,Shipment declared lost\n"
        "RE1,2026-10-15 08:00,Leipzig,Arrived at facility\n"
        "DL1,2026-10-01 08:00,Shenzhen,Shipment information received\n"
        "DL1,2026-10-05 08:00,Paris,Delivered\n"
        "DL1,2026-10-05 09:00,Paris,On vehicle for delivery\n"
    ))
    import_file(db, log)
    assert _stored(db, "status, status_source") == {
        "DL1": ("delivered", "event_text"),
        "RE1": ("in_transit", "event_text"),
    }
