"""The days the suspected-loss reasons show are counted like a seller counts them on a calendar
(7 Dec - 8 Jun = 182), and agree with the rule: a parcel is judged at the end of its as-of day,
so on the day its count reaches a limit it is past that limit, and its reason says the day's
end is what puts it past; the day before it is not flagged, the day after its count is above.
The command line's JSON and its CSV (the page's download) carry the same words and days."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from lossanalytics.analytics.detect import suspected
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.cli import main
from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database

HEADER = "Tracking Number,Carrier,Mode,Origin,Destination,Ship Date,Status,Last Event Time,Value,Currency\n"
ROWS = [
    # Shipped 8 June, silent since 10 June: as of 7 December, 182 and 180 calendar days.
    "JUNE,China Post,postal,CN,US,2026-06-08,In Transit,2026-06-10,30,USD",
    # Express: silent at most 7 days. Last scan 30 Nov 09:30, so 7 Dec is the seventh day.
    "STALL,UPS,express,CN,US,2026-11-29 08:00,In Transit,2026-11-30 09:30,30,USD",
    # Express: on its way at most 10 days. Shipped 27 Nov, so 7 Dec is the tenth day; scanned 6 Dec.
    "LATE,UPS,express,CN,US,2026-11-27,In Transit,2026-12-06 18:00,30,USD",
]
STATUS = {"en": "status “In transit” from the status column (“In Transit”)",
          "zh": "状态“运输途中”来自状态列（“In Transit”）"}
EXPECTED = {
    ("en", date(2026, 12, 6)): {
        "JUNE": "no scan for 179 days; Postal parcels should scan at least every 15 days; "
                "shipped 181 days ago; Postal parcels should arrive within 45 days",
    },
    ("en", date(2026, 12, 7)): {
        "JUNE": "no scan for 180 days; Postal parcels should scan at least every 15 days; "
                "shipped 182 days ago; Postal parcels should arrive within 45 days",
        "STALL": "no scan for 7 days and none by the end of the day; Express parcels should scan at least every 7 days",
        "LATE": "shipped 10 days ago and not delivered by the end of the day; Express parcels should arrive within 10 days",
    },
    ("en", date(2026, 12, 8)): {
        "JUNE": "no scan for 181 days; Postal parcels should scan at least every 15 days; "
                "shipped 183 days ago; Postal parcels should arrive within 45 days",
        "STALL": "no scan for 8 days; Express parcels should scan at least every 7 days",
        "LATE": "shipped 11 days ago; Express parcels should arrive within 10 days",
    },
    ("zh", date(2026, 12, 6)): {
        "JUNE": "已 179 天没有新的扫描记录；邮政小包包裹通常每 15 天内至少扫描一次；已发货 181 天；邮政小包包裹通常在 45 天内送达",
    },
    ("zh", date(2026, 12, 7)): {
        "JUNE": "已 180 天没有新的扫描记录；邮政小包包裹通常每 15 天内至少扫描一次；已发货 182 天；邮政小包包裹通常在 45 天内送达",
        "STALL": "已 7 天没有新的扫描记录，截至当天结束仍无扫描；快递包裹通常每 7 天内至少扫描一次",
        "LATE": "已发货 10 天，截至当天结束仍未送达；快递包裹通常在 10 天内送达",
    },
    ("zh", date(2026, 12, 8)): {
        "JUNE": "已 181 天没有新的扫描记录；邮政小包包裹通常每 15 天内至少扫描一次；已发货 183 天；邮政小包包裹通常在 45 天内送达",
        "STALL": "已 8 天没有新的扫描记录；快递包裹通常每 7 天内至少扫描一次",
        "LATE": "已发货 11 天；快递包裹通常在 10 天内送达",
    },
}


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "parcels.csv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n")
    return path


@pytest.mark.parametrize(("lang", "as_of"), sorted(EXPECTED))
def test_days_are_calendar_days_and_a_limit_reached_today_says_the_day_end_puts_it_past(
        db: Database, source: Path, lang: str, as_of: date) -> None:
    assert import_file(db, source).rows_stored == len(ROWS)
    frame = suspected(db, AnalysisScope(as_of, DetectionSettings()), lang)
    join = "; " if lang == "en" else "；"
    assert dict(zip(frame["tracking_number"], frame["reasons"])) == {
        number: text + join + STATUS[lang] for number, text in EXPECTED[(lang, as_of)].items()}


def test_the_command_line_json_and_csv_show_the_same_days(source: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    database = str(tmp_path / "cli.duckdb")
    assert main(["--db", database, "import", str(source)]) == 0
    capsys.readouterr()
    assert main(["--db", database, "suspected", "--as-of", "2026-12-07", "--format", "json"]) == 0
    listed = {row["tracking_number"]: row for row in json.loads(capsys.readouterr().out)}
    out = tmp_path / "suspected.csv"
    assert main(["--db", database, "suspected", "--as-of", "2026-12-07", "--out", str(out)]) == 0
    header, *rows = csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")))
    written = {row[0]: dict(zip(header, row)) for row in rows}
    assert {number: row["reasons"] for number, row in listed.items()} == {
        number: text + "; " + STATUS["en"] for number, text in EXPECTED[("en", date(2026, 12, 7))].items()}
    assert {number: (row["Reasons"], row["Days left"]) for number, row in written.items()} == {
        number: (row["reasons"], str(row["days_left"])) for number, row in listed.items()}
