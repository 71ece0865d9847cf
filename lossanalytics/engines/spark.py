"""The analytical SQL on Apache Spark, reading a data lake (docs/lake.md).

The statements are the DuckDB engine's, assembled by the same functions
(detect.outcome_query_with, detect.shipments_sql, metrics.rates_sql) and translated by
lossanalytics.engines.dialect, so both engines answer from one text. Spark runs in local mode
by default (`local[2]`); a master URL, or SPARK_REMOTE (Spark Connect), points it at a cluster.
Only this package imports pyspark and sqlglot.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
from pyspark.sql import DataFrame, SparkSession

from lossanalytics.analytics.asof import DataDate
from lossanalytics.analytics.detect import outcome_query_with, shipments_sql
from lossanalytics.analytics.lanes import end_of
from lossanalytics.analytics.metrics import rates_by_grouping, rates_sql
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import SETTINGS_KEY, DetectionSettings, detection_settings_from
from lossanalytics.engines.dialect import to_spark
from lossanalytics.storage.db import load_sql, named_query

#: Lake folder → the view name the analytical SQL reads it by (lake.sql).
LAKE_VIEWS = {"parcels": "parcels", "events": "tracking_events", "imports": "imports", "claims": "claims",
              "settings": "settings"}
PARTITION_COLUMN = "ship_month"
DEFAULT_MASTER = "local[2]"


def spark_session(master: str | None = None) -> SparkSession:
    """A Spark session: Spark Connect when SPARK_REMOTE is set, else `master` (default local[2]).

    Timestamps are UTC wall-clock times, as in the DuckDB engine; Arrow carries results back.
    """
    builder = SparkSession.builder.appName("lossanalytics")
    if not os.environ.get("SPARK_REMOTE"):
        builder = builder.master(master or DEFAULT_MASTER)
        # Local mode on a small machine: a few shuffle partitions, not 200 near-empty ones.
        builder = builder.config("spark.sql.shuffle.partitions", "4").config("spark.ui.enabled", "false") \
            .config("spark.ui.showConsoleProgress", "false")
    session = builder.config("spark.sql.session.timeZone", "UTC").getOrCreate()
    session.conf.set("spark.sql.execution.arrow.pyspark.enabled", "true")
    return session


class SparkLake:
    """A lake's tables as Spark views, queried with the DuckDB engine's SQL."""

    def __init__(self, folder: str | Path, session: SparkSession) -> None:
        self.folder = str(folder)
        self.spark = session
        for table, view in LAKE_VIEWS.items():
            frame = session.read.parquet(f"{self.folder.rstrip('/')}/{table}")
            # The partition folder's name is no column of the table (docs/lake.md).
            if PARTITION_COLUMN in frame.columns:
                frame = frame.drop(PARTITION_COLUMN)
            frame.createOrReplaceTempView(view)

    def _columns_of(self, sql: str) -> list[str]:
        return list(self.spark.sql(sql).columns)

    def frame(self, sql: str, params: Mapping[str, Any] | None = None,
              tables: Mapping[str, pa.Table] | None = None) -> DataFrame:
        """`sql` (DuckDB's dialect) as a Spark DataFrame; `tables` become views first."""
        for name, table in (tables or {}).items():
            self.spark.createDataFrame(table.to_pandas(), schema=_spark_schema(table.schema)) \
                .createOrReplaceTempView(name)
        return self.spark.sql(to_spark(sql, params, self._columns_of))

    def query(self, sql: str, params: Mapping[str, Any] | None = None,
              tables: Mapping[str, pa.Table] | None = None) -> pa.Table:
        """Run `sql` (DuckDB's dialect) on Spark and return an Arrow table."""
        return self.frame(sql, params, tables).toArrow()

    def query_df(self, sql: str, params: Mapping[str, Any] | None = None,
                 tables: Mapping[str, pa.Table] | None = None) -> pd.DataFrame:
        """Like :meth:`query`, as a pandas DataFrame (through Arrow, as the DuckDB engine)."""
        return self.query(sql, params, tables).to_pandas()

    def scalar(self, sql: str, params: Mapping[str, Any] | None = None) -> Any:
        """The first column of the first row, or None."""
        rows = self.frame(sql, params).take(1)
        return rows[0][0] if rows else None

    def detection_settings(self) -> DetectionSettings:
        """The detection thresholds saved in the lake's settings, or the defaults."""
        return detection_settings_from(self.scalar(named_query("settings", "read"), {"key": SETTINGS_KEY}))

    def data_date(self, today: date) -> DataDate:
        """How current the lake's data is, seen from `today` (lossanalytics.analytics.asof)."""
        newest = self.scalar(load_sql("asof"), {"today": today})
        return DataDate(today, newest.date() if newest is not None else None)

    def lane_history(self, as_of: date) -> pa.Table:
        """What is normal on each lane as of `as_of` (lanes.sql), learned on Spark."""
        return self.query(load_sql("lanes"), {"as_of_end": end_of(as_of)})

    def shipments(self, scope: AnalysisScope) -> pd.DataFrame:
        """Every parcel in `scope` with its outcome, as detect.shipments gives it."""
        query = outcome_query_with(scope, self.lane_history(scope.as_of))
        return self.query_df(shipments_sql(query), query.params, query.tables)

    def rates_many(self, bys: Sequence[str], scope: AnalysisScope) -> dict[str, pd.DataFrame]:
        """Rates for each grouping of `bys`, as metrics.rates_many gives them."""
        query = outcome_query_with(scope, self.lane_history(scope.as_of))
        frame = self.query_df(rates_sql(query, bys), query.params, query.tables)
        return rates_by_grouping(frame, bys)


def _spark_schema(schema: pa.Schema) -> str:
    """A small Arrow table's schema as Spark DDL, so that an empty table keeps its types."""
    names = {pa.string(): "STRING", pa.large_string(): "STRING", pa.float64(): "DOUBLE", pa.int64(): "BIGINT",
             pa.int32(): "INT", pa.bool_(): "BOOLEAN"}
    return ", ".join(f"`{field.name}` {names[field.type]}" for field in schema)
