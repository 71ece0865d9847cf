"""The claims workbench in a real browser: file a claim, see it kept after a reload, download its pack.

Runs on a fresh server with its own copy of the demo database (shipped up to today), so
the claim filed here touches no other test.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from browser_helpers import PAGE_MS, main_text, open_page, snapshot, title_of, wait_for_app

from lossanalytics.claims.pack import PACK_FILES
from lossanalytics.i18n import t, tn

pytestmark = pytest.mark.browser

FIRST_PAGE_MS = 90_000
# The claims table's first columns (tracking number, deadline status, claim status) are 200 px wide each.
COLUMN_PX = 200
HEADER_PX, ROW_PX = 35, 35


def _safe(number: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", number)


def _open_guide(page) -> str:
    """Open the guided-claim tab and return the tracking number of the parcel it shows."""
    main = page.locator("[data-testid='stMain']")
    main.get_by_role("tab", name=t("ui.claims.tab.guide", "en")).click()
    prefix = t("ui.suspected.detail", "en", tracking_number="")
    heading = main.locator("h3", has_text=prefix).first
    heading.wait_for(timeout=PAGE_MS)
    return heading.inner_text().strip().removeprefix(prefix).strip()


def _metric(page, label_key: str) -> str:
    metric = page.locator("[data-testid='stMetric']", has_text=t(label_key, "en")).first
    return metric.locator("[data-testid='stMetricValue']").inner_text().strip()


def _choose(page, container, option: str | re.Pattern[str], typed: str = "") -> None:
    """Pick `option` in the Streamlit selectbox (a combobox) inside `container`, typing `typed` to filter."""
    wait_for_app(page)
    box = container.get_by_role("combobox")
    choice = page.get_by_role("option", name=option, exact=True) if isinstance(option, str) else \
        page.get_by_role("option", name=option)
    for attempt in range(3):  # a rerun that redraws the widget can close the list or replace its options
        box.click()
        if typed:
            box.fill(typed)
        try:
            choice.first.click(timeout=5_000)
            break
        except Exception:  # noqa: BLE001 - open it again and choose once more
            if attempt == 2:
                raise
            page.keyboard.press("Escape")
            wait_for_app(page)
    wait_for_app(page)


def _download(page, button, folder: Path) -> Path:
    with page.expect_download(timeout=PAGE_MS) as info:
        button.click()
    target = folder / info.value.suggested_filename
    info.value.save_as(target)
    return target


def test_file_a_claim_keep_it_after_reload_and_download_its_pack(page, start_server, tmp_path: Path,
                                                                  artifacts_dir: Path) -> None:
    server = start_server()
    title = title_of("/claims", "en")
    open_page(page, server, "/claims", title, timeout=FIRST_PAGE_MS)
    main = page.locator("[data-testid='stMain']")
    assert _metric(page, "ui.claims.metric.in_progress") == "0"
    # In the claims table, change the first (most urgent) claim to "Reported": it is saved at once.
    grid = main.locator(".st-key-claims_editor_0 [data-testid='stDataFrameResizable']")
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.dblclick(box["x"] + 2.5 * COLUMN_PX, box["y"] + HEADER_PX + ROW_PX / 2)
    page.get_by_role("option", name=t("claims.status.reported", "en"), exact=True).click()
    main.get_by_text(tn("ui.claims.saved", "en", 1, n=1)).wait_for(timeout=PAGE_MS)
    wait_for_app(page)

    # Then file it from the guided claim, where the same parcel comes first.
    number = _open_guide(page)
    form = f"[class*='st-key-claim_form_{_safe(number)}_']"  # the key also carries a save counter
    status = main.locator(f"{form}[class*='_status']").get_by_role("combobox").input_value()
    assert status == t("claims.status.reported", "en"), status
    _choose(page, main.locator(f"{form}[class*='_status']"), t("claims.status.filed", "en"))
    main.locator(f"{form}[class*='_save'] button").click()
    saved = t("ui.claims.detail.saved", "en", tracking_number=number, status=t("claims.status.filed", "en"))
    main.get_by_text(saved).wait_for(timeout=PAGE_MS)
    wait_for_app(page)
    snapshot(page, artifacts_dir / "claims-filed-en.png")

    # A reload starts a new session: what we see now comes from the database.
    page.reload()
    open_page(page, server, "/claims", title)
    assert _metric(page, "ui.claims.metric.in_progress") == "1"
    _open_guide(page)
    _choose(page, main.locator(".st-key-claim_parcel"), re.compile(rf"^{re.escape(number)} ·"), typed=number)
    main.locator("h3", has_text=number).wait_for(timeout=PAGE_MS)
    status = main.locator(f"{form}[class*='_status']").get_by_role("combobox").input_value()
    assert status == t("claims.status.filed", "en"), status
    # Filing without an amount claims the estimate, in the estimate's currency.
    amount = main.locator(f"{form}[class*='_claimed'] input").input_value()
    assert amount and float(amount) > 0, amount

    wait_for_app(page)
    button = main.locator(".st-key-pack_one").get_by_role("button", name=t("ui.claims.detail.download", "en"))
    pack = _download(page, button, tmp_path)
    assert pack.name == f"claim-pack-{_safe(number)}.zip"
    with zipfile.ZipFile(io.BytesIO(pack.read_bytes())) as archive:
        assert archive.namelist() == list(PACK_FILES)
        assert number in archive.read("facts.txt").decode("utf-8")
        assert archive.read("timeline.csv").startswith(b"\xef\xbb\xbf")
        assert number in archive.read("letter_zh.txt").decode("utf-8")

    # The recovery report counts the filed claim.
    main.get_by_role("tab", name=t("ui.claims.tab.recovery", "en")).click()
    main.get_by_text(t("ui.claims.recovery.by_carrier", "en"), exact=True).wait_for(timeout=PAGE_MS)
    assert t("ui.claims.recovery.empty", "en") not in main_text(page)


def test_claims_advice_and_settings_pages_in_chinese(page, start_server, artifacts_dir: Path) -> None:
    server = start_server()
    for path in ("/claims", "/advice", "/settings"):
        open_page(page, server, f"{path}?lang=zh", title_of(path, "zh"), "zh", timeout=FIRST_PAGE_MS)
        text = main_text(page)
        assert not re.search(r"\b(?:ui|advice|claims)\.[a-z_]+\.[a-z_.]+", text), text[:500]
        snapshot(page, artifacts_dir / f"{path.strip('/')}-zh.png")
