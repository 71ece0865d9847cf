"""AppTests of every page: renders in both languages, uploads, downloads, undo, deep links.

The demo data set is generated once (2,000 parcels, fixed date) into a template
database; each test works on its own copy, named by LOSSANALYTICS_DB (tests/conftest.py).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import openpyxl
import pytest
from app_clock import DEMO_TODAY
from media_capture import ManagerCapture, MediaCapture
from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

from lossanalytics.analytics.detect import suspected
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.i18n import catalogue, t
from lossanalytics.storage.db import Database
from lossanalytics.ui.numbers import md_escape

APP = Path(__file__).resolve().parent.parent / "app.py"
TODAY = DEMO_TODAY
PAGES = {
    "pages/overview.py": "ui.page.overview",
    "pages/import.py": "ui.page.import",
    "pages/carriers.py": "ui.page.carriers",
    "pages/routes.py": "ui.page.routes",
    "pages/trends.py": "ui.page.trends",
    "pages/suspected.py": "ui.page.suspected",
}
RAW_KEY = re.compile(
    r"\b(?:ui|col|mode|status|outcome|reason|reject|severity|import|claims?)\.[a-z0-9_]+(?:\.[a-z0-9_]+)*\b"
)
UPLOAD_CSV = (
    "Tracking Number,Carrier,Service,Origin Country,Destination Country,Ship Date,Status,Last Event Time,"
    "Delivered Date,Order Value,Currency,Weight\n"
    "TEST0001,UPS,UPS Ground,US,US,2025-05-02,Delivered,2025-05-06,2025-05-06,25.00,USD,1.2\n"
    "TEST0002,YunExpress,云途全球专线挂号(标快),CN,DE,2025-05-03,In Transit,2025-05-10,,40.50,EUR,0.4\n"
    "TEST0003,China Post,ePacket,CN,GB,2025-05-04,Lost,2025-05-20,,18.00,GBP,0.3\n"
    ",DHL Express,Express Worldwide,CN,JP,2025-05-05,Delivered,2025-05-09,2025-05-09,99.00,JPY,2\n"
    "TEST0005,FedEx,FedEx International Priority,CN,US,not a date,In Transit,2025-05-12,,60.00,USD,1.0\n"
).encode()


def download_bytes(button) -> bytes:
    """The bytes a download button hands the browser; a deferred one is generated as a click would."""
    assert MediaCapture.last is not None
    url = button.proto.url
    if button.proto.deferred_file_id:
        assert ManagerCapture.last is not None
        url = ManagerCapture.last.execute_deferred(button.proto.deferred_file_id)
    return MediaCapture.last.get_file(url.rsplit("/", 1)[-1]).content


def download_bytes_of(at: AppTest, key_prefix: str) -> bytes:
    return download_bytes(next(b for b in at.download_button if b.key and b.key.startswith(key_prefix)))


def start(lang: str = "en", page: str | None = None) -> AppTest:
    """Open the app (optionally at one page); on the demo data it judges as of TODAY, their today."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    if page:
        at.switch_page(page).run()
        assert not at.exception, [e.value for e in at.exception]
    return at


def rendered_text(at: AppTest) -> str:
    """Every piece of text the page shows: headings, markdown, alerts, labels, table headers, charts."""
    parts: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "success", "warning", "error"):
        parts += [str(element.value) for element in getattr(at, kind)]
    parts += [str(m.label) + " " + str(m.value) for m in at.metric]
    for kind in ("button", "download_button", "multiselect", "date_input", "slider", "text_input",
                 "file_uploader", "segmented_control"):
        parts += [str(widget.label) for widget in getattr(at, kind)]
    parts += [" ".join(map(str, frame.value.columns)) for frame in at.dataframe]
    parts += [str(expander.label) for expander in at.expander]
    parts += [json.dumps(json.loads(chart.proto.spec), ensure_ascii=False) for chart in at.get("plotly_chart")]
    return "\n".join(parts)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_page_renders_in_both_languages_without_raw_keys(db_path: Path, lang: str) -> None:
    at = start(lang)
    known_keys = set(catalogue())
    for page, title_key in PAGES.items():
        at.switch_page(page).run()
        assert not at.exception, (page, [e.value for e in at.exception])
        assert [title.value for title in at.title] == [t(title_key, lang)]
        text = rendered_text(at)
        leaked = [key for key in RAW_KEY.findall(text) if key in known_keys or key.startswith("ui.")]
        assert leaked == [], (page, leaked)
        if lang == "zh":
            assert re.search(r"[\u4e00-\u9fff]", text), page
        for chart in at.get("plotly_chart"):  # every chart is titled
            assert json.loads(chart.proto.spec)["layout"]["title"]["text"], page


