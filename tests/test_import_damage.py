"""Input that used to get in wrong without a word (issue 15): each rule on small cases.

The bad-input corpus (test_bad_input.py) imports whole files; these pin the decisions
behind it: which numbers lost digits, which day and month order a column takes, which
sheets are read, which JSON wrappers are looked through.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from badinput import generated_damage as damage

from lossanalytics.importing import import_file, list_sheets
from lossanalytics.importing.encodings import detect_encoding, looks_utf16, text_start
from lossanalytics.storage.db import Database

HEADER = "Tracking Number,Carrier,Status,Ship Date\n"


def _import(db: Database, tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return import_file(db, path)


def _keys(db: Database) -> list[str]:
    return [row["tracking_number"] for row in db.query("SELECT tracking_number FROM parcels ORDER BY 1").to_pylist()]


def _rejects(db: Database, import_id: int) -> list[tuple]:
    rows = db.query("SELECT source_row, column_name, value, reason FROM rejects WHERE import_id = $id ORDER BY 1, 2",
                    {"id": import_id}).to_pylist()
    return [tuple(row.values()) for row in rows]


@pytest.mark.parametrize(
    ("cell", "stored"),
    [
        ("1.23457E+11", None), ("1,23457E+11", None), ("1.2E+14", None), ("1.2e+14", None), ("9E+21", None),
        ("1e308", None), ("-5.348439824093989e+16", None), ("EE123456789CN", "EE123456789CN"),
        ("12345678901234567.0", None), ("123456789012.0", "123456789012"), ("123456789012,0", "123456789012,0"),
        ("00123", "00123"), ("1Z999AA10123456784", "1Z999AA10123456784"), ("LX123.45E", "LX123.45E"),
        ("RR 123 456 785 CN", "RR123456785CN"),
    ],
)
def test_tracking_numbers_that_lost_digits_are_set_aside(db: Database, tmp_path: Path, cell: str,
                                                          stored: str | None) -> None:
    result = _import(db, tmp_path, "one.csv", HEADER + f'"{cell}",UPS,Delivered,2026-10-01\n')
    assert _keys(db) == ([stored] if stored else [])
    expected = [] if stored else [(2, "Tracking Number", cell, "reject.damaged_tracking_number")]
    assert _rejects(db, result.import_id) == expected


def test_two_parcels_rounded_alike_are_never_merged(db: Database, tmp_path: Path) -> None:
    text = HEADER + "9.40011E+21,USPS,Delivered,2026-10-01\n9.40011E+21,USPS,Lost,2026-10-02\n"
    result = _import(db, tmp_path, "two.csv", text)
    assert (result.rows_read, result.rows_rejected, _keys(db)) == (2, 2, [])


def test_damaged_order_numbers_are_set_aside(db: Database, tmp_path: Path) -> None:
    text = "Tracking Number,Order ID,Carrier\nT1,1.12345E+17,UPS\nT2,A-1001,UPS\n"
    result = _import(db, tmp_path, "orders.csv", text)
    assert _rejects(db, result.import_id) == [(2, "Order ID", "1.12345E+17", "reject.damaged_order_id")]
    assert _keys(db) == ["T2"]


def _ship_dates(db: Database) -> dict[str, datetime | None]:
    rows = db.query("SELECT tracking_number, ship_date FROM parcels ORDER BY 1").to_pylist()
    return {row["tracking_number"]: row["ship_date"] for row in rows}


@pytest.mark.parametrize(
    ("dates", "expected", "contradicting"),
    [
        # One value can only be day-first: the whole column is.
        (["03/04/2026", "13/04/2026"], [datetime(2026, 4, 3), datetime(2026, 4, 13)], []),
        # One value can only be month-first: the whole column is.
        (["03/04/2026", "04/13/2026"], [datetime(2026, 3, 4), datetime(2026, 4, 13)], []),
        # Both occur: the majority decides, the other value is left empty.
        (["03/04/2026", "13/04/2026", "14/04/2026", "04/15/2026"],
         [datetime(2026, 4, 3), datetime(2026, 4, 13), datetime(2026, 4, 14), None], [5]),
        # As many of each: the generic format's month-first convention decides.
        (["13/04/2026", "04/15/2026"], [None, datetime(2026, 4, 15)], [2]),
        # Nothing decides: the convention.
        (["03/04/2026", "05/06/2026"], [datetime(2026, 3, 4), datetime(2026, 5, 6)], []),
    ],
)
def test_day_and_month_order_is_decided_per_column(db: Database, tmp_path: Path, dates: list[str],
                                                    expected: list, contradicting: list[int]) -> None:
    text = HEADER + "".join(f"D{i},UPS,Delivered,{d}\n" for i, d in enumerate(dates))
    result = _import(db, tmp_path, "dates.csv", text)
    assert list(_ship_dates(db).values()) == expected
    assert [row[0] for row in _rejects(db, result.import_id)] == contradicting
    assert {row[3] for row in _rejects(db, result.import_id)} <= {"reject.date_order"}


def test_a_header_repeated_with_other_case_and_spaces_is_skipped(db: Database, tmp_path: Path) -> None:
    text = (HEADER + "R1,UPS,Delivered,2026-10-01\n"
            "  TRACKING NUMBER ,carrier,STATUS,ship date\nR2,UPS,Delivered,2026-10-02\n")
    result = _import(db, tmp_path, "joined.csv", text)
    assert (result.rows_read, result.rows_rejected, _keys(db)) == (3, 1, ["R1", "R2"])
    assert _rejects(db, result.import_id) == [(3, "Tracking Number", None, "reject.repeated_header")]


def test_a_row_that_only_resembles_the_header_is_kept(db: Database, tmp_path: Path) -> None:
    result = _import(db, tmp_path, "like.csv", HEADER + "Tracking Number,UPS,Delivered,2026-10-01\n")
    assert (result.rows_rejected, _keys(db)) == (0, ["TRACKINGNUMBER"])


def test_hidden_sheets_are_not_offered_and_are_read_only_when_picked(db: Database, tmp_path: Path) -> None:
    path = damage.hidden_first_sheet_xlsx(tmp_path)
    assert list_sheets(path) == ["Shipments"]
    shown = import_file(db, path)
    assert (shown.sheet, shown.sheets, _keys(db)) == ("Shipments", ["Shipments"], ["SHOWN1"])
    picked = import_file(db, path, sheet="Lookup", replaces=shown.import_id)
    assert (picked.sheet, _keys(db)) == ("Lookup", ["HIDDEN1"])


@pytest.mark.parametrize(
    "wrapped",
    [
        {"data": {"shipments": "RECORDS"}},
        {"response": {"data": {"result": {"items": "RECORDS"}}}},
        {"status": "ok", "count": 2, "result": {"page": 1, "items": "RECORDS"}},
        "RECORDS",
    ],
)
def test_records_inside_json_wrappers_are_read(db: Database, tmp_path: Path, wrapped: object) -> None:
    records = [{"tracking_number": "J1", "carrier": "UPS"}, {"tracking_number": "J2", "carrier": "DHL Express"}]
    path = tmp_path / "wrapped.json"
    path.write_text(json.dumps(wrapped).replace('"RECORDS"', json.dumps(records)), encoding="utf-8")
    result = import_file(db, path)
    assert (result.outcome, result.rows_read, _keys(db)) == ("imported", 2, ["J1", "J2"])


def test_json_with_two_lists_of_records_is_not_guessed(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "two.json"
    records = [{"tracking_number": "J1"}]
    path.write_text(json.dumps({"meta": {"a": 1}, "x": {"one": records, "two": records}}), encoding="utf-8")
    assert import_file(db, path).problem.key == "import.error.unrecognised"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_json_with_a_utf8_byte_order_mark(db: Database, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "api.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps([{"tracking_number": "快递1", "carrier": "UPS"}],
                                                    ensure_ascii=False).encode(encoding))
    assert (import_file(db, path).outcome, _keys(db)) == ("imported", ["快递1"])


def test_utf16_after_a_utf8_byte_order_mark_is_found() -> None:
    data = b"\xef\xbb\xbf" + "Tracking Number,Carrier\r\nA1,UPS\r\n".encode("utf-16-le")
    assert (text_start(data), detect_encoding(data)) == (3, "utf-16-le")
    assert text_start(b"\xef\xbb\xbfTracking Number\n") == 0


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_chinese_utf16_without_byte_order_mark(encoding: str) -> None:
    assert looks_utf16(damage.UTF16_TEXT.encode(encoding)) == encoding
    assert looks_utf16("顺丰速运已签收深圳市南山区".encode("gb18030")) is None


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Carrier,Event\nČeská pošta,\"Doručeno adresátovi, Příbram, Třebíč\"\n", "cp1250"),
        ("Carrier,Event\nPoczta Polska,\"Przesyłka doręczona, Łódź\"\n", "cp1250"),
        ("Carrier,Event\nLa Poste,\"Livré à l'accueil, très bien, Besançon\"\n", "cp1252"),
        ("Carrier,Event\nDHL,\"Zugestellt in München, Straße\"\n", "cp1252"),
        ("Carrier,Event\nPTT,\"Teslim edildi, Kadıköy, İstanbul\"\n", "cp1254"),
        ("Carrier,Event\nПочта России,\"Вручено адресату, Москва\"\n", "cp1251"),
        ("Carrier,Event\n新竹物流,已送達 臺北市信義區\n", "big5"),
        ("Carrier,Event\nCJ대한통운,배송완료 서울특별시 강남구\n", "cp949"),
    ],
)
def test_legacy_encodings_are_detected(text: str, encoding: str) -> None:
    assert detect_encoding(text.encode(encoding)) == encoding


def test_json_with_lone_surrogates_is_read(db: Database, tmp_path: Path) -> None:
    """Found by the fuzzer: "\\ud800" is valid JSON but no character; it was a refusal
    quoting Python's codec error."""
    path = tmp_path / "surrogates.json"
    path.write_text('[{"Tracking Number": "S1", "Carrier\\ud800": "UPS", "Last Event": "a\\udc00b"}]', encoding="utf-8")
    result = import_file(db, path)
    last_event = db.scalar("SELECT last_event_text FROM parcels WHERE tracking_number = 'S1'")
    assert (result.outcome, last_event) == ("imported", "a?b")
