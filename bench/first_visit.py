"""A seller's first visit: each page opened by its link on a freshly started server, in a real browser.

    python -m bench.first_visit [--out bench/out]

For every page of the app, a new dashboard process is started on a copy of the demo
database (20,000 parcels) and Debian's Chromium opens the page's deep link, `--repeat`
times (default 3, a fresh server each time; the median is reported, every visit is kept
with the machine's 1-minute load average after it). Timed from the navigation: the
page's own title on screen, and (on pages with charts) the first chart drawn, and when
the browser asked for Streamlit's Plotly module (4.7 MB). Everything the sidebar menu
showed while the page loaded is recorded, so a menu of raw file names (`overview`,
`import` …) before the app's own menu would show.

The dashboard starts the way `make run` starts it (lossanalytics.ui.serve, which loads the
libraries while the server comes up). Baseline, in the same run: a bare Streamlit script
(one title) started and opened the same way; each page is reported as a ratio against it.
For comparison, /carriers is also opened three times on a plain `streamlit run app.py`.

Each visit above is a browser's very first: a new browser context, nothing cached, so the
frontend and the 4.7 MB chart module are fetched and compiled anew. A seller's browser that
has opened the dashboard before keeps them (Streamlit serves them `immutable` for a year).
`returning_browser` times that case: a browser with a profile on disk opens the Overview on
one fresh server (as on an earlier day), that server stops, and the page's deep link is
opened on another freshly started server.
Writes `first_visit.json`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "tests" / "browser"))

from browser_helpers import (  # noqa: E402 - the browser tests' server and page list, shared on purpose
    CHROMIUM,
    CHROMIUM_ARGS,
    PAGE_PATHS,
    StreamlitServer,
    nav_titles,
    title_of,
)

CHART_PAGES = ("/overview", "/carriers", "/routes", "/trends")
PLOTLY_MODULE = "PlotlyChart."
PLAIN_PAGE = "/carriers"
LIMIT_MS = 120_000
VIEWPORT = {"width": 1440, "height": 1000}
BARE_TITLE = "Bare Streamlit"
# Records every text the sidebar menu shows while the page loads, from the first paint.
WATCH_MENU = """
window.__menus = [];
new MutationObserver(() => {
  const nav = document.querySelector("[data-testid='stSidebarNav'], .st-key-app_menu");
  const text = nav ? nav.innerText.trim() : "";
  if (text && window.__menus[window.__menus.length - 1] !== text) window.__menus.push(text);
}).observe(document, {subtree: true, childList: true, characterData: true});
"""


def visit(context, server: StreamlitServer, path: str, title: str, chart: bool) -> dict[str, object]:
    """Open `path` in a new tab of `context`; seconds to the title, to the first drawn chart and to
    the browser's request for the Plotly module."""
    page = context.new_page()
    page.set_default_timeout(LIMIT_MS)
    plotly_asked: list[float] = []
    page.on("request", lambda request: plotly_asked.append(time.perf_counter())
            if PLOTLY_MODULE in request.url.rsplit("/", 1)[-1] else None)
    start = time.perf_counter()
    page.goto(server.url(path))
    page.locator("h1", has_text=title).first.wait_for()
    titled = time.perf_counter() - start
    charted = None
    if chart:
        page.locator("[data-testid='stPlotlyChart'] svg text").first.wait_for()
        charted = time.perf_counter() - start
    menus = page.evaluate("window.__menus")
    page.close()
    return {"title_s": round(titled, 2), "chart_s": None if charted is None else round(charted, 2),
            "plotly_requested_s": round(plotly_asked[0] - start, 2) if plotly_asked else None,
            "plotly_requests": len(plotly_asked), "load1": round(os.getloadavg()[0], 2), "menus": menus}


def _watched(context):
    context.add_init_script(WATCH_MENU)
    return context


def first_visit(browser, db_path: Path, folder: Path, path: str, script: str = "app.py",
                plain: bool = False, title: str | None = None) -> dict[str, object]:
    """`path` opened by its link on a freshly started server, in a new browser context (nothing cached)."""
    context = _watched(browser.new_context(viewport=VIEWPORT))
    try:
        return visit_fresh_server(context, db_path, folder, path, script, plain, title)
    finally:
        context.close()