def test_overview_shows_headline_trend_and_demo_banner(db_path: Path) -> None:
    at = start("en")
    labels = [m.label for m in at.metric]
    assert t("col.shipments", "en") in labels and t("col.suspected_lost", "en") in labels
    rate = next(m.value for m in at.metric if m.label == t("ui.overview.loss_rate", "en"))
    assert re.fullmatch(r"\d+\.\d% \(\d+\.\d–\d+\.\d%\)", rate)
    assert any("demo data" in m.value for m in at.markdown)
    assert len(at.get("plotly_chart")) == 1
    # The demo's recent months are young: drawn dashed, and the caption says why.
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert any(trace.get("line", {}).get("dash") == "dash" for trace in chart["data"])
    assert t("ui.overview.trend_note", "en") in [c.value for c in at.caption]


def test_app_py_routes_even_a_deep_link_on_a_fresh_server(db_path: Path) -> None:
    """A first request for /carriers must run app.py's navigation, not the bare pages/ file."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = "zh"
    at._page_hash = calc_hash("carriers")  # what the browser asks for at /carriers
    at.run()
    assert not at.exception
    assert [title.value for title in at.title] == [t("ui.page.carriers", "zh")]
    menu = {info["url_pathname"]: info["page_name"] for info in at._registered_pages.values()}
    assert menu == {
        "": t("ui.page.overview", "zh"), "overview": t("ui.page.overview", "zh"),
        "import": t("ui.page.import", "zh"), "carriers": t("ui.page.carriers", "zh"),
        "routes": t("ui.page.routes", "zh"), "trends": t("ui.page.trends", "zh"),
        "suspected": t("ui.page.suspected", "zh"),
        "claims": t("ui.claims.title", "zh"), "advice": t("ui.advice.title", "zh"),
        "settings": t("ui.settings.title", "zh"),
    }


def test_language_switch_changes_text_and_url(db_path: Path) -> None:
    at = start("en", "pages/carriers.py")
    at.segmented_control(key="lang").set_value("zh").run()
    assert [title.value for title in at.title] == [t("ui.page.carriers", "zh")]
    assert at.query_params.get("lang") == "zh"
    at.switch_page("pages/routes.py").run()
    assert [title.value for title in at.title] == [t("ui.page.routes", "zh")]


def test_filters_apply_and_persist_across_pages(db_path: Path) -> None:
    at = start("en", "pages/carriers.py")
    carriers = at.multiselect(key="f_carriers")
    chosen = carriers.options[0]
    carriers.set_value([chosen]).run()
    assert list(at.dataframe[0].value.iloc[:, 0]) == [chosen]
    at.switch_page("pages/routes.py").run()
    assert at.multiselect(key="f_carriers").value == [chosen]


def test_filters_that_match_nothing_say_so(db_path: Path) -> None:
    at = start("en", "pages/carriers.py")
    at.multiselect(key="f_carriers").set_value(["UPS"]).run()
    at.multiselect(key="f_modes").set_value(["sea"]).run()
    assert not at.exception
    assert [i.value for i in at.info] == [t("ui.empty.no_match", "en")]
    at.button(key="clear_filters").click().run()
    assert at.multiselect(key="f_carriers").value == [] and not at.info


def test_import_page_uploads_a_csv_and_shows_counts(db_path: Path) -> None:
    at = start("en", "pages/import.py")
    at.file_uploader(key="uploads").upload("my tracking.csv", UPLOAD_CSV, "text/csv")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    results = at.dataframe[0].value
    row = results.iloc[0]
    assert row[t("col.file_name", "en")] == "my tracking.csv"
    assert row[t("ui.col.result", "en")] == t("ui.import.outcome.imported", "en")
    assert row[t("ui.col.rows_read", "en")] == 5
    assert row[t("ui.col.rows_stored", "en")] == 4
    assert row[t("ui.col.rows_rejected", "en")] == 1
    assert row[t("ui.col.rows_warned", "en")] == 1
    mapping = at.dataframe[1].value
    assert dict(zip(mapping.iloc[:, 0], mapping.iloc[:, 1]))["Tracking Number"] == t("col.tracking_number", "en")
    rejects = download_bytes_of(at, "rejects_result0_")
    assert rejects.startswith(b"\xef\xbb\xbf") and "no tracking number" in rejects.decode("utf-8-sig")
    history_before = len([b for b in at.button if b.key and b.key.startswith("undo_")])
    at.run()  # any rerun: the upload is still there but must not be imported again
    assert len([b for b in at.button if b.key and b.key.startswith("undo_")]) == history_before


def test_a_long_list_of_problems_shows_its_first_rows_and_the_download_holds_them_all(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lossanalytics.ui import import_view

    monkeypatch.setattr(import_view, "REJECT_ROWS", 1)
    at = start("en", "pages/import.py")
    at.file_uploader(key="uploads").upload("my tracking.csv", UPLOAD_CSV, "text/csv")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert t("ui.import.rejects_capped", "en", limit=1) in [caption.value for caption in at.caption]
    problems = at.dataframe[2].value
    assert len(problems) == 1 and problems.columns[0] == t("col.source_row", "en")
    # The file is made when the seller clicks, not on every run of the page.
    button = next(b for b in at.download_button if b.key and b.key.startswith("rejects_result0_"))
    assert button.proto.deferred_file_id
    rejects = download_bytes_of(at, "rejects_result0_").decode("utf-8-sig")
    assert len(rejects.strip().splitlines()) == 3  # the header and both problems


@pytest.mark.parametrize("content", [b"Tracking Number,Carrier\nA1,UPS\n", b'[{"tracking_number": "A1"}]', b""])
def test_a_database_setting_that_names_no_database_is_refused_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_caches: None, content: bytes
) -> None:
    export = tmp_path / "export.csv"
    export.write_bytes(content)
    monkeypatch.setenv("LOSSANALYTICS_DB", str(export))
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = "zh"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert [e.value for e in at.error] == [md_escape(t("db.error.not_a_database", "zh", path=str(export)))]
    assert export.read_bytes() == content


def test_import_page_explains_a_bad_file_without_a_traceback(db_path: Path) -> None:
    at = start("zh", "pages/import.py")
    at.file_uploader(key="uploads").upload("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00binary", "text/csv")
    at.run()
    assert not at.exception
    assert any(md_escape("photo.csv") in e.value for e in at.error)
    assert at.dataframe[0].value.iloc[0][t("ui.col.result", "zh")] == t("ui.import.outcome.failed", "zh")


def parcel_count(db_path: Path) -> int:
    db = Database(db_path)
    try:
        return int(db.scalar("SELECT count(*) FROM parcels"))
    finally:
        db.close()


def test_undo_asks_first_and_removes_the_import_on_the_second_click(db_path: Path) -> None:
    at = start("en", "pages/import.py")
    before = parcel_count(db_path)
    at.file_uploader(key="uploads").upload("mine.csv", UPLOAD_CSV, "text/csv")
    at.run()
    undo_keys = sorted(b.key for b in at.button if b.key and b.key.startswith("undo_"))
    newest = max(undo_keys, key=lambda k: int(k.split("_")[1]))
    import_id = int(newest.split("_")[1])
    at.button(key=newest).click().run()
    assert not at.exception
    assert parcel_count(db_path) == before + 4 and not at.success
    confirm = at.button(key=f"undo_confirm_{import_id}")
    assert confirm.label == f"Yes, undo import #{import_id} (4 parcels)"
    at.button(key=f"undo_cancel_{import_id}").click().run()
    assert parcel_count(db_path) == before + 4
    assert f"undo_confirm_{import_id}" not in [b.key for b in at.button]
    at.button(key=newest).click().run()
    at.button(key=f"undo_confirm_{import_id}").click().run()
    assert not at.exception
    assert parcel_count(db_path) == before
    assert any("was undone" in s.value for s in at.success)
    assert newest not in [b.key for b in at.button]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_suspected_downloads_are_excel_ready(db_path: Path, lang: str) -> None:
    db = Database(db_path)
    expected = suspected(db, AnalysisScope(TODAY, DetectionSettings()), lang)
    db.close()
    at = start(lang, "pages/suspected.py")
    assert len(expected) > 0
    csv_button = at.download_button(key="download_csv").click()
    at.download_button(key="download_xlsx").click()
    at.run()
    assert not at.exception
    csv_bytes = download_bytes(at.download_button(key="download_csv"))
    assert csv_bytes.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(csv_bytes.decode("utf-8-sig"))))
    assert rows[0][0] == t("col.tracking_number", lang) and t("col.reasons", lang) in rows[0]
    assert sorted(row[0] for row in rows[1:]) == sorted(expected["tracking_number"])
    sheet = openpyxl.load_workbook(io.BytesIO(download_bytes(at.download_button(key="download_xlsx")))).active
    header = [cell.value for cell in sheet[1]]
    assert header[0] == t("col.tracking_number", lang)
    assert sheet.max_row == len(expected) + 1
    assert csv_button.label == t("ui.suspected.download_csv", lang)


def test_suspected_filters_by_risk_and_search(db_path: Path) -> None:
    at = start("en", "pages/suspected.py")
    table = at.dataframe[0].value
    first = table.iloc[0][t("col.tracking_number", "en")]
    at.text_input(key="search").input(first[-6:].lower()).run()
    assert first in list(at.dataframe[0].value[t("col.tracking_number", "en")])
    at.text_input(key="search").input("").run()
    at.slider(key="min_risk").set_value(100).run()
    shown = at.dataframe[0].value if at.dataframe else None
    assert shown is None or (shown[t("col.risk", "en")] >= 100).all()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_empty_database_says_what_to_upload(empty_db_path: Path, lang: str) -> None:
    at = start(lang)
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception, (page, [e.value for e in at.exception])
        if page != "pages/import.py":
            assert [i.value for i in at.info] == [t("ui.empty.no_data", lang)], page
            assert list(at.get("plotly_chart")) == [], page


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_remove_demo_asks_first_and_nothing_changes_until_confirmed(db_path: Path, lang: str) -> None:
    at = start(lang)
    before = parcel_count(db_path)
    at.button(key="remove_demo").click().run()
    assert not at.exception
    assert parcel_count(db_path) == before == 2000
    assert [w.value for w in at.warning if w.value == t("ui.demo.remove_ask", lang)] == [t("ui.demo.remove_ask", lang)]
    assert at.button(key="remove_demo_confirm").label == t("ui.demo.remove_confirm", lang)
    at.button(key="remove_demo_cancel").click().run()
    assert parcel_count(db_path) == 2000
    assert "remove_demo_confirm" not in [b.key for b in at.button]


def test_remove_demo_button_leaves_an_empty_dashboard(db_path: Path) -> None:
    at = start("en")
    at.button(key="remove_demo").click().run()
    at.button(key="remove_demo_confirm").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == [t("ui.demo.removed", "en")]
    assert [i.value for i in at.info] == [t("ui.empty.no_data", "en")]
