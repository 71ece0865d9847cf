"""Every figure `advice_figures` counts over test_advice's fixture, exactly (as of 2025-06-30).

The figures are counted by several streaming passes (queries/advice.sql): the counts and sums per
lane with the suspected value per currency, the high-value threshold (over the parcels, unjudged)
and the parcels above it. These are the values the single-pass query gave before it was split.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from app_clock import DEMO_TODAY
from test_advice import HEADER, SCOPE, figures_of, fixture_rows, write_fixture

from lossanalytics.advice import AdviceSettings
from lossanalytics.advice import figures as figures_module
from lossanalytics.advice.carrier_choice import risky_lanes
from lossanalytics.advice.figures import HIGH_VALUE_COLUMNS, advice_figures
from lossanalytics.advice.kept_figures import high_value_threshold
from lossanalytics.analytics.asof import data_date
from lossanalytics.analytics.detect import serves, shipments
from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.metrics import rates
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings, load_detection_settings
from lossanalytics.claims import default_rules
from lossanalytics.importing import import_file
from lossanalytics.lake import export_lake
from lossanalytics.lake_aggregate import DuckDBEngine, aggregate
from lossanalytics.lake_read import lake_state, open_lake
from lossanalytics.storage.db import Database
from lossanalytics.storage.sql_text import Sql, named_query, render

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
    # Beyond the postal limit (UPU, 39.30 USD a parcel): 12% × (80 × 10.70 + 10 × 460.70); China Post's
    # parcels of 30 USD are covered whole, none is worth insuring.
    assert rows == [
        {"carrier": "Cainiao", "origin_country": "CN", "dest_country": "US", "mode": "postal", "parcels": 90,
         "worth": 90, "clear": 10, "value_usd": 9000.0, "expected_loss_usd": 655.56, "premium_usd": 135.0,
         "lost_value_usd": 600.0},
    ]


@pytest.mark.parametrize(("share", "apart"), [(figures_module.ORDER_IDS_APART_SHARE, True), (0.0, False)])
def test_blank_order_ids_counted_apart_or_in_the_main_pass(loaded: Database, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch, share: float,
                                                           apart: bool) -> None:
    # A lost parcel whose order ID is an ideographic space (blank to str.strip(), not ASCII) and which
    # lacks no other record, beside FX000 and FX001 (blank order IDs, no estimated delivery date).
    lost = tmp_path / "lost.csv"
    lost.write_text(f"{HEADER}\nLX000,Cainiao,postal,CN,US,2025-03-01,Lost,2025-03-16,,2025-03-21,50,USD,0.5,,\u3000\n",
                    encoding="utf-8")
    assert import_file(loaded, lost).rows_stored == 1
    # Three of 283 parcels may have a blank order ID: by default they are counted by a pass of their own.
    monkeypatch.setattr(figures_module, "ORDER_IDS_APART_SHARE", share)
    statements: list[str] = []
    query = loaded.query
    monkeypatch.setattr(loaded, "query", lambda sql, *args: statements.append(sql) or query(sql, *args))
    figures = figures_of(loaded, rates(loaded, "lane", SCOPE))
    marker = named_query("advice", "blank_order_ids").splitlines()[0]
    assert any(marker in statement for statement in statements) == apart
    assert (figures.parcels, figures.claimable, figures.affected) == (283, 19, 5)
    assert figures.missing.iloc[0].to_dict() == {"field": "order_id", "missing_claimable": 3, "claimable": 19,
                                                 "missing_all": 3, "parcels": 283}


def test_no_pass_for_blank_order_ids_when_none_may_be_blank(db: Database, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # Every order ID of the fixture but FX000's and FX001's starts with printable ASCII ("ORD-…").
    parcels = tmp_path / "parcels.csv"
    parcels.write_text(HEADER + "\n" + "\n".join(fixture_rows()[:-2]) + "\n", encoding="utf-8")
    assert import_file(db, parcels).rows_stored == 280
    statements: list[str] = []
    query = db.query
    monkeypatch.setattr(db, "query", lambda sql, *args: statements.append(sql) or query(sql, *args))
    figures = figures_of(db, rates(db, "lane", SCOPE))
    marker = named_query("advice", "blank_order_ids").splitlines()[0]
    assert not any(marker in statement for statement in statements)
    assert figures.missing.iloc[0].to_dict() == {"field": "order_id", "missing_claimable": 0, "claimable": 16,
                                                 "missing_all": 0, "parcels": 280}


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
    assert figures.insurance.sort_values(LANE)["parcels"].tolist() == [90]  # China Post's are covered whole


def _distinct_values(db: Database, folder: Path) -> None:
    """Parcels of distinct values: shipped in June (old enough to be suspected lost as of the 30th),
    undated, shipped after the as-of day, of no value; on two lanes, in two currencies."""
    rows = ([f"IN{i},Cainiao,2025-06-0{1 + i % 9},US,{100 + i},USD" for i in range(40)]
            + [f"PX{i},4PX,2025-06-0{1 + i % 9},US,{100.5 + i},{'USD' if i % 2 else 'EUR'}" for i in range(20)]
            + [f"ND{i},Cainiao,,US,{110.25 + i},EUR" for i in range(10)]
            + [f"LATE{i},Cainiao,2025-07-0{1 + i % 9},US,{1 + i},USD" for i in range(10)]
            + [f"NV{i},Cainiao,2025-06-01,US,{-i},GBP" for i in range(3)])
    parcels = folder / "values.csv"
    parcels.write_text("Tracking Number,Carrier,Ship Date,Destination Country,Value,Currency\n"
                       + "\n".join(rows) + "\n", encoding="utf-8")
    assert import_file(db, parcels).rows_stored == 83


SCOPES = (SCOPE, replace(SCOPE, filters=Filters(carriers=("Cainiao",))),
          AnalysisScope(date(2025, 7, 3), SCOPE.settings, Filters(ship_from=date(2025, 6, 3))))


def test_threshold_reads_the_parcels_the_outcome_query_keeps(db: Database, tmp_path: Path) -> None:
    # The threshold reads the parcels without judging them: the same parcels as the outcome query,
    # undated ones in, those shipped after the as-of day or left out by the filters out. Every value
    # differs, so one parcel too many or too few moves it.
    _distinct_values(db, tmp_path)
    rules = default_rules()
    for scope in SCOPES:
        kept = shipments(db, scope)
        values = [value * rules.usd_per(currency) for value, currency in zip(kept["declared_value"], kept["currency"])
                  if value > 0 and rules.usd_per(currency) is not None]
        lanes = rates(db, "lane", scope)
        for share in (0.1, 0.5, 0.9):
            cfg = AdviceSettings(high_value_share=share)
            figures = advice_figures(db, scope, lanes, risky_lanes(lanes, cfg.alpha), rules, cfg)
            assert figures.threshold_usd == np.quantile(values, 1 - share, method="lower"), (scope, share)


def test_suspected_value_per_currency_over_lanes(db: Database, tmp_path: Path) -> None:
    # Counted per lane and currency in the main pass, then added up per currency.
    _distinct_values(db, tmp_path)
    for scope in SCOPES:
        kept = shipments(db, scope)
        suspected = kept[kept["outcome"].eq("suspected_lost")]
        expected = suspected.groupby("currency")["declared_value"].sum().to_dict()
        lanes = rates(db, "lane", scope)
        figures = figures_of_scope(db, scope, lanes)
        assert figures.suspected_value == pytest.approx(expected, rel=1e-12) and len(expected) >= 1, scope
    assert set(figures_of_scope(db, SCOPE, rates(db, "lane", SCOPE)).suspected_value) == {"USD", "EUR", "GBP"}


def figures_of_scope(db: Database, scope: AnalysisScope, lanes: pd.DataFrame) -> figures_module.AdviceFigures:
    cfg = AdviceSettings()
    return advice_figures(db, scope, lanes, risky_lanes(lanes, cfg.alpha), default_rules(), cfg)


def test_threshold_is_numpys_lower_quantile_on_ties_and_tiny_inputs() -> None:
    # The statement `threshold` over plain values: DuckDB's quantile_disc at the fraction
    # high_value_threshold gives picks exactly numpy's "lower" position, whatever the ties or the count
    # (for a filtered scope, which keeps no threshold with the data).
    db = Database()
    scope = AnalysisScope(date(2026, 6, 30), DetectionSettings(), Filters(carriers=("any",)))
    sql = render(named_query("advice", "threshold"), values=Sql("SELECT unnest($values) AS value_usd"))
    rng = np.random.default_rng(14)
    for trial in range(300):
        n = int(rng.choice([1, 2, 3, 4, 5, 10, 11, int(rng.integers(1, 2000))]))
        values = (rng.integers(0, 4, n) * 10.0 if trial % 2 else np.round(rng.lognormal(3, 1, n), 2)).tolist()
        quantile = float([0.0, 1.0, 0.9, 0.5, rng.random()][trial % 5])

        def run(fraction: float, values: list[float] = values) -> pa.Table:
            return db.query(sql, {"values": values, "fraction": fraction})
        found = high_value_threshold(db, scope, {"USD": 1.0}, n, quantile, run)
        assert found == np.quantile(values, quantile, method="lower"), (n, quantile)
    assert high_value_threshold(db, scope, {"USD": 1.0}, 0, 0.9, lambda _: pytest.fail("no values, no query")) is None


def test_a_lake_gives_the_figures_of_its_database(template_db: Path, tmp_path: Path) -> None:
    # On a lake the outcomes are read from its aggregates and the values from its parcels' files:
    # the same parcels, so the same figures as the database it was exported from.
    source = Database(shutil.copy(template_db, tmp_path / "db.duckdb"))
    export_lake(source, tmp_path / "lake")
    state = lake_state(tmp_path / "lake")
    as_of = data_date(source, DEMO_TODAY).default_as_of
    runner = DuckDBEngine(state)
    aggregate(runner, state, as_of, DEMO_TODAY)
    runner.db.close()
    lake = open_lake(lake_state(tmp_path / "lake"))
    for filters in (Filters(), Filters(modes=("postal",))):
        scope = AnalysisScope(as_of, load_detection_settings(source), filters)
        assert serves(lake, scope)
        expected, got = (figures_of_scope(db, scope, rates(db, "lane", scope)) for db in (source, lake))
        assert got.threshold_usd == expected.threshold_usd is not None
        assert (got.parcels, got.suspected, got.high_value_count) == (expected.parcels, expected.suspected,
                                                                      expected.high_value_count)
        assert got.suspected_value == pytest.approx(expected.suspected_value, rel=1e-12)
        pd.testing.assert_frame_equal(got.insurance.sort_values(LANE, ignore_index=True),
                                      expected.insurance.sort_values(LANE, ignore_index=True), rtol=1e-12)
        pd.testing.assert_frame_equal(got.high_value, expected.high_value, rtol=1e-12)
    lake.close()
    source.close()