def visit_fresh_server(context, db_path: Path, folder: Path, path: str, script: str = "app.py",
                       plain: bool = False, title: str | None = None) -> dict[str, object]:
    """:func:`visit` of `path` in `context`, on a server started for it and stopped after."""
    server = fresh_server(db_path, folder, script, plain)
    try:
        return visit(context, server, path, title or title_of(path), chart=path in CHART_PAGES)
    finally:
        server.stop()


def returning_visit(playwright, db_path: Path, folder: Path, path: str) -> dict[str, object]:
    """`path` opened by its link on a fresh server, in a browser with a profile on disk (its HTTP
    cache and compiled-code cache, as a seller's browser keeps them; a new browser context keeps
    neither) that opened the Overview on another server before."""
    with tempfile.TemporaryDirectory(prefix="profile-", dir=folder) as profile:
        context = _watched(playwright.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, viewport=VIEWPORT))
        try:
            visit_fresh_server(context, db_path, folder, CHART_PAGES[0])
            return visit_fresh_server(context, db_path, folder, path)
        finally:
            context.close()


def _median(runs: list[dict[str, object]], key: str) -> float | None:
    values = [run[key] for run in runs if run[key] is not None]
    return round(statistics.median(values), 2) if values else None


def fresh_server(db_path: Path, folder: Path, script: str = "app.py", plain: bool = False) -> StreamlitServer:
    return StreamlitServer(db_path, folder / f"streamlit-{time.monotonic_ns()}.log", script, plain).start()


def run(folder: Path, repeat: int) -> dict[str, object]:
    from playwright.sync_api import sync_playwright

    db_path = folder / "demo.duckdb"
    subprocess.run([sys.executable, "-m", "lossanalytics", "--db", str(db_path), "demo"], cwd=REPO_ROOT,
                   check=True, capture_output=True)
    bare = folder / "bare.py"
    bare.write_text(f"import streamlit as st\n\nst.title({BARE_TITLE!r})\n", encoding="utf-8")
    titles = nav_titles("en")
    results: dict[str, object] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        baseline = statistics.median(
            first_visit(browser, db_path, folder, "/", str(bare), title=BARE_TITLE)["title_s"] for _ in range(3))
        # A menu entry that is a file name of pages/ (or "app"), not a page title.
        file_names = {"app", *(p.strip("/") for p in PAGE_PATHS)} - {t.lower() for t in titles}
        runs: dict[str, list[dict[str, object]]] = {path: [] for path in PAGE_PATHS}
        # Round by round, so a burst of load from elsewhere falls on every page alike.
        for _ in range(repeat):
            for path in PAGE_PATHS:
                runs[path].append(first_visit(browser, db_path, folder, path))
        for path, seen in runs.items():
            raw = [m for run in seen for m in run.pop("menus") if file_names & {line.strip() for line in m.splitlines()}]
            title_s, chart_s = _median(seen, "title_s"), _median(seen, "chart_s")
            results[path] = {"title_s": title_s, "chart_s": chart_s,
                             "ratio_to_bare": round((chart_s if chart_s is not None else title_s) / baseline, 2),
                             "file_name_menus_seen": raw, "visits": seen}
        returning: dict[str, list[dict[str, object]]] = {path: [] for path in CHART_PAGES}
        for _ in range(repeat):
            for path in CHART_PAGES:
                returning[path].append(returning_visit(playwright, db_path, folder, path))
        returning_figures = {
            path: {"title_s": _median(seen, "title_s"), "chart_s": _median(seen, "chart_s"),
                   "visits": [{k: v for k, v in run.items() if k != "menus"} for run in seen]}
            for path, seen in returning.items()}
        # What the launcher saves: the same page on a server started by a plain `streamlit run app.py`.
        plain = [first_visit(browser, db_path, folder, PLAIN_PAGE, plain=True) for _ in range(3)]
        browser.close()
    plain_figures = {key: statistics.median(seen[key] for seen in plain) for key in ("title_s", "chart_s")}
    return {"bare_streamlit_s": baseline, "pages": results, "returning_browser": returning_figures,
            f"plain_streamlit_run{PLAIN_PAGE}": plain_figures}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument("--repeat", type=int, default=3, help="visits of each page, each on a fresh server")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="first-visit-") as folder:
        figures = run(Path(folder), args.repeat)
    (args.out / "first_visit.json").write_text(json.dumps(figures, indent=2, ensure_ascii=False))
    print(json.dumps(figures, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
