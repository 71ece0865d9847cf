"""The advice's insurance rows kept in the database (lossanalytics.advice.kept_figures.insurance_rows): read back
only for an unfiltered scope as of a day after the newest ship date, of the same data version, weighed by the
same lanes, loss rates, limits, exchange rates and premium; weighed again otherwise, with the same rows."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pandas as pd

from lossanalytics.advice.carrier_choice import risky_lanes
from lossanalytics.advice.figures import advice_figures
from lossanalytics.advice.preferences import AdviceSettings
from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.metrics import rates_many
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.claims.rules import default_rules
from lossanalytics.storage.db import Database
from tests.test_advice_kept import BEFORE_NEWEST_SHIP, valued
from tests.test_detect_lanes import OPEN, SCOPE, history, parcel

# Ten more delivered YunExpress parcels make its lane big enough to rate (35 parcels, 3 suspected lost).
MORE = [parcel(f"YUN-X{i}", "YunExpress", "air", "CN-DE", 50, 40, "delivered", "Delivered", delivered=40)
        for i in range(10)]
WEIGHED = [{"carrier": "YunExpress", "parcels": 35, "worth": 35}]


def insurance(db: Database, scope: AnalysisScope = SCOPE, cfg: AdviceSettings | None = None) -> pd.DataFrame:
    cfg = cfg or AdviceSettings()
    lanes = rates_many(db, ("carrier", "lane"), scope)["lane"]
    return advice_figures(db, scope, lanes, risky_lanes(lanes, cfg.alpha), default_rules(), cfg).insurance


def weighed(frame: pd.DataFrame) -> list[dict[str, object]]:
    return frame.loc[:, ["carrier", "parcels", "worth"]].to_dict("records")


def stored(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM insurance_store"))


def mark(db: Database) -> None:
    """Mark the kept rows, so that a test sees whether they answer: 99 parcels worth insuring."""
    db.execute("UPDATE insurance_store SET worth = 99")


def test_a_later_call_reads_the_kept_rows_and_gets_the_same_rows(tmp_path: Path) -> None:
    path = tmp_path / "advice.duckdb"
    first = Database(path)
    valued(first, history() + OPEN + MORE)
    learned = insurance(first)
    assert weighed(learned) == WEIGHED
    assert stored(first) == 1
    first.close()

    later = Database(path)
    pd.testing.assert_frame_equal(insurance(later), learned)
    mark(later)
    assert weighed(insurance(later)) == [{**WEIGHED[0], "worth": 99}]
    later.close()
    # A read-only database reads no kept rows: it weighs the parcels.
    reader = Database(path, read_only=True)
    assert weighed(insurance(reader)) == WEIGHED
    reader.close()


def test_other_premiums_or_loss_rates_weigh_the_parcels_again(db: Database) -> None:
    valued(db, history() + OPEN + MORE)
    insurance(db)
    mark(db)
    # A premium of 30% of the value: no parcel is worth insuring (no lane to show), and these rows replace the kept ones.
    assert weighed(insurance(db, cfg=AdviceSettings(insurance_rate=0.3))) == []
    assert stored(db) == 1
    assert weighed(insurance(db)) == WEIGHED
    mark(db)
    # Sixty days later more parcels are suspected lost: the lanes lose at other rates.
    later = AnalysisScope(SCOPE.as_of + timedelta(days=60), DetectionSettings())
    assert weighed(insurance(db, later)) == WEIGHED
    assert weighed(insurance(db)) == WEIGHED


def test_a_filtered_scope_or_an_earlier_day_neither_reads_nor_keeps_them(db: Database) -> None:
    valued(db, history() + OPEN + MORE)
    filtered = AnalysisScope(SCOPE.as_of, DetectionSettings(), Filters(carriers=("YunExpress",)))
    early = AnalysisScope(BEFORE_NEWEST_SHIP, DetectionSettings())
    assert weighed(insurance(db, filtered)) == WEIGHED
    insurance(db, early)
    assert stored(db) == 0
    insurance(db)
    mark(db)
    assert weighed(insurance(db, filtered)) == WEIGHED
    assert all(worth != 99 for worth in insurance(db, early)["worth"])
