"""Both engines on a generated data set of 200,000 parcels: the slowest test of the suite (marked `scale`).

The demo generator's orders and tracking exports (no scan events) are imported into a database and
exported to a lake; each engine then computes the rates by carrier, by lane and in total (one query)
and the suspected-lost list: the groupings of tests/test_spark_parity.py, not all ten, since Spark's
exact percentiles sort every grouping's rows (all ten took 15 minutes here on a busy machine). Counts must be exactly equal, rates and intervals within 1e-9, the
suspected parcels the same with the same reasons and risk. `-m "not scale"` leaves it out.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from spark_support import needs_spark

from lossanalytics import demo
from lossanalytics.analytics.detect import suspected
from lossanalytics.analytics.metrics import GROUPINGS, rates_many
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import load_detection_settings
from lossanalytics.importing import import_paths
from lossanalytics.lake import export_lake
from lossanalytics.storage.db import Database

pytestmark = [needs_spark, pytest.mark.scale]
PARCELS = 200_000
TODAY = date(2026, 6, 30)
BYS = ("carrier", "lane", "total")
COUNTS = ["shipments", "delivered", "lost", "suspected_lost", "damaged", "returned", "cancelled", "in_transit",
          "on_time_known"]
FIGURES = ["loss_rate", "loss_rate_low", "loss_rate_high", "confirmed_loss_rate", "confirmed_loss_rate_low",
           "confirmed_loss_rate_high", "on_time_rate", "transit_p50", "transit_p90", "transit_p95"]


def test_200000_parcels_give_the_same_numbers_on_both_engines(tmp_path: Path, spark: Any) -> None:
    # One test, not several sharing a fixture: under pytest-xdist they could land on both workers
    # and each build the data set.
    from lossanalytics.engines.spark import SparkLake

    written = demo.write_files(demo.generate(n_parcels=PARCELS, today=TODAY, with_events=False), tmp_path / "files")
    db = Database(tmp_path / "scale.duckdb")
    try:
        assert [r.outcome for r in import_paths(db, written[:2])] == ["imported", "imported"]
        export_lake(db, tmp_path / "lake")
        scope = AnalysisScope(TODAY, load_detection_settings(db))
        duck_rates = rates_many(db, BYS, scope)
        duck_suspected = suspected(db, scope)
    finally:
        db.close()
    lake = SparkLake(tmp_path / "lake", spark)
    spark_rates = lake.rates_many(BYS, scope)
    spark_suspected = lake.suspected(scope)

    assert int(duck_rates["total"]["shipments"].iloc[0]) == PARCELS
    for by in BYS:
        keys = GROUPINGS[by]
        duck, on_spark = (_sorted(frames[by], list(keys)) for frames in (duck_rates, spark_rates))
        assert len(on_spark) == len(duck) > 0, by
        assert on_spark[list(keys)].equals(duck[list(keys)]), by
        assert on_spark[COUNTS].astype("int64").equals(duck[COUNTS].astype("int64")), by
        for name in FIGURES:
            assert on_spark[name].to_numpy() == pytest.approx(duck[name].to_numpy(), abs=1e-9, nan_ok=True), \
                (by, name)

    assert len(duck_suspected) == int(duck_rates["total"]["suspected_lost"].iloc[0]) > 1000
    columns = ["tracking_number", "reasons", "risk"]
    assert spark_suspected[columns].values.tolist() == duck_suspected[columns].values.tolist()


def _sorted(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    if not keys:
        return frame.reset_index(drop=True)
    return frame.sort_values(keys, na_position="first").reset_index(drop=True)
