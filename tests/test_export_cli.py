"""Downloads and the command line (DESIGN §10, §11)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from lossanalytics.cli import main
from lossanalytics.export import export_frame, neutralise, to_csv_bytes, to_xlsx_bytes


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
     ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("plain", "plain"), (12.5, 12.5)],
)
def test_neutralise(value: object, expected: object) -> None:
    assert neutralise(value) == expected


def test_csv_has_bom_and_chinese_headers() -> None:
    frame = pd.DataFrame({"tracking_number": ["=1+1"], "carrier": ["云途"], "risk": [80]})
    data = to_csv_bytes(export_frame(frame, ["tracking_number", "carrier", "risk"], "zh"))
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines() == ['"运单号","承运商","风险（0–100）"', '"\'=1+1","云途","80"']


def test_codes_become_words_in_the_reader_language() -> None:
    frame = pd.DataFrame({"mode": ["postal"], "status": ["in_transit"], "outcome": ["suspected_lost"]})
    out = export_frame(frame, ["mode", "status", "outcome"], "zh")
    assert out.iloc[0].tolist() == ["邮政小包", "运输途中", "疑似丢失"]


def test_xlsx_frozen_filtered_and_inert() -> None:
    frame = pd.DataFrame({"tracking_number": ["=HYPERLINK(\"x\")", "LX1"], "risk": [90, 50]})
    data = to_xlsx_bytes(export_frame(frame, ["tracking_number", "risk"], "en"), "Suspected lost")
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:B3"
    assert [c.value for c in sheet[1]] == ["Tracking number", "Risk (0–100)"]
    assert sheet["A2"].value == "'=HYPERLINK(\"x\")" and sheet["A2"].data_type == "s"


CSV = (
    "Tracking Number,Carrier,Mode,Origin,Destination,Ship Date,Status,Last Event Time,Value,Currency\n"
    "A1,UPS,express,CN,US,2026-11-01,Delivered,2026-11-04,10,USD\n"
    "B2,UPS,express,CN,US,2026-11-01,In Transit,2026-11-05,20,USD\n"
    "C3,Yanwen,postal,CN,GB,2026-11-10,In Transit,2026-11-15,5,GBP\n"
)


@pytest.fixture
def cli_db(tmp_path: Path) -> str:
    source = tmp_path / "parcels.csv"
    source.write_text(CSV)
    database = str(tmp_path / "cli.duckdb")
    assert main(["--db", database, "import", str(source)]) == 0
    return database


def test_cli_shipments_json(cli_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", cli_db, "shipments", "--as-of", "2026-11-22", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["tracking_number"], r["outcome"]) for r in rows] == [
        ("A1", "delivered"), ("B2", "suspected_lost"), ("C3", "in_transit")]
    assert rows[0]["ship_date"] == "2026-11-01T00:00:00" and rows[0]["dest_country"] == "US"


def test_cli_rates_json_keys(cli_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", cli_db, "rates", "--by", "carrier,mode", "--as-of", "2026-11-22", "--format", "json"]) == 0
    rows = {(r["carrier"], r["mode"]): r for r in json.loads(capsys.readouterr().out)}
    ups = rows[("UPS", "express")]
    assert (ups["shipments"], ups["suspected_lost"], ups["loss_rate"]) == (2, 1, 0.5)
    assert ups["loss_rate_low"] == pytest.approx(0.0945, abs=1e-4) and ups["loss_rate_high"] == pytest.approx(0.9055, abs=1e-4)


def test_cli_rates_by_route(cli_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", cli_db, "rates", "--by", "route", "--as-of", "2026-11-22", "--format", "json"]) == 0
    keys = {(r["origin_country"], r["dest_country"]) for r in json.loads(capsys.readouterr().out)}
    assert keys == {("CN", "US"), ("CN", "GB")}


def test_cli_suspected_to_files(cli_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", cli_db, "suspected", "--as-of", "2026-11-22", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["tracking_number"] for r in rows] == ["B2"]
    assert rows[0]["outcome"] == "suspected_lost" and rows[0]["risk"] >= 40 and "no scan for 17 days" in rows[0]["reasons"]
    out_csv, out_xlsx = tmp_path / "s.csv", tmp_path / "s.xlsx"
    assert main(["--db", cli_db, "suspected", "--as-of", "2026-11-22", "--out", str(out_csv)]) == 0
    assert out_csv.read_bytes().startswith(b"\xef\xbb\xbf")
    assert main(["--db", cli_db, "suspected", "--as-of", "2026-11-22", "--out", str(out_xlsx)]) == 0
    assert openpyxl.load_workbook(out_xlsx).active["A2"].value == "B2"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["shipments", "--as-of", "yesterday"], "--as-of must be a date"),
        (["import", "/no/such/file.csv"], "no such file: /no/such/file.csv"),
        (["suspected", "--out", "list.pdf"], "--out must end in .csv or .xlsx"),
        (["undo", "999"], "There is no import number 999."),
    ],
)
def test_cli_bad_input_is_one_line_and_non_zero(
    cli_db: str, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", cli_db, *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_cli_import_of_unreadable_file_fails(cli_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,price\nshirt,10\n")
    assert main(["--db", cli_db, "import", str(bad)]) == 1
    assert "bad.csv: no tracking-number column was recognised" in capsys.readouterr().err


def test_cli_claims_json(cli_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", cli_db, "claims", "--as-of", "2026-11-22", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["tracking_number"] for r in rows] == ["B2"]
    row = rows[0]
    assert row["outcome"] == "suspected_lost" and row["claim_status"] == "to_report"
    assert {"claim_deadline", "days_left", "estimated_compensation", "compensation_currency",
            "compensation_basis"} <= set(row)
    assert row["estimated_compensation"] == 20.0 and row["compensation_currency"] == "USD"


def test_cli_rates_says_how_many_parcels_were_shipped_after_the_day_judged(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "late.csv"
    source.write_text("Tracking Number,Carrier,Ship Date,Status,Delivered Date\n"
                      "A1,UPS,2025-05-02,Delivered,2025-05-06\nB2,UPS,2025-06-12,Delivered,2025-05-10\n")
    database = str(tmp_path / "late.duckdb")
    assert main(["--db", database, "import", str(source)]) == 0
    capsys.readouterr()
    assert main(["--db", database, "rates", "--by", "carrier", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert [row["shipments"] for row in json.loads(captured.out)] == [1]
    assert "1 parcel was shipped after 2025-05-10" in captured.err


def test_cli_rates_says_why_undated_parcels_are_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A data set with no dates at all (shipping.csv in shared/data/real) is in no rate: the command
    says how many parcels it left out, as the Overview does, instead of a bare "Empty DataFrame"."""
    source = tmp_path / "undated.csv"
    source.write_text("Tracking Number,Carrier,Status\nA1,UPS,Delivered\nB2,UPS,Delivered\n")
    database = str(tmp_path / "undated.duckdb")
    assert main(["--db", database, "import", str(source)]) == 0
    capsys.readouterr()
    assert main(["--db", database, "rates", "--by", "carrier"]) == 0
    captured = capsys.readouterr()
    assert "2 parcels have no ship or event date and are left out of the loss rates." in captured.err
    assert "Empty DataFrame" not in captured.out
    assert captured.out.split() == ["carrier", "shipments", *captured.out.split()[2:]]
    assert main(["--db", database, "--lang", "zh", "rates", "--by", "carrier", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == [] and "2 个包裹没有发货日期" in captured.err
