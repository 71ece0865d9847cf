"""The page list `app.py` routes with, the app's menu, and the guard against Streamlit's `pages/` folder mode.

Pitfall (DESIGN §2): while no script of a fresh server has called `st.navigation`,
Streamlit treats the folder `pages/` as an old-style multipage app. A deep link such
as /carriers then runs `pages/carriers.py` on its own, without `app.py`, and the first
visitor's browser is sent a menu of file names (`app`, `advice`, `carriers` …).
`hand_over_to_app` notices that mode, switches the server to `st.navigation` and
reruns, so that `app.py` routes every run — the deep-linked page included, because both
modes name a page's run by the same hash of its URL path. Streamlit's own sidebar menu
is switched off (`client.showSidebarNavigation = false` in .streamlit/config.toml), so
that file-name menu is never drawn; `route` draws the app's menu itself, in the
seller's language, with `st.page_link`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from lossanalytics.i18n import t
from lossanalytics.ui.warm import visitor_arrived


@dataclass(frozen=True)
class PageSpec:
    """One page: its file, its URL path (the deep link), its title key and icon, and whether it opens with charts."""

    script: str
    url_path: str
    title_key: str
    icon: str
    charts: bool = False


PAGES: tuple[PageSpec, ...] = (
    PageSpec("pages/overview.py", "overview", "ui.page.overview", ":material/dashboard:", charts=True),
    PageSpec("pages/import.py", "import", "ui.page.import", ":material/upload_file:"),
    PageSpec("pages/carriers.py", "carriers", "ui.page.carriers", ":material/local_shipping:", charts=True),
    PageSpec("pages/routes.py", "routes", "ui.page.routes", ":material/route:", charts=True),
    PageSpec("pages/trends.py", "trends", "ui.page.trends", ":material/trending_up:", charts=True),
    PageSpec("pages/suspected.py", "suspected", "ui.page.suspected", ":material/search:"),
    PageSpec("pages/claims.py", "claims", "ui.claims.title", ":material/gavel:"),
    PageSpec("pages/advice.py", "advice", "ui.advice.title", ":material/tips_and_updates:"),
    PageSpec("pages/settings.py", "settings", "ui.settings.title", ":material/settings:"),
)
HOME_URL_PATH = "home"


# Whether the current script run went through `route` (each session runs its script in its own thread).
_RUN = threading.local()


def hand_over_to_app() -> None:
    """If Streamlit ran this script in `pages/`-folder mode, switch to st.navigation and rerun."""
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def app_pages(lang: str) -> list[st.Page]:
    """The pages in menu order, titles in `lang`.

    The overview is the default page (served at /) and is also reachable at /overview
    through a hidden second entry, so every page has a deep link of its own name.
    """
    overview, *others = PAGES
    pages = [
        st.Page(overview.script, title=t(overview.title_key, lang), icon=overview.icon, url_path=HOME_URL_PATH,
                default=True),
        st.Page(overview.script, title=t(overview.title_key, lang), icon=overview.icon, url_path=overview.url_path,
                visibility="hidden"),
    ]
    pages += [st.Page(p.script, title=t(p.title_key, lang), icon=p.icon, url_path=p.url_path) for p in others]
    return pages


def route(lang: str) -> st.Page:
    """Register the pages with st.navigation, draw the menu in the sidebar, and return the page to run."""
    _RUN.routed = True
    visitor_arrived()
    pages = app_pages(lang)
    current = st.navigation(pages, position="hidden")
    with st.sidebar.container(key="app_menu"):
        for page in pages:
            if page.visibility != "hidden":
                st.page_link(page)
    return current


def ensure_routed() -> None:
    """Rerun a page run that did not come through `route`: on a fresh server several first
    visitors can start in `pages/`-folder mode before the first of them switches the
    server over, and their pages would draw without the app's menu."""
    routed, _RUN.routed = getattr(_RUN, "routed", False), False
    if not routed:
        PagesManager.uses_pages_directory = False
        st.rerun()


def opens_with_charts(title_key: str) -> bool:
    """Whether the page titled `title_key` shows charts."""
    return any(p.charts for p in PAGES if p.title_key == title_key)


def chart_url_paths() -> frozenset[str]:
    """The URL paths of the pages that open with charts; the root ("") and the home path show the
    first page, the default."""
    default = {"", HOME_URL_PATH} if PAGES[0].charts else set()
    return frozenset({*default, *(p.url_path for p in PAGES if p.charts)})


def page_path(url_path: str) -> str:
    """The script of the page with `url_path`, for st.page_link / st.switch_page."""
    return next(p.script for p in PAGES if p.url_path == url_path)
