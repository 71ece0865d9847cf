"""A column that holds an insurance premium is not read as the amount insured (SCMS Delivery History's
"Line Item Insurance (USD)"): the parcels stay uninsured, and the seller is told why the column was
left unread, in the import's details (page and command line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_app_mapping import open_import, stored, upload

from lossanalytics.cli import main
from lossanalytics.i18n import t
from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database
from lossanalytics.ui.numbers import md_escape

PREMIUM = "Line Item Insurance (USD)"
# Two line items of the SCMS data set (IDs 1 and 3), cut to the columns its format reads and names.
SCMS_FILE = (
    "ID,PO / SO #,ASN/DN #,Country,Managed By,Fulfill Via,Vendor INCO Term,Shipment Mode,"
    "Scheduled Delivery Date,Delivered to Client Date,Line Item Value,Weight (Kilograms),"
    f"{PREMIUM}\n"
    "1,SCMS-4,ASN-8,Côte d'Ivoire,PMO - US,Direct Drop,EXW,Air,2-Jun-06,2-Jun-06,551,13,\n"
    "3,SCMS-13,ASN-85,Vietnam,PMO - US,Direct Drop,FCA,Air,14-Nov-06,14-Nov-06,6200,358,\n"
    "4,SCMS-20,ASN-14,Côte d'Ivoire,PMO - US,Direct Drop,FCA,Air,27-Aug-06,27-Aug-06,40000,171,60.6\n"
)


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "SCMS_Delivery_History_Dataset.csv"
    path.write_text(SCMS_FILE, encoding="utf-8")
    return path


def test_the_premium_column_is_not_the_insured_value(db: Database, tmp_path: Path) -> None:
    result = import_file(db, _write(tmp_path))
    assert (result.detected_format, result.rows_stored) == ("scms_delivery_history", 3)
    assert "insured_value" not in result.mapping and PREMIUM in result.unused_columns
    assert result.column_notes == [(PREMIUM, "import.note.insurance_premium")]
    assert db.scalar("SELECT count(insured_value) FROM parcels") == 0
    assert db.query("SELECT declared_value FROM parcels WHERE tracking_number = 'SCMS-4'").to_pylist() == [
        {"declared_value": 40000.0}]


def test_cli_says_why_the_premium_column_was_left_unread(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "cli.duckdb"), "import", str(_write(tmp_path))]) == 0
    assert "  " + t("import.note.insurance_premium", "en", column=PREMIUM) in capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_import_page_says_why_the_premium_column_was_left_unread(empty_db_path: Path, lang: str) -> None:
    at = upload(open_import(lang), "SCMS_Delivery_History_Dataset.csv", SCMS_FILE.encode())
    assert not at.exception, [e.value for e in at.exception]
    assert t("import.note.insurance_premium", lang, column=md_escape(PREMIUM)) in [i.value for i in at.info]
    assert stored(empty_db_path, "SELECT count(insured_value) FROM parcels") == [(0,)]
