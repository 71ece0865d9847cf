"""In a real browser: a CSV nobody recognises is mapped by the seller, saved and imported."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from browser_helpers import PAGE_MS, main_text, open_page, plain, snapshot, title_of, wait_for_app

from lossanalytics.i18n import t

pytestmark = pytest.mark.browser

HEADER = "Parcel Ref,Dispatched On,Dest,Kg,Where is it,Courier Name,Notes\n"
PROFILE = "Browser courier"


def test_an_unrecognised_csv_is_mapped_and_imported(page, app_server, tmp_path: Path, artifacts_dir: Path) -> None:
    prefix = f"BM{int(time.time()) % 10**8:08d}"  # tracking numbers new to this server
    path = tmp_path / "my courier export.csv"
    path.write_text(HEADER + "".join(
        f"{prefix}{i:03d}CN,2026-10-0{i + 1},{country},1.{i},{status},DHL,\n"
        for i, (country, status) in enumerate([("Germany", "Delivered"), ("France", "In transit"),
                                               ("Spain", "Returned to sender")])
    ), encoding="utf-8")

    open_page(page, app_server, "/import", title_of("/import", "en"))
    page.locator("[data-testid='stMain'] input[type=file]").set_input_files(str(path))
    screen = page.locator(".st-key-mapping_screen")
    screen.get_by_text(plain(t("ui.mapping.title", "en", file=path.name)), exact=True).wait_for(timeout=PAGE_MS)
    wait_for_app(page)
    # The suggestion for each column is preselected, in words.
    for header, field in (("Parcel Ref", "tracking_number"), ("Dest", "dest_country"), ("Notes", None)):
        shown = screen.get_by_role("combobox", name=header, exact=True).input_value()
        assert shown == t(f"import.field.{field or 'ignore'}", "en"), (header, shown)
    screen.get_by_text(t("ui.mapping.ready", "en", field=t("import.field.tracking_number", "en"),
                         column="Parcel Ref"), exact=True).wait_for(timeout=PAGE_MS)
    snapshot(page, artifacts_dir / "import-mapping-en.png")

    name = screen.locator("[class*='st-key-map_name_'] input")
    name.fill(PROFILE)
    name.press("Enter")
    wait_for_app(page)
    screen.locator("[class*='st-key-map_save_'] button").click()

    main = page.locator("[data-testid='stMain']")
    main.get_by_text(t("ui.mapping.saved", "en", name=PROFILE), exact=True).wait_for(timeout=PAGE_MS)
    wait_for_app(page)
    main.get_by_text(t("ui.mapping.used_profile", "en", name=PROFILE), exact=True).wait_for(timeout=PAGE_MS)
    summary = plain(t("ui.import.summary", "en", file=path.name, read=3, stored=3, updated=0, rejected=0, warned=0,
                      checked=0))
    assert summary in main_text(page), main_text(page)
    assert page.locator(".st-key-mapping_screen").count() == 0, "the mapping screen stays open after importing"
    snapshot(page, artifacts_dir / "import-mapped-en.png")
