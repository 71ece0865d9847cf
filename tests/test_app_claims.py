"""AppTests of the claims workbench: both languages, editing claims, the guided claim, packs.

Like tests/test_app_pages.py, every test works on its own copy of a demo database
(2,000 parcels shipped up to TODAY; tests/conftest.py). The helpers here are shared with the advice and
settings AppTests.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from app_clock import DEMO_TODAY
from media_capture import MediaCapture
from streamlit.testing.v1 import AppTest

from lossanalytics.claims import get_claims, upsert_claim
from lossanalytics.claims.pack import PACK_FILES
from lossanalytics.i18n import catalogue, t, tn
from lossanalytics.storage.db import Database
from lossanalytics.ui import claims_view

APP = Path(__file__).resolve().parent.parent / "app.py"
TODAY = DEMO_TODAY
RAW_KEY = re.compile(
    r"\b(?:ui|col|mode|status|outcome|reason|reject|severity|import|claims?|advice|compare)\.[a-z0-9_]+"
    r"(?:\.[a-z0-9_]+)*\b"
)


def download_bytes(at: AppTest, key: str) -> bytes:
    button = at.download_button(key=key)
    assert MediaCapture.last is not None
    return MediaCapture.last.get_file(button.proto.url.rsplit("/", 1)[-1]).content


def start(lang: str = "en", page: str | None = None) -> AppTest:
    """Open the app (optionally at one page); on the demo data it judges as of TODAY, their today."""
    at = AppTest.from_file(str(APP), default_timeout=90)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    if page:
        at.switch_page(page).run()
        assert not at.exception, [e.value for e in at.exception]
    return at


def rendered_text(at: AppTest) -> str:
    """Every piece of text a page shows: headings, markdown, alerts, labels, table headers, charts."""
    parts: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "success", "warning", "error"):
        parts += [str(element.value) for element in getattr(at, kind)]
    parts += [str(m.label) + " " + str(m.value) for m in at.metric]
    for kind in ("button", "download_button", "multiselect", "date_input", "slider", "text_input", "selectbox",
                 "checkbox", "number_input", "text_area", "segmented_control"):
        parts += [str(widget.label) + " " + str(getattr(widget, "help", "") or "") for widget in getattr(at, kind)]
    parts += [" ".join(map(str, frame.value.columns)) for frame in at.dataframe]
    parts += [str(frame.proto.columns) for frame in at.dataframe]  # column labels from column_config
    parts += [str(expander.label) for expander in at.expander]
    parts += [str(tab.label) for tab in at.tabs]
    parts += [json.dumps(json.loads(chart.proto.spec), ensure_ascii=False) for chart in at.get("plotly_chart")]
    return "\n".join(parts)


def as_read(markdown: str) -> str:
    """Markdown source as the reader sees it: escapes resolved, invisible word joiners gone (see md_escape)."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown).replace("\u2060", "")


def leaked_keys(at: AppTest) -> list[str]:
    known = set(catalogue())
    return [key for key in RAW_KEY.findall(rendered_text(at)) if key in known or key.startswith(("ui.", "advice."))]


def form_prefix(at: AppTest, safe: str) -> str:
    """The key prefix of the claim form of one parcel (it changes whenever its claim is saved)."""
    key = next(s.key for s in at.selectbox if s.key and s.key.startswith(f"claim_form_{safe}_"))
    return key.removesuffix("status")


def editor_state(edits: dict[int, dict[str, object]]) -> dict[str, object]:
    return {"edited_rows": edits, "added_rows": [], "deleted_rows": []}


# --------------------------------------------------------------------------- tests


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_claims_page_renders_in_both_languages_without_raw_keys(db_path: Path, lang: str) -> None:
    at = start(lang, "pages/claims.py")
    assert [title.value for title in at.title] == [t("ui.claims.title", lang)]
    assert leaked_keys(at) == []
    assert [m.label for m in at.metric][:5] == [t(f"ui.claims.metric.{k}", lang) for k in
                                                ("parcels", "urgent", "passed", "in_progress", "closed")]
    editor = at.data_editor(key="claims_editor_0")
    table = editor.value
    assert len(table) == int(at.metric[0].value.replace(",", ""))
    # Deadlines about to pass come first, then open ones; passed deadlines after those.
    urgent = [text for text in table["urgency_text"] if text.startswith("▲")]
    assert list(table["urgency_text"][: len(urgent)]) == urgent
    assert table["claim_status"].eq("to_report").all()
    text = rendered_text(at)
    assert t("ui.claims.col.claim_status", lang) in text and t("ui.claims.detail.download", lang) in text
    if lang == "zh":
        assert re.search(r"[\u4e00-\u9fff]", text)


