"""The upload box takes every file the importer reads: its list comes from the readers."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_app_mapping import open_import, results_row, stored

from lossanalytics.i18n import t
from lossanalytics.importing.containers import WORKBOOK_SUFFIXES
from lossanalytics.importing.readers import ACCEPTED_SUFFIXES, JSON_SUFFIXES, TEXT_SUFFIXES
from lossanalytics.ui.uploads import accepted_formats


@pytest.fixture
def db_path(empty_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("LOSSANALYTICS_MAX_UPLOAD_MB", raising=False)
    return empty_db_path


def test_every_ending_a_reader_takes_is_accepted() -> None:
    assert set(WORKBOOK_SUFFIXES) | set(JSON_SUFFIXES) | set(TEXT_SUFFIXES) <= set(ACCEPTED_SUFFIXES)
    assert ACCEPTED_SUFFIXES == (".csv", ".tsv", ".txt", ".tab", ".xlsx", ".xlsm", ".xlsb", ".xls", ".ods",
                                 ".json", ".jsonl", ".ndjson")


@pytest.mark.parametrize(("lang", "listed"), [
    ("en", ".csv, .tsv, .txt, .tab, .xlsx, .xlsm, .xlsb, .xls, .ods, .json, .jsonl, .ndjson"),
    ("zh", ".csv、.tsv、.txt、.tab、.xlsx、.xlsm、.xlsb、.xls、.ods、.json、.jsonl、.ndjson"),
])
def test_the_help_lists_the_same_endings(lang: str, listed: str) -> None:
    assert accepted_formats(lang) == listed


def test_a_shipstation_json_export_is_uploaded_and_imported(db_path: Path, fixtures: Path) -> None:
    at = open_import("en")
    box = at.file_uploader(key="uploads")
    assert set(box.allowed_type) == set(ACCEPTED_SUFFIXES)
    assert f"({accepted_formats('en')})" in at.expander[0].children[0].value
    box.upload("shipments.json", (fixtures / "shipstation_shipments.json").read_bytes(), "application/json")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    row = results_row(at)
    assert (row[t("col.file_name", "en")], row[t("ui.col.result", "en")], row[t("ui.col.rows_stored", "en")]) == (
        "shipments.json", t("ui.import.outcome.imported", "en"), 3)
    assert stored(db_path, "SELECT file_name, detected_format, rows_stored FROM imports") == [
        ("shipments.json", "shipstation", 3)]
