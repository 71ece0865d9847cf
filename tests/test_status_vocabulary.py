"""Values nobody could read are listed; the seller's status for them is kept, reused by later
imports, and applied to the stored parcels at once (issue 11, item 6)."""

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
from lossanalytics.i18n import t
from lossanalytics.importing import import_file, undo_import
from lossanalytics.importing.status_vocabulary import (
    Unread,
    VocabularyProblem,
    assign_statuses,
    assigned_statuses,
    unread_values,
)
from lossanalytics.normalise import status_hints
from lossanalytics.normalise.status_hints import HintIndex, KnownText
from lossanalytics.storage.db import Database

EXPORT = (
    "Tracking Number,Carrier,Ship Date,Status,Last Event Time,Latest event\n"
    "TR1,Pósturinn,2026-10-01,Afhent,2026-10-05 10:00,\n"
    "TR2,Pósturinn,2026-10-01,Afhent,2026-10-06 10:00,\n"
    "TR3,Pósturinn,2026-10-01,,2026-10-06 10:00,Sending endursend til sendanda\n"
    "TR4,Pósturinn,2026-10-01,In transit,2026-10-06 10:00,\n"
)


# The hints come from this one known text, not the shipped corpus: the event text below is it word for
# word (alike 1.0), and "Afhent" shares no three letters with it (no hint).
RETURNED = KnownText("Sending endursend til sendanda", "is", "Known Post", "fixture", "returned")


@pytest.fixture(autouse=True)
def _known_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    index = HintIndex([RETURNED])
    monkeypatch.setattr(status_hints, "known_index", lambda: index)


def _statuses(db: Database) -> dict[str, str]:
    return dict(db.execute("SELECT tracking_number, status FROM parcels ORDER BY 1"))


def test_unread_values_are_listed_and_the_sellers_choice_applies_at_once(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "tracking.csv"
    path.write_text(EXPORT, encoding="utf-8")
    import_file(db, path)
    afhent, returned = unread_values(db)
    assert afhent == Unread("status", "Afhent", 2, None)
    assert returned.hint is not None and returned.hint.alike == pytest.approx(1.0)
    assert returned == Unread("event_text", "Sending endursend til sendanda", 1, returned.hint)
    assert returned.hint.known == RETURNED
    assert _statuses(db) == {"TR1": "unknown", "TR2": "unknown", "TR3": "unknown", "TR4": "in_transit"}

    changed = assign_statuses(db, {"Afhent": "delivered", "Sending endursend til sendanda": "returned"})
    assert changed == 3
    assert _statuses(db) == {"TR1": "delivered", "TR2": "delivered", "TR3": "returned", "TR4": "in_transit"}
    assert db.execute("SELECT status_source, status_evidence FROM parcels WHERE tracking_number = 'TR3'") == [
        ("event_text", "Sending endursend til sendanda")]
    assert unread_values(db) == []
    assert assigned_statuses(db)[0][1] in ("delivered", "returned")


def test_later_imports_use_the_choice_and_merged_parcels_follow(db: Database, tmp_path: Path) -> None:
    assign_statuses(db, {"afhent": "delivered"})
    first = tmp_path / "a.csv"
    first.write_text(EXPORT, encoding="utf-8")
    import_file(db, first)
    assert _statuses(db)["TR1"] == "delivered"  # case and spacing do not matter
    update = tmp_path / "b.csv"
    update.write_text("Tracking Number,Status,Last Event Time\nTR4,Zimmer 9,2026-10-09 10:00\n", encoding="utf-8")
    second = import_file(db, update).import_id
    assert _statuses(db)["TR4"] == "in_transit"  # the newest row says nothing readable
    assert assign_statuses(db, {"Zimmer 9": "exception"}) == 1
    assert _statuses(db)["TR4"] == "exception"
    undo_import(db, second)
    assert _statuses(db)["TR4"] == "in_transit"


def test_a_scan_log_is_read_again(db: Database, tmp_path: Path) -> None:
    log = tmp_path / "scans.csv"
    log.write_text("Tracking Number,Event Time,Location,Description\n"
                   "EV1,2026-10-01 08:00,Akureyri,Sending á leiðinni\n"
                   "EV1,2026-10-03 08:00,Reykjavík,Afhent\n", encoding="utf-8")
    import_file(db, log)
    assert _statuses(db) == {"EV1": "unknown"}
    assign_statuses(db, {"Afhent": "delivered"})
    assert _statuses(db) == {"EV1": "delivered"}


@pytest.mark.parametrize(("choices", "key"), [
    ({"Afhent": "unknown"}, "vocabulary.error.status"),
    ({"Afhent": "shipped"}, "vocabulary.error.status"),
    ({" ": "delivered"}, "vocabulary.error.value"),
])
def test_a_choice_that_cannot_be_saved_is_refused(db: Database, choices: dict, key: str) -> None:
    with pytest.raises(VocabularyProblem) as refused:
        assign_statuses(db, choices)
    assert refused.value.key == key
    assert db.scalar("SELECT count(*) FROM status_vocabulary") == 0


def imported_by_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], export: str) -> str:
    """A database made by the CLI importing `export` (its output read away); its path."""
    from lossanalytics.cli import main

    path = tmp_path / "export.csv"
    path.write_text(export, encoding="utf-8")
    db_path = str(tmp_path / "cli.duckdb")
    assert main(["--db", db_path, "import", str(path)]) == 0
    capsys.readouterr()
    return db_path


