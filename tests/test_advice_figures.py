"""Every figure `advice_figures` counts over test_advice's fixture, exactly (as of 2025-06-30).

The figures are counted by several streaming passes over the outcomes (queries/advice.sql): the
counts and sums per lane, the suspected value per currency, the high-value threshold and the
parcels above it. These are the values the single-pass query gave before it was split.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from test_advice import SCOPE, figures_of, write_fixture

from lossanalytics.advice import AdviceSettings
from lossanalytics.advice import figures as figures_module
from lossanalytics.advice.figures import HIGH_VALUE_COLUMNS, _threshold
from lossanalytics.analytics.metrics import rates
from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database, Sql, named_query, render

LANE = ["carrier", "origin_country", "dest_country", "mode"]


@pytest.fixture
def loaded(db: Database, tmp_path: Path) -> Database:
    assert import_file(db, write_fixture(tmp_path)).rows_stored == 282
    return db


def test_counts_and_missing_records(loaded: Database) -> None:
    figures = figures_of(loaded, rates(loaded, "lane", SCOPE))
    counts = {name: getattr(figures, name) for name in (
        "parcels", "judged", "suspected", "open", "damaged", "returned", "insured", "claimable", "affected")}
    assert counts == {"parcels": 282, "judged": 282, "suspected": 2, "open": 4, "damaged": 2, "returned": 1,
                      "insured": 10, "claimable": 18, "affected": 4}
    assert figures.missing.to_dict("records") == [
        {"field": "order_id", "missing_claimable": 2, "claimable": 18, "missing_all": 2, "parcels": 282},
        {"field": "declared_value", "missing_claimable": 0, "claimable": 18, "missing_all": 0, "parcels": 282},
        {"field": "currency", "missing_claimable": 0, "claimable": 18, "missing_all": 0, "parcels": 282},
        {"field": "weight_kg", "missing_claimable": 1, "claimable": 18, "missing_all": 1, "parcels": 282},
        {"field": "estimated_delivery_date", "missing_claimable": 4, "claimable": 18, "missing_all": 62,
         "parcels": 282},
    ]
    assert figures.suspected_value == {"GBP": 80.0}
    never = figures.never_scanned
    assert list(never["tracking_number"]) == ["FX001"] and list(never["carrier"]) == ["4PX"]
    assert never["order_id"].isna().all() and list(never["ship_date"]) == [datetime(2025, 6, 1)]


def test_insurance_per_lane(loaded: Database) -> None:
    figures = figures_of(loaded, rates(loaded, "lane", SCOPE))
    assert {name: str(figures.insurance[name].dtype) for name in ("parcels", "worth", "clear", "value_usd")} == {
        "parcels": "int64", "worth": "int64", "clear": "int64", "value_usd": "float64"}
    rows = figures.insurance.sort_values(LANE, ignore_index=True).to_dict("records")
    assert rows == [
        {"carrier": "Cainiao", "origin_country": "CN", "dest_country": "US", "mode": "postal", "parcels": 90,
         "worth": 90, "clear": 90, "value_usd": 9000.0, "expected_loss_usd": 1080.0, "premium_usd": 135.0,
         "lost_value_usd": 600.0},
        {"carrier": "China Post", "origin_country": "CN", "dest_country": "US", "mode": "postal", "parcels": 100,
         "worth": 100, "clear": 0, "value_usd": 3000.0, "expected_loss_usd": 60.0,
         "premium_usd": 100 * (0.015 * 30), "lost_value_usd": 60.0},  # 100 × 0.44999999999999996
    ]


@pytest.mark.parametrize(("share", "threshold", "count"), [(0.1, 80.0, 10), (1.0, 30.0, 100), (0.0, 500.0, 10)])
def test_high_value_threshold_and_parcels(loaded: Database, share: float, threshold: float, count: int) -> None:
    figures = figures_of(loaded, rates(loaded, "lane", SCOPE), AdviceSettings(high_value_share=share))
    assert figures.threshold_usd == threshold
    valuable = figures.high_value
    assert len(valuable) == count and set(valuable["carrier"]) == {"Cainiao"}
    # Still open first, then the most valuable, then by tracking number.
    assert list(valuable["tracking_number"][:4]) == ["CN098", "CN099", "CN090", "CN091"]
    assert list(valuable["open"][:3]) == [True, True, False]


def test_high_value_counts_every_parcel_and_keeps_the_first_shown(loaded: Database,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # The page shows the first SHOWN_ROWS rows; the counts and the downloaded list cover them all.
    monkeypatch.setattr(figures_module, "SHOWN_ROWS", 3)
    figures = figures_of(loaded, rates(loaded, "lane", SCOPE), AdviceSettings(high_value_share=1.0))
    every = figures.high_value_all()
    assert len(every) == figures.high_value_count == 100 and list(every.columns) == list(HIGH_VALUE_COLUMNS)
    assert figures.high_value.equals(every.head(3))
    assert figures.high_value_open == int(every["open"].sum()) == 2
    assert figures.high_value_usd == pytest.approx(every["value_usd"].sum())
    assert figures.high_value_lanes == every.groupby(LANE, dropna=False).ngroups == 1
    nothing = figures_of(loaded, rates(loaded, "lane", SCOPE), AdviceSettings(high_value_share=0.1), risky=pd.DataFrame())
    assert (nothing.high_value_count, nothing.high_value_usd, len(nothing.high_value)) == (0, 0.0, 0)
    assert list(nothing.high_value.columns) == list(HIGH_VALUE_COLUMNS)


def test_parcels_of_no_lane_count_in_the_totals_only(loaded: Database, tmp_path: Path) -> None:
    undated = tmp_path / "undated.csv"
    undated.write_text("Tracking Number,Order ID,Destination Country,Value,Currency\n"
                       + "".join(f"ND{i},O{i},US,900,USD\n" for i in range(8)), encoding="utf-8")
    assert import_file(loaded, undated).rows_stored == 8
    figures = figures_of(loaded, rates(loaded, "lane", SCOPE))
    assert (figures.parcels, figures.judged, figures.open) == (290, 282, 4)
    assert figures.missing.set_index("field").loc["estimated_delivery_date", "missing_all"] == 70
    # Their values count towards the threshold: with 8 × 900 USD more, the value at position
    # floor(289 × 0.9) = 260 of the sorted 290 is still 80; with a 5% share, at 274, it is 500.
    assert figures.threshold_usd == 80.0
    top = figures_of(loaded, rates(loaded, "lane", SCOPE), AdviceSettings(high_value_share=0.05))
    assert top.threshold_usd == 500.0
    # But none of them is on a risky lane (they have none).
    assert set(figures.high_value["tracking_number"]) == {f"CN09{i}" for i in range(10)}
    assert figures.insurance.sort_values(LANE)["parcels"].tolist() == [90, 100]


def test_threshold_is_numpys_lower_quantile_on_ties_and_tiny_inputs() -> None:
    # The statement `threshold` over plain values: DuckDB's quantile_disc at the fraction
    # _threshold gives picks exactly numpy's "lower" position, whatever the ties or the count.
    db = Database()
    sql = render(named_query("advice", "threshold"), outcomes=Sql("SELECT unnest($values) AS value_usd"),
                 parcels=Sql("SELECT * FROM outcomes"))
    rng = np.random.default_rng(14)
    for trial in range(300):
        n = int(rng.choice([1, 2, 3, 4, 5, 10, 11, int(rng.integers(1, 2000))]))
        values = (rng.integers(0, 4, n) * 10.0 if trial % 2 else np.round(rng.lognormal(3, 1, n), 2)).tolist()
        quantile = float([0.0, 1.0, 0.9, 0.5, rng.random()][trial % 5])

        def run(statement: str, fraction: float, values: list[float] = values) -> pa.Table:
            return db.query(sql, {"values": values, "fraction": fraction})
        assert _threshold(run, n, quantile) == np.quantile(values, quantile, method="lower"), (n, quantile)
    assert _threshold(lambda *_, **__: pytest.fail("no values, no query"), 0, 0.9) is None
