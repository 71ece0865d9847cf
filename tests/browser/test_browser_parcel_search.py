"""Search any parcel in a real browser: type a tracking number in the sidebar box, see its timeline."""

from __future__ import annotations

import pytest
from browser_helpers import main_text, open_page, sidebar, snapshot, title_of, wait_for_page

from lossanalytics import demo
from lossanalytics.i18n import t

pytestmark = pytest.mark.browser


def test_sidebar_search_opens_the_parcel_and_its_timeline(page, app_server, artifacts_dir) -> None:
    # The server's demo data set, generated the same way for the same day: its first parcel, with its scans.
    assert app_server.demo_day is not None
    events = demo.generate(today=app_server.demo_day).events
    number = str(events["Tracking Number"].iloc[0])
    open_page(page, app_server, "/carriers", title_of("/carriers"))
    box = sidebar(page).get_by_placeholder(t("ui.parcel.box_placeholder", "en"))
    box.fill(f"  {number.lower()} ")
    box.press("Enter")
    wait_for_page(page, app_server, title_of("/overview"))
    main = page.locator("[data-testid='stMain']")
    main.get_by_text(t("ui.suspected.detail", "en", tracking_number=number), exact=True).wait_for()
    main.get_by_text(t("ui.suspected.timeline", "en"), exact=True).wait_for()
    assert f"parcel={number.lower()}" in page.url.replace("+", "")
    text = main_text(page)
    assert t("ui.parcel.sources", "en") in text
    timeline = main.locator("[data-testid='stDataFrame']").first
    timeline.locator("[role='gridcell']").first.wait_for(state="attached")
    # The grid draws on a canvas; its cells are also in the page for screen readers.
    cells = [cell.inner_text() for cell in timeline.locator("[role='gridcell']").all()]
    first = events[events["Tracking Number"] == number].sort_values("Event Time").iloc[0]
    assert cells[1:4] == [t("status.info_received", "en"), first["Location"], first["Description"]], cells[:8]
    snapshot(page, artifacts_dir / "parcel-search.png")