def test_the_cli_lists_and_reads_unread_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from lossanalytics.cli import main

    db_path = imported_by_cli(tmp_path, capsys, EXPORT)
    assert main(["--db", db_path, "unread", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [
        {"field": "status", "value": "Afhent", "parcels": 2, "similar": 0, "closest_text": None,
         "closest_carrier": None, "hint_status": None, "alike": None, "agreeing": None, "compared": None},
        {"field": "event_text", "value": "Sending endursend til sendanda", "parcels": 1, "similar": 0,
         "closest_text": "Sending endursend til sendanda", "closest_carrier": "Known Post", "hint_status": "returned",
         "alike": 1.0, "agreeing": 1, "compared": 1}]
    assert main(["--db", db_path, "unread"]) == 0
    assert list(csv.reader(io.StringIO(capsys.readouterr().out))) == [
        ["field", "value", "parcels", "similar", "closest_text", "closest_carrier", "hint_status", "alike", "agreeing",
         "compared"],
        ["status", "Afhent", "2", "0", "", "", "", "", "", ""],
        ["event_text", "Sending endursend til sendanda", "1", "0", "Sending endursend til sendanda", "Known Post", "returned",
         "1.0", "1", "1"]]
    assert main(["--db", db_path, "read-as", "Afhent", "delivered"]) == 0
    assert "2 parcels changed" in capsys.readouterr().out  # English by the test environment
    assert main(["--db", db_path, "unread", "--format", "json"]) == 0
    assert "Afhent" not in capsys.readouterr().out


def test_the_cli_lists_a_shape_once_and_read_as_covers_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from lossanalytics.cli import main

    db_path = imported_by_cli(tmp_path, capsys, SHAPED)
    assert main(["--db", db_path, "unread", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"field": "event_text", "value": "Bay 12 staged", "parcels": 4, "similar": 2, "closest_text": None,
         "closest_carrier": None, "hint_status": None, "alike": None, "agreeing": None, "compared": None}]
    # Another value of the shape than the one shown: all four parcels are read.
    assert main(["--db", db_path, "read-as", "Bay 7 staged", "in_transit"]) == 0
    assert capsys.readouterr().out.strip() == (
        "“Bay 7 staged” and the texts that differ from it only in numbers now read as In transit: 4 parcels changed")
    assert main(["--db", db_path, "unread", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_suspected_parcel_whose_status_was_not_read_says_so(db: Database, tmp_path: Path) -> None:
    """Issue 11: a parcel flagged while its carrier's words were not understood names those
    words and where to give them a meaning, instead of looking like one without news."""
    path = tmp_path / "tracking.csv"
    path.write_text(EXPORT, encoding="utf-8")
    import_file(db, path)
    scope = AnalysisScope(date(2026, 12, 1), DetectionSettings())
    flagged = suspected(db, scope).set_index("tracking_number")
    assert {"TR1", "TR2", "TR3"} <= set(flagged.index)
    said = t("reason.status_unread", "en", words="Afhent")
    assert said in flagged.loc["TR1", "reasons"] and said in flagged.loc["TR2", "reasons"]
    assert t("reason.status_unread", "en", words="Sending endursend til sendanda") in flagged.loc["TR3", "reasons"]
    # Once the seller says what the words mean, they are read: delivered and returned, not flagged.
    assign_statuses(db, {"Afhent": "delivered", "Sending endursend til sendanda": "returned"})
    assert not {"TR1", "TR2", "TR3"} & set(suspected(db, scope)["tracking_number"])


# Event texts that differ only in their numbers (full-width ones too, and case): one shape.
SHAPED = (
    "Tracking Number,Carrier,Ship Date,Status,Last Event Time,Latest event\n"
    "SH1,Pósturinn,2026-10-01,,2026-10-05 10:00,Bay 12 staged\n"
    "SH2,Pósturinn,2026-10-01,,2026-10-05 10:00,Bay 12 staged\n"
    "SH3,Pósturinn,2026-10-01,,2026-10-05 10:00,Bay 7 staged\n"
    "SH4,Pósturinn,2026-10-01,,2026-10-05 10:00,BAY ４０２１ staged\n"
)


def test_values_that_differ_only_in_numbers_are_one_line_and_one_choice(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "shaped.csv"
    path.write_text(SHAPED, encoding="utf-8")
    import_file(db, path)
    # Three distinct texts, four parcels; "Bay 12 staged" has most (two) and stands for them.
    assert unread_values(db) == [Unread("event_text", "Bay 12 staged", 4, None, 2)]

    assert assign_statuses(db, {"Bay 12 staged": "in_transit"}) == 4
    assert _statuses(db) == {"SH1": "in_transit", "SH2": "in_transit", "SH3": "in_transit", "SH4": "in_transit"}
    assert db.execute("SELECT status_source, status_evidence FROM parcels WHERE tracking_number = 'SH4'") == [
        ("event_text", "BAY ４０２１ staged")]
    assert unread_values(db) == []

    # A later file's new number is read by the same choice: no new line.
    later = tmp_path / "later.csv"
    later.write_text("Tracking Number,Carrier,Ship Date,Last Event Time,Latest event\n"
                     "SH5,Pósturinn,2026-10-02,2026-10-06 10:00,Bay 555 staged\n", encoding="utf-8")
    import_file(db, later)
    assert _statuses(db)["SH5"] == "in_transit"
    assert unread_values(db) == []


def test_lines_are_per_field_and_shape_and_a_tie_goes_to_the_first_text(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "fields.csv"
    path.write_text(
        "Tracking Number,Carrier,Ship Date,Status,Last Event Time,Latest event\n"
        "FS1,Pósturinn,2026-10-01,Zimmer 9 frei,2026-10-05 10:00,\n"
        "FS2,Pósturinn,2026-10-01,Zimmer 10 frei,2026-10-05 10:00,\n"
        "FS3,Pósturinn,2026-10-01,,2026-10-05 10:00,Zimmer 11 frei\n"
        "FS4,Pósturinn,2026-10-01,,2026-10-05 10:00,Palette 44 bereit\n", encoding="utf-8")
    import_file(db, path)
    # "Zimmer 10 frei" sorts before "Zimmer 9 frei" as text; the event text "Zimmer 11 frei" is a line of its own field.
    assert [(u.field, u.value, u.parcels, u.similar) for u in unread_values(db)] == [
        ("status", "Zimmer 10 frei", 2, 1), ("event_text", "Palette 44 bereit", 1, 0),
        ("event_text", "Zimmer 11 frei", 1, 0)]
    # The choice for one field's value reads the other field's value of that shape too: one vocabulary.
    assert assign_statuses(db, {"Zimmer 10 frei": "exception"}) == 3
    assert [u.value for u in unread_values(db)] == ["Palette 44 bereit"]


def test_a_code_whose_number_is_its_meaning_is_a_line_and_a_choice_of_its_own(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "codes.csv"
    path.write_text(
        "Tracking Number,Carrier,Ship Date,Status,Last Event Time\n"
        "SC1,Pósturinn,2026-10-01,Stage 40,2026-10-05 10:00\n"
        "SC2,Pósturinn,2026-10-01,Stage 40,2026-10-05 10:00\n"
        "SC3,Pósturinn,2026-10-01,Stage 90,2026-10-05 10:00\n"
        "SC4,Pósturinn,2026-10-01,77,2026-10-05 10:00\n", encoding="utf-8")
    import_file(db, path)
    # One word of letters and a number, or a number alone: the number may be the status, so no shape.
    assert [(u.value, u.parcels, u.similar) for u in unread_values(db)] == [
        ("Stage 40", 2, 0), ("77", 1, 0), ("Stage 90", 1, 0)]
    assert assign_statuses(db, {"Stage 40": "in_transit"}) == 2
    assert [u.value for u in unread_values(db)] == ["77", "Stage 90"]
