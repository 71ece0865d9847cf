"""Robust reading: encodings, line ends, sheets, Excel dates, time zones, units, messy rows."""

from __future__ import annotations

import codecs
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from lossanalytics.importing import import_file, list_sheets, undo_import
from lossanalytics.importing.encodings import detect_encoding
from lossanalytics.storage.db import Database


def parcels(db: Database, *columns: str) -> dict[str, tuple]:
    rows = db.query(f"SELECT tracking_number, {', '.join(columns)} FROM parcels ORDER BY 1").to_pylist()
    return {row.pop("tracking_number"): tuple(row.values()) for row in rows}


def rejects(db: Database, import_id: int) -> list[tuple]:
    rows = db.query(
        "SELECT source_row, column_name, value, severity, reason FROM rejects WHERE import_id = $id "
        "ORDER BY source_row, column_name",
        {"id": import_id},
    ).to_pylist()
    return [tuple(row.values()) for row in rows]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("追跡番号,配送業者\nEJ1JP,ゆうパック\n".encode("shift_jis"), "cp932"),  # Windows Shift_JIS
        ("跟踪号,物流方式\nYT1,云途全球专线挂号\n".encode("gb18030"), "gb18030"),
        ("tracking-number\tship-city\r\nTBA1\tMünchen\r\nTBA2\tKöln\r\n".encode("cp1252"), "cp1252"),
        ("Tracking Number,City\nX1,São Paulo\n".encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + "跟踪号\nYT1\n".encode("utf-8"), "utf-8-sig"),
        ("Tracking Number\tCity\r\n".encode("utf-16"), "utf-16"),
    ],
)
def test_encoding_detection(data: bytes, encoding: str) -> None:
    assert detect_encoding(data) == encoding


def test_utf16_with_bom_tab_delimited(db: Database, fixtures: Path) -> None:
    result = import_file(db, fixtures / "utf16_bom.txt")
    assert (result.encoding, result.rows_stored) == ("utf-16", 2)
    assert parcels(db, "carrier", "dest_country", "status", "weight_kg") == {
        "RB100000001AT": ("Österreichische Post", "AT", "in_transit", 0.907185),
        "RB100000002AT": ("Österreichische Post", "CH", "delivered", 0.226796),  # "0,5" lb; "Schweiz"
    }
    assert rejects(db, result.import_id) == []


def test_utf16_text_saved_with_an_xls_name_is_read_as_text(db: Database, fixtures: Path, tmp_path: Path) -> None:
    saved = tmp_path / "shop-export.xls"
    saved.write_bytes((fixtures / "utf16_bom.txt").read_bytes())
    as_text = import_file(db, fixtures / "utf16_bom.txt")
    undo_import(db, as_text.import_id)
    as_xls = import_file(db, saved)
    assert (as_xls.outcome, as_xls.rows_stored, as_xls.delimiter) == ("imported", as_text.rows_stored, "\t")


def test_shift_jis(db: Database, fixtures: Path) -> None:
    result = import_file(db, fixtures / "shift_jis.csv")
    assert (result.encoding, result.rows_stored) == ("cp932", 2)
    assert parcels(db, "carrier", "service", "dest_country", "last_event_text")["EJ100000001JP"] == (
        "Japan Post", "ゆうパック", "JP", "お届け済み")


def test_bare_cr_line_ends_and_ounces(db: Database, fixtures: Path) -> None:
    result = import_file(db, fixtures / "bare_cr.csv")
    assert (result.rows_read, result.rows_stored) == (3, 3)
    assert parcels(db, "status", "weight_kg") == {
        "BC100001": ("delivered", 0.453592), "BC100002": ("returned", 0.226796), "BC100003": ("in_transit", None),
    }


def test_iso_dates_with_time_zones_become_utc(db: Database, fixtures: Path) -> None:
    result = import_file(db, fixtures / "iso_timezones.csv")
    assert result.rows_warned == 0
    assert parcels(db, "ship_date", "last_event_time") == {
        "TZ001": (datetime(2026, 10, 1, 0, 0), datetime(2026, 10, 3, 10, 0)),
        "TZ002": (datetime(2026, 10, 2, 1, 30), datetime(2026, 10, 2, 1, 30)),
        "TZ003": (datetime(2026, 10, 2, 17, 45), datetime(2026, 10, 4, 6, 0)),
    }


