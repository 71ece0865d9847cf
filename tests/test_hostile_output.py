"""Issue 15, item 1: no line of any cell of any CSV or workbook the product writes can start a
formula, every CSV cell is quoted (a bare carriage return never splits a row), and lists are
written as text, never as Python reprs."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossanalytics.cli import main
from lossanalytics.export import (
    FORMULA_PREFIXES,
    export_frame,
    flat_text,
    neutralise,
    neutralise_frame,
    to_csv_bytes,
    to_xlsx_bytes,
)

# Cells a seller's export can carry: a formula after a bare CR, LF or CRLF, and at the start.
HOSTILE = [
    "Shenzhen\r@SUM(1)", "LX1\n=HYPERLINK(\"http://evil.example\")", "a\r\n+cmd|' /C calc'!A0", "\r\n-2+3",
    "\t=1", "＝1+1", "a\r\r=b", "plain\nsecond line", "=1+1",
]
LINE_BREAK = re.compile(r"\r\n|\r|\n")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Shenzhen\r@SUM(1)", "Shenzhen\r'@SUM(1)"), ("x\n=1\r\n+2\r-3", "x\n'=1\r\n'+2\r'-3"),
     ("\r\n-1", "'\r\n'-1"), ("a\r\r=b", "a\r'\r'=b"), ("＝1", "'＝1"), ("＠x", "'＠x"),
     ("ok\nfine", "ok\nfine"), ("a-b\nc=d", "a-b\nc=d"), ("'=1", "'=1"), (None, None), (3.5, 3.5)],
)
def test_every_line_of_a_cell_is_neutralised(value: object, expected: object) -> None:
    assert neutralise(value) == expected
    assert neutralise(expected) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(np.array([{"currency": "EUR", "amount": 12.5}, {"currency": "USD", "amount": 3.0}], dtype=object),
      "EUR 12.5; USD 3.0"),
     ([], ""), ({"currency": "GBP", "amount": float("nan")}, "GBP"), (["a", None, "b"], "a; b"), ("x", "x"), (7, 7)],
)
def test_lists_and_records_become_text(value: object, expected: object) -> None:
    assert flat_text(value) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(alphabet=st.sampled_from([*FORMULA_PREFIXES, "\n", "a", " ", "'", "1"]),
                                             max_size=8)), min_size=1, max_size=20))
def test_a_column_is_neutralised_exactly_as_each_cell(values: list[str | None]) -> None:
    column = neutralise_frame(pd.DataFrame({"v": pd.Series(values, dtype=object)}))["v"].tolist()
    assert column == [neutralise(v) for v in values]


def physical_lines(text: str) -> list[str]:
    return [line for line in LINE_BREAK.split(text) if line]


def test_csv_quotes_every_cell_and_no_line_starts_a_formula() -> None:
    frame = pd.DataFrame({"last_event_text": HOSTILE, "risk": range(len(HOSTILE))})
    text = to_csv_bytes(frame).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) == len(HOSTILE) + 1
    assert [row[0] for row in rows[1:]] == [neutralise(v) for v in HOSTILE]
    for line in physical_lines(text):
        assert not line.startswith(FORMULA_PREFIXES), repr(line)
    for row in rows[1:]:
        for cell_line in physical_lines(row[0]):
            assert not cell_line.startswith(FORMULA_PREFIXES), repr(cell_line)
    assert text.splitlines()[1] == '"Shenzhen'


def test_headers_are_neutralised_too() -> None:
    text = to_csv_bytes(pd.DataFrame({"=cmd": ["x"]})).decode("utf-8-sig")
    assert text.splitlines() == ['"\'=cmd"', '"x"']


def test_workbook_cells_follow_the_same_rule(tmp_path: Path) -> None:
    frame = pd.DataFrame({"last_event_text": HOSTILE})
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(frame, "Hostile"))).active
    values = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    # The file format stores a carriage return as _x000D_, which openpyxl leaves as it is.
    assert [v.replace("_x000D_", "\r") for v in values] == [neutralise(v) for v in HOSTILE]
    assert all(cell.data_type == "s" for cell in sheet["A"][1:])


CSV = (
    "Tracking Number,Carrier,Mode,Origin,Destination,Ship Date,Status,Last Event Time,Last Event,Value,Currency\n"
    "A1,UPS,express,CN,US,2026-11-01,Delivered,2026-11-04,ok,10,USD\n"
    "B2,UPS,express,CN,US,2026-11-01,In Transit,2026-11-05,\"Hub\r@SUM(1)\",20,USD\n"
    "C3,=Yanwen,postal,CN,GB,2026-11-10,In Transit,2026-11-15,\"x\n+1\",5,GBP\n"
)


@pytest.fixture
def hostile_db(tmp_path: Path) -> str:
    source = tmp_path / "parcels.csv"
    source.write_bytes(CSV.encode())
    database = str(tmp_path / "cli.duckdb")
    assert main(["--db", database, "import", str(source)]) == 0
    return database


def test_rates_csv_writes_value_at_loss_as_text(hostile_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", hostile_db, "rates", "--by", "carrier", "--as-of", "2026-11-22", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {row["carrier"]: row["value_at_loss"] for row in rows} == {"UPS": "USD 20.0", "Yanwen": ""}


def test_rates_table_has_no_reprs(hostile_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", hostile_db, "rates", "--by", "mode", "--as-of", "2026-11-22"]) == 0
    out = capsys.readouterr().out
    assert "USD 20.0" in out and "{" not in out and "'currency'" not in out


@pytest.mark.parametrize("command", [["shipments"], ["suspected"], ["claims"], ["rates", "--by", "carrier"]])
def test_cli_csv_on_stdout_is_quoted_and_inert(
    hostile_db: str, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", hostile_db, *command, "--as-of", "2026-11-22", "--format", "csv"]) == 0
    text = capsys.readouterr().out
    for line in physical_lines(text):
        assert line.startswith('"') or not line.startswith(FORMULA_PREFIXES), repr(line)
    assert all(cell.startswith('"') for cell in text.splitlines()[0].split(","))


def test_cli_out_csv_keeps_rows_whole(hostile_db: str, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    assert main(["--db", hostile_db, "shipments", "--as-of", "2026-11-22", "--out", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8"), newline="")))
    events = {row["tracking_number"]: row["last_event_text"] for row in rows}
    assert events == {"A1": "ok", "B2": "Hub\r'@SUM(1)", "C3": "x\n'+1"}


def test_exported_suspected_list_is_inert() -> None:
    frame = pd.DataFrame({"carrier": ["=Yanwen"], "last_event_text": ["Hub\r@SUM(1)"]})
    out = export_frame(frame, ["carrier", "last_event_text"], "en")
    assert out.iloc[0].tolist() == ["'=Yanwen", "Hub\r'@SUM(1)"]
