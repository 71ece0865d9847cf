"""In a real browser: from dropping a 100,000-row file on the Import page to seeing its carrier on the chart.

    python -m bench.journey [--rows 100000] [--out bench/out]

Starts the dashboard on a copy of the demo database (20,000 parcels), opens /import in
Debian's Chromium, drops a CSV export of `--rows` new parcels of one new carrier, and
times: the first progress message on screen, the import result, and the new carrier's
bar on the Carriers chart. Writes `journey-<rows>.json` into `--out`.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "tests" / "browser"))

from browser_helpers import (  # noqa: E402 - the browser tests' server and waits, shared on purpose
    CHROMIUM,
    CHROMIUM_ARGS,
    UPLOAD_HEADERS,
    StreamlitServer,
    menu,
    open_page,
    title_of,
    wait_for_page,
)

from lossanalytics.i18n import t, tn  # noqa: E402

CARRIER = "Journey Freight"
LIMIT_MS = 600_000


def write_export(path: Path, rows: int) -> Path:
    """A tracking export of `rows` parcels of CARRIER, a third of them delivered."""
    shipped = date.today() - timedelta(days=45)
    arrived = shipped + timedelta(days=9)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(UPLOAD_HEADERS)
        for i in range(rows):
            if i % 3 == 0:
                writer.writerow([f"JRNY{i:08d}", CARRIER, "Standard", "CN", "DE", shipped.isoformat(), "Delivered",
                                 f"{arrived.isoformat()} 10:00", arrived.isoformat(), 30, "EUR", 0.4])
            else:
                writer.writerow([f"JRNY{i:08d}", CARRIER, "Standard", "CN", "DE", shipped.isoformat(), "In Transit",
                                 f"{(shipped + timedelta(days=3)).isoformat()} 08:00", "", 30, "EUR", 0.4])
    return path


def run(rows: int, folder: Path) -> dict[str, float]:
    """The journey's timings in seconds, measured from the moment the file is handed to the page."""
    from playwright.sync_api import sync_playwright

    db_path = folder / "journey.duckdb"
    subprocess.run([sys.executable, "-m", "lossanalytics", "--db", str(db_path), "demo"], cwd=REPO_ROOT,
                   check=True, capture_output=True)
    export = write_export(folder / f"journey-{rows}.csv", rows)
    server = StreamlitServer(db_path, folder / "streamlit.log").start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1440, "height": 1000})
            page.set_default_timeout(LIMIT_MS)
            open_page(page, server, "/import", title_of("/import", "en"), timeout=LIMIT_MS)
            main = page.locator("[data-testid='stMain']")
            start = time.perf_counter()
            main.locator("input[type=file]").set_input_files(str(export))
            working = re.compile(re.escape(tn("ui.import.working", "en", 1, count=1)))
            main.get_by_text(working).first.wait_for()
            progress = time.perf_counter() - start
            main.get_by_text(t("ui.import.results", "en"), exact=True).wait_for()
            imported = time.perf_counter() - start
            # The seller goes on through the menu, in the same session.
            menu(page).get_by_text(title_of("/carriers", "en"), exact=True).click()
            wait_for_page(page, server, title_of("/carriers", "en"), timeout=LIMIT_MS)
            titled = time.perf_counter() - start
            chart = page.locator("[data-testid='stPlotlyChart'] .js-plotly-plot").first
            chart.locator("text").filter(has_text=re.compile(rf"^{CARRIER}")).first.wait_for()
            charted = time.perf_counter() - start
            browser.close()
    finally:
        server.stop()
    return {"progress_shown_s": round(progress, 2), "import_done_s": round(imported, 2),
            "carriers_page_s": round(titled, 2), "carrier_on_chart_s": round(charted, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="journey-") as folder:
        figures = run(args.rows, Path(folder)) | {"rows": args.rows}
    (args.out / f"journey-{args.rows}.json").write_text(json.dumps(figures, indent=2))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
