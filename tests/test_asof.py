"""The default as-of date: the newest event in the seller's data, or today when that is recent."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from lossanalytics import cli
from lossanalytics.analytics.asof import DataDate, data_date, newest_event
from lossanalytics.cli import main
from lossanalytics.i18n import t
from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database

TODAY = date(2026, 12, 4)
HEADER = "Tracking Number,Carrier,Origin,Destination,Ship Date,Status,Last Event Time,Delivered Date\n"


def imported(db: Database, folder: Path, name: str, text: str) -> Database:
    path = folder / name
    path.write_text(text)
    assert import_file(db, path).rows_stored > 0
    return db


@pytest.mark.parametrize(("newest", "age", "stale", "as_of"), [
    (date(2026, 11, 13), 21, True, date(2026, 11, 13)),
    (date(2026, 12, 1), 3, True, date(2026, 12, 1)),
    (date(2026, 12, 2), 2, False, TODAY),
    (date(2026, 12, 4), 0, False, TODAY),
    (None, 0, False, TODAY),
])
def test_old_data_is_judged_as_of_its_newest_event(newest: date | None, age: int, stale: bool, as_of: date) -> None:
    known = DataDate(TODAY, newest)
    assert (known.age_days, known.is_stale, known.default_as_of) == (age, stale, as_of)


def test_an_empty_database_has_no_newest_event(db: Database) -> None:
    assert newest_event(db, TODAY) is None
    assert data_date(db, TODAY) == DataDate(TODAY, None)


def test_a_delivery_after_the_last_event_time_counts(db: Database, tmp_path: Path) -> None:
    imported(db, tmp_path, "orders.csv", HEADER
             + "UPS-1,UPS,CN,US,2026-11-01,In Transit,2026-11-06 10:00,\n"
             + "UPS-2,UPS,CN,US,2026-11-02,Delivered,2026-11-08 09:00,2026-11-12 18:30\n")
    assert newest_event(db, TODAY) == date(2026, 11, 12)


def test_scans_count(db: Database, fixtures: Path) -> None:
    assert import_file(db, fixtures / "scan_log_no_status.csv").rows_stored > 0
    assert newest_event(db, TODAY) == date(2026, 11, 9)


def test_a_scan_newer_than_any_parcel_row_counts(db: Database, tmp_path: Path) -> None:
    imported(db, tmp_path, "orders.csv", HEADER + "UPS-1,UPS,CN,US,2026-11-01,In Transit,2026-11-06 10:00,\n")
    db.execute("INSERT INTO tracking_events VALUES (1, 9, 'UPS-1', TIMESTAMP '2026-11-20 07:00', 'in_transit', "
               "NULL, NULL, NULL)")
    assert newest_event(db, TODAY) == date(2026, 11, 20)


def test_times_after_today_are_left_out(db: Database, tmp_path: Path) -> None:
    imported(db, tmp_path, "orders.csv", HEADER
             + "UPS-1,UPS,CN,US,2026-11-01,In Transit,2026-11-06 10:00,\n"
             + "UPS-2,UPS,CN,US,2026-11-02,In Transit,2026-12-28 09:00,\n")
    assert newest_event(db, TODAY) == date(2026, 11, 6)
    assert data_date(db, TODAY).default_as_of == date(2026, 11, 6)
    assert newest_event(db, date(2026, 12, 28)) == date(2026, 12, 28)


def test_a_scan_late_today_counts_as_today(db: Database, tmp_path: Path) -> None:
    imported(db, tmp_path, "orders.csv", HEADER + "UPS-1,UPS,CN,US,2026-11-01,In Transit,2026-12-04 23:30,\n")
    assert newest_event(db, TODAY) == TODAY


CLI_CSV = HEADER + (
    "A1,UPS,CN,US,2026-11-01,Delivered,2026-11-04,2026-11-04\n"
    "B2,UPS,CN,US,2026-11-08,In Transit,2026-11-12,\n"
    "C3,Yanwen,CN,GB,2026-11-10,In Transit,2026-11-15,\n"
)


@pytest.fixture
def cli_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    source = tmp_path / "parcels.csv"
    source.write_text(CLI_CSV)
    database = str(tmp_path / "cli.duckdb")
    assert main(["--db", database, "import", str(source)]) == 0
    capsys.readouterr()
    return database


def seen_from(monkeypatch: pytest.MonkeyPatch, today: date) -> None:
    monkeypatch.setattr(cli, "today", lambda: today)


def outcomes(capsys: pytest.CaptureFixture[str]) -> tuple[dict[str, str], str]:
    captured = capsys.readouterr()
    return {r["tracking_number"]: r["outcome"] for r in json.loads(captured.out)}, captured.err


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_cli_judges_old_data_as_of_its_newest_scan_and_says_so(
    cli_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    seen_from(monkeypatch, TODAY)
    assert main(["--db", cli_db, "--lang", lang, "shipments", "--format", "json"]) == 0
    judged, err = outcomes(capsys)
    assert err == t("cli.as_of.newest_scan", lang, as_of=date(2026, 11, 15), days=19) + "\n"
    assert main(["--db", cli_db, "shipments", "--as-of", "2026-11-15", "--format", "json"]) == 0
    assert outcomes(capsys) == (judged, "")
    assert judged == {"A1": "delivered", "B2": "in_transit", "C3": "in_transit"}


def test_cli_judges_current_data_as_of_today_quietly(
    cli_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen_from(monkeypatch, date(2026, 11, 17))
    assert main(["--db", cli_db, "shipments", "--format", "json"]) == 0
    judged, err = outcomes(capsys)
    assert err == ""
    assert main(["--db", cli_db, "shipments", "--as-of", "2026-11-17", "--format", "json"]) == 0
    assert outcomes(capsys) == (judged, "")


def test_cli_explicit_as_of_wins_without_a_word(
    cli_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen_from(monkeypatch, TODAY)
    assert main(["--db", cli_db, "shipments", "--as-of", "2026-12-04", "--format", "json"]) == 0
    judged, err = outcomes(capsys)
    assert err == ""
    assert judged == {"A1": "delivered", "B2": "suspected_lost", "C3": "suspected_lost"}