def test_editing_a_claim_status_in_the_table_persists(db_path: Path) -> None:
    at = start("en", "pages/claims.py")
    table = at.data_editor(key="claims_editor_0").value
    number = table.iloc[0]["tracking_number"]
    estimate, currency = table.iloc[0]["estimated_compensation"], table.iloc[0]["compensation_currency"]
    at.session_state["claims_editor_0"] = editor_state({0: {"claim_status": "filed", "notes": "case 991"}})
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert [s.value for s in at.success] == [tn("ui.claims.saved", "en", 1, n=1)]
    db = Database(db_path)
    stored = get_claims(db).set_index("tracking_number")
    db.close()
    assert stored.at[number, "status"] == "filed" and stored.at[number, "notes"] == "case 991"
    assert stored.at[number, "filed_on"] == TODAY  # the page stamps its own today (pinned)
    assert stored.at[number, "amount_claimed"] == pytest.approx(estimate) and stored.at[number, "currency"] == currency
    # The editor shows the stored claim (a fresh key), moved to the claims in progress.
    shown = at.data_editor(key="claims_editor_1").value.set_index("tracking_number")
    assert shown.at[number, "claim_status"] == "filed"
    assert shown.at[number, "urgency_text"].startswith("→")
    assert int(at.metric[3].value) == 1  # filed, in progress
    at.switch_page("pages/overview.py").run()
    at.switch_page("pages/claims.py").run()
    assert at.data_editor[0].value.set_index("tracking_number").at[number, "claim_status"] == "filed"


def test_an_invalid_status_change_is_explained_and_not_saved(db_path: Path) -> None:
    at = start("zh", "pages/claims.py")
    table = at.data_editor(key="claims_editor_0").value
    number = table.iloc[0]["tracking_number"]
    db = Database(db_path)
    upsert_claim(db, number, status="compensated", amount_recovered=10.0)
    db.close()
    at.session_state["claims_editor_0"] = editor_state({0: {"claim_status": "reported"}})
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    warnings = [w.value for w in at.warning if number in w.value]
    assert len(warnings) == 1 and "已赔付" in warnings[0] and "最终状态" in warnings[0]
    db = Database(db_path)
    assert get_claims(db).set_index("tracking_number").at[number, "status"] == "compensated"
    db.close()


