"""Parcels missing optional fields never break a page or show nan, None or "?" (issue 12,
items 2 and 3): a Chinese ERP export names no origin, many exports no carrier or value."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import load_detection_settings
from lossanalytics.charts.rates import unplaced_shipments
from lossanalytics.claims import load_rules
from lossanalytics.claims.worklist import claims_worklist, packs_of
from lossanalytics.i18n import or_unknown, t
from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database

APP = Path(__file__).resolve().parent.parent / "app.py"
PAGES = ("overview", "import", "carriers", "routes", "trends", "suspected", "claims", "advice", "settings")
# Each file leaves out one optional field; every parcel is long silent, so it is suspected
# lost and reaches the claims and advice pages too.
FILES = {
    "origin": ("Tracking Number,Carrier,Destination Country,Ship Date,Status,Last Event Time,Last Event,"
               "Order Value,Currency\n"
               "NO1,YunExpress,GB,2026-09-01,In Transit,2026-09-05 10:00,Departed facility,30,USD\n"
               "NO2,China Post,BR,2026-09-02,In Transit,2026-09-04 10:00,Departed facility,20,USD\n"),
    "carrier": ("Tracking Number,Origin Country,Destination Country,Ship Date,Status,Last Event Time\n"
                "NC1,CN,US,2026-09-01,In Transit,2026-09-05 10:00\n"),
    "value": ("Tracking Number,Carrier,Origin Country,Destination Country,Ship Date,Status,Last Event Time\n"
              "NV1,4PX,CN,DE,2026-09-01,In Transit,2026-09-05 10:00\n"),
    "dates": ("Tracking Number,Carrier,Origin Country,Destination Country,Status\n"
              "ND1,UPS,CN,US,In Transit\n"),
}
LEAKS = ("nan→", "nan →", "→ nan", "? →", "→ ?", "None", "NaT")


def _database(path: Path, tmp_path: Path, missing: str) -> None:
    source = tmp_path / f"no_{missing}.csv"
    source.write_text(FILES[missing], encoding="utf-8")
    db = Database(path)
    try:
        assert import_file(db, source).outcome == "imported"
    finally:
        db.close()


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("missing", list(FILES))
def test_every_page_works_without_the_field(tmp_path: Path, monkeypatch, missing: str, lang: str) -> None:
    path = tmp_path / "x.duckdb"
    _database(path, tmp_path, missing)
    monkeypatch.setenv("LOSSANALYTICS_DB", str(path))
    st.cache_data.clear()
    st.cache_resource.clear()
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    for page in PAGES:
        at.switch_page(f"pages/{page}.py").run()
        assert not at.exception, (page, [e.value for e in at.exception])
        shown = " ".join(str(e.value) for e in (*at.markdown, *at.caption, *at.info, *at.warning, *at.subheader))
        assert not [leak for leak in LEAKS if leak in shown], (page, shown[:500])
    st.cache_resource.clear()


def test_claim_packs_of_several_parcels_without_origin_or_scans(tmp_path: Path) -> None:
    path = tmp_path / "x.duckdb"
    _database(path, tmp_path, "origin")
    db = Database(path)
    try:
        rows = claims_worklist(db, AnalysisScope(date(2026, 11, 30), load_detection_settings(db)), load_rules(db),
                               today=date(2026, 11, 30))
        assert sorted(rows["tracking_number"]) == ["NO1", "NO2"]
        archive = zipfile.ZipFile(io.BytesIO(packs_of(db, rows, "en", date(2026, 11, 30))))
    finally:
        db.close()
    facts = archive.read("NO1/facts.txt").decode("utf-8")
    assert f"{or_unknown(None, 'origin', 'en')} → United Kingdom" in facts
    timeline = archive.read("NO1/timeline.csv").decode("utf-8-sig").splitlines()
    assert len(timeline) == 2 and "2026-09-05 10:00" in timeline[1] and "Departed facility" in timeline[1]
    letter = archive.read("NO2/letter_zh.txt").decode("utf-8")
    assert f"[{t('claims.fact.origin_country', 'zh')}]" in letter


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_routes_without_any_known_origin_say_so_instead_of_an_empty_heat_map(tmp_path: Path, monkeypatch,
                                                                             lang: str) -> None:
    path = tmp_path / "x.duckdb"
    _database(path, tmp_path, "origin")
    monkeypatch.setenv("LOSSANALYTICS_DB", str(path))
    st.cache_data.clear()
    st.cache_resource.clear()
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("pages/routes.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert t("ui.routes.no_known_routes", lang) in [i.value for i in at.info]
    titles = [chart.proto.spec for chart in at.get("plotly_chart")]
    assert not [spec for spec in titles if t("ui.chart.routes.title", lang) in spec]
    st.cache_resource.clear()


def test_the_heat_map_counts_the_parcels_it_cannot_place() -> None:
    frame = pd.DataFrame({"origin_country": ["CN", None, "CN", None], "dest_country": ["US", "GB", None, None],
                          "shipments": [10, 3, 2, 1]})
    assert unplaced_shipments(frame) == 6
    assert unplaced_shipments(frame.iloc[:1]) == 0
