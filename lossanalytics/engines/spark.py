"""The analytical SQL on Apache Spark, reading a data lake (docs/lake.md).

The statements are the DuckDB engine's, assembled by the same functions
(detect.outcome_query_with, detect.shipments_sql, detect.suspected_sql, metrics.rates_sql,
worklist.claim_candidates_sql) and translated by lossanalytics.engines.dialect, so both engines
answer from one text. What the DuckDB engine computes in Python on the rows (reasons in words,
claim deadlines and estimates, the worklist's urgency) runs here on the rows Spark returns,
through the same functions. Spark runs in local mode
by default (`local[2]`); a master URL, or SPARK_REMOTE (Spark Connect), points it at a cluster.
Only this package imports pyspark and sqlglot.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
from pyspark.sql import DataFrame, SparkSession

from lossanalytics.analytics.asof import DataDate
from lossanalytics.analytics.detect import outcome_query_with, shipments_sql, suspected_sql, with_reasons
from lossanalytics.analytics.lanes import end_of
from lossanalytics.analytics.metrics import rates_by_grouping, rates_sql
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import SETTINGS_KEY, Detection, DetectionSettings, detection_from
from lossanalytics.claims.estimate import estimate_claims
from lossanalytics.claims.records import claims_from, claims_sql
from lossanalytics.claims.rule_types import Rules
from lossanalytics.claims.rules import SETTINGS_KEY as RULES_KEY
from lossanalytics.claims.rules import rules_from_setting
from lossanalytics.claims.worklist import DEFAULT_WARN_DAYS, add_reasons, attach_claims, claim_candidates_sql
from lossanalytics.engines.dialect import to_spark
from lossanalytics.lake import LAKE_FILE
from lossanalytics.storage.sql_text import load_sql, named_query

#: Lake folder → the view name the analytical SQL reads it by (lake.sql).
LAKE_VIEWS = {"parcels": "parcels", "events": "tracking_events", "imports": "imports", "claims": "claims",
              "settings": "settings"}
PARTITION_COLUMN = "ship_month"
DEFAULT_MASTER = "local[2]"
LOCAL_MEMORY = "3g"
#: The session setting naming the SparkLake whose tables the views show.
CURRENT_LAKE = "lossanalytics.lake"


def spark_session(master: str | None = None) -> SparkSession:
    """A Spark session: Spark Connect when SPARK_REMOTE is set, else `master` (default local[2]).

    Timestamps are UTC wall-clock times, as in the DuckDB engine; Arrow carries results back.
    """
    builder = SparkSession.builder.appName("lossanalytics")
    if not os.environ.get("SPARK_REMOTE"):
        builder = builder.master(master or DEFAULT_MASTER)
        # Local mode on a small machine: a few shuffle partitions, not 200 near-empty ones, and a
        # heap for a million parcels' outcomes (Spark's default 1 GB runs out of memory there).
        builder = builder.config("spark.sql.shuffle.partitions", "4").config("spark.ui.enabled", "false") \
            .config("spark.ui.showConsoleProgress", "false").config("spark.driver.memory", LOCAL_MEMORY)
    session = builder.config("spark.sql.session.timeZone", "UTC").getOrCreate()
    session.conf.set("spark.sql.execution.arrow.pyspark.enabled", "true")
    return session


class SparkLake:
    """A lake's tables as Spark views, queried with the DuckDB engine's SQL."""

    def __init__(self, folder: str | Path, session: SparkSession) -> None:
        self.folder = str(folder).rstrip("/")
        self.spark = session
        described = json.loads(self._text(LAKE_FILE))["tables"]
        self._key = uuid.uuid4().hex
        self._views: dict[str, DataFrame] = {}
        for table, view in LAKE_VIEWS.items():
            if described[table]["files"]:
                frame = session.read.parquet(f"{self.folder}/{table}")
            else:
                # No file to infer a schema from (a seller without scan events): _lake.json's columns.
                frame = session.createDataFrame([], _lake_schema(described[table]["columns"]))
            # The partition folder's name is no column of the table (docs/lake.md).
            if PARTITION_COLUMN in frame.columns:
                frame = frame.drop(PARTITION_COLUMN)
            self._views[view] = frame
        self._use()

    def _use(self) -> None:
        """This lake's tables under the view names the SQL reads, unless they already are: views
        belong to the session, which another lake may share (the tables are read when queried)."""
        if self.spark.conf.get(CURRENT_LAKE, None) == self._key:
            return
        for view, frame in self._views.items():
            frame.createOrReplaceTempView(view)
        self.spark.conf.set(CURRENT_LAKE, self._key)

    def _text(self, name: str) -> str:
        """A small file of the lake, read locally or, on object storage, by Spark."""
        if "://" not in self.folder:
            return (Path(self.folder) / name).read_text(encoding="utf-8")
        return str(self.spark.read.text(f"{self.folder}/{name}", wholetext=True).collect()[0][0])

    def _columns_of(self, sql: str) -> list[str]:
        return list(self.spark.sql(sql).columns)

    def frame(self, sql: str, params: Mapping[str, Any] | None = None,
              tables: Mapping[str, pa.Table] | None = None) -> DataFrame:
        """`sql` (DuckDB's dialect) as a Spark DataFrame; `tables` become views first."""
        self._use()
        for name, table in (tables or {}).items():
            self.spark.createDataFrame(table, schema=_spark_schema(table.schema)).createOrReplaceTempView(name)
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
        return self.detection().settings

    def detection(self) -> Detection:
        """:meth:`detection_settings`, with any threshold saved as a fraction of a day (thresholds.RoundedDays)."""
        return detection_from(self.scalar(named_query("settings", "read"), {"key": SETTINGS_KEY}))

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

    def suspected(self, scope: AnalysisScope, lang: str = "en") -> pd.DataFrame:
        """The suspected-lost parcels in `scope` with their reasons, as detect.suspected gives them."""
        query = outcome_query_with(scope, self.lane_history(scope.as_of))
        frame = self.query_df(suspected_sql(query), query.params, query.tables)
        return with_reasons(frame, self._unread_words, lang)

    def _unread_words(self, numbers: list[str]) -> list[dict[str, Any]]:
        return self.query(named_query("lake", "unread_words"), {"numbers": numbers}).to_pylist()

    def claim_rules(self) -> Rules:
        """The claim rules saved in the lake's settings, or the defaults."""
        return rules_from_setting(self.scalar(named_query("settings", "read"), {"key": RULES_KEY}))

    def claims_worklist(self, scope: AnalysisScope, rules: Rules, lang: str = "en",
                        warn_days: int = DEFAULT_WARN_DAYS, *, today: date) -> pd.DataFrame:
        """Every claimable parcel in `scope` with its estimate, stored claim and urgency, as
        worklist.claims_worklist gives it: the rows from Spark, the estimate in Python."""
        query = outcome_query_with(scope, self.lane_history(scope.as_of))
        candidates = add_reasons(self.query_df(claim_candidates_sql(query), query.params, query.tables), lang)
        found = estimate_claims(candidates, today, rules, lang)
        return attach_claims(found, claims_from(self.query_df(claims_sql())), warn_days)

    def rates_many(self, bys: Sequence[str], scope: AnalysisScope) -> dict[str, pd.DataFrame]:
        """Rates for each grouping of `bys`, as metrics.rates_many gives them."""
        query = outcome_query_with(scope, self.lane_history(scope.as_of))
        frame = self.query_df(rates_sql(query, bys), query.params, query.tables)
        return rates_by_grouping(frame, bys)


#: The DuckDB types of _lake.json's columns (docs/lake.md) as Spark's.
LAKE_TYPES = {"VARCHAR": "STRING", "DOUBLE": "DOUBLE", "BIGINT": "BIGINT", "INTEGER": "INT", "BOOLEAN": "BOOLEAN",
              "DATE": "DATE", "TIMESTAMP": "TIMESTAMP_NTZ"}


def _lake_schema(columns: Sequence[Mapping[str, str]]) -> str:
    """A lake table's columns (from _lake.json) as Spark DDL."""
    return ", ".join(f"`{column['name']}` {LAKE_TYPES[column['type']]}" for column in columns)


def _spark_schema(schema: pa.Schema) -> str:
    """A small Arrow table's schema as Spark DDL, so that an empty table keeps its types."""
    names = {pa.string(): "STRING", pa.large_string(): "STRING", pa.float64(): "DOUBLE", pa.int64(): "BIGINT",
             pa.int32(): "INT", pa.bool_(): "BOOLEAN"}
    return ", ".join(f"`{field.name}` {names[field.type]}" for field in schema)
