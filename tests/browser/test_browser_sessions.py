"""Twenty sessions viewing pages while one imports (issue 6): no errors, nothing shared, nothing half-done.

One server on a copy of the demo database. Twenty browser contexts (each its own
Streamlit session) open the pages at once, half of them in Chinese; meanwhile a
twenty-first session uploads a file of 5,000 new parcels. Every session must draw its
page without an error, in its own language, and count either all the parcels from
before the import or all of them after it, never a part.
"""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from browser_helpers import PAGE_MS, PAGE_PATHS, UPLOAD_HEADERS, sidebar, title_of, wait_for_app, wait_for_page

from lossanalytics.i18n import catalogue, t

pytestmark = pytest.mark.browser

SESSIONS = 20
NEW_PARCELS = 5_000
VIEWED = [path for path in PAGE_PATHS if path not in ("/import", "/settings")]


def _new_parcels(path: Path) -> Path:
    """A tracking export of NEW_PARCELS parcels no other test uses."""
    shipped = date.today() - timedelta(days=30)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(UPLOAD_HEADERS)
        for i in range(NEW_PARCELS):
            writer.writerow([f"SESS{i:07d}", "Session Parcel Co", "Standard", "CN", "FR", shipped.isoformat(),
                             "In Transit", f"{shipped.isoformat()} 09:00", "", 20, "EUR", 0.5])
    return path


def _parcel_count(page, lang: str) -> int:
    """The number of parcels the sidebar says the database holds."""
    head, tail = catalogue()["ui.sidebar.parcels"][lang].split("{count:,}")
    found = re.search(re.escape(head) + r"([0-9,]+)" + re.escape(tail), sidebar(page).inner_text())
    assert found, sidebar(page).inner_text()
    return int(found.group(1).replace(",", ""))


def test_twenty_sessions_while_one_imports(browser, start_server, tmp_path: Path) -> None:
    server = start_server()
    upload = _new_parcels(tmp_path / "sessions-new-parcels.csv")
    contexts = [browser.new_context(viewport={"width": 1280, "height": 900}) for _ in range(SESSIONS + 1)]
    try:
        for context in contexts:
            context.set_default_timeout(PAGE_MS * 2)
        importer, *viewers = [context.new_page() for context in contexts]
        importer.goto(server.url("/import"))
        wait_for_page(importer, server, title_of("/import", "en"))
        baseline = _parcel_count(importer, "en")

        plan = [(page, VIEWED[i % len(VIEWED)], "zh" if i % 2 else "en") for i, page in enumerate(viewers)]
        for page, path, lang in plan[: SESSIONS // 2]:
            page.goto(server.url(f"{path}?lang={lang}"), wait_until="commit")
        importer.locator("[data-testid='stMain'] input[type=file]").set_input_files(str(upload))
        for page, path, lang in plan[SESSIONS // 2:]:
            page.goto(server.url(f"{path}?lang={lang}"), wait_until="commit")

        for page, path, lang in plan:
            wait_for_page(page, server, title_of(path, lang), lang, timeout=PAGE_MS * 3)
            assert _parcel_count(page, lang) in (baseline, baseline + NEW_PARCELS), (path, lang)
            # wait_for_page checked the title and the menu in this session's own language,
            # so the other half's choice of language never leaked into it.

        importer.locator("[data-testid='stMain']").get_by_text(t("ui.import.results", "en"), exact=True).wait_for(
            timeout=PAGE_MS * 3)
        wait_for_app(importer)
        assert _parcel_count(importer, "en") == baseline + NEW_PARCELS
        # After the import every session, on its next run, sees all of it.
        for page, path, lang in plan[:4]:
            page.reload()
            wait_for_page(page, server, title_of(path, lang), lang, timeout=PAGE_MS * 3)
            assert _parcel_count(page, lang) == baseline + NEW_PARCELS, (path, lang)
    finally:
        for context in contexts:
            context.close()
