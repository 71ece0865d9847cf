"""The figures of DESIGN §7 for every grouping: counts, both loss rates with intervals, value
at loss per currency, transit percentiles and the on-time rate against the EDD."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pandas as pd
import pytest

from lossanalytics.analytics.metrics import GROUPINGS, rates, rates_many, wilson_interval
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.cli import main
from lossanalytics.storage.db import Database

AS_OF = date(2026, 11, 21)
SCOPE = AnalysisScope(AS_OF, DetectionSettings())
COLUMNS = ("tracking_number", "carrier", "service", "mode", "marketplace", "origin_country", "dest_country",
           "ship_date", "estimated_delivery_date", "delivered_date", "last_event_time", "status", "declared_value",
           "currency", "import_id", "source_row")
SHIP = datetime(2026, 9, 1, 10)
EDD = datetime(2026, 9, 5, 23, 59, 59)  # estimates mean "by the end of that day"


def row(number: str, carrier: str, service: str, dest: str, status: str, transit: float | None = None,
        value: float | None = None, currency: str | None = None, marketplace: str = "Amazon.com",
        edd: datetime | None = EDD) -> tuple[object, ...]:
    delivered = SHIP + timedelta(days=transit) if transit is not None else None
    return (number, carrier, service, "air", marketplace, "CN", dest, SHIP, edd, delivered,
            delivered or SHIP + timedelta(days=2), status, value, currency, 1, 0)


ROWS = [
    row("Y1", "YunExpress", "Standard", "US", "delivered", 2.0),      # on time
    row("Y2", "YunExpress", "Standard", "US", "delivered", 4.5),      # 2026-09-05 22:00: on time
    row("Y3", "YunExpress", "Standard", "US", "delivered", 5.0),      # 2026-09-06 10:00: late
    row("Y4", "YunExpress", "Standard", "US", "delivered", 8.0, edd=None),
    row("Y5", "YunExpress", "Standard", "US", "lost", value=20.0, currency="USD"),
    row("Y6", "YunExpress", "Premium", "DE", "lost", value=15.0, currency="EUR", marketplace="Amazon.de"),
    row("Y7", "YunExpress", "Premium", "DE", "in_transit", value=30.0, currency="EUR", marketplace="Amazon.de"),
    row("F1", "4PX", "Standard", "US", "delivered", 6.0),
]


@pytest.fixture
def rates_db(db: Database) -> Database:
    with db.transaction() as session:
        for values in ROWS:
            session.execute(f"INSERT INTO merged_parcels ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(values))})",
                            values)
    return db


def test_every_grouping_of_the_design_is_available(rates_db: Database) -> None:
    for by in ("carrier", "route", "mode", "carrier,mode", "lane", "dest_country", "service", "month", "marketplace"):
        frame = rates(rates_db, by, SCOPE)
        assert list(frame.columns[: len(GROUPINGS[by])]) == list(GROUPINGS[by])
        assert frame["shipments"].sum() == len(ROWS)


def test_counts_rates_and_intervals(rates_db: Database) -> None:
    yun = rates(rates_db, "carrier", SCOPE).set_index("carrier").loc["YunExpress"]
    # Y7 was shipped 81 days ago: past the air default of 20 days, so suspected lost.
    assert (yun["shipments"], yun["delivered"], yun["lost"], yun["suspected_lost"]) == (7, 4, 2, 1)
    assert yun["loss_rate"] == pytest.approx(3 / 7) and yun["confirmed_loss_rate"] == pytest.approx(2 / 7)
    low, high = wilson_interval([2], [7])
    assert (yun["confirmed_loss_rate_low"], yun["confirmed_loss_rate_high"]) == (pytest.approx(low[0]),
                                                                                 pytest.approx(high[0]))
    assert yun["small_sample"]


def test_value_at_loss_per_currency(rates_db: Database) -> None:
    yun = rates(rates_db, "carrier", SCOPE).set_index("carrier").loc["YunExpress"]
    assert list(yun["value_at_loss"]) == [{"currency": "EUR", "amount": 45.0}, {"currency": "USD", "amount": 20.0}]
    by_marketplace = rates(rates_db, "marketplace", SCOPE).set_index("marketplace")
    assert list(by_marketplace.loc["Amazon.de", "value_at_loss"]) == [{"currency": "EUR", "amount": 45.0}]


def test_transit_percentiles_and_on_time_rate(rates_db: Database) -> None:
    frame = rates(rates_db, "service", SCOPE).set_index("service")
    standard = frame.loc["Standard"]
    # Delivered in 2, 4.5, 5, 8 and 6 days: p50 5, p90 7.2, p95 7.6 (linear interpolation).
    assert (standard["transit_p50"], standard["transit_p90"], standard["transit_p95"]) == (
        pytest.approx(5.0), pytest.approx(7.2), pytest.approx(7.6))
    # Four had an estimate: delivered by the end of its day twice (Y1, Y2), late twice (Y3, F1).
    assert (standard["on_time_known"], standard["on_time_rate"]) == (4, pytest.approx(0.5))


def test_cli_rates_by_every_new_grouping(rates_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    rates_db.close()
    for by in ("service", "marketplace"):
        assert main(["--db", rates_db.path, "rates", "--by", by, "--as-of", "2026-11-21", "--format", "json"]) == 0
        assert '"loss_rate_low"' in capsys.readouterr().out


@pytest.mark.parametrize("bys", [
    ["total", "route", "lane", "marketplace"],      # no set of every column: each set's own percentiles
    ["carrier", "lane"],                            # the finest set (lane) with a coarser one, as Carriers asks
    ["route", "dest_country", "mode", "lane"],      # as Routes asks
    ["lane"],                                       # the finest set alone
])
def test_several_groupings_in_one_pass_equal_one_at_a_time(rates_db: Database, bys: list[str]) -> None:
    together = rates_many(rates_db, bys, SCOPE)
    assert list(together) == bys
    for by, frame in together.items():
        alone = rates(rates_db, by, SCOPE)
        keys = GROUPINGS[by]
        order = list(keys) or ["shipments"]
        pd.testing.assert_frame_equal(frame.sort_values(order, ignore_index=True),
                                      alone.sort_values(order, ignore_index=True))
        assert frame["shipments"].sum() == len(ROWS)


def test_the_finest_set_and_a_coarser_one_have_their_own_percentiles(rates_db: Database) -> None:
    together = rates_many(rates_db, ["carrier", "lane"], SCOPE)
    yun = together["carrier"].set_index("carrier").loc["YunExpress"]
    # YunExpress delivered in 2, 4.5, 5 and 8 days, all on one lane (CN → US by air).
    assert (yun["transit_p50"], yun["transit_p90"], yun["transit_p95"]) == (
        pytest.approx(4.75), pytest.approx(7.1), pytest.approx(7.55))
    lanes = together["lane"].set_index(["carrier", "dest_country"])
    assert (lanes.at[("YunExpress", "US"), "transit_p50"], lanes.at[("YunExpress", "US"), "shipments"]) == (
        pytest.approx(4.75), 5)
    assert pd.isna(lanes.at[("YunExpress", "DE"), "transit_p50"])  # nothing delivered on that lane
