"""Outcomes as of a date, the suspected-lost rules, and loss rates with Wilson intervals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest

from lossanalytics.analytics.detect import shipments, suspected
from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.metrics import rates, wilson_interval
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings, load_detection_settings, save_detection_settings
from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database

AS_OF = date(2026, 11, 22)
SCOPE = AnalysisScope(AS_OF, DetectionSettings())
HEADER = "Tracking Number,Carrier,Mode,Origin,Destination,Ship Date,Status,Last Event Time,Estimated Delivery Date,Value,Currency\n"
ROWS = [
    "EXP-DELIVERED,UPS,express,CN,US,2026-11-01,Delivered,2026-11-05,,10,USD",
    "EXP-SILENT,UPS,express,CN,US,2026-11-01,In Transit,2026-11-12,,50,USD",      # 10.0 days silent > 7
    "EXP-FRESH,UPS,express,CN,US,2026-11-18,In Transit,2026-11-20,,10,USD",       # 2 days, fine
    "SEA-QUIET,COSCO,sea,CN,DE,2026-10-20,In Transit,2026-11-05,,900,EUR",       # 17 days silent: normal at sea
    "SEA-LONG,COSCO,sea,CN,DE,2026-08-01,In Transit,2026-11-20,,700,EUR",        # 113 days > 75 overdue
    "POST-LOST,China Post,postal,CN,GB,2026-09-01,Lost,2026-10-01,,30,GBP",
    "AIR-EDD,YunExpress,air,CN,FR,2026-11-01,In Transit,2026-11-19,2026-11-10,20,EUR",  # 12 days past EDD > 7
    "EXC-STUCK,DHL,express,CN,JP,2026-11-10,Exception,2026-11-14,,40,USD",        # exception for 8 days
    "NEVER-SCANNED,4PX,air,CN,US,2026-10-25,Info Received,,,25,USD",             # 28 days not found > 20
]


@pytest.fixture
def loaded(db: Database, tmp_path: Path) -> Database:
    path = tmp_path / "parcels.csv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n")
    assert import_file(db, path).rows_stored == len(ROWS)
    return db


def test_outcomes_as_of(loaded: Database) -> None:
    frame = shipments(loaded, SCOPE)
    outcome = dict(zip(frame["tracking_number"], frame["outcome"]))
    assert outcome == {
        "EXP-DELIVERED": "delivered", "EXP-SILENT": "suspected_lost", "EXP-FRESH": "in_transit",
        "SEA-QUIET": "in_transit", "SEA-LONG": "suspected_lost", "POST-LOST": "lost",
        "AIR-EDD": "suspected_lost", "EXC-STUCK": "suspected_lost", "NEVER-SCANNED": "suspected_lost",
    }


def test_as_of_in_the_past_sees_what_was_known_then(loaded: Database) -> None:
    frame = shipments(loaded, AnalysisScope(date(2026, 11, 10), DetectionSettings()))
    outcome = dict(zip(frame["tracking_number"], frame["outcome"]))
    assert "EXP-FRESH" not in outcome  # shipped after the as-of date
    assert outcome["EXP-SILENT"] == "in_transit"


def test_suspected_reasons_and_risk_order(loaded: Database) -> None:
    frame = suspected(loaded, SCOPE)
    reasons = dict(zip(frame["tracking_number"], frame["reasons"]))
    assert reasons["EXP-SILENT"] == "no scan for 10 days; Express parcels should scan at least every 7 days; " \
        "shipped 21 days ago; Express parcels should arrive within 10 days; " \
        "status “In transit” from the status column (“In Transit”)"
    assert reasons["AIR-EDD"] == "shipped 21 days ago; Air parcels should arrive within 20 days; " \
        "12 days past the estimated delivery date (2026-11-10); status “In transit” from the status column (“In Transit”)"
    # After an exception only the stuck-exception rule speaks: the parcel is known to be somewhere.
    assert reasons["EXC-STUCK"] == "Exception unresolved for 8 days; " \
        "status “Exception” from the status column (“Exception”)"
    assert reasons["NEVER-SCANNED"].startswith("no scan for 28 days")
    assert "still no carrier scan 28 days after shipping" in reasons["NEVER-SCANNED"]
    assert list(frame["risk"]) == sorted(frame["risk"], reverse=True)
    assert frame["risk"].between(1, 100).all()
    zh = suspected(loaded, SCOPE, lang="zh")
    assert dict(zip(zh["tracking_number"], zh["reasons"]))["AIR-EDD"].endswith(
        "已超过预计送达日期（2026-11-10）12 天；状态“运输途中”来自状态列（“In Transit”）")


def test_settings_change_the_rules_and_persist(loaded: Database) -> None:
    settings = DetectionSettings(stall_days={**DetectionSettings().stall_days, "sea": 14})
    save_detection_settings(loaded, settings)
    assert load_detection_settings(loaded) == settings
    flagged = set(suspected(loaded, AnalysisScope(AS_OF, settings))["tracking_number"])
    assert "SEA-QUIET" in flagged


def test_filters_limit_every_query(loaded: Database) -> None:
    only_ups = Filters(carriers=("UPS",))
    assert set(shipments(loaded, AnalysisScope(AS_OF, DetectionSettings(), only_ups))["carrier"]) == {"UPS"}
    window = Filters(ship_from=date(2026, 11, 1), ship_to=date(2026, 11, 1))
    assert len(shipments(loaded, AnalysisScope(AS_OF, DetectionSettings(), window))) == 3


def test_wilson_interval_exact() -> None:
    low, high = wilson_interval(np.array([2, 0, 10]), np.array([10, 10, 10]))
    assert low == pytest.approx([0.056682, 0.0, 0.722467], abs=1e-6)
    assert high == pytest.approx([0.509838, 0.277533, 1.0], abs=1e-6)


def test_wilson_interval_is_exactly_zero_without_losses_and_one_with_only_losses() -> None:
    """No loss in 10,324 parcels (the SCMS data set) has a lower bound of 0, not 2.7e-20, which the
    rates table and its JSON printed; every parcel lost has an upper bound of exactly 1."""
    totals = np.array([10324, 28, 74, 14, 19, 13])
    low, high = wilson_interval(np.zeros(6), totals)
    assert low.tolist() == [0.0] * 6
    low, high = wilson_interval(totals, totals)
    assert high.tolist() == [1.0] * 6
    low, high = wilson_interval([0], [0])
    assert np.isnan(low[0]) and np.isnan(high[0])


def test_rates_by_carrier(loaded: Database) -> None:
    frame = rates(loaded, "carrier", SCOPE).set_index("carrier")
    ups = frame.loc["UPS"]
    assert (ups["shipments"], ups["delivered"], ups["suspected_lost"], ups["in_transit"]) == (3, 1, 1, 1)
    assert ups["loss_rate"] == pytest.approx(1 / 3)
    assert ups["small_sample"]
    assert ups["transit_p50"] == pytest.approx(4.0)
    assert list(ups["value_at_loss"]) == [{"currency": "USD", "amount": 50.0}]
    post = frame.loc["China Post"]
    assert (post["lost"], post["confirmed_loss_rate"]) == (1, 1.0)


def test_rates_by_route_mode_and_month(loaded: Database) -> None:
    route = rates(loaded, "route", SCOPE)
    assert {(r.origin_country, r.dest_country) for r in route.itertuples()} == {
        ("CN", "US"), ("CN", "DE"), ("CN", "GB"), ("CN", "FR"), ("CN", "JP")}
    mode = rates(loaded, "mode", SCOPE).set_index("mode")
    assert mode.loc["sea", "shipments"] == 2 and mode.loc["sea", "suspected_lost"] == 1
    month = rates(loaded, "month", SCOPE).set_index("month")
    assert month["shipments"].to_dict() == {"2026-11": 5, "2026-10": 2, "2026-09": 1, "2026-08": 1}
    total = rates(loaded, "total", SCOPE)
    assert (int(total.at[0, "shipments"]), int(total.at[0, "lost"]), int(total.at[0, "suspected_lost"])) == (9, 1, 5)


def test_unknown_grouping_is_refused(loaded: Database) -> None:
    with pytest.raises(ValueError, match="unknown grouping"):
        rates(loaded, "carrier; DROP TABLE parcels", SCOPE)
