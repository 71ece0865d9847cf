"""A real-looking seller's messy exports, in a real browser: the problems sellers met, each checked.

The server's database holds only the files below, imported by the command line before it
starts; nothing comes from the demo generator. Their newest scan is three weeks old.

- A tracking export with renamed columns ("Courier", "Dispatch Date", "Shipment Status",
  "Latest event", "Declared Value (EUR)") whose status column says only "Exception" or
  "InTransit" while the latest event says what happened, in English, German, French,
  Portuguese and Japanese; one unknown carrier spelled two ways; no origin column.
- A Chinese ERP order export (no origin column: every parcel leaves China) whose service
  text says air, and a tracking export that names only the carrier of the same parcel.
- An order list without any date, carrier or status (five parcels that no rate can use).

Each expected outcome below is the plain meaning of the carrier's words (a parcel
"returned to sender" came back), not what the product said.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from browser_helpers import (
    LANGS,
    PAGE_PATHS,
    REPO_ROOT,
    StreamlitServer,
    main_text,
    open_page,
    plain,
    snapshot,
    title_of,
    wait_for_page,
)

from lossanalytics.i18n import t

pytestmark = pytest.mark.browser

NEWEST = date.today() - timedelta(days=21)
SHIPPED = NEWEST - timedelta(days=50)


def _day(days_after_ship: int) -> str:
    return (SHIPPED + timedelta(days=days_after_ship)).isoformat()


# tracking number -> (carrier, status column, latest event, expected outcome)
TRACKING = {
    "RT1": ("PostNL", "Exception", "Returned to sender", "returned"),
    "LO1": ("USPS", "Exception", "Sent to Mail Recovery Center", "lost"),
    "DA1": ("Royal Mail", "Exception", "Item damaged in transit", "damaged"),
    "DE1": ("DHL Paket", "InTransit", "Die Sendung wurde erfolgreich zugestellt.", "delivered"),
    "FR1": ("Colissimo", "InTransit", "Votre colis est livré.", "delivered"),
    "BR1": ("Correios", "Exception", "Objeto entregue ao destinatário", "delivered"),
    "JP1": ("Japan Post", "InTransit", "お届け先にお届け済み", "delivered"),
    "AC1": ("Acme Freight Co.", "In Transit", "Departed facility", None),
    "AC2": ("Acme Freight Co.", "Delivered", "Delivered", "delivered"),
    "AC3": ("ACME FREIGHT CO", "Delivered", "Delivered", "delivered"),
}
ERP_NUMBER = "4PX0000000009"


def _write_files(folder: Path) -> list[Path]:
    tracking = folder / "tracking-export.csv"
    lines = ["Tracking Number,Courier,Dispatch Date,Shipment Status,Last Event Time,Latest event,"
             "Declared Value (EUR),Destination"]
    for number, (carrier, status, event, outcome) in TRACKING.items():
        # The parcel with no outcome has been silent since its second day: suspected lost.
        scanned = NEWEST.isoformat() if outcome else _day(2)
        lines.append(f"{number},{carrier},{_day(0)},{status},{scanned} 09:00,{event},30,NL")
    tracking.write_text("\n".join(lines) + "\n", encoding="utf-8")
    orders = folder / "erp-orders.csv"
    orders.write_text(
        "平台订单号,运单号,物流渠道,物流商,收件国家,发货日期,申报价值,币种\n"
        f"AMZ-1,{ERP_NUMBER},递四方全球专线,4PX,德国,{_day(3)},20,EUR\n", encoding="utf-8")
    update = folder / "4px-tracking.csv"
    update.write_text("Tracking Number,Carrier,Status,Last Event Time\n"
                      f"{ERP_NUMBER},4PX,In Transit,{_day(5)} 10:00\n", encoding="utf-8")
    undated = folder / "order-list.csv"
    undated.write_text("Tracking Number,Order ID,Destination Country\n"
                       + "".join(f"ND{i},O-{i},US\n" for i in range(1, 6)), encoding="utf-8")
    return [tracking, orders, update, undated]


@pytest.fixture(scope="module")
def messy_server(tmp_path_factory) -> Iterator[StreamlitServer]:
    folder = tmp_path_factory.mktemp("messy_seller")
    db_path = folder / "messy.duckdb"
    for source in _write_files(folder):
        done = subprocess.run([sys.executable, "-m", "lossanalytics", "--db", str(db_path), "import", str(source)],
                              cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, f"importing {source.name} failed:\n{done.stdout}\n{done.stderr}"
    server = StreamlitServer(db_path, folder / "streamlit.log").start()
    try:
        yield server
    finally:
        server.stop()


def _open_parcel(page, server: StreamlitServer, number: str, lang: str = "en") -> str:
    page.goto(server.url(f"/?parcel={number}&lang={lang}"))
    wait_for_page(page, server, title_of("/overview", lang), lang)
    page.locator("[data-testid='stMain']").get_by_text(
        t("ui.suspected.detail", lang, tracking_number=number), exact=True).wait_for()
    return main_text(page)


# Unknown values written as a developer would see them: `nan→GB`, `? → Brazil`, `None`.
RAW_MISSING = re.compile(r"\b(nan|NaN|None|NaT|null)\b|\?\s*→|→\s*\?")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", PAGE_PATHS)
def test_every_page_warns_that_the_data_is_old_and_shows_no_raw_missing_values(
    page, messy_server: StreamlitServer, artifacts_dir: Path, path: str, lang: str,
) -> None:
    page.goto(messy_server.url(f"{path}?lang={lang}"))
    wait_for_page(page, messy_server, title_of(path, lang), lang)
    text = main_text(page)
    stale = plain(t("ui.asof.stale", lang, days=21, date=NEWEST.isoformat()))
    assert stale in text, text[:1500]
    assert not RAW_MISSING.findall(text), RAW_MISSING.findall(text)
    if path == "/import":  # the upload box's own words are Streamlit's English, shown in the seller's
        box = page.locator(".st-key-uploads [data-testid='stFileUploaderDropzone']")
        shown = box.locator("button p").evaluate("p => getComputedStyle(p, '::after').content")
        assert shown == f'"{t("ui.upload.button", lang)}"'
        assert box.locator("button p").evaluate("p => getComputedStyle(p).fontSize") == "0px"
    if path == "/routes":  # its tables are drawn once their section is opened
        page.get_by_text(t("ui.routes.tables", lang), exact=True).click()
        page.locator("[data-testid='stMain'] [data-testid='stDataFrame']").nth(1).wait_for()
        text = main_text(page)
        assert not RAW_MISSING.findall(text), RAW_MISSING.findall(text)
    # Tables draw on a canvas; their cells are also in the page for screen readers (text cells
    # as written; an empty cell is empty there, and tests/test_architecture.py checks its dash).
    cells = []
    for grid in page.locator("[data-testid='stMain'] [data-testid='stDataFrame']").all():
        if grid.is_visible():
            grid.locator("[role='gridcell']").first.wait_for(state="attached")
            cells += [cell.inner_text().strip() for cell in grid.locator("[role='gridcell']").all()]
    assert not [cell for cell in cells if RAW_MISSING.fullmatch(cell)], cells[:60]
    snapshot(page, artifacts_dir / f"messy-{path.strip('/')}-{lang}.png")


@pytest.mark.parametrize("number", sorted(n for n, row in TRACKING.items() if row[3]))
def test_the_latest_event_text_decides_over_a_generic_status(page, messy_server: StreamlitServer,
                                                             number: str) -> None:
    text = _open_parcel(page, messy_server, number)
    expected = TRACKING[number][3]
    outcome = plain(t("ui.parcel.outcome", "en", as_of=NEWEST.isoformat(), outcome=t(f"outcome.{expected}", "en")))
    assert outcome in text, text[:1500]


def test_parcels_that_came_back_or_were_damaged_are_not_on_the_suspected_list(
    page, messy_server: StreamlitServer,
) -> None:
    open_page(page, messy_server, "/suspected", title_of("/suspected"))
    assert plain(t("ui.suspected.count", "en", shown=2, total=2)) in main_text(page)
    grid = page.locator("[data-testid='stMain'] [data-testid='stDataFrame']").first
    grid.locator("[role='gridcell']").first.wait_for(state="attached")
    # The grid draws on a canvas; its cells are also in the page for screen readers.
    cells = {cell.inner_text().strip() for cell in grid.locator("[role='gridcell']").all()}
    # Only the two silent parcels; none that came back, was damaged, declared lost or delivered.
    assert {"AC1", ERP_NUMBER} <= cells, sorted(cells)[:40]
    assert not cells & {"RT1", "LO1", "DA1", "BR1", "DE1", "FR1", "JP1"}


def test_one_unknown_carrier_spelled_two_ways_is_one_carrier(page, messy_server: StreamlitServer) -> None:
    open_page(page, messy_server, "/carriers", title_of("/carriers"))
    page.locator("[data-testid='stPlotlyChart'] svg text").first.wait_for()
    text = page.locator("[data-testid='stMain']").inner_text()
    assert "Acme Freight Co." in text
    assert "ACME FREIGHT CO" not in text
    assert "ACME FREIGHT CO" in _open_parcel(page, messy_server, "AC3")  # the file's own spelling stays visible


def test_a_value_with_its_currency_in_the_header_is_read(page, messy_server: StreamlitServer) -> None:
    assert "30.00 EUR" in _open_parcel(page, messy_server, "RT1")


def test_a_carrier_only_tracking_row_keeps_the_mode_the_service_text_gave(
    page, messy_server: StreamlitServer,
) -> None:
    text = _open_parcel(page, messy_server, ERP_NUMBER)
    mode = t("ui.parcel.mode_with_source", "en", mode=t("mode.air", "en"),
             source=t("ui.parcel.mode_source.service", "en"))
    assert mode in text, text[:1500]


def test_value_at_loss_in_one_currency_needs_no_home_currency(page, messy_server: StreamlitServer) -> None:
    open_page(page, messy_server, "/overview", title_of("/overview"))
    text = main_text(page)
    assert "80\xa0EUR" in text, text[:1500]  # LO1, AC1 (30 EUR each) and the ERP parcel (20 EUR)
    assert plain(t("home.total.no_currency", "en")) not in text
