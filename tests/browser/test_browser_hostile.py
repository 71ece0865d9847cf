"""Issue 15, item 2: seller data is shown as text on every page, never as Markdown or HTML.

A database holds only parcels whose carrier, service, status, event text, countries,
order id and tracking number carry Markdown images and links to an outside host, HTML
links and images with script, `javascript:` URLs, bare URLs and Streamlit's own
Markdown extensions. Every page is opened (the claims guide, the carrier drill-down and
a suspected parcel's details included, whose first choice is one of these parcels), and
chart points are hovered. Nothing may leave for another host, no link or image may
appear that the product did not make, and no dialog may open.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date, timedelta
from urllib.parse import urlsplit

import pytest
from browser_helpers import PAGE_PATHS, StreamlitServer, open_page, title_of, wait_for_app

from lossanalytics.importing import import_file
from lossanalytics.onboarding import DEMO_KEY
from lossanalytics.storage.db import Database
from lossanalytics.ui.numbers import WORD_JOINER

pytestmark = pytest.mark.browser

OUTSIDE = "evil.example"
CARRIERS = (
    f"![logo](http://{OUTSIDE}/carrier.png) Evil Post",
    f'<a href="http://{OUTSIDE}/a">Link Express</a>',
    "<img src=x onerror=alert(1)> Img Freight",
    "[Click me](javascript:alert(1)) Script Line",
    f"http://{OUTSIDE}/bare www.{OUTSIDE} Bare Cargo",
)
SERVICES = (
    f"![s](http://{OUTSIDE}/service.png)", f"<b>bold</b><br><a href='http://{OUTSIDE}/s'>svc</a>",
    "[svc](javascript:alert(1))", f"https://{OUTSIDE}/svc", ":red[colour] :smile: $x^2$",
)
EVENTS = (
    f"Arrived ![e](http://{OUTSIDE}/event.png)", "<img src=x onerror=alert(1)>",
    f"See https://{OUTSIDE}/track or www.{OUTSIDE} or help@{OUTSIDE}", '<a href="javascript:alert(1)">track</a>',
)
STATUSES = (f"In Transit ![st](http://{OUTSIDE}/status.png)", "In Transit <img src=x onerror=alert(1)>")
COUNTRIES = ("US", "DE", "<img src=x onerror=alert(1)>", f"[DE](http://{OUTSIDE}/de)", "GB")
HEADERS = ["Tracking Number", "Order ID", "Carrier", "Service", "Origin Country", "Destination Country", "Ship Date",
           "Status", "Last Event", "Last Event Time", "Delivered Date", "Order Value", "Currency"]
PER_CARRIER = 40


def hostile_rows(today: date) -> list[list[object]]:
    """Per carrier: 28 delivered parcels (lane history), 8 stalled for weeks (suspected lost), 4 declared lost."""
    rows: list[list[object]] = []
    for c, carrier in enumerate(CARRIERS):
        for i in range(PER_CARRIER):
            n = c * PER_CARRIER + i
            number = f"![T](http://{OUTSIDE}/t{n}.png)" if n == 0 else f"HX{n:07d}"
            dest = COUNTRIES[n % len(COUNTRIES)]
            service = SERVICES[n % len(SERVICES)]
            event = EVENTS[n % len(EVENTS)]
            if i < 28:
                shipped = today - timedelta(days=90 - i)
                delivered = shipped + timedelta(days=8 + i % 5)
                status, last, done = f"Delivered {event}", delivered, delivered.isoformat()
            elif i < 36:
                shipped = today - timedelta(days=70 + i)
                status, last, done = STATUSES[n % len(STATUSES)], shipped + timedelta(days=2), ""
            else:
                shipped = today - timedelta(days=60 + i)
                status, last, done = "Lost", shipped + timedelta(days=5), ""
            rows.append([number, f"[o{n}](http://{OUTSIDE}/o)", carrier, service, "CN", dest, shipped.isoformat(),
                         status, event, f"{last.isoformat()} 08:00", done, 20 + n % 7, "USD"])
    return rows


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory, browser) -> Iterator[StreamlitServer]:
    folder = tmp_path_factory.mktemp("hostile_server")
    source = folder / "hostile_parcels.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(hostile_rows(date.today()))
    db = Database(folder / "hostile.duckdb")
    # No demo data: every carrier, lane and parcel the pages show first is a hostile one.
    db.execute("INSERT INTO settings VALUES ($key, $value)", {"key": DEMO_KEY, "value": json.dumps([])})
    result = import_file(db, source)
    stored = db.scalar("SELECT count(*) FROM parcels")
    db.close()
    assert result.outcome == "imported" and stored == len(CARRIERS) * PER_CARRIER, (result.outcome, stored)
    server = StreamlitServer(folder / "hostile.duckdb", folder / "streamlit.log").start()
    try:
        yield server
    finally:
        server.stop()


class Watch:
    """Every request the page makes and every dialog it opens (dismissed at once)."""

    def __init__(self, page) -> None:
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()


def outside_requests(urls: list[str], server: StreamlitServer) -> list[str]:
    own = urlsplit(server.base_url).netloc
    return [url for url in urls if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).netloc != own]


def foreign_links_and_images(page, server: StreamlitServer) -> list[str]:
    """Links and images the product did not make: its own are on its own server, or anchors within the page."""
    found = page.evaluate(
        """() => [
            ...[...document.querySelectorAll('a')].map(
                (a) => ['a', a.getAttribute('href') ?? a.getAttribute('xlink:href') ?? '']),
            ...[...document.querySelectorAll('img, image')].map(
                (i) => ['img', i.getAttribute('src') ?? i.getAttribute('href') ?? '']),
        ]"""
    )
    own = urlsplit(server.base_url).netloc

    def made_here(kind: str, target: str) -> bool:
        if kind == "img" and target.startswith(("data:", "blob:")):
            return True
        parts = urlsplit(target)
        if parts.scheme in ("", "http", "https") and parts.netloc in ("", own):
            return not target.lower().lstrip().startswith("javascript:") and OUTSIDE not in target
        return False

    return [f"<{kind} {target!r}>" for kind, target in found if not made_here(kind, target)]


def hover_chart_points(page) -> None:
    """Hover the first marks of every chart, so Plotly draws its hover labels (seller names in them)."""
    for chart in page.locator("[data-testid='stPlotlyChart']").all():
        points = chart.locator("g.point path, g.trace.scatter g.points path")
        for index in range(min(points.count(), 6)):
            try:
                points.nth(index).hover(timeout=2_000, force=True)
            except Exception:  # noqa: BLE001 - a mark hidden under another one is simply not hovered
                continue


def page_text(page) -> str:
    """The text of the main area, hidden tabs included, as a reader sees it (without word joiners)."""
    return (page.locator("[data-testid='stMain']").text_content() or "").replace(WORD_JOINER, "")


def assert_page_is_clean(page, server: StreamlitServer, watch: Watch, where: str) -> None:
    hover_chart_points(page)
    page.wait_for_timeout(300)
    assert foreign_links_and_images(page, server) == [], where
    assert outside_requests(watch.requests, server) == [], where
    assert watch.dialogs == [], where


@pytest.mark.parametrize("path", PAGE_PATHS)
def test_every_page_shows_hostile_seller_data_as_text(page, hostile_server: StreamlitServer, path: str) -> None:
    watch = Watch(page)
    open_page(page, hostile_server, path, title_of(path))
    assert_page_is_clean(page, hostile_server, watch, path)


def test_hostile_names_are_on_screen_as_written(page, hostile_server: StreamlitServer) -> None:
    """The checks above are not vacuous: the hostile values are drawn, as plain text."""
    watch = Watch(page)
    open_page(page, hostile_server, "/carriers", title_of("/carriers"))
    # Plotly draws after the script run ends: wait for the drawn label, not the run.
    page.locator("[data-testid='stPlotlyChart'] svg text", has_text="Link Express").first.wait_for(timeout=30_000)
    chart_text = " ".join(page.locator("[data-testid='stPlotlyChart'] svg text").all_text_contents())
    assert f'<a href="http://{OUTSIDE}/a">Link Express</a>' in chart_text, chart_text[:2000]
    chart = page.locator("[data-testid='stPlotlyChart']").first
    chart.locator("g.point path").first.hover(force=True)
    chart.locator(".hoverlayer text").first.wait_for(timeout=10_000)
    hover = " ".join(chart.locator(".hoverlayer text").all_text_contents())
    assert any(carrier in hover for carrier in CARRIERS), hover
    assert chart.locator(".hoverlayer a").count() == 0
    # The drill-down opens on the busiest carrier: a hostile name inside Markdown.
    shown = page_text(page)
    assert any(carrier in shown for carrier in CARRIERS), shown[:3000]
    open_page(page, hostile_server, "/claims", title_of("/claims"))
    shown = page_text(page)
    assert "[o" in shown and f"](http://{OUTSIDE}/o)" in shown, shown[:3000]
    assert_page_is_clean(page, hostile_server, watch, "carriers and claims")


def test_a_hostile_parcels_details(page, hostile_server: StreamlitServer) -> None:
    """The suspected list's first parcel, picked: its facts, reasons and timeline in Markdown."""
    watch = Watch(page)
    open_page(page, hostile_server, "/suspected", title_of("/suspected"))
    grid = page.locator(".st-key-suspected_table [data-testid='stDataFrameResizable']").first
    box = grid.bounding_box()
    assert box is not None
    # The first column of a selectable table holds the row checkboxes; the first row is under the header.
    page.mouse.click(box["x"] + 12, box["y"] + 35 + 17)
    wait_for_app(page)
    page.locator("[data-testid='stMain'] h3").first.wait_for()
    shown = page_text(page)
    assert any(event.split(" ")[0] in shown for event in EVENTS), shown[:3000]
    assert_page_is_clean(page, hostile_server, watch, "suspected parcel details")
