"""The claim candidates kept in the database (lossanalytics.claims.worklist's deadline_estimates, what the advice's
claim deadlines read): read back by a later process only for an unfiltered scope of their data version, as-of day and
detection thresholds, as of a day after the newest ship date, scan and delivery; every parcel is judged otherwise, and
the estimates are the same either way."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pandas as pd

from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.claims.rules import default_rules
from lossanalytics.claims.worklist import deadline_estimates, estimate_candidates
from lossanalytics.storage.db import Database
from tests.test_advice_kept import BEFORE_NEWEST_SHIP, valued
from tests.test_detect_lanes import OPEN, SCOPE, history, insert, parcel

TODAY = date(2026, 11, 25)
# A lost UPS parcel and a damaged China Post one beside history()'s delivered parcels and OPEN's 8 suspected lost.
CLOSED = [parcel("L-LOST", "UPS", "express", "CN-US", 30, 20, "lost", "Lost in transit"),
          parcel("D-DAMAGED", "China Post", "postal", "CN-BR", 50, 10, "damaged", "Damaged")]
OUTCOMES = {"suspected_lost": 8, "lost": 1, "damaged": 1}


def estimates(db: Database, scope: AnalysisScope = SCOPE) -> pd.DataFrame:
    return deadline_estimates(db, scope, default_rules(), today=TODAY)


def outcomes(frame: pd.DataFrame) -> dict[str, int]:
    return {str(k): int(v) for k, v in frame["outcome"].value_counts().items()}


def stored(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM claim_candidates_store"))


def mark(db: Database) -> None:
    """Mark the kept rows, so that a test sees whether they answer: declared at 12,345 US dollars."""
    db.execute("UPDATE claim_candidates_store SET declared_value = 12345")


def marked(frame: pd.DataFrame) -> list[str]:
    return sorted(frame.loc[frame["declared_value"] == 12345, "tracking_number"])


def test_a_later_process_reads_the_kept_candidates_and_estimates_the_same(tmp_path: Path) -> None:
    path = tmp_path / "claims.duckdb"
    first = Database(path)
    valued(first, history() + OPEN + CLOSED)
    learned = estimates(first)
    assert outcomes(learned) == OUTCOMES
    assert list(learned["tracking_number"]) == sorted(learned["tracking_number"])
    # The Claims page's estimates of every candidate (never kept) have the same numbers.
    whole = estimate_candidates(first, SCOPE, default_rules(), with_reasons=False, today=TODAY)
    pd.testing.assert_frame_equal(learned, whole.loc[:, list(learned.columns)])
    assert stored(first) == 10
    first.close()

    later = Database(path)
    pd.testing.assert_frame_equal(estimates(later), learned)
    mark(later)
    again = estimates(later)
    assert len(marked(again)) == 10
    assert outcomes(again) == OUTCOMES
    later.close()
    # A read-only database reads no kept rows: it judges every parcel.
    reader = Database(path, read_only=True)
    assert marked(estimates(reader)) == []
    reader.close()


def test_a_filtered_scope_another_day_or_another_data_version_judges_every_parcel(db: Database) -> None:
    valued(db, history() + OPEN + CLOSED)
    estimates(db)
    mark(db)
    filtered = AnalysisScope(SCOPE.as_of, DetectionSettings(), Filters(carriers=("UPS",)))
    assert marked(estimates(db, filtered)) == []
    assert stored(db) == 10
    assert len(marked(estimates(db))) == 10
    # Another as-of day or other thresholds judge the parcels again, and their candidates replace the kept ones.
    assert marked(estimates(db, AnalysisScope(SCOPE.as_of + timedelta(days=1), DetectionSettings()))) == []
    mark(db)
    assert marked(estimates(db, AnalysisScope(SCOPE.as_of, DetectionSettings(exception_days=30)))) == []
    assert marked(estimates(db)) == []
    mark(db)
    # Another lost parcel imported: a new data version, whose candidates are kept in place of the old ones.
    insert(db, [parcel("L-LATER", "YunExpress", "air", "CN-DE", 40, 30, "lost", "Lost")])
    found = estimates(db)
    assert marked(found) == []
    assert outcomes(found) == {**OUTCOMES, "lost": 2}
    assert stored(db) == 11


def test_a_day_before_the_newest_ship_date_keeps_nothing(db: Database) -> None:
    valued(db, history() + OPEN + CLOSED)
    estimates(db, AnalysisScope(BEFORE_NEWEST_SHIP, DetectionSettings()))
    assert stored(db) == 0