def test_duplicates_text_in_numbers_and_rows_without_tracking_number(db: Database, fixtures: Path) -> None:
    result = import_file(db, fixtures / "messy_orders.csv")
    assert (result.rows_read, result.rows_stored, result.rows_rejected, result.rows_warned) == (5, 3, 1, 3)
    assert parcels(db, "declared_value", "currency", "weight_kg", "dest_country") == {
        "MX000001": (1250.0, "USD", 1.5, "MX"),
        "MX000002": (None, "USD", None, "MX"),      # the same row twice is one parcel
        "ORDER M-3": (40.0, None, 0.2, None),       # no tracking number yet: kept by order number
    }
    assert rejects(db, result.import_id) == [
        (3, "Weight (g)", "Weight Captured Separately", "warning", "reject.bad_number"),
        (4, "Weight (g)", "Weight Captured Separately", "warning", "reject.bad_number"),
        (5, "Currency", "XYZ", "warning", "reject.unknown_currency"),
        (5, "Destination Country", "Narnia", "warning", "reject.unknown_country"),
        (6, "Tracking Number", None, "rejected", "reject.missing_key"),
    ]


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "Summary"
    summary.append(["Month", "Parcels", "Lost"])
    summary.append(["2026-10", 3, 1])
    sheet = book.create_sheet("Parcels")
    sheet.append(["Shipments exported 2026-11-20"])
    sheet.append([])
    sheet.append(["Tracking Number", "Carrier", "Ship Date", "Delivered Date", "Status", "Weight (oz)"])
    sheet.append([391128701026, "FedEx", 46296, datetime(2026, 10, 5, 14, 30), "Delivered", 16])
    sheet.append(["1Z999AA10400000004", "UPS", 46297.5, "NULL", "In Transit", "n/a"])
    sheet.append(["LX400000005CN", "China Post", "2026-10-03", None, "Lost", 8.0])
    path = tmp_path / "export.xlsx"
    book.save(path)
    return path


def test_workbook_picks_the_recognised_sheet(db: Database, workbook: Path) -> None:
    assert list_sheets(workbook) == ["Summary", "Parcels"]
    result = import_file(db, workbook)
    assert (result.sheet, result.sheets, result.rows_read, result.rows_stored) == (
        "Parcels", ["Summary", "Parcels"], 3, 3)
    assert parcels(db, "carrier", "ship_date", "delivered_date", "status", "weight_kg") == {
        # A number cell stays the tracking number; Excel serial dates and typed cells are dates.
        "1Z999AA10400000004": ("UPS", datetime(2026, 10, 2, 12), None, "in_transit", None),
        "391128701026": ("FedEx", datetime(2026, 10, 1), datetime(2026, 10, 5, 14, 30), "delivered", 0.453592),
        "LX400000005CN": ("China Post", datetime(2026, 10, 3), None, "lost", 0.226796),
    }
    assert result.rows_warned == 0  # "NULL" and "n/a" are empty cells


def test_workbook_sheet_chosen_by_the_seller(db: Database, workbook: Path) -> None:
    chosen = import_file(db, workbook, sheet="Summary")
    assert chosen.outcome == "failed" and chosen.problem.key == "import.error.unrecognised"
    missing = import_file(db, workbook, sheet="Nope")
    assert missing.outcome == "failed" and missing.problem.message("en") == (
        'export.xlsx: there is no sheet called "Nope". Sheets in this workbook: Summary, Parcels.')
    assert import_file(db, workbook, sheet="Parcels").rows_stored == 3
    assert db.scalar("SELECT count(*) FROM imports") == 1


