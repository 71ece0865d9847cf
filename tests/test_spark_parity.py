"""The Spark engine against the DuckDB engine on the same data: the demo data (2,000 parcels) exported
to a lake, judged as of one day by both; counts exactly equal, rates and intervals within 1e-9, the same
suspected-lost list with the same reasons and risk, the same claims worklist."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from app_clock import DEMO_TODAY
from spark_support import needs_spark

from lossanalytics import cli
from lossanalytics.analytics.detect import shipments, suspected
from lossanalytics.analytics.metrics import rates_many
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings, load_detection_settings
from lossanalytics.claims import load_rules
from lossanalytics.claims.worklist import claims_worklist
from lossanalytics.cli import main
from lossanalytics.i18n import t
from lossanalytics.importing import import_paths
from lossanalytics.lake import export_lake
from lossanalytics.storage.db import Database

pytestmark = needs_spark
COUNTS = ["shipments", "delivered", "lost", "suspected_lost", "damaged", "returned", "cancelled", "in_transit",
          "on_time_known"]
FIGURES = ["loss_rate", "loss_rate_low", "loss_rate_high", "confirmed_loss_rate", "confirmed_loss_rate_low",
           "confirmed_loss_rate_high", "on_time_rate", "transit_p50", "transit_p90", "transit_p95"]


@pytest.fixture(scope="module")
def engines(template_db: Path, tmp_path_factory: pytest.TempPathFactory, spark: Any) -> Iterator[tuple[Database, Any, Path]]:
    """A copy of the demo database, the lake it exports and the Spark engine reading that lake."""
    from lossanalytics.engines.spark import SparkLake

    lake_dir = tmp_path_factory.mktemp("lake") / "lake"
    db = _writable_copy(template_db, tmp_path_factory)
    export_lake(db, lake_dir)
    yield db, SparkLake(lake_dir, spark), lake_dir
    db.close()


def _writable_copy(template: Path, factory: pytest.TempPathFactory) -> Database:
    copy = factory.mktemp("export") / "db.duckdb"
    copy.write_bytes(template.read_bytes())
    return Database(copy)


@pytest.fixture(scope="module")
def scope(engines: tuple[Database, Any, Path]) -> AnalysisScope:
    return AnalysisScope(DEMO_TODAY, load_detection_settings(engines[0]))


def test_every_parcel_has_the_same_outcome(engines: tuple[Database, Any, Path], scope: AnalysisScope) -> None:
    db, lake, _ = engines
    duck = shipments(db, scope).set_index("tracking_number")
    spark = lake.shipments(scope).set_index("tracking_number")
    assert len(duck) == 2000
    assert spark["outcome"].value_counts().to_dict() == duck["outcome"].value_counts().to_dict()
    assert spark["outcome"].value_counts()["suspected_lost"] > 0
    pd.testing.assert_series_equal(spark["outcome"].sort_index(), duck["outcome"].sort_index())
    pd.testing.assert_series_equal(spark["risk"].sort_index(), duck["risk"].sort_index(), check_dtype=False)


@pytest.mark.parametrize("by", ["carrier", "lane", "total"])
def test_rates_are_the_same(engines: tuple[Database, Any, Path], scope: AnalysisScope, by: str) -> None:
    db, lake, _ = engines
    keys = {"carrier": ["carrier"], "lane": ["carrier", "origin_country", "dest_country", "mode"],
            "total": []}[by]
    duck = rates_many(db, (by,), scope)[by]
    spark = lake.rates_many((by,), scope)[by]
    if keys:
        duck = duck.sort_values(keys, na_position="first").reset_index(drop=True)
        spark = spark.sort_values(keys, na_position="first").reset_index(drop=True)
        assert spark[keys].equals(duck[keys])
    assert len(duck) == len(spark) > 0
    assert spark[COUNTS].astype("int64").equals(duck[COUNTS].astype("int64"))
    for name in FIGURES:
        assert spark[name].to_numpy() == pytest.approx(duck[name].to_numpy(), abs=1e-9, nan_ok=True), name
    assert _values(spark["value_at_loss"]) == _values(duck["value_at_loss"])
    assert any(_values(duck["value_at_loss"]))


def _values(column: pd.Series) -> list[list[tuple[str, float]] | None]:
    """Each group's value at loss as (currency, amount) pairs (None where nothing was lost)."""
    return [None if v is None else [(item["currency"], item["amount"]) for item in v] for v in column]


