"""A property-based fuzzer of the readers and normalisers (issue 15), shared by
tests/test_fuzz.py (a few seconds in `make test`) and bench/fuzz.py (as long as asked).

Hypothesis builds export files the way damaged ones arrive: headers the dialects know
mixed with junk, cells from a list of known troublemakers (numbers Excel rounded,
dates in either order, repeated headers, formulas, control characters, byte-order
marks, NULs) and arbitrary text, written as CSV in any delimiter, line end and legacy
encoding, as JSON in wrappers, or as a workbook; then some of its bytes may be cut,
flipped or inserted. Whatever comes, `check_import` demands what the corpus demands:
an answer in words (never an internal error), a refused file leaving the database as
it was, every row read either stored or rejected with a catalogued reason, and no key
that lost digits in a spreadsheet.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import openpyxl
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from lossanalytics.i18n import has
from lossanalytics.importing import import_file
from lossanalytics.importing.keys import DAMAGED_NUMBER
from lossanalytics.storage.db import Database
from lossanalytics.storage.integrity import table_checksums

HEADERS = (
    "Tracking Number", "Carrier", "Status", "Ship Date", "Delivered Date", "Last Event", "Destination Country",
    "Declared Value", "Currency", "Weight (kg)", "Order ID", "Service", "Mode", "Last Event Time", "跟踪号", "物流方式",
)
TROUBLE = (
    "1.23457E+11", "1,23457E+11", "1.2E+14", "9.40011E+21", "123456789012.0", "12345678901234567.0", "1e308", "-0",
    "03/04/2026", "13/04/2026", "04/13/2026", "2026-10-01", "2026-13-45", "31.12.2026", "45000", "1700000000000",
    "Tracking Number", "TRACKING NUMBER ", "\ufeffTracking Number", "=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0",
    '"', '""', "\r", "\n", "\t", "\x00", "\x1b[31m", "NULL", "#N/A", "nan", "", " ", "\u3000", "\u202e",
    "Delivered", "已签收", "Exception_013", "UPS", "云途全球专线挂号(标快)", "Česká pošta", "Почта России", "1,5 kg",
    "(12.50)", "€ 1.234,56", "US", "美国", "ZZZ", "1Z999AA10123456784", "RR123456785CN", "🚚", "ÿþ", "\ud7ff",
)
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "big5", "cp932", "cp949",
             "cp1250", "cp1251", "cp1252")

cells = st.one_of(st.sampled_from(TROUBLE), st.text(max_size=14), st.integers().map(str),
                  st.floats(allow_nan=True).map(str))
headers = st.lists(st.one_of(st.sampled_from(HEADERS), st.text(max_size=10)), min_size=1, max_size=7).map(
    lambda names: ["Tracking Number", *names])
tables = st.tuples(headers, st.lists(st.lists(cells, max_size=9), max_size=8), st.booleans())


def _rows(table: tuple[list[str], list[list[str]], bool]) -> list[list[str]]:
    header, rows, repeat = table
    return [header, *rows[: len(rows) // 2], *([header] if repeat else []), *rows[len(rows) // 2:]]


@st.composite
def csv_files(draw: st.DrawFn) -> tuple[str, bytes]:
    rows = _rows(draw(tables))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=draw(st.sampled_from(",;\t|")),
                        lineterminator=draw(st.sampled_from(["\n", "\r\n", "\r"])),
                        quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])))
    writer.writerows(rows)
    prefix = draw(st.sampled_from([b"", b"", b"\xef\xbb\xbf", b"sep=,\n"]))
    return "export.csv", prefix + buffer.getvalue().encode(draw(st.sampled_from(ENCODINGS)), errors="replace")


@st.composite
def json_files(draw: st.DrawFn) -> tuple[str, bytes]:
    header, *rows = _rows(draw(tables))
    records: object = [dict(zip(header, row)) for row in rows]
    for key in draw(st.lists(st.sampled_from(["data", "shipments", "result", "items"]), max_size=3)):
        records = {key: records} if draw(st.booleans()) else {key: records, "status": "ok", "count": 2}
    text = json.dumps(records, ensure_ascii=draw(st.booleans()))
    return "export.json", text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16-le"])), errors="replace")


@st.composite
def workbook_files(draw: st.DrawFn) -> tuple[str, bytes]:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.sheet_state = draw(st.sampled_from(["visible", "visible", "hidden"]))
    if sheet.sheet_state != "visible":
        workbook.active = workbook.index(workbook.create_sheet("Other"))
    numbers = st.one_of(st.integers(-10**22, 10**22), st.floats(allow_nan=False, allow_infinity=False))
    for row in _rows(draw(tables)):  # a workbook cannot hold control characters: they go
        sheet.append([draw(numbers) if draw(st.booleans()) else ILLEGAL_CHARACTERS_RE.sub("", cell) for cell in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return "export.xlsx", buffer.getvalue()


@st.composite
def damaged(draw: st.DrawFn, files: st.SearchStrategy[tuple[str, bytes]]) -> tuple[str, bytes]:
    """A file with some bytes cut off its end, overwritten or inserted."""
    name, data = draw(files)
    for _ in range(draw(st.integers(0, 3))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["cut", "flip", "insert"]))
        if action == "cut":
            data = data[:at]
        elif action == "flip":
            data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1:]
        else:
            data = data[:at] + draw(st.binary(min_size=1, max_size=4)) + data[at:]
    return name, data


export_files = st.one_of(csv_files(), json_files(), workbook_files(), damaged(st.one_of(csv_files(), json_files())))


def check_import(folder: Path, name: str, data: bytes) -> None:
    """Import one file into a database that already holds a parcel; assert the corpus's rules."""
    path = folder / name
    path.write_bytes(data)
    database = Database(folder / "fuzz.duckdb")
    try:
        if not database.scalar("SELECT count(*) FROM imports"):
            seed = folder / "seed.csv"
            seed.write_text("Tracking Number,Carrier,Status\nSEED1,UPS,Delivered\n", encoding="utf-8")
            import_file(database, seed)
        before = table_checksums(database)
        result = import_file(database, path, file_name=name)
        if result.outcome == "failed":
            assert result.problem.key != "import.error.internal", result.problem.values
            assert name in result.problem.message("en") and name in result.problem.message("zh")
            assert table_checksums(database) == before
            return
        if result.outcome == "duplicate":
            return
        stored = database.scalar("SELECT count(*) FROM parcel_rows WHERE import_id = $id", {"id": result.import_id})
        if result.kind != "events":  # an event log stores one summary row per parcel, not per scan
            assert stored + result.rows_rejected == result.rows_read
        reasons = database.query("SELECT DISTINCT reason FROM rejects WHERE import_id = $id",
                                 {"id": result.import_id}).column(0).to_pylist()
        assert all(has(reason) for reason in reasons), reasons
        keys = database.query("SELECT tracking_number FROM parcel_rows WHERE import_id = $id",
                              {"id": result.import_id}).column(0).to_pylist()
        assert not [key for key in keys if re.fullmatch(DAMAGED_NUMBER, key)], keys
    finally:
        database.close()
