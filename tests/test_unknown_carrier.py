"""A carrier value that only says the carrier is not known ("Unknown", "N/A", "-", "未知", "none")
is no carrier: its parcels are shown as those whose exports name no carrier ("carrier unknown"),
never as a carrier named "Unknown" (DESIGN §5: an unknown carrier keeps its cleaned raw name, but
these words name none)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from test_app_pages import rendered_text, start

from lossanalytics.analytics.metrics import rates
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.charts.rates import name_or_unknown
from lossanalytics.i18n import carrier_name
from lossanalytics.importing import ImportResult, import_file
from lossanalytics.normalise.carrier_modes import NO_CARRIER, canonical_carrier
from lossanalytics.storage.db import Database

PLACEHOLDERS = ("Unknown", "UNKNOWN", "unknow", "N/A", "n.a.", "NA", "-", "--", "?", "未知", "none", "None",
                "null", "Unknown carrier", "其他", "无")


@pytest.mark.parametrize("value", PLACEHOLDERS)
def test_placeholders_name_no_carrier(value: str) -> None:
    assert canonical_carrier(value) is None
    assert canonical_carrier(value, "云途全球专线挂号") == "YunExpress"  # the service names it instead


@pytest.mark.parametrize("value", ["Unknown Express Co", "NA Logistics", "Nonesuch Freight"])
def test_names_that_only_contain_such_words_stay_carriers(value: str) -> None:
    assert canonical_carrier(value) == value


def test_parcels_without_a_carrier_are_shown_as_carrier_unknown() -> None:
    assert (carrier_name(NO_CARRIER, "en"), carrier_name(NO_CARRIER, "zh")) == ("carrier unknown", "承运商未知")
    assert name_or_unknown(NO_CARRIER, "en") == "carrier unknown"


def test_the_carrier_chart_has_no_carrier_named_unknown(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "carriers.csv"
    rows = [f"T{i},{carrier},2026-01-01,Delivered,2026-01-05" for i, carrier in enumerate(
        ["UPS", "Unknown", "N/A", "", "未知", "-", "none", "unknow"])]
    path.write_text("Tracking Number,Carrier,Ship Date,Status,Delivered Date\n" + "\n".join(rows) + "\n")
    import_file(db, path)
    frame = rates(db, "carrier", AnalysisScope(date(2026, 1, 31), DetectionSettings()))
    shown = {name_or_unknown(carrier, "en"): int(n) for carrier, n in zip(frame["carrier"], frame["shipments"])}
    assert shown == {"carrier unknown": 7, "UPS": 1}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_carriers_page_shows_carrier_unknown(import_into_app: Callable[[str, str], ImportResult],
                                                 lang: str) -> None:
    rows = [f"T{i},{carrier},2026-01-0{1 + i % 5},Delivered,2026-01-09" for i, carrier in enumerate(
        ["UPS", "UPS", "Unknown", "N/A", "未知", "-"])]
    import_into_app("carriers.csv",
                    "Tracking Number,Carrier,Ship Date,Status,Delivered Date\n" + "\n".join(rows) + "\n")
    at = start(lang, "pages/carriers.py")
    shown = rendered_text(at)
    assert carrier_name(None, lang) in shown
    assert "Unknown" not in shown
