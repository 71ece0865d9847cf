"""The lake's aggregates: what the dashboard reads instead of judging every parcel (docs/lake.md).

    python -m lossanalytics [--engine duckdb|spark] --lake DIR aggregate [--as-of DATE]

judges every parcel of the lake as of one day under the lake's own detection thresholds,
with the engine chosen, and writes

    DIR/_aggregates/outcomes/*.parquet    every parcel with its outcome and the numbers behind each rule
    DIR/_aggregates/rates/*.parquet       the loss figures of every grouping (metrics.AGGREGATED_GROUPINGS)
    DIR/_aggregates/_aggregates.json      the as-of day, the thresholds, the engine, and the lake they came from

The SQL is the product's own (detect.outcome_query_with, metrics.rates_sql), so either engine
writes the same rows. The new aggregates are written beside the old ones and swapped in
whole; a dashboard notices them by `_aggregates.json` and reads them from its next page.
"""

from __future__ import annotations

import json
import secrets
import shutil
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Protocol

import pyarrow as pa
import pyarrow.parquet as pq

from lossanalytics import __version__
from lossanalytics.analytics.asof import data_date
from lossanalytics.analytics.detect import OutcomeQuery, outcome_query_with
from lossanalytics.analytics.lanes import lane_history
from lossanalytics.analytics.metrics import AGGREGATED_GROUPINGS, rates_sql
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import Detection, DetectionSettings, RoundedDays, load_detection
from lossanalytics.lake_read import AGGREGATES_DIR, AGGREGATES_FILE, AGGREGATES_VERSION, LakeState, open_lake
from lossanalytics.storage.outfiles import cannot_write
from lossanalytics.storage.sql_text import Sql, named_query


class Engine(Protocol):
    """What the aggregate step needs of an engine: the lake's own scope, and a way to write a query's rows."""

    name: str

    def detection(self) -> Detection:
        """The detection thresholds saved in the lake, with any saved as a fraction of a day."""

    def scope(self, as_of: date | None, today: date, settings: DetectionSettings) -> AnalysisScope:
        """The as-of day (`as_of`, else the lake's newest scan) and the detection thresholds `settings`."""

    def outcome_query(self, scope: AnalysisScope) -> OutcomeQuery:
        """The outcome query of `scope`, with the lane history this engine learned."""

    def write(self, sql: Sql, params: Mapping[str, Any], tables: Mapping[str, pa.Table], folder: Path) -> None:
        """Write the rows of `sql` as Parquet files into the new folder `folder`."""


@dataclass
class AggregateReport:
    """What an aggregate run wrote."""

    folder: str
    engine: str
    as_of: date
    outcomes: int
    rates: int
    seconds: float
    #: Thresholds saved as a fraction of a day, judged by the next whole day (thresholds.RoundedDays).
    rounded: tuple[RoundedDays, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """The report as plain JSON values (the CLI's --format json)."""
        return {**vars(self), "as_of": self.as_of.isoformat(), "seconds": round(self.seconds, 3),
                "rounded": [vars(found) for found in self.rounded]}


def aggregate(engine: Engine, state: LakeState, as_of: date | None, today: date) -> AggregateReport:
    """Judge the lake in `state` with `engine` and write its aggregates (see the module's text)."""
    start = time.perf_counter()
    detection = engine.detection()
    scope = engine.scope(as_of, today, detection.settings)
    query = engine.outcome_query(scope)
    stage = state.folder / f".aggregates-{secrets.token_hex(4)}"
    try:
        _mkdir(stage)
        engine.write(query.wrap(named_query("lake_aggregate", "outcomes")), query.params, query.tables,
                     stage / "outcomes")
        engine.write(rates_sql(query, AGGREGATED_GROUPINGS), query.params, query.tables, stage / "rates")
        counts = {name: _rows(stage / name) for name in ("outcomes", "rates")}
        record = {
            "format": "lossanalytics-lake-aggregates", "version": AGGREGATES_VERSION, "engine": engine.name,
            "product_version": __version__, "lake": state.identity, "as_of": scope.as_of.isoformat(),
            "scope_key": scope.key(), "groupings": list(AGGREGATED_GROUPINGS),
            "computed_at": datetime.now(timezone.utc).isoformat(timespec="microseconds"),
            "tables": {name: {"path": name, "rows": rows} for name, rows in counts.items()},
        }
        (stage / AGGREGATES_FILE).write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", "utf-8")
        _swap(stage, state.folder / AGGREGATES_DIR)
    except OSError as exc:
        raise cannot_write(stage, exc) from exc
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return AggregateReport(str(state.folder / AGGREGATES_DIR), engine.name, scope.as_of, counts["outcomes"],
                           counts["rates"], time.perf_counter() - start, detection.rounded)


class DuckDBEngine:
    """The aggregate step on one machine: DuckDB reading the lake's files."""

    name = "duckdb"

    def __init__(self, state: LakeState) -> None:
        self.db = open_lake(state, with_aggregates=False)

    def detection(self) -> Detection:
        return load_detection(self.db)

    def scope(self, as_of: date | None, today: date, settings: DetectionSettings) -> AnalysisScope:
        return AnalysisScope(as_of or data_date(self.db, today).default_as_of, settings)

    def outcome_query(self, scope: AnalysisScope) -> OutcomeQuery:
        return outcome_query_with(scope, lane_history(self.db, scope.as_of))

    def write(self, sql: Sql, params: Mapping[str, Any], tables: Mapping[str, pa.Table], folder: Path) -> None:
        _mkdir(folder)
        with self.db.transaction() as session:
            for name, table in tables.items():
                session.register(name, table)
            session.copy_to_parquet(sql, dict(params) or None, folder / "part-0.parquet")


def _rows(folder: Path) -> int:
    """The rows of the Parquet files in `folder`, from their footers."""
    return sum(pq.read_metadata(path).num_rows for path in folder.glob("*.parquet"))


def _swap(new: Path, target: Path) -> None:
    """Put the folder `new` in the place of `target`: the old one is moved aside first, then removed."""
    old = target.with_name(f".aggregates-old-{secrets.token_hex(4)}")
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def _mkdir(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise cannot_write(path, exc) from exc
