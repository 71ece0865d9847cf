"""The Import page's column-mapping screen, sheet choice, saved mappings and upload size limit.

AppTests on an empty database (demo data removed), plus unit tests of the pure helpers
behind the screen (confidence words, the mapping check, the upload limit and path).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest
from workbooks import workbook_bytes

from lossanalytics.i18n import catalogue, t
from lossanalytics.importing import ColumnSuggestion, Suggestion, list_profiles, save_profile
from lossanalytics.storage.db import Database
from lossanalytics.ui.mapping_view import (
    MAX_COLUMNS,
    confidence_text,
    mappable_columns,
    mapping_problem,
    suggestion_frame,
)
from lossanalytics.ui.numbers import md_escape
from lossanalytics.ui.seller_tables import label
from lossanalytics.ui.uploads import (
    DEFAULT_LIMIT_MB,
    MB,
    max_upload_mb,
    oversize_problem,
    upload_path,
    uploader_words,
)

APP = Path(__file__).resolve().parent.parent / "app.py"
RAW_KEY = re.compile(r"\b(?:ui|col|mode|status|outcome|reason|reject|severity|import)\.[a-z0-9_]+(?:\.[a-z0-9_]+)*\b")
HEADER = "Parcel Ref,Dispatched On,Dest,Kg,Where is it,Courier Name,Notes\n"
ROWS = (
    "AB123456789CN,2026-10-01,Germany,1.5,Delivered,DHL,fragile\n"
    "AB123456790CN,2026-10-02,France,0.4,In transit,UPS,\n"
    "AB123456791CN,2026-10-03,Spain,2.25,Returned to sender,DHL,call first\n"
)
MORE_ROWS = (
    "AB123456792CN,2026-10-04,Italy,0.9,In transit,DHL,\n"
    "AB123456793CN,2026-10-05,Japan,3.0,Delivered,UPS,\n"
)
UNKNOWN = (HEADER + ROWS).encode()
KNOWN_HEADER = ["Tracking Number", "Carrier", "Destination Country", "Ship Date", "Status"]


@pytest.fixture
def db_path(empty_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty database under the default upload limit."""
    monkeypatch.delenv("LOSSANALYTICS_MAX_UPLOAD_MB", raising=False)
    return empty_db_path


