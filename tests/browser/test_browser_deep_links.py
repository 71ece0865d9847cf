"""Every page's URL, opened FIRST on a freshly started server, shows that page (DESIGN §2).

The pitfall: while no script of a fresh server has called ``st.navigation``, Streamlit
treats the folder ``pages/`` as an old-style multipage app, so a deep link such as
/carriers would run ``pages/carriers.py`` without ``app.py`` (a menu of file names, the
wrong page, or nothing). Only a server that has never served a page shows it, so each
case below starts its own server (about 5 s each) on a copy of a demo database. The
pages come from the app's own page list, so every page added later is covered too.
"""

from __future__ import annotations

import pytest
from browser_helpers import (
    APP_PAGES,
    PAGE_MS,
    PAGE_PATHS,
    assert_no_exception,
    menu,
    nav_titles,
    open_page,
    sidebar,
    snapshot,
    title_of,
)

pytestmark = pytest.mark.browser

FIRST_PAGE_MS = 90_000  # a fresh server imports the app and warms its caches on the first page

CASES = [
    # (URL opened first, the page it must show, language)
    *[(path, path, "en") for path in PAGE_PATHS],
    ("/", "/overview", "en"),
    ("/?lang=zh", "/overview", "zh"),
    ("/suspected?lang=zh", "/suspected", "zh"),
]


@pytest.mark.parametrize(("url", "expected", "lang"), CASES, ids=[case[0] for case in CASES])
def test_page_url_opened_first_on_a_fresh_server(page, start_server, artifacts_dir, url, expected, lang) -> None:
    server = start_server()
    title = title_of(expected, lang)
    open_page(page, server, url, title, lang, timeout=FIRST_PAGE_MS)

    # The app's own menu (st.navigation), in the page's language: no file names such as "app".
    nav = menu(page)
    links = [text.strip() for text in nav.locator("[data-testid='stPageLink']").all_inner_texts()]
    labels = [link.splitlines()[-1].strip() for link in links]
    assert labels == nav_titles(lang), labels
    # The sidebar carries the shared controls: the language switch and the filters.
    sidebar(page).locator(".st-key-lang").wait_for(timeout=PAGE_MS)
    sidebar(page).locator(".st-key-f_carriers").wait_for(timeout=PAGE_MS)
    # The page shows its own content under its title, not an empty main area.
    main = page.locator("[data-testid='stMain'] [data-testid='stMainBlockContainer']")
    assert len(main.inner_text().strip()) > len(title) + 20, main.inner_text()
    headings = [text.strip() for text in page.locator("[data-testid='stMain'] h1").all_inner_texts()]
    assert headings[0] == title, headings
    if expected != "/overview":
        assert title_of("/overview", lang) not in headings, headings
    chart_links = page.evaluate(
        "document.head.querySelectorAll('link[rel=modulepreload][href*=\"/PlotlyChart.\"]').length")
    if any(spec.charts for spec in APP_PAGES if f"/{spec.url_path}" == expected):
        # The early load (ui/chart_preload.py: a module preload in the document's head, run after
        # the frontend's first message, and the in-page script) and Streamlit's own import of the
        # chart library are one download: the preload asked for the URL the frontend imports.
        assert chart_links == 1
        # The head's script wrapped the websocket's send for one message only.
        assert page.evaluate("WebSocket.prototype.send.toString().includes('[native code]')")
        page.locator("[data-testid='stPlotlyChart'] svg").first.wait_for(timeout=PAGE_MS)
        fetched = page.evaluate(
            "performance.getEntriesByType('resource').filter(e => e.name.includes('/PlotlyChart.')).length"
        )
        assert fetched == 1, fetched
    else:
        # A page without charts does not have the browser compile the chart library first.
        assert chart_links == 0
    assert_no_exception(page, server)
    assert "Traceback" not in server.log_tail(400), server.log_tail(400)

    name = (url.strip("/").replace("?", "-").replace("=", "-") or "root")
    snapshot(page, artifacts_dir / f"deeplink-{name}.png")