def test_guided_claim_ticks_steps_and_saves_the_form(db_path: Path) -> None:
    at = start("en", "pages/claims.py")
    number = at.selectbox(key="claim_parcel").value
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", number)
    at.checkbox(key=f"claim_step_track_{safe}").check().run()
    at.checkbox(key=f"claim_step_report_{safe}").check().run()
    assert not at.exception, [e.value for e in at.exception]
    prefix = form_prefix(at, safe)
    assert at.selectbox(key=f"{prefix}status").options == [
        t(f"claims.status.{s}", "en") for s in ("to_report", "reported", "documents_ready", "filed", "investigating",
                                                 "compensated", "rejected")]
    at.selectbox(key=f"{prefix}status").set_value("reported")
    at.text_area(key=f"{prefix}notes").input("called the carrier")
    at.button(key=f"{prefix}save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    db = Database(db_path)
    stored = get_claims(db).set_index("tracking_number")
    db.close()
    assert stored.at[number, "steps_done"] == ["track", "report"]
    assert stored.at[number, "status"] == "reported" and stored.at[number, "reported_on"] == TODAY
    assert stored.at[number, "notes"] == "called the carrier"
    assert any(number in s.value and "Reported" in s.value for s in at.success)
    assert at.checkbox(key=f"claim_step_report_{safe}").value is True
    # The form now starts from the stored claim; "to report" is no longer offered.
    prefix = form_prefix(at, safe)
    assert at.selectbox(key=f"{prefix}status").value == "reported"
    assert at.date_input(key=f"{prefix}reported_on").value == TODAY
    assert t("claims.status.to_report", "en") not in at.selectbox(key=f"{prefix}status").options


def test_the_guided_claim_stays_on_its_parcel_after_filing_it(db_path: Path) -> None:
    # Filing moves the parcel down the worklist and changes its label in the picker ("… file now" becomes
    # "Filed, in progress"); the browser still holds the old label, and the next click (a step ticked)
    # must not switch the guided claim to another parcel.
    at = start("en", "pages/claims.py")
    number = at.selectbox(key="claim_parcel").value
    shown = at.selectbox(key="claim_parcel").options[0]
    assert shown.startswith(f"{number} · ") and shown.endswith("file now"), shown
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", number)
    prefix = form_prefix(at, safe)
    at.selectbox(key=f"{prefix}status").set_value("filed")
    at.button(key=f"{prefix}save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    # What a browser sends back with the next click: the label it showed, no longer offered (AppTest
    # would send the new one); Streamlit passes a label it does not know on as the widget's value.
    picker = at.selectbox(key="claim_parcel")
    assert shown not in picker.options
    picker.options.append(shown)
    picker.set_value(shown)
    at.checkbox(key=f"claim_step_track_{safe}").check().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="claim_parcel").value == number
    assert any(number in s.value for s in at.subheader)
    db = Database(db_path)
    stored = get_claims(db).set_index("tracking_number")
    db.close()
    assert stored.at[number, "status"] == "filed" and stored.at[number, "steps_done"] == ["track"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_claim_pack_downloads_are_zips_with_every_file(db_path: Path, lang: str) -> None:
    at = start(lang, "pages/claims.py")
    number = at.selectbox(key="claim_parcel").value
    with zipfile.ZipFile(io.BytesIO(download_bytes(at, "pack_one"))) as archive:
        assert archive.namelist() == list(PACK_FILES)
        facts = archive.read("facts.txt").decode("utf-8")
        assert number in facts and t("claims.pack.facts_title", lang) in facts
        assert archive.read("timeline.csv").startswith(b"\xef\xbb\xbf")
    assert at.info and t("ui.claims.packs.none", lang) in [i.value for i in at.info]
    at.button(key="pack_pick_urgent").click().run()
    chosen = at.multiselect(key="pack_selection").value
    assert chosen and number in chosen
    with zipfile.ZipFile(io.BytesIO(download_bytes(at, "pack_many"))) as archive:
        folders = sorted({name.split("/")[0] for name in archive.namelist()})
        assert folders == sorted(re.sub(r"[^A-Za-z0-9_-]", "_", n) for n in chosen)
        assert len(archive.namelist()) == len(chosen) * len(PACK_FILES)


def test_pickers_offer_the_most_urgent_parcels_and_find_the_others(db_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claims_view, "PICK_ROWS", 3)
    at = start("en", "pages/claims.py")
    numbers = at.data_editor(key="claims_editor_0").value["tracking_number"].tolist()
    assert len(numbers) > 4
    assert [o.split(" · ")[0] for o in at.selectbox(key="claim_parcel").options] == numbers[:3]
    capped = t("ui.claims.pick_capped", "en", limit=3, matching=len(numbers))
    assert [c.value for c in at.caption].count(capped) == 2  # the guided claim's picker and the packs' picker
    far = numbers[-1]
    at.text_input(key="claim_parcel_search").input(far.lower()).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="claim_parcel").value == far
    assert [o.split(" · ")[0] for o in at.selectbox(key="claim_parcel").options] == [far]
    # A search that finds nothing says so and offers the most urgent parcels again.
    at.text_input(key="claim_parcel_search").input("NO-SUCH-PARCEL").run()
    assert t("ui.claims.pick_none", "en") in [c.value for c in at.caption]
    assert [o.split(" · ")[0] for o in at.selectbox(key="claim_parcel").options] == numbers[:3]
    # A parcel chosen for the packs stays offered, and chosen, beside the most urgent ones.
    at.text_input(key="pack_search").input(far).run()
    at.multiselect(key="pack_selection").select(far).run()
    at.text_input(key="pack_search").input("").run()
    assert at.multiselect(key="pack_selection").value == [far]
    assert [o.split(" · ")[0] for o in at.multiselect(key="pack_selection").options] == [*numbers[:3], far]


def test_recovery_report_counts_claims_by_carrier(db_path: Path) -> None:
    at = start("en", "pages/claims.py")
    assert t("ui.claims.recovery.empty", "en") in [i.value for i in at.info]
    table = at.data_editor(key="claims_editor_0").value
    first, second = table.iloc[0], table.iloc[1]
    db = Database(db_path)
    upsert_claim(db, first["tracking_number"], status="compensated", amount_claimed=20.0, amount_recovered=15.0,
                 currency="USD", filed_on=date(2025, 6, 1))
    upsert_claim(db, second["tracking_number"], status="filed", amount_claimed=30.0, currency="USD",
                 filed_on=date(2025, 6, 2))
    db.close()
    at.run()
    assert not at.exception
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert chart["layout"]["title"]["text"] == t("ui.claims.chart.title", "en")
    by_carrier = next(d.value for d in at.dataframe if "recovery_rate" in d.value.columns and "month" not in
                      d.value.columns)
    assert int(by_carrier["claims"].sum()) == 2 and int(by_carrier["compensated"].sum()) == 1
    assert by_carrier["amount_recovered"].sum() == pytest.approx(15.0)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_claims_page_on_an_empty_database(empty_db_path: Path, lang: str) -> None:
    at = start(lang, "pages/claims.py")
    assert [i.value for i in at.info] == [t("ui.empty.no_data", lang)]


def test_claims_page_when_the_filters_leave_nothing_to_claim(db_path: Path) -> None:
    at = start("en", "pages/claims.py")
    at.multiselect(key="f_modes").set_value(["sea"]).run()
    at.multiselect(key="f_carriers").set_value(["UPS"]).run()
    assert not at.exception
    assert any(s.value.startswith("No parcel is lost, suspected lost or damaged") for s in at.success)


def test_guided_claim_keeps_the_estimate_on_one_line_with_its_currency(db_path: Path) -> None:
    at = start("en", "pages/claims.py")
    assert not at.exception, [e.value for e in at.exception]
    headings = [m.value for m in at.markdown if m.value.startswith("#### ")]
    # A no-break space between the amount and its code, as the tables' money() writes them.
    assert any(re.fullmatch(r"#### [\d,]+\.\d\d\u00a0[A-Z]{3}", h) for h in headings), headings
