"""The three journeys that must always work in a real browser (DESIGN §1).

1. Upload spreadsheets (a CSV and an XLSX at once) and find the new carrier on Carriers.
2. Review the carrier loss chart, in English and in Chinese.
3. Download the suspected-loss list as CSV and as XLSX and check the files.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from browser_helpers import (
    FORMULA_CARRIER,
    FORMULA_SERVICES,
    PAGE_MS,
    UPLOAD_HEADERS,
    main_text,
    menu,
    open_page,
    plain,
    sidebar,
    snapshot,
    title_of,
    wait_for_app,
    wait_for_page,
)

from lossanalytics.i18n import t

pytestmark = pytest.mark.browser

UPLOAD_CARRIER = "Test Courier Co"
PLOTLY = "[data-testid='stPlotlyChart'] .js-plotly-plot"
FORMULA_PREFIXES = ("=", "+", "-", "@")


def _upload_rows(prefix: str, count: int) -> list[list[object]]:
    """Parcels of an unusual carrier, tracking numbers unique to this test run's files."""
    today = date.today()
    rows: list[list[object]] = []
    for i in range(count):
        shipped = today - timedelta(days=40 + i)
        if i % 3 == 0:
            arrived = shipped + timedelta(days=8)
            rows.append([f"{prefix}{i:06d}", UPLOAD_CARRIER, "Standard", "CN", "US", shipped.isoformat(), "Delivered",
                         f"{arrived.isoformat()} 10:00", arrived.isoformat(), 25.5 + i, "USD", 0.5])
        else:
            rows.append([f"{prefix}{i:06d}", UPLOAD_CARRIER, "Standard", "CN", "US", shipped.isoformat(), "In Transit",
                         f"{(shipped + timedelta(days=2)).isoformat()} 08:30", "", 19.9 + i, "USD", 0.3])
    return rows


