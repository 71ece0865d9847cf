"""The lake's aggregate step and the read-only lake database (lossanalytics.lake_aggregate, lake_read):
the demo data (2,000 parcels) exported to a lake, aggregated, and every figure compared with the
database it was exported from."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest
from app_clock import DEMO_TODAY
from spark_support import needs_spark

from lossanalytics.analytics import detect, metrics, overview, trends
from lossanalytics.analytics.asof import data_date
from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import load_detection_settings
from lossanalytics.cli import main
from lossanalytics.lake import export_lake
from lossanalytics.lake_aggregate import DuckDBEngine, aggregate
from lossanalytics.lake_read import AGGREGATES_DIR, AGGREGATES_FILE, lake_state, open_lake
from lossanalytics.storage.db import Database

BYS = tuple(metrics.GROUPINGS)


@pytest.fixture(scope="module")
def source(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A copy of the demo database."""
    path = tmp_path_factory.mktemp("source") / "db.duckdb"
    shutil.copy(template_db, path)
    db = Database(path)
    yield db
    db.close()


@pytest.fixture(scope="module")
def as_of(source: Database) -> date:
    return data_date(source, DEMO_TODAY).default_as_of


def make_lake(db: Database, folder: Path, as_of: date | None, engine: str = "duckdb") -> Path:
    export_lake(db, folder)
    state = lake_state(folder)
    if engine == "duckdb":
        runner = DuckDBEngine(state)
        aggregate(runner, state, as_of, DEMO_TODAY)
        runner.db.close()
    return folder