def test_the_command_line_gives_the_same_json(engines: tuple[Database, Any, Path],
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db, _, lake_dir = engines
    day = DEMO_TODAY.isoformat()
    assert main(["--db", db.path, "rates", "--by", "carrier", "--as-of", day, "--format", "json"]) == 0
    duck = json.loads(capsys.readouterr().out)
    assert main(["--engine", "spark", "--lake", str(lake_dir), "rates", "--by", "carrier", "--as-of", day,
                 "--format", "json"]) == 0
    spark = json.loads(capsys.readouterr().out)
    # Both order by shipments only: carriers with as many shipments may come in either order.
    assert [row["shipments"] for row in spark] == [row["shipments"] for row in duck]
    spark, duck = (sorted(rows, key=lambda row: row["carrier"]) for rows in (spark, duck))
    assert [row["carrier"] for row in spark] == [row["carrier"] for row in duck]
    for mine, theirs in zip(spark, duck):
        assert {k: v for k, v in mine.items() if not isinstance(v, float)} == \
               {k: v for k, v in theirs.items() if not isinstance(v, float)}
        assert [mine[k] for k in FIGURES if k in mine] == pytest.approx([theirs[k] for k in FIGURES if k in theirs],
                                                                         abs=1e-9)


def test_spark_refuses_a_folder_that_is_no_lake(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--engine", "spark", "--lake", str(tmp_path), "rates", "--by", "carrier"]) == 2
    assert capsys.readouterr().err == f"error: {tmp_path} is not a data lake (no _lake.json); " \
                                      "python -m lossanalytics export-lake --to DIR writes one\n"


def test_the_suspected_list_has_the_same_parcels_reasons_and_risk(engines: tuple[Database, Any, Path],
                                                                scope: AnalysisScope) -> None:
    db, lake, _ = engines
    duck = suspected(db, scope, lang="zh")
    spark = lake.suspected(scope, lang="zh")
    assert len(duck) == 21
    # Both list the riskiest first, then the longest silent, then by tracking number.
    assert spark["tracking_number"].tolist() == duck["tracking_number"].tolist()
    assert spark["reasons"].tolist() == duck["reasons"].tolist()
    assert spark["risk"].tolist() == duck["risk"].tolist()
    assert spark["status_unread"].tolist() == duck["status_unread"].tolist() == [None] * 21


def test_the_claims_worklist_is_the_same(engines: tuple[Database, Any, Path], scope: AnalysisScope) -> None:
    db, lake, _ = engines
    duck = claims_worklist(db, scope, load_rules(db), today=DEMO_TODAY)
    spark = lake.claims_worklist(scope, lake.claim_rules(), today=DEMO_TODAY)
    assert len(duck) == 39
    # Every urgency a claim not yet reported can have, as of the demo's day.
    assert duck["urgency"].value_counts().to_dict() == {"passed": 24, "open": 13, "urgent": 1, "undated": 1}
    assert spark.columns.tolist() == duck.columns.tolist()
    pd.testing.assert_frame_equal(spark, duck, check_dtype=False)


@pytest.mark.parametrize("command", ["suspected", "claims"])
def test_the_command_line_lists_the_same_json(engines: tuple[Database, Any, Path], command: str,
                                             capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    db, _, lake_dir = engines
    monkeypatch.setattr(cli, "today", lambda: DEMO_TODAY)
    assert main(["--db", db.path, command, "--as-of", DEMO_TODAY.isoformat(), "--format", "json"]) == 0
    duck = json.loads(capsys.readouterr().out)
    assert main(["--engine", "spark", "--lake", str(lake_dir), command, "--as-of", DEMO_TODAY.isoformat(),
                 "--format", "json"]) == 0
    spark = json.loads(capsys.readouterr().out)
    assert len(duck) == {"suspected": 21, "claims": 39}[command]
    assert spark == duck


#: Tracking rows whose statuses nothing can read (a Turkish carrier's words), no scan events.
UNREAD_EXPORT = (
    "Tracking Number,Carrier,Ship Date,Status,Last Event Time,Latest event\n"
    "TR1,Pósturinn,2026-10-01,Afhent,2026-10-05 10:00,\n"
    "TR2,Pósturinn,2026-10-01,,2026-10-06 10:00,Sending endursend til sendanda\n"
    "TR3,Pósturinn,2026-10-01,In transit,2026-10-06 10:00,\n"
)


def test_unread_words_reach_the_reasons_from_the_lake(tmp_path: Path, spark: Any) -> None:
    """The lake keeps the words nothing could read (parcels.status_unread), so Spark's reasons name them as
    DuckDB's do; the lake has no scan events, so Spark reads events/ by _lake.json's columns."""
    from lossanalytics.engines.spark import SparkLake

    source = tmp_path / "tracking.csv"
    source.write_text(UNREAD_EXPORT, encoding="utf-8")
    db = Database(tmp_path / "unread.duckdb")
    try:
        assert [r.outcome for r in import_paths(db, [source])] == ["imported"]
        export_lake(db, tmp_path / "lake")
        scope = AnalysisScope(date(2026, 12, 1), DetectionSettings())
        duck = suspected(db, scope)
    finally:
        db.close()
    lake = SparkLake(tmp_path / "lake", spark)
    on_spark = lake.suspected(scope)
    assert duck["tracking_number"].tolist() == on_spark["tracking_number"].tolist() == ["TR1", "TR2", "TR3"]
    for words in (duck["status_unread"], on_spark["status_unread"]):
        assert [w if isinstance(w, str) else None for w in words] == ["Afhent", "Sending endursend til sendanda", None]
    assert on_spark["reasons"].tolist() == duck["reasons"].tolist()
    assert t("reason.status_unread", "en", words="Afhent") in on_spark["reasons"][0]


def test_spark_refuses_a_lake_of_another_schema_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "_lake.json").write_text(json.dumps({"format": "lossanalytics-lake", "schema_version": 1}))
    assert main(["--engine", "spark", "--lake", str(tmp_path), "suspected"]) == 2
    assert capsys.readouterr().err == (
        f"error: {tmp_path} holds a lake of schema version 1; this version reads version 2: export it again with "
        "this version (python -m lossanalytics export-lake --to DIR) or use the version that wrote it\n")
