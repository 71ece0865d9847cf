"""Real-browser harness: fresh Streamlit servers driven by Playwright in Debian's Chromium.

Every test here is marked ``browser``. Nothing is shared with the unit tests' database:
each server gets its own DuckDB file through ``LOSSANALYTICS_DB``.

- ``app_server`` (session): one fresh server whose empty database is filled with the demo
  data set by the app itself on first start (the first page load waits for that).
- ``start_server`` (function): a factory for extra fresh servers (the deep-link tests),
  stopped at the end of the test that asked for them.
- ``page`` (function): a new browser context and page per test (no shared cookies or
  session state), with downloads allowed.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from browser_helpers import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    FIRST_LOAD_MS,
    PAGE_MS,
    REPO_ROOT,
    StreamlitServer,
    copy_database,
    open_page,
    title_of,
    write_formula_parcels,
)

# --------------------------------------------------------------------------- fixtures


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Remember each phase's report on the test item, so `page` can tell a failed test."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    if not CHROMIUM.exists():
        pytest.skip(f"Debian's Chromium is not at {CHROMIUM} (apt-get install chromium): browser tests skipped")
    return CHROMIUM


@pytest.fixture(scope="session")
def playwright_instance(chromium_path: Path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance, chromium_path: Path):
    browser = playwright_instance.chromium.launch(executable_path=str(chromium_path), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def page(request, browser):
    """A new browser context (no shared cookies or session) per test; a screenshot if the test fails."""
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True, locale="en-US")
    context.set_default_timeout(PAGE_MS)
    page = context.new_page()
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        name = "".join(c if c.isalnum() or c in "-_" else "-" for c in request.node.name)
        try:
            page.screenshot(path=str(ARTIFACTS / f"FAILED-{name}.png"), full_page=True)
        except Exception:  # noqa: BLE001 - a screenshot must not hide the real failure
            pass
    context.close()


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def _started_with_demo(tmp_path_factory, browser) -> StreamlitServer:
    """A fresh server on an empty database, its first page load done, which fills it with the demo data set
    (20,000 parcels); `demo_day` is the day the demo was generated for, None when midnight fell inside the load."""
    folder = tmp_path_factory.mktemp("app_server")
    server = StreamlitServer(folder / "browser.duckdb", folder / "streamlit.log").start()
    day = date.today()
    try:
        context = browser.new_context(viewport={"width": 1440, "height": 1000})
        try:
            open_page(context.new_page(), server, "/", title_of("/overview", "en"), timeout=FIRST_LOAD_MS)
        finally:
            context.close()
    except BaseException:
        server.stop()
        raise
    server.demo_day = day if date.today() == day else None
    return server


@pytest.fixture(scope="session")
def app_server(tmp_path_factory, browser) -> Iterator[StreamlitServer]:
    """A fresh server whose database holds the demo data (loaded once here, so every test starts from a
    dashboard with data)."""
    server = _started_with_demo(tmp_path_factory, browser)
    if server.demo_day is None:
        # Which day the demo was generated for is unknown: a fresh server generates it again, a day from midnight.
        server.stop()
        server = _started_with_demo(tmp_path_factory, browser)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory) -> Path:
    """A closed database file already holding the demo data, copied for each extra server.

    (The demo export files under data/demo/ are written atomically and deterministically,
    so this and a server's own first-start demo load may overlap safely.)
    """
    folder = tmp_path_factory.mktemp("demo_template")
    target = folder / "demo.duckdb"
    result = subprocess.run(
        [sys.executable, "-m", "lossanalytics", "--db", str(target), "demo"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, f"`python -m lossanalytics demo` failed:\n{result.stdout}\n{result.stderr}"
    return target


@pytest.fixture(scope="session")
def seeded_server(tmp_path_factory, demo_db_template: Path) -> Iterator[StreamlitServer]:
    """A fresh server on the demo data plus parcels whose text looks like spreadsheet formulas.

    The extra file is imported with the command line before the server starts, so the
    download test does not depend on the upload journey.
    """
    folder = tmp_path_factory.mktemp("seeded_server")
    db_path = copy_database(demo_db_template, folder / "seeded.duckdb")
    source = write_formula_parcels(folder / "formula_parcels.csv")
    result = subprocess.run(
        [sys.executable, "-m", "lossanalytics", "--db", str(db_path), "import", str(source)],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, f"importing {source.name} failed:\n{result.stdout}\n{result.stderr}"
    server = StreamlitServer(db_path, folder / "streamlit.log").start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def start_server(tmp_path: Path, demo_db_template: Path) -> Iterator[Callable[[], StreamlitServer]]:
    """Start extra fresh servers, each on its own copy of the demo database."""
    servers: list[StreamlitServer] = []

    def start() -> StreamlitServer:
        index = len(servers)
        db_path = copy_database(demo_db_template, tmp_path / f"server{index}.duckdb")
        server = StreamlitServer(db_path, tmp_path / f"server{index}.log")
        servers.append(server)
        return server.start()

    yield start
    for server in servers:
        server.stop()