def open_import(lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("pages/import.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def upload(at: AppTest, name: str, content: bytes) -> AppTest:
    at.file_uploader(key="uploads").upload(name, content, "text/csv")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def stored(db_path: Path, sql: str) -> list[tuple]:
    """Rows from the app's database (opened after the app's own connection is dropped)."""
    st.cache_resource.clear()
    db = Database(db_path)
    try:
        return [tuple(row.values()) for row in db.query(sql).to_pylist()]
    finally:
        db.close()


def choice(at: AppTest, header: str):
    return next(box for box in at.selectbox if box.key and box.key.startswith("map_") and box.label == md_escape(header))


def keyed(widgets, prefix: str):
    return next(w for w in widgets if w.key and w.key.startswith(prefix))


def results_row(at: AppTest, lang: str = "en") -> dict:
    return dict(at.dataframe[0].value.iloc[0])


def rendered_text(at: AppTest) -> str:
    parts: list[str] = []
    for kind in ("title", "subheader", "markdown", "caption", "info", "success", "warning", "error"):
        parts += [str(element.value) for element in getattr(at, kind)]
    for kind in ("button", "selectbox", "text_input", "file_uploader"):
        parts += [str(widget.label) for widget in getattr(at, kind)]
    parts += [" ".join(map(str, box.options)) for box in at.selectbox]
    for frame in at.dataframe:
        parts += [" ".join(map(str, frame.value.columns)), frame.value.to_csv(index=False)]
    parts += [str(expander.label) for expander in at.expander]
    return "\n".join(parts)


# --------------------------------------------------------------------------- the mapping journey


def test_unrecognised_file_is_mapped_saved_and_recognised_next_time(db_path: Path) -> None:
    at = upload(open_import("en"), "courier.csv", UNKNOWN)
    assert results_row(at)[t("ui.col.result", "en")] == t("ui.import.outcome.failed", "en")
    assert [s.value for s in at.subheader if "courier" in s.value] == [t("ui.mapping.title", "en", file=md_escape("courier.csv"))]
    assert t("ui.mapping.intro_unrecognised", "en") in [m.value for m in at.markdown]
    frame = at.dataframe[1].value
    assert list(frame.columns) == [t(f"ui.mapping.col.{c}", "en")
                                   for c in ("number", "header", "samples", "suggested", "confidence")]
    assert [tuple(row) for row in frame.itertuples(index=False)] == [
        (1, "Parcel Ref", "AB123456789CN · AB123456790CN · AB123456791CN", "Tracking number", "High (80%)"),
        (2, "Dispatched On", "2026-10-01 · 2026-10-02 · 2026-10-03", "Ship date", "High (100%)"),
        (3, "Dest", "Germany · France · Spain", "Destination country", "Medium (70%)"),
        (4, "Kg", "1.5 · 0.4 · 2.25", "Weight", "Medium (71%)"),
        (5, "Where is it", "Delivered · In transit · Returned to sender", "Status", "Medium (63%)"),
        (6, "Courier Name", "DHL · UPS · DHL", "Carrier", "High (100%)"),
        (7, "Notes", "fragile · call first", "Ignore this column", "–"),
    ]
    assert choice(at, "Parcel Ref").value == "tracking_number" and choice(at, "Notes").value == ""
    assert [s.value for s in at.success] == [
        t("ui.mapping.ready", "en", field=t("import.field.tracking_number", "en"), column="Parcel Ref")]
    assert keyed(at.text_input, "map_name_").value == "courier"

    choice(at, "Where is it").set_value("last_event_text")
    keyed(at.text_input, "map_name_").input("My courier")
    keyed(at.button, "map_save_").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert [s.value for s in at.success] == [t("ui.mapping.saved", "en", name="My courier")]
    row = results_row(at)
    assert (row[t("ui.col.result", "en")], row[label("detected_format", "en")], row[t("ui.col.rows_stored", "en")]) \
        == (t("ui.import.outcome.imported", "en"), t("format.profile", "en", name="My courier"), 3)
    assert t("ui.mapping.used_profile", "en", name="My courier") in [c.value for c in at.caption]
    assert not [b for b in at.button if b.key and b.key.startswith("map_save_")], "the mapping screen stays open"
    assert stored(db_path, "SELECT tracking_number, carrier, dest_country, weight_kg, last_event_text FROM parcels "
                           "ORDER BY 1") == [
        ("AB123456789CN", "DHL Express", "DE", 1.5, "Delivered"),
        ("AB123456790CN", "UPS", "FR", 0.4, "In transit"),
        ("AB123456791CN", "DHL Express", "ES", 2.25, "Returned to sender"),
    ]

    # The next file with the same columns is read with the saved mapping, no screen.
    upload(at, "courier-november.csv", (HEADER + MORE_ROWS).encode())
    row = results_row(at)
    assert (row[t("col.file_name", "en")], row[label("detected_format", "en")], row[t("ui.col.rows_stored", "en")]) \
        == ("courier-november.csv", t("format.profile", "en", name="My courier"), 2)
    assert not [b for b in at.button if b.key and b.key.startswith("map_save_")]
    assert stored(db_path, "SELECT count(*) FROM parcels") == [(5,)]


def test_required_field_and_fields_chosen_twice_are_explained(db_path: Path) -> None:
    at = upload(open_import("zh"), "courier.csv", UNKNOWN)
    choice(at, "Parcel Ref").set_value("").run()
    unrecognised = t("ui.mapping.unrecognised", "zh", file=md_escape("courier.csv"))
    assert [w.value for w in at.warning] == [unrecognised, t("import.profile.no_key", "zh")]
    assert keyed(at.button, "map_save_").disabled
    choice(at, "Parcel Ref").set_value("tracking_number")
    choice(at, "Notes").set_value("carrier").run()
    assert [w.value for w in at.warning] == [
        unrecognised, t("import.profile.field_twice", "zh", fields=t("import.field.carrier", "zh"))]
    assert keyed(at.button, "map_save_").disabled
    choice(at, "Notes").set_value("").run()
    assert [w.value for w in at.warning] == [unrecognised] and not keyed(at.button, "map_save_").disabled
    assert stored(db_path, "SELECT count(*) FROM parcels") == [(0,)]


def test_choosing_the_columns_of_a_recognised_file_replaces_its_import(db_path: Path) -> None:
    known = ",".join(KNOWN_HEADER) + "\nKN000000001,UPS,US,2026-10-01,Delivered\nKN000000002,UPS,DE,2026-10-02,Lost\n"
    at = upload(open_import("en"), "known.csv", known.encode())
    assert results_row(at)[label("detected_format", "en")] == t("format.generic", "en")
    keyed(at.button, "map_open_").click().run()
    assert t("ui.mapping.intro_chosen", "en") in [m.value for m in at.markdown]
    assert set(at.dataframe[-1].value[t("ui.mapping.col.confidence", "en")]) == {"High (100%)"}
    choice(at, "Status").set_value("")
    keyed(at.button, "map_save_").click().run()
    assert not at.exception
    assert results_row(at)[label("detected_format", "en")] == t("format.profile", "en", name="known")
    assert stored(db_path, "SELECT detected_format FROM imports") == [("profile:known",)]
    assert stored(db_path, "SELECT DISTINCT status FROM parcels") == [("unknown",)]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_rows_that_repeat_a_parcel_of_the_file_are_said(db_path: Path, lang: str) -> None:
    repeated = ",".join(KNOWN_HEADER) + "\nKN1,UPS,US,2026-10-01,In transit\nKN1,UPS,US,2026-10-01,Delivered\n"
    at = upload(open_import(lang), "repeated.csv", repeated.encode())
    assert t("ui.import.rows_merged.one", lang, count="1") in [m.value for m in at.markdown]


def test_not_now_puts_the_screen_away(db_path: Path) -> None:
    at = upload(open_import("en"), "courier.csv", UNKNOWN)
    assert [w.value for w in at.warning] == [t("ui.mapping.unrecognised", "en", file=md_escape("courier.csv"))]
    assert not [b for b in at.button if b.key and b.key.startswith("map_open_")], "the screen is open already"
    keyed(at.button, "map_skip_").click().run()
    assert not [b for b in at.button if b.key and b.key.startswith("map_save_")]
    assert results_row(at)[t("ui.col.result", "en")] == t("ui.import.outcome.failed", "en")
    at.button(key="map_open_0").click().run()
    assert keyed(at.button, "map_save_").label == t("ui.mapping.save", "en")


# --------------------------------------------------------------------------- saved mappings


def test_saved_mappings_are_listed_and_deleted(db_path: Path) -> None:
    db = Database(db_path)
    save_profile(db, "My courier", HEADER.strip().split(","), {"Parcel Ref": "tracking_number", "Dest": "dest_country"})
    db.close()
    at = open_import("en")
    assert t("ui.mapping.profiles", "en", count=1) in [e.label for e in at.expander]
    listed = next(f.value for f in at.dataframe if t("ui.mapping.col.name", "en") in f.value.columns)
    assert list(listed[t("ui.mapping.col.name", "en")]) == ["My courier"]
    assert list(listed[t("ui.mapping.col.columns", "en")]) == ["Parcel Ref → Tracking number · Dest → Destination country"]
    upload(at, "courier.csv", UNKNOWN)
    assert results_row(at)[label("detected_format", "en")] == t("format.profile", "en", name="My courier")

    at.selectbox(key="profile_to_delete").set_value("My courier")
    at.button(key="delete_profile").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == [t("ui.mapping.deleted", "en", name="My courier")]
    assert t("ui.mapping.profiles", "en", count=0) in [e.label for e in at.expander]
    assert t("ui.mapping.no_profiles", "en") in [c.value for c in at.caption]
    st.cache_resource.clear()
    assert list_profiles(Database(db_path)) == []


# --------------------------------------------------------------------------- sheets


def rows_of(text: str) -> list[list[str]]:
    return [line.split(",") for line in text.strip().splitlines()]


def test_a_workbook_nobody_recognises_lets_the_seller_choose_the_sheet(db_path: Path) -> None:
    content = workbook_bytes({"Read me": [["This workbook lists our parcels"], ["Contact", "ops@example.com"]],
                        "Parcels": rows_of(HEADER + ROWS)})
    at = upload(open_import("en"), "parcels.xlsx", content)
    assert results_row(at)[t("ui.col.result", "en")] == t("ui.import.outcome.failed", "en")
    sheet = keyed(at.selectbox, "map_sheet_")  # the sheet that looks like a parcel list comes first
    assert (sheet.label, sheet.options, sheet.value) == (t("ui.mapping.sheet", "en"), ["Read me", "Parcels"], "Parcels")
    sheet.set_value("Read me").run()
    assert [c.label for c in at.selectbox if c.key and c.key.startswith("map_") and "sheet" not in c.key] == [
        "Contact", md_escape("ops@example.com")]
    assert [w.value for w in at.warning][-1] == t("import.profile.no_key", "en")
    keyed(at.selectbox, "map_sheet_").set_value("Parcels").run()
    assert choice(at, "Parcel Ref").value == "tracking_number"
    keyed(at.text_input, "map_name_").input("Parcels sheet")
    keyed(at.button, "map_save_").click().run()
    assert not at.exception
    row = results_row(at)
    assert (row[label("detected_format", "en")], row[label("sheet", "en")], row[t("ui.col.rows_stored", "en")]) \
        == (t("format.profile", "en", name="Parcels sheet"), "Parcels", 3)


def test_another_sheet_of_a_workbook_replaces_the_one_read(db_path: Path) -> None:
    content = workbook_bytes({
        "May": [KNOWN_HEADER, ["MAY0000001", "UPS", "US", "2026-05-01", "Delivered"]],
        "June": [KNOWN_HEADER, ["JUN0000001", "UPS", "US", "2026-06-01", "Lost"],
                 ["JUN0000002", "DHL", "DE", "2026-06-02", "Delivered"]],
    })
    at = upload(open_import("en"), "months.xlsx", content)
    assert results_row(at)[label("sheet", "en")] == "May"
    other = at.selectbox(key="sheet_0")
    assert (other.label, other.options) == (t("ui.mapping.other_sheet", "en", sheet="May"), ["June"])
    at.button(key="sheet_go_0").click().run()
    assert not at.exception
    row = results_row(at)
    assert (row[label("sheet", "en")], row[t("ui.col.rows_stored", "en")]) == ("June", 2)
    assert stored(db_path, "SELECT tracking_number FROM parcels ORDER BY 1") == [("JUN0000001",), ("JUN0000002",)]


# --------------------------------------------------------------------------- size limit and names


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_oversize_upload_is_refused_with_its_name_and_size(db_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              lang: str) -> None:
    monkeypatch.setenv("LOSSANALYTICS_MAX_UPLOAD_MB", "1")
    big = (HEADER + ROWS * 8_200).encode()  # 1.5 MB
    at = open_import(lang)
    assert t("ui.upload.limit", lang, limit=1) in [c.value for c in at.caption]
    upload(at, "big export.csv", big)
    expected = t("ui.upload.too_large", lang, file="big export.csv", size=f"{len(big) / MB:,.1f}", limit=1)
    assert "big export.csv" in expected and "1.5 MB" in expected
    assert [e.value for e in at.error] == [md_escape(expected)]
    assert results_row(at)[t("ui.col.result", lang)] == t("ui.import.outcome.failed", lang)
    assert not [b for b in at.button if b.key and b.key.startswith("map_save_")], "an oversize file is not mapped"
    assert stored(db_path, "SELECT count(*) FROM imports") == [(0,)]


def test_an_upload_name_is_only_a_label(db_path: Path, tmp_path: Path) -> None:
    name = "../../etc/passwd.csv"
    assert upload_path(tmp_path, name) == tmp_path / "upload.csv"
    assert upload_path(tmp_path, "..\\..\\boot.ini") == tmp_path / "upload"
    assert upload_path(tmp_path, "orders.XLSX") == tmp_path / "upload.xlsx"
    at = upload(open_import("en"), name, (",".join(KNOWN_HEADER) + "\nPW00000001,UPS,US,2026-10-01,Delivered\n").encode())
    assert results_row(at)[t("col.file_name", "en")] == name
    assert stored(db_path, "SELECT file_name, rows_stored FROM imports") == [(name, 1)]


# --------------------------------------------------------------------------- both languages


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_mapping_screen_shows_no_raw_keys(db_path: Path, lang: str) -> None:
    db = Database(db_path)
    save_profile(db, "Other", ["Ref", "Where"], {"Ref": "tracking_number", "Where": "dest_country"})
    db.close()
    at = upload(open_import(lang), "courier.csv", UNKNOWN)
    text = rendered_text(at)
    known = set(catalogue())
    assert [key for key in RAW_KEY.findall(text) if key in known or key.startswith("ui.")] == []
    assert t("ui.mapping.title", lang, file=md_escape("courier.csv")) in text
    assert t("ui.mapping.profiles", lang, count=1) in text
    if lang == "zh":
        assert "高（80%）" in text and "运单号" in text and "忽略此列" in text


# --------------------------------------------------------------------------- pure helpers


def test_confidence_in_words() -> None:
    assert confidence_text("tracking_number", 0.8, "en") == "High (80%)"
    assert confidence_text("ship_date", 0.75, "en") == "High (75%)"
    assert confidence_text("status", 0.74, "en") == "Medium (74%)"
    assert confidence_text("status", 0.5, "zh") == "中（50%）"
    assert confidence_text("weight", 0.46, "en") == "Low (46%)"
    assert confidence_text(None, 0.0, "en") == "–"


def test_mapping_problem_names_what_is_missing_or_twice() -> None:
    assert mapping_problem({"A": "tracking_number", "B": None}, "en") is None
    assert mapping_problem({"A": "order_id"}, "en") is None
    assert mapping_problem({"A": "carrier", "B": None}, "en") == t("import.profile.no_key", "en")
    assert mapping_problem({"A": "tracking_number", "B": "status", "C": "status"}, "en") == (
        "Each field can be chosen for one column only; chosen more than once: Status.")


def suggestion(headers: list[str]) -> Suggestion:
    columns = [ColumnSuggestion(i, h, ("x",), None, 0.0) for i, h in enumerate(headers)]
    return Suggestion("f.csv", None, [], 1, headers, columns, None)


def test_mappable_columns_skip_unnamed_and_repeated_ones_and_stop_at_the_cap() -> None:
    picked = mappable_columns(suggestion(["Ref", "", "  ", "Date", "Ref", "Status"]))
    assert [(c.index, c.header) for c in picked] == [(0, "Ref"), (3, "Date"), (5, "Status")]
    wide = mappable_columns(suggestion([f"c{i}" for i in range(MAX_COLUMNS + 5)]))
    assert (len(wide), wide[-1].header) == (MAX_COLUMNS, f"c{MAX_COLUMNS - 1}")


def test_suggestion_frame_keeps_file_text_as_plain_values() -> None:
    hostile = Suggestion("f.csv", None, [], 1, ["<b>Ref</b>", "=HYPERLINK(1)"], [
        ColumnSuggestion(0, "<b>Ref</b>", ("**x**", "[a](b)"), "tracking_number", 0.9),
        ColumnSuggestion(1, "=HYPERLINK(1)", (), None, 0.0),
    ], None)
    frame = suggestion_frame(hostile, "en")
    assert [tuple(row) for row in frame.itertuples(index=False)] == [
        (1, "<b>Ref</b>", "**x** · [a](b)", "Tracking number", "High (90%)"),
        (2, "=HYPERLINK(1)", "", "Ignore this column", "–"),
    ]


def test_upload_limit_comes_from_the_environment() -> None:
    assert DEFAULT_LIMIT_MB == 200
    assert max_upload_mb({}) == 200
    assert max_upload_mb({"LOSSANALYTICS_MAX_UPLOAD_MB": " 50 "}) == 50
    for bad in ("0", "-5", "1.5", "lots", ""):
        assert max_upload_mb({"LOSSANALYTICS_MAX_UPLOAD_MB": bad}) == 200, bad
    assert oversize_problem("a.csv", 2 * MB, 2) is None
    problem = oversize_problem("a.csv", 2 * MB + 1, 2)
    assert (problem.key, problem.values) == ("ui.upload.too_large", {"file": "a.csv", "size": "2.0", "limit": 2})
    assert oversize_problem("b.xlsx", 1536 * MB, 200).message("en").startswith(
        "b.xlsx is 1,536.0 MB, more than the 200 MB allowed for one file")


def test_the_upload_box_speaks_the_sellers_language_and_its_words_cannot_end_the_style() -> None:
    style = uploader_words(t("ui.upload.button", "zh"), t("ui.upload.box_note", "zh"))
    assert 'content: "选择文件"' in style and 'content: "或拖放到此处 · CSV、Excel、ODS、TSV、JSON"' in style
    hostile = uploader_words('Go"; } body {display: none', "</style><script>alert(1)</script>\\")
    assert hostile.count("<") == 2 and hostile.count(">") == 2  # only the style's own tags
    assert '"Go\\22 ; } body {display: none"' in hostile and "\\3c /style\\3e " in hostile
    assert '\\5c "; font-size' in hostile  # a closing backslash cannot escape the quote

