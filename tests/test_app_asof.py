"""AppTests of the as-of date: every page names it; old data is judged as of its newest scan, with a warning
and a one-click switch to today and back; the seller's own choice in the sidebar wins."""
# ruff: noqa: F811 - the fixtures imported from test_app_pages are used as test arguments

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from app_clock import pin_today
from test_app_pages import TODAY, start

from lossanalytics.analytics.overview import headline
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import load_detection_settings
from lossanalytics.i18n import t
from lossanalytics.storage.db import Database
from lossanalytics.ui.navigation import PAGES
from lossanalytics.ui.numbers import count

NEWEST_SCAN = date(2025, 6, 29)  # the demo data of TODAY end with this day's scans
THREE_WEEKS_LATER = date(2025, 7, 21)
WARNING_ICON = ":material/history:"


def as_of_warnings(at) -> list[str]:
    return [w.value for w in at.warning if w.proto.icon == WARNING_ICON]


def shown_suspected(at) -> str:
    return next(m.value for m in at.metric if m.label == t("col.suspected_lost", "en"))


def suspected_as_of(path: Path, as_of: date) -> str:
    db = Database(path)
    try:
        return count(headline(db, AnalysisScope(as_of, load_detection_settings(db))).suspected_lost)
    finally:
        db.close()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_current_data_is_judged_as_of_today_without_a_warning(db_path: Path, lang: str) -> None:
    at = start(lang)
    assert at.date_input(key="f_as_of").value == TODAY
    assert t("ui.asof.caption.today", lang, date="2025-06-30") in [c.value for c in at.caption]
    assert as_of_warnings(at) == []
    assert not [b for b in at.button if b.key and b.key.startswith("asof_")]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_page_names_the_newest_scan_and_warns_that_the_data_is_old(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    pin_today(monkeypatch, THREE_WEEKS_LATER)
    at = start(lang)
    for page in PAGES:
        at.switch_page(page.script).run()
        assert not at.exception, (page.script, [e.value for e in at.exception])
        assert at.date_input(key="f_as_of").value == NEWEST_SCAN, page.script
        captions = [c.value for c in at.caption]
        assert t("ui.asof.caption.newest", lang, date="2025-06-29") in captions, page.script
        assert as_of_warnings(at) == [t("ui.asof.stale", lang, days=22, date="2025-06-29")], page.script
        assert at.button(key="asof_use_today").label == t("ui.asof.use_today", lang), page.script


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_one_click_judges_as_of_today_and_one_click_back(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    pin_today(monkeypatch, THREE_WEEKS_LATER)
    at = start(lang)
    at.button(key="asof_use_today").click().run()
    assert at.date_input(key="f_as_of").value == THREE_WEEKS_LATER
    assert t("ui.asof.caption.today", lang, date="2025-07-21") in [c.value for c in at.caption]
    assert as_of_warnings(at) == [t("ui.asof.stale", lang, days=22, date="2025-06-29")]
    assert at.button(key="asof_use_newest").label == t("ui.asof.use_newest", lang, date="2025-06-29")
    at.switch_page("pages/carriers.py").run()
    assert at.date_input(key="f_as_of").value == THREE_WEEKS_LATER
    at.button(key="asof_use_newest").click().run()
    assert at.date_input(key="f_as_of").value == NEWEST_SCAN
    assert t("ui.asof.caption.newest", lang, date="2025-06-29") in [c.value for c in at.caption]
    assert at.button(key="asof_use_today").label == t("ui.asof.use_today", lang)


def test_detection_follows_the_date_the_page_names(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pin_today(monkeypatch, THREE_WEEKS_LATER)
    at = start("en")
    as_of_newest = suspected_as_of(db_path, NEWEST_SCAN)
    as_of_today = suspected_as_of(db_path, THREE_WEEKS_LATER)
    assert as_of_newest != as_of_today
    assert shown_suspected(at) == as_of_newest
    at.button(key="asof_use_today").click().run()
    assert shown_suspected(at) == as_of_today


def test_the_sellers_own_date_wins_on_every_page(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pin_today(monkeypatch, THREE_WEEKS_LATER)
    at = start("en")
    chosen = date(2025, 6, 15)
    at.date_input(key="f_as_of").set_value(chosen).run()
    assert t("ui.asof.caption.chosen", "en", date="2025-06-15") in [c.value for c in at.caption]
    assert shown_suspected(at) == suspected_as_of(db_path, chosen)
    at.switch_page("pages/suspected.py").run()
    assert at.date_input(key="f_as_of").value == chosen
    assert at.button(key="asof_use_today").label == t("ui.asof.use_today", "en")
