"""Column-mapping profiles: suggestions for an unknown file, saved and reused automatically."""

from __future__ import annotations

from pathlib import Path

import pytest
from workbooks import write_workbook

from lossanalytics.cli import main
from lossanalytics.i18n import t
from lossanalytics.importing import (
    FIELDS,
    delete_profile,
    field_label,
    import_file,
    list_profiles,
    save_profile,
    suggest_mapping,
)
from lossanalytics.importing.errors import ImportProblem
from lossanalytics.storage.db import Database

HEADER = "Parcel Ref,Dispatched On,Dest,Kg,Where is it,Courier Name,Notes\n"
ROWS = (
    "AB123456789CN,2026-10-01,Germany,1.5,Delivered,DHL,fragile\n"
    "AB123456790CN,2026-10-02,France,0.4,In transit,UPS,\n"
    "AB123456791CN,2026-10-03,Spain,2.25,Returned to sender,DHL,call first\n"
)


@pytest.fixture
def unknown(tmp_path: Path) -> Path:
    path = tmp_path / "courier.csv"
    path.write_text("Report generated 2026-11-20\n\n" + HEADER + ROWS)
    return path


def test_suggestions_with_confidence(unknown: Path) -> None:
    suggestion = suggest_mapping(unknown)
    assert (suggestion.header_row, suggestion.recognised_as, suggestion.sheet) == (3, None, None)
    assert [(c.header, c.field, c.confidence) for c in suggestion.columns] == [
        ("Parcel Ref", "tracking_number", 0.8),
        ("Dispatched On", "ship_date", 1.0),  # a known English name for the ship date
        ("Dest", "dest_country", 0.7),
        ("Kg", "weight", 0.71),
        ("Where is it", "status", 0.63),
        ("Courier Name", "carrier", 1.0),
        ("Notes", None, 0.0),
    ]
    assert suggestion.columns[2].samples == ("Germany", "France", "Spain")


def test_a_recognised_file_shows_its_mapping(fixtures: Path) -> None:
    suggestion = suggest_mapping(fixtures / "chinese_erp_gbk.csv")
    assert suggestion.recognised_as == "chinese_erp"
    assert suggestion.mapping["跟踪号"] == "tracking_number" and suggestion.mapping["重量(g)"] == "weight"
    assert {c.confidence for c in suggestion.columns} == {1.0}


def test_saved_profile_is_used_for_the_same_header(db: Database, unknown: Path, tmp_path: Path) -> None:
    assert import_file(db, unknown).problem.key == "import.error.unrecognised"
    suggestion = suggest_mapping(unknown)
    mapping = {**suggestion.mapping, "Notes": None}
    save_profile(db, "  My   courier ", suggestion.headers, mapping)
    assert [(p.name, p.mapping["Kg"]) for p in list_profiles(db)] == [("My courier", "weight")]
    result = import_file(db, unknown)
    assert (result.outcome, result.detected_format, result.rows_stored) == ("imported", "profile:My courier", 3)
    stored = db.query("SELECT tracking_number, carrier, dest_country, status, weight_kg FROM parcels ORDER BY 1")
    assert [tuple(r.values()) for r in stored.to_pylist()] == [
        ("AB123456789CN", "DHL Express", "DE", "delivered", 1.5),
        ("AB123456790CN", "UPS", "FR", "in_transit", 0.4),
        ("AB123456791CN", "DHL Express", "ES", "returned", 2.25),
    ]
    other = tmp_path / "other.csv"  # a different header is still unknown
    other.write_text(HEADER.replace("Notes", "Remarks") + ROWS)
    assert import_file(db, other).problem.key == "import.error.unrecognised"


def test_the_command_line_uses_saved_profiles(tmp_path: Path, unknown: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "cli.duckdb"
    db = Database(path)
    save_profile(db, "My courier", suggest_mapping(unknown).headers,
                 {"Parcel Ref": "tracking_number", "Where is it": "status"})
    db.close()
    later = tmp_path / "next-week.csv"
    later.write_text(HEADER + "AB123456792CN,2026-10-09,Italy,1,Delivered,UPS,\n")
    assert main(["--db", str(path), "import", str(later)]) == 0
    shown = t("format.profile", "en", name="My courier")
    assert f"import 1 ({shown}, Tracking): rows read 1, new parcels 1" in capsys.readouterr().out


def test_a_profile_that_cannot_work_is_refused(db: Database) -> None:
    headers = ["Ref", "When"]
    with pytest.raises(ImportProblem) as no_key:
        save_profile(db, "x", headers, {"When": "ship_date"})
    assert no_key.value.key == "import.profile.no_key"
    with pytest.raises(ImportProblem) as twice:
        save_profile(db, "x", headers, {"Ref": "tracking_number", "When": "tracking_number"})
    assert twice.value.message("en").endswith("chosen more than once: tracking_number.")
    with pytest.raises(ImportProblem) as unknown:
        save_profile(db, "x", headers, {"Ref": "tracking_number", "Where": "dest_country", "When": "eta"})
    assert unknown.value.key == "import.profile.invalid"
    with pytest.raises(ImportProblem):
        save_profile(db, " ", headers, {"Ref": "tracking_number"})
    assert list_profiles(db) == []


def test_deleting_a_profile(db: Database, unknown: Path) -> None:
    suggestion = suggest_mapping(unknown)
    save_profile(db, "My courier", suggestion.headers, suggestion.mapping)
    assert delete_profile(db, "My courier") and not delete_profile(db, "My courier")
    assert import_file(db, unknown).problem.key == "import.error.unrecognised"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_field_has_a_name_on_the_mapping_screen(lang: str) -> None:
    names = [field_label(name, lang) for name in (*FIELDS, None)]
    assert len(set(names)) == len(FIELDS) + 1
    assert field_label("weight", "zh") == "重量" and field_label(None, "en") == "Ignore this column"


def test_of_several_unknown_sheets_the_parcel_list_is_suggested(db: Database, tmp_path: Path) -> None:
    rows = [line.split(",") for line in (HEADER + ROWS).splitlines()]
    path = write_workbook(tmp_path / "book.xlsx", {"Cover": [["Parcels of October"], ["Owner", "Ops team"]],
                                              "Totals": [["Month", "Parcels"], ["October", 3]],
                                              "Parcels": rows})
    suggestion = suggest_mapping(path)
    assert (suggestion.sheet, suggestion.sheets) == ("Parcels", ["Cover", "Totals", "Parcels"])
    assert suggestion.mapping["Parcel Ref"] == "tracking_number"
    cover = suggest_mapping(path, sheet="Cover")
    assert (cover.sheet, cover.headers, cover.header_row) == ("Cover", ["Owner", "Ops team"], 2)
    save_profile(db, "Book", suggestion.headers, suggestion.mapping)
    result = import_file(db, path, sheet="Parcels")
    assert (result.detected_format, result.sheet, result.rows_stored) == ("profile:Book", "Parcels", 3)
