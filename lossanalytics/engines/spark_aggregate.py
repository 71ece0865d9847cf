"""The lake's aggregate step on Spark (lossanalytics.lake_aggregate): the same statements, run
by lossanalytics.engines.spark, their rows written by Spark itself into the lake's folder."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
from pyspark.sql import SparkSession

from lossanalytics.analytics.detect import OutcomeQuery, outcome_query_with
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import Detection, DetectionSettings
from lossanalytics.engines.spark import SparkLake
from lossanalytics.storage.sql_text import Sql


class SparkEngine:
    """:class:`lossanalytics.lake_aggregate.Engine` on Spark, reading the lake in `folder`."""

    name = "spark"

    def __init__(self, folder: Path, session: SparkSession) -> None:
        self.lake = SparkLake(folder, session)

    def detection(self) -> Detection:
        return self.lake.detection()

    def scope(self, as_of: date | None, today: date, settings: DetectionSettings) -> AnalysisScope:
        return AnalysisScope(as_of or self.lake.data_date(today).default_as_of, settings)

    def outcome_query(self, scope: AnalysisScope) -> OutcomeQuery:
        return outcome_query_with(scope, self.lake.lane_history(scope.as_of))

    def write(self, sql: Sql, params: Mapping[str, Any], tables: Mapping[str, pa.Table], folder: Path) -> None:
        # Spark writes a folder of part files (and its _SUCCESS marker), which DuckDB reads as one table.
        self.lake.frame(sql, dict(params), tables).write.mode("error").parquet(str(folder))
