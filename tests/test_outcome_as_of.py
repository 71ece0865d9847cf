"""A parcel judged as of a past day counts what was known by the end of that day (DESIGN §4):
a delivery, a loss or a return reported later had not happened yet, so the parcel was still
travelling (or, past its allowances, suspected lost) that day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lossanalytics.analytics.detect import outcome_query, outcome_query_with, shipments, suspected
from lossanalytics.analytics.lanes import lane_history, stated_after
from lossanalytics.analytics.metrics import rates
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database

HEADER = "Tracking Number,Carrier,Mode,Origin,Destination,Ship Date,Status,Last Event Time,Delivered Date\n"
ROWS = [
    "D-EARLY,UPS,express,CN,US,2026-03-01,Delivered,2026-03-04,2026-03-04",   # delivered before both days
    "D-LATE,UPS,express,CN,US,2026-03-02,Delivered,2026-03-12,2026-03-12",    # delivered between them
    "D-SCAN,UPS,express,CN,US,2026-03-02,Delivered,2026-03-14,",              # delivered at its last scan, later
    "L-LATE,UPS,express,CN,US,2026-02-20,Lost,2026-03-13,",                   # declared lost after the first day
    "R-LATE,UPS,express,CN,US,2026-03-02,Returned,2026-03-20,",               # returned after the first day
    "X-LATE,UPS,express,CN,US,2026-03-03,Exception,2026-03-15,",              # the exception came later
    "T-OPEN,UPS,express,CN,US,2026-03-01,In Transit,2026-03-02,",             # scanned once, then silence
]
FIRST, SECOND = date(2026, 3, 10), date(2026, 3, 25)


@pytest.fixture
def loaded(db: Database, tmp_path: Path) -> Database:
    path = tmp_path / "parcels.csv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n")
    assert import_file(db, path).rows_stored == len(ROWS)
    return db


def _outcomes(db: Database, as_of: date) -> dict[str, str]:
    frame = shipments(db, AnalysisScope(as_of, DetectionSettings()))
    return dict(zip(frame["tracking_number"], frame["outcome"]))


def test_outcomes_as_of_a_day_before_later_news(loaded: Database) -> None:
    # As of 10 March only D-EARLY had arrived; the others' news came later, so they were travelling.
    # Express parcels are suspected after 10 days on the way (L-LATE: 19) or 7 without a scan
    # (T-OPEN: 9). A parcel whose only scan came later cannot be judged by its silence that day.
    assert _outcomes(loaded, FIRST) == {
        "D-EARLY": "delivered", "D-LATE": "in_transit", "D-SCAN": "in_transit", "L-LATE": "suspected_lost",
        "R-LATE": "in_transit", "X-LATE": "in_transit", "T-OPEN": "suspected_lost",
    }


def test_outcomes_as_of_a_day_after_all_news(loaded: Database) -> None:
    assert _outcomes(loaded, SECOND) == {
        "D-EARLY": "delivered", "D-LATE": "delivered", "D-SCAN": "delivered", "L-LATE": "lost",
        "R-LATE": "returned", "X-LATE": "suspected_lost", "T-OPEN": "suspected_lost",
    }


def _counts(db: Database, as_of: date) -> dict[str, float]:
    row = rates(db, "carrier", AnalysisScope(as_of, DetectionSettings())).iloc[0]
    counted = ("shipments", "delivered", "lost", "suspected_lost", "returned", "in_transit", "transit_p50")
    return {name: float(row[name]) for name in counted}


def test_rates_count_what_was_known_each_day(loaded: Database) -> None:
    # Only parcels delivered by the day judged give a transit time (3 days as of 10 March).
    first = {"shipments": 7, "delivered": 1, "lost": 0, "suspected_lost": 2, "returned": 0, "in_transit": 4,
             "transit_p50": 3.0}
    second = {"shipments": 7, "delivered": 3, "lost": 1, "suspected_lost": 2, "returned": 1, "in_transit": 0,
              "transit_p50": 10.0}
    assert _counts(loaded, FIRST) == first
    assert _counts(loaded, SECOND) == second
    # The closed parcels' rows kept after the second day's pass serve that day again, never the first.
    assert _counts(loaded, FIRST) == first
    assert _counts(loaded, SECOND) == second


def test_a_parcel_closed_later_is_judged_from_what_was_known(loaded: Database) -> None:
    frame = suspected(loaded, AnalysisScope(FIRST, DetectionSettings()), "en").set_index("tracking_number")
    assert list(frame.index) == ["L-LATE", "T-OPEN"]
    assert frame.loc["L-LATE", "reasons"] == (
        "shipped 18 days ago; Express parcels should arrive within 10 days; "
        "the carrier reported “Lost” later, on 2026-03-13")
    # The parcels whose news came later are not judged by a silence nobody knew of.
    every = shipments(loaded, AnalysisScope(FIRST, DetectionSettings())).set_index("tracking_number")
    assert every.loc["D-SCAN", "outcome"] == "in_transit"


def test_the_dates_are_compared_with_the_day_only_when_some_status_was_stated_after_it(loaded: Database) -> None:
    # The newest scan is 20 March: as of 10 March statuses came later, as of 25 March none did, and
    # the query then leaves every parcel's dates alone (three times faster at ten million parcels).
    assert stated_after(loaded, FIRST) and stated_after(loaded, date(2026, 3, 19))
    assert not stated_after(loaded, date(2026, 3, 20)) and not stated_after(loaded, SECOND)
    assert "last_event_time END >= $as_of_end" in outcome_query(loaded, AnalysisScope(FIRST, DetectionSettings())).sql
    fast = outcome_query(loaded, AnalysisScope(SECOND, DetectionSettings()))
    assert "false AS known_later" in fast.sql and ">= $as_of_end" not in fast.sql
    general = outcome_query_with(AnalysisScope(SECOND, DetectionSettings()), lane_history(loaded, SECOND))
    same = [loaded.query_df(f"SELECT tracking_number, outcome, risk, known_later FROM ({query.sql}) ORDER BY 1",
                            query.params, query.tables) for query in (fast, general)]
    assert same[0].equals(same[1]) and not same[0]["known_later"].any()
