"""An import's summary tells a value it could not read (left empty) from a value it kept as written but
that looks wrong (a delivery dated before its shipping: both dates kept, only that transit time left
out of the figures). Counted together as "set aside" or "could not read", the second was misreported.

The file has one row of each, and one clean row.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_app_pages import start

from lossanalytics.cli import main
from lossanalytics.i18n import t
from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database
from lossanalytics.ui.numbers import md_escape

CSV = (
    "Tracking Number,Carrier,Origin,Destination,Ship Date,Status,Delivered Date\n"
    "CLEAN-1,UPS,CN,US,2026-03-01,Delivered,2026-03-05\n"
    "UNREAD-1,UPS,CN,US,not a date,In Transit,\n"                    # ship date left empty
    "BACKWARDS-1,UPS,CN,US,2026-03-10,Delivered,2026-03-03\n"        # both dates kept: to check
)


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "one of each.csv"
    path.write_text(CSV)
    return path


def test_values_left_empty_and_values_to_check_are_counted_apart(db: Database, csv_file: Path) -> None:
    result = import_file(db, csv_file)
    assert (result.rows_stored, result.rows_rejected, result.rows_warned, result.rows_to_check) == (3, 0, 1, 1)
    kept = db.query_df("SELECT ship_date, delivered_date FROM parcels WHERE tracking_number = 'BACKWARDS-1'")
    assert kept.notna().all(axis=None)  # both dates of the row to check are stored


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "one of each.csv: import 1 (Spreadsheet, columns read by their names, Tracking): rows read 3, new parcels 3, updated 0, "
           "rejected 0, with a value left empty (could not be read) 1, with values kept to check 1"),
    ("zh", "one of each.csv：导入 1（按列名识别的表格，物流跟踪）：读取 3 行，新增包裹 3 个，更新 0 个，拒绝 0 行，"
           "1 行有值无法识别而留空，1 行有值已保留但待核对"),
])
def test_the_cli_line_words_them_apart(tmp_path: Path, csv_file: Path, capsys: pytest.CaptureFixture[str],
                                       lang: str, line: str) -> None:
    assert main(["--db", str(tmp_path / "cli.duckdb"), "--lang", lang, "import", str(csv_file)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == line


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_import_page_words_them_apart(empty_db_path: Path, lang: str) -> None:
    at = start(lang, "pages/import.py")
    at.file_uploader(key="uploads").upload("one of each.csv", CSV.encode(), "text/csv")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    summary = t("ui.import.summary", lang, file=md_escape("one of each.csv"), read=3, stored=3, updated=0, rejected=0,
                warned=1, checked=1)
    assert summary in [m.value for m in at.markdown]
    row = at.dataframe[0].value.iloc[0]
    assert (row[t("ui.col.rows_warned", lang)], row[t("ui.col.rows_to_check", lang)]) == (1, 1)
