"""Detection thresholds are whole days, as a seller counts them on a calendar (DESIGN §6; thresholds.DAY_FIELDS).

A parcel is judged at the end of its as-of day, so a limit of N days is passed at the end of its
Nth calendar day, and its reason says so. A fraction of a day (7.5) would make the day a parcel is
flagged on depend on the hour of its last scan, and its reason showed the limit rounded ("no scan
for 7 days ... should scan at least every 8 days" on a flagged parcel). The Settings form refuses a
fraction (tests/test_app_settings.py); a fraction saved earlier is used as the next whole day, and
every page and the command line say so, naming the field."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from test_reasons_calendar_days import HEADER, ROWS, STATUS

from lossanalytics.analytics.detect import suspected
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import SETTINGS_KEY, DetectionSettings, RoundedDays, load_detection
from lossanalytics.cli import main
from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database
from lossanalytics.storage.settings_store import write_setting

#: Saved by an earlier version, whose form took halves of days.
SAVED = json.dumps({"stall_days": {"express": 7.5}, "overdue_days": {"express": 9.5}, "edd_grace_days": 7.0})
NOTES = {
    "en": ["The detection threshold “Days without a scan (Express)” is saved as 7.5 days. Thresholds count whole "
           "days, as a calendar does, so 8 days are used: no parcel is flagged before the 7.5 days have passed. "
           "Save the detection thresholds on the Settings page to keep 8, or set another whole number.",
           "The detection threshold “Days in transit (Express)” is saved as 9.5 days. Thresholds count whole days, "
           "as a calendar does, so 10 days are used: no parcel is flagged before the 9.5 days have passed. Save the "
           "detection thresholds on the Settings page to keep 10, or set another whole number."],
    "zh": ["检测阈值“无扫描天数（快递）”保存为 7.5 天。阈值按整天计算（与日历一致），因此现按 8 天计算：在 7.5 天过去之前，"
           "不会有包裹被标记。请在“设置”页面保存检测阈值以保留 8 天，或改设其他整数天数。",
           "检测阈值“运输天数（快递）”保存为 9.5 天。阈值按整天计算（与日历一致），因此现按 10 天计算：在 9.5 天过去之前，"
           "不会有包裹被标记。请在“设置”页面保存检测阈值以保留 10 天，或改设其他整数天数。"],
}
# STALL's last scan was on 30 Nov (8 days of silence reached on 8 Dec), LATE shipped on 27 Nov and
# STALL on 29 Nov (10 days on their way reached on 7 and 9 Dec): the limit's day, then the day after.
EXPECTED = {
    ("en", date(2026, 12, 6)): {},
    ("en", date(2026, 12, 7)): {
        "LATE": "shipped 10 days ago and not delivered by the end of the day; Express parcels should arrive within "
                "10 days"},
    ("en", date(2026, 12, 8)): {
        "STALL": "no scan for 8 days and none by the end of the day; Express parcels should scan at least every 8 days",
        "LATE": "shipped 11 days ago; Express parcels should arrive within 10 days"},
    ("en", date(2026, 12, 9)): {
        "STALL": "no scan for 9 days; Express parcels should scan at least every 8 days; shipped 10 days ago and not "
                 "delivered by the end of the day; Express parcels should arrive within 10 days",
        "LATE": "shipped 12 days ago; Express parcels should arrive within 10 days"},
    ("zh", date(2026, 12, 6)): {},
    ("zh", date(2026, 12, 7)): {"LATE": "已发货 10 天，截至当天结束仍未送达；快递包裹通常在 10 天内送达"},
    ("zh", date(2026, 12, 8)): {
        "STALL": "已 8 天没有新的扫描记录，截至当天结束仍无扫描；快递包裹通常每 8 天内至少扫描一次",
        "LATE": "已发货 11 天；快递包裹通常在 10 天内送达"},
    ("zh", date(2026, 12, 9)): {
        "STALL": "已 9 天没有新的扫描记录；快递包裹通常每 8 天内至少扫描一次；已发货 10 天，截至当天结束仍未送达；"
                 "快递包裹通常在 10 天内送达",
        "LATE": "已发货 12 天；快递包裹通常在 10 天内送达"},
}


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "parcels.csv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n")
    return path


def test_a_saved_fraction_of_a_day_is_used_as_the_next_whole_day_and_named(db: Database) -> None:
    write_setting(db, SETTINGS_KEY, SAVED)
    detection = load_detection(db)
    assert (detection.settings.stall_days["express"], detection.settings.overdue_days["express"]) == (8, 10)
    assert detection.settings.edd_grace_days == 7 and isinstance(detection.settings.edd_grace_days, int)
    assert detection.rounded == (RoundedDays("stall_days", "express", 7.5, 8),
                                 RoundedDays("overdue_days", "express", 9.5, 10))
    assert {lang: detection.notes(lang) for lang in NOTES} == NOTES


def test_whole_days_saved_as_floats_need_no_note(db: Database) -> None:
    write_setting(db, SETTINGS_KEY, json.dumps({"stall_days": {"express": 9.0}, "not_found_days": 25.0}))
    detection = load_detection(db)
    assert detection.rounded == () and detection.settings.stall_days["express"] == 9
    assert detection.settings.not_found_days == 25


@pytest.mark.parametrize(("name", "value"), [("edd_grace_days", 1.5), ("customs_hold_days", 20.25)])
def test_the_settings_refuse_a_fraction_of_a_day_naming_the_field(name: str, value: float) -> None:
    with pytest.raises(ValueError, match=f"^{name}: {value} is not a whole number of days$"):
        DetectionSettings(**{name: value})
    with pytest.raises(ValueError, match=r"^stall_days \(sea\): 44.5 is not a whole number of days$"):
        DetectionSettings(stall_days={**DetectionSettings().stall_days, "sea": 44.5})
    assert DetectionSettings(stall_factor=1.1).stall_factor == 1.1  # factors are not days


@pytest.mark.parametrize(("lang", "as_of"), sorted(EXPECTED))
def test_the_reasons_state_the_whole_days_used_on_the_limits_day_and_the_day_after(
        db: Database, source: Path, lang: str, as_of: date) -> None:
    assert import_file(db, source).rows_stored == len(ROWS)
    write_setting(db, SETTINGS_KEY, SAVED)
    frame = suspected(db, AnalysisScope(as_of, load_detection(db).settings), lang)
    join = "; " if lang == "en" else "；"
    shown = {number: text for number, text in zip(frame["tracking_number"], frame["reasons"]) if number != "JUNE"}
    assert shown == {number: text + join + STATUS[lang] for number, text in EXPECTED[(lang, as_of)].items()}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_command_line_says_which_threshold_it_rounded(source: Path, tmp_path: Path, lang: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "cli.duckdb"
    assert main(["--db", str(database), "import", str(source)]) == 0
    db = Database(database)
    write_setting(db, SETTINGS_KEY, SAVED)
    db.close()
    capsys.readouterr()
    assert main(["--db", str(database), "--lang", lang, "suspected", "--as-of", "2026-12-08", "--format", "json"]) == 0
    printed = capsys.readouterr()
    assert printed.err.splitlines() == NOTES[lang]
    listed = {row["tracking_number"]: row["reasons"] for row in json.loads(printed.out) if row["tracking_number"] != "JUNE"}
    join = "; " if lang == "en" else "；"
    assert listed == {number: text + join + STATUS[lang]
                      for number, text in EXPECTED[(lang, date(2026, 12, 8))].items()}
