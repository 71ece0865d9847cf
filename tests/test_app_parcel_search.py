"""AppTests of the parcel search: the sidebar box on any page, the Overview at `?parcel=`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from app_clock import pin_today
from streamlit.testing.v1 import AppTest
from test_app_pages import APP, RAW_KEY, rendered_text
from test_parcel_search import AS_OF, EVENTS, TRACKING

from lossanalytics.i18n import catalogue, route_name, t
from lossanalytics.importing import ImportResult
from lossanalytics.ui.numbers import md_escape

# The pages judge as of the newest event in the data (asof.py), older than the pinned today.
DATA_DAY = date(2026, 11, 2)


@pytest.fixture
def searchable(empty_db_path: Path, import_into_app: Callable[[str, str], ImportResult],
               monkeypatch: pytest.MonkeyPatch) -> Path:
    """The five parcels of test_parcel_search (no demo data), judged as of AS_OF."""
    for name, text in (("tracking.csv", TRACKING), ("events.csv", EVENTS)):
        import_into_app(name, text)
    pin_today(monkeypatch, AS_OF)
    return empty_db_path


def opened(lang: str, parcel: str | None = None, page: str | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = lang
    if parcel is not None:
        at.query_params["parcel"] = parcel
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def no_raw_keys(at: AppTest) -> None:
    text = rendered_text(at)
    assert [key for key in RAW_KEY.findall(text) if key in catalogue()] == []


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_deep_link_shows_one_parcel_in_full(searchable: Path, lang: str) -> None:
    at = opened(lang, parcel=" yt2400000002 ")
    assert at.subheader[0].value == t("ui.parcel.title", lang, query="yt2400000002")
    markdown = [m.value for m in at.markdown]
    assert f"#### {t('ui.suspected.detail', lang, tracking_number='YT2400000002')}" in markdown
    outcome = next(m for m in markdown if m.startswith(t("ui.parcel.outcome", lang, as_of=DATA_DAY, outcome="")[:8]))
    assert outcome.splitlines()[0].rstrip() == t(
        "ui.parcel.outcome", lang, as_of=DATA_DAY,
        outcome=f"{t('outcome.suspected_lost', lang)} · {t('ui.parcel.risk', lang, risk=100)}")
    assert t("ui.parcel.reasons", lang, reasons="")[:6] in outcome
    assert t("ui.parcel.no_claim", lang) in markdown
    assert t("ui.parcel.last_event_only", lang) in [c.value for c in at.caption]
    timeline = at.dataframe[0].value
    assert timeline.iloc[:, 3].tolist() == ["Departed facility"]
    facts = next(m for m in markdown if m.startswith(f"**{t('col.carrier', lang)}:**"))
    assert f"**{t('col.route', lang)}:** {md_escape(route_name('CN', 'DE', lang))}" in facts
    no_raw_keys(at)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_sidebar_box_on_another_page_opens_the_search(searchable: Path, lang: str) -> None:
    at = opened(lang, page="pages/suspected.py")
    at.sidebar.text_input(key="parcel_box").input("113-1111111-0000003").run()
    assert not at.exception, [e.value for e in at.exception]
    assert [title.value for title in at.title] == [t("ui.page.overview", lang)]
    assert at.query_params["parcel"] == "113-1111111-0000003"
    assert at.sidebar.text_input(key="parcel_box").value == "113-1111111-0000003"
    assert f"#### {t('ui.suspected.detail', lang, tracking_number='YT24000000021')}" in [m.value for m in at.markdown]
    # The origin this parcel's file left empty is said in words.
    facts = next(m.value for m in at.markdown if m.value.startswith(f"**{t('col.carrier', lang)}:**"))
    assert md_escape(route_name(None, 'DE', lang)) in facts
    no_raw_keys(at)


def test_several_matches_are_listed_and_a_row_opens_its_parcel(searchable: Path) -> None:
    at = opened("en", parcel="YT24")
    assert t("ui.parcel.count", "en", total=3, query="YT24") in [m.value for m in at.markdown]
    listed = at.dataframe[0].value
    assert listed[t("col.tracking_number", "en")].tolist() == ["YT2400000001", "YT2400000002", "YT24000000021"]
    assert listed[t("ui.col.match", "en")].tolist() == [t("ui.parcel.match.prefix", "en")] * 3


def test_no_match_says_what_can_be_searched_and_close_ends_the_search(searchable: Path) -> None:
    at = opened("zh", parcel="<b>NOPE</b>")
    # First, above the Overview's own notes (here: one parcel shipped after the day judged).
    assert [i.value for i in at.info][0] == (
        t("ui.parcel.none", "zh", query=md_escape("<b>NOPE</b>")) + "\n\n" + t("ui.parcel.what", "zh"))
    at.button(key="parcel_close").click().run()
    assert not at.exception
    assert "parcel" not in at.query_params
    assert at.info == [] or t("ui.parcel.what", "zh") not in [i.value for i in at.info]
    assert at.sidebar.text_input(key="parcel_box").value == ""