@pytest.fixture(scope="module")
def lake(source: Database, as_of: date, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The lake of `source`, aggregated as of the data's own day, opened read-only."""
    folder = make_lake(source, tmp_path_factory.mktemp("lake") / "lake", as_of)
    db = open_lake(lake_state(folder))
    yield db
    db.close()


def by_keys(frame: pd.DataFrame, by: str) -> pd.DataFrame:
    keys = list(metrics.GROUPINGS[by])
    return frame.sort_values(keys).reset_index(drop=True) if keys else frame.reset_index(drop=True)


def test_the_record_names_the_day_the_thresholds_and_the_counts(source: Database, lake: Database, as_of: date,
                                                               ) -> None:
    folder = Path(lake_state_folder(lake))
    record = json.loads((folder / AGGREGATES_DIR / AGGREGATES_FILE).read_text("utf-8"))
    scope = AnalysisScope(as_of, load_detection_settings(source))
    rates_rows = sum(len(frame) for frame in metrics.rates_many(source, BYS, scope).values())
    assert (record["version"], record["engine"], record["as_of"], record["scope_key"], record["groupings"]) == (
        2, "duckdb", as_of.isoformat(), scope.key(), list(BYS))
    assert record["tables"] == {"outcomes": {"path": "outcomes", "rows": 2000},
                                "rates": {"path": "rates", "rows": rates_rows}}
    assert lake.read_only and lake.precomputed is not None and lake.precomputed.as_of == as_of


def lake_state_folder(db: Database) -> str:
    """The lake folder a lake database's views read (from its parcels view's first file)."""
    text = db.scalar("SELECT sql FROM duckdb_views() WHERE view_name = 'parcels'")
    return text.split("'")[1].split("/parcels/")[0]


def test_every_grouping_equals_the_database_figures(source: Database, lake: Database, as_of: date) -> None:
    scope = AnalysisScope(as_of, load_detection_settings(source))
    assert detect.serves(lake, scope)
    expected = metrics.rates_many(source, BYS, scope)
    got = metrics.rates_many(lake, BYS, scope)
    for by in BYS:
        pd.testing.assert_frame_equal(by_keys(got[by], by), by_keys(expected[by], by), check_exact=True)
    total = got["total"].iloc[0]
    assert int(total["shipments"]) == int(expected["total"].iloc[0]["shipments"]) > 1900


def test_headline_suspected_list_and_trends_equal_the_database(source: Database, lake: Database,
                                                               as_of: date) -> None:
    scope = AnalysisScope(as_of, load_detection_settings(source))
    assert overview.headline(lake, scope) == overview.headline(source, scope)
    expected, got = detect.suspected(source, scope), detect.suspected(lake, scope)
    assert len(got) == len(expected) > 0
    assert got["tracking_number"].tolist() == expected["tracking_number"].tolist()
    assert got["reasons"].tolist() == expected["reasons"].tolist()
    pd.testing.assert_frame_equal(trends.monthly(lake, "carrier", scope), trends.monthly(source, "carrier", scope))


def test_filters_narrow_the_precomputed_outcomes(source: Database, lake: Database, as_of: date) -> None:
    carrier = overview.filter_options(source).carriers[0]
    scope = AnalysisScope(as_of, load_detection_settings(source), Filters(carriers=(carrier,)))
    assert detect.serves(lake, scope)
    expected, got = metrics.rates(source, "lane", scope), metrics.rates(lake, "lane", scope)
    pd.testing.assert_frame_equal(by_keys(got, "lane"), by_keys(expected, "lane"), check_exact=True)
    assert set(got["carrier"]) == {carrier}


def test_another_day_is_judged_on_the_lake_files(source: Database, lake: Database, as_of: date) -> None:
    scope = AnalysisScope(as_of - timedelta(days=30), load_detection_settings(source))
    assert not detect.serves(lake, scope)
    assert overview.headline(lake, scope) == overview.headline(source, scope)
    assert overview.headline(lake, scope) != overview.headline(source, AnalysisScope(as_of, scope.settings))


def test_the_lake_database_refuses_writes(lake: Database) -> None:
    with pytest.raises(Exception, match="read-only"):
        lake.execute("DELETE FROM rejects")


def test_aggregates_of_other_files_are_not_used(source: Database, as_of: date, tmp_path: Path) -> None:
    folder = make_lake(source, tmp_path / "lake", as_of)
    assert lake_state(folder).aggregates is not None
    (folder / "_manifest.json").write_text((folder / "_manifest.json").read_text() + " ")
    state = lake_state(folder)
    assert state.aggregates is None
    db = open_lake(state)
    assert db.precomputed is None
    scope = AnalysisScope(as_of, load_detection_settings(source))
    assert overview.headline(db, scope) == overview.headline(source, scope)
    db.close()


def test_cli_aggregates_and_says_what_it_wrote(source: Database, as_of: date, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "lake"
    export_lake(source, folder)
    assert main(["--lake", str(folder), "aggregate", "--as-of", as_of.isoformat(), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["engine"], report["as_of"], report["outcomes"]) == ("duckdb", as_of.isoformat(), 2000)
    assert sorted(p.name for p in (folder / AGGREGATES_DIR).iterdir()) == ["_aggregates.json", "outcomes", "rates"]
    assert main(["--lake", str(folder), "aggregate", "--as-of", as_of.isoformat()]) == 0
    assert capsys.readouterr().out.startswith(f"aggregates of {folder / AGGREGATES_DIR} as of {as_of} by duckdb: "
                                              "2000 parcels judged")
    assert not [p for p in folder.iterdir() if p.name.startswith(".aggregates")]


def test_cli_needs_a_lake(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["aggregate"]) == 2
    assert "give its folder with --lake DIR" in capsys.readouterr().err
    assert main(["--lake", str(tmp_path), "aggregate"]) == 2
    assert "is not a data lake this product can read" in capsys.readouterr().err


@needs_spark
def test_spark_aggregates_equal_the_database_figures(source: Database, as_of: date, tmp_path: Path) -> None:
    from lossanalytics.engines.spark import spark_session
    from lossanalytics.engines.spark_aggregate import SparkEngine

    folder = tmp_path / "lake"
    export_lake(source, folder)
    state = lake_state(folder)
    session = spark_session()
    try:
        aggregate(SparkEngine(state.folder, session), state, as_of, DEMO_TODAY)
    finally:
        session.stop()
    db = open_lake(lake_state(folder))
    assert db.precomputed is not None and db.precomputed.engine == "spark"
    scope = AnalysisScope(as_of, load_detection_settings(source))
    expected, got = metrics.rates_many(source, BYS, scope), metrics.rates_many(db, BYS, scope)
    for by in BYS:
        want, have = by_keys(expected[by], by), by_keys(got[by], by)
        counts = ["shipments", "delivered", "lost", "suspected_lost", "in_transit", "on_time_known"]
        pd.testing.assert_frame_equal(have[counts], want[counts], check_dtype=False)
        for column in ("loss_rate", "loss_rate_low", "loss_rate_high", "transit_p95", "on_time_rate"):
            assert have[column].to_numpy() == pytest.approx(want[column].to_numpy(), abs=1e-9, nan_ok=True)
    assert detect.suspected(db, scope)["reasons"].tolist() == detect.suspected(source, scope)["reasons"].tolist()
    db.close()
