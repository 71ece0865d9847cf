"""AppTests of the suspected-lost download on data three weeks old (tests/old_export.py): each parcel
carries its claim deadline, days left from the real today, estimated compensation and the evidence
its status was read from; the workbook's sheet is named in the seller's language."""
# ruff: noqa: F811 - the fixtures imported from other test modules are used by pytest

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from old_export import AS_OF
from test_app_claims_deadlines import old_db  # noqa: F401 - fixture
from test_app_pages import download_bytes, start

from lossanalytics.i18n import t

NEW_COLUMNS = ("status_source", "status_evidence", "claim_deadline", "days_left", "estimated_compensation",
               "compensation_currency")


def downloads(lang: str) -> tuple[bytes, bytes]:
    at = start(lang, "pages/suspected.py")
    assert at.date_input(key="f_as_of").value == AS_OF  # judged as of the newest scan
    return (download_bytes(at.download_button(key="download_csv")),
            download_bytes(at.download_button(key="download_xlsx")))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_csv_download_says_by_when_and_for_how_much_to_claim(old_db: Path, lang: str) -> None:
    header, *rows = csv.reader(io.StringIO(downloads(lang)[0].decode("utf-8-sig")))
    found = {row[0]: dict(zip(header, row)) for row in rows}
    assert sorted(found) == ["1Z001", "LC003"]
    assert {name: found["1Z001"][t(f"col.{name}", lang)] for name in NEW_COLUMNS} == {
        "status_source": t("evidence.status", lang), "status_evidence": "In Transit",
        "claim_deadline": "2025-06-30", "days_left": "-11", "estimated_compensation": "40.0",
        "compensation_currency": "USD"}
    assert {name: found["LC003"][t(f"col.{name}", lang)] for name in NEW_COLUMNS} == {
        "status_source": t("evidence.event_text", lang), "status_evidence": "Left",
        "claim_deadline": "", "days_left": "", "estimated_compensation": "15.0", "compensation_currency": "USD"}
    # Still never a formula, in the new columns' neighbours as anywhere.
    assert found["1Z001"][t("col.order_id", lang)] == "'=HYPERLINK(\"x\")"
    assert found["LC003"][t("col.last_event_text", lang)] == "'-Left the depot"


@pytest.mark.parametrize(("lang", "sheet"), [("en", "Suspected lost"), ("zh", "疑似丢失")])
def test_the_workbook_has_the_same_columns_on_a_sheet_named_in_the_seller_language(
    old_db: Path, lang: str, sheet: str
) -> None:
    book = openpyxl.load_workbook(io.BytesIO(downloads(lang)[1]))
    assert book.sheetnames == [sheet]
    header, *rows = book[sheet].iter_rows(values_only=True)
    found = {row[0]: dict(zip(header, row)) for row in rows}
    assert sorted(found) == ["1Z001", "LC003"]
    assert {name: found["1Z001"][t(f"col.{name}", lang)] for name in NEW_COLUMNS} == {
        "status_source": t("evidence.status", lang), "status_evidence": "In Transit",
        "claim_deadline": datetime(2025, 6, 30), "days_left": -11, "estimated_compensation": 40,
        "compensation_currency": "USD"}
    assert {name: found["LC003"][t(f"col.{name}", lang)] for name in NEW_COLUMNS} == {
        "status_source": t("evidence.event_text", lang), "status_evidence": "Left",
        "claim_deadline": None, "days_left": None, "estimated_compensation": 15, "compensation_currency": "USD"}
    assert found["1Z001"][t("col.order_id", lang)] == "'=HYPERLINK(\"x\")"
    assert found["LC003"][t("col.last_event_text", lang)] == "'-Left the depot"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_long_list_shows_its_riskiest_parcels_and_the_downloads_hold_them_all(
    old_db: Path, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lossanalytics.ui import suspected_view

    monkeypatch.setattr(suspected_view, "TABLE_ROWS", 1)
    at = start(lang, "pages/suspected.py")
    table = at.dataframe(key="suspected_table").value
    assert table[t("col.tracking_number", lang)].tolist() == ["1Z001"]  # the riskier of the two
    captions = [caption.value for caption in at.caption]
    assert t("ui.suspected.table_capped", lang, limit=1, matching=2) in captions
    header, *rows = csv.reader(io.StringIO(download_bytes(at.download_button(key="download_csv")).decode("utf-8-sig")))
    assert sorted(row[0] for row in rows) == ["1Z001", "LC003"]


def test_an_unfiltered_list_is_not_copied() -> None:
    import pandas as pd

    from lossanalytics.ui.seller_tables import filter_suspected

    frame = pd.DataFrame({"tracking_number": ["A1", "B2"], "order_id": ["o1", None], "risk": [90, 40]})
    assert filter_suspected(frame, 0, "  ") is frame
    assert filter_suspected(frame, 50, "")["tracking_number"].tolist() == ["A1"]
    assert filter_suspected(frame, 0, "b 2")["tracking_number"].tolist() == ["B2"]
