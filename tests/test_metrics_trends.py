"""Monthly trends: loss rates per month, and recent months marked as not yet mature."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.analytics.trends import monthly
from lossanalytics.storage.db import Database

AS_OF = date(2026, 11, 21)
SCOPE = AnalysisScope(AS_OF, DetectionSettings())
COLUMNS = ("tracking_number", "carrier", "mode", "origin_country", "dest_country", "ship_date", "delivered_date",
           "last_event_time", "status", "import_id", "source_row")


def rows() -> list[tuple[object, ...]]:
    """Postal (transit 10 days): August all arrived or lost, October one still travelling,
    November just shipped. Sea (transit p95 40 days): September arrived, October's two
    parcels arrived fast but the month is younger than the sea's 40 days."""
    out: list[tuple[object, ...]] = []

    def add(number: str, carrier: str, mode: str, shipped: datetime, transit: float | None, status: str,
            last: datetime | None = None) -> None:
        delivered = shipped + timedelta(days=transit) if transit is not None else None
        last = last or delivered or shipped + timedelta(days=1)
        out.append((number, carrier, mode, "CN", "US", shipped, delivered, last, status, 1, 0))

    for i in range(9):
        add(f"AUG-{i}", "Cainiao", "postal", datetime(2026, 8, 10), 10, "delivered")
    add("AUG-LOST", "Cainiao", "postal", datetime(2026, 8, 10), None, "lost")
    for i in range(9):
        add(f"OCT-{i}", "Cainiao", "postal", datetime(2026, 10, 20), 10, "delivered")
    add("OCT-OPEN", "Cainiao", "postal", datetime(2026, 10, 20), None, "in_transit", last=datetime(2026, 11, 20))
    for i in range(5):
        add(f"NOV-{i}", "Cainiao", "postal", datetime(2026, 11, 15), None, "in_transit")
    for i in range(3):
        add(f"SEA-SEP-{i}", "Maersk", "sea", datetime(2026, 9, 1), 40, "delivered")
    for i in range(2):
        add(f"SEA-OCT-{i}", "Maersk", "sea", datetime(2026, 10, 1), 15, "delivered")
    return out


@pytest.fixture
def trend_db(db: Database) -> Database:
    with db.transaction() as session:
        for row in rows():
            session.execute(f"INSERT INTO merged_parcels ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(row))})", row)
    return db


def test_monthly_loss_rate_per_mode_with_maturity(trend_db: Database) -> None:
    frame = monthly(trend_db, "mode", SCOPE).set_index(["mode", "month"])
    aug = frame.loc[("postal", "2026-08")]
    assert (aug["shipments"], aug["lost"], aug["loss_rate"]) == (10, 1, pytest.approx(0.1))
    assert (aug["transit_p95"], aug["days_since_month_end"], aug["mature"]) == (10, 82, True)
    october = frame.loc[("postal", "2026-10")]
    assert (october["in_transit_share"], october["days_since_month_end"], october["mature"]) == (0.1, 21, False)
    assert not frame.loc[("postal", "2026-11"), "mature"]
    assert frame.loc[("sea", "2026-09"), "mature"]
    sea_october = frame.loc[("sea", "2026-10")]
    # Nothing is in transit, but the month is 21 days old and sea parcels take up to 40 days.
    assert (sea_october["in_transit_share"], sea_october["transit_p95"], sea_october["mature"]) == (0, 40, False)


def test_monthly_per_carrier_and_total(trend_db: Database) -> None:
    carriers = monthly(trend_db, "carrier", SCOPE)
    assert set(carriers["carrier"]) == {"Cainiao", "Maersk"}
    total = monthly(trend_db, "total", SCOPE).set_index("month")
    assert total["shipments"].to_dict() == {"2026-08": 10, "2026-09": 3, "2026-10": 12, "2026-11": 5}
    # All modes together: transit p95 of [10 × 18, 15, 15, 40, 40, 40] is 40 days.
    assert total["transit_p95"].iloc[0] == pytest.approx(40)
    assert total["mature"].to_dict() == {"2026-08": True, "2026-09": True, "2026-10": False, "2026-11": False}


def test_the_in_transit_share_is_a_parameter(trend_db: Database) -> None:
    frame = monthly(trend_db, "mode", SCOPE, max_in_transit_share=0.2).set_index(["mode", "month"])
    assert frame.loc[("postal", "2026-10"), "mature"]  # 10 % in transit is now acceptable
    with pytest.raises(ValueError, match="unknown trend grouping"):
        monthly(trend_db, "route", SCOPE)


def test_the_overviews_months_carry_the_totals_maturity(trend_db: Database) -> None:
    from lossanalytics.analytics.metrics import rates
    from lossanalytics.analytics.trends import months_with_maturity

    frame = months_with_maturity(trend_db, SCOPE).set_index("month")
    assert frame["mature"].to_dict() == {"2026-08": True, "2026-09": True, "2026-10": False, "2026-11": False}
    # Judged from one pass of the rates, as the Trends page judges its total from trends.sql.
    assert frame["mature"].to_dict() == monthly(trend_db, "total", SCOPE).set_index("month")["mature"].to_dict()
    plain = rates(trend_db, "month", SCOPE).set_index("month")
    assert frame.drop(columns="mature").sort_index().equals(plain.sort_index())
