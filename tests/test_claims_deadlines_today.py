"""The claims worklist judges outcomes as of the as-of date and counts deadlines from today
(tests/old_export.py: data three weeks old)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from old_export import AS_OF, DEADLINE, TODAY, old_export_db

from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.claims import default_rules
from lossanalytics.claims.worklist import claims_worklist
from lossanalytics.storage.db import Database


@pytest.fixture
def old(tmp_path: Path) -> Database:
    db = Database(old_export_db(tmp_path))
    yield db
    db.close()


def worklist_on(db: Database, today: date) -> list[tuple]:
    """(tracking number, outcome, deadline, days left, urgency) of each claim, most urgent first."""
    work = claims_worklist(db, AnalysisScope(AS_OF, DetectionSettings(), Filters()), default_rules(), today=today)
    return list(work.loc[:, ["tracking_number", "outcome", "claim_deadline", "days_left", "urgency"]]
                .itertuples(index=False, name=None))


def test_a_window_that_closed_since_the_newest_scan_has_passed(old: Database) -> None:
    assert worklist_on(old, TODAY) == [
        ("LC003", "suspected_lost", None, pd.NA, "undated"),
        ("1Z001", "suspected_lost", DEADLINE, -11, "passed"),
    ]


def test_the_same_parcels_seen_on_the_as_of_date_still_had_ten_days(old: Database) -> None:
    # Only the days left move with today: which parcels are claimable is judged as of AS_OF.
    # On the as-of date ten days were left, within the warning period: urgent then, passed now.
    assert worklist_on(old, AS_OF) == [
        ("1Z001", "suspected_lost", DEADLINE, 10, "urgent"),
        ("LC003", "suspected_lost", None, pd.NA, "undated"),
    ]