def test_broken_json_is_one_clear_message(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "track.json"
    path.write_text('{"trackDetails": [')
    result = import_file(db, path)
    assert result.outcome == "failed" and result.problem.key == "import.error.bad_json"
    assert result.problem.message("en").startswith("track.json: the file is not valid JSON")
    assert db.scalar("SELECT count(*) FROM parcels") == 0


def test_json_list_of_records_and_json_lines(db: Database, tmp_path: Path) -> None:
    records = tmp_path / "records.json"
    records.write_text('[{"tracking_number": "JS1", "carrier": "ups", "status": "Delivered", "weight_kg": 2},\n'
                       ' {"tracking_number": "JS2", "carrier": "usps", "status": "In Transit"}]')
    lines = tmp_path / "records.jsonl"
    lines.write_text('{"tracking_number": "JS3", "carrier": "dhl", "status": "Exception"}\n'
                     '{"tracking_number": "JS4", "carrier": "fedex", "status": "Delivered"}\n')
    assert import_file(db, records).rows_stored == 2 and import_file(db, lines).rows_stored == 2
    assert parcels(db, "carrier", "status", "weight_kg") == {
        "JS1": ("UPS", "delivered", 2.0), "JS2": ("USPS", "in_transit", None),
        "JS3": ("DHL Express", "exception", None), "JS4": ("FedEx", "delivered", None),
    }
    assert list_sheets(records) == []


def _rejects(db: Database) -> list[tuple[int, str, str]]:
    return [tuple(r.values()) for r in db.query(
        "SELECT source_row, column_name, reason FROM rejects ORDER BY source_row, column_name").to_pylist()]


@pytest.mark.parametrize("quoted", [False, True], ids=["no quotes: read in parallel", "quotes: read in order"])
def test_a_big_file_keeps_its_rows_in_order_with_short_and_padded_rows(
    db: Database, tmp_path: Path, quoted: bool
) -> None:
    """Big enough for DuckDB to read it in several pieces: every source row still names
    its line, short rows are padded, and only padded cells are trimmed."""
    lines = ["Tracking Number,Carrier,Status,Destination Country"]
    for n in range(300_000):
        lines.append(f"LX{n:09d}CN,China Post,In Transit,GB")
    lines[120_001] = ",China Post,In Transit,GB"             # no tracking number: rejected
    lines[250_001] = "LX250000CN ,  UPS  ,Delivered"         # short and padded
    lines[299_999] = "LX299998CN,China Post,   ,  "          # cells of spaces are empty
    if quoted:
        lines[10] = 'LX000000009CN,"China\nPost",In Transit,GB'  # a quoted line break
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n")
    result = import_file(db, path)
    assert (result.outcome, result.rows_read, result.rows_rejected) == ("imported", 300_000, 1)
    # Rows count records, as a spreadsheet shows them: a quoted line break is one row.
    assert _rejects(db) == [(120_002, "Tracking Number", "reject.missing_tracking_number")]
    rows = db.query(
        "SELECT tracking_number, source_row, carrier_raw, status_raw, dest_country FROM parcel_rows "
        "WHERE tracking_number IN ('LX250000CN', 'LX299998CN', 'LX000000009CN', 'LX000299999CN') "
        "ORDER BY tracking_number"
    ).to_pylist()
    assert rows == [
        {"tracking_number": "LX000000009CN", "source_row": 11,
         "carrier_raw": "China\nPost" if quoted else "China Post", "status_raw": "In Transit", "dest_country": "GB"},
        {"tracking_number": "LX000299999CN", "source_row": 300_001, "carrier_raw": "China Post",
         "status_raw": "In Transit", "dest_country": "GB"},
        {"tracking_number": "LX250000CN", "source_row": 250_002, "carrier_raw": "UPS",
         "status_raw": "Delivered", "dest_country": None},
        {"tracking_number": "LX299998CN", "source_row": 300_000, "carrier_raw": "China Post",
         "status_raw": None, "dest_country": None},
    ]


def test_workbook_rows_keep_their_sheet_numbers_and_text_among_numbers_is_reported(
    db: Database, tmp_path: Path
) -> None:
    """Empty rows above the table still count; a cell of text in a weight column is a
    warning naming its row and column, never silently emptied by a guessed column type."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["B3"] = "Exported on 2026-10-04"
    for row, cells in enumerate([
        ("Tracking Number", "Carrier", "Ship Date", "Weight (kg)"),
        ("LX1CN", " China Post ", datetime(2026, 10, 1, 8, 30), 1.5),
        ("LX2CN", "China Post", datetime(2026, 10, 2), "Weight Captured Separately"),
        ("LX3CN", "China Post", "2026-10-03", 2),
    ], start=5):
        for column, value in enumerate(cells, start=2):
            sheet.cell(row=row, column=column, value=value)
    path = tmp_path / "export.xlsx"
    book.save(path)
    result = import_file(db, path)
    assert (result.outcome, result.rows_read, result.rows_warned) == ("imported", 3, 1)
    assert _rejects(db) == [(7, "Weight (kg)", "reject.bad_number")]
    assert parcels(db, "carrier_raw", "ship_date", "weight_kg") == {
        "LX1CN": ("China Post", datetime(2026, 10, 1, 8, 30), 1.5),
        "LX2CN": ("China Post", datetime(2026, 10, 2), None),
        "LX3CN": ("China Post", datetime(2026, 10, 3), 2.0),
    }


def test_workbook_fractions_read_as_excel_shows_them(db: Database, tmp_path: Path) -> None:
    """fastexcel writes a number cell's fraction to nine decimals (1447296446.700000048 for the
    order ID 1447296446.7 of the Brunel supply-chain data set): the ID must stay the one the
    sheet shows, so the same order in another export is the same order; text cells are kept."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(("Tracking Number", "Order ID", "Weight (kg)"))
    sheet.append(("LX1CN", 1447296446.7, 0.594476))
    sheet.append(("LX2CN", 99999999.99, 12.5))
    sheet.append(("LX3CN", "1447296446.700000048", 1.25))
    path = tmp_path / "orders.xlsx"
    book.save(path)
    assert import_file(db, path).outcome == "imported"
    assert parcels(db, "order_id", "weight_kg") == {
        "LX1CN": ("1447296446.7", 0.594476),
        "LX2CN": ("99999999.99", 12.5),
        "LX3CN": ("1447296446.700000048", 1.25),
    }