def _write_csv(path: Path, rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(UPLOAD_HEADERS)
        writer.writerows(rows)


def _write_xlsx(path: Path, rows: list[list[object]]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Shipments"
    sheet.append(UPLOAD_HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)


def _choose_language(page, server, name: str, lang: str, title: str) -> None:
    """Click the sidebar language switch (a segmented control: English / 中文) and wait for the rerun."""
    switch = sidebar(page).locator(".st-key-lang")
    switch.locator("button").filter(has_text=re.compile(rf"^\s*{re.escape(name)}\s*$")).click()
    wait_for_page(page, server, title, lang)


# --------------------------------------------------------------------------- 1. upload


def test_upload_csv_and_xlsx_then_carrier_appears(page, app_server, tmp_path: Path, artifacts_dir: Path) -> None:
    csv_path = tmp_path / "browser-upload-orders.csv"
    xlsx_path = tmp_path / "browser-upload-tracking.xlsx"
    _write_csv(csv_path, _upload_rows("BRCSV", 7))
    _write_xlsx(xlsx_path, _upload_rows("BRXLS", 5))

    open_page(page, app_server, "/import", title_of("/import", "en"))
    page.locator("[data-testid='stMain'] input[type=file]").set_input_files([str(csv_path), str(xlsx_path)])

    main = page.locator("[data-testid='stMain']")
    main.get_by_text(t("ui.import.results", "en"), exact=True).wait_for(timeout=PAGE_MS)
    wait_for_page(page, app_server, title_of("/import", "en"))
    # One expander per file says what was read; open each and read its summary.
    for path, count in ((csv_path, 7), (xlsx_path, 5)):
        expander = main.locator("[data-testid='stExpander']", has_text=t("ui.import.details", "en", file=path.name))
        expander.locator("summary").click()
        summary = plain(t("ui.import.summary", "en", file=path.name, read=count, stored=count, updated=0,
                          rejected=0, warned=0, checked=0))
        expander.get_by_text(summary, exact=True).wait_for(timeout=PAGE_MS)
    # The import history lists both files with their counts too.
    history = main_text(page)
    for path, count in ((csv_path, 7), (xlsx_path, 5)):
        line = plain(t("ui.import.history_row", "en", import_id=0, file=path.name, format="", kind="", when="", read=count,
                       stored=count, updated=0, rejected=0)).splitlines()[-1].strip()
        assert re.search(rf"{re.escape(path.name)}.*\n{re.escape(line)}", history), (line, history)
    snapshot(page, artifacts_dir / "import-results-en.png")

    open_page(page, app_server, "/carriers", title_of("/carriers", "en"))
    # The chart labels each bar with the carrier's name (and its number of parcels).
    _chart_label(page.locator(PLOTLY).first, UPLOAD_CARRIER).wait_for(timeout=PAGE_MS)
    # ... and the sidebar's carrier filter offers it (the option list is virtual: type to find it).
    sidebar(page).locator(".st-key-f_carriers [data-testid='stMultiSelect']").click()
    page.keyboard.type(UPLOAD_CARRIER[:9])
    page.get_by_role("option", name=UPLOAD_CARRIER, exact=True).wait_for(timeout=PAGE_MS)
    page.keyboard.press("Escape")


# --------------------------------------------------------------------------- 2. carrier charts


def _chart_label(chart, name: str):
    """The SVG text of a bar label that starts with `name` (followed by its sample size)."""
    return chart.locator("text").filter(has_text=re.compile(rf"^{re.escape(name)}(\s|\(|（|$)")).first


def test_carrier_charts_in_english_and_chinese(page, app_server, artifacts_dir: Path) -> None:
    open_page(page, app_server, "/carriers", title_of("/carriers", "en"))
    chart = page.locator(PLOTLY).first
    chart.wait_for(timeout=PAGE_MS)
    chart.locator(".gtitle", has_text=t("ui.chart.carriers.title", "en")).wait_for(timeout=PAGE_MS)
    chart.locator(".xtitle", has_text=t("ui.chart.carriers.x", "en")).wait_for(timeout=PAGE_MS)
    for carrier in ("UPS", "YunExpress", "China Post"):
        _chart_label(chart, carrier).wait_for(timeout=PAGE_MS)
    # Error bars (the 95% interval) are drawn.
    assert chart.locator(".errorbar").count() > 0, "the carrier chart shows no error bars"
    assert t("ui.carriers.table", "en") in main_text(page)
    snapshot(page, artifacts_dir / "carriers-en.png")

    _choose_language(page, app_server, "中文", "zh", title_of("/carriers", "zh"))
    chart = page.locator(PLOTLY).first
    chart.locator(".gtitle", has_text=t("ui.chart.carriers.title", "zh")).wait_for(timeout=PAGE_MS)
    chart.locator(".xtitle", has_text=t("ui.chart.carriers.x", "zh")).wait_for(timeout=PAGE_MS)
    _chart_label(chart, "UPS").wait_for(timeout=PAGE_MS)
    text = main_text(page)
    assert t("ui.carriers.table", "zh") in text, text
    assert t("ui.carriers.table", "en") not in text
    assert "承运商" in text and "承运商" in sidebar(page).inner_text()
    snapshot(page, artifacts_dir / "carriers-zh.png")

    # The language stays when moving to another page through the menu.
    menu(page).get_by_text(title_of("/routes", "zh"), exact=True).click()
    wait_for_page(page, app_server, title_of("/routes", "zh"), "zh")
    page.locator(PLOTLY).first.locator(".gtitle", has_text=t("ui.chart.routes.title", "zh")).wait_for(timeout=PAGE_MS)
    # The route tables are drawn once their section is opened.
    assert page.locator("[data-testid='stDataFrame']").count() == 0
    page.get_by_text(t("ui.routes.tables", "zh"), exact=True).click()
    page.locator("[data-testid='stDataFrame']").nth(1).wait_for(timeout=PAGE_MS)
    assert t("ui.routes.mode_table", "zh") in main_text(page)
    snapshot(page, artifacts_dir / "routes-zh.png")


# --------------------------------------------------------------------------- 3. downloads


def _download(page, button, folder: Path) -> Path:
    with page.expect_download(timeout=PAGE_MS) as info:
        button.click()
    download = info.value
    target = folder / download.suggested_filename
    download.save_as(target)
    return target


def test_download_suspected_list_csv_and_xlsx(page, seeded_server, tmp_path: Path, artifacts_dir: Path) -> None:
    open_page(page, seeded_server, "/suspected", title_of("/suspected", "en"))
    main = page.locator("[data-testid='stMain']")
    # "N of N suspected-lost parcels match." (no filter chosen: all of them)
    message = plain(t("ui.suspected.count", "en", shown=999_999, total=999_999))
    pattern = re.escape(message).replace("999,999", r"([\d,]+)")
    count = main.get_by_text(re.compile(pattern))
    count.wait_for(timeout=PAGE_MS)
    shown, total = (int(v.replace(",", "")) for v in re.search(pattern, count.inner_text()).groups())
    assert shown == total > len(FORMULA_SERVICES), count.inner_text()
    snapshot(page, artifacts_dir / "suspected-en.png")

    csv_file = _download(page, main.locator(".st-key-download_csv button"), tmp_path)
    xlsx_file = _download(page, main.locator(".st-key-download_xlsx button"), tmp_path)
    wait_for_app(page)
    assert csv_file.suffix == ".csv" and xlsx_file.suffix == ".xlsx", (csv_file.name, xlsx_file.name)

    raw = csv_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), raw[:20]
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    assert t("col.tracking_number", "en") in header, header
    assert len(body) == shown, (len(body), shown)
    for row in body:
        for cell in row:
            assert not cell.startswith(FORMULA_PREFIXES) or _is_number(cell), f"formula-like cell in the CSV: {cell!r}"
    formula_rows = [dict(zip(header, row)) for row in body if FORMULA_CARRIER in row]
    assert len(formula_rows) == len(FORMULA_SERVICES), formula_rows
    services = {row[t("col.service", "en")] for row in formula_rows}
    assert services == {"'" + service for service in FORMULA_SERVICES}, services

    book = openpyxl.load_workbook(xlsx_file)
    sheet = book.active
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:"), sheet.auto_filter.ref
    assert [cell.value for cell in sheet[1]] == header
    assert sheet.max_row == len(rows), (sheet.max_row, len(rows))
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", f"formula in the XLSX at {cell.coordinate}: {cell.value!r}"
            if isinstance(cell.value, str):
                assert not cell.value.startswith(FORMULA_PREFIXES), f"{cell.coordinate}: {cell.value!r}"
    service_column = header.index(t("col.service", "en"))
    xlsx_services = {
        row[service_column] for row in sheet.iter_rows(min_row=2, values_only=True) if FORMULA_CARRIER in row
    }
    assert xlsx_services == services, xlsx_services


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_world_map_draws_countries_without_internet(page, app_server) -> None:
    """The map's country outlines come from the app's own static folder, never from a CDN."""
    outside: list[str] = []
    page.on("request", lambda request: outside.append(request.url) if "plot.ly" in request.url else None)
    open_page(page, app_server, "/routes", title_of("/routes", "en"))
    world = page.locator(PLOTLY, has=page.locator(".choropleth")).first
    world.locator(".choropleth path").first.wait_for(timeout=PAGE_MS)
    assert world.locator(".choropleth path").count() >= 5
    assert outside == []
