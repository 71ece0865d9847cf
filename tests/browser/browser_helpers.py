"""Helpers for the browser tests: a Streamlit server in its own process group, and waits.

Kept out of conftest.py so test modules can import them (``from browser_helpers import ...``).
"""

from __future__ import annotations

import csv
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import date, timedelta
from pathlib import Path

from lossanalytics.i18n import t
from lossanalytics.ui.navigation import PAGES as APP_PAGES

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "tests" / "artifacts"
CHROMIUM = Path(os.environ.get("LOSSANALYTICS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

# Timeouts in milliseconds (Playwright) and seconds (server start).
FIRST_LOAD_MS = 120_000  # first page on a server with an empty database generates 20,000 demo parcels
PAGE_MS = 45_000  # any later page load or rerun
HEALTH_TIMEOUT_S = 60


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class StreamlitServer:
    """One dashboard process in its own process group, with its own database.

    The app starts the way `make run` starts it (lossanalytics.ui.serve); `plain=True`, or
    any other script, starts a plain `streamlit run`.
    """

    def __init__(self, db_path: Path, log_path: Path, script: str = "app.py", plain: bool = False) -> None:
        self.db_path = db_path
        self.log_path = log_path
        self.script = script
        self.plain = plain or script != "app.py"
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None
        # The day the app generated its demo data for, where a fixture knows it.
        self.demo_day: date | None = None
        self._log = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str = "/") -> str:
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def start(self) -> "StreamlitServer":
        env = dict(os.environ)
        env["LOSSANALYTICS_DB"] = str(self.db_path)
        env["STREAMLIT_BROWSER_GATHER_USAGE_STATS"] = "false"
        env["PYTHONUNBUFFERED"] = "1"
        start = ["-m", "streamlit", "run", self.script] if self.plain else ["-m", "lossanalytics.ui.serve"]
        command = [
            sys.executable, *start,
            "--server.headless", "true",
            "--server.port", str(self.port),
            "--server.address", "127.0.0.1",
            "--browser.gatherUsageStats", "false",
            # Source edits made while the suite runs must not rerun pages under the tests.
            "--server.fileWatcherType", "none",
            "--server.runOnSave", "false",
        ]
        self._log = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            command, cwd=REPO_ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self._wait_healthy()
        return self

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + HEALTH_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                code = self.process.returncode
                raise RuntimeError(f"streamlit exited with {code} before answering:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(self.url("/_stcore/health"), timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"streamlit did not answer /_stcore/health within {HEALTH_TIMEOUT_S}s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 60) -> str:
        try:
            text = self.log_path.read_text("utf-8", errors="replace")
        except OSError:
            return "(no server log)"
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                process.wait(timeout=10)
        if self._log is not None:
            self._log.close()
            self._log = None


# Every visible text the tests look for comes from the product's message catalogue, so
# wording changes there do not break the tests (the structure they check still must hold).
LANGS = ("en", "zh")
# Every page the app routes to, in menu order, by its deep link. Taken from the app's own
# page list, so a page added later is covered too.
PAGE_PATHS = tuple(f"/{spec.url_path}" for spec in APP_PAGES)


def title_of(path: str, lang: str = "en") -> str:
    """The title (h1 and menu entry) of the page at deep link `path`."""
    spec = next(spec for spec in APP_PAGES if f"/{spec.url_path}" == path)
    return t(spec.title_key, lang)


def plain(markdown: str) -> str:
    """A catalogue message as the browser shows it: without markdown emphasis."""
    return markdown.replace("**", "").replace("*", "")


def nav_titles(lang: str) -> list[str]:
    """The entries the app's own menu (st.navigation) lists, in order."""
    return [title_of(path, lang) for path in PAGE_PATHS]


def wait_for_app(page, timeout: float = PAGE_MS, settle_ms: int = 150) -> None:
    """Wait until the app is connected and its script has finished running.

    ``stApp`` carries ``data-test-connection-state`` and ``data-test-script-state``
    (initial -> running -> notRunning), the hooks Streamlit's own end-to-end tests use.
    A short settle time first lets a just-triggered rerun start. This alone does not
    prove the right content is on screen (a page can rerun itself at once): callers
    also wait for the text they expect.
    """
    page.wait_for_timeout(settle_ms)
    page.wait_for_selector(
        "[data-testid='stApp'][data-test-connection-state='CONNECTED']", state="attached", timeout=timeout
    )
    page.wait_for_selector(
        "[data-testid='stApp'][data-test-script-state='notRunning']", state="attached", timeout=timeout
    )
    # The "Running..." status widget goes away when the run is over.
    page.locator("[data-testid='stStatusWidget']", has_text="Running").wait_for(state="detached", timeout=timeout)


def page_title(page):
    """The page's own title: the first h1 of the main area."""
    return page.locator("[data-testid='stMain'] h1").first


def open_page(page, server: StreamlitServer, path: str, title: str, lang: str = "en",
              timeout: float = PAGE_MS) -> None:
    """Go to `path`, wait for its title and the app's menu, and for the run to end; no exception box."""
    page.goto(server.url(path), timeout=timeout)
    wait_for_page(page, server, title, lang, timeout)


def wait_for_page(page, server: StreamlitServer | None, title: str, lang: str = "en",
                  timeout: float = PAGE_MS) -> None:
    """Wait for the page titled `title` to be fully drawn by the app, in `lang`."""
    # The title, or an exception box (then fail at once, with the server's log).
    heading = page.locator("[data-testid='stMain'] h1", has_text=title).first
    heading.or_(page.locator("[data-testid='stException']").first).first.wait_for(timeout=timeout)
    assert_no_exception(page, server)
    wait_for_app(page, timeout=timeout)
    assert_no_exception(page, server)
    assert page_title(page).inner_text().strip() == title, (title, page_title(page).inner_text())
    # The app's own menu (ui/navigation.route) in `lang`, not the file names of a bare
    # `pages/` folder. app.py draws it before the page, but under heavy load (twenty
    # sessions and an import on two cores) the sidebar can be drawn seconds after the main
    # area: wait as long as for the page (attached: a narrow window folds the sidebar away).
    nav = menu(page)
    try:
        nav.get_by_text(nav_titles(lang)[-1], exact=True).wait_for(state="attached", timeout=timeout)
    except Exception as exc:  # noqa: BLE001 - report what the menu shows instead
        shown = nav.inner_text() if nav.count() else "(no menu)"
        raise AssertionError(f"the sidebar menu is not the app's menu in {lang!r}: {shown!r}") from exc


def assert_no_exception(page, server: StreamlitServer | None = None) -> None:
    """No exception box, no error box, no traceback text on the page."""
    log = f"\nserver log:\n{server.log_tail()}" if server is not None else ""
    for selector in ("[data-testid='stException']", "[data-testid='stAlertContentError']"):
        boxes = page.locator(selector)
        if boxes.count():
            raise AssertionError(f"the page shows {selector}:\n{boxes.first.inner_text()}{log}")
    text = page.locator("[data-testid='stApp']").inner_text()
    assert "Traceback (most recent call last)" not in text, text[:2000] + log


def snapshot(page, path: Path) -> Path:
    """A screenshot of the whole page: the viewport grows to the main area's height first.

    Streamlit scrolls inside its own container, so Playwright's full_page alone stops at
    the viewport.
    """
    size = page.viewport_size
    height = page.evaluate(
        """() => Math.max(document.documentElement.scrollHeight, ...[...document.querySelectorAll(
            "[data-testid='stMain'], [data-testid='stAppViewContainer'], [data-testid='stSidebarContent']"
        )].map((e) => e.scrollHeight))"""
    )
    page.set_viewport_size({"width": size["width"], "height": min(max(int(height), size["height"]), 8000)})
    try:
        page.wait_for_timeout(400)  # charts redraw at the new size
        page.screenshot(path=str(path), full_page=True)
    finally:
        page.set_viewport_size(size)
    return path


def main_text(page) -> str:
    """The visible text of the main area (not the sidebar)."""
    return page.locator("[data-testid='stMain']").inner_text()


def sidebar(page):
    return page.locator("[data-testid='stSidebar']")


def menu(page):
    """The app's own menu in the sidebar (ui/navigation.route)."""
    return sidebar(page).locator(".st-key-app_menu")


def copy_database(source: Path, target: Path) -> Path:
    """Copy a closed DuckDB file (and its write-ahead log, if one was left)."""
    shutil.copyfile(source, target)
    wal = source.with_name(source.name + ".wal")
    if wal.exists():
        shutil.copyfile(wal, target.with_name(target.name + ".wal"))
    return target


UPLOAD_HEADERS = [
    "Tracking Number", "Carrier", "Service", "Origin Country", "Destination Country", "Ship Date", "Status",
    "Last Event Time", "Delivered Date", "Order Value", "Currency", "Weight (kg)",
]
FORMULA_CARRIER = "Formula Freight"
# Text a spreadsheet would run: every prefix the export must neutralise.
FORMULA_SERVICES = ('=HYPERLINK("http://example.invalid","click")', "+SUM(1,2)", "-2+3", "@SUM(1)")


def write_formula_parcels(path: Path) -> Path:
    """A tracking export of parcels stalled for weeks (so suspected lost) whose service looks like a formula."""
    today = date.today()
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(UPLOAD_HEADERS)
        for index, service in enumerate(FORMULA_SERVICES):
            shipped = today - timedelta(days=80 + index)
            writer.writerow([
                f"FXINJ{index:06d}", FORMULA_CARRIER, service, "CN", "US", shipped.isoformat(), "In Transit",
                f"{(shipped + timedelta(days=2)).isoformat()} 08:00", "", 12.5 + index, "USD", 0.4,
            ])
    return path
