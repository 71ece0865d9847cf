"""AppTests of an as-of day before every parcel's shipping: the pages that use the shared filters say that no
parcel had shipped by that day and name the earliest ship date, instead of blaming the filters."""
# ruff: noqa: F811 - the fixtures imported from test_app_pages are used as test arguments

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_app_pages import start

from lossanalytics.analytics.overview import first_ship_after
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.i18n import t
from lossanalytics.storage.db import Database

TOO_EARLY = date(2024, 1, 1)


def first_ship(path: Path) -> date:
    db = Database(path)
    try:
        first = db.scalar("SELECT min(ship_date) FROM parcels")
        assert first_ship_after(db, AnalysisScope(TOO_EARLY, DetectionSettings())) == first.date()
        return first.date()
    finally:
        db.close()


def infos(at) -> list[str]:
    return [i.value for i in at.info]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_carriers_names_the_first_ship_date(db_path: Path, lang: str) -> None:
    first = first_ship(db_path)
    assert first > TOO_EARLY
    at = start(lang, "pages/carriers.py")
    at.date_input(key="f_as_of").set_value(TOO_EARLY).run()
    assert not at.exception, [e.value for e in at.exception]
    said = t("ui.empty.not_shipped_yet", lang, as_of="2024-01-01", first=first.isoformat(),
             field=t("ui.sidebar.as_of", lang))
    assert infos(at) == [said]
    assert t("ui.empty.no_match", lang) not in infos(at)
    # The other pages of the shared filters say the same, and nothing else claims there is nothing to find.
    for page in ("pages/overview.py", "pages/routes.py", "pages/trends.py", "pages/suspected.py"):
        at.switch_page(page).run()
        assert not at.exception, (page, [e.value for e in at.exception])
        assert infos(at) == [said], page
        assert not at.success, page
    for page in ("pages/claims.py", "pages/advice.py"):  # these go on to the claims already made, or say so
        at.switch_page(page).run()
        assert not at.exception, (page, [e.value for e in at.exception])
        assert infos(at)[0] == said, page
        assert not at.success, page


def test_a_day_after_the_first_shipping_is_no_such_case(db_path: Path) -> None:
    first = first_ship(db_path)
    db = Database(db_path)
    try:
        assert first_ship_after(db, AnalysisScope(first, DetectionSettings())) is None
    finally:
        db.close()
